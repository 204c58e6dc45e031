"""Caseload: each social worker's open cases with the next deadline the program holds, and
for the head every worker's load and the handing of a case to another worker.

Deadlines come from sources, each a function over the store returning dated items per case
(`add_deadline_source`): today the kontrakt socjalny's actions and closing reviews; the family
interview's and the Niebieska Karta steps' deadlines join by adding their source, with no
change here. A case is carried by one worker (CaseRow.worker_id): the one who accepted its
referral, until the head hands it to another; that change is in the audit log, old and new
worker, like any change of a field.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.fields import require_id
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.assignment import Worker, hand_to, team_workers
from ops_desktop.services.context import Actor, require, require_team
from ops_desktop.services.social_work_log import open_social_work_case
from ops_desktop.storage import account_queries, queries
from ops_desktop.storage import caseload_queries as load_q
from ops_desktop.storage import social_work_log_queries as log_q
from ops_desktop.storage.caseload_queries import DueDate, OpenCase
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import UserRow, office_today

TEAM = Team.SOCIAL_WORK.value

# A source of deadlines: the dated items the open cases wait for, called as
# `source(session, cases)`: with `cases`, those of these cases are enough (a worker's list:
# a few hundred of a city's tens of thousands), with None every case's (the head's
# workload). Interviews and Niebieska Karta steps add theirs here.
DeadlineSource = Callable[[Session, "Collection[uuid.UUID] | None"], Iterable[DueDate]]
_SOURCES: list[DeadlineSource] = [load_q.contract_due_dates]


def add_deadline_source(source: DeadlineSource) -> None:
    """Make a feature's deadlines count in every caseload (once per source)."""
    if source not in _SOURCES:
        _SOURCES.append(source)


def _due_dates(s: Session, cases: Collection[uuid.UUID] | None = None
               ) -> dict[uuid.UUID, list[DueDate]]:
    by_case: dict[uuid.UUID, list[DueDate]] = {}
    if cases is not None and not cases:
        return by_case
    for source in _SOURCES:
        for due in source(s, cases):
            by_case.setdefault(due.case_id, []).append(due)
    return by_case


@dataclass(frozen=True)
class CaseloadItem:
    """One open case of a worker's list: its next deadline, and how many items are overdue."""

    case_id: uuid.UUID
    case_sign: str
    person_name: str
    opened_on: dt.date
    next_due: dt.date | None
    next_kind: str  # what falls due then (a code: "contract_action", "contract_end", …)
    overdue: int

    @property
    def is_overdue(self) -> bool:
        return self.overdue > 0


@dataclass(frozen=True)
class WorkerLoad:
    """One row of the head's "Obciążenie pracowników" (worker None: cases nobody carries)."""

    worker_id: uuid.UUID | None
    worker_name: str
    open_cases: int
    overdue: int
    minutes_this_month: int


def _items(cases: list[OpenCase], dues: dict[uuid.UUID, list[DueDate]],
           today: dt.date) -> list[CaseloadItem]:
    items = []
    for case in cases:
        mine = sorted(dues.get(case.id, []), key=lambda d: d.due_on)
        items.append(CaseloadItem(
            case.id, case.sign, case.person_name, case.opened_on,
            mine[0].due_on if mine else None, mine[0].kind if mine else "",
            sum(1 for d in mine if d.due_on < today)))
    # The most pressing first: the earliest deadline; cases with none after, by sign.
    return sorted(items, key=lambda i: (i.next_due is None, i.next_due or today, i.case_sign))


def _listed(s: Session, cases: list[OpenCase]) -> list[CaseloadItem]:
    """The cases as a list's items, reading the deadlines of these cases alone."""
    return _items(cases, _due_dates(s, {c.id for c in cases}), office_today())


class CaseloadService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def my_cases(self, actor: Actor) -> list[CaseloadItem]:
        """"Moje sprawy": the actor's open social-work cases, the most pressing first."""
        require_team(actor, Permission.READ_CASES, TEAM)
        with self.db.session(actor.user_id) as s:
            return _listed(s, load_q.open_cases(s, TEAM, actor.user_id))

    def cases_of(self, actor: Actor, worker_id: uuid.UUID | None) -> list[CaseloadItem]:
        """For the head: one worker's open cases (None: the cases nobody carries)."""
        require(actor, Permission.OVERSEE_TEAMS)
        if worker_id is not None:
            require_id("worker_id", worker_id)
        with self.db.session(actor.user_id) as s:
            return _listed(s, load_q.open_cases(s, TEAM, worker_id))

    def workers(self, actor: Actor) -> list[WorkerLoad]:
        """For the head: every social worker's open cases, overdue items and the minutes of
        social work they logged this month; then anyone else carrying a case, then nobody."""
        require(actor, Permission.OVERSEE_TEAMS)
        today = office_today()
        first = today.replace(day=1)
        with self.db.session(actor.user_id) as s:
            counts = load_q.open_counts(s, TEAM)
            carried = load_q.open_case_workers(s, TEAM)
            overdue: dict[uuid.UUID | None, int] = {}
            for case_id, dues in _due_dates(s).items():
                if case_id in carried:
                    worker = carried[case_id]
                    overdue[worker] = overdue.get(worker, 0) + sum(
                        1 for d in dues if d.due_on < today)
            minutes = log_q.minutes_by_author(s, first, add_months(first, 1) - dt.timedelta(1))
            team = account_queries.active_holders_of(s, Role.SOCIAL_WORK.value)
            names = {u.id: u.full_name for u in team}
            others = [w for w in counts if w is not None and w not in names]
            for user_id in others:
                user = queries.get(s, UserRow, user_id)
                names[user_id] = user.full_name if user else ""
        ordered: list[uuid.UUID | None] = [
            *sorted(names, key=lambda w: (w in others, names[w]))]
        if None in counts:
            ordered.append(None)
        return [WorkerLoad(w, names.get(w, "") if w else "", counts.get(w, 0),
                           overdue.get(w, 0), minutes.get(w, 0) if w else 0) for w in ordered]

    def social_workers(self, actor: Actor) -> list[Worker]:
        """Who a case can be handed to: the active members of the social-work team."""
        require(actor, Permission.OVERSEE_TEAMS)
        with self.db.session(actor.user_id) as s:
            return team_workers(s, TEAM)

    def reassign(self, actor: Actor, case_id: uuid.UUID, worker_id: uuid.UUID) -> None:
        """The head hands an open social-work case to another social worker; the audit log
        keeps the old and the new worker. The case then shows in the new worker's list."""
        require(actor, Permission.OVERSEE_TEAMS)
        require_id("worker_id", worker_id)
        with self.db.session(actor.user_id) as s:
            # The same move as any team's (services/assignment.py), worded for social work.
            hand_to(s, open_social_work_case(s, case_id), "worker_id", TEAM, worker_id,
                    "not_a_social_worker")
