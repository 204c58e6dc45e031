"""A full disk, a read-only file and a locked file met by the real use cases.

Each is reported as its StorageEnvironmentError, leaves no part of the refused transaction
behind (a household without members, a register number used up by nothing), keeps the file
sound, and saving works again once the cause is gone. How the form keeps what was typed is in
tests/ui/test_full_disk.py and tests/ui/test_storage_problems.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.database import integrity_ok, open_database
from ops_desktop.storage.errors import StorageEnvironmentError, StorageProblem
from tests.server_db import sqlite_file
from tests.services.helpers import referral_intake
from tests.storage import crash_writer
from tests.storage.file_checks import FileCheck
from tests.storage.full_disk import FullDisk, fill

pytestmark = sqlite_file("a full disk, a read-only file and a file lock met by the use cases")

COUNTED = ("households", "persons", "household_members", "intakes", "referrals", "audit_log")


def file_of(services: Services) -> Path:
    path = services.db.file
    assert path is not None
    return path


def counts(path: Path) -> dict[str, int]:
    """Rows per table as another process reads the file."""
    with closing(sqlite3.connect(path)) as con:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in COUNTED}


def sound(path: Path) -> None:
    """integrity_check, no dangling rows, no half-written household, an unbroken audit chain."""
    FileCheck(path).check()


def test_full_disk_refuses_a_household_whole(services: Services, desk: Actor) -> None:
    path = file_of(services)
    disk = FullDisk(services).start()
    fitted = fill(services, desk, members=2)  # the last one, three people, did not fit
    assert fitted >= 1
    before = counts(path)
    assert (before["households"], before["persons"], before["household_members"]) == (
        fitted, 3 * fitted, 3 * fitted)  # the refused household left nobody behind
    applicant, members = crash_writer.household(3 * fitted, members=2)
    with pytest.raises(StorageEnvironmentError) as info:
        services.persons.register_household(desk, applicant, members)
    assert info.value.problem is StorageProblem.DISK_FULL
    assert counts(path) == before
    sound(path)

    disk.lift()
    person_id = services.persons.register_household(desk, applicant, members)
    assert len(services.persons.household(desk, person_id)) == 3
    assert counts(path)["persons"] == before["persons"] + 3
    sound(path)
    assert integrity_ok(services.db)


def test_full_disk_during_an_intake_uses_up_no_referral_number(
    services: Services, desk: Actor
) -> None:
    """The register counter is bumped in the refused transaction, so it is rolled back too."""
    path = file_of(services)
    applicant, _ = crash_writer.household(0, members=0)
    person_id = services.persons.register_household(desk, applicant, [])
    disk = FullDisk(services).start()
    numbers: list[str] = []
    with pytest.raises(StorageEnvironmentError) as info:
        for _ in range(500):
            numbers.append(services.intake.record(desk, referral_intake(person_id)).referral_number)
    assert info.value.problem is StorageProblem.DISK_FULL
    year = referral_intake(person_id).received_at.year
    assert numbers == [f"SK/{n}/{year}" for n in range(1, len(numbers) + 1)]
    before = counts(path)
    assert before["intakes"] == before["referrals"] == len(numbers)
    sound(path)

    disk.lift()
    result = services.intake.record(desk, referral_intake(person_id))
    assert result.referral_number == f"SK/{len(numbers) + 1}/{year}"  # no gap, no repeat
    sound(path)


def test_read_only_file_refuses_a_household(services: Services, desk: Actor) -> None:
    """A file the program may only read (as root, chmod cannot make one: SQLite's own mode)."""
    path = file_of(services)
    services.close()
    before = counts(path)
    read_only = Services.over(open_database(f"sqlite:///file:{path}?mode=ro&uri=true", migrate=False))
    try:
        applicant, members = crash_writer.household(0, members=2)
        with pytest.raises(StorageEnvironmentError) as info:
            read_only.persons.register_household(desk, applicant, members)
        assert info.value.problem is StorageProblem.READ_ONLY
    finally:
        read_only.close()
    assert counts(path) == before
    sound(path)


@pytest.fixture
def locked(services: Services) -> Iterator[sqlite3.Connection]:
    """Another program holds the write lock; the store gives up after 0.1 s, not 5 s."""
    services.db.engine.dispose()
    event.listen(services.db.engine, "connect",
                 lambda conn, _record: conn.execute("PRAGMA busy_timeout=100"))
    other = sqlite3.connect(file_of(services), timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    other.close()


def test_locked_file_refuses_a_household_then_takes_it(
    services: Services, desk: Actor, locked: sqlite3.Connection
) -> None:
    path = file_of(services)
    applicant, members = crash_writer.household(0, members=2)
    with pytest.raises(StorageEnvironmentError) as info:
        services.persons.register_household(desk, applicant, members)
    assert info.value.problem is StorageProblem.LOCKED
    locked.rollback()  # the other program lets go
    before = counts(path)
    assert before["persons"] == 0
    sound(path)
    person_id = services.persons.register_household(desk, applicant, members)
    assert len(services.persons.household(desk, person_id)) == 3
    sound(path)
