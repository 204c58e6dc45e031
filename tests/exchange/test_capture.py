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
