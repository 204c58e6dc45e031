"""The storage and services suites on a PostgreSQL server instead of SQLite files.

Set OPS_TEST_DB_URL to a database the test role may connect to, the role allowed to create
databases (CREATEDB), e.g. `postgresql+psycopg://ops:ops@localhost/ops_test`. Once per run a
template database is made and migrated by the program's own Alembic migrations; every test
then gets a fresh copy of it (CREATE DATABASE … TEMPLATE: a file copy, far quicker than
migrating again), dropped when the test ends.

Tests that are by nature about the SQLite file (corruption, WAL, quick_check, backups of
the file, a full disk, a crash during start) are marked `sqlite_file(reason)` and skipped.
"""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ops_desktop.storage.database import Database, open_database

SERVER_URL = os.environ.get("OPS_TEST_DB_URL", "")
ON_SERVER = bool(SERVER_URL)


def sqlite_file(reason: str) -> pytest.MarkDecorator:
    """Skip on PostgreSQL a test of the SQLite file itself, saying why."""
    return pytest.mark.skipif(ON_SERVER, reason=f"SQLite file only: {reason}")


class ServerDatabases:
    """Creates and drops the per-test databases on the server."""

    def __init__(self, url: str) -> None:
        self.base = make_url(url)
        # One template per test run, so two runs on one server do not drop each other's.
        self.template = f"{self.base.database}_template_{os.getpid()}"
        self._admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self._migrated = False
        self._leftover: list[str] = []

    def url_of(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def _run(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(sql))

    def _migrate_template(self) -> None:
        self._run(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._run(f'CREATE DATABASE "{self.template}"')
        open_database(self.url_of(self.template)).dispose()
        self._migrated = True

    @contextmanager
    def fresh(self, migrated: bool = True) -> Iterator[str]:
        """The URL of a new database: a copy of the migrated template, or an empty one."""
        if migrated and not self._migrated:
            self._migrate_template()
        name = f"{self.base.database}_{uuid.uuid4().hex[:12]}"
        self._run(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{self.template}"' if migrated else ""))
        try:
            yield self.url_of(name)
        finally:
            self._drop(name)

    def _drop(self, name: str) -> None:
        # FORCE ends the test's own leftover connections; an autovacuum worker busy in a
        # database just filled is no one's to end but a superuser's, so such a database is
        # dropped at the end of the run instead.
        try:
            self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except DBAPIError:
            self._leftover.append(name)

    def close(self) -> None:
        for name in self._leftover + ([self.template] if self._migrated else []):
            for _attempt in range(50):
                try:
                    self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                    break
                except DBAPIError:
                    time.sleep(0.1)
        self._admin.dispose()


class RawSQL:
    """A tool opening the store behind the program's back: sqlite3 on the file, or the
    PostgreSQL driver on the server. `?` placeholders either way; every statement is
    committed on its own, and a refused one leaves the connection usable. `wait`: how long
    a statement waits for another's lock."""

    def __init__(self, db: Database, wait: float = 5.0) -> None:
        if db.file is not None:
            self._conn: Any = sqlite3.connect(db.file, isolation_level=None, timeout=wait)
            driver: Any = sqlite3
            self._mark = "?"
        else:
            import psycopg

            url = make_url(db.url).set(drivername="postgresql")
            self._conn = psycopg.connect(url.render_as_string(hide_password=False),
                                         autocommit=True)
            self._conn.execute(f"SET lock_timeout = {int(wait * 1000)}")
            driver = psycopg
            self._mark = "%s"
        self.IntegrityError: type[Exception] = driver.IntegrityError
        self.DatabaseError: type[Exception] = driver.DatabaseError

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(sql.replace("?", self._mark), params)

    def __enter__(self) -> RawSQL:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._conn.close()
