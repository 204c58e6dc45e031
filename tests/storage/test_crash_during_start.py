"""The program killed while it builds or upgrades the store still starts the next time.

The child kills itself with SIGKILL right after the k-th SQL statement of the schema work
(deterministic, unlike the random kills of test_crash_safety.py), and the parent opens the
file as the next start would.

Each guards a bug these tests found: a schema upgrade that committed statement by statement
(a kill mid-way left a store that never opened again), a retry that overwrote the clean
pre-upgrade copy, and a hot rollback journal reported as a read-only file.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Engine

from tests.server_db import sqlite_file
from ops_desktop.storage.database import MIGRATIONS_DIR, create_db_engine, open_database

pytestmark = [pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork (POSIX)"
), sqlite_file(
    "the program killed while it creates or upgrades the file")]

def _open_and_die_after(statements: int, url: str) -> None:
    """In the child: open the store, killing this process after `statements` statements."""
    done = 0

    def count(*_: Any) -> None:
        nonlocal done
        done += 1
        if done == statements:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "after_cursor_execute", count)
    open_database(url).dispose()
    os._exit(0)  # got to the end before the k-th statement: not a crash


def killed_after(statements: int, url: str) -> bool:
    """Run the opening in a forked child killed mid-way; False when it finished first."""
    child = multiprocessing.get_context("fork").Process(
        target=_open_and_die_after, args=(statements, url))
    child.start()
    child.join(60)
    assert child.exitcode in (0, -signal.SIGKILL), child.exitcode
    return child.exitcode == -signal.SIGKILL


def tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as con:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def starts(url: str) -> None:
    db = open_database(url)
    db.dispose()


@pytest.mark.parametrize("statements", [10, 40, 80])
def test_killed_while_creating_a_new_store(tmp_path: Path, statements: int) -> None:
    url = f"sqlite:///{tmp_path / 'ops.sqlite'}"
    assert killed_after(statements, url)
    starts(url)


def _old_store(path: Path) -> None:
    """A file as the previous release left it: schema 0001 with the office's name set."""
    engine = create_db_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = conn
        command.upgrade(config, "0001_baseline")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO settings (key, value, updated_at)"
                             " VALUES ('office_name', 'MGOPS Lipowiec', '2026-01-02 08:00:00')")
    engine.dispose()


@pytest.mark.parametrize("statements", [15, 50, 100])
def test_killed_while_upgrading_starts_again_and_keeps_the_clean_backup(
    tmp_path: Path, statements: int
) -> None:
    path = tmp_path / "ops.sqlite"
    _old_store(path)
    url = f"sqlite:///{path}"
    assert killed_after(statements, url)
    try:
        starts(url)
    finally:
        backups = list(tmp_path.glob("ops.before-*.sqlite"))
        assert len(backups) == 1
        # The copy made before the upgrade is the old store, not a half-upgraded one.
        assert "audit_log" not in tables(backups[0])
        with closing(sqlite3.connect(backups[0])) as con:
            assert con.execute("SELECT value FROM settings").fetchall() == [("MGOPS Lipowiec",)]


def _die_with_a_hot_journal(path: Path) -> None:
    """In the child: a rollback-journal write that reached the program's file, then SIGKILL."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=DELETE")  # a rollback journal, not the program's WAL
    con.execute("CREATE TABLE scratch (x)")
    con.execute("INSERT INTO scratch VALUES (zeroblob(20000))")
    con.execute("PRAGMA cache_size = 1")  # so the change spills to the file before COMMIT
    con.execute("BEGIN")
    con.execute("UPDATE scratch SET x = zeroblob(30000)")
    os.kill(os.getpid(), signal.SIGKILL)


def test_hot_rollback_journal_is_rolled_back_not_called_read_only(tmp_path: Path) -> None:
    path = tmp_path / f"{uuid.uuid4().hex}.sqlite"
    # The program's own store: a file with tables but no schema version is refused unopened.
    starts(f"sqlite:///{path}")
    child = multiprocessing.get_context("fork").Process(target=_die_with_a_hot_journal,
                                                        args=(path,))
    child.start()
    child.join(60)
    assert child.exitcode == -signal.SIGKILL
    assert path.with_name(path.name + "-journal").exists()
    starts(f"sqlite:///{path}")
    with closing(sqlite3.connect(path)) as con:  # the interrupted change was rolled back
        assert con.execute("SELECT length(x) FROM scratch").fetchall() == [(20000,)]
