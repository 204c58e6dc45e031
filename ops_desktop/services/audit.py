"""The audit log as the data-protection officer reads it: filter, look at an entry, check the chain.

Only READ_AUDIT_LOG opens the log. The auditor cannot search persons, so a PESEL typed into
the filter is matched inside the query: the answer is which entries concern that person,
never the person's data beyond what the entries themselves hold.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ops_desktop.domain.permissions import Permission
from ops_desktop.services.context import Actor, require
from ops_desktop.services.mapping import local_time
from ops_desktop.storage import audit as log
from ops_desktop.storage.audit import ACTIONS, CHANGE_ACTIONS, Break, ChainReport
from ops_desktop.storage.database import Database
from ops_desktop.storage.models import AuditRow

__all__ = ["ACTIONS", "AuditEntryView", "AuditService", "Break", "ChainReport", "FieldChange"]


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditEntryView:
    seq: int
    at: dt.datetime  # on the office's clock
    actor_id: uuid.UUID | None
    actor_name: str  # empty for the program itself (no one signed in)
    action: str
    entity: str
    entity_id: str | None
    person_id: uuid.UUID | None
    changes: tuple[FieldChange, ...]  # a change entry: each field before and after
    details: tuple[tuple[str, Any], ...]  # an event entry: what else was noted
    redacted_at: dt.datetime | None  # the changes were blanked by retention anonymisation

    @property
    def is_change(self) -> bool:
        return self.action in CHANGE_ACTIONS


def _parse(action: str, text: str | None) -> tuple[tuple[FieldChange, ...], tuple[tuple[str, Any], ...]]:
    if text is None:
        return (), ()
    try:
        data = json.loads(text)
    except ValueError:
        return (), (("?", text),)  # the chain check says whether it was tampered with
    if not isinstance(data, dict):
        return (), (("?", data),)
    if action in CHANGE_ACTIONS:
        changes = []
        for key in sorted(data):
            pair = data[key]
            before, after = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
            changes.append(FieldChange(key, before, after))
        return tuple(changes), ()
    return (), tuple((k, data[k]) for k in sorted(data))


def _view(row: AuditRow, actor_name: str | None) -> AuditEntryView:
    changes, details = _parse(row.action, row.changes)
    return AuditEntryView(
        seq=row.seq, at=local_time(row.at), actor_id=row.actor_id, actor_name=actor_name or "",
        action=row.action, entity=row.entity, entity_id=row.entity_id, person_id=row.person_id,
        changes=changes, details=details,
        redacted_at=local_time(row.redacted_at) if row.redacted_at else None,
    )


def _utc_midnight(day: dt.date) -> dt.datetime:
    """The start of an office day, in the store's UTC."""
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC).replace(tzinfo=None)


def _query(person_id: uuid.UUID | None, pesel: str | None, user_id: uuid.UUID | None,
           since: dt.date | None, until: dt.date | None, action: str | None) -> log.AuditQuery:
    typed = "".join((pesel or "").split())
    return log.AuditQuery(
        person_id=person_id,
        pesel=typed or None,
        actor_id=user_id,
        since=_utc_midnight(since) if since else None,
        until=_utc_midnight(until + dt.timedelta(days=1)) if until else None,
        action=action or None,
    )


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def entries(self, actor: Actor, person_id: uuid.UUID | None = None, pesel: str | None = None,
                user_id: uuid.UUID | None = None, since: dt.date | None = None,
                until: dt.date | None = None, action: str | None = None,
                limit: int = 200, after: AuditEntryView | None = None) -> list[AuditEntryView]:
        """Entries newest first; dates are office days, both ends included.

        `after` is the last entry shown: the next page starts below it (keyset paging, so the
        millionth entry comes as fast as the first)."""
        require(actor, Permission.READ_AUDIT_LOG)
        q = _query(person_id, pesel, user_id, since, until, action)
        below = None if after is None else after.seq
        with self.db.session(actor.user_id) as s:
            return [_view(row, name) for row, name in log.entries(s, q, limit, below)]

    def count(self, actor: Actor, person_id: uuid.UUID | None = None, pesel: str | None = None,
              user_id: uuid.UUID | None = None, since: dt.date | None = None,
              until: dt.date | None = None, action: str | None = None) -> int:
        require(actor, Permission.READ_AUDIT_LOG)
        q = _query(person_id, pesel, user_id, since, until, action)
        with self.db.session(actor.user_id) as s:
            return log.count(s, q)

    def verify(self, actor: Actor, progress: Callable[[int, int], None] | None = None,
               stop: Callable[[], bool] | None = None) -> ChainReport:
        """Check every entry's link to the one before it (and its own hash).

        `progress(done, total)` after each batch; `stop()` true ends early (report not complete).
        """
        require(actor, Permission.READ_AUDIT_LOG)
        with self.db.session(actor.user_id) as s:
            total = log.count(s, log.AuditQuery()) if progress is not None else 0
            return log.verify_chain(
                s.connection(), stop=stop,
                progress=None if progress is None else lambda done: progress(done, total))

    def record(self, actor: Actor, action: str, entity: str, entity_id: str | None = None,
               person_id: uuid.UUID | None = None, details: dict[str, Any] | None = None) -> None:
        """Log an event in its own unit of work, for callers that hold no session (printing)."""
        with self.db.session(actor.user_id) as s:
            log.record(s, actor.user_id, action, entity, entity_id, person_id, details)
