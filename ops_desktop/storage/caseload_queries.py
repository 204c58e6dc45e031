"""Queries for the caseload: a team's open cases by the worker who carries them, and the
deadlines the program holds for them. Only services/caseload.py calls these, after its checks."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import (
    CaseRow,
    PersonRow,
    PlanActionRow,
    PlanReviewRow,
    ProgrammeRow,
    SocialContractRow,
)

SIGNED = "signed"
DONE = "done"  # domain/plans.ActionStatus.DONE


@dataclass(frozen=True)
class OpenCase:
    id: uuid.UUID
    sign: str
    opened_on: dt.date
    person_name: str
    worker_id: uuid.UUID | None


@dataclass(frozen=True)
class DueDate:
    """One dated thing a case waits for: `kind` is a code the screen puts in words."""

    case_id: uuid.UUID
    due_on: dt.date
    kind: str


def _open(team: str):  # type: ignore[no-untyped-def]
    return (select(CaseRow.id, CaseRow.sign, CaseRow.opened_on,
                   (PersonRow.last_name + " " + PersonRow.first_name).label("name"),
                   CaseRow.worker_id)
            .join(PersonRow, PersonRow.id == CaseRow.person_id)
            .where(CaseRow.team_code == team, CaseRow.closed_on.is_(None),
                   CaseRow.deleted_at.is_(None)))


def open_cases(session: Session, team: str, worker_id: uuid.UUID | None) -> list[OpenCase]:
    """The worker's open cases in the team (None: the cases nobody carries), by sign."""
    stmt = _open(team).where(CaseRow.worker_id.is_(None) if worker_id is None
                             else CaseRow.worker_id == worker_id)
    return [OpenCase(*r) for r in session.execute(stmt.order_by(CaseRow.opened_on, CaseRow.sign))]


def open_counts(session: Session, team: str) -> dict[uuid.UUID | None, int]:
    stmt = (select(CaseRow.worker_id, func.count())
            .where(CaseRow.team_code == team, CaseRow.closed_on.is_(None),
                   CaseRow.deleted_at.is_(None))
            .group_by(CaseRow.worker_id))
    return {w: int(n) for w, n in session.execute(stmt)}


def open_case_workers(session: Session, team: str) -> dict[uuid.UUID, uuid.UUID | None]:
    """Every open case of the team and who carries it (to count overdue items per worker)."""
    stmt = select(CaseRow.id, CaseRow.worker_id).where(
        CaseRow.team_code == team, CaseRow.closed_on.is_(None), CaseRow.deleted_at.is_(None))
    return {case_id: worker for case_id, worker in session.execute(stmt)}


def contract_due_dates(session: Session, cases: Collection[uuid.UUID] | None = None
                       ) -> list[DueDate]:
    """What the running kontrakty socjalne wait for: each action not yet found done at the
    latest review, by its deadline; a contract (or annex) whose actions are all done waits
    for its closing review at the end of its period. Running contracts are few: read whole."""
    running = session.scalars(select(SocialContractRow).where(
        SocialContractRow.status == SIGNED, SocialContractRow.ended_on.is_(None),
        SocialContractRow.deleted_at.is_(None))).all()
    ended_bases = set(session.scalars(select(SocialContractRow.id).where(
        SocialContractRow.ended_on.is_not(None))))
    plans = {r.id: (r.case_id, r.ends_on) for r in running if r.annex_of_id not in ended_bases
             and (cases is None or r.case_id in cases)}
    return _plan_due_dates(session, plans, "contract_action", "contract_end")


def programme_due_dates(session: Session, cases: Collection[uuid.UUID] | None = None
                        ) -> list[DueDate]:
    """What the running individual programmes (IPWzB and the others) and help plans wait for,
    counted as a contract's are: the same actions and reviews model (domain/plans.py)."""
    running = session.scalars(select(ProgrammeRow).where(
        ProgrammeRow.status == SIGNED, ProgrammeRow.ended_on.is_(None),
        ProgrammeRow.deleted_at.is_(None))).all()
    plans = {r.id: (r.case_id, r.ends_on) for r in running
             if cases is None or r.case_id in cases}
    return _plan_due_dates(session, plans, "programme_action", "programme_end")


def _plan_due_dates(session: Session, plans: dict[uuid.UUID, tuple[uuid.UUID, dt.date]],
                    action_kind: str, end_kind: str) -> list[DueDate]:
    """Each action of these plans (id: (case, end of period)) not found done at the plan's
    latest review, by its deadline; a plan whose actions are all done, its closing review."""
    if not plans:
        return []
    latest: dict[uuid.UUID, dict[str, str]] = {}
    for review in session.scalars(select(PlanReviewRow).where(
            PlanReviewRow.plan_id.in_(plans), PlanReviewRow.deleted_at.is_(None))
            .order_by(PlanReviewRow.reviewed_on, PlanReviewRow.created_at)):
        latest[review.plan_id] = json.loads(review.statuses)
    open_actions: dict[uuid.UUID, list[dt.date]] = {plan_id: [] for plan_id in plans}
    for action in session.scalars(select(PlanActionRow).where(
            PlanActionRow.plan_id.in_(plans), PlanActionRow.deleted_at.is_(None))):
        if latest.get(action.plan_id, {}).get(str(action.id)) != DONE:
            open_actions[action.plan_id].append(action.due_on)
    found: list[DueDate] = []
    for plan_id, dues in open_actions.items():
        case_id, ends_on = plans[plan_id]
        found += [DueDate(case_id, d, action_kind) for d in dues]
        if not dues:
            found.append(DueDate(case_id, ends_on, end_kind))
    return found
