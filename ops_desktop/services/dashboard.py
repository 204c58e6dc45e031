"""The head's dashboard: for the whole office, each team and each of its workers, what is
open, what waits, what is late or due within three working days, what waits for the head.

Every figure is counted for all teams and workers at once, one grouped query per figure
(storage/dashboard_queries.py), never one query per worker. Deadlines come from a registry
of sources, one per kind (`add_deadline_source`): today the family interview, the
Niebieska Karta steps, the kontrakt socjalny, the interview's 6-monthly update and the
individual programmes' reviews; another feature's deadlines (KPA
application deadlines, appeals) join with one line at the end of its module, as the
caseload's do (`case_deadlines` turns a caseload source into one of these).

Behind every figure is its list (`items`), and each row there names the record it stands
for, so the screen can open it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.domain.fields import require_id, require_page
from ops_desktop.domain.interviews import deadline as interview_deadline
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services import caseload
from ops_desktop.services.assignment import Work, Worker, team_workers
from ops_desktop.services.blue_card import blue_card_due_dates
from ops_desktop.services.context import Actor, require
from ops_desktop.services.interview_rules import update_counts, update_due_dates
from ops_desktop.storage import audit
from ops_desktop.storage import caseload_queries as load_q
from ops_desktop.storage import dashboard_queries as dq
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import PersonRow, office_today

SOON_WORKING_DAYS = 3  # "due within 3 working days" (issue 15)
ENTITY = "dashboard"


class Figure(StrEnum):
    """The figures that are not deadlines; deadline kinds are the registry's codes."""

    OPEN_CASES = "open_cases"
    REFERRALS = "referrals"
    DRAFTS = "drafts"  # decisions to sign
    LISTS = "lists"  # payment lists to approve
    CONFLICTS = "conflicts"  # between the office's PCs


class Level(StrEnum):
    OFFICE = "office"
    TEAM = "team"
    WORKER = "worker"


@dataclass(frozen=True)
class DeadlineItem:
    """One dated thing that waits: what it is (`ref_id`, moved as `work` if it can be), on
    whose case, carried by whom, due when."""

    ref_id: uuid.UUID
    case_id: uuid.UUID | None
    person_id: uuid.UUID | None
    case_sign: str
    person_name: str
    team: str | None
    worker_id: uuid.UUID | None
    due_on: dt.date
    work: Work | None = None


def person_name(person: PersonRow) -> str:
    """A person as the dashboard's lists name them: surname first."""
    return f"{person.last_name} {person.first_name}"


DeadlineSource = Callable[[Session], Iterable[DeadlineItem]]
# (session, today, the last day "due soon") -> per (team, worker) how many are due by then
# and how many of them overdue: the figure counted without reading each item.
DeadlineCounter = Callable[[Session, dt.date, dt.date],
                           Mapping[tuple[str | None, uuid.UUID | None], "Count"]]
_DEADLINES: dict[str, DeadlineSource] = {}
_COUNTERS: dict[str, DeadlineCounter] = {}


def add_deadline_source(kind: str, source: DeadlineSource,
                        counter: DeadlineCounter | None = None) -> None:
    """Make a feature's deadlines a figure of the dashboard, under `kind` (a code the screen
    words; labels.DASHBOARD_FIGURES). Registering a kind again replaces its source. A kind
    with many items gives a `counter` too: the figure is then counted by it (in the
    database), and `source` is read only for the list behind the figure."""
    _DEADLINES[kind] = source
    _COUNTERS.pop(kind, None)
    if counter is not None:
        _COUNTERS[kind] = counter


def deadline_kinds() -> tuple[str, ...]:
    return tuple(_DEADLINES)


def case_deadlines(source: caseload.DeadlineSource) -> DeadlineSource:
    """A caseload deadline source (dated items per case) as a dashboard one: each item is
    carried by the worker of its case."""
    def items(s: Session) -> list[DeadlineItem]:
        dues = list(source(s))
        cases = dq.case_facts(s, (d.case_id for d in dues))
        return [DeadlineItem(d.case_id, d.case_id, c.person_id, c.sign, c.person_name, c.team,
                             c.worker_id, d.due_on, Work.CASE)
                for d in dues if (c := cases.get(d.case_id)) is not None]
    return items


def _interviews(s: Session) -> list[DeadlineItem]:
    """Interviews not completed, by their deadline (14 working days, 2 when urgent)."""
    return [DeadlineItem(r.ref_id, r.case_id, r.person_id, r.case_sign, r.person_name, r.team,
                         r.worker_id, interview_deadline(learned, urgent), Work.INTERVIEW)
            for r, learned, urgent in dq.draft_interviews(s)]


add_deadline_source("interview", _interviews)
# The same deadlines in "Moje sprawy" and the head's workload, on the interview's case.
caseload.add_deadline_source(lambda s, cases=None: [
    load_q.DueDate(i.case_id, i.due_on, "interview") for i in _interviews(s)
    if i.case_id is not None and (cases is None or i.case_id in cases)])
add_deadline_source("blue_card", case_deadlines(blue_card_due_dates))
add_deadline_source("contract", case_deadlines(load_q.contract_due_dates))
# The head sees, per worker, what "Moje sprawy" shows them: interviews due for their
# 6-monthly update (art. 107 ust. 4) and individual programmes' and help plans' reviews.
add_deadline_source("interview_update", case_deadlines(update_due_dates),
                    lambda s, today, until: {k: Count(*v) for k, v in
                                             update_counts(s, today, until).items()})
add_deadline_source("programme", case_deadlines(load_q.programme_due_dates))


@dataclass(frozen=True)
class Count:
    """A figure's number; for a deadline kind, how many of them are already overdue."""

    total: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class DashboardRow:
    level: Level
    team: str | None  # None: the whole office
    worker_id: uuid.UUID | None  # at the worker level, None: work nobody carries
    worker_name: str
    counts: Mapping[str, Count] = field(default_factory=dict)

    def count(self, figure: str) -> Count:
        return self.counts.get(figure, Count())


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    due_until: dt.date  # the last day counted as "due soon"
    figures: tuple[str, ...]  # in the order the screen shows them
    deadline_kinds: tuple[str, ...]
    rows: tuple[DashboardRow, ...]

    def row(self, team: str | None, worker_id: uuid.UUID | None = None,
            level: Level | None = None) -> DashboardRow | None:
        wanted = level or (Level.OFFICE if team is None else
                           Level.TEAM if worker_id is None else Level.WORKER)
        return next((r for r in self.rows if r.level is wanted and r.team == team
                     and r.worker_id == worker_id), None)


@dataclass(frozen=True)
class DashboardItem:
    """One row behind a figure. `work` says whether (and as what) the head can move it."""

    figure: str
    ref_id: uuid.UUID
    case_id: uuid.UUID | None
    person_id: uuid.UUID | None
    case_sign: str  # for a payment list its number; for a conflict the table
    person_name: str  # for a conflict the field
    team: str | None
    worker_id: uuid.UUID | None
    worker_name: str
    day: dt.date | None  # the date the row is known by (opened, received, prepared, due)
    overdue: bool = False
    work: Work | None = None


_ORDER = (Figure.OPEN_CASES.value, Figure.REFERRALS.value)
_HEAD = (Figure.DRAFTS.value, Figure.LISTS.value, Figure.CONFLICTS.value)
_WORK = {Figure.OPEN_CASES.value: Work.CASE, Figure.REFERRALS.value: Work.REFERRAL}


def _due(s: Session, until: dt.date, kinds: Iterable[str] | None = None
         ) -> dict[str, list[DeadlineItem]]:
    """Each kind's items due on or before `until` (overdue ones included), earliest first."""
    return {kind: sorted((i for i in _DEADLINES[kind](s) if i.due_on <= until),
                         key=lambda i: (i.due_on, i.case_sign))
            for kind in (_DEADLINES if kinds is None else kinds)}


Key = tuple[str | None, uuid.UUID | None]
Cells = dict[Key, dict[str, Count]]


def _tally(plain: Mapping[str, dq.Counts], due: Mapping[str, list[DeadlineItem]],
           counted: Mapping[str, Mapping[Key, Count]], today: dt.date) -> tuple[Cells, Cells]:
    """(totals, own): the office's and each team's totals – a team's (team, None) holds all
    its work – and each worker's own, where (team, None) is the team's work nobody carries."""
    totals: Cells = {}
    own: Cells = {}

    def add(team: str | None, worker: uuid.UUID | None, figure: str, total: int,
            overdue: int = 0) -> None:
        places = [(totals, (None, None))]
        if team is not None:
            places += [(totals, (team, None)), (own, (team, worker))]
        for table, key in places:
            old = table.setdefault(key, {}).get(figure, Count())
            table[key][figure] = Count(old.total + total, old.overdue + overdue)

    for figure, counts in plain.items():
        for (team, worker), n in counts.items():
            add(team, worker, figure, n)
    for kind, items in due.items():
        for i in items:
            add(i.team, i.worker_id, kind, 1, int(i.due_on < today))
    for kind, cells in counted.items():
        for (team, worker), c in cells.items():
            add(team, worker, kind, c.total, c.overdue)
    return totals, own


def _rows(totals: Cells, own: Cells, workers: Mapping[str, list[Worker]],
          names: Mapping[uuid.UUID, str]) -> list[DashboardRow]:
    """The office, then each team followed by its workers, anyone else carrying the team's
    work (the head who took a referral, a worker who left the team), and the work nobody
    carries."""
    rows = [DashboardRow(Level.OFFICE, None, None, "", totals.get((None, None), {}))]
    for team in Team:
        t = team.value
        rows.append(DashboardRow(Level.TEAM, t, None, "", totals.get((t, None), {})))
        members = [(w.id, w.full_name) for w in workers[t]]
        listed = {w for w, _ in members}
        others = sorted(((w, names.get(w, "")) for (tt, w) in own
                         if tt == t and w is not None and w not in listed), key=lambda p: p[1])
        for worker_id, name in [*members, *others]:
            rows.append(DashboardRow(Level.WORKER, t, worker_id, name,
                                     own.get((t, worker_id), {})))
        if (t, None) in own:
            rows.append(DashboardRow(Level.WORKER, t, None, "", own[(t, None)]))
    return rows


class DashboardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def figures(self, actor: Actor) -> Dashboard:
        """Every figure for the office, each team and each worker (the head's first page)."""
        require(actor, Permission.OVERSEE_TEAMS)
        today = office_today()
        until = add_working_days(today, SOON_WORKING_DAYS)
        with self.db.session(actor.user_id) as s:
            plain = {Figure.OPEN_CASES.value: dq.open_cases(s),
                     Figure.REFERRALS.value: dq.waiting_referrals(s),
                     Figure.DRAFTS.value: dq.draft_decisions(s),
                     Figure.LISTS.value: dq.draft_payment_lists(s),
                     Figure.CONFLICTS.value: dq.open_conflicts(s)}
            due = _due(s, until, [k for k in _DEADLINES if k not in _COUNTERS])
            counted = {kind: counter(s, today, until) for kind, counter in _COUNTERS.items()}
            workers = {t.value: team_workers(s, t.value) for t in Team}
            seen = {w for counts in [*plain.values(), *counted.values()] for _, w in counts}
            seen |= {i.worker_id for items in due.values() for i in items}
            names = dq.user_names(s, {w for w in seen if w is not None})
        rows = _rows(*_tally(plain, due, counted, today), workers, names)
        kinds = deadline_kinds()
        return Dashboard(today, until, (*_ORDER, *kinds, *_HEAD), kinds, tuple(rows))

    def items(self, actor: Actor, figure: str, team: str | None, worker_id: uuid.UUID | None,
              whole_team: bool, limit: int = 200, offset: int = 0) -> list[DashboardItem]:
        """The rows behind one figure: of a worker (None: nobody), or of the whole team
        (`whole_team`), or of the office (team None). The reading is audited."""
        require(actor, Permission.OVERSEE_TEAMS)
        if figure not in (*_ORDER, *_HEAD, *_DEADLINES):
            raise ValidationError([FieldError("figure", "invalid")])
        if team is not None and team not in {t.value for t in Team}:
            raise ValidationError([FieldError("team", "invalid")])
        if worker_id is not None:
            require_id("worker_id", worker_id)
        require_page(limit, offset)
        anyone = whole_team or team is None
        today = office_today()
        with self.db.session(actor.user_id) as s:
            found = self._listed(s, figure, team, worker_id, anyone, limit, offset, today)
            names = dq.user_names(s, {i.worker_id for i in found if i.worker_id})
            audit.record(s, actor.user_id, "view", ENTITY, None, None,
                         {"figure": figure, "list": len(found)})
        return [DashboardItem(figure, i.ref_id, i.case_id, i.person_id, i.case_sign,
                              i.person_name, i.team, i.worker_id,
                              names.get(i.worker_id, "") if i.worker_id else "", i.day,
                              i.overdue, i.work) for i in found]

    @staticmethod
    def _listed(s: Session, figure: str, team: str | None, worker_id: uuid.UUID | None,
                anyone: bool, limit: int, offset: int, today: dt.date) -> list[_Row]:
        if figure in _DEADLINES:
            until = add_working_days(today, SOON_WORKING_DAYS)
            items = [i for i in _due(s, until, [figure])[figure]
                     if (team is None or i.team == team) and (anyone or i.worker_id == worker_id)]
            return [_Row(i.ref_id, i.case_id, i.person_id, i.case_sign, i.person_name, i.team,
                         i.worker_id, i.due_on, i.due_on < today, i.work)
                    for i in items[offset:offset + limit]]
        if figure == Figure.OPEN_CASES.value or figure == Figure.REFERRALS.value:
            read = (dq.open_case_rows if figure == Figure.OPEN_CASES.value
                    else dq.waiting_referral_rows)
            teams = [team] if team is not None else [t.value for t in Team]
            rows: list[dq.Listed] = []
            for t in teams:  # the office's list: team after team
                rows += read(s, t, worker_id, anyone, limit + offset - len(rows), 0)
                if len(rows) >= limit + offset:
                    break
            listed = rows[offset:offset + limit]
        elif figure == Figure.DRAFTS.value:
            listed = dq.draft_decision_rows(s, worker_id, anyone, limit, offset)
        elif figure == Figure.LISTS.value:
            listed = dq.draft_list_rows(s, worker_id, anyone, limit, offset)
        else:
            listed = dq.conflict_rows(s, limit, offset)
        return [_Row(r.ref_id, r.case_id, r.person_id, r.case_sign, r.person_name, r.team,
                     r.worker_id, r.day, False, _WORK.get(figure)) for r in listed]


@dataclass(frozen=True)
class _Row:
    ref_id: uuid.UUID
    case_id: uuid.UUID | None
    person_id: uuid.UUID | None
    case_sign: str
    person_name: str
    team: str | None
    worker_id: uuid.UUID | None
    day: dt.date | None
    overdue: bool
    work: Work | None
