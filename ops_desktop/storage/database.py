"""Opening the store: engine, SQLite pragmas, migrations after a backup copy, sessions."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ops_desktop.domain.errors import ConflictError, FieldError, PermissionDenied, ValidationError
from ops_desktop.storage import audit  # noqa: F401  (registers the audit log's flush listener)
from ops_desktop.storage import change_feed  # noqa: F401  (an office member's change capture)
from ops_desktop.storage import cipher
from ops_desktop.storage.errors import StorageEnvironmentError, StorageProblem, classify
from ops_desktop.storage.key_slots import slots_file
from ops_desktop.storage.models import UserRow, utcnow
from ops_desktop.storage.url import is_sqlite_url, sqlite_path  # noqa: F401  (callers' names)

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# PRAGMA quick_check reads every page: about a second per gigabyte. A file up to this size is
# checked whole before anything else at start. A bigger one (a city's ten years) gets a cheap
# check of its header and schema there, and the whole-file check runs in the background once
# the window is up (Database.check_whole_file); damage found then leaves a note beside the
# file, so the next start checks it whole first and offers the newest backup. Every backup is
# also checked whole (integrity_check on the copy), at least once a day.
FULL_CHECK_AT_START_MAX = 128 * 1024 * 1024


def damage_note(path: Path) -> Path:
    return path.with_name(path.name + ".damaged")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # WAL for readers beside a writer; FULL so a committed decision survives a power cut.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    # Deleted and overwritten personal data (anonymisation) is zeroed on disk, not left
    # readable on free pages of the file.
    cursor.execute("PRAGMA secure_delete=ON")
    # 64 MiB of page cache (SQLite's default is 2 MiB): a page read once is not read from
    # disk again, which an encrypted file pays twice (every page read is decrypted and its
    # HMAC checked; benchmarks/encryption.py). The cache grows only as pages are read.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def _alembic_config(connection: Any) -> Any:
    # Alembic (and through it every SQL dialect it knows) loads only when the schema must
    # change: an up-to-date store is recognised by migrations.HEAD, which keeps the start short.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


@dataclass
class Database:
    """One open store: an engine plus a session factory; `key` is the SQLCipher key of an
    encrypted file (storage/cipher.py), None for a plain file or a server."""

    engine: Engine
    url: str
    key: bytes | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def file(self) -> Path | None:
        url = make_url(self.url)
        # URI forms ("file:…?mode=ro") are left to SQLite; they are for tools, not offices.
        if (url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:"
                and not url.database.startswith("file:")):
            return Path(url.database)
        return None

    @contextmanager
    def session(self, actor_id: uuid.UUID | None = None,
                meanwhile: str = "record_changed") -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error.

        Environment problems of the store come out as StorageEnvironmentError so the
        screen can say what happened and keep the form filled. When a colleague saved a row
        of this unit of work meanwhile, ConflictError(`meanwhile`) says what they did (a use
        case names it: "someone else accepted this referral"); a unique key taken by a
        colleague at the same moment is the field error a moment's later check would give.
        """
        session = self._sessions()
        session.info["actor_id"] = actor_id
        try:
            if actor_id is not None:
                _refuse_switched_off(session, actor_id)
            yield session
            session.commit()
        except StaleDataError as exc:
            # Optimistic locking (models.Tracked.version): someone saved the row meanwhile.
            session.rollback()
            raise ConflictError(meanwhile) from exc
        except IntegrityError as exc:
            session.rollback()
            taken = _taken_key(exc)
            if taken is not None:
                raise ValidationError([taken]) from exc
            raise
        except DBAPIError as exc:
            session.rollback()
            problem = classify(exc)
            if problem is not None:
                raise problem from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

    def check_whole_file(self) -> str | None:
        """PRAGMA quick_check on its own read-only connection (safe off the GUI thread while
        others work); None when the file is sound, else what SQLite found, noted beside the
        file for the next start."""
        path = self.file
        if path is None:
            return None
        try:
            with closing(cipher.connect(read_only_uri(path), self.key, uri=True)) as conn:
                problem = _quick_check(conn)
        except cipher.DatabaseError as exc:
            found = classify(exc)
            if found is None or found.problem is not StorageProblem.CORRUPT:
                # Locked, unreadable or gone for a moment: not damage; the next start checks.
                log.warning("whole-file check of %s not done: %s", path, exc)
                return None
            problem = str(exc)
        if problem is None:
            return None
        log.error("database %s is damaged: %s", path, problem)
        try:
            damage_note(path).write_text(problem + "\n", encoding="utf-8")
        except OSError:  # a read-only folder: the person is still told
            log.exception("could not leave the damage note beside %s", path)
        return problem

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the file and empty it, so data just overwritten
        (anonymisation) no longer lingers in the -wal file. Harmless when readers are busy:
        SQLite then checkpoints what it can."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# Unique keys two desks may race for, as SQLite and PostgreSQL name them, and the field error
# the service's own check gives when it comes second.
_RACED_KEYS: tuple[tuple[tuple[str, ...], FieldError], ...] = (
    (("persons.pesel", "uq_persons_pesel"), FieldError("pesel", "pesel_already_registered")),
)


def _taken_key(exc: IntegrityError) -> FieldError | None:
    text = str(exc.orig)
    for names, error in _RACED_KEYS:
        if any(name in text for name in names):
            return error
    return None


def _refuse_switched_off(session: Session, actor_id: uuid.UUID) -> None:
    """A colleague whose account was switched off stops working at once, not at the next
    sign-in: every unit of work done in their name checks the account first."""
    active = session.scalar(select(UserRow.active).where(UserRow.id == actor_id))
    if active is False:
        raise PermissionDenied("account_inactive")


def _stamp_authors(session: Session, _context: Any, _instances: Any) -> None:
    """Fill created_by/updated_by from the unit of work's actor on every flush."""
    actor = session.info.get("actor_id")
    for obj in session.new:
        if hasattr(obj, "created_by") and obj.created_by is None:
            obj.created_by = actor
            obj.updated_by = actor
    for obj in session.dirty:
        if hasattr(obj, "updated_by") and session.is_modified(obj):
            obj.updated_by = actor
            obj.updated_at = utcnow()


event.listen(Session, "before_flush", _stamp_authors)


def create_db_engine(url: str, key: bytes | None = None) -> Engine:
    # hide_parameters: an error's text names the statement but not the values bound to it
    # (a PESEL, a narrative), so nothing of a person reaches the log file through a traceback.
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if key is None:
            engine = create_engine(url, connect_args={"timeout": 5}, hide_parameters=True)
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        engine = create_engine(url, module=cipher.dbapi, connect_args={"timeout": 5},
                               hide_parameters=True)

        def keyed(dbapi_connection: Any, record: Any) -> None:
            cipher.apply_key(dbapi_connection, key)  # before anything reads a page
            _sqlite_pragmas(dbapi_connection, record)

        event.listen(engine, "connect", keyed)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


read_only_uri = cipher.read_only_uri


def _quick_check(conn: Any) -> str | None:
    """None when PRAGMA quick_check finds the file sound, else what it found (20 at most)."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(20)")]
    return None if rows == ["ok"] else "; ".join(rows)


def _check_sqlite_file(path: Path, key: bytes | None) -> None:
    """Say clearly why an existing file cannot be used, before anything touches it."""
    if not path.parent.exists():
        raise StorageEnvironmentError(StorageProblem.MISSING, str(path.parent))
    if path.exists() and path.is_file() and path.stat().st_size == 0:
        # SQLite would take an empty file for a new database, and the set-up wizard would make
        # a new office of what is most likely a copy that never finished.
        raise StorageEnvironmentError(StorageProblem.EMPTY_FILE, str(path))
    if path.exists() and key is None and cipher.is_encrypted(path) and slots_file(path).exists():
        # Without its key an encrypted file reads as "not a database": not damage. (Without
        # its key slots beside it, nothing tells it from damage: SQLite's verdict stands.)
        raise StorageEnvironmentError(StorageProblem.ENCRYPTED, str(path))
    if path.exists() and key is not None and cipher.is_plain(path):
        raise StorageEnvironmentError(StorageProblem.NOT_ENCRYPTED, str(path))
    if path.exists():
        # A writable file is opened for writing, so that a transaction cut off by a crash
        # (a hot rollback journal) is rolled back here instead of looking like a read-only
        # file; a read-only one is opened read-only.
        writable = os.access(path, os.W_OK)
        target = str(path) if writable else read_only_uri(path)
        note = damage_note(path)
        # An encrypted file checks each page's HMAC as it is read, so damage cannot pass
        # unseen; its whole-file check (decrypting every page) waits for the background, as a
        # big file's does, instead of doubling a small office's start.
        whole = (key is None and path.stat().st_size <= FULL_CHECK_AT_START_MAX) or note.exists()
        try:
            with closing(cipher.connect(target, key, uri=not writable)) as conn:
                if whole:
                    problem = _quick_check(conn)
                else:  # the header and the schema table: a file that is no database fails here
                    conn.execute("PRAGMA schema_version").fetchone()
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    problem = None
            if problem is not None:
                raise StorageEnvironmentError(StorageProblem.CORRUPT, problem)
        except cipher.DatabaseError as exc:
            if key is not None and "not a database" in str(exc).lower():
                raise StorageEnvironmentError(StorageProblem.WRONG_KEY, str(path)) from exc
            known = classify(exc)
            raise known or StorageEnvironmentError(StorageProblem.CORRUPT, str(exc)) from exc
        if whole and writable:
            note.unlink(missing_ok=True)  # checked whole and sound: e.g. restored since


def head_revision() -> str:
    """The newest revision as Alembic reads it from the scripts (migrations.HEAD names it
    without reading them; a test keeps the two equal)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(None))
    head = script.get_current_head()
    assert head is not None
    return head


def backup_before_migration(path: Path, current: str | None,
                            key: bytes | None = None) -> Path | None:
    """Copy the file aside before a schema change, so a failed upgrade loses nothing.

    The upgrade is one transaction, so a file whose upgrade was cut off is still the old
    one; a copy already made for this upgrade is kept, never overwritten by a retry. The copy
    has the file's own key: encrypted like the file, opened by the same key slots.
    """
    if not path.exists() or path.stat().st_size == 0 or current is None:
        return None
    target = path.with_name(f"{path.stem}.before-{head_revision()[:12]}{path.suffix}")
    if target.exists():
        return target
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    cipher.copy_file(path, partial, key)  # consistent even while WAL holds pages not yet in the file
    os.replace(partial, target)
    log.info("backed up %s to %s before migrating", path, target)
    return target


def open_database(url: str, migrate: bool = True, key: bytes | None = None) -> Database:
    """Open (creating if needed) and migrate the store at `url`; `key` opens (or creates) an
    encrypted SQLite file, None a plain one (tests; an office's file before its conversion)."""
    engine = create_db_engine(url, key)
    db = Database(engine=engine, url=url, key=key if make_url(url).get_backend_name() == "sqlite"
                  else None)
    path = db.file
    if path is not None:
        _check_sqlite_file(path, db.key)
    if migrate:
        migrate_database(db)
        check_protection(db)
    return db


def check_protection(db: Database) -> None:
    """At every start: the protecting triggers as the program creates them; missing ones
    are created again, and what was missing or unknown is logged (storage/protection.py)."""
    from ops_desktop.storage.protection import repair_triggers

    try:
        with db.engine.begin() as conn:
            repair_triggers(conn)
    except DBAPIError as exc:  # e.g. a read-only file: verify still reports it
        log.warning("the protection triggers could not be checked: %s", exc.orig)


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        versions = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    return versions[0] if len(versions) == 1 else None


def _schema_problem(db: Database, current: str | None) -> StorageEnvironmentError | None:
    """Why the store's schema cannot be upgraded by this program, if it cannot.

    A revision the scripts do not know was written by a newer program (downgrading is not
    the program's to do); tables without a revision were not made by this program, or lost
    their version table, and creating the schema over them would fail half-way."""
    if current is None:
        with db.engine.connect() as conn:
            tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        return (StorageEnvironmentError(StorageProblem.NO_SCHEMA_VERSION, ", ".join(tables[:5]))
                if tables else None)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(None))
    try:
        known = script.get_revision(current) is not None
    except Exception:  # alembic's ResolutionError and kin: the revision is not among ours
        known = False
    return None if known else StorageEnvironmentError(StorageProblem.NEWER_SCHEMA, current)


def check_schema(db: Database) -> None:
    """Refuse a store this program cannot upgrade (newer, or without its revision), before
    anything is written to it or copied from it."""
    from ops_desktop.storage.migrations import HEAD

    current = current_revision(db)
    problem = None if current == HEAD else _schema_problem(db, current)
    if problem is not None:
        raise problem


def migrate_database(db: Database) -> None:
    from ops_desktop.storage.migrations import HEAD

    try:
        current = current_revision(db)
        if current == HEAD:
            return
        problem = _schema_problem(db, current)
        if problem is not None:
            raise problem
        if db.file is not None:
            backup_before_migration(db.file, current, db.key)
        move_schema(db.engine, "upgrade", "head")
    except DBAPIError as exc:
        problem = classify(exc)
        if problem is not None:
            raise problem from exc
        raise


def move_schema(engine: Engine, direction: str, revision: str) -> None:
    """Alembic's upgrade or downgrade to `revision`, all of it or nothing.

    SQLite: batch mode copies a table, drops the old one and renames the copy, and rows
    that point at the table (a correcting decision's `corrects_id`, a payment's decision)
    would fail their foreign key at the drop. So, as SQLite's own procedure for altering a
    table says, the keys are off for the migration (a pragma that only takes effect outside
    a transaction), every key is checked before the commit, and they are on again after."""
    from alembic import command

    move = command.upgrade if direction == "upgrade" else command.downgrade
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            # The driver would commit each CREATE/ALTER on its own; one explicit
            # transaction makes the whole change happen or not at all.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            move(_alembic_config(conn), revision)
            if sqlite and direction == "upgrade":
                _analyse_new_indexes(conn)
            if sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchmany(5)
                if broken:
                    raise IntegrityError("PRAGMA foreign_key_check", None,
                                         Exception(f"foreign keys broken by the migration: {broken}"))
            conn.commit()
        finally:
            if sqlite:
                conn.rollback()  # nothing left open (after a commit this does nothing)
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")


def _analyse_new_indexes(conn: Any) -> None:
    """In a file analysed before (sqlite_stat1), an index an upgrade made has no statistics:
    the planner then passes it by for an older one (the dashboard's open-case count took
    0.4 s instead of a few ms at 500,000 persons). Each such index is analysed, sampled;
    a file never analysed is left so, its planner uses no statistics at all."""
    if not conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        return
    missing = [name for (name,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL)")]
    if missing:
        conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
        for name in missing:
            conn.exec_driver_sql(f'ANALYZE "{name}"')


def integrity_ok(db: Database) -> bool:
    with db.engine.connect() as conn:
        if db.engine.dialect.name != "sqlite":
            return True
        return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def server_dialect_loads() -> bool:
    """SQLAlchemy finds the PostgreSQL dialect with its psycopg driver (loaded by name, so a
    packaged build that left them out fails here, not at a centre's first connection)."""
    url = make_url("postgresql+psycopg://check@localhost/check")
    return url.get_dialect().driver == "psycopg"
