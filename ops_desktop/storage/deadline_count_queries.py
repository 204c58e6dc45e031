"""Counting waiting applications against their KPA deadlines in the database, grouped by team
and carrier (services/deadline_counts.py gives the cut-off days; domain/kpa_cutoffs.py).

Only "plain" applications are counted here – no live period that does not count, no live
notice of delay, no call to remedy defects (art. 64 § 2) and no signed suspension (art. 97):
the last two pause the deadline by art. 35 § 5 (domain/kpa_pauses.py) – because their
deadline follows from the day of receipt alone. The others,
few in any office, are read whole (`irregular_applications`) and counted one by one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select

from ops_desktop.storage.database import Session
from ops_desktop.storage.deadline_queries import (
    PAUSING_ACTS,
    WaitingApplication,
    waiting_applications,
)
from ops_desktop.storage.models import (
    ApplicationRow,
    CaseRow,
    DeadlinePauseRow,
    DecisionRow,
    DelayNoticeRow,
)


@dataclass(frozen=True)
class Cutoffs:
    """Receipt days: an application received before one is due on or before its day. One
    pair (ordinary, particularly complicated) for "overdue today", one for "due by then"."""

    overdue_ordinary: dt.date
    overdue_complicated: dt.date
    due_ordinary: dt.date
    due_complicated: dt.date


@dataclass(frozen=True)
class Tally:
    waiting: int
    overdue: int
    due: int  # due by the later day, the overdue ones included


Key = tuple[str | None, uuid.UUID | None]  # (team code, carrier)

# A call to remedy defects or a signed suspension pauses the deadline (domain/kpa_pauses.py).
_CALLED = ApplicationRow.defects_called_on.is_not(None)
_SUSPENDED = (select(DecisionRow.id).correlate(ApplicationRow)
              .where(DecisionRow.application_id == ApplicationRow.id, *PAUSING_ACTS).exists())


def irregular_ids(session: Session, status: str) -> set[uuid.UUID]:
    """The waiting applications with a live pause or notice, a call to remedy defects or a
    signed suspension. One query per source, each driven by the waiting applications' index:
    one OR of four correlated tests, reused inside the lists' joins, let the planner start
    from the signed decisions instead and read them all (about 2 s at 500,000 persons)."""
    waiting = (ApplicationRow.status == status, ApplicationRow.deleted_at.is_(None))
    found = set(session.scalars(select(ApplicationRow.id).where(*waiting, _CALLED)))
    found.update(session.scalars(select(ApplicationRow.id).where(*waiting, _SUSPENDED)))
    for row in (DeadlinePauseRow, DelayNoticeRow):
        found.update(session.scalars(
            select(row.application_id).join(ApplicationRow, ApplicationRow.id == row.application_id)
            .where(*waiting, row.deleted_at.is_(None))))
    return found


def _before(ordinary: dt.date, complicated: dt.date):  # type: ignore[no-untyped-def]
    """1 for an application received before its cut-off, else 0."""
    flag = ApplicationRow.particularly_complicated
    return case((or_(and_(flag.is_(True), ApplicationRow.received_on < complicated),
                     and_(flag.is_not(True), ApplicationRow.received_on < ordinary)), 1),
                else_=0)


def plain_tallies(session: Session, status: str, cuts: Cutoffs,
                  irregular: set[uuid.UUID]) -> dict[Key, Tally]:
    """Per (team, carrier): the plain applications (not in `irregular`, from `irregular_ids`)
    waiting, overdue and due. The carrier is the case's worker, else the one who registered
    the application (services/deadline_counts.carrier)."""
    carrier = func.coalesce(CaseRow.worker_id, ApplicationRow.created_by)
    rows = session.execute(
        select(CaseRow.team_code, carrier, func.count(),
               func.sum(_before(cuts.overdue_ordinary, cuts.overdue_complicated)),
               func.sum(_before(cuts.due_ordinary, cuts.due_complicated)))
        .join(CaseRow, CaseRow.id == ApplicationRow.case_id)
        .where(ApplicationRow.status == status, ApplicationRow.deleted_at.is_(None),
               *([ApplicationRow.id.not_in(irregular)] if irregular else []))
        .group_by(CaseRow.team_code, carrier))
    return {(team, worker): Tally(int(n), int(overdue or 0), int(due or 0))
            for team, worker, n, overdue, due in rows}


def irregular_applications(session: Session, status: str,
                           irregular: set[uuid.UUID]) -> list[WaitingApplication]:
    """The applications of `irregular_ids`, whole, as the lists read them."""
    if not irregular:
        return []
    return waiting_applications(session, status, ApplicationRow.id.in_(irregular))
