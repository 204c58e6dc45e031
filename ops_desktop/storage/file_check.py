"""A read-only check of a database file: SQLite's integrity check and the audit chain.

For `ops-desktop verify` (the command line stays free of SQLAlchemy). The file is opened
read-only and never migrated, so checking it cannot change it; a database on a server has
its chain checked in a read-only transaction.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ops_desktop.storage.audit import ChainReport, verify_chain
from ops_desktop.storage.audit_copies import verify_copies
from ops_desktop.storage.database import read_only_uri


@dataclass(frozen=True)
class FileCheck:
    problems: list[str]  # PRAGMA integrity_check's lines: ["ok"] when the file is sound
    chain: ChainReport
    # The chains of the office's other PCs as this PC holds them, by PC name and number
    # (empty on a PC that is not a member of an office).
    members: dict[str, ChainReport]


class UnreadableFile(Exception):
    """The file is not a database of the program (or not a database at all)."""

    def __init__(self, cause: str) -> None:
        super().__init__(cause)
        self.cause = cause
        # A database without the audit log: another program's, or one from before the log.
        self.no_audit_log = "no such table" in cause


def check_file(path: Path) -> FileCheck:
    """PRAGMA integrity_check and the chains, on one read-only connection to `path`."""
    uri = read_only_uri(path)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        with engine.connect() as conn:
            problems = [str(r[0]) for r in conn.execute(text("PRAGMA integrity_check"))]
            return FileCheck(problems, verify_chain(conn), _member_chains(conn))
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


def check_server(url: str) -> ChainReport:
    """The audit chain of a database on a PostgreSQL server, in a read-only transaction (the
    file checks do not apply: the server keeps its own pages)."""
    engine = create_engine(url, connect_args={"options": "-c default_transaction_read_only=on"})
    try:
        with engine.connect() as conn:
            return verify_chain(conn)
    except DBAPIError as exc:
        raise UnreadableFile(str(exc.orig) if exc.orig is not None else str(exc)) from exc
    finally:
        engine.dispose()


def shown_url(url: str) -> str:
    """A database URL as it may be shown on screen: without its password."""
    return make_url(url).render_as_string(hide_password=True)
