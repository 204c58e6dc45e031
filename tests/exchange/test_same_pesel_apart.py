"""One person registered on two PCs while apart (the same PESEL): both records and what
each PC recorded about them reach every PC; the smaller id keeps the PESEL, the other is
named in the coordinator's conflict list with the PESEL it gave up; the digests agree."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select

from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import PersonRow, QuarantineRow, ReferralRow, SyncConflictRow
from tests.exchange.conftest import sync_all
from tests.services.helpers import PESEL_MAN_1944, person, referral_intake


def _register(pc: Services, desk: Actor, first_name: str) -> uuid.UUID:
    pid = pc.persons.register_household(desk, person(first_name=first_name,
                                                     pesel=PESEL_MAN_1944), [])
    pc.intake.record(desk, referral_intake(pid, Team.BENEFITS))
    return pid


def _state(pc: Services) -> tuple[dict[uuid.UUID, str | None], int, int, list[SyncConflictRow]]:
    with pc.db.session() as s:
        persons = {r.id: r.pesel for r in s.scalars(select(PersonRow))
                   if r.first_name in ("Jan", "Janek")}
        referrals = len(s.scalars(select(ReferralRow)
                                  .where(ReferralRow.person_id.in_(persons))).all())
        quarantined = len(s.scalars(select(QuarantineRow)).all())
        conflicts = list(s.scalars(select(SyncConflictRow)))
        s.expunge_all()
        return persons, referrals, quarantined, conflicts


def test_the_same_pesel_registered_on_two_pcs_apart_keeps_both_and_tells_the_coordinator(
        desk: Actor, coordinator: Actor, two_pcs: tuple[Services, Services]) -> None:
    # (the staff exist before the office is shared, so their accounts are on both PCs)
    pc1, pc2 = two_pcs
    sync_all(pc1, pc2)
    first = _register(pc1, desk, "Jan")
    second = _register(pc2, desk, "Janek")
    keeper, other = sorted((first, second), key=str)
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        persons, referrals, quarantined, conflicts = _state(pc)
        assert persons == {keeper: PESEL_MAN_1944, other: None}
        assert referrals == 2 and quarantined == 0
        [entry] = conflicts
        assert (entry.table_name, entry.row_id, entry.field) == ("persons", str(other), "pesel")
        assert json.loads(entry.lost_value) == PESEL_MAN_1944
        listed = pc.exchange_inbox.conflicts(coordinator)
        assert [(c.field, c.lost_value) for c in listed] == [("pesel", PESEL_MAN_1944)]
    assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2)}) == 1
    # The coordinator closes the entry on one PC: it closes on both.
    [entry] = pc1.exchange_inbox.conflicts(coordinator)
    pc1.exchange_inbox.dismiss_conflict(coordinator, entry.id)
    sync_all(pc1, pc2)
    assert pc2.exchange_inbox.conflicts(coordinator) == []
    assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2)}) == 1
