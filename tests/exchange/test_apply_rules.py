"""Applying another PC's changes: only what the author's roles allow; signed acts and
append-only records are never rewritten; the coordinator takes a lost value in one click."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from ops_desktop.domain.clock import wall_now
from ops_desktop.domain.vocabulary import BenefitForm, Role
from ops_desktop.exchange.rules import refusal
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import BundleError, ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file
from ops_desktop.storage.audit import Break, verify_chain
from ops_desktop.storage.audit_copies import verify_copies
from ops_desktop.storage.models import PersonRow
from ops_desktop.storage.replica import Incoming, Target, quarantined
from tests.exchange.conftest import sync_all
from tests.services.helpers import PESEL_WOMAN_1985, person, referral_intake
from tests.services.test_benefits import application, grant

PHONE_1, PHONE_2 = "601111111", "602222222"


def _phone(pc: Services, actor: Actor, person_id) -> str:  # type: ignore[no-untyped-def]
    return pc.persons.file(actor, person_id).phone


def _staff(pc: Services, login: str, roles: frozenset[Role]) -> Actor:
    user_id = pc.office.add_user(login, login.title(), "", roles)
    return Actor(user_id, login.title(), "", roles)


@pytest.fixture
def admin(services: Services) -> Actor:
    return _staff(services, "admin", frozenset({Role.ADMINISTRATOR}))


# The colleagues are set up before the office is shared (fixtures in parameter order).
def test_a_change_its_author_may_not_make_is_quarantined_not_applied(
        desk: Actor, admin: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid = pc1.persons.register_household(desk, person(phone=PHONE_1), [])
    sync_all(pc1, pc2)
    # On PC 2 the administrator's account writes into a person's file behind the services'
    # back (a tampered program): PC 1 refuses it, as its own services would.
    with pc2.db.session(admin.user_id) as s:
        s.get(PersonRow, pid).phone = PHONE_2  # type: ignore[union-attr]
    assert ExchangeService(pc2.db).sync().exported == 1
    report = ExchangeService(pc1.db).sync()
    assert report.quarantined == {"not_permitted": 1}
    assert _phone(pc1, desk, pid) == PHONE_1
    status = ExchangeService(pc1.db).status()
    assert status is not None and status.quarantined == 1


def test_the_coordinator_takes_the_value_that_lost_on_every_pc(
        desk: Actor, coordinator: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid = pc1.persons.register_household(desk, person(), [])
    sync_all(pc1, pc2)
    pc1.persons.update_person(desk, pid, person(phone=PHONE_1))
    pc2.persons.update_person(desk, pid, person(phone=PHONE_2))
    sync_all(pc1, pc2)
    kept = _phone(pc1, desk, pid)
    assert kept == _phone(pc2, desk, pid)
    [conflict] = ExchangeService(pc1.db).conflicts(coordinator)
    assert ExchangeService(pc2.db).conflicts(coordinator) == [conflict]
    for pc in (pc1, pc2):  # the log says a conflict was recorded, never the values
        with pc.db.session() as s:
            logged = s.execute(text("SELECT changes FROM audit_log "
                                    "WHERE entity = 'sync_conflicts'")).scalars().all()
        assert logged and not any(PHONE_1 in c or PHONE_2 in c for c in logged)
    lost = PHONE_1 if kept == PHONE_2 else PHONE_2
    ExchangeService(pc1.db).take_lost_value(coordinator, conflict.id)
    sync_all(pc1, pc2)
    assert _phone(pc1, desk, pid) == _phone(pc2, desk, pid) == lost
    assert ExchangeService(pc2.db).conflicts(coordinator) == []
    assert ExchangeService(pc1.db).digest() == ExchangeService(pc2.db).digest()


def _change(table: str, op: str, author: str | None, **fields: object) -> Incoming:
    return Incoming(member="m", seq=1, stamp="000000000000001.000000.m", table=table,
                    row="01a23a84-f36d-78c6-b887-c975e634e6a2", op=op, fields=dict(fields),
                    author=author)


AUTHOR = "01a23a84-0000-7000-8000-000000000001"


def test_a_signed_decision_is_never_changed_by_another_pc() -> None:
    signed = Target(exists=True, status="signed")
    change = _change("decisions", "update", AUTHOR, amount_grosze=1)
    assert refusal(change, signed, True, "benefits") == "signed_act"
    assert refusal(change, Target(exists=True, status="draft"), True, "benefits") is None


def test_only_a_signer_signs_a_decision_its_team_prepares() -> None:
    """The services team prepares care, DPS and shelter decisions; only the head's signing
    permission makes them acts, also when the signing comes from another PC."""
    draft = Target(exists=True, status="draft")
    for table in ("decisions", "dps_decisions", "shelter_decisions", "meal_decisions"):
        signing = _change(table, "update", AUTHOR, status="signed")
        assert refusal(signing, draft, True, "services") == "not_permitted"
        assert refusal(signing, draft, True, "coordinator") is None
        arriving_signed = _change(table, "insert", AUTHOR, status="signed")
        assert refusal(arriving_signed, Target(exists=False), True, "services") == "not_permitted"
        # Their drafts they write as ever.
        assert refusal(_change(table, "update", AUTHOR, reasoning="x"), draft, True,
                       "services") is None


def test_an_append_only_record_is_corrected_only_by_its_author() -> None:
    note = Target(exists=True, created_by=None)
    change = _change("social_work_notes", "update", AUTHOR, text="poprawka")
    assert refusal(change, note, True, "social_work") == "append_only"


def test_an_unknown_or_switched_off_author_is_refused() -> None:
    change = _change("persons", "update", AUTHOR, phone=PHONE_1)
    assert refusal(change, Target(exists=True), False, "first_contact") == "unknown_author"
    assert refusal(change, Target(exists=True), True, "auditor") == "not_permitted"
    assert refusal(change, Target(exists=True), True, "first_contact") is None
    assert refusal(_change("persons", "update", None, phone=PHONE_1), Target(exists=True),
                   False, "") == "unknown_author"


def test_an_incoming_change_is_in_the_receiving_pcs_log_as_its_authors(
        desk: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid = pc1.persons.register_household(desk, person(), [])
    sync_all(pc1, pc2)
    with pc2.db.session() as s:
        rows = s.execute(text("SELECT action, actor_id, entity FROM audit_log "
                              "WHERE person_id = :p OR action = 'import' ORDER BY seq"),
                         {"p": pid.hex}).all()
    assert ("insert", desk.user_id.hex, "persons") in rows
    assert any(r[0] == "import" and r[2] == "exchange" for r in rows)
    with pc2.db.engine.connect() as conn:
        assert verify_chain(conn).ok


def test_a_wrong_code_opens_no_invitation(services: Services, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)
    (tmp_path / "wymiana").mkdir()
    ExchangeService(services.db).share(tmp_path / "wymiana", "Sekretariat",
                                       tmp_path / "zaproszenie.opsbak")
    with pytest.raises(BundleError) as refused:
        ExchangeService.join(tmp_path / "zaproszenie.opsbak", "AAAAA-AAAAA-AAAAA-AAAAA",
                             tmp_path / "pc2.sqlite", "Laptop")
    assert refused.value.code == "wrong_passphrase"
    assert not (tmp_path / "pc2.sqlite").exists()


def test_a_third_pc_joining_weeks_later_catches_up_and_numbers_apart(
        desk: Actor, benefits_worker: Actor, two_pcs: tuple[Services, Services],
        tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    first = pc1.persons.register_household(desk, person(), [])
    pc1.intake.record(desk, referral_intake(first))
    second = pc2.persons.register_household(desk, person("Ewa", "Kowalska", PESEL_WOMAN_1985), [])
    pc2.intake.record(desk, referral_intake(second))
    sync_all(pc1, pc2)
    # The invitation written when the office was shared serves a PC that joins later.
    code = (tmp_path / "code.txt").read_text()
    third = Services.over(ExchangeService.join(tmp_path / "zaproszenie.opsbak", code,
                                               tmp_path / "pc3.sqlite", "Teren").db)
    try:
        sync_all(third, pc1, pc2, third)
        digests = {ExchangeService(pc.db).digest() for pc in (pc1, pc2, third)}
        assert len(digests) == 1
        inbox = third.referrals.inbox(benefits_worker, "benefits")
        assert sorted(r.number[:5] for r in inbox) == ["SK-2/", "SK/1/"]
        case = third.referrals.accept(benefits_worker, inbox[0].id)
        assert case.sign.startswith("OPS-3.")
    finally:
        third.close()


def test_a_pc_not_heard_from_yet_is_silent_only_three_days_after_it_joined(
        two_pcs: tuple[Services, Services]) -> None:
    """PC 1 shared and has written nothing since: PC 2 does not call it days overdue, until
    three days have passed since it joined the office."""
    from ops_desktop.storage.models import OfficeMemberRow

    pc1, pc2 = two_pcs
    [sharing] = ExchangeService(pc2.db).status().others  # type: ignore[union-attr]
    assert sharing.last_heard is None and not sharing.silent
    with pc2.db.session() as s:
        for row in s.query(OfficeMemberRow):
            row.created_at -= dt.timedelta(days=4)
    [sharing] = ExchangeService(pc2.db).status().others  # type: ignore[union-attr]
    assert sharing.last_heard is None and sharing.silent


def test_the_status_names_the_last_exchange_what_waits_and_a_silent_pc(
        desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    sync_all(pc1, pc2)
    pc1.persons.register_household(desk, person(), [])
    status = ExchangeService(pc1.db).status()
    assert status is not None and status.waiting > 0 and status.last_exchange is not None
    [laptop] = status.others
    assert (laptop.name, laptop.code, laptop.silent) == ("Laptop", 2, False)
    # The laptop went away for a week: its newest file is that old.
    week_ago = (wall_now() - dt.timedelta(days=7)).timestamp()
    for path in (tmp_path / "wymiana").rglob("*.opsx"):
        os.utime(path, (week_ago, week_ago))
    status = ExchangeService(pc1.db).status()
    assert status is not None and status.others[0].silent
    ExchangeService(pc1.db).sync()
    assert ExchangeService(pc1.db).status().waiting == 0  # type: ignore[union-attr]
    # Back in the office, the laptop has changed nothing, yet its exchange says it is there.
    assert ExchangeService(pc2.db).sync().exported == 0
    assert not ExchangeService(pc1.db).status().others[0].silent  # type: ignore[union-attr]
    assert ExchangeService(pc1.db).digest() == ExchangeService(pc2.db).digest()


def test_a_signed_decision_is_the_same_act_on_every_pc_even_if_its_draft_was_replaced(
        benefits_worker: Actor, signer: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    # `coordinator`: the head, on both PCs, conducts the family interview the decision
    # needs (tests/interviewed.py), so both PCs take it from the exchange.
    pc1, pc2 = two_pcs
    _, app = application(pc1, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    draft = pc1.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    sync_all(pc1, pc2)
    # Apart: the head signs the draft on PC 1 while a colleague on PC 2 replaces the draft.
    signed = pc1.decisions.sign(signer, draft.id)
    pc2.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00"),
                                                 reasoning="Uzasadnienie poprawione."))
    sync_all(pc1, pc2)
    assert ExchangeService(pc1.db).digest() == ExchangeService(pc2.db).digest()
    on_two = pc2.decisions.document(signer, signed.id)
    assert on_two == pc1.decisions.document(signer, signed.id)
    assert on_two.reasoning == "Wywiad potwierdził trudną sytuację."
    with pc1.db.session() as s:
        refused = [q.reason for q in quarantined(s)]
    assert refused == []  # the deletion of the draft signed meanwhile is settled, not kept


def test_a_file_of_another_office_is_refused_and_reported(
        two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, _ = two_pcs
    other = Services.open(f"sqlite:///{tmp_path / 'inne.sqlite'}")
    try:
        (tmp_path / "inna-wymiana").mkdir()
        ExchangeService(other.db).share(tmp_path / "inna-wymiana", "Obcy",
                                        tmp_path / "inne.opsbak")
        ExchangeService(other.db).sync()
    finally:
        other.close()
    # Someone puts the other office's folder of files into this office's folder.
    [foreign] = [p for p in (tmp_path / "inna-wymiana").iterdir() if p.name != "codes"]
    shutil.copytree(foreign, tmp_path / "wymiana" / foreign.name)
    report = ExchangeService(pc1.db).sync()
    assert [p.code for p in report.problems] == ["foreign_office"]
    assert report.applied == 0
    with pc1.db.session() as s:
        # Only this PC: the other office's PC never became a member here.
        assert s.execute(text("SELECT count(*) FROM office_members")).scalar() == 1


def test_every_members_audit_log_travels_and_a_changed_entry_breaks_its_chain(
        desk: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid = pc2.persons.register_household(desk, person(), [])
    pc2.persons.file(desk, pid)  # opening a file is logged too
    sync_all(pc1, pc2)
    with pc1.db.engine.connect() as conn:
        [(member, report)] = verify_copies(conn).items()
        assert report.ok and report.checked >= 3
    with pc1.db.session() as s:
        s.execute(text("UPDATE exchange_member_audit SET action = 'print' "
                       "WHERE action = 'view'"))
    with pc1.db.engine.connect() as conn:
        broken = verify_copies(conn)[member]
    assert not broken.ok and broken.reason is Break.HASH


def test_a_removed_pc_is_no_longer_read_and_learns_it(
        desk: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    sync_all(pc1, pc2)
    ExchangeService(pc1.db).remove_member(2)
    ExchangeService(pc1.db).sync()
    pc2.persons.register_household(desk, person(), [])
    with pytest.raises(BundleError) as told:
        ExchangeService(pc2.db).sync()
    assert told.value.code == "removed_from_office"
    ExchangeService(pc1.db).sync()
    assert pc1.persons.search(desk, person().pesel or "") == []
    status = ExchangeService(pc1.db).status()
    assert status is not None and status.others == ()
    with pytest.raises(BundleError):
        ExchangeService(pc1.db).remove_member(1)  # not the PC giving the command
