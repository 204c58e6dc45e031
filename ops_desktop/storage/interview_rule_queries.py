"""Queries for the interview rules (domain/interview_rules.py): which interviews a current
benefit relies on, and whether a draft decision's application has a completed interview.
Only services/interview_rules.py and services/decisions.py call them, after their checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Iterable

from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import (
    CaseRow,
    DecisionRow,
    InterviewLinkRow,
    InterviewRow,
    PersonRow,
)

SIGNED = "signed"
GRANT = "grant"
COMPLETED = "completed"
REFUSED = ("refused_interview", "refused_statement")  # domain/interviews.REFUSALS


_CHUNK = 500


def _living(forms: Collection[str], today: dt.date) -> Select[Any]:
    return (select(InterviewRow.case_id).distinct()
            .join(InterviewLinkRow, InterviewLinkRow.interview_id == InterviewRow.id)
            .join(DecisionRow, DecisionRow.application_id == InterviewLinkRow.application_id)
            .where(DecisionRow.status == SIGNED, DecisionRow.kind == GRANT,
                   DecisionRow.form.in_(list(forms)), DecisionRow.deleted_at.is_(None),
                   InterviewLinkRow.deleted_at.is_(None), InterviewRow.deleted_at.is_(None),
                   or_(DecisionRow.period_from.is_(None), DecisionRow.period_from <= today),
                   or_(DecisionRow.period_to.is_(None), DecisionRow.period_to >= today)))


def cases_living_on_a_benefit(session: Session, forms: Collection[str], today: dt.date,
                              among: Collection[uuid.UUID] | None = None) -> set[uuid.UUID]:
    """The cases whose interview a signed grant of one of `forms`, current today, relies on
    (through its application's link): the benefit's running keeps that interview due. With
    `among`, only of those cases (a worker's list, not every case of a city)."""
    if not forms:
        return set()
    if among is None:
        return set(session.scalars(_living(forms, today)))
    wanted = list(among)
    found: set[uuid.UUID] = set()
    for start in range(0, len(wanted), _CHUNK):  # SQLite's bound-parameter limit
        found.update(session.scalars(_living(forms, today).where(
            InterviewRow.case_id.in_(wanted[start:start + _CHUNK]))))
    return found


def update_counts(session: Session, forms: Collection[str], today: dt.date,
                  overdue_by: dt.date, due_by: dt.date
                  ) -> dict[tuple[str | None, uuid.UUID | None], tuple[int, int]]:
    """The dashboard's figure in one grouped statement: per (team, worker of the case), the
    cases living on a benefit whose latest completed interview was conducted on or before
    `due_by` (its update falls due by the day asked), and of them on or before `overdue_by`
    (already late). The cut-off days come from the rules (services/interview_rules.py)."""
    if not forms:
        return {}
    last = (select(InterviewRow.case_id, func.max(InterviewRow.conducted_on).label("last"))
            .where(InterviewRow.case_id.in_(_living(forms, today)),
                   InterviewRow.status == COMPLETED, InterviewRow.deleted_at.is_(None),
                   InterviewRow.conducted_on.is_not(None))
            .group_by(InterviewRow.case_id).subquery())
    rows = session.execute(
        select(CaseRow.team_code, CaseRow.worker_id, func.count(),
               func.sum(case((last.c.last <= overdue_by, 1), else_=0)))
        .join(last, last.c.case_id == CaseRow.id)
        .join(PersonRow, PersonRow.id == CaseRow.person_id)
        .where(last.c.last <= due_by, CaseRow.deleted_at.is_(None))
        .group_by(CaseRow.team_code, CaseRow.worker_id))
    return {(team, worker): (int(n), int(late or 0)) for team, worker, n, late in rows}


def last_conducted(session: Session, case_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dt.date]:
    """Per case, the day its latest completed interview or Part IV update was conducted."""
    ids = list(case_ids)
    if not ids:
        return {}
    stmt = (select(InterviewRow.case_id, func.max(InterviewRow.conducted_on))
            .where(InterviewRow.case_id.in_(ids), InterviewRow.status == COMPLETED,
                   InterviewRow.deleted_at.is_(None), InterviewRow.conducted_on.is_not(None))
            .group_by(InterviewRow.case_id))
    return {case_id: day for case_id, day in session.execute(stmt) if day is not None}


def interviewed_applications(session: Session, application_ids: Iterable[uuid.UUID]
                             ) -> set[uuid.UUID]:
    """Of these applications, those linked to a completed interview."""
    ids = list(set(application_ids))
    if not ids:
        return set()
    stmt = (select(InterviewLinkRow.application_id)
            .join(InterviewRow, InterviewRow.id == InterviewLinkRow.interview_id)
            .where(InterviewLinkRow.application_id.in_(ids),
                   InterviewLinkRow.deleted_at.is_(None), InterviewRow.deleted_at.is_(None),
                   InterviewRow.status == COMPLETED))
    return set(session.scalars(stmt))


def refused_links(session: Session, application_ids: Iterable[uuid.UUID]
                  ) -> dict[uuid.UUID, str]:
    """Of these applications, those linked to an interview the person refused (art. 107
    ust. 4a/5): application -> the refusal's status code (domain/interviews.REFUSALS)."""
    ids = list(set(application_ids))
    if not ids:
        return {}
    stmt = (select(InterviewLinkRow.application_id, InterviewRow.status)
            .join(InterviewRow, InterviewRow.id == InterviewLinkRow.interview_id)
            .where(InterviewLinkRow.application_id.in_(ids),
                   InterviewLinkRow.deleted_at.is_(None), InterviewRow.deleted_at.is_(None),
                   InterviewRow.status.in_(REFUSED)))
    return {app_id: status for app_id, status in session.execute(stmt)}
