"""Migration 0020: the Niebieska Karta tables go away on the way down and come back, empty,
on the way up – on a store with a year of work."""

from __future__ import annotations

import sqlite3
from pathlib import Path


from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage.database import move_schema

TABLES = {"blue_cards", "blue_card_parties", "blue_card_steps"}


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_down_to_0018_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    services = Services.open(f"sqlite:///{path}")
    create_demo_office(services, households=12)
    move_schema(services.db.engine, "downgrade", "0018_interviews")
    assert not TABLES & _tables(path)
    move_schema(services.db.engine, "upgrade", "head")
    assert TABLES <= _tables(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM blue_cards").fetchone()[0] == 0
    services.close()
