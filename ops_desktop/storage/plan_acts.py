"""Signed contracts and programmes anchored in the audit chain, as signed decisions are.

A kontrakt socjalny (or its annex) and an individual programme or help plan are signed by the
person and the worker; from then on the store's triggers keep them (storage/triggers.py).
At signing the service writes an entry (action 'sign', entity the plan's table, entity_id its
id) with two SHA-256 hashes, as storage/acts.py does for a decision:

- "act": the columns nothing may change after the signing, and its actions' order,
  performers and dates – no personal data, so the entry is never redacted;
- "content": the narratives and the actions' texts, which only retention anonymisation may
  blank, once, to exactly the blank values.

`ops-desktop verify` recomputes both for every signed plan (`check_plans`). The entry may be
in this PC's own log or in another member's (exchange_member_audit): a plan signed on a
field laptop is checked on every PC once its log has arrived. A plan signed by a program
older than this check has no entry; it counts as signed before the protection when the log
holds its signing as a change of its status, and as signed outside the program otherwise.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, inspect, or_, select
from sqlalchemy.orm import Session

from ops_desktop.storage import audit
from ops_desktop.storage.models import (
    AuditRow,
    MemberAuditRow,
    PlanActionRow,
    ProgrammeRow,
    SocialContractRow,
)
from ops_desktop.storage.triggers import (
    CONTRACT_BLANK,
    CONTRACT_COLUMNS,
    PLAN_ACTION_BLANK,
    PROGRAMME_BLANK,
    PROGRAMME_COLUMNS,
    SIGN,
    SIGNED,
)

_actions: Table = PlanActionRow.__table__  # type: ignore[assignment]
_log: Table = AuditRow.__table__  # type: ignore[assignment]
_copies: Table = MemberAuditRow.__table__  # type: ignore[assignment]
# An action's columns that stay as signed, even through anonymisation.
_ACTION_KEPT = ("id", "position", "performer", "due_on", "deleted_at")


@dataclass(frozen=True)
class _Kind:
    table: Table
    kept: tuple[str, ...]  # never change once signed
    blank: Mapping[str, str]  # anonymisation's values for the narratives
    word: str  # how `verify` names one


def _kind(row: type, columns: tuple[str, ...], blank: Mapping[str, str], word: str) -> _Kind:
    table: Table = row.__table__  # type: ignore[attr-defined]
    return _Kind(table, tuple(c for c in columns if c not in blank), blank, word)


KINDS: dict[str, _Kind] = {
    "social_contracts": _kind(SocialContractRow, CONTRACT_COLUMNS, CONTRACT_BLANK, "kontrakt"),
    "programmes": _kind(ProgrammeRow, PROGRAMME_COLUMNS, PROGRAMME_BLANK, "program"),
}
# The ending is recorded once after the signing; it is not part of what was signed.
_NARRATIVES = {name: tuple(c for c in kind.blank if c != "end_note") for name, kind in KINDS.items()}


def _digest(value: Any) -> str:
    return hashlib.sha256(audit.dumps(value).encode("utf-8")).hexdigest()


def _plain(values: Mapping[str, Any], columns: Sequence[str]) -> dict[str, Any]:
    return {c: audit.json_value(values.get(c)) for c in columns}


def _action_rows(connection: Connection, plan_id: Any) -> list[Mapping[str, Any]]:
    return list(connection.execute(select(_actions).where(_actions.c.plan_id == plan_id)
                                   .order_by(_actions.c.position, _actions.c.id)).mappings())


def hashes(table: str, values: Mapping[str, Any], actions: Sequence[Mapping[str, Any]]
           ) -> dict[str, str]:
    """The plan's two hashes: what never changes, and what only anonymisation blanks."""
    kind = KINDS[table]
    return {
        "act": _digest({"plan": _plain(values, kind.kept),
                        "actions": [_plain(a, _ACTION_KEPT) for a in actions]}),
        "content": _digest({"plan": _plain(values, _NARRATIVES[table]),
                            "actions": [_plain(a, tuple(PLAN_ACTION_BLANK)) for a in actions]}),
    }


def record_plan_signing(session: Session, actor_id: uuid.UUID | None, table: str,
                        plan_id: uuid.UUID, person_id: uuid.UUID | None) -> None:
    """The signing's entry: call it after the flush that stored the signed plan."""
    connection = session.connection()
    kind = KINDS[table]
    values = connection.execute(select(kind.table).where(kind.table.c.id == plan_id)
                                ).mappings().one()
    audit.record(session, actor_id, SIGN, table, entity_id=str(plan_id), person_id=person_id,
                 details=hashes(table, values, _action_rows(connection, plan_id)))


# --- checking --------------------------------------------------------------------------


@dataclass
class PlansReport:
    checked: int = 0  # signed plans compared with their signing entries
    before_protection: int = 0  # signed by an older program: its log has the status change
    altered: list[str] = field(default_factory=list)  # differs from its signing
    unsigned: list[str] = field(default_factory=list)  # signed with no trace in any log

    @property
    def ok(self) -> bool:
        return not (self.altered or self.unsigned)


def _entries(connection: Connection, table: str) -> tuple[dict[str, list[Any]], set[str]]:
    """The signing entries by plan, and the plans whose status changed in a log (own or a
    member's copy)."""
    signings: dict[str, list[Any]] = {}
    changed: set[str] = set()
    sources = [_log]
    if inspect(connection).has_table(_copies.name):
        sources.append(_copies)
    for log in sources:
        rows = connection.execute(select(log.c.action, log.c.entity_id, log.c.changes).where(
            log.c.entity == table, or_(log.c.action == SIGN, log.c.action == audit.UPDATE)))
        for action, entity_id, changes in rows:
            if entity_id is None:
                continue
            if action == SIGN:
                signings.setdefault(str(entity_id), []).append(_loads(changes))
            elif changes is None or '"status"' in changes:  # a redacted one may have been it
                changed.add(str(entity_id))
    return signings, changed


def _loads(changes: str | None) -> Any:
    try:
        return json.loads(changes) if changes is not None else None
    except ValueError:
        return None


def _blanked(table: str, values: Mapping[str, Any], actions: Sequence[Mapping[str, Any]]
             ) -> bool:
    kind = KINDS[table]
    return all(values.get(c) == v for c, v in kind.blank.items()) and all(
        a.get(c) == v for a in actions for c, v in PLAN_ACTION_BLANK.items())


def _matches(table: str, values: Mapping[str, Any], actions: Sequence[Mapping[str, Any]],
             details: Any) -> bool:
    if not isinstance(details, dict):
        return False
    now = hashes(table, values, actions)
    if now["act"] != details.get("act"):
        return False
    if values.get("anonymised_at") is not None:
        return _blanked(table, values, actions)
    return now["content"] == details.get("content")


def check_plans(connection: Connection) -> PlansReport:
    """Every signed contract and programme against its signing entry."""
    report = PlansReport()
    for table, kind in KINDS.items():
        if not inspect(connection).has_table(table):
            continue
        signings, changed = _entries(connection, table)
        for values in connection.execute(select(kind.table).where(
                kind.table.c.status == SIGNED)).mappings():
            key = f"{kind.word} {values['id']}"
            entries = signings.get(str(values["id"]))
            if entries is None:
                if str(values["id"]) in changed:
                    report.before_protection += 1
                else:
                    report.unsigned.append(key)
                continue
            report.checked += 1
            actions = _action_rows(connection, values["id"])
            if not any(_matches(table, values, actions, d) for d in entries):
                report.altered.append(key)
    return report
