"""The office's PCs exchanging changes: share, join, one round of exchange, the digest."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ops_desktop.domain.clock import wall_now
from ops_desktop.domain.errors import NotFound, SignInRefused
from ops_desktop.domain.permissions import Permission
from ops_desktop.exchange import membership as office_membership
from ops_desktop.exchange.bundle import BundleError, is_damaged
from ops_desktop.exchange.folder import ExchangeFolderError, check_reachable
from ops_desktop.exchange.invitation import invite as new_invitation
from ops_desktop.exchange.keys import rotate
from ops_desktop.exchange.membership import MAX_NAME
from ops_desktop.exchange.relay import foreign_office, mirror
from ops_desktop.exchange.rounds import POLL_SECONDS, run_round, send_waiting
from ops_desktop.exchange.sync import (
    LAST_EXCHANGE,
    RELAY_DIR,
    Problem,
    RoundReport,
    heard_from,
    membership,
    remember,
    state,
    waiting,
)
from ops_desktop.services import store_access
from ops_desktop.services.accounts import AccountService, SignedIn
from ops_desktop.services.context import Actor, require
from ops_desktop.services.exchange_inbox import ExchangeInboxService
from ops_desktop.services.key_upkeep import KeyUpkeep
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import replica
from ops_desktop.storage.database import Database, open_database
from ops_desktop.storage.key_slots import lock_file, slots_file

__all__ = ["MAX_NAME", "POLL_SECONDS", "BundleError", "ConflictView", "ExchangeFolderError",
           "ExchangeService", "ExchangeStatus", "MemberSeen", "NotFound", "Problem",
           "RoundReport"]


@dataclass(frozen=True)
class ConflictView:
    """Two PCs changed one field while apart: what every PC now holds and what lost."""

    id: uuid.UUID
    table: str
    row_id: str
    field: str
    kept_value: str | None  # JSON of the value
    kept_author: uuid.UUID | None
    kept_stamp: str
    lost_value: str | None
    lost_author: uuid.UUID | None
    lost_stamp: str


# A PC not heard from for this long is named in the status (a field laptop may be away
# for weeks; the coordinator should know which one).
SILENT_AFTER = dt.timedelta(days=3)


@dataclass(frozen=True)
class MemberSeen:
    """Another PC of the office and when it last wrote into the folder (UTC)."""

    name: str
    code: int
    last_heard: dt.datetime | None  # None: nothing from it yet, or the folder is away
    silent: bool
    member: str = ""  # its member id (a refused file names the PC by it)


@dataclass(frozen=True)
class ExchangeStatus:
    member_name: str
    member_code: int
    folder: Path
    last_exchange: dt.datetime | None  # UTC
    waiting: int  # this PC's changes not yet in the folder
    open_conflicts: int
    quarantined: int
    others: tuple[MemberSeen, ...]


def _password_opens(copy: Database, login: str, password: str | None) -> None:
    """A join refused before it claims anything when the joining person's password is not
    their office account's."""
    if not AccountService(copy, OfficeService(copy)).password_opens(login, password or ""):
        raise SignInRefused("bad_credentials")


class ExchangeService:
    def __init__(self, db: Database) -> None:
        self.db = db
        # Who signed in while this PC joined (join_in_place with a login): the window goes
        # on as them instead of asking again.
        self.joined_as: SignedIn | None = None

    @classmethod
    def open(cls, url: str, key: bytes | None = None) -> ExchangeService:
        """`key` opens an encrypted file (services/store_access.py says where it comes from)."""
        return cls(open_database(url, key=key))

    def close(self) -> None:
        self.db.dispose()

    def share(self, folder: Path, name: str, invitation: Path,
              actor: Actor | None = None) -> str:
        """This PC becomes the office's first member; the code for the invitation.
        `actor` None: the command line on the office's PC (the program closed).

        From inside the running program (the administrator's panel) this is called on the
        program's own open Database: membership.share closes the pool's idle connections,
        checks that no *other* program still has the file open (it refuses then), and
        forgets the engine's cached "standalone" answer when it records the membership, so
        from the next write on this program's changes are captured and travel. The window
        calls it on the GUI thread so that nothing of its own reopens a connection while
        that happens."""
        if actor is not None:
            require(actor, Permission.MANAGE_SETTINGS)
        return office_membership.share(self.db, folder, name, invitation,
                                       wall_now())

    def invite(self, invitation: Path, actor: Actor | None = None) -> str:
        """A new invitation to this PC's office, a copy of its store as it is now; the code.
        From then on the office keeps only the files a PC joining with it needs."""
        if actor is not None:
            require(actor, Permission.MANAGE_SETTINGS)
        return new_invitation(self.db, invitation, wall_now())

    def is_member(self) -> bool:
        """This PC belongs to an office (a cheap read: the window asks it at start)."""
        return membership(self.db) is not None

    @classmethod
    def join(cls, invitation: Path, code: str, db_file: Path, name: str,
             folder: Path | None = None) -> ExchangeService:
        joined = cls(office_membership.join(invitation, code, db_file, name, folder))
        store_access.drop_other_pcs_slots(db_file)  # the sharing PC's keyring slots
        return joined

    @classmethod
    def join_in_place(cls, empty: Database, invitation: Path, code: str, name: str,
                      folder: Path | None = None, login: str | None = None,
                      password: str | None = None) -> ExchangeService:
        """Join at the program's first start, into the file the program already opened.

        The program opens (creates and migrates) its database before anyone chooses
        anything, so at the set-up wizard an empty store already exists at the path, and
        membership.join refuses an existing file. The join goes into a new file beside it;
        only when it succeeded are both closed and the joined file put in the empty one's
        place, so a wrong code or a damaged invitation leaves the first start as it was.
        `empty` is closed afterwards; the returned service is open on the same path, with
        the office's key when the office is encrypted at rest: the joined file's key slots
        (the invitation's) replace the empty store's beside it.

        With `login` and `password`, that person signs in to the office's copy before
        anything replaces the empty store (a wrong password leaves the first start as it
        was), and the returned service's `joined_as` is their sign-in. A still-plain office's
        copy is encrypted here with the empty store's key: their slot is written with it, so
        this PC's file opens at its next start even if the program is closed before anyone
        signs in again – without one, that file would open for nobody and the next start
        would take it for a set-up never finished and make a new one."""
        path = empty.file
        if path is None:
            raise BundleError("not_a_file_database")
        if OfficeService(empty).users():
            raise BundleError("database_exists", str(path))
        work = path.with_name(f".{path.stem}-joining-{secrets.token_hex(4)}{path.suffix}")
        try:
            joined = office_membership.join(
                invitation, code, work, name, folder,
                None if login is None else lambda copy: _password_opens(copy, login, password))
            store_access.drop_other_pcs_slots(work)  # the sharing PC's keyring slots
        except BaseException:
            _remove_database_file(work)
            raise
        joined.checkpoint()  # everything in the file itself before it moves
        joined.dispose()
        empty.dispose()
        key = joined.key
        if key is None and empty.key is not None:
            # A still-plain office: its copy is encrypted with the empty store's key, whose
            # slot file stays, so this PC's file is never plain (store_access).
            try:
                store_access.encrypt_joined_copy(work, empty.key)
                if login is not None:
                    store_access.add_password_slot(path, empty.key, login, password or "")
            except BaseException:
                _remove_database_file(work)
                raise
            key = empty.key
            _remove_database_file(path, keep_slots=True)
        else:
            _remove_database_file(path)
            # The slots first: the joined file never stands at the path without its own
            # slots (a crash in between leaves no database there: a first start again).
            _move_slots(work, path)
        os.replace(work, path)
        for suffix in ("-wal", "-shm"):
            side = work.with_name(work.name + suffix)
            if side.exists():
                os.replace(side, path.with_name(path.name + suffix))
        lock_file(work).unlink(missing_ok=True)  # nobody else knows the work file's name
        service = cls(open_database(empty.url, key=key))
        if login is not None:  # the sign-in itself, audited as this PC's and its slot settled
            try:
                service.joined_as = AccountService(service.db, OfficeService(service.db)
                                                   ).sign_in(login, password or "")
            except SignInRefused:  # locked on another PC meanwhile: the sign-in dialog says it
                service.joined_as = None
        return service

    def sync(self) -> RoundReport:
        report = run_round(self.db, dt.datetime.now(dt.UTC).replace(tzinfo=None))
        # Passwords set and accounts switched off on other PCs reach this PC's key slots.
        KeyUpkeep(self.db).reconcile_quietly()
        return report

    def send(self) -> int:
        """This PC's waiting changes into the folder at once (after a write), without a
        whole round; how many went."""
        return send_waiting(self.db)

    def digest(self) -> str:
        with self.db.session() as s:
            return replica.digest(s)

    def status(self) -> ExchangeStatus | None:
        me = membership(self.db)
        if me is None:
            return None
        with self.db.session() as s:
            conflicts = len(replica.conflicts(s))
            refused = len(replica.quarantined(s))
            known = [(str(m.id), m.name, m.code, m.created_at) for m in replica.members(s)]
        try:
            heard = heard_from(me)
        except (OSError, ExchangeFolderError):
            heard = {}
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        # Silent: nothing from it for three days – counted from when it joined the office
        # while it has written nothing yet (a PC that just shared is not days overdue).
        others = tuple(MemberSeen(name, code, heard.get(member),
                                  now - (heard.get(member) or joined) > SILENT_AFTER,
                                  member)
                       for member, name, code, joined in known if member != me.member)
        last = state(self.db).get(LAST_EXCHANGE)
        return ExchangeStatus(me.name, me.code, me.root,
                              dt.datetime.fromisoformat(last) if last else None,
                              waiting(self.db), conflicts, refused, others)

    def conflicts(self, actor: Actor) -> list[ConflictView]:
        """Open conflict entries, oldest first, for the coordinator."""
        require(actor, Permission.OVERSEE_TEAMS)
        with self.db.session(actor.user_id) as s:
            return [ConflictView(c.id, c.table_name, c.row_id, c.field, c.kept_value,
                                 c.kept_author, c.kept_stamp, c.lost_value, c.lost_author,
                                 c.lost_stamp) for c in replica.conflicts(s)]

    def take_lost_value(self, actor: Actor, conflict_id: uuid.UUID) -> None:
        """One click: the value that lost becomes the field's value on every PC."""
        ExchangeInboxService(self.db).take_lost_value(actor, conflict_id)

    def dismiss_conflict(self, actor: Actor, conflict_id: uuid.UUID) -> None:
        """Leave the value every PC holds; the entry closes on every PC."""
        ExchangeInboxService(self.db).dismiss_conflict(actor, conflict_id)

    def relay(self, other: Path, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> tuple[int, int]:
        """Copy the office's files between this PC's exchange folder and `other` (a USB
        stick), both ways; (files to the stick, files from it).

        No permission is asked: any signed-in worker of the PC may relay (a social worker
        back from the field is no administrator). The relay carries sealed files as they
        are and opens none of them; what they hold is applied by the round, with its own
        checks. A stick of another office is refused before anything is copied: its files
        would only be refused by every PC, and this office's files have no business there.
        `progress` and `cancelled` as in exchange/relay.py mirror."""
        me = membership(self.db)
        if me is None:
            raise BundleError("not_a_member")
        check_reachable(me.root)
        if not other.is_dir():
            raise ExchangeFolderError("stick_unreachable", str(other))
        if _same_folder(other, me.root):
            raise BundleError("same_folder", str(other))
        try:
            if foreign_office(other, me.office):
                raise BundleError("foreign_office", str(other))
            counts = mirror(me.root, other,
                            lambda data: is_damaged(data, me.opening_keys, me.office,
                                                       me.makers),
                            progress, cancelled)
        except OSError as exc:  # a stick pulled out, a share gone away while copying
            raise ExchangeFolderError("relay_cut", str(exc)) from exc
        remember(self.db, {RELAY_DIR: str(other)})
        return counts

    def last_relay_folder(self) -> Path | None:
        """The folder this PC last relayed with (a stick's drive may differ next time)."""
        folder = state(self.db).get(RELAY_DIR)
        return Path(folder) if folder else None

    def remove_member(self, code: int, actor: Actor | None = None) -> int:
        """The administrator removes a PC (lost, stolen, retired): the others stop reading
        its files, and a new office key, which the removed PC never gets, seals every file
        written from now on (exchange/keys.py); returns the key's generation. The folder
        must be reachable: the new key is handed out through it. `actor` None: the command
        line on the office's PC."""
        if actor is not None:
            require(actor, Permission.MANAGE_SETTINGS)
        me = membership(self.db)
        if me is None:
            raise BundleError("not_a_member")
        if code == me.code:
            raise BundleError("cannot_remove_self")
        check_reachable(me.root)
        with self.db.session(None if actor is None else actor.user_id) as s:
            if not replica.remove_member(s, code):
                raise NotFound("member", code)
        return rotate(self.db)


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def _move_slots(source: Path, target: Path) -> None:
    """The key slots of the database `source` become those of `target` (none for a plain
    office: the empty store's would open nothing)."""
    slots, replaced = slots_file(source), slots_file(target)
    if slots.exists():
        os.replace(slots, replaced)
    else:
        replaced.unlink(missing_ok=True)


def _remove_database_file(path: Path, keep_slots: bool = False) -> None:
    """A database file with its write-ahead log, shared-memory index and key slots (unless
    `keep_slots`), if present."""
    companions = [path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                  lock_file(path)]
    for file in [path, *companions, *([] if keep_slots else [slots_file(path)])]:
        try:
            file.unlink(missing_ok=True)
        except OSError:  # still open elsewhere: left behind, harmless beside the store
            pass
