"""Queries for the head's dashboard: each figure counted for every team and worker at once by
one grouped query, and the rows behind one figure read a page at a time. Only
services/dashboard.py calls these, after its checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.domain.vocabulary import Team
from ops_desktop.storage.list_versions import superseded_draft
from ops_desktop.storage.models import (
    CaseRow,
    DecisionRow,
    InterviewRow,
    PaymentListRow,
    PersonRow,
    ReferralRow,
    SyncConflictRow,
    UserRow,
)

PENDING = "pending"  # domain/vocabulary.ReferralStatus.PENDING
DRAFT = "draft"  # a draft decision, a payment list not yet approved, an interview not completed
BENEFITS = "benefits"  # decisions and payment lists are the benefits team's

# (team code or None for the whole office, worker id or None for nobody) -> count
Counts = dict[tuple[str | None, uuid.UUID | None], int]


@dataclass(frozen=True)
class Listed:
    """One row behind a figure: what it is, on whose case, and who carries it."""

    ref_id: uuid.UUID
    case_id: uuid.UUID | None
    person_id: uuid.UUID | None
    case_sign: str
    person_name: str
    team: str | None
    worker_id: uuid.UUID | None
    day: dt.date | None  # opened on, received on, prepared on: the row's own date


@dataclass(frozen=True)
class CaseFacts:
    case_id: uuid.UUID
    sign: str
    person_id: uuid.UUID
    person_name: str
    team: str
    worker_id: uuid.UUID | None


def _name():  # type: ignore[no-untyped-def]
    return (PersonRow.last_name + " " + PersonRow.first_name).label("name")


def _counts(rows: Iterable[Sequence[object]]) -> Counts:
    return {(team, worker): int(n) for team, worker, n in rows}  # type: ignore[misc]


# --- figures, one grouped query each -------------------------------------------------------

_OPEN_CASE = (CaseRow.closed_on.is_(None), CaseRow.deleted_at.is_(None))
_WAITING = (ReferralRow.status == PENDING, ReferralRow.deleted_at.is_(None))
# A draft replaced on another PC while apart is no draft to sign (storage/list_versions.py).
_DRAFT_DECISION = (DecisionRow.status == DRAFT, DecisionRow.deleted_at.is_(None),
                   ~superseded_draft())
_DRAFT_LIST = (PaymentListRow.status == DRAFT, PaymentListRow.deleted_at.is_(None))
_OPEN_CONFLICT = (SyncConflictRow.resolved_at.is_(None), SyncConflictRow.deleted_at.is_(None))


def open_cases(session: Session) -> Counts:
    # The teams named, so ix_cases_open_worker (team, deleted, closed, worker) is read by key,
    # the open cases of each team only: without them SQLite read all 300,000 entries of the
    # index at 500,000 persons (tens of ms) unless a full ANALYZE taught it to skip.
    return _counts(session.execute(
        select(CaseRow.team_code, CaseRow.worker_id, func.count())
        .where(CaseRow.team_code.in_([t.value for t in Team]), *_OPEN_CASE)
        .group_by(CaseRow.team_code, CaseRow.worker_id)))


def waiting_referrals(session: Session) -> Counts:
    return _counts(session.execute(
        select(ReferralRow.to_team, ReferralRow.assigned_to, func.count())
        .where(*_WAITING).group_by(ReferralRow.to_team, ReferralRow.assigned_to)))


def draft_decisions(session: Session) -> Counts:
    """Drafts to sign, by the benefits worker who prepared them."""
    return {(BENEFITS, by): int(n) for by, n in session.execute(
        select(DecisionRow.created_by, func.count())
        .where(*_DRAFT_DECISION).group_by(DecisionRow.created_by))}


def draft_payment_lists(session: Session) -> Counts:
    """Lists to approve, by the benefits worker who prepared them."""
    return {(BENEFITS, by): int(n) for by, n in session.execute(
        select(PaymentListRow.created_by, func.count())
        .where(*_DRAFT_LIST).group_by(PaymentListRow.created_by))}


def open_conflicts(session: Session) -> Counts:
    """Conflicts between PCs belong to the whole office, not to a team."""
    n = session.scalar(select(func.count()).select_from(SyncConflictRow).where(*_OPEN_CONFLICT))
    return {(None, None): int(n or 0)} if n else {}


def draft_interviews(session: Session) -> list[tuple[Listed, dt.date, bool]]:
    """Interviews not yet completed (the clock runs until then) with the day the office
    learned of the need and whether it is urgent; the deadline is the domain's to count.
    Carried by the interview's own worker, who may differ from the case's."""
    found = session.execute(
        select(InterviewRow.id, CaseRow.id, PersonRow.id, CaseRow.sign, _name(),
               CaseRow.team_code, InterviewRow.worker_id, InterviewRow.learned_on,
               InterviewRow.urgent)
        .join(CaseRow, CaseRow.id == InterviewRow.case_id)
        .join(PersonRow, PersonRow.id == InterviewRow.person_id)
        .where(InterviewRow.status == DRAFT, InterviewRow.deleted_at.is_(None),
               CaseRow.deleted_at.is_(None)))
    return [(Listed(i, c, p, sign, name, team, worker, learned), learned, bool(urgent))
            for i, c, p, sign, name, team, worker, learned, urgent in found]


def case_facts(session: Session, case_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, CaseFacts]:
    """Sign, person, team and worker of the given cases (the deadlines' cases: a few)."""
    wanted = list(dict.fromkeys(case_ids))
    out: dict[uuid.UUID, CaseFacts] = {}
    for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
        for row in session.execute(
                select(CaseRow.id, CaseRow.sign, PersonRow.id, _name(), CaseRow.team_code,
                       CaseRow.worker_id)
                .join(PersonRow, PersonRow.id == CaseRow.person_id)
                .where(CaseRow.id.in_(wanted[start:start + 500]), CaseRow.deleted_at.is_(None))):
            out[row[0]] = CaseFacts(*row)
    return out


def user_names(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    wanted = [i for i in set(ids) if i is not None]
    if not wanted:
        return {}
    return dict(session.execute(select(UserRow.id, UserRow.full_name).where(
        UserRow.id.in_(wanted))).all())  # type: ignore[arg-type]


# --- the rows behind one figure, a page at a time ------------------------------------------

def _whose(column, worker_id: uuid.UUID | None, anyone: bool):  # type: ignore[no-untyped-def]
    if anyone:
        return True
    return column.is_(None) if worker_id is None else column == worker_id


def open_case_rows(session: Session, team: str, worker_id: uuid.UUID | None, anyone: bool,
                   limit: int, offset: int) -> list[Listed]:
    stmt = (select(CaseRow.id, CaseRow.id, PersonRow.id, CaseRow.sign, _name(),
                   CaseRow.team_code, CaseRow.worker_id, CaseRow.opened_on)
            .join(PersonRow, PersonRow.id == CaseRow.person_id)
            .where(CaseRow.team_code == team, *_OPEN_CASE,
                   _whose(CaseRow.worker_id, worker_id, anyone))
            .order_by(CaseRow.opened_on, CaseRow.id).limit(limit).offset(offset))
    return [Listed(*r) for r in session.execute(stmt)]


def waiting_referral_rows(session: Session, team: str, worker_id: uuid.UUID | None,
                          anyone: bool, limit: int, offset: int) -> list[Listed]:
    stmt = (select(ReferralRow.id, ReferralRow.case_id, PersonRow.id, ReferralRow.number,
                   _name(), ReferralRow.to_team, ReferralRow.assigned_to,
                   ReferralRow.created_at)
            .join(PersonRow, PersonRow.id == ReferralRow.person_id)
            .where(ReferralRow.to_team == team, *_WAITING,
                   _whose(ReferralRow.assigned_to, worker_id, anyone))
            .order_by(ReferralRow.created_at, ReferralRow.id).limit(limit).offset(offset))
    return [Listed(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7].date() if r[7] else None)
            for r in session.execute(stmt)]


def draft_decision_rows(session: Session, worker_id: uuid.UUID | None, anyone: bool,
                        limit: int, offset: int) -> list[Listed]:
    stmt = (select(DecisionRow.id, DecisionRow.person_id, DecisionRow.case_sign, _name(),
                   DecisionRow.created_by, DecisionRow.created_at)
            .join(PersonRow, PersonRow.id == DecisionRow.person_id)
            .where(*_DRAFT_DECISION, _whose(DecisionRow.created_by, worker_id, anyone))
            .order_by(DecisionRow.created_at, DecisionRow.id).limit(limit).offset(offset))
    return [Listed(i, None, p, sign, name, BENEFITS, by, at.date() if at else None)
            for i, p, sign, name, by, at in session.execute(stmt)]


def draft_list_rows(session: Session, worker_id: uuid.UUID | None, anyone: bool,
                    limit: int, offset: int) -> list[Listed]:
    stmt = (select(PaymentListRow.id, PaymentListRow.number, PaymentListRow.created_by,
                   PaymentListRow.benefit_month)
            .where(*_DRAFT_LIST, _whose(PaymentListRow.created_by, worker_id, anyone))
            .order_by(PaymentListRow.benefit_month, PaymentListRow.number)
            .limit(limit).offset(offset))
    return [Listed(i, None, None, number, "", BENEFITS, by, month)
            for i, number, by, month in session.execute(stmt)]


def conflict_rows(session: Session, limit: int, offset: int) -> list[Listed]:
    stmt = (select(SyncConflictRow.id, SyncConflictRow.table_name, SyncConflictRow.field,
                   SyncConflictRow.created_at)
            .where(*_OPEN_CONFLICT).order_by(SyncConflictRow.created_at)
            .limit(limit).offset(offset))
    return [Listed(i, None, None, table, field, None, None, at.date() if at else None)
            for i, table, field, at in session.execute(stmt)]
