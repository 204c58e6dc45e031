"""A read-only check of a database file: SQLite's integrity check and the audit chain.

For `ops-desktop verify` (the command line stays free of SQLAlchemy). The file is opened
read-only and never migrated, so checking it cannot change it; a database on a server has
its chain checked in a read-only transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ops_desktop.storage.acts import ActsReport, check_acts, protected
from ops_desktop.storage.plan_acts import PlansReport, check_plans
from ops_desktop.storage.anchors import (
    AnchorBreak,
    Head,
    check_anchor,
    holds_data,
    parse_head,
)
from ops_desktop.storage.audit import ChainReport, verify_chain
from ops_desktop.storage.audit_copies import verify_copies
from ops_desktop.storage import cipher
from ops_desktop.storage.database import read_only_uri
from ops_desktop.storage.protection import (
    TriggerReport,
    check_triggers,
    unjustified_redactions,
)


# What the command line reads of the reports, through this module only.
__all__ = ["ActsReport", "AnchorBreak", "FileCheck", "Head", "StoreCheck", "TriggerReport",
           "UnreadableFile", "check_file", "check_server", "parse_head", "shown_url"]


@dataclass(frozen=True)
class StoreCheck:
    """What `verify` checks beyond the file's pages, on a file and a server alike."""

    chain: ChainReport
    acts: ActsReport  # every signed act against its signing entry (storage/acts.py)
    triggers: TriggerReport  # the protecting triggers: missing and unknown ones
    empty_with_data: bool  # the whole log is gone from a store holding persons or decisions
    unjustified_redactions: int  # entries blanked without their person's anonymisation
    anchor: AnchorBreak | None = None  # how the chain fails to extend the given head
    # every signed contract and programme against its signing entry (storage/plan_acts.py)
    plans: PlansReport = field(default_factory=PlansReport)

    @property
    def ok(self) -> bool:
        return (self.chain.ok and self.acts.ok and self.plans.ok and self.triggers.ok and not self.empty_with_data
                and not self.unjustified_redactions and self.anchor is None)


@dataclass(frozen=True)
class FileCheck:
    problems: list[str]  # PRAGMA integrity_check's lines: ["ok"] when the file is sound
    store: StoreCheck
    # The chains of the office's other PCs as this PC holds them, by PC name and number
    # (empty on a PC that is not a member of an office).
    members: dict[str, ChainReport]

    @property
    def chain(self) -> ChainReport:
        return self.store.chain


def check_store(conn: Connection, anchor: Head | None = None) -> StoreCheck:
    chain = verify_chain(conn)
    is_protected = protected(conn)
    return StoreCheck(
        chain=chain, acts=check_acts(conn), triggers=check_triggers(conn, is_protected),
        empty_with_data=chain.last_seq is None and holds_data(conn),
        unjustified_redactions=unjustified_redactions(conn),
        anchor=None if anchor is None else check_anchor(conn, anchor), plans=check_plans(conn))


class UnreadableFile(Exception):
    """The file is not a database of the program (or not a database at all)."""

    def __init__(self, cause: str) -> None:
        super().__init__(cause)
        self.cause = cause
        # A database without the audit log: another program's, or one from before the log.
        self.no_audit_log = "no such table" in cause


def check_file(path: Path, anchor: Head | None = None, key: bytes | None = None) -> FileCheck:
    """PRAGMA integrity_check, the chains, the signed acts and the triggers, on one
    read-only connection to `path`; `anchor`: a head the chain must extend; `key`: the key
    of an encrypted file (storage/cipher.py)."""
    uri = read_only_uri(path)
    engine = create_engine("sqlite://", creator=lambda: cipher.connect(uri, key, uri=True))
    try:
        with engine.connect() as conn:
            problems = [str(r[0]) for r in conn.execute(text("PRAGMA integrity_check"))]
            return FileCheck(problems, check_store(conn, anchor), _member_chains(conn))
    except DBAPIError as exc:
        raise UnreadableFile(str(exc.orig) if exc.orig is not None else str(exc)) from exc
    finally:
        engine.dispose()


def _member_chains(conn: Connection) -> dict[str, ChainReport]:
    if not inspect(conn).has_table("exchange_member_audit"):
        return {}
    names = {str(r[0]): f"nr {r[2]} „{r[1]}”" for r in conn.execute(
        text("SELECT id, name, code FROM office_members"))}
    return {names.get(uuid.UUID(m).hex, names.get(m, m)): report
            for m, report in verify_copies(conn).items()}


def check_server(url: str, anchor: Head | None = None) -> StoreCheck:
    """The checks of a database on a PostgreSQL server, in a read-only transaction (the
    file checks do not apply: the server keeps its own pages)."""
    engine = create_engine(url, connect_args={"options": "-c default_transaction_read_only=on"})
    try:
        with engine.connect() as conn:
            return check_store(conn, anchor)
    except DBAPIError as exc:
        raise UnreadableFile(str(exc.orig) if exc.orig is not None else str(exc)) from exc
    finally:
        engine.dispose()


def shown_url(url: str) -> str:
    """A database URL as it may be shown on screen: without its password."""
    return make_url(url).render_as_string(hide_password=True)
