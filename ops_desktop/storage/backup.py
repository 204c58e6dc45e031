"""Backups of the SQLite file: online copy, encrypt, verify, restore, list and rotate.

The copies made on the way (the online copy, the decrypted file being checked) live next
to the database, never in the backup folder: a deleted file on a USB stick can be
undeleted, and the point of the encryption is the copy on the removable disk. For an office
encrypted at rest (`key` given) those copies are SQLCipher files with the database's own key,
so no plain copy of its data is ever written; the backup carries the key slots and the
sealed key, and a restore puts both in place. The file format is in storage/backup_file.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ops_desktop.domain.backup_rotation import backups_to_delete
from ops_desktop.storage import cipher
from ops_desktop.storage.change_feed import FORMER_MEMBERS, MEMBER_ID
from ops_desktop.storage.backup_file import (
    MAGIC,
    BackupError,
    Cancelled,
    CancelledFn,
    Contents,
    Header,
    ProgressFn,
    decrypt,
    encrypt,
    read_header,
)
from ops_desktop.storage.backup_keys import (
    install_slots,
    keep_slots_beside,
    office_key_check,
    read_slots,
)

__all__ = ["MAGIC", "BackupError", "BackupInfo", "Restored", "list_backups",
           "read_backup_info", "read_setting", "restore_backup", "restore_database", "rotate",
           "verify_backup", "write_backup"]

log = logging.getLogger(__name__)

SUFFIX = ".opsbak"
PART_SUFFIX = ".part"
NAME_PATTERN = re.compile(r"^ops-backup-(\d{8})-(\d{6})(?:-(\d{1,3}))?\.opsbak$")
COPY_PAGES = 256  # SQLite pages per online-copy step; the progress bar moves between steps
# The settings that name the office in every backup (services/backups.py keeps the id).
OFFICE_ID, OFFICE_NAME = "office_id", "office_name"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as its header describes it; `verified` when it was just checked."""

    file: Path
    created_at: dt.datetime
    size: int
    schema_revision: str
    row_counts: Mapping[str, int] = field(default_factory=dict)
    verified: bool = False
    audit_head: str = ""  # the audit chain's head in the copy (`nr:skrót`), "" when none
    office_id: str = ""  # the office the copy is of ("" in backups of older programs)
    office_name: str = ""
    pc_id: str = ""  # the PC of the office that made it ("" for a PC on its own, or older)
    encrypted: bool = False  # an office encrypted at rest: its key slots travel with it
    database_key_check: str = ""  # the fingerprint of its database key ("" when plain)

    @property
    def rows(self) -> int:
        return sum(self.row_counts.values())


@dataclass(frozen=True)
class Restored:
    """Where the replaced file was kept (None when there was none) and the key the
    restored file opens with (None for a plain office's backup)."""

    aside: Path | None
    key: bytes | None


# --- files ------------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable; Windows cannot open a folder, and NTFS does not need it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _io_error(exc: OSError, code: str) -> BackupError:
    """A failure of the disk: full (say so, the person can free space) or anything else."""
    full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return BackupError("disk_full" if full else code, str(exc))


def remove_leftovers(db_path: Path, older_than: dt.timedelta = dt.timedelta(hours=1)) -> int:
    """Delete working copies a killed backup, check or restore left beside the database.

    They hold the data as it was (anonymised persons would come back in them), so they go
    at once: each working copy has a lock file its process holds while it works (the system
    releases it when the process dies), so a copy whose lock can be taken has no owner left.
    A copy without a lock file (an older program's) is removed once an hour old.
    """
    folder = db_path.parent
    limit = dt.datetime.now().timestamp() - older_than.total_seconds()
    removed = 0
    for pattern in (f".{db_path.stem}.backup-*.tmp*", f".{db_path.stem}.restore-*.tmp*",
                    ".ops-verify-*.tmp*"):
        # the copies before their lock files: a lock goes only once its copy is gone
        for leftover in sorted(folder.glob(pattern), key=lambda p: p.name.endswith(LOCK_SUFFIX)):
            try:
                if _abandoned(leftover, limit):
                    leftover.unlink()
                    removed += 1
            except OSError as exc:
                log.warning("could not remove %s: %s", leftover, exc)
    return removed


LOCK_SUFFIX = ".lock"


def _lock_of(leftover: Path) -> Path:
    name = leftover.name
    for extra in ("-journal", "-wal", "-shm"):
        name = name.removesuffix(extra)
    return leftover.with_name(name + LOCK_SUFFIX)


def _abandoned(leftover: Path, limit: float) -> bool:
    if leftover.name.endswith(LOCK_SUFFIX):
        copy = Path(str(leftover)[: -len(LOCK_SUFFIX)])
        return not copy.exists() and _owner_gone(leftover)
    lock = _lock_of(leftover)
    if lock.exists():
        return _owner_gone(lock)
    return leftover.stat().st_mtime < limit


def _try_lock(fd: int) -> bool:
    """An exclusive lock on the open file, without waiting; False when another holds it."""
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _owner_gone(lock: Path) -> bool:
    """Whether no process holds `lock` (taking it for a moment, then letting go)."""
    fd = os.open(lock, os.O_RDWR)
    try:
        return _try_lock(fd)
    finally:
        os.close(fd)  # closing releases the lock on either system


@contextlib.contextmanager
def _temp_file(folder: Path, prefix: str) -> Iterator[Path]:
    """A fresh temporary file path in `folder`, removed (with SQLite's companions) at exit;
    its lock file is held meanwhile, so remove_leftovers knows it is in use."""
    # The lock first, held before the copy exists: a copy is never seen with a lock file
    # that nobody holds yet.
    lock_fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp" + LOCK_SUFFIX)
    lock = Path(name)
    path = Path(name[: -len(LOCK_SUFFIX)])
    try:
        _try_lock(lock_fd)
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    except BaseException:
        os.close(lock_fd)
        _unlink(lock)
        raise
    try:
        yield path
    finally:
        for extra in ("", "-journal", "-wal", "-shm"):
            _unlink(Path(str(path) + extra))
        os.close(lock_fd)
        _unlink(lock)


def backup_name(now: dt.datetime, serial: int = 0) -> str:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return f"ops-backup-{stamp}{f'-{serial}' if serial else ''}{SUFFIX}"


def stamp_of(path: Path) -> dt.datetime | None:
    """The wall-clock time in a backup's name, or None when the name is not ours."""
    match = NAME_PATTERN.match(path.name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None


# --- the SQLite side -------------------------------------------------------------------


def _read_only(path: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes "#", "?", spaces and Polish letters in the path."""
    return path.resolve().as_uri() + "?mode=ro"


def _table_counts(conn: Any) -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    counts: dict[str, int] = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
    return counts


def _schema_revision(conn: Any) -> str:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.DatabaseError:
        return ""
    return str(row[0]) if row else ""


def _audit_head(conn: Any) -> str:
    """The chain's head in the copy, as storage/anchors.py writes it: every backup keeps an
    anchor that `ops-desktop verify --anchor BACKUP` holds the office's file against."""
    try:
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    except cipher.DatabaseError:
        return ""
    return f"{row[0]}:{row[1]}" if row else ""


def _setting(conn: Any, key: str) -> str:
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    except cipher.DatabaseError:
        return ""
    return str(row[0]) if row and row[0] is not None else ""


def _state_value(conn: Any, key: str) -> str:
    """One exchange_state value of an open file ("" when absent, or an older schema)."""
    try:
        row = conn.execute("SELECT value FROM exchange_state WHERE key = ?", (key,)).fetchone()
    except cipher.DatabaseError:  # an older schema without the exchange
        return ""
    return str(row[0]) if row and row[0] is not None else ""


def _member_id(conn: Any) -> str:
    """This PC's exchange member id in the copy ("" for a PC on its own)."""
    return _state_value(conn, MEMBER_ID)


def _contents(copy: Path, key: bytes | None, slots: dict[str, Any] | None) -> Contents:
    """What the header says of the copy, read from the copy itself with its key."""
    with contextlib.closing(cipher.connect(_read_only(copy), key, uri=True)) as conn:
        return Contents(counts=_table_counts(conn), revision=_schema_revision(conn),
                        audit_head=_audit_head(conn), office_id=_setting(conn, OFFICE_ID),
                        office_name=_setting(conn, OFFICE_NAME), pc_id=_member_id(conn),
                        key_slots=slots, key=key)


def _online_copy(db_path: Path, target: Path, progress: Callable[[int, int], None],
                 cancelled: CancelledFn, key: bytes | None = None) -> None:
    """Copy the live database page by page while the program keeps reading and writing.

    The source connection holds one read transaction for the whole copy: in WAL mode that
    is a snapshot, writers carry on into the WAL, and the copy never restarts (a stepped
    backup without it starts over after every write of another connection and may never end).
    With `key` both ends are SQLCipher connections with the database's key: the copy is
    encrypted page by page as it is written, never plain on the disk.
    """
    src = cipher.connect(_read_only(db_path), key, uri=True, timeout=5, isolation_level=None)
    dst = cipher.connect(target, key, isolation_level=None)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the snapshot

        def step(_status: int, remaining: int, total: int) -> None:
            if cancelled():
                raise Cancelled()
            progress(total - remaining, total)

        src.backup(dst, pages=COPY_PAGES, progress=step)
        src.execute("COMMIT")
        # The copy is a standalone file: no WAL beside it to lose on the way.
        dst.execute("PRAGMA journal_mode=DELETE")
    except cipher.DatabaseError as exc:
        text = str(exc).lower()
        code = ("disk_full" if "full" in text else
                "integrity_failed" if "malformed" in text or "not a database" in text else
                "write_failed")
        raise BackupError(code, str(exc)) from exc
    finally:
        dst.close()
        src.close()


def _check_database(path: Path, expected: Mapping[str, int], key: bytes | None = None) -> None:
    """PRAGMA integrity_check and a recount of every table against the header; `key` opens
    the copy of an office encrypted at rest."""
    try:
        conn = cipher.connect(_read_only(path), key, uri=True)
    except cipher.DatabaseError as exc:
        raise BackupError("integrity_failed", str(exc)) from exc
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            raise BackupError("integrity_failed", "; ".join(str(r) for r in rows[:5]))
        counts = _table_counts(conn)
    except cipher.DatabaseError as exc:
        raise BackupError("integrity_failed", str(exc)) from exc
    finally:
        conn.close()
    if counts != dict(expected):
        differ = sorted(k for k in set(counts) | set(expected) if counts.get(k) != expected.get(k))
        raise BackupError("counts_differ", ", ".join(differ))


def _info(path: Path, header: Header, verified: bool) -> BackupInfo:
    return BackupInfo(file=path, created_at=header.created_at, size=path.stat().st_size,
                      schema_revision=header.schema_revision, row_counts=header.row_counts,
                      verified=verified, audit_head=header.audit_head,
                      office_id=header.office_id, office_name=header.office_name,
                      pc_id=header.pc_id, encrypted=header.encrypted,
                      database_key_check=header.database_key_check)


# --- public API --------------------------------------------------------------------------


def _scaled(progress: ProgressFn | None, start: int, span: int) -> Callable[[int, int], None]:
    """Map a phase's (done, total) onto an overall 0–100."""
    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(start + (span * done // total if total else span), 100)
    return report


def _free_name(folder: Path, now: dt.datetime) -> Path:
    for serial in range(1000):
        candidate = folder / backup_name(now, serial)
        if not candidate.exists() and not Path(str(candidate) + PART_SUFFIX).exists():
            return candidate
    raise BackupError("write_failed", "too many backups in one second")


def write_backup(db_path: Path, folder: Path, passphrase: str, now: dt.datetime,
                 progress: ProgressFn | None = None,
                 cancelled: CancelledFn | None = None, key: bytes | None = None) -> BackupInfo:
    """Copy the live database into an encrypted, verified backup file in `folder`; `key`
    is the database's own key when the office is encrypted at rest.

    Raises BackupError; on any failure or cancellation no file is left behind.
    """
    is_cancelled = cancelled or (lambda: False)
    if not db_path.is_file():
        raise BackupError("database_missing", str(db_path))
    if not folder.is_dir():
        raise BackupError("folder_missing", str(folder))
    remove_leftovers(db_path)
    final = _free_name(folder, now)
    part = Path(str(final) + PART_SUFFIX)
    keep = False
    try:
        # The slots as they are now: the copy's key is the same, whoever signed in since.
        slots = None if key is None else read_slots(db_path, key)
        with _temp_file(db_path.parent, f".{db_path.stem}.backup-") as copy:
            _online_copy(db_path, copy, _scaled(progress, 0, 40), is_cancelled, key)
            contents = _contents(copy, key, slots)
            with part.open("wb") as out:
                encrypt(copy, out, passphrase, now, contents, _scaled(progress, 40, 30),
                        is_cancelled)
                out.flush()
                os.fsync(out.fileno())
        if is_cancelled():
            raise Cancelled()
        os.replace(part, final)
        _fsync_dir(folder)
        info = verify_backup(final, passphrase, work_dir=db_path.parent,
                             progress=_scaled(progress, 70, 30))
        keep = True
        log.info("backup written and verified: %s (%d bytes)", final, info.size)
        return info
    except Cancelled:
        raise BackupError("cancelled") from None
    except OSError as exc:
        raise _io_error(exc, "write_failed") from exc
    finally:
        _unlink(part)
        if not keep:
            _unlink(final)


def verify_backup(file: Path, passphrase: str, work_dir: Path | None = None,
                  progress: ProgressFn | None = None) -> BackupInfo:
    """Decrypt into a temporary file, run integrity_check and recount rows against the header.

    `work_dir` holds the decrypted copy for the moment of the check (default: the system's
    temporary folder); keep it off the removable disk.
    """
    folder = work_dir or Path(tempfile.gettempdir())
    try:
        with _temp_file(folder, ".ops-verify-") as copy:
            opened = decrypt(file, passphrase, copy, progress=progress)
            _check_database(copy, opened.header.row_counts, opened.key)
        return _info(file, opened.header, verified=True)
    except Cancelled:
        raise BackupError("cancelled") from None
    except OSError as exc:
        raise _io_error(exc, "read_failed") from exc


def read_backup_info(file: Path) -> BackupInfo:
    """What the header says, without the passphrase (fast: reads one line)."""
    try:
        with file.open("rb") as f:
            header = read_header(f)
    except OSError as exc:
        raise BackupError("not_a_backup", str(exc)) from exc
    return _info(file, header, verified=False)


def _aside_name(db_path: Path, now: dt.datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for serial in range(1000):
        tail = f"-{serial}" if serial else ""
        candidate = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{tail}{db_path.suffix}")
        if not candidate.exists():
            return candidate
    raise BackupError("write_failed", "too many restores in one second")


def _known_revision(revision: str) -> bool:
    """Whether this program's migrations know the backup's schema (else a newer program made it)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from ops_desktop.storage.database import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        return ScriptDirectory.from_config(cfg).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown revision
        return False


def read_setting(db_path: Path, key: str) -> str | None:
    """One setting read straight from a file that may be damaged; None when it cannot be read.

    The recovery dialog uses it to suggest the backup folder the office configured.
    """
    try:
        with contextlib.closing(sqlite3.connect(_read_only(db_path), uri=True)) as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _settle_wal(db_path: Path, key: bytes | None) -> None:
    """Fold committed WAL pages into the file so the kept-aside copy is complete; best effort."""
    if not Path(str(db_path) + "-wal").exists():
        return
    try:
        with contextlib.closing(cipher.connect(db_path, key, timeout=5)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except cipher.DatabaseError as exc:  # a corrupt file: its WAL travels with it instead
        log.warning("could not checkpoint %s before restore: %s", db_path, exc)


def _refuse_if_in_use(db_path: Path, key: bytes | None) -> None:
    """Refuse to replace a database another program (or PC) still has open: what it wrote
    next would go into the file kept aside and be lost. Leaving WAL mode needs every other
    connection closed, so it is the test (the program turns WAL on again at its next start).
    An encrypted file is tested with its key; without it (a damaged office's recovery) the
    test cannot read the file and is skipped, as for a damaged plain one."""
    if not db_path.exists():
        return
    try:
        with contextlib.closing(cipher.connect(db_path, key, timeout=2)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    except cipher.DatabaseError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise BackupError("database_in_use", str(db_path)) from exc
        # a damaged file is what restore is for
        log.warning("could not check %s before restore: %s", db_path, exc)


def refuse_if_in_use(db_path: Path, key: bytes | None = None) -> None:
    """BackupError("database_in_use") while another program has the file open."""
    _refuse_if_in_use(db_path, key)


def restore_backup(file: Path, passphrase: str, db_path: Path,
                   now: dt.datetime | None = None, key: bytes | None = None) -> Path | None:
    """Replace the database with a verified backup; returns where the old file was kept
    (restore_database says more)."""
    return restore_database(file, passphrase, db_path, now, key).aside


def restore_database(file: Path, passphrase: str, db_path: Path,
                     now: dt.datetime | None = None, key: bytes | None = None) -> Restored:
    """Replace the database with a verified backup: the file and, for an office encrypted
    at rest, its key slots from the backup. `key` is the replaced file's key (None when it
    is plain, or cannot be opened: a recovery).

    Every connection to `db_path` must be closed first (Windows cannot replace an open file).
    The order keeps every database file beside the slots that open it: the old slots are
    copied beside the kept-aside file before it moves, the new ones are written before the
    restored file takes the place, so a crash at any step leaves no file whose slots are gone.
    """
    folder = db_path.parent
    if not folder.is_dir():
        raise BackupError("folder_missing", str(folder))
    moment = now or dt.datetime.now()
    try:
        with _temp_file(folder, f".{db_path.stem}.restore-") as copy:
            opened = decrypt(file, passphrase, copy)
            header = opened.header
            _check_database(copy, header.row_counts, opened.key)
            if header.schema_revision and not _known_revision(header.schema_revision):
                raise BackupError("made_by_newer_program", header.schema_revision)
            aside: Path | None = None
            if db_path.exists():
                _settle_wal(db_path, key)
                _refuse_if_in_use(db_path, key)
                aside = _aside_name(db_path, moment)
                keep_slots_beside(db_path, aside)
                os.replace(db_path, aside)
                wal = Path(str(db_path) + "-wal")
                if wal.exists():  # committed work the checkpoint could not fold in
                    os.replace(wal, Path(str(aside) + "-wal"))
            _unlink(Path(str(db_path) + "-shm"))
            _unlink(Path(str(db_path) + "-journal"))
            install_slots(db_path, opened.key_slots, opened.key)
            os.replace(copy, db_path)
            _fsync_dir(folder)
    except Cancelled:
        raise BackupError("cancelled") from None
    except OSError as exc:
        raise _io_error(exc, "read_failed") from exc
    log.info("restored %s from %s (old file kept as %s)", db_path, file, aside)
    return Restored(aside, opened.key)


def another_office(info: BackupInfo, db_path: Path, office_id: str | None = None) -> bool:
    """Whether the backup is, as far as can be told, of another office than the file at
    `db_path`: both name their office and the ids differ, or both are encrypted and their
    keys differ. Unknown (an older backup, a file never backed up) is not "another"."""
    own_id = office_id if office_id is not None else (read_setting(db_path, OFFICE_ID) or "")
    if info.office_id and own_id:
        return info.office_id != own_id
    own_check = office_key_check(db_path)
    return bool(info.database_key_check and own_check and info.database_key_check != own_check)


def pcs_of(db_path: Path, key: bytes | None = None) -> tuple[str, ...] | None:
    """The exchange member ids the file at `db_path` is and was, its present one first (it
    had others before a restore: exchange/restored.py); () for a PC on its own; None when
    there is no file or it does not open (damaged, encrypted and no key given)."""
    if not db_path.exists():
        return None
    try:
        with contextlib.closing(cipher.connect(_read_only(db_path), key, uri=True)) as conn:
            own = _member_id(conn)
            return (own, *_state_value(conn, FORMER_MEMBERS).split()) if own else ()
    except cipher.DatabaseError:
        return None


def made_on_another_pc(info: BackupInfo, db_path: Path, key: bytes | None = None) -> str | None:
    """The name of the office's PC the backup was made on, when that is another PC than
    the one whose file is at `db_path` ("" when this file does not know the PC's name);
    None when it was made here – on this PC or on what it was before a restore – or when
    that cannot be told (a PC on its own, an older backup, a file that does not open).

    The restore asks first: the PC goes on as a new member continuing that PC, and closes
    that PC's entry in the office (exchange/restored.py)."""
    pcs = pcs_of(db_path, key)
    if not info.pc_id or not pcs or info.pc_id in pcs:
        return None
    try:
        with contextlib.closing(cipher.connect(_read_only(db_path), key, uri=True)) as conn:
            row = conn.execute("SELECT name FROM office_members WHERE lower(replace(id, '-', ''))"
                               " = ?", (info.pc_id.replace("-", "").lower(),)).fetchone()
    except cipher.DatabaseError:
        return ""
    return str(row[0]) if row else ""


def _order(path: Path) -> tuple[dt.datetime, int]:
    match = NAME_PATTERN.match(path.name)
    serial = int(match.group(3) or 0) if match else 0
    return (stamp_of(path) or dt.datetime.min, serial)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Our backups in `folder`, newest first, from their headers only; unreadable ones skipped."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.iterdir():
        if stamp_of(path) is None or not path.is_file():
            continue
        try:
            found.append(read_backup_info(path))
        except BackupError as exc:
            log.warning("skipping unreadable backup %s: %s", path, exc)
    found.sort(key=lambda i: _order(i.file), reverse=True)
    return found


def _same_maker(path: Path, made: BackupInfo) -> bool:
    """Whether the backup at `path` is a copy of `made`'s office made on the same PC: its
    header says so. A folder shared by several offices, or by the PCs of one office, keeps
    every copy whose header does not (another's, an older program's, an unreadable one)."""
    try:
        info = read_backup_info(path)
    except BackupError:
        return False
    return info.office_id == made.office_id and info.pc_id == made.pc_id


def rotate(folder: Path, made: BackupInfo, now: dt.datetime) -> list[Path]:
    """Delete the copies the rotation does not keep among those like `made` (the copy just
    written): named like ours, of the same office and made on the same PC. Without an
    office id to tell them apart nothing is deleted."""
    if not folder.is_dir():
        return []
    stamped = [(p, s) for p in folder.iterdir() if (s := stamp_of(p)) is not None
               and p.is_file() and made.office_id and _same_maker(p, made)]
    doomed = backups_to_delete({s for _, s in stamped}, now)
    deleted: list[Path] = []
    for path, stamp in sorted(stamped, key=lambda ps: ps[1]):
        if stamp in doomed:
            _unlink(path)
            deleted.append(path)
    _remove_stale_parts(folder, now)
    return deleted


def _remove_stale_parts(folder: Path, now: dt.datetime) -> None:
    """`.part` files a power cut left behind, once they are a day old."""
    for path in folder.glob(f"ops-backup-*{SUFFIX}{PART_SUFFIX}"):
        stamp = stamp_of(path.with_name(path.name[: -len(PART_SUFFIX)]))
        if stamp is not None and stamp < now.replace(tzinfo=None) - dt.timedelta(days=1):
            _unlink(path)
