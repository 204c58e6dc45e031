"""Change capture: nothing on a standalone PC; a member's change with its new values."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ops_desktop.domain.ids import new_id
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file
from ops_desktop.storage.models import HouseholdMemberRow, HouseholdRow, PersonRow
from tests.services.helpers import person, referral_intake


def _outbox(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT table_name, op, fields FROM exchange_outbox "
                            "ORDER BY seq").fetchall()


def test_a_standalone_pc_captures_nothing(services: Services, desk: Actor, tmp_path: Path
                                          ) -> None:
    pid = services.persons.register_household(desk, person(), [])
    services.intake.record(desk, referral_intake(pid))
    assert _outbox(tmp_path / "ops.sqlite") == []


def test_a_member_captures_full_values_in_the_same_transaction(
        services: Services, desk: Actor, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)
    (tmp_path / "wymiana").mkdir()
    code = ExchangeService(services.db).share(tmp_path / "wymiana", "Sekretariat",
                                              tmp_path / "zaproszenie.opsbak")
    assert len(code) == 23
    pid = services.persons.register_household(desk, person(), [])
    result = services.intake.record(desk, referral_intake(pid))
    captured = _outbox(tmp_path / "ops.sqlite")
    tables = [t for t, _, _ in captured]
    assert tables[0] == "office_members" and "persons" in tables and "referrals" in tables
    intake = next(f for t, _, f in captured if t == "intakes")
    # The narrative travels in full (the audit log keeps only its length).
    assert "Brak środków na opał" in intake
    assert result.referral_number.startswith("SK/1/")  # the first PC numbers as before


def test_rows_added_child_first_travel_parent_first(
        desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    household, person_id = new_id(), new_id()
    with pc1.db.session(desk.user_id) as s:
        # Added in the order a form might build them: the member row before what it links.
        s.add(HouseholdMemberRow(household_id=household, person_id=person_id,
                                 relation="applicant"))
        s.add(PersonRow(id=person_id, first_name="Jan", last_name="Nowak",
                        search_name="nowak jan", household_id=household))
        s.add(HouseholdRow(id=household))
    tables = [t for t, op, _ in _outbox(tmp_path / "ops.sqlite") if op == "insert"]
    assert tables.index("households") < tables.index("persons") < tables.index(
        "household_members")
    report = ExchangeService(pc2.db).sync()
    ExchangeService(pc1.db).sync()
    report = ExchangeService(pc2.db).sync()
    assert report.quarantined == {} and report.applied == 3


def test_what_the_capture_writes_on_sqlite_reads_back_as_the_store_reads_it(
        desk: Actor, two_pcs: tuple[Services, Services]) -> None:
    """On SQLite the capture writes its rows on the driver's own cursor: the author, the
    stamps and the bases read back through the store's own reads as written; an update's
    base is the stamp the field had."""
    from sqlalchemy import select

    from ops_desktop.storage.change_feed import field_stamps, outbox_after
    from ops_desktop.storage.models import OutboxRow

    pc1, _ = two_pcs
    pid = pc1.persons.register_household(desk, person(), [])
    with pc1.db.session() as s:
        inserted = field_stamps(s.connection(), "persons", str(pid))
    assert set(inserted) == {"*"} and inserted["*"].author_id == desk.user_id
    pc1.persons.update_person(desk, pid, person(phone="601111111"))
    with pc1.db.session() as s:
        stamps = field_stamps(s.connection(), "persons", str(pid))
        entries = outbox_after(s.connection(), 0, 10**6)
        authors = set(s.scalars(select(OutboxRow.author_id).where(
            OutboxRow.table_name == "persons")))
    assert stamps["phone"].author_id == desk.user_id
    assert stamps["phone"].base == inserted["*"].stamp  # what the field had: the insert's
    assert stamps["phone"].stamp > inserted["*"].stamp
    update = [e for e in entries if e["table"] == "persons" and e["op"] == "update"][-1]
    assert update["bases"] == {"phone": inserted["*"].stamp}
    assert authors == {desk.user_id}
    # Stored as SQLAlchemy stores a UUID on SQLite, so either path's rows compare alike.
    with pc1.db.session() as s:
        raw = set(s.connection().exec_driver_sql(
            "SELECT author_id FROM exchange_outbox WHERE table_name = 'persons' UNION "
            "SELECT author_id FROM exchange_field_stamps WHERE table_name = 'persons'"
        ).scalars())
    assert raw == {desk.user_id.hex}


def test_a_driver_error_in_the_capture_is_the_stores_error(
        desk: Actor, two_pcs: tuple[Services, Services]) -> None:
    """A write the capture cannot complete fails as any store error does, and nothing of it
    stays: the person is not registered without their outbox entry."""
    import pytest
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    pc1, _ = two_pcs
    with pc1.db.session() as s:
        s.execute(text("ALTER TABLE exchange_outbox RENAME TO exchange_outbox_away"))
    with pytest.raises(DBAPIError):
        with pc1.db.session(desk.user_id) as s:
            s.add(HouseholdRow(id=new_id()))
    with pc1.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM households")).scalar() == 0
