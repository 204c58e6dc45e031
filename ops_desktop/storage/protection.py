"""The store's protection as it must be: its triggers, and redactions only where allowed.

Whoever can write the file can drop a protecting trigger, or plant one of their own (a
`BEFORE INSERT ON audit_log … RAISE(IGNORE)` silently drops entries). At every start the
program compares the triggers with the set it creates (storage/triggers.py): missing ones
are created again, and what was missing or unknown is logged and written into the audit
chain; `ops-desktop verify` reports both (it opens the file read-only and repairs nothing).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from ops_desktop.storage import audit
from ops_desktop.storage.triggers import (
    _CREATE_0010,
    ANONYMISE,
    CREATE_TRIGGERS,
    PERSON_SEARCH_CREATE,
    SIGN,
)

log = logging.getLogger(__name__)

_NAME = re.compile(r"CREATE\s+(?:OR\s+REPLACE\s+)?TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)",
                   re.IGNORECASE)


def _names(statements: tuple[str, ...]) -> set[str]:
    return {m.group(1) for s in statements if (m := _NAME.search(s))}


def expected(dialect: str, is_protected: bool = True) -> set[str]:
    """The triggers the program creates (a file from before 0012_anchors: that era's set)."""
    created = CREATE_TRIGGERS if is_protected else _CREATE_0010
    names = _names(created.get(dialect, ()))
    if dialect == "sqlite":
        names |= _names(PERSON_SEARCH_CREATE)
    return names


def present(connection: Connection) -> set[str]:
    if connection.dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        sql = ("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
               "JOIN pg_namespace n ON n.oid = c.relnamespace "
               "WHERE NOT t.tgisinternal AND n.nspname = current_schema()")
    return {str(r[0]) for r in connection.execute(text(sql))}


@dataclass(frozen=True)
class TriggerReport:
    missing: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unknown


def check_triggers(connection: Connection, is_protected: bool = True) -> TriggerReport:
    want, have = expected(connection.dialect.name, is_protected), present(connection)
    return TriggerReport(missing=sorted(want - have), unknown=sorted(have - want))


def repair_triggers(connection: Connection) -> TriggerReport:
    """At start, in the caller's transaction: create missing triggers again, and write what
    was missing or unknown into the log (and the program's log file)."""
    report = check_triggers(connection)
    if report.ok:
        return report
    if report.missing:
        # Every statement is idempotent (IF NOT EXISTS, OR REPLACE): all run again.
        statements = CREATE_TRIGGERS.get(connection.dialect.name, ())
        if connection.dialect.name == "sqlite" and set(report.missing) & _names(
                PERSON_SEARCH_CREATE):
            statements += PERSON_SEARCH_CREATE
        for statement in statements:
            connection.execute(text(statement))
        log.warning("protection triggers were missing and were created again: %s",
                    ", ".join(report.missing))
    if report.unknown:
        log.warning("triggers the program does not create were found: %s",
                    ", ".join(report.unknown))
    audit.append_on(connection, [("protection", "database", None, None, audit.dumps(
        {"recreated": report.missing, "unknown": report.unknown}))])
    return report


# A redacted entry must be one retention may blank (storage/triggers.py): an entry of a
# person whose row is anonymised and whose anonymisation is in the chain, never a signing's.
_UNJUSTIFIED_REDACTIONS = text(f"""
    SELECT count(*) FROM audit_log e WHERE e.redacted_at IS NOT NULL AND (
        e.action = '{SIGN}'
        OR NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = e.person_id
                       AND p.anonymised_at IS NOT NULL)
        OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = '{ANONYMISE}'
                       AND a.person_id = e.person_id))
""")


def unjustified_redactions(connection: Connection) -> int:
    """How many entries were blanked without their person's anonymisation."""
    return int(connection.execute(_UNJUSTIFIED_REDACTIONS).scalar() or 0)
