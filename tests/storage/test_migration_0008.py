"""Migration 0008: the decision columns of a withdrawal and of part months, protected once signed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage.database import move_schema

NEW = ("first_month_grosze", "last_month_grosze", "withdrawn_on", "withdrawal_manner",
       "discontinuance_requested")


def _columns(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[1] for r in conn.execute("PRAGMA table_info(decisions)")}


def _signed(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id FROM decisions WHERE status = 'signed'").fetchone()[0]


def test_down_to_0004_and_up_again_keeps_signed_decisions_immutable(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    services = Services.open(f"sqlite:///{path}")
    create_demo_office(services, households=10)
    move_schema(services.db.engine, "downgrade", "0004_list_indexes")
    assert not set(NEW) & _columns(path)
    signed = _signed(path)
    with sqlite3.connect(path) as conn:
        # The trigger of the older store still guards the act (and names no missing column).
        with pytest.raises(sqlite3.IntegrityError, match="signed decision is immutable"):
            conn.execute("UPDATE decisions SET amount_grosze = 1 WHERE id = ?", (signed,))
        conn.execute("UPDATE decisions SET reasoning = reasoning WHERE status = 'draft'")
    move_schema(services.db.engine, "upgrade", "head")
    assert set(NEW) <= _columns(path)
    with sqlite3.connect(path) as conn:
        for column, value in (("first_month_grosze", 1), ("withdrawn_on", "2026-01-01"),
                              ("withdrawal_manner", "in_writing"),
                              ("discontinuance_requested", 1)):
            with pytest.raises(sqlite3.IntegrityError, match="signed decision is immutable"):
                conn.execute(f"UPDATE decisions SET {column} = ? WHERE id = ?", (value, signed))
        assert conn.execute("SELECT COUNT(*) FROM decisions WHERE discontinuance_requested = 0"
                            ).fetchone()[0] > 0
    services.close()


def test_an_index_made_by_an_upgrade_gets_its_statistics(tmp_path: Path) -> None:
    """A file analysed before an upgrade: the upgrade's new index gets its row in
    sqlite_stat1 at once, or the planner would not use it (storage.database.move_schema)."""
    path = tmp_path / "office.sqlite"
    services = Services.open(f"sqlite:///{path}")
    create_demo_office(services, households=5)
    move_schema(services.db.engine, "downgrade", "0022_payment_returns")
    with sqlite3.connect(path) as conn:
        conn.execute("ANALYZE")
        assert not conn.execute("SELECT 1 FROM sqlite_stat1 WHERE idx = 'ix_cases_open_worker'"
                                ).fetchall()
    move_schema(services.db.engine, "upgrade", "head")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT 1 FROM sqlite_stat1 WHERE idx = 'ix_cases_open_worker'"
                            ).fetchall()
    services.close()
