"""Closing a case with a reason, and reopening it: the team that carries it, or the head.

A closed case takes no new notes (services/social_work.py) and no income changes of its
applications; a referral to the team then opens a new case. Retention of the case file
counts from the closing date (domain/retention.py). Every change is in the audit log, field
by field (storage/audit.py), with the remarks kept out of it as narratives.
"""

from __future__ import annotations

import datetime as dt
import uuid

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import choice_errors, date_errors, require_id, text_errors
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import ApplicationStatus, CloseReason
from ops_desktop.services import mapping
from ops_desktop.services.context import Actor, require, require_team
from ops_desktop.services.views import CaseView
from ops_desktop.storage import queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import CaseRow

NOTE_MAX = 300  # CaseRow.close_note, CaseRow.reopen_note
# A suspended application (KPA art. 97) keeps its proceeding open too.
PENDING = (ApplicationStatus.REGISTERED.value, ApplicationStatus.SUSPENDED.value)


def close_errors(reason: object, note: object, closed_on: object, opened_on: dt.date,
                 today: dt.date) -> list[FieldError]:
    """What is wrong with closing a case opened on `opened_on`; "other" needs words."""
    errors = choice_errors("reason", reason, CloseReason)
    errors += text_errors("note", note, NOTE_MAX, required=reason == CloseReason.OTHER,
                          multiline=True)
    dates = date_errors("closed_on", closed_on, required=True)
    if dates:
        return errors + dates
    assert isinstance(closed_on, dt.date)
    if closed_on > today:
        errors.append(FieldError("closed_on", "future_date"))
    elif closed_on < opened_on:
        errors.append(FieldError("closed_on", "before_case_opened"))
    return errors


class CaseService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, actor: Actor, case_id: uuid.UUID) -> CaseView:
        """One case of the actor's team (the head: any)."""
        require(actor, Permission.READ_CASES)
        with self.db.session(actor.user_id) as s:
            case = queries.get(s, CaseRow, require_id("case_id", case_id))
            if case is None or case.deleted_at is not None:
                raise NotFound("case", case_id)
            require_team(actor, Permission.READ_CASES, case.team_code)
            return mapping.case_view(case)

    @staticmethod
    def _case(s: Session, actor: Actor, case_id: uuid.UUID) -> CaseRow:
        require(actor, Permission.CLOSE_CASE)
        case = queries.get(s, CaseRow, require_id("case_id", case_id))
        if case is None or case.deleted_at is not None:
            raise NotFound("case", case_id)
        require_team(actor, Permission.CLOSE_CASE, case.team_code)
        return case

    def close(self, actor: Actor, case_id: uuid.UUID, reason: CloseReason, note: str = "",
              closed_on: dt.date | None = None) -> CaseView:
        """Close the case on `closed_on` (today when not given) for `reason`."""
        with self.db.session(actor.user_id) as s:
            case = self._case(s, actor, case_id)
            if case.closed_on is not None:
                raise ConflictError("case_already_closed", case.sign)
            day = wall_today() if closed_on is None else closed_on
            errors = close_errors(reason, note, day, case.opened_on, wall_today())
            if errors:
                raise ValidationError(errors)
            # An application still waiting for its decision keeps the proceeding open.
            if queries.count_case_applications(s, case.id, PENDING):
                raise ConflictError("case_has_pending_application", case.sign)
            case.closed_on = day
            case.close_reason = CloseReason(reason).value
            case.close_note = note.strip()
            case.reopen_note = ""
            s.flush()
            return mapping.case_view(case)

    def reopen(self, actor: Actor, case_id: uuid.UUID, reason: str) -> CaseView:
        """Open a closed case again; the reason in words is required."""
        errors = text_errors("reopen_note", reason, NOTE_MAX, required=True, multiline=True)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            case = self._case(s, actor, case_id)
            if case.closed_on is None:
                raise ConflictError("case_not_closed", case.sign)
            other = queries.open_case(s, case.person_id, case.team_code)
            if other is not None:
                # One open case per person and team: a later referral opened another one.
                raise ConflictError("open_case_exists", other.sign)
            case.closed_on = None
            case.close_reason = None
            case.close_note = ""
            case.reopen_note = reason.strip()
            s.flush()
            return mapping.case_view(case)
