"""The coordinator's view of what the exchange could not decide: conflict entries named in
the office's words, taken or left on every PC; refused changes with their reason; and who
may see which of it."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from sqlalchemy import text

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.vocabulary import Ground, NoteKind, Role, Team
from ops_desktop.services import need_to_know
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import PersonRow
from ops_desktop.storage.replica import Incoming, quarantine
from tests.exchange.conftest import PHONE_1, PHONE_2, phone_conflict, sync_all
from tests.services.helpers import PESEL_MAN_1944, person, referral_intake



def _phone(pc: Services, actor: Actor, person_id) -> str:  # type: ignore[no-untyped-def]
    return pc.persons.file(actor, person_id).phone


def _open(pc: Services, coordinator: Actor) -> list[object]:
    return [c.id for c in pc.exchange_inbox.conflicts(coordinator)]


def test_a_conflict_reads_as_the_person_the_field_both_values_who_and_when_then_is_taken(
        desk: Actor, coordinator: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=1)
    pid = phone_conflict(pc1, pc2, desk)
    [entry] = pc1.exchange_inbox.conflicts(coordinator)
    assert entry.record.table == "persons"
    assert entry.record.person == f"Jan Żółkiewski, PESEL {PESEL_MAN_1944}"
    assert entry.field == "phone" and entry.shown
    assert {entry.kept_value, entry.lost_value} == {PHONE_1, PHONE_2}
    assert entry.kept_value == _phone(pc1, desk, pid)
    assert entry.kept_by == entry.lost_by == "Anna Nowicka"
    assert entry.kept_at is not None and entry.lost_at is not None
    assert before <= entry.lost_at <= entry.kept_at <= before + dt.timedelta(minutes=5)
    assert pc1.exchange_inbox.conflict_count(coordinator) == 1

    pc1.exchange_inbox.take_lost_value(coordinator, entry.id)
    assert _open(pc1, coordinator) == []
    sync_all(pc1, pc2)
    assert _phone(pc1, desk, pid) == _phone(pc2, desk, pid) == entry.lost_value
    assert _open(pc2, coordinator) == []


def test_leaving_a_conflict_keeps_the_value_and_closes_the_entry_on_every_pc(
        desk: Actor, coordinator: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid = phone_conflict(pc1, pc2, desk)
    [entry] = pc2.exchange_inbox.conflicts(coordinator)
    ExchangeService(pc2.db).dismiss_conflict(coordinator, entry.id)
    assert _open(pc2, coordinator) == []
    assert _open(pc1, coordinator) == [entry.id]  # until the closing has travelled
    sync_all(pc1, pc2)
    assert _open(pc1, coordinator) == []
    assert _phone(pc1, desk, pid) == _phone(pc2, desk, pid) == entry.kept_value
    with pc1.db.session() as s:  # closed by the coordinator, in the log of every PC
        closed_by = s.execute(text("SELECT actor_id FROM audit_log WHERE entity = "
                                   "'sync_conflicts' AND action = 'update'")).scalars().all()
    assert closed_by and all(a is not None for a in closed_by)


def test_only_the_head_lists_takes_or_leaves_conflicts(
        desk: Actor, benefits_worker: Actor, social_worker: Actor, auditor: Actor, admin: Actor,
        coordinator: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    phone_conflict(pc1, pc2, desk)
    [entry] = pc1.exchange_inbox.conflicts(coordinator)
    for actor in (desk, benefits_worker, social_worker, auditor, admin):
        with pytest.raises(PermissionDenied):
            pc1.exchange_inbox.conflicts(actor)
        with pytest.raises(PermissionDenied):
            pc1.exchange_inbox.take_lost_value(actor, entry.id)
        with pytest.raises(PermissionDenied):
            pc1.exchange_inbox.dismiss_conflict(actor, entry.id)
    assert _open(pc1, coordinator) == [entry.id]


def test_a_social_work_note_corrected_on_two_pcs_reaches_the_head_and_the_reading_is_logged(
        desk: Actor, social_worker: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid = pc1.persons.register_household(desk, person(), [])
    pc1.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK))
    [referral] = pc1.referrals.inbox(social_worker, Team.SOCIAL_WORK.value)
    case = pc1.referrals.accept(social_worker, referral.id)
    note = pc1.social_work.add_note(social_worker, case.id, NoteKind.NIEBIESKA_KARTA,
                                    wall_today(), "Procedura NK wszczęta.")
    sync_all(pc1, pc2)
    pc1.social_work.edit_note(social_worker, note.id, "Przemoc psychiczna, spotkanie grupy.")
    pc2.social_work.edit_note(social_worker, note.id, "Przemoc fizyczna, obdukcja.")
    sync_all(pc1, pc2)
    [entry] = pc1.exchange_inbox.conflicts(coordinator)
    assert entry.record.table == "social_work_notes" and entry.field == "text"
    assert entry.record.case_sign == case.sign and "Żółkiewski" in entry.record.person
    assert {entry.kept_value, entry.lost_value} == {"Przemoc psychiczna, spotkanie grupy.",
                                                    "Przemoc fizyczna, obdukcja."}
    with pc1.db.session() as s:
        [(who, person_id, details)] = s.execute(text(
            "SELECT actor_id, person_id, changes FROM audit_log WHERE action = 'view' "
            "AND entity = 'sync_conflicts'")).all()
    assert str(who).replace("-", "") == coordinator.user_id.hex
    assert str(person_id).replace("-", "") == pid.hex
    assert json.loads(details) == {"field": "text"}  # that it was read, never the words


@pytest.mark.parametrize("role", list(Role))
def test_who_reads_the_values_of_a_conflict_follows_need_to_know(role: Role) -> None:
    actor = Actor(uuid.uuid4(), "X", "", frozenset({role}))
    reads_notes = role in (Role.SOCIAL_WORK, Role.COORDINATOR)
    assert need_to_know.exchange_value(actor, "social_work_notes", "text", True) is reads_notes
    assert need_to_know.exchange_value(actor, "social_work_notes", "kind", True) is reads_notes
    violence = (Ground.DOMESTIC_VIOLENCE,)
    reads_story = role in (Role.FIRST_CONTACT, Role.SOCIAL_WORK, Role.COORDINATOR)
    assert need_to_know.exchange_value(actor, "intakes", "problem", True, violence) is reads_story
    assert need_to_know.exchange_value(actor, "users", "password_hash", False) is False
    reads_files = role not in (Role.ADMINISTRATOR, Role.AUDITOR)
    assert need_to_know.exchange_value(actor, "persons", "phone", False) is reads_files


def test_refused_changes_say_from_which_pc_whose_what_and_why(
        desk: Actor, admin: Actor, coordinator: Actor, benefits_worker: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid = pc1.persons.register_household(desk, person(phone=PHONE_1), [])
    sync_all(pc1, pc2)
    # The administrator's account writes into a person's file behind the services' back.
    with pc2.db.session(admin.user_id) as s:
        s.get(PersonRow, pid).phone = PHONE_2  # type: ignore[union-attr]
    ExchangeService(pc2.db).sync()
    ExchangeService(pc1.db).sync()
    with pc1.db.session() as s:  # and a change still waiting for its row
        quarantine(s, Incoming(member=_member_id(pc2), seq=99,
                               stamp="001764000000000.000000.x", table="persons",
                               row="01a23a84-f36d-78c6-b887-c975e634e6a2", op="update",
                               fields={"phone": "603333333"}, author=str(desk.user_id)),
                   "row_missing")
    waiting, refused = pc1.exchange_inbox.refused_changes(coordinator)
    assert (refused.member, refused.author, refused.reason, refused.waiting) == (
        "Laptop", "Admin", "not_permitted", False)
    assert refused.record.table == "persons"
    assert refused.record.person == f"Jan Żółkiewski, PESEL {PESEL_MAN_1944}"
    assert refused.made_at is not None and refused.refused_at is not None
    assert (waiting.reason, waiting.waiting, waiting.author) == ("row_missing", True,
                                                                 "Anna Nowicka")
    # The administrator sees the same list without whose file it was (no case content).
    for_admin = pc1.exchange_inbox.refused_changes(admin)
    assert [r.reason for r in for_admin] == ["row_missing", "not_permitted"]
    assert all(r.record.person == "" and r.record.table == "persons" for r in for_admin)
    assert pc1.exchange_inbox.refused_count(admin) == 2
    for actor in (desk, benefits_worker):
        with pytest.raises(PermissionDenied):
            pc1.exchange_inbox.refused_changes(actor)


def _member_id(pc: Services) -> str:
    with pc.db.session() as s:
        return str(s.execute(text("SELECT value FROM exchange_state WHERE key = 'member_id'"))
                   .scalar_one())


def test_a_password_set_on_two_pcs_is_listed_without_its_hash_and_can_only_be_left(
        desk: Actor, admin: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pc1.accounts.reset_password(admin, desk.user_id, "Tymczasowe-haslo-1")
    pc2.accounts.reset_password(admin, desk.user_id, "Tymczasowe-haslo-2")
    sync_all(pc1, pc2)
    [entry] = [e for e in pc1.exchange_inbox.conflicts(coordinator)
               if e.field == "password_hash"]
    assert entry.record.table == "users" and entry.record.name == "Anna Nowicka"
    assert not entry.shown and entry.kept_value is None and entry.lost_value is None
    with pytest.raises(PermissionDenied):
        pc1.exchange_inbox.take_lost_value(coordinator, entry.id)
    pc1.exchange_inbox.dismiss_conflict(coordinator, entry.id)
    assert entry.id not in _open(pc1, coordinator)
