"""The office's PCs exchanging changes: share, join, one round of exchange, the digest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ops_desktop.exchange import membership as office_membership
from ops_desktop.exchange.bundle import BundleError
from ops_desktop.exchange.sync import RoundReport, membership, run_round, waiting
from ops_desktop.storage import replica
from ops_desktop.storage.database import Database, open_database

__all__ = ["BundleError", "ExchangeService", "ExchangeStatus", "RoundReport"]


@dataclass(frozen=True)
class ExchangeStatus:
    member_name: str
    member_code: int
    folder: Path
    waiting: int
    open_conflicts: int
    quarantined: int


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
        return ExchangeStatus(me.name, me.code, me.root, waiting(self.db), conflicts, refused)
