"""Change capture: nothing on a standalone PC; a member's change with its new values."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file
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
