"""An individual programme travels between the office's PCs as a contract does: drawn up
and signed on one PC, its actions and its review are read on the other, and ending it
there comes back – the ending is all of a signed plan another PC may change."""

from __future__ import annotations


from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.contracts import EndReason
from ops_desktop.domain.plans import ActionStatus
from ops_desktop.domain.programmes import ProgrammeStatus
from ops_desktop.domain.vocabulary import Team
from ops_desktop.exchange.rules import refusal
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.replica import Target
from tests.exchange.test_apply_rules import AUTHOR, _change
from tests.exchange.conftest import sync_all
from tests.services.helpers import START, person, referral_intake
from tests.services.programme_helpers import programme_input


def test_a_signed_programme_with_its_review_reaches_the_other_pc_and_ends_there(
        desk: Actor, social_worker: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid = pc1.persons.register_household(desk, person(), [])
    rid = pc1.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    case_id = pc1.referrals.accept(social_worker, rid).id
    made = pc1.programmes.draft(social_worker, case_id, programme_input())
    signed = pc1.programmes.sign(social_worker, made.id, START)
    first = signed.actions[0].id
    assert first is not None
    pc1.programmes.review(social_worker, signed.id, wall_today(),
                          {first: ActionStatus.DONE}, "Podjął terapię.")
    sync_all(pc1, pc2)
    there = pc2.programmes.programme(social_worker, signed.id)
    assert there.status is ProgrammeStatus.SIGNED and there.signed_on == START
    assert [a.what for a in there.actions] == [a.what for a in signed.actions]
    assert there.reviews[0].statuses == {first: ActionStatus.DONE}
    pc2.programmes.end(social_worker, signed.id, EndReason.ACHIEVED, wall_today())
    sync_all(pc1, pc2)
    assert pc1.programmes.programme(social_worker, signed.id).end_reason is EndReason.ACHIEVED


def test_only_the_ending_of_a_signed_plan_comes_from_another_pc() -> None:
    signed = Target(exists=True, status="signed")
    for table in ("programmes", "social_contracts"):
        ending = _change(table, "update", AUTHOR, ended_on="2026-12-01",
                         end_reason="achieved", end_note="", version=3)
        assert refusal(ending, signed, True, "social_work") is None
        for fields in ({"main_goal": "inny"}, {"ended_on": "2026-12-01", "main_goal": ""}):
            assert refusal(_change(table, "update", AUTHOR, **fields), signed, True,
                           "social_work") == "signed_act"
        assert refusal(_change(table, "delete", AUTHOR), signed, True,
                       "social_work") == "signed_act"
        # nor may a team that does not write plans end one
        assert refusal(ending, signed, True, "benefits") == "not_permitted"
