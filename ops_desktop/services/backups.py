"""Backups as the administrator runs them: settings, backup now, the schedule, check, restore.

The passphrase is kept in the office's own database so the scheduled backups run without
anyone typing it; the encryption protects the copy that leaves the building on a USB disk.
In an office encrypted at rest it is kept sealed under the database key (storage/
backup_settings.py), never in clear, and never handed to the screen. Restoring on a new PC
needs the passphrase from paper: the office writes it down and keeps it in the safe.

Every backup names its office (the setting office_id, made at the first backup): restoring
another office's backup over this one is refused until the person confirms it.

Settings (key/value table): backup_folder, backup_passphrase, backup_last_at (ISO time),
backup_on_exit and backup_daily ("1"/"0", both on by default), backup_last_error (a failed
attempt, so a backup that failed unattended at exit is shown at the next start).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ops_desktop.domain.clock import office_zone, wall_now_aware
from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.domain.permissions import Permission
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange import restored as restored_pc
from ops_desktop.exchange.bundle import BundleError
from ops_desktop.exchange.sync import membership
from ops_desktop.storage import audit, exchange_records, queries
from ops_desktop.storage import backup as store
from ops_desktop.storage.backup import BackupError, BackupInfo
from ops_desktop.storage.backup_settings import ensure_office_id, is_sealed, seal, unseal
from ops_desktop.storage.change_feed import backup_taken, mark_restored, sent_marks
from ops_desktop.storage.database import Database, check_schema, open_database

__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "BackupConfig",
    "BackupError",
    "BackupInfo",
    "BackupService",
    "backups_in",
    "configured_folder_of",
    "is_another_office",
    "restore_file",
]

log = logging.getLogger(__name__)

KEY_FOLDER = "backup_folder"
KEY_PASSPHRASE = "backup_passphrase"
KEY_LAST_AT = "backup_last_at"
KEY_ON_EXIT = "backup_on_exit"
KEY_DAILY = "backup_daily"
KEY_LAST_ERROR = "backup_last_error"  # "<code> <ISO time>" of a failed attempt, "" after a success

MIN_PASSPHRASE_LENGTH = 12
DUE_AFTER = dt.timedelta(hours=24)

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
BackupList = list[BackupInfo]


def local_now() -> dt.datetime:
    """Local wall-clock time with its offset: backup names are read by people in the office."""
    return wall_now_aware()


@dataclass(frozen=True)
class BackupConfig:
    """What the administrator set; the passphrase itself is never handed to the screen."""

    folder: Path | None
    has_passphrase: bool
    last_at: dt.datetime | None
    on_exit: bool = True
    daily: bool = True
    last_error: str | None = None  # a BackupError code, when the last attempt failed
    last_error_at: dt.datetime | None = None

    @property
    def configured(self) -> bool:
        return self.folder is not None and self.has_passphrase


def _parse_time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=office_zone())


def _folder_writable(folder: Path) -> bool:
    """Try it: os.access says little on Windows shares and USB disks."""
    if not folder.is_dir():
        return False
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".ops-write-test-")
    except OSError:
        return False
    os.close(fd)
    try:
        os.unlink(name)
    except OSError:
        pass
    return True


class BackupService:
    def __init__(self, db: Database, office: OfficeService,
                 clock: Callable[[], dt.datetime] = local_now) -> None:
        self.db = db
        self.office = office
        self.clock = clock

    # --- settings ---
    def _stored(self) -> dict[str, str]:
        with self.db.session() as s:
            return queries.settings(s)

    def _config(self) -> BackupConfig:
        stored = self._stored()
        folder = stored.get(KEY_FOLDER) or None
        error_code, _, error_at = stored.get(KEY_LAST_ERROR, "").partition(" ")
        return BackupConfig(
            folder=Path(folder) if folder else None,
            has_passphrase=self._passphrase(stored) is not None,
            last_at=_parse_time(stored.get(KEY_LAST_AT)),
            on_exit=stored.get(KEY_ON_EXIT, "1") != "0",
            daily=stored.get(KEY_DAILY, "1") != "0",
            last_error=error_code or None,
            last_error_at=_parse_time(error_at),
        )

    def _passphrase(self, stored: dict[str, str] | None = None) -> str | None:
        """The stored passphrase, unsealed; a clear one left by an older program is sealed
        now (an office encrypted at rest keeps none in clear). None when there is none, or
        it is sealed under another key (the store was restored from another office)."""
        value = (stored if stored is not None else self._stored()).get(KEY_PASSPHRASE)
        if not value:
            return None
        if self.db.key is not None and not is_sealed(value):
            with self.db.session() as s:
                queries.put_setting(s, KEY_PASSPHRASE, seal(self.db.key, value))
        return unseal(self.db.key, value)

    def _kept(self, passphrase: str) -> str:
        """The passphrase as the settings row holds it."""
        return passphrase if self.db.key is None else seal(self.db.key, passphrase)

    def config(self, actor: Actor) -> BackupConfig:
        require(actor, Permission.MANAGE_BACKUPS)
        return self._config()

    def configure(self, actor: Actor, folder: Path | str, passphrase: str | None,
                  on_exit: bool = True, daily: bool = True) -> BackupConfig:
        """Save where backups go and the passphrase; None keeps the passphrase already set."""
        require(actor, Permission.MANAGE_BACKUPS)
        current = self._config()
        errors: list[FieldError] = []
        folder_text = str(folder).strip()
        if not folder_text:
            errors.append(FieldError(KEY_FOLDER, "required"))
        elif not _folder_writable(Path(folder_text)):
            errors.append(FieldError(KEY_FOLDER, "folder_not_writable"))
        if passphrase is None or passphrase == "":
            if not current.has_passphrase:
                errors.append(FieldError(KEY_PASSPHRASE, "required"))
        elif len(passphrase) < MIN_PASSPHRASE_LENGTH:
            errors.append(FieldError(KEY_PASSPHRASE, "passphrase_too_short"))
        if errors:
            raise ValidationError(errors)
        kept = passphrase or self._passphrase()  # a clear one kept from before is sealed now
        with self.db.session(actor.user_id) as s:
            queries.put_setting(s, KEY_FOLDER, str(Path(folder_text).resolve()))
            if kept:
                queries.put_setting(s, KEY_PASSPHRASE, self._kept(kept))
            queries.put_setting(s, KEY_ON_EXIT, "1" if on_exit else "0")
            queries.put_setting(s, KEY_DAILY, "1" if daily else "0")
        return self._config()

    # --- making backups ---
    def _db_file(self) -> Path:
        path = self.db.file
        if path is None:
            # A server database (PostgreSQL) is backed up by the server's own tools.
            raise BackupError("not_a_file_database", self.db.url.split("://")[0])
        return path

    def _backup(self, actor: Actor | None, progress: ProgressFn | None,
                cancelled: CancelledFn | None) -> BackupInfo:
        db_file = self._db_file()
        stored = self._stored()
        folder, passphrase = stored.get(KEY_FOLDER), self._passphrase(stored)
        if not folder or not passphrase:
            raise BackupError("not_configured")
        with self.db.session() as s:  # the backup names its office
            ensure_office_id(s)
            sent = sent_marks(s.connection())
        now = self.clock()
        try:
            info = store.write_backup(db_file, Path(folder), passphrase, now, progress,
                                      cancelled, key=self.db.key)
        except BackupError as exc:
            if exc.code != "cancelled":
                self._record_failure(exc.code, now)
            raise
        try:
            store.rotate(Path(folder), info, now)
        except OSError as exc:  # a locked old copy must not fail a good new one
            log.warning("backup rotation in %s failed: %s", folder, exc)
        with self.db.session(actor.user_id if actor else None) as s:
            queries.put_setting(s, KEY_LAST_AT, now.isoformat())
            queries.put_setting(s, KEY_LAST_ERROR, "")
            backup_taken(s.connection(), sent)
            audit.record(s, actor.user_id if actor else None, "backup", "backup",
                         entity_id=info.file.name,
                         details={"folder": str(folder), "size": info.size, "rows": info.rows})
        return info

    def _record_failure(self, code: str, when: dt.datetime) -> None:
        try:
            with self.db.session() as s:
                queries.put_setting(s, KEY_LAST_ERROR, f"{code} {when.isoformat()}")
        except Exception:  # the store itself may be the problem; the caller still gets `code`
            log.exception("could not record the failed backup")

    def backup_now(self, actor: Actor, progress: ProgressFn | None = None,
                   cancelled: CancelledFn | None = None) -> BackupInfo:
        """Write, verify and rotate; may run on a worker thread (the engine's pool is shared)."""
        require(actor, Permission.MANAGE_BACKUPS)
        return self._backup(actor, progress, cancelled)

    def is_due(self, now: dt.datetime | None = None) -> bool:
        """Configured, daily backups on, and the last one is 24 h old or there is none."""
        if self.db.file is None:
            return False
        config = self._config()
        if not config.configured or not config.daily:
            return False
        if config.last_at is None:
            return True
        moment = now or self.clock()
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=office_zone())
        # A last backup "in the future" means the clock was moved: better one copy too many.
        return moment - config.last_at >= DUE_AFTER or config.last_at > moment + dt.timedelta(hours=1)

    def run_scheduled(self, actor: Actor | None = None, on_exit: bool = False,
                      progress: ProgressFn | None = None,
                      cancelled: CancelledFn | None = None) -> BackupInfo | None:
        """The program's own backup at start, on a daily timer, or at exit; None when not due.

        No permission is needed: whoever is signed in, the program keeps the office's
        backups (`actor`, when given, is only recorded as the one who was working).
        """
        if self.db.file is None:
            return None
        config = self._config()
        if not config.configured:
            return None
        if on_exit and not config.on_exit:
            return None
        if not on_exit and not self.is_due():
            return None
        return self._backup(actor, progress, cancelled)

    # --- reading and restoring ---
    def list(self, actor: Actor) -> BackupList:
        """Backups in the configured folder, newest first (headers only)."""
        require(actor, Permission.MANAGE_BACKUPS)
        config = self._config()
        return store.list_backups(config.folder) if config.folder else []

    def verify(self, actor: Actor, file: Path, passphrase: str | None = None,
               progress: ProgressFn | None = None) -> BackupInfo:
        """Decrypt and check one backup; without a passphrase the stored one is tried."""
        require(actor, Permission.MANAGE_BACKUPS)
        secret = passphrase or self._passphrase() or ""
        work_dir = self.db.file.parent if self.db.file else None
        return store.verify_backup(Path(file), secret, work_dir=work_dir, progress=progress)

    def is_another_office(self, actor: Actor, file: Path) -> bool:
        """Whether the backup is of another office than this one (the screen asks first)."""
        require(actor, Permission.MANAGE_BACKUPS)
        with self.db.session() as s:
            own = queries.settings(s).get(store.OFFICE_ID, "")
        return store.another_office(store.read_backup_info(Path(file)), self._db_file(), own)

    def makers(self, actor: Actor) -> dict[str, str]:
        """Who made each backup, by the PC id its header names: "" for this PC (and what it
        was before a restore), the name of another PC of the office (also one closed or
        removed since). A PC on its own names none."""
        require(actor, Permission.MANAGE_BACKUPS)
        with self.db.session() as s:
            names = exchange_records.member_names(s)
        own = store.pcs_of(self._db_file(), self.db.key) or ()
        return names | {pc: "" for pc in own}

    def made_on_another_pc(self, actor: Actor, file: Path) -> str | None:
        """The name of the office's other PC the backup was made on ("" when unknown here),
        or None when it is this PC's own (the screen asks first)."""
        require(actor, Permission.MANAGE_BACKUPS)
        return store.made_on_another_pc(store.read_backup_info(Path(file)), self._db_file(),
                                        self.db.key)

    def restore(self, actor: Actor, file: Path, passphrase: str,
                other_office_confirmed: bool = False,
                other_pc_confirmed: bool = False) -> Path | None:
        """Replace the database with the backup; returns where the old file was kept aside.

        A backup of another office is refused (BackupError "another_office", its name as
        the detail) unless `other_office_confirmed`: the person was asked and said yes; a
        backup made on another PC of this office likewise ("another_pc", that PC's name)
        unless `other_pc_confirmed`.
        Closes the engine first. Afterwards this Services object must not be used: the
        caller closes the window and the program is started again (which migrates a backup
        made by an older version). If the backup fails its check, nothing is replaced and
        the store stays usable.
        """
        require(actor, Permission.MANAGE_BACKUPS)
        db_file = self._db_file()
        if not other_office_confirmed and self.is_another_office(actor, file):
            raise BackupError("another_office", store.read_backup_info(Path(file)).office_name)
        if not other_pc_confirmed:
            _refuse_another_pc(file, db_file, self.db.key)
        key = self.db.key
        replaced = store.pcs_of(db_file, key)
        self.db.dispose()
        restored = store.restore_database(Path(file), passphrase, db_file, now=self.clock(),
                                          key=key)
        log.info("%s restored %s", actor.full_name, file)
        _note_restore(db_file, actor.user_id, Path(file), restored.key, replaced)
        return restored.aside


# --- without a working database: the recovery dialog at start -------------------------


def backups_in(folder: Path) -> BackupList:
    """Backups in any folder, newest first (a USB disk brought to a new or broken PC)."""
    return store.list_backups(folder)


def is_another_office(file: Path, db_path: Path) -> bool:
    """Whether the backup is of another office than the (possibly damaged) file at
    `db_path`, as far as its settings or its key slots tell (the recovery dialog asks)."""
    return store.another_office(store.read_backup_info(Path(file)), db_path)


def made_on_another_pc(file: Path, db_path: Path, key: bytes | None = None) -> str | None:
    """Whether the backup was made on another PC of the office than the file at `db_path`
    (storage/backup.made_on_another_pc); an encrypted file is read only with its `key`."""
    return store.made_on_another_pc(store.read_backup_info(Path(file)), db_path, key)


def _refuse_another_pc(file: Path, db_path: Path, key: bytes | None) -> None:
    name = made_on_another_pc(file, db_path, key)
    if name is not None:
        raise BackupError("another_pc", name)


def restore_file(file: Path, passphrase: str, db_path: Path,
                 other_office_confirmed: bool = False, other_pc_confirmed: bool = False,
                 key: bytes | None = None) -> Path | None:
    """Restore when no one can sign in (the database is damaged or missing), or from the
    command line.

    There is no actor to check: knowing the passphrase is what allows it. A backup of
    another office is refused ("another_office") unless the person confirmed it, and one
    made on another PC of the office ("another_pc") likewise. `key` opens the replaced
    file when it is encrypted and can still be unlocked: then the restore can also see
    whether a program has it open, and which PC it is.
    """
    if not other_office_confirmed and is_another_office(file, db_path):
        raise BackupError("another_office", store.read_backup_info(Path(file)).office_name)
    if not other_pc_confirmed:
        _refuse_another_pc(file, db_path, key)
    replaced = store.pcs_of(db_path, key)
    restored = store.restore_database(Path(file), passphrase, db_path, now=local_now(),
                                      key=key)
    _note_restore(db_path, None, Path(file), restored.key, replaced)
    return restored.aside


def _note_restore(db_path: Path, actor_id: uuid.UUID | None, file: Path,
                  key: bytes | None, replaced: tuple[str, ...] | None) -> None:
    """Write the restore into the restored database's own audit log (migrating it first
    when the backup was made by an older version), so the log says where its data came
    from; `replaced` is what storage/backup.pcs_of said of the file it replaced."""
    note_in_log(db_path, actor_id, "restore", file, key)
    _back_in_office(db_path, key, replaced)


def _back_in_office(db_path: Path, key: bytes | None, replaced: tuple[str, ...] | None) -> None:
    """A PC of an office of several PCs, restored from a backup, carries on as a new member
    at once when it reaches the exchange folder (exchange/restored.py): until then it gives
    out no numbers, which could repeat those it gave after the backup. Away from the folder,
    its first exchange does it.

    A copy of this very PC goes on under its id when nothing was sent after the backup.
    A copy that replaced another PC's file, or a file that could not be read (a new or
    repaired PC), always carries on as a new member: the PC it was made on may be at work."""
    store_db = open_database(f"sqlite:///{db_path}", key=key)
    try:
        me = membership(store_db)
        if me is None:
            return
        restored_pc.note_copy(store_db, me, replaced)
        try:
            exchange_folder.check_reachable(me.root)
            restored_pc.settle(store_db, me)
        except (BundleError, OSError) as exc:
            log.info("restored PC not yet back in its office: %s", exc)
    finally:
        store_db.dispose()


def check_before_copy(db_path: Path, key: bytes | None = None) -> dict[str, str]:
    """StorageEnvironmentError for a database file this program cannot open (a newer
    program's, one without its schema version, an empty file), before a copy of it is made
    and then cannot be noted in its log; `key` opens an encrypted file. A sound file gets
    its office id if it has none yet, so the copy names its office. Returns the exchange's
    marks as the copy will hold them (note_in_log records them once it is written)."""
    if not db_path.is_file():
        return {}  # the copy itself says the file is missing
    store_db = open_database(f"sqlite:///{db_path}", migrate=False, key=key)
    try:
        check_schema(store_db)
        with store_db.session() as s:  # the backup names its office, as the window's does
            ensure_office_id(s)
            return sent_marks(s.connection())
    finally:
        store_db.dispose()


def note_in_log(db_path: Path, actor_id: uuid.UUID | None, action: str, file: Path,
                key: bytes | None = None, sent: dict[str, str] | None = None) -> None:
    """An event of the command line (backup, restore) in the database's audit log; `key`
    opens an encrypted file; `sent`: the exchange's marks the backup holds
    (check_before_copy's), kept as the last backup's."""
    store_db = open_database(f"sqlite:///{db_path}", key=key)
    try:
        with store_db.session(actor_id) as s:
            audit.record(s, actor_id, action, "database", details={"backup": file.name})
            if action == "restore":
                mark_restored(s.connection())
            if sent is not None:
                backup_taken(s.connection(), sent)
    finally:
        store_db.dispose()


def configured_folder_of(db_path: Path) -> Path | None:
    """The backup folder a damaged database still remembers, if that part can be read."""
    text = store.read_setting(db_path, KEY_FOLDER)
    return Path(text) if text else None
