"""The social-work log and the worker carrying a case travel between the office's PCs: an
entry written on one PC is listed on the other, its withdrawal (a tombstone) follows it, a
colleague's edit of it is refused, and the head's handing over of a case arrives."""

from __future__ import annotations

import pytest

from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import SocialWorkLogRow
from tests.exchange.conftest import sync_all
from tests.services.helpers import person, referral_intake
from tests.services.test_social_work_log import _entry


@pytest.fixture
def colleague(services: Services) -> Actor:
    """A second social worker, set up before the office is shared (fixtures in order)."""
    user_id = services.office.add_user("sw2", "Jan Drugi", "", frozenset({Role.SOCIAL_WORK}))
    return Actor(user_id, "Jan Drugi", "", frozenset({Role.SOCIAL_WORK}))


def test_entries_withdrawals_and_a_hand_over_reach_the_other_pc(
        desk: Actor, social_worker: Actor, coordinator: Actor, colleague: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid = pc1.persons.register_household(desk, person(), [])
    rid = pc1.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    case_id = pc1.referrals.accept(social_worker, rid).id
    kept = pc1.social_work_log.add(social_worker, _entry(case_id, minutes=50))
    dropped = pc1.social_work_log.add(social_worker, _entry(case_id, minutes=15))
    sync_all(pc1, pc2)
    assert [e.id for e in pc2.social_work_log.entries(social_worker)] == [dropped.id, kept.id]

    pc1.social_work_log.withdraw(social_worker, dropped.id)
    pc2.caseload.reassign(coordinator, case_id, colleague.user_id)
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        assert [e.id for e in pc.social_work_log.entries(social_worker)] == [kept.id]
        assert [i.case_id for i in pc.caseload.my_cases(colleague)] == [case_id]
        assert pc.caseload.my_cases(social_worker) == []


def test_a_colleagues_change_of_an_entry_is_refused_as_append_only(
        desk: Actor, social_worker: Actor, colleague: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid = pc1.persons.register_household(desk, person(), [])
    rid = pc1.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    entry = pc1.social_work_log.add(social_worker, _entry(
        pc1.referrals.accept(social_worker, rid).id, minutes=50))
    sync_all(pc1, pc2)
    # A tampered program on PC 2 rewrites the entry under the colleague's account.
    with pc2.db.session(colleague.user_id) as s:
        row = s.get(SocialWorkLogRow, entry.id)
        assert row is not None
        row.minutes = 500
    ExchangeService(pc2.db).sync()
    report = ExchangeService(pc1.db).sync()
    assert report.quarantined == {"append_only": 1}
    assert pc1.social_work_log.entries(social_worker)[0].minutes == 50
