"""KPA deadlines of applications: the benefits team marks a case particularly complicated
(art. 35 § 3, two months), records periods that do not count (art. 35 § 5) and gives notice of
delay (art. 36), which it prints; the head sees, per worker, how many applications are overdue
or due soon (`overdue_applications_by_worker`).

How the running deadline is counted is domain/kpa_deadlines.py; every application view carries
it (services/mapping.application_view). Only an application still waiting for its decision
takes a change: a signed decision or discontinuance has ended its deadline. Every write is a
row change, so it is audited and replicated like any other; printing a notice is logged.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.documents.letters_data import DelayNoticeDocument
from ops_desktop.domain.calendar import add_working_days, is_working_day
from ops_desktop.domain.errors import (
    ConflictError,
    FieldError,
    NotFound,
    ValidationError,
)
from ops_desktop.domain.fields import (
    INVALID,
    date_errors,
    flag_errors,
    require_id,
    text_errors,
)
from ops_desktop.domain.kpa_deadlines import DUE_SOON_WORKING_DAYS, Deadline, deadline_law
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import ApplicationStatus
from ops_desktop.services import mapping
from ops_desktop.services.assignment import Work
from ops_desktop.services.context import Actor, require
from ops_desktop.services.dashboard import DeadlineItem, add_deadline_source
from ops_desktop.services.deadline_counts import carrier, dashboard_counts, tallies
from ops_desktop.services.office import OfficeService
from ops_desktop.services.views import ApplicationView, DelayNoticeView
from ops_desktop.storage import audit, queries
from ops_desktop.storage import deadline_queries as deadline_q
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    ApplicationRow,
    DeadlinePauseRow,
    DelayNoticeRow,
    office_today,
)

PAUSE_REASON_MAX = 300  # DeadlinePauseRow.reason
NOTICE_REASON_MAX = 2000  # a paragraph of the notice
LONGEST_PERIOD = dt.timedelta(days=366)  # a pause or a delay longer than a year is a typo
NOTICE_ENTITY = "delay_notice"  # what the audit log names a printed notice


@dataclass(frozen=True)
class PauseInput:
    """A period that does not count (art. 35 § 5), both days included."""

    first_day: dt.date
    last_day: dt.date
    reason: str  # "zawieszenie postępowania", "oczekiwanie na dokumenty strony" …


@dataclass(frozen=True)
class NoticeInput:
    notified_on: dt.date  # the day of the notice
    new_deadline: dt.date  # the new date the case will be settled by
    reason: str  # the reason of the delay, printed


@dataclass(frozen=True)
class WorkerDeadlines:
    """One worker's applications still waiting: how many are overdue, how many due soon."""

    worker_id: uuid.UUID | None  # None: applications no worker carries
    worker_name: str
    overdue: int
    due_soon: int
    waiting: int


def pause_errors(data: PauseInput, received_on: dt.date, today: dt.date) -> list[FieldError]:
    if not isinstance(data, PauseInput):
        return [FieldError("pause", INVALID)]
    errors = text_errors("reason", data.reason, PAUSE_REASON_MAX, required=True)
    first = date_errors("first_day", data.first_day, required=True)
    last = date_errors("last_day", data.last_day, required=True)
    errors += first + last
    if not first:
        if data.first_day < received_on:
            errors.append(FieldError("first_day", "before_receipt"))
        elif data.first_day > today:
            errors.append(FieldError("first_day", "future_date"))
    if not first and not last:
        if data.last_day < data.first_day:
            errors.append(FieldError("last_day", "end_before_start"))
        elif data.last_day - data.first_day > LONGEST_PERIOD:
            errors.append(FieldError("last_day", "period_too_long"))
    return errors


def notice_errors(data: NoticeInput, received_on: dt.date, running: dt.date,
                  today: dt.date) -> list[FieldError]:
    """A reason; the day of the notice between the receipt and today; a new date that is a
    working day later than the deadline running now (and than the notice), within a year."""
    if not isinstance(data, NoticeInput):
        return [FieldError("notice", INVALID)]
    errors = text_errors("reason", data.reason, NOTICE_REASON_MAX, required=True, multiline=True)
    notified = date_errors("notified_on", data.notified_on, required=True)
    new = date_errors("new_deadline", data.new_deadline, required=True)
    errors += notified + new
    if not notified:
        if data.notified_on < received_on:
            errors.append(FieldError("notified_on", "before_receipt"))
        elif data.notified_on > today:
            errors.append(FieldError("notified_on", "future_date"))
    if not new:
        if data.new_deadline <= running or (not notified and data.new_deadline <= data.notified_on):
            errors.append(FieldError("new_deadline", "not_after_deadline"))
        elif data.new_deadline - running > LONGEST_PERIOD:
            errors.append(FieldError("new_deadline", "period_too_long"))
        elif not is_working_day(data.new_deadline):
            errors.append(FieldError("new_deadline", "non_working_day"))
    return errors


def application_worker(row: ApplicationRow) -> uuid.UUID | None:
    """Who carries an application: the worker of its case, else the one who registered it
    (None: neither). The head's counts and the dashboard's lists of applications and of
    appeals against their decisions all use this rule."""
    return carrier(row.case.worker_id, row.created_by)


@dataclass(frozen=True)
class RunningDeadline:
    """An application still waiting for its decision, its running KPA deadline and who
    carries it (`application_worker`)."""

    application: deadline_q.WaitingApplication
    deadline: Deadline
    worker_id: uuid.UUID | None


def running_deadlines(s: Session) -> list[RunningDeadline]:
    """Every application still waiting, with its running deadline: read with one query per
    table (the applications, their persons, cases, pauses and notices), never one per
    application. A signed decision or discontinuance has ended the others' deadlines."""
    found = []
    for row in deadline_q.waiting_applications(s, ApplicationStatus.REGISTERED.value):
        found.append(RunningDeadline(row, mapping.application_deadline(row),
                                     carrier(row.case_worker_id, row.created_by)))
    return found


def dashboard_items(s: Session) -> list[DeadlineItem]:
    """The head's dashboard figure "kpa_application": each application still waiting, by its
    running deadline, on the team and with the worker that carry it. The head moves it by
    moving its case (the worker of the case carries the application)."""
    return [DeadlineItem(r.application.id, r.application.case_id, r.application.person_id,
                         r.application.case_sign,
                         f"{r.application.last_name} {r.application.first_name}",
                         r.application.team, r.worker_id, r.deadline.due_on, Work.CASE)
            for r in running_deadlines(s)]


class DeadlineService:
    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db = db
        self.office = office

    @staticmethod
    def _waiting(s: Session, app_id: object) -> ApplicationRow:
        """The application, still waiting for its decision; else NotFound or a conflict."""
        require_id("application_id", app_id)
        row = queries.application_with_incomes(s, app_id)  # type: ignore[arg-type]
        if row is None or row.deleted_at is not None:
            raise NotFound("application", app_id)
        if row.status != ApplicationStatus.REGISTERED.value:
            raise ConflictError("application_decided")
        return row

    @staticmethod
    def _view(s: Session, row: ApplicationRow) -> ApplicationView:
        s.flush()
        s.refresh(row)
        return mapping.application_view(row)

    def set_complicated(self, actor: Actor, app_id: uuid.UUID,
                        complicated: bool) -> ApplicationView:
        """Mark (or unmark) the case particularly complicated: art. 35 § 3, two months."""
        require(actor, Permission.MANAGE_DEADLINES)
        errors = flag_errors("particularly_complicated", complicated)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = self._waiting(s, app_id)
            row.particularly_complicated = complicated
            return self._view(s, row)

    def record_pause(self, actor: Actor, app_id: uuid.UUID, data: PauseInput) -> ApplicationView:
        """A period that does not count towards the deadline; the deadline moves by its days."""
        require(actor, Permission.MANAGE_DEADLINES)
        with self.db.session(actor.user_id) as s:
            row = self._waiting(s, app_id)
            errors = pause_errors(data, row.received_on, office_today())
            if errors:
                raise ValidationError(errors)
            s.add(DeadlinePauseRow(application_id=row.id, person_id=row.person_id,
                                   first_day=data.first_day, last_day=data.last_day,
                                   reason=data.reason.strip()))
            return self._view(s, row)

    def record_notice(self, actor: Actor, app_id: uuid.UUID, data: NoticeInput) -> DelayNoticeView:
        """Zawiadomienie o niezałatwieniu sprawy w terminie (art. 36): recorded with the
        deadline it replaces; from now its new date is the running deadline."""
        require(actor, Permission.MANAGE_DEADLINES)
        with self.db.session(actor.user_id) as s:
            row = self._waiting(s, app_id)
            running = mapping.application_view(row).kpa_deadline
            assert running is not None
            errors = notice_errors(data, row.received_on, running, office_today())
            if errors:
                raise ValidationError(errors)
            notice = DelayNoticeRow(
                application_id=row.id, person_id=row.person_id, notified_on=data.notified_on,
                previous_deadline=running,
                new_deadline=data.new_deadline, reason=data.reason.strip(),
                worker_name=actor.full_name, worker_position=actor.position)
            s.add(notice)
            s.flush()
            return mapping.notice_view(notice)

    def notice_document(self, actor: Actor, notice_id: uuid.UUID) -> DelayNoticeDocument:
        """The notice as it prints: the office's letterhead, the party and its address, the
        reason, the new date and the instruction on a ponaglenie. Printing is logged."""
        require(actor, Permission.MANAGE_DEADLINES)
        require_id("notice_id", notice_id)
        office = self.office.settings().on_paper()
        with self.db.session(actor.user_id) as s:
            notice = deadline_q.notice(s, notice_id)
            if notice is None or notice.deleted_at is not None:
                raise NotFound("delay_notice", notice_id)
            app = queries.application_with_incomes(s, notice.application_id)
            assert app is not None
            person = app.person
            audit.record(s, actor.user_id, "print", NOTICE_ENTITY, str(notice.id), person.id)
            return DelayNoticeDocument(
                office=office, case_sign=app.case.sign, notified_on=notice.notified_on,
                party_name=mapping.full_name(person),
                party_address=tuple(mapping.delivery_lines(person))
                or tuple(mapping.address_line(person).split(", ", 1)),
                application_received_on=app.received_on, form=app.form,
                previous_deadline=notice.previous_deadline, new_deadline=notice.new_deadline,
                reason=notice.reason, worker_name=notice.worker_name,
                worker_position=notice.worker_position,
                wording=deadline_law(notice.notified_on).notice)

    def render_notice(self, actor: Actor, notice_id: uuid.UUID) -> bytes:
        from ops_desktop.documents.delay_notice import render_delay_notice
        return render_delay_notice(self.notice_document(actor, notice_id))

    def overdue_applications_by_worker(self, actor: Actor,
                                       today: dt.date | None = None) -> list[WorkerDeadlines]:
        """For the head (and any dashboard of the head's): per worker, the applications still
        waiting for a decision, how many are past their running KPA deadline and how many are
        due within DUE_SOON_WORKING_DAYS working days (domain/kpa_deadlines.py).

        The worker of an application is the one carrying its case (CaseRow.worker_id), else
        the one who registered it; applications with neither are counted under None. Sorted
        by most overdue, then most due soon, then name. Needs OVERSEE_TEAMS.
        """
        require(actor, Permission.OVERSEE_TEAMS)
        require(actor, Permission.READ_APPLICATIONS)
        today = today or office_today()
        until = add_working_days(today, DUE_SOON_WORKING_DAYS)
        counts: dict[uuid.UUID | None, list[int]] = {}
        with self.db.session(actor.user_id) as s:
            for (_, worker), t in tallies(s, today, until).items():  # summed over teams
                tally = counts.setdefault(worker, [0, 0, 0])
                tally[0] += t.overdue
                tally[1] += t.due - t.overdue
                tally[2] += t.waiting
            names = deadline_q.user_names(s, {w for w in counts if w is not None})
        rows = [WorkerDeadlines(w, names.get(w, "") if w else "", *tally)
                for w, tally in counts.items()]
        return sorted(rows, key=lambda r: (-r.overdue, -r.due_soon, r.worker_name))


add_deadline_source("kpa_application", dashboard_items, dashboard_counts)
