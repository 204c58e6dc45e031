"""The audit log as the data-protection officer reads it: filter, look at an entry, check the chain.

Only READ_AUDIT_LOG opens the log. The auditor cannot search persons, so a PESEL typed into
the filter is matched inside the query: the answer is which entries concern that person.
Beside each entry the service names whom and what it is about – the person (name and
PESEL), the users and the case signs behind the ids it holds – because that is what the
log is for; it never reads the teams' narratives, which the log keeps only as "changed,
length N".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ops_desktop.domain.fields import require_page
from ops_desktop.domain.permissions import Permission
from ops_desktop.i18n.format import office_time, office_zone
from ops_desktop.services.context import Actor, require
from ops_desktop.storage import audit as log
from ops_desktop.storage.audit import ACTIONS, CHANGE_ACTIONS, Break, ChainReport
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import AuditRow

__all__ = ["ACTIONS", "AuditEntryView", "AuditService", "Break", "ChainReport", "FieldChange",
           "REFERENCES"]

# Fields whose value is the id of a person, a user or a case: the auditor reads who or which.
REFERENCES: dict[str, str] = {
    "person_id": "person", "user_id": "user", "worker_id": "user", "author_id": "user",
    "decided_by": "user", "signed_by": "user", "case_id": "case",
    "merged_into_id": "person",
}
# Entries whose record is itself a person, a user or a case.
RECORDS: dict[str, str] = {
    "persons": "person", "person": "person", "person_file": "person",
    "users": "user", "user": "user", "cases": "case",
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditEntryView:
    seq: int
    at: dt.datetime  # aware, on the office's clock (Europe/Warsaw)
    actor_id: uuid.UUID | None
    actor_name: str  # empty for the program itself (no one signed in)
    action: str
    entity: str
    entity_id: str | None
    person_id: uuid.UUID | None
    changes: tuple[FieldChange, ...]  # a change entry: each field before and after
    details: tuple[tuple[str, Any], ...]  # an event entry: what else was noted
    redacted_at: dt.datetime | None  # the changes were blanked by retention anonymisation
    # Who or what the ids in this entry stand for: "Jan Kowalski, PESEL 44051401458",
    # a user's name, a case sign; keyed by the id as the entry holds it (text).
    names: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_change(self) -> bool:
        return self.action in CHANGE_ACTIONS

    @property
    def person_name(self) -> str:
        return "" if self.person_id is None else self.names.get(str(self.person_id), "")

    def name_of(self, value: Any) -> str | None:
        """The name behind an id this entry holds, if the service could tell."""
        return self.names.get(str(value)) if value is not None else None


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
        seq=row.seq, at=office_time(row.at), actor_id=row.actor_id, actor_name=actor_name or "",
        action=row.action, entity=row.entity, entity_id=row.entity_id, person_id=row.person_id,
        changes=changes, details=details,
        redacted_at=office_time(row.redacted_at) if row.redacted_at else None,
    )


def _as_id(value: Any) -> uuid.UUID | None:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None


def _referenced(entry: AuditEntryView) -> Iterable[tuple[str, Any]]:
    """(kind, id) of every person, user and case the entry holds."""
    if entry.person_id is not None:
        yield "person", entry.person_id
    if entry.entity in RECORDS and entry.entity_id:
        yield RECORDS[entry.entity], entry.entity_id
    for change in entry.changes:
        kind = REFERENCES.get(change.field)
        if kind is not None:
            yield kind, change.before
            yield kind, change.after


def person_label(first_name: str, last_name: str, pesel: str | None) -> str:
    return f"{first_name} {last_name}" + (f", PESEL {pesel}" if pesel else "")


def _named(s: Session, views: list[AuditEntryView]) -> list[AuditEntryView]:
    """The page's entries with the names of the persons, users and cases they hold."""
    wanted: dict[str, set[uuid.UUID]] = {"person": set(), "user": set(), "case": set()}
    for view in views:
        for kind, value in _referenced(view):
            some_id = None if value is None else _as_id(value)
            if some_id is not None:
                wanted[kind].add(some_id)
    persons, users, cases = log.names(s, wanted["person"], wanted["user"], wanted["case"])
    known = {str(k): person_label(p.first_name, p.last_name, p.pesel) for k, p in persons.items()}
    known.update({str(k): name for k, name in users.items()})
    known.update({str(k): sign for k, sign in cases.items()})
    return [dataclasses.replace(v, names={str(i): known[str(i)] for _, i in _referenced(v)
                                          if i is not None and str(i) in known})
            for v in views]


def _utc_midnight(day: dt.date) -> dt.datetime:
    """The start of an office day (on the office's clock), in the store's UTC."""
    start = dt.datetime.combine(day, dt.time(), tzinfo=office_zone())
    return start.astimezone(dt.UTC).replace(tzinfo=None)


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
        require_page(limit)
        q = _query(person_id, pesel, user_id, since, until, action)
        below = None if after is None else after.seq
        with self.db.session(actor.user_id) as s:
            return _named(s, [_view(row, name) for row, name in log.entries(s, q, limit, below)])

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
