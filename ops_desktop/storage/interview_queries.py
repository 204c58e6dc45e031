"""Queries over family interviews and the applications linked to them; only
services/interviews.py and services/decisions.py call them, after their permission checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import (
    ApplicationRow,
    CaseRow,
    DecisionRow,
    InterviewLinkRow,
    InterviewRow,
    PersonRow,
)

_LIVE = InterviewRow.deleted_at.is_(None)
_LINK_LIVE = InterviewLinkRow.deleted_at.is_(None)


def interview(session: Session, interview_id: uuid.UUID) -> InterviewRow | None:
    row = session.get(InterviewRow, interview_id)
    return None if row is None or row.deleted_at is not None else row


def listed(session: Session, teams: Sequence[str]
           ) -> list[tuple[InterviewRow, str, str, str]]:
    """(interview, case sign, first name, last name) on the cases of these teams, the
    earliest learned of first."""
    found = session.execute(
        select(InterviewRow, CaseRow.sign, PersonRow.first_name, PersonRow.last_name)
        .join(CaseRow, CaseRow.id == InterviewRow.case_id)
        .join(PersonRow, PersonRow.id == InterviewRow.person_id)
        .where(_LIVE, CaseRow.team_code.in_(teams))
        .order_by(InterviewRow.learned_on, InterviewRow.created_at)).all()
    return [(row, sign, first, last) for row, sign, first, last in found]


def last_completed(session: Session, person_ids: Sequence[uuid.UUID],
                   other_than: uuid.UUID, teams: Sequence[str]) -> InterviewRow | None:
    """The household's latest completed interview or update, other than `other_than`, on a
    case of one of `teams` (another team's interview is not the reader's to carry forward)."""
    return session.scalars(select(InterviewRow).join(
        CaseRow, CaseRow.id == InterviewRow.case_id).where(
        _LIVE, InterviewRow.person_id.in_(person_ids), InterviewRow.id != other_than,
        CaseRow.team_code.in_(teams),
        InterviewRow.status == "completed").order_by(
        InterviewRow.conducted_on.desc(), InterviewRow.completed_at.desc()).limit(1)).first()


# Completed, or refused by the person (domain/interviews.LINKABLE): what an application may
# be linked to.
LINKABLE = ("completed", "refused_interview", "refused_statement")


def completed_of(session: Session, person_ids: Sequence[uuid.UUID]) -> Sequence[InterviewRow]:
    return session.scalars(select(InterviewRow).where(
        _LIVE, InterviewRow.person_id.in_(person_ids), InterviewRow.status.in_(LINKABLE))
        .order_by(InterviewRow.conducted_on.desc())).all()


def frozen_ids(session: Session, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Those of the interviews a signed decision relies on (through a linked application)."""
    if not ids:
        return set()
    return set(session.scalars(select(InterviewLinkRow.interview_id).where(
        _LINK_LIVE, InterviewLinkRow.interview_id.in_(ids),
        exists().where(DecisionRow.application_id == InterviewLinkRow.application_id,
                       DecisionRow.status == "signed", DecisionRow.deleted_at.is_(None)))))


def link(session: Session, application_id: uuid.UUID) -> InterviewLinkRow | None:
    row = session.get(InterviewLinkRow, application_id)
    return None if row is None or row.deleted_at is not None else row


def linked_interview(session: Session, application_id: uuid.UUID) -> InterviewRow | None:
    found = link(session, application_id)
    return None if found is None else interview(session, found.interview_id)


def linked_conducted_on(session: Session, application_id: uuid.UUID) -> dt.date | None:
    """The day the interview linked to the application was conducted, if it was completed:
    the only interview date a decision's reasoning may cite."""
    row = linked_interview(session, application_id)
    return row.conducted_on if row is not None and row.status == "completed" else None


def application(session: Session, application_id: uuid.UUID) -> ApplicationRow | None:
    row = session.get(ApplicationRow, application_id)
    return None if row is None or row.deleted_at is not None else row
