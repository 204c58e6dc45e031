"""The office's PCs exchanging changes: share, join, one round of exchange, the digest."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from ops_desktop.domain.errors import NotFound
from ops_desktop.domain.permissions import Permission
from ops_desktop.exchange import membership as office_membership
from ops_desktop.exchange.bundle import BundleError
from ops_desktop.exchange.folder import ExchangeFolderError
from ops_desktop.exchange.relay import mirror
from ops_desktop.exchange.rounds import POLL_SECONDS, run_round, send_waiting
from ops_desktop.exchange.sync import (
    LAST_EXCHANGE,
    RoundReport,
    heard_from,
    membership,
    state,
    waiting,
)
from ops_desktop.services.context import Actor, require
from ops_desktop.storage import replica
from ops_desktop.storage.database import Database, open_database

__all__ = ["POLL_SECONDS", "BundleError", "ConflictView", "ExchangeService", "ExchangeStatus",
           "MemberSeen", "NotFound", "RoundReport"]


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


class ExchangeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, url: str) -> ExchangeService:
        return cls(open_database(url))

    def close(self) -> None:
        self.db.dispose()

    def share(self, folder: Path, name: str, invitation: Path) -> str:
        """This PC becomes the office's first member; the code for the invitation."""
        return office_membership.share(self.db, folder, name, invitation,
                                       dt.datetime.now())

    @classmethod
    def join(cls, invitation: Path, code: str, db_file: Path, name: str,
             folder: Path | None = None) -> ExchangeService:
        return cls(office_membership.join(invitation, code, db_file, name, folder))

    def sync(self) -> RoundReport:
        return run_round(self.db, dt.datetime.now(dt.UTC).replace(tzinfo=None))

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
            known = [(str(m.id), m.name, m.code) for m in replica.members(s)]
        try:
            heard = heard_from(me)
        except (OSError, ExchangeFolderError):
            heard = {}
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        others = tuple(MemberSeen(name, code, heard.get(member),
                                  heard.get(member) is None
                                  or now - heard[member] > SILENT_AFTER)  # type: ignore[operator]
                       for member, name, code in known if member != me.member)
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
        require(actor, Permission.OVERSEE_TEAMS)
        with self.db.session(actor.user_id) as s:
            if not replica.take_lost_value(s, conflict_id, actor.user_id):
                raise NotFound("conflict", conflict_id)

    def relay(self, other: Path) -> tuple[int, int]:
        """Copy the office's files between this PC's exchange folder and `other` (a USB
        stick), both ways; (files to the stick, files from it)."""
        me = membership(self.db)
        if me is None:
            raise BundleError("not_a_member")
        return mirror(me.root, other)

    def remove_member(self, code: int, actor: Actor | None = None) -> None:
        """The administrator removes a PC (lost, stolen, retired): the others stop reading
        its files. `actor` None: the command line on the office's PC."""
        if actor is not None:
            require(actor, Permission.MANAGE_SETTINGS)
        me = membership(self.db)
        if me is None:
            raise BundleError("not_a_member")
        if code == me.code:
            raise BundleError("cannot_remove_self")
        with self.db.session(None if actor is None else actor.user_id) as s:
            if not replica.remove_member(s, code):
                raise NotFound("member", code)
