"""Niebieska Karta travels between the office's PCs: a procedure started and advanced on one
PC is read, with its deadlines, on the other; a row about it written there by someone
outside social work and the head (a tampered program) is refused by the receiving PC."""

from __future__ import annotations

from ops_desktop.domain.vocabulary import Relation, Team
from ops_desktop.services.blue_card import FormAInput
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.storage.models import BlueCardStepRow, office_today
from tests.exchange.conftest import sync_all
from tests.services.helpers import referral_intake
from tests.services.test_social_work_log import _without_pesel

TODAY = office_today()


def _card(pc: Services, desk: Actor, worker: Actor) -> FormAInput:
    wife = pc.persons.register_household(desk, _without_pesel("Maria", "Wrona"), [
        MemberInput(Relation.SPOUSE, _without_pesel("Piotr", "Wrona"))])
    husband = next(m.person_id for m in pc.persons.file(desk, wife).household if m.person_id != wife)
    rid = pc.intake.record(desk, referral_intake(wife, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    case_id = pc.referrals.accept(worker, rid).id
    return FormAInput(case_id, TODAY, "Policja", (wife,), (husband,), "Krzyki w nocy.")


def test_a_procedure_and_its_steps_reach_the_other_pc_and_an_outsiders_step_is_refused(
        desk: Actor, social_worker: Actor, coordinator: Actor, benefits_worker: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    card = pc1.blue_cards.start(social_worker, _card(pc1, desk, social_worker))
    pc1.blue_cards.record_step(social_worker, card.id, "to_chair", TODAY)
    sync_all(pc1, pc2)
    [there] = pc2.blue_cards.procedures(coordinator)
    assert there.id == card.id and [d.code for d in there.done] == ["to_chair"]
    assert len(there.parties) == 2 and [s.code for s in there.waiting] == ["group_appointed"]

    # A tampered program on PC 2 records a step under the benefits worker's account.
    with pc2.db.session(benefits_worker.user_id) as s:
        s.add(BlueCardStepRow(blue_card_id=card.id, kind="group_appointed", done_on=TODAY,
                              recorded_by=benefits_worker.user_id))
    ExchangeService(pc2.db).sync()
    report = ExchangeService(pc1.db).sync()
    assert report.quarantined == {"not_permitted": 1}
    assert [d.code for d in pc1.blue_cards.procedure(social_worker, card.id).done] == ["to_chair"]
