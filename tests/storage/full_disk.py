"""A disk that fills up, for tests: SQLite's `max_page_count` on every connection of the store.

SQLite answers SQLITE_FULL ("database or disk is full") both when the disk has no room
and when the file reaches `max_page_count`, through the same code; so a limit a few pages
above the file's size is a full disk the test can lift again.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import event, text

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.errors import StorageEnvironmentError, StorageProblem
from tests.storage import crash_writer

# Enough households to fill a few spare pages many times over; a loop that never hits the
# limit is a broken test, not a slow one.
MAX_FILLERS = 500


class FullDisk:
    """While active, the store's file cannot grow past `limit` pages."""

    def __init__(self, services: Services, spare_pages: int = 2) -> None:
        self.engine = services.db.engine
        with self.engine.connect() as conn:
            pages = int(conn.execute(text("PRAGMA page_count")).scalar_one())
        self.limit = pages + spare_pages

    def _on_connect(self, dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {self.limit}")

    def start(self) -> FullDisk:
        self.engine.dispose()  # pooled connections were opened without the limit
        event.listen(self.engine, "connect", self._on_connect)
        return self

    def lift(self) -> None:
        """Room on the disk again (the person freed some space)."""
        event.remove(self.engine, "connect", self._on_connect)
        self.engine.dispose()


def fill(services: Services, actor: Actor, members: int = 0, first_number: int = 0) -> int:
    """Register households like the desk's until the disk is full; how many fitted.

    The households are Jadwiga Kowalska's with 1960s PESELs, so a later household of hers
    with a later PESEL lands at the same end of every index and needs at least as much room.
    """
    for saved in range(MAX_FILLERS):
        applicant, household = crash_writer.household(first_number + 3 * saved, members)
        try:
            services.persons.register_household(actor, applicant, household)
        except StorageEnvironmentError as exc:
            assert exc.problem is StorageProblem.DISK_FULL, exc
            return saved
    raise AssertionError(f"{MAX_FILLERS} households and the disk is still not full")
