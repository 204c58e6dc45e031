"""Half-year and full-year statistics for the head: the core of the MRPiPS-03 report.

Counted from signed decisions issued in the period (DOMAIN.md §8): per form of help and
kind of decision, the persons, decisions, amount, families and persons in those families;
the applications received in the period by form and status; and the "praca socjalna" row
(social work needs no decision) from the social-work log: persons and families, each once. Every figure can be traced
to the case signs behind it (`cases_behind`, `applications_behind`), and the same filter
produces both, so a number and its list always agree. Only the head may read them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from ops_desktop.documents.statistics_data import (
    ApplicationFigures,
    BenefitFigures,
    SocialWorkFigures,
    StatisticsPeriod,
    StatisticsReport,
)
from ops_desktop.domain.clock import wall_now
from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.domain.money import from_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import (
    BENEFIT_DECISION_KINDS,
    ApplicationStatus,
    BenefitForm,
    DecisionKind,
)
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import anchors
from ops_desktop.storage import social_work_log_queries as log_q
from ops_desktop.storage import statistics_queries as stats_q
from ops_desktop.storage.database import Database

__all__ = [
    "FIRST_YEAR", "ApplicationBehind", "ApplicationFigures", "BenefitFigures", "CaseBehind",
    "SocialWorkFigures", "StatisticsPeriod", "StatisticsReport", "StatisticsService", "period_of",
]

E = TypeVar("E", bound=StrEnum)

FIRST_YEAR = 2000  # no office keeps decisions from before in this program
LAST_YEAR = 2100


@dataclass(frozen=True)
class CaseBehind:
    """One signed decision counted in a figure; its number is the case sign and its date."""

    case_sign: str
    issued_on: dt.date
    form: BenefitForm
    kind: DecisionKind
    amount: Decimal | None
    period_from: dt.date | None
    period_to: dt.date | None
    household_size: int
    is_change: bool  # changes an earlier decision (art. 106 ust. 5 u.p.s.)


@dataclass(frozen=True)
class ApplicationBehind:
    case_sign: str
    received_on: dt.date
    form: BenefitForm
    status: ApplicationStatus


def period_of(year: object, half: object) -> StatisticsPeriod:
    """The reporting period, or the form's problem shown next to the year or half chooser."""
    errors: list[FieldError] = []
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        errors.append(FieldError("year", "invalid"))
    if half is not None and (isinstance(half, bool) or half != 1):
        errors.append(FieldError("half", "invalid"))
    if errors:
        raise ValidationError(errors)
    assert isinstance(year, int)
    return StatisticsPeriod(year, 1 if half == 1 else None)


def _code(value: object, vocabulary: type[E], field: str) -> str | None:
    """The stored code of an optional filter (None: no filter); anything else is refused."""
    if value is None:
        return None
    if isinstance(value, vocabulary):
        return value.value
    raise ValidationError([FieldError(field, "invalid")])


class StatisticsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def half_year(self, actor: Actor, year: int, half: int | None) -> StatisticsReport:
        """The figures for the first half of `year` (half=1) or the whole year (None)."""
        require(actor, Permission.VIEW_STATISTICS)
        period = period_of(year, half)
        with self.db.session(actor.user_id) as s:
            decided = stats_q.decision_counts(s, period.start, period.end)
            received = stats_q.application_counts(s, period.start, period.end)
            worked = log_q.social_work_count(s, period.start, period.end)
            head = anchors.session_head(s)
        return StatisticsReport(
            period=period,
            benefits=_benefit_rows(decided),
            applications=_application_rows(received),
            generated_at=wall_now().replace(microsecond=0),
            audit_head="" if head is None else str(head),
            social_work=SocialWorkFigures(*worked),
        )

    def cases_behind(self, actor: Actor, year: int, half: int | None,
                     form: BenefitForm | None, kind: DecisionKind | None) -> list[CaseBehind]:
        """The signed decisions counted in one row (form None: every form; kind None: both)."""
        require(actor, Permission.VIEW_STATISTICS)
        period = period_of(year, half)
        form_code, kind_code = _code(form, BenefitForm, "form"), _code(kind, DecisionKind, "kind")
        with self.db.session(actor.user_id) as s:
            found = stats_q.decisions_behind(s, period.start, period.end, form_code, kind_code)
        return [CaseBehind(
            case_sign=d.case_sign, issued_on=d.issued_on, form=BenefitForm(d.form),
            kind=DecisionKind(d.kind),
            amount=None if d.amount_grosze is None else from_grosze(d.amount_grosze),
            period_from=d.period_from, period_to=d.period_to, household_size=d.household_size,
            is_change=d.is_change) for d in found]

    def applications_behind(self, actor: Actor, year: int, half: int | None,
                            form: BenefitForm | None,
                            status: ApplicationStatus | None = None) -> list[ApplicationBehind]:
        """The applications counted in one row of the applications table."""
        require(actor, Permission.VIEW_STATISTICS)
        period = period_of(year, half)
        form_code = _code(form, BenefitForm, "form")
        status_code = _code(status, ApplicationStatus, "status")
        with self.db.session(actor.user_id) as s:
            found = stats_q.applications_behind(
                s, period.start, period.end, form_code,
                None if status_code is None else (status_code,))
        return [ApplicationBehind(a.case_sign, a.received_on, BenefitForm(a.form),
                                  ApplicationStatus(a.status)) for a in found]

    def social_work_behind(self, actor: Actor, year: int,
                           half: int | None) -> list[log_q.SocialWorkBehind]:
        """The cases whose social-work log entries the "praca socjalna" row counts."""
        require(actor, Permission.VIEW_STATISTICS)
        period = period_of(year, half)
        with self.db.session(actor.user_id) as s:
            return log_q.social_work_behind(s, period.start, period.end)

    def render(self, actor: Actor, report: StatisticsReport) -> bytes:
        """The report on paper, under the office's letterhead."""
        # reportlab loads when someone prints, not at the program's start
        from ops_desktop.documents.statistics_report import render_statistics_report

        require(actor, Permission.VIEW_STATISTICS)
        office = OfficeService(self.db).settings().on_paper()
        return render_statistics_report(report, office)


def _benefit_rows(counts: list[stats_q.DecisionCount]) -> tuple[BenefitFigures, ...]:
    """Every form and kind gets a row, zeros included, so the table always has the same shape."""
    found = {(c.form, c.kind): c for c in counts}
    rows: list[BenefitFigures] = []
    for kind in BENEFIT_DECISION_KINDS:
        for form in [*BenefitForm, None]:
            c = found.get((None if form is None else form.value, kind.value))
            rows.append(BenefitFigures(
                form=form, kind=kind, persons=c.persons if c else 0,
                decisions=c.decisions if c else 0,
                amount=from_grosze(c.amount_grosze) if c else Decimal("0.00"),
                families=c.families if c else 0, family_members=c.family_members if c else 0))
    return tuple(rows)


def _application_rows(counts: list[stats_q.ApplicationCount]) -> tuple[ApplicationFigures, ...]:
    def figures(form: BenefitForm | None) -> ApplicationFigures:
        by_status = {s: 0 for s in ApplicationStatus}
        for c in counts:
            if form is None or c.form == form.value:
                by_status[ApplicationStatus(c.status)] += c.applications
        return ApplicationFigures(
            form=form, received=sum(by_status.values()),
            pending=(by_status[ApplicationStatus.REGISTERED]
                     + by_status[ApplicationStatus.SUSPENDED]),
            decided=by_status[ApplicationStatus.DECIDED],
            withdrawn=by_status[ApplicationStatus.WITHDRAWN])

    return tuple(figures(f) for f in [*BenefitForm, None])
