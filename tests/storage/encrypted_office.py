"""An office encrypted at rest on a real file, made as the set-up wizard makes one: the key
slots first, the administrator's slot at set-up, a recovery key for the safe."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from ops_desktop.domain.vocabulary import Role
from ops_desktop.services import store_access
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from tests.services.helpers import person

ADMIN_PASSWORD = "Kasztanowa-7-aleja"
SURNAME = "Żółkiewski"


class Office(NamedTuple):
    services: Services
    admin: Actor
    key: bytes
    file: Path

    @property
    def url(self) -> str:
        return f"sqlite:///{self.file}"


def encrypted_office(path: Path, name: str = SETTINGS.office_name) -> Office:
    """A new encrypted office at `path` with its administrator and one registered person.
    The caller has taken away OPS_DESKTOP_PLAIN_TEST_DB."""
    path.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{path}"
    key = store_access.new_office_key(url)
    assert key is not None, "the plain-test flag is still set"
    services = Services.open(url, key)
    admin = services.accounts.set_up_office(
        dataclasses.replace(SETTINGS, office_name=name),
        NewAccount("admin", "Robert Krawczyk", "informatyk", ADMIN_PASSWORD)).actor
    store_access.add_recovery_key(url, key)
    roles = frozenset({Role.FIRST_CONTACT})
    desk = Actor(services.office.add_user("desk", "Anna Nowicka", "", roles),
                 "Anna Nowicka", "", roles)
    services.persons.register_household(desk, person(last=SURNAME), [])
    return Office(services, admin, key, path)


def unreadable_by_sqlite(path: Path) -> bool:
    """Plain sqlite3 reads nothing of the file ("file is not a database")."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as exc:
        return "not a database" in str(exc)
    finally:
        conn.close()
    return False


@pytest.fixture
def encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    office = encrypted_office(tmp_path / "office" / "ops.sqlite")
    yield office
    office.services.close()
