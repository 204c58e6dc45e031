"""Migration 0026: a postanowienie's words and the call to remedy defects go away on the way
down and come back on the way up, and signed acts stay protected on both schemas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage.database import move_schema


def _columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def _protected(path: Path) -> None:
    """A signed act refuses a change; a draft still takes one (no trigger names a column
    the schema lacks)."""
    with sqlite3.connect(path, isolation_level=None) as conn:
        signed = conn.execute("SELECT id FROM decisions WHERE status = 'signed'").fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError, match="signed decision is immutable"):
            conn.execute("UPDATE decisions SET reasoning = 'x' WHERE id = ?", (signed,))
        draft = conn.execute("SELECT id FROM decisions WHERE status = 'draft'").fetchone()[0]
        conn.execute("UPDATE decisions SET reasoning = 'poprawione' WHERE id = ?", (draft,))


def test_down_to_0025_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    services = Services.open(f"sqlite:///{path}")
    create_demo_office(services, households=12)
    assert "ruling_detail" in _columns(path, "decisions")
    move_schema(services.db.engine, "downgrade", "0025_appeals")
    assert "ruling_detail" not in _columns(path, "decisions")
    assert not {"defects", "left_unexamined_on"} & _columns(path, "applications")
    _protected(path)
    move_schema(services.db.engine, "upgrade", "head")
    assert "ruling_detail" in _columns(path, "decisions")
    assert {"defects", "defects_delivered_on", "left_unexamined_on"} <= _columns(
        path, "applications")
    _protected(path)
    services.close()
