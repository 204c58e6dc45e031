"""Dziennik pracy socjalnej: a social worker's quick entries of social work done.

The social-work team and the head write and read entries; benefits, the desk and services
never read them (domain/permissions.py). An entry names a case of the social-work team – the
work was done with its person, or with the whole family – and is corrected or withdrawn only
by its author on the day it was written, like a note (services/social_work.py); a withdrawn
entry stays as a tombstone, so every PC of the office learns of it. The audit log shows the
entry's note only as "[treść poufna]" (storage/audit.py). The half-year statistics count the
persons and families in these entries (services/statistics.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import INVALID, date_errors, require_id, require_page
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.social_work_log import LogKind, entry_errors
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor, require_team
from ops_desktop.services.mapping import local_time
from ops_desktop.storage import audit, queries
from ops_desktop.storage import social_work_log_queries as log_q
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import CaseRow, SocialWorkLogRow, office_today, utcnow

TEAM = Team.SOCIAL_WORK.value
ENTITY = "social_work_log"


@dataclass(frozen=True)
class LogEntryInput:
    """What the worker types into the quick-entry form."""

    case_id: uuid.UUID
    worked_on: dt.date
    kind: LogKind
    minutes: int
    with_family: bool = False  # the work was with the whole family, not the person alone
    note: str = ""


@dataclass(frozen=True)
class LogEntryView:
    id: uuid.UUID
    case_id: uuid.UUID
    case_sign: str
    person_id: uuid.UUID
    person_name: str
    with_family: bool
    worked_on: dt.date
    kind: LogKind
    minutes: int
    note: str
    author_id: uuid.UUID
    written_at: dt.datetime  # office wall clock
    edited: bool

    def editable_by(self, user_id: uuid.UUID, today: dt.date) -> bool:
        return user_id == self.author_id and self.written_at.date() == today


def _view(record: log_q.EntryRecord) -> LogEntryView:
    row, sign, name = record
    return LogEntryView(
        id=row.id, case_id=row.case_id, case_sign=sign, person_id=row.person_id,
        person_name=name, with_family=row.with_family, worked_on=row.worked_on,
        kind=LogKind(row.kind), minutes=row.minutes, note=row.note, author_id=row.author_id,
        written_at=local_time(row.created_at), edited=row.version > 1)


def month_bounds(month: object) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of the month `month` falls in; None: every month."""
    if month is None:
        return None, None
    if date_errors("month", month):
        raise ValidationError(date_errors("month", month))
    assert isinstance(month, dt.date)
    first = month.replace(day=1)
    return first, add_months(first, 1) - dt.timedelta(days=1)


def open_social_work_case(s: Session, case_id: object) -> CaseRow:
    """An open case of the social-work team, or the refusal that says why not."""
    case = queries.get(s, CaseRow, require_id("case_id", case_id))
    if case is None or case.deleted_at is not None:
        raise NotFound("case", case_id)
    if case.team_code != TEAM:
        raise ConflictError("not_social_work_case", case.sign)
    if case.closed_on is not None:
        raise ConflictError("case_closed", case.sign)
    return case


class SocialWorkLogService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _check(data: object, case: CaseRow) -> LogEntryInput:
        if not isinstance(data, LogEntryInput):
            raise ValidationError([FieldError("entry", INVALID)])
        errors = entry_errors(data.worked_on, data.kind, data.minutes, data.with_family,
                              data.note, office_today(), case.opened_on)
        if errors:
            raise ValidationError(errors)
        return data

    def add(self, actor: Actor, data: LogEntryInput) -> LogEntryView:
        """A new entry by the actor on an open social-work case."""
        require_team(actor, Permission.WRITE_SOCIAL_WORK_LOG, TEAM)
        if not isinstance(data, LogEntryInput):
            raise ValidationError([FieldError("entry", INVALID)])
        with self.db.session(actor.user_id) as s:
            case = open_social_work_case(s, data.case_id)
            self._check(data, case)
            row = SocialWorkLogRow(case_id=case.id, person_id=case.person_id,
                                   with_family=data.with_family, worked_on=data.worked_on,
                                   kind=data.kind.value, minutes=data.minutes,
                                   note=data.note.strip(), author_id=actor.user_id)
            queries.add(s, row)
            return _view(self._record(s, row.id))

    @staticmethod
    def _record(s: Session, entry_id: object) -> log_q.EntryRecord:
        record = log_q.entry(s, require_id("entry_id", entry_id))
        if record is None:
            raise NotFound("social_work_log", entry_id)
        return record

    def _own_today(self, s: Session, actor: Actor, entry_id: object) -> log_q.EntryRecord:
        record = self._record(s, entry_id)
        if not _view(record).editable_by(actor.user_id, office_today()):
            raise ConflictError("log_entry_locked")
        return record

    def edit(self, actor: Actor, entry_id: uuid.UUID, data: LogEntryInput) -> LogEntryView:
        """Correct one's own entry on the day it was written; its case stays."""
        require_team(actor, Permission.WRITE_SOCIAL_WORK_LOG, TEAM)
        with self.db.session(actor.user_id) as s:
            row = self._own_today(s, actor, entry_id)[0]
            case = queries.get(s, CaseRow, row.case_id)
            assert case is not None
            self._check(data, case)
            if data.case_id != row.case_id:
                raise ConflictError("log_entry_case_fixed")
            row.worked_on, row.kind, row.minutes = data.worked_on, data.kind.value, data.minutes
            row.with_family, row.note = data.with_family, data.note.strip()
            s.flush()
            return _view(self._record(s, row.id))

    def withdraw(self, actor: Actor, entry_id: uuid.UUID) -> None:
        """Withdraw one's own entry written today (entered by mistake): it stays as a tombstone."""
        require_team(actor, Permission.WRITE_SOCIAL_WORK_LOG, TEAM)
        with self.db.session(actor.user_id) as s:
            row = self._own_today(s, actor, entry_id)[0]
            row.deleted_at = utcnow()
            s.flush()

    def entries(self, actor: Actor, month: dt.date | None = None, limit: int = 200,
                offset: int = 0) -> list[LogEntryView]:
        """The actor's own entries (of the month `month` falls in, or all), newest first."""
        require_team(actor, Permission.READ_SOCIAL_WORK_LOG, TEAM)
        require_page(limit, offset)
        start, end = month_bounds(month)
        with self.db.session(actor.user_id) as s:
            if offset == 0:  # opening the list; the next pages are the same reading
                audit.record(s, actor.user_id, "view", ENTITY, None, None)
            return [_view(r) for r in log_q.entries_of_author(s, actor.user_id, start, end,
                                                               limit, offset)]

    def count(self, actor: Actor, month: dt.date | None = None) -> int:
        require_team(actor, Permission.READ_SOCIAL_WORK_LOG, TEAM)
        start, end = month_bounds(month)
        with self.db.session(actor.user_id) as s:
            return log_q.count_of_author(s, actor.user_id, start, end)
