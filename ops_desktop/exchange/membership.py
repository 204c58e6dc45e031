"""Sharing the office from the first PC, and joining it from every other PC.

The invitation is an encrypted backup of the sharing PC's database (storage/backup.py: the
same AES-256-GCM file, checked after it is written) whose passphrase is a random code shown
once. The database inside already holds the office's id, its key and the exchange folder,
so the joining PC restores it, becomes a new member with its own id and code, and from then
on only changes travel.

An office encrypted at rest shares its SQLCipher file as it is: the invitation carries the
office's key slots and its database key sealed by the invitation's code (storage/
backup_file.py), and the joining PC's file is the same encrypted file with the same slots,
so the office's people sign in on it with their own passwords.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import os
import secrets
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from collections.abc import Callable
from pathlib import Path

from ops_desktop.domain.ids import new_id
from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.audit_trail import start_marks
from ops_desktop.exchange.bundle import BundleError
from ops_desktop.exchange.keys import new_member_keys
from ops_desktop.exchange.pruning import complete, invitation_floor, marks
from ops_desktop.exchange.sync import (
    APPLIED_PREFIX,
    CONTINUES,
    EXCHANGE_DIR,
    EXPORTED,
    MEMBER_CODE,
    MEMBER_ID,
    MEMBER_NAME,
    OFFICE_ID,
    OFFICE_KEY,
    membership,
)
from ops_desktop.storage import backup
from ops_desktop.storage.audit_copies import last_own_seq
from ops_desktop.storage.backup_settings import ensure_office_id
from ops_desktop.storage.change_feed import (
    FORMER_MEMBERS,
    REPLACED_MEMBERS,
    RESTORED_ELSEWHERE,
    RESTORED_OUTBOX,
    forget_backup_marks,
    forget_membership,
    last_outbox_seq,
    put_state,
    read_state,
)
from ops_desktop.storage.database import Database, open_database
from ops_desktop.storage.exchange_upkeep import drop_state
from ops_desktop.storage.models import OfficeMemberRow
from ops_desktop.storage.replica import forget_local_copy, removed_members

# 20 characters of an alphabet without look-alikes (0/O, 1/I/L): 100 bits, typed in groups.
_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_GROUPS, _GROUP = 4, 5
MAX_NAME = 80


def new_code() -> str:
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(_GROUP))
                    for _ in range(_GROUPS))


def normalise_code(code: str) -> str:
    """What was typed, as written: case and spaces do not matter."""
    return code.strip().upper().replace(" ", "")


@contextlib.contextmanager
def _as_exchange_error() -> Iterator[None]:
    """The backup file's errors (a wrong code, a damaged invitation) as the exchange's."""
    try:
        yield
    except backup.BackupError as exc:
        raise BundleError(exc.code, exc.detail) from exc


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise BundleError("invalid_name", name[:MAX_NAME])
    return name


def _add_member(db: Database, member: str, name: str, code: int,
                public: dict[str, str]) -> None:
    forget_membership(db.engine)
    with db.session() as s:
        s.add(OfficeMemberRow(id=uuid.UUID(member), name=name, code=code, **public))


def share(db: Database, root: Path, name: str, invitation: Path, now: dt.datetime) -> str:
    """Make this PC the first member of a new office; returns the invitation's code."""
    name = _check_name(name)
    if db.file is None:
        raise BundleError("not_a_file_database")
    if membership(db) is not None:
        raise BundleError("already_member")
    exchange_folder.check_reachable(root)
    # The program open on this PC would not know it became a member and its changes
    # would not travel: sharing waits until it is closed.
    db.engine.dispose()
    with _as_exchange_error():
        backup.refuse_if_in_use(db.file, db.key)
    with db.session() as s:  # every PC's backups then name the same office
        ensure_office_id(s)
    member, office = str(new_id()), str(new_id())
    exchange_folder.claim_code(root, member, wanted=1)
    with db.session() as s:
        put_state(s.connection(), {
            OFFICE_ID: office, OFFICE_KEY: base64.b64encode(secrets.token_bytes(32)).decode(),
            MEMBER_ID: member, MEMBER_CODE: "1", MEMBER_NAME: name,
            EXCHANGE_DIR: str(root.resolve()), EXPORTED: "0"})
    private, public = new_member_keys()
    _add_member(db, member, name, 1, public)
    with db.session() as s:
        connection = s.connection()
        put_state(connection, start_marks(last_own_seq(connection), None))
        # A PC joining with this invitation needs every file after the copy's marks.
        put_state(connection, invitation_floor(read_state(connection), member,
                                               last_outbox_seq(connection),
                                               last_own_seq(connection)))
    code = new_code()
    with _as_exchange_error():
        write_invitation(db.file, invitation, code, now, db.key)
    # Kept out of the invitation: whoever reads it must not be able to unwrap the office
    # keys handed to this PC later.
    with db.session() as s:
        put_state(s.connection(), private)
    return code


def write_invitation(db_file: Path, invitation: Path, code: str, now: dt.datetime,
                     key: bytes | None = None) -> None:
    """The whole database as a checked, encrypted backup named `invitation`; `key` is the
    database's key when the office is encrypted at rest."""
    work = Path(tempfile.mkdtemp(dir=invitation.parent, prefix=".ops-invitation-"))
    try:
        info = backup.write_backup(db_file, work, code, now, key=key)
        os.replace(info.file, invitation)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def join(invitation: Path, code: str, db_file: Path, name: str, root: Path | None,
         check: Callable[[Database], None] | None = None) -> Database:
    """Restore the office from the invitation into a new database file as a new member;
    the returned store is open with the office's key when the office is encrypted at rest
    (its key slots are written beside the file). `check` reads the restored copy before
    anything is claimed in the exchange folder; what it raises refuses the join."""
    name = _check_name(name)
    if db_file.exists():
        raise BundleError("database_exists", str(db_file))
    with _as_exchange_error():
        restored = backup.restore_database(invitation, normalise_code(code), db_file)
    db = open_database(f"sqlite:///{db_file}", key=restored.key)
    if check is not None:
        try:
            check(db)
        except BaseException:
            db.dispose()
            raise
    forget_membership(db.engine)
    with db.session() as s:
        connection = s.connection()
        state = read_state(connection)
        if MEMBER_ID not in state:
            raise BundleError("not_an_invitation")
        folder = root or Path(state[EXCHANGE_DIR])
        exchange_folder.check_reachable(folder)
        member = str(new_id())
        number = exchange_folder.claim_code(folder, member)
        # The copy holds everything the sharing PC had written: its changes up to here
        # never need applying again. Its outbox and refusals are its own, not this PC's.
        applied = last_outbox_seq(connection)
        forget_local_copy(s)
        forget_backup_marks(connection)
        # What the sharing PC continued from is its past, not this PC's; so is a restore
        # of the sharing PC not yet settled with the folder (exchange/restored.py): read
        # here, it would make this PC carry on as the sharing one and close its entry.
        drop_state(connection, [CONTINUES, FORMER_MEMBERS, RESTORED_OUTBOX,
                                RESTORED_ELSEWHERE, REPLACED_MEMBERS])
        private, public = new_member_keys()
        put_state(connection, private | {
            MEMBER_ID: member, MEMBER_CODE: str(number), MEMBER_NAME: name,
            EXCHANGE_DIR: str(folder.resolve()), EXPORTED: "0",
            APPLIED_PREFIX + state[MEMBER_ID]: str(applied)}
            | start_marks(last_own_seq(connection), state[MEMBER_ID]))
        if not complete(folder, marks(read_state(connection)), removed_members(s) - {member}):
            # Files the copy needs were deleted since (exchange/pruning.py): no partial copy.
            raise BundleError("invitation_outdated", str(invitation))
    _add_member(db, member, name, number, public)
    return db
