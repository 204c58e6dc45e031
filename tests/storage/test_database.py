"""The store on a real SQLite file (and what applies, on PostgreSQL): migrations, pragmas, backups and environment errors."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from ops_desktop.storage.database import head_revision, open_database
from ops_desktop.storage.errors import StorageEnvironmentError, StorageProblem
from ops_desktop.storage.migrations import HEAD
from ops_desktop.storage.models import Setting, TeamRow
from tests.server_db import ON_SERVER, sqlite_file


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def test_new_file_is_created_and_migrated_to_head(empty_db_url: str) -> None:
    db = open_database(empty_db_url)
    with db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        tables = set(inspect(conn).get_table_names())
    assert version == head_revision() == HEAD
    assert {"persons", "households", "intakes", "referrals", "applications", "decisions"} <= tables
    db.dispose()


@sqlite_file("SQLite's PRAGMAs")
def test_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    db = open_database(url(tmp_path / "p.sqlite"))
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    db.dispose()


def test_rows_get_uuid_timestamps_author_and_version(db_url: str) -> None:
    import uuid

    db = open_database(db_url)
    actor = uuid.uuid4()
    with db.session(actor) as s:
        s.add(TeamRow(code="x", name="Zespół X"))
    with db.session(actor) as s:
        row = s.query(TeamRow).filter_by(code="x").one()
        assert row.id.version == 7
        assert row.created_by == actor and row.version == 1 and row.created_at is not None
        row.name = "Zespół Y"
    with db.session() as s:
        row = s.query(TeamRow).filter_by(code="x").one()
        assert row.version == 2 and row.name == "Zespół Y"
    db.dispose()


@sqlite_file("the copy of the file made before a migration")
def test_reopening_an_up_to_date_file_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "ops.sqlite"
    open_database(url(path)).dispose()
    open_database(url(path)).dispose()
    assert not list(tmp_path.glob("*.before-*"))


@sqlite_file("the copy of the file made before a migration")
def test_an_older_file_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "ops.sqlite"
    db = open_database(url(path))
    with db.session() as s:
        s.add(Setting(key="office_name", value="MGOPS"))
    with db.engine.begin() as conn:  # pretend the file was written by an older release
        conn.execute(text("UPDATE alembic_version SET version_num='0009_postgres'"))
    db.dispose()
    # The last revision's tables are there already, so the upgrade stops half-way.
    with pytest.raises(Exception):  # noqa: B017
        open_database(url(path))
    backups = list(tmp_path.glob("ops.before-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT value FROM settings").fetchone() == ("MGOPS",)


@sqlite_file("a damaged file")
def test_corrupt_file_is_reported_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StorageEnvironmentError) as info:
        open_database(url(path))
    assert info.value.problem is StorageProblem.CORRUPT


@sqlite_file("the file's folder")
def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StorageEnvironmentError) as info:
        open_database(url(tmp_path / "no" / "such" / "dir" / "ops.sqlite"))
    assert info.value.problem is StorageProblem.MISSING


@sqlite_file("a full disk simulated by the file's page limit")
def test_full_disk_rolls_back_and_says_so(tmp_path: Path) -> None:
    db = open_database(url(tmp_path / "full.sqlite"))
    with db.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()
    with pytest.raises(StorageEnvironmentError) as info:
        with db.session() as s:
            s.connection().execute(text(f"PRAGMA max_page_count={pages + 1}"))
            for i in range(200):
                s.add(Setting(key=f"k{i}", value="x" * 4000))
    assert info.value.problem is StorageProblem.DISK_FULL
    db.dispose()
    db = open_database(url(tmp_path / "full.sqlite"))
    with db.session() as s:
        assert s.query(Setting).count() == 0  # nothing half-written
    db.dispose()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores file modes")
@sqlite_file("file modes")
def test_read_only_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    open_database(url(path)).dispose()
    for f in tmp_path.iterdir():
        f.chmod(stat.S_IREAD)
    tmp_path.chmod(stat.S_IREAD | stat.S_IEXEC)
    try:
        db = open_database(url(path))
        with pytest.raises(StorageEnvironmentError) as info:
            with db.session() as s:
                s.add(Setting(key="a", value="b"))
        assert info.value.problem is StorageProblem.READ_ONLY
    finally:
        tmp_path.chmod(stat.S_IRWXU)


@sqlite_file("SQLite's read-only open mode")
def test_read_only_connection_is_reported(tmp_path: Path) -> None:
    """The same condition reached as root: SQLite opened read-only refuses to write."""
    path = tmp_path / "ro.sqlite"
    open_database(url(path)).dispose()
    db = open_database(f"sqlite:///file:{path}?mode=ro&uri=true", migrate=False)
    with pytest.raises(StorageEnvironmentError) as info:
        with db.session() as s:
            s.add(Setting(key="a", value="b"))
    assert info.value.problem is StorageProblem.READ_ONLY
    db.dispose()


@sqlite_file("SQLite's file lock and busy timeout")
def test_locked_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite"
    db = open_database(url(path))
    blocker = sqlite3.connect(path, timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout=100")
        db.engine.dispose()
        from sqlalchemy import event

        event.listen(db.engine, "connect",
                     lambda c, _r: c.execute("PRAGMA busy_timeout=100"))
        with pytest.raises(StorageEnvironmentError) as info:
            with db.session() as s:
                s.add(Setting(key="a", value="b"))
        assert info.value.problem is StorageProblem.LOCKED
    finally:
        blocker.rollback()
        blocker.close()
        db.dispose()


def test_register_numbers_never_repeat_across_concurrent_writers(db_url: str) -> None:
    """Two PCs' worth of desks asking for case numbers at once: every number once."""
    from concurrent.futures import ThreadPoolExecutor

    from ops_desktop.storage import queries

    open_database(db_url).dispose()

    def take(_: int) -> list[int]:
        db = open_database(db_url, migrate=False)  # its own engine, like another process
        got = []
        for _ in range(25):
            with db.session() as s:
                got.append(queries.next_number(s, "case.8310", 2026))
        db.dispose()
        return got

    with ThreadPoolExecutor(4) as pool:
        numbers = [n for chunk in pool.map(take, range(4)) for n in chunk]
    assert sorted(numbers) == list(range(1, 101))


def test_the_list_indexes_of_the_models_are_those_migration_0004_creates() -> None:
    import importlib

    from ops_desktop.storage.models import LIST_INDEXES

    revision = importlib.import_module(
        "ops_desktop.storage.migrations.versions.0004_list_indexes")
    assert revision.LIST_INDEXES == LIST_INDEXES


@pytest.mark.skipif(not ON_SERVER, reason="a PostgreSQL server (OPS_TEST_DB_URL)")
def test_the_city_sized_demo_is_refused_clearly_on_a_server(
        empty_db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from ops_desktop.__main__ import main

    assert main(["demo", "--db", empty_db_url, "--persons", "10"]) == 2
    assert "--persons tworzy historię tylko w pliku SQLite" in capsys.readouterr().err


def test_a_server_out_of_reach_is_reported_not_a_traceback() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StorageEnvironmentError) as info:  # nothing listens on port 1
        open_database("postgresql+psycopg://ops:secret@127.0.0.1:1/ops?connect_timeout=2")
    assert info.value.problem is StorageProblem.UNREACHABLE
    assert "secret" not in str(info.value)


@pytest.mark.skipif(not ON_SERVER, reason="a PostgreSQL server (OPS_TEST_DB_URL)")
def test_a_connection_lost_mid_work_is_reported_and_the_next_save_works(db_url: str) -> None:
    db = open_database(db_url)
    with pytest.raises(StorageEnvironmentError) as info:
        with db.session() as s:
            s.add(Setting(key="a", value="b"))
            s.flush()
            s.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))  # the server ends it
    assert info.value.problem is StorageProblem.UNREACHABLE
    with db.session() as s:  # a fresh connection: nothing of the lost unit of work is there
        assert s.get(Setting, "a") is None
        s.add(Setting(key="a", value="c"))
    with db.session() as s:
        assert s.get(Setting, "a").value == "c"  # type: ignore[union-attr]
    db.dispose()
