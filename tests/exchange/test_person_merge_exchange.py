"""Two records of one person merged on one PC of the office: the merge reaches the other PC,
and what that PC recorded about the duplicate before it learned of the merge lands on the
survivor (a new record) or before the coordinator (an edit of the duplicate's data)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from ops_desktop.domain.vocabulary import IdDocumentType, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import IntakeRow, PersonRow, QuarantineRow, ReferralRow
from tests.exchange.conftest import sync_all
from tests.services.helpers import PESEL_MAN_1944, person, referral_intake

LATE_PHONE = "609 000 111"


def _passport(phone: str = "") -> object:
    return person("Jan", "Żółkiewski", None, id_document_type=IdDocumentType.PASSPORT,
                  id_document_number="ZZ1234567", birth_date=dt.date(1944, 5, 14), phone=phone)


def _state(pc: Services, survivor: uuid.UUID, duplicate: uuid.UUID) -> dict[str, object]:
    with pc.db.session() as s:
        return {
            "merged_into": s.get(PersonRow, duplicate).merged_into_id,  # type: ignore[union-attr]
            "intakes": sorted(str(p) for p in s.scalars(select(IntakeRow.person_id))),
            "referrals": sorted(str(p) for p in s.scalars(select(ReferralRow.person_id))),
            "quarantined": [q.reason for q in s.scalars(select(QuarantineRow))],
            "survivor_document": s.get(PersonRow, survivor).id_document_number,  # type: ignore[union-attr]
        }


def test_a_merge_travels_and_a_late_change_to_the_duplicate_is_not_lost(
        desk: Actor, coordinator: Actor, two_pcs: tuple[Services, Services]) -> None:
    # (the staff exist before the office is shared, so their accounts are on both PCs)
    pc1, pc2 = two_pcs
    survivor = pc1.persons.register_household(desk, person(), [])
    pc1.intake.record(desk, referral_intake(survivor, Team.BENEFITS))
    duplicate = pc2.persons.register_household(desk, _passport(), [])  # PESEL not at hand
    pc2.intake.record(desk, referral_intake(duplicate, Team.BENEFITS))
    sync_all(pc1, pc2)

    # Apart: the desk at PC 2 records a new intake of the duplicate and corrects its phone,
    # while the head at PC 1 merges the duplicate into the survivor.
    pc2.intake.record(desk, referral_intake(duplicate, Team.SOCIAL_WORK))
    record = pc2.persons.for_correction(desk, duplicate)
    pc2.persons.update_person(desk, duplicate, _passport(LATE_PHONE), record.version)
    pc1.person_merge.merge(coordinator, survivor, duplicate,
                           from_duplicate=["id_document_type", "id_document_number"])
    sync_all(pc1, pc2)

    states = [_state(pc, survivor, duplicate) for pc in (pc1, pc2)]
    for state in states:
        assert state["merged_into"] == survivor
        assert state["intakes"] == [str(survivor)] * 3  # the late intake too
        assert state["referrals"] == [str(survivor)] * 3
        assert state["quarantined"] == []
        assert state["survivor_document"] == "ZZ1234567"
    # The late phone is kept on the duplicate and put before the coordinator on the survivor.
    for pc in (pc1, pc2):
        entries = [c for c in pc.exchange_inbox.conflicts(coordinator) if c.field == "phone"]
        # (named by the survivor's PESEL: the duplicate has none)
        assert [(c.record.table, PESEL_MAN_1944 in c.record.person, c.lost_value)
                for c in entries] == [("persons", True, LATE_PHONE)]
        with pc.db.session() as s:
            assert s.get(PersonRow, duplicate).phone == LATE_PHONE  # type: ignore[union-attr]
    assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2)}) == 1

    # One click on PC 2 takes the late phone for the survivor, on both PCs.
    [entry] = [c for c in pc2.exchange_inbox.conflicts(coordinator) if c.field == "phone"]
    pc2.exchange_inbox.take_lost_value(coordinator, entry.id)
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        with pc.db.session() as s:
            assert s.get(PersonRow, survivor).phone == LATE_PHONE  # type: ignore[union-attr]
    assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2)}) == 1


def test_a_merge_by_someone_who_may_not_merge_is_quarantined(
        desk: Actor, coordinator: Actor, two_pcs: tuple[Services, Services]) -> None:
    """A tampered PC sends a merge in the desk's name: the other PC refuses it."""
    from ops_desktop.storage import person_merge
    from ops_desktop.storage.models_merges import PersonMergeRow

    pc1, pc2 = two_pcs
    survivor = pc1.persons.register_household(desk, person(), [])
    duplicate = pc1.persons.register_household(desk, _passport(), [])
    sync_all(pc1, pc2)
    with pc1.db.session(desk.user_id) as s:
        merge = PersonMergeRow(duplicate_id=duplicate, survivor_id=survivor)
        s.add(merge)
        s.flush()
        person_merge.carry_out(s, merge)
    sync_all(pc1, pc2)
    with pc2.db.session() as s:
        assert s.get(PersonRow, duplicate).merged_into_id is None  # type: ignore[union-attr]
        assert [q.reason for q in s.scalars(select(QuarantineRow))] == ["not_permitted"]


def test_a_tampered_merge_of_two_different_pesels_changes_nothing_elsewhere(
        desk: Actor, coordinator: Actor, two_pcs: tuple[Services, Services]) -> None:
    """The program refuses it; a PC that sends it anyway (in the head's name) moves nothing
    on the other PC."""
    from ops_desktop.storage.models_merges import PersonMergeRow
    from tests.services.helpers import PESEL_WOMAN_1985

    pc1, pc2 = two_pcs
    survivor = pc1.persons.register_household(desk, person(), [])
    other = pc1.persons.register_household(desk, person("Ewa", "Nowak", PESEL_WOMAN_1985), [])
    pc1.intake.record(desk, referral_intake(other, Team.BENEFITS))
    sync_all(pc1, pc2)
    with pc1.db.session(coordinator.user_id) as s:
        s.add(PersonMergeRow(duplicate_id=other, survivor_id=survivor))
    sync_all(pc1, pc2)
    with pc2.db.session() as s:
        assert s.get(PersonRow, other).merged_into_id is None  # type: ignore[union-attr]
        assert set(s.scalars(select(IntakeRow.person_id))) == {other}
        assert s.scalar(select(PersonMergeRow.id)) is not None  # the record itself is kept


def test_a_merge_pointer_sent_as_a_plain_edit_is_quarantined(
        desk: Actor, two_pcs: tuple[Services, Services]) -> None:
    """A tampered PC marks a person merged by editing the pointer alone, in the desk's name
    (the desk may edit persons): the other PC refuses it, and the person stays findable."""
    pc1, pc2 = two_pcs
    kept = pc1.persons.register_household(desk, person(), [])
    hidden = pc1.persons.register_household(desk, _passport(), [])
    sync_all(pc1, pc2)
    with pc1.db.session(desk.user_id) as s:
        row = s.get(PersonRow, hidden)
        assert row is not None
        row.merged_into_id = kept  # captured as a field of its own, no merge record
    sync_all(pc1, pc2)
    with pc2.db.session() as s:
        assert s.get(PersonRow, hidden).merged_into_id is None  # type: ignore[union-attr]
        assert [q.reason for q in s.scalars(select(QuarantineRow))] == ["merge_by_edit"]
    assert hidden in {p.id for p in pc2.persons.search(desk, "Żółkiewski Jan")}


def _memberships(pc: Services, household: uuid.UUID) -> list[tuple[str, str, bool]]:
    """Every membership row of the household: its id, whom it names, whether it is live."""
    from ops_desktop.storage.models import HouseholdMemberRow

    with pc.db.session() as s:
        return sorted((str(r.id), str(r.person_id), r.deleted_at is None)
                      for r in s.scalars(select(HouseholdMemberRow).where(
                          HouseholdMemberRow.household_id == household)))


@pytest.mark.parametrize("household_merge_on", [1, 2])
def test_a_membership_ended_by_merges_made_apart_names_the_same_record_on_every_pc(
        desk: Actor, coordinator: Actor, two_pcs: tuple[Services, Services],
        household_merge_on: int) -> None:
    """Jan lives with his wife; the desk registered him twice in that household (with his
    PESEL, and again with a passport), and once more on his own with another passport.
    Apart, the head at one PC merges the passport record in the household into the PESEL one
    (both in the household: its membership ends there, unmoved), and the head at the other
    into the record on its own (its membership moves to it). Every PC ends with the same
    memberships, the ended one naming the same record, and equal digests."""
    from ops_desktop.domain.vocabulary import Relation
    from ops_desktop.services.persons import MemberInput
    from tests.services.helpers import PESEL_WOMAN_1985

    pc1, pc2 = two_pcs
    wife = pc1.persons.register_household(desk, person("Anna", "Żółkiewska", PESEL_WOMAN_1985), [
        MemberInput(Relation.SPOUSE, person("Jan", "Żółkiewski", PESEL_MAN_1944)),
        MemberInput(Relation.SPOUSE, _passport())])
    with pc1.db.session() as s:
        home = s.get(PersonRow, wife).household_id  # type: ignore[union-attr]
        ids = {p.id_document_number or p.pesel: p.id for p in s.scalars(select(PersonRow))}
    alone = pc1.persons.register_household(desk, person(
        "Jan", "Żółkiewski", None, id_document_type=IdDocumentType.PASSPORT,
        id_document_number="AB1111111", birth_date=dt.date(1944, 5, 14)), [])
    duplicate, survivor = ids["ZZ1234567"], ids[PESEL_MAN_1944]
    sync_all(pc1, pc2)
    there, elsewhere = (pc1, pc2) if household_merge_on == 1 else (pc2, pc1)
    there.person_merge.merge(coordinator, survivor, duplicate, from_duplicate=[])
    elsewhere.person_merge.merge(coordinator, alone, duplicate, from_duplicate=[])
    sync_all(pc1, pc2)
    sync_all(pc1, pc2)
    rows = _memberships(pc1, home)
    assert rows == _memberships(pc2, home)
    assert sorted(live for _, _, live in rows) == [False, True, True]  # the wife and Jan
    assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2)}) == 1
