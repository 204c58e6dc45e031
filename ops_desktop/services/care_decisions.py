"""Decisions granting care: usługi opiekuńcze, specjalistyczne (also for persons with mental
disorders) and usługi sąsiedzkie (art. 50 u.p.s.).

The services team prepares them by default; an office setting hands them to the benefits
team. The worker records the application's day of receipt, the kind of care, its scope,
hours a week or a month, the period, place and provider, and the household's income and
size; the program finds the fee % by the table in force in the first month granted – the
council's resolution, or for persons with mental disorders the minister's table with the
hourly price the worker types – and saves a draft decision with its terms
(care_decision_terms). The head signs it in the same list as every decision
(services/decisions.py), and it prints complete per KPA art. 107 (documents/care_decision.py).
A care order names its signed decision: the hours of a month are checked against it and the
bill uses its hourly cost and fee % (services/care_services.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.domain.care_decisions import (
    CareTerms,
    HoursUnit,
    by_ministry_table,
    care_terms,
    monthly_hours_limit,
    terms_errors,
)
from ops_desktop.domain.care_orders import from_hundredths, to_hundredths
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import (
    ConflictError,
    DomainError,
    FieldError,
    NotFound,
    ValidationError,
)
from ops_desktop.domain.fields import INVALID, is_date, require_id, require_page
from ops_desktop.domain.law import LawBook, default_lawbook
from ops_desktop.domain.money import from_grosze, to_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import (
    CARE_FORM_CODES,
    ApplicationStatus,
    CareKind,
    DecisionKind,
    DecisionStatus,
    PaymentMethod,
)
from ops_desktop.services import mapping
from ops_desktop.services import preparing_teams as teams
from ops_desktop.services.care_paper import care_on_paper
from ops_desktop.services.care_services import CareServicesService
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.services.views import DecisionView
from ops_desktop.storage import care_decision_queries as terms_q
from ops_desktop.storage import audit, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    ApplicationRow,
    CareDecisionTermsRow,
    CaseRow,
    DecisionRow,
    utcnow,
)

# What finding the fee may refuse, as the field and code the form shows.
_FEE_PROBLEMS = {
    "care_hourly_cost_missing": ("hourly_cost", "care_hourly_cost_missing"),
    "care_income_invalid": ("income", INVALID),
    "care_household_invalid": ("household_size", INVALID),
}
# Office setting: which team prepares care decisions ("services" unless the office says);
# the head chooses per kind of act (services/preparing_teams.py).
TEAM_KEY = teams.SETTING_KEYS[teams.ActKind.CARE]
TEAMS = teams.TEAMS
PreparedByOtherTeam = teams.PreparedByOtherTeam


@dataclass(frozen=True)
class CareDecisionInput:
    case_id: uuid.UUID
    kind: CareKind
    received_on: dt.date  # the application's day of receipt (KPA art. 61)
    scope: str  # the tasks of care (a health fact)
    hours: Decimal
    hours_unit: HoursUnit
    period_from: dt.date
    period_to: dt.date
    place: str  # where the care is given (the person's home, as a rule)
    provider: str  # the office's own carers or the contracted firm
    income: Decimal  # the household's monthly net income (art. 8)
    household_size: int
    hourly_cost: Decimal | None = None  # SUO for mental disorders: the OPS's price per hour
    reasoning: str = ""


@dataclass(frozen=True)
class CareDecisionTermsView:
    decision_id: uuid.UUID
    kind: CareKind
    scope: str
    hours: Decimal
    hours_unit: HoursUnit
    period_from: dt.date
    period_to: dt.date
    place: str
    provider: str
    hourly_cost: Decimal
    fee_percent: Decimal
    income: Decimal
    household_size: int
    income_share: Decimal
    fee_source: str
    fee_unconfirmed: bool
    status: DecisionStatus
    case_sign: str
    issued_on: dt.date | None
    person_name: str = ""


def _terms_view(t: CareDecisionTermsRow, d: DecisionRow) -> CareDecisionTermsView:
    return CareDecisionTermsView(
        decision_id=d.id, kind=CareKind(t.care_kind), scope=t.scope,
        hours=from_hundredths(t.hours_x100), hours_unit=HoursUnit(t.hours_unit),
        period_from=d.period_from or d.created_at.date(),
        period_to=d.period_to or d.created_at.date(), place=t.place, provider=t.provider,
        hourly_cost=from_grosze(t.hourly_cost_grosze), fee_percent=Decimal(t.fee_percent),
        income=from_grosze(t.income_grosze), household_size=d.household_size,
        income_share=Decimal(t.income_share), fee_source=t.fee_source,
        fee_unconfirmed=t.fee_unconfirmed, status=DecisionStatus(d.status),
        case_sign=d.case_sign, issued_on=d.issued_on,
        person_name=f"{d.person.last_name} {d.person.first_name}")


class CareDecisionService:
    def __init__(self, db: Database, office: OfficeService, care: CareServicesService,
                 law: LawBook | None = None) -> None:
        self.db, self.office, self.care = db, office, care
        self.law = law or default_lawbook()

    # --- who prepares them -----------------------------------------------------------

    def preparing_team(self) -> str:
        return teams.preparing_team(self.db, teams.ActKind.CARE)

    def set_preparing_team(self, actor: Actor, team: str) -> None:
        """The head hands care decisions to the benefits team, or back (audited setting)."""
        teams.set_preparing_team(self.db, actor, teams.ActKind.CARE, team)

    def _require_preparer(self, actor: Actor) -> str:
        return teams.require_preparer(self.db, actor, teams.ActKind.CARE)

    def _require_reader(self, actor: Actor) -> None:
        """The services team reads care; the benefits team only while it prepares them."""
        if not actor.may(Permission.READ_CARE_SERVICES):
            self._require_preparer(actor)

    # --- the fee the decision will fix --------------------------------------------------

    def terms_for(self, actor: Actor, kind: CareKind, income: Decimal, household_size: int,
                  on: dt.date, hourly_cost: Decimal | None = None) -> CareTerms:
        """The fee % and hourly cost for the income on the first day of `on`'s month (shown
        in the dialog as the worker types)."""
        self._require_preparer(actor)
        with self.db.session(actor.user_id) as s:
            return self._terms(s, kind, income, household_size, on, hourly_cost)

    def _terms(self, s: Session, kind: CareKind, income: Decimal, household_size: int,
               on: dt.date, hourly_cost: Decimal | None) -> CareTerms:
        month = on.replace(day=1)
        tables = self.care._tables(s)
        try:
            council_cost = None
            if not by_ministry_table(kind):
                council_cost = self.care._hourly_cost(s, tables.in_force(month))
            return care_terms(kind, income, household_size, month, tables, council_cost,
                              self.law, hourly_cost)
        except DomainError as exc:
            # Each problem under the field it comes from, in the words the screen has.
            field, code = _FEE_PROBLEMS.get(exc.code, ("period_from", exc.code))
            raise ValidationError([FieldError(field, code)]) from exc

    def household_size(self, actor: Actor, case_id: uuid.UUID) -> int:
        """How many people the register holds in the household of the case's person: the
        family size a decision starts from (the worker corrects it after the interview).
        Left at one, a family's income read as a single person's and took the wrong band."""
        team = self._require_preparer(actor)
        with self.db.session(actor.user_id) as s:
            case = queries.get(s, CaseRow, require_id("case_id", case_id))
            if case is None or case.deleted_at is not None or case.team_code != team:
                raise NotFound("case", case_id)
            return max(1, len(queries.household_member_ids(s, case.person_id)))

    # --- the draft ----------------------------------------------------------------------

    def prepare(self, actor: Actor, data: CareDecisionInput) -> DecisionView:
        """Save a draft decision granting care on an open case of the preparing team, with its
        terms; it waits in the head's list of drafts to sign."""
        team = self._require_preparer(actor)
        if not isinstance(data, CareDecisionInput):
            raise ValidationError([FieldError("decision", INVALID)])
        errors = terms_errors(data.kind, data.received_on, data.scope, data.hours,
                              data.hours_unit, data.period_from, data.period_to, data.place,
                              data.provider, data.income, data.household_size,
                              data.hourly_cost, data.reasoning)
        if not isinstance(data.case_id, uuid.UUID):
            errors.append(FieldError("case_id", INVALID))
        if is_date(data.received_on) and data.received_on > wall_today():
            errors.append(FieldError("received_on", "future_date"))
        if errors:
            raise ValidationError(errors)
        own_cost = data.hourly_cost if by_ministry_table(data.kind) else None
        with self.db.session(actor.user_id) as s:
            case = queries.get(s, CaseRow, data.case_id)
            if case is None or case.deleted_at is not None:
                raise NotFound("case", data.case_id)
            if case.team_code != team:
                raise ConflictError(f"not_{team}_case", case.sign)
            if case.closed_on is not None:
                raise ConflictError("case_closed", case.sign)
            terms = self._terms(s, data.kind, data.income, data.household_size,
                                data.period_from, own_cost)
            app = ApplicationRow(
                person_id=case.person_id, case_id=case.id, received_on=data.received_on,
                form=data.kind.value, status=ApplicationStatus.REGISTERED.value,
                requested_from=data.period_from, requested_to=data.period_to)
            queries.add(s, app)
            law = self.law.in_force(data.period_from.replace(day=1))
            row = DecisionRow(
                application_id=app.id, person_id=case.person_id, case_sign=case.sign,
                kind=DecisionKind.GRANT.value, form=data.kind.value, amount_grosze=None,
                period_from=data.period_from, period_to=data.period_to,
                # Nothing is paid out: the person pays the fee (the bill), never the office.
                payment_method=PaymentMethod.CASH.value, bank_account=None,
                reasoning=data.reasoning.strip(), household_size=data.household_size,
                income_per_person_grosze=to_grosze(terms.income_per_person),
                criterion_grosze=to_grosze(terms.criterion), law_valid_from=law.valid_from,
                law_source=law.source, status=DecisionStatus.DRAFT.value)
            queries.add(s, row)
            queries.add(s, CareDecisionTermsRow(
                decision_id=row.id, care_kind=data.kind.value, scope=data.scope.strip(),
                hours_x100=to_hundredths(data.hours), hours_unit=data.hours_unit.value,
                place=data.place.strip(), provider=data.provider.strip(),
                hourly_cost_grosze=to_grosze(terms.hourly_cost),
                fee_percent=str(terms.fee_percent), income_grosze=to_grosze(data.income),
                income_share=str(terms.income_share), fee_source=terms.fee_source,
                fee_unconfirmed=terms.unconfirmed))
            s.refresh(row)
            return mapping.decision_view(row)

    def discard(self, actor: Actor, decision_id: uuid.UUID) -> None:
        """A draft not signed goes, with its terms and its application."""
        self._require_preparer(actor)
        with self.db.session(actor.user_id) as s:
            row = self._decision(s, decision_id)
            if row.status != DecisionStatus.DRAFT.value:
                raise ConflictError("decision_signed")
            t = terms_q.terms(s, row.id)
            app = row.application
            if t is not None:
                s.delete(t)
                s.flush()  # the terms name the decision: they go first
            s.delete(row)
            s.flush()
            # The application stays, marked gone: other PCs may hold rows naming it.
            app.deleted_at = utcnow()

    @staticmethod
    def _decision(s: Session, decision_id: object) -> DecisionRow:
        row = queries.get(s, DecisionRow, require_id("decision_id", decision_id))
        if row is None or row.form not in CARE_FORM_CODES:
            raise NotFound("decision", decision_id)
        return row

    def terms(self, actor: Actor, decision_id: uuid.UUID) -> CareDecisionTermsView:
        require(actor, Permission.READ_CARE_SERVICES)
        with self.db.session(actor.user_id) as s:
            row = self._decision(s, decision_id)
            t = terms_q.terms(s, row.id)
            if t is None:
                raise NotFound("care_decision_terms", decision_id)
            return _terms_view(t, row)

    def for_case(self, actor: Actor, case_id: uuid.UUID) -> list[CareDecisionTermsView]:
        """The care decisions of a person's case (drafts and signed), newest first."""
        require(actor, Permission.READ_CARE_SERVICES)
        with self.db.session(actor.user_id) as s:
            case = queries.get(s, CaseRow, require_id("case_id", case_id))
            if case is None:
                raise NotFound("case", case_id)
            rows = s.query(DecisionRow).filter(
                DecisionRow.person_id == case.person_id,
                DecisionRow.form.in_(sorted(CARE_FORM_CODES)),
                DecisionRow.deleted_at.is_(None)).order_by(DecisionRow.created_at.desc()).all()
            out = []
            for d in rows:
                t = terms_q.terms(s, d.id)
                if t is not None:
                    out.append(_terms_view(t, d))
            return out

    def render(self, actor: Actor, decision_id: uuid.UUID) -> bytes:
        """The decision on paper for whoever prepares or reads care (a draft is marked
        PROJEKT); the head prints signed ones with every other decision."""
        from ops_desktop.documents.decision import render_decision
        from ops_desktop.services.decisions import _document

        self._require_reader(actor)
        office = self.office.settings().on_paper()
        with self.db.session(actor.user_id) as s:
            row = self._decision(s, decision_id)
            doc = _document(row, office, care_on_paper(s, row))
            audit.record(s, actor.user_id, "print", "decisions", str(row.id), row.person_id)
        return render_decision(doc)

    def page(self, actor: Actor, limit: int = 200, offset: int = 0
             ) -> list[CareDecisionTermsView]:
        """Every decision granting care, drafts and signed, the newest prepared first."""
        require(actor, Permission.READ_CARE_SERVICES)
        require_page(limit, offset)
        with self.db.session(actor.user_id) as s:
            return [_terms_view(t, d) for t, d in terms_q.page(s, CARE_FORM_CODES, limit, offset)]

    def count(self, actor: Actor) -> int:
        require(actor, Permission.READ_CARE_SERVICES)
        with self.db.session(actor.user_id) as s:
            return terms_q.count(s, CARE_FORM_CODES)

    def month_limit(self, actor: Actor, decision_id: uuid.UUID, month: dt.date) -> Decimal:
        """The hours the signed decision grants in `month`."""
        t = self.terms(actor, decision_id)
        return monthly_hours_limit(t.hours, t.hours_unit, t.period_from, t.period_to, month)
