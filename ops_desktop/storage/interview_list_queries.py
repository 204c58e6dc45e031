"""The list of interviews on the cases of some teams, a window at a time: "Wywiady" holds
about 180,000 of them in a city's office, more than a screen may read at once. Only
services/interviews.py calls these, after its permission checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import CaseRow, InterviewRow, PersonRow
from ops_desktop.storage.queries import _after

# The list's order, newest first; the index ix_interviews_learned ends in the same columns,
# so a window deep in the list costs what the first one does (no sort of every row).
ORDER = (InterviewRow.learned_on, InterviewRow.created_at, InterviewRow.id)
ListedRow = tuple[InterviewRow, str, str, str]  # interview, case sign, first name, last name


def _listed(teams: Sequence[str]):  # type: ignore[no-untyped-def]
    return (select(InterviewRow, CaseRow.sign, PersonRow.first_name, PersonRow.last_name)
            .join(CaseRow, CaseRow.id == InterviewRow.case_id)
            .join(PersonRow, PersonRow.id == InterviewRow.person_id)
            .where(InterviewRow.deleted_at.is_(None), CaseRow.team_code.in_(teams)))


def window(session: Session, teams: Sequence[str], limit: int,
           after: tuple[dt.date, dt.datetime, uuid.UUID] | None) -> list[ListedRow]:
    """Up to `limit` interviews after `after` (the last row shown's key), the latest
    learned of first."""
    found = session.execute(_after(_listed(teams), ORDER, after).limit(limit)).all()
    return [(row, sign, first, last) for row, sign, first, last in found]


def counts(session: Session, teams: Sequence[str] | None, draft: str,
           overdue_until: dt.date, urgent_overdue_until: dt.date) -> tuple[int, int]:
    """(interviews, of them overdue), in one pass of ix_interviews_count: a draft is overdue
    when it was learned of on or before the cut-off day of its kind (services/interviews.py
    computes the days). `teams` None: every interview (no look-up of each one's case)."""
    overdue = and_(InterviewRow.status == draft, or_(
        and_(InterviewRow.urgent.is_(True), InterviewRow.learned_on <= urgent_overdue_until),
        and_(InterviewRow.urgent.is_(False), InterviewRow.learned_on <= overdue_until)))
    stmt = (select(func.count(), func.coalesce(func.sum(case((overdue, 1), else_=0)), 0))
            .select_from(InterviewRow).where(InterviewRow.deleted_at.is_(None)))
    if teams is not None:
        stmt = stmt.join(CaseRow, CaseRow.id == InterviewRow.case_id).where(
            CaseRow.team_code.in_(teams))
    total, late = session.execute(stmt).one()
    return int(total), int(late)
