"""Posiłek (art. 48b u.p.s.): decisions granting meals, by the services team, and the meals
actually given under each, a count a month.

The services team prepares the decision, as it prepares shelter decisions: it arranges the
meals with the school, canteen or provider and counts what was given, so the case is its
own. The decision states who eats (the party, or a child of the household at school), where,
the period, days × meals a day and the price of a meal; the program compares the household's
income per person with the programme's threshold (resources/law/meals.json × the criterion
in force on the decision's day) and says whether the meals are free or paid. It is signed
after a completed interview when resources/law/interview_rules.json says so, by the head in
the common signing list, and then never changes (the store refuses too).

Each month the worker records the meals given, as the school reported them: never for a
month outside the period nor more in all than granted. MRPiPS-03 counts them in 1B.11
(storage/service_fact_queries.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.documents.letters_data import PlacementDocument
from ops_desktop.documents.values import date_long
from ops_desktop.documents.values import money as money_text
from ops_desktop.domain.errors import FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import id_errors, require_id
from ops_desktop.domain.interview_rules import interview_rules
from ops_desktop.domain.interviews import InterviewStatus
from ops_desktop.domain.law import LawBook, default_lawbook
from ops_desktop.domain.meals import (
    MealKind,
    MealTerms,
    meal_law,
    meal_terms,
    month_errors,
    terms_errors,
)
from ops_desktop.domain.money import from_grosze, to_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import mapping
from ops_desktop.services import placement_common as common
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.services.preparing_teams import ActKind
from ops_desktop.storage import audit, queries
from ops_desktop.storage import meal_queries as mq
from ops_desktop.storage import placement_queries as pq
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import PersonRow
from ops_desktop.storage.models_meals import MealDecisionRow, MealMonthRow

ENTITY = "meal_decisions"
# The interview rules name posiłek as a form of help and a decision as granting it.
FORM, GRANT = "meal", "grant"


@dataclass(frozen=True)
class MealDecisionInput:
    case_id: uuid.UUID
    beneficiary_id: uuid.UUID  # the party, or a member of the household (a child at school)
    kind: MealKind
    place: str  # the school, canteen or provider
    decided_on: dt.date
    starts_on: dt.date
    ends_on: dt.date
    days: int  # days meals are given in the period (school days, as a rule)
    per_day: int
    price: Decimal  # one meal
    income: Decimal  # the household's monthly net income (art. 8)
    household_size: int
    interview_id: uuid.UUID | None = None
    reasoning: str = ""


@dataclass(frozen=True)
class MealDecisionView:
    id: uuid.UUID
    number: str
    person_id: uuid.UUID
    person_name: str
    beneficiary_name: str
    case_sign: str
    kind: MealKind
    place: str
    decided_on: dt.date
    starts_on: dt.date
    ends_on: dt.date
    meals: int
    price: Decimal
    total: Decimal
    free: bool
    given: int  # meals recorded as given so far
    signed: bool
    signed_on: dt.date | None = None  # the office's day the head signed it (issued)
    signed_at: dt.datetime | None = None  # the moment, naive UTC: the signed list's key
    signatory_name: str = ""


@dataclass(frozen=True)
class MealMonthView:
    decision_id: uuid.UUID
    month: dt.date
    meals: int
    # meals × price when the office pays (free meals); None for paid meals: the party's share
    # is set by the council's resolution, which the program does not hold
    amount: Decimal | None


@dataclass(frozen=True)
class Member:
    id: uuid.UUID
    name: str


def decision_errors(data: object) -> list[FieldError]:
    if not isinstance(data, MealDecisionInput):
        return [FieldError("decision", "invalid")]
    errors = id_errors("case_id", data.case_id) + id_errors("beneficiary_id", data.beneficiary_id)
    if data.interview_id is not None:
        errors += id_errors("interview_id", data.interview_id)
    errors += terms_errors(data.kind, data.place, data.starts_on, data.ends_on, data.days,
                           data.per_day, data.price, data.income, data.household_size,
                           data.reasoning)
    if not isinstance(data.decided_on, dt.date) or isinstance(data.decided_on, dt.datetime):
        errors.append(FieldError("decided_on", "required" if data.decided_on is None
                                 else "invalid"))
    return errors


class MealService(common.SignedDecisions[MealDecisionView]):
    KIND = ActKind.MEAL
    ROW = MealDecisionRow

    def __init__(self, db: Database, office: OfficeService, lawbook: LawBook | None = None
                 ) -> None:
        self.db, self.office, self.lawbook = db, office, lawbook or default_lawbook()

    # --- preparing ---------------------------------------------------------------------------

    def members(self, actor: Actor, case_id: uuid.UUID) -> list[Member]:
        """Who may eat the meals: the party first, then the household's other members."""
        self._reader(actor)
        with self.db.session(actor.user_id) as s:
            case = self._case(s, case_id)
            ids = [case.person_id] + [i for i in queries.household_member_ids(s, case.person_id)
                                      if i != case.person_id]
            return [Member(i, common.person_name(s, i)) for i in ids]

    def terms(self, actor: Actor, data: MealDecisionInput) -> MealTerms:
        """What the typed decision would grant: the meals, their cost, free or paid."""
        self._reader(actor)
        errors = decision_errors(data)
        if errors:
            raise ValidationError(errors)
        return self._terms(data)

    def _terms(self, data: MealDecisionInput) -> MealTerms:
        return meal_terms(data.days, data.per_day, data.price, data.income, data.household_size,
                          meal_law(data.decided_on), self.lawbook.in_force(data.decided_on))

    def prepare(self, actor: Actor, data: MealDecisionInput) -> MealDecisionView:
        """A draft decision; an interview is required when the rules in force say so, and then
        only a completed one of the household, conducted by the decision's day."""
        self._preparer(actor)
        errors = decision_errors(data)
        if errors:
            raise ValidationError(errors)
        terms = self._terms(data)
        with self.db.session(actor.user_id) as s:
            case = self._case(s, data.case_id)
            household = queries.household_member_ids(s, case.person_id)
            if data.beneficiary_id != case.person_id and data.beneficiary_id not in household:
                raise ValidationError([FieldError("beneficiary_id", "meal_not_household")])
            interview_id = self._interview(s, data, household)
            row = MealDecisionRow(
                person_id=case.person_id, beneficiary_id=data.beneficiary_id, case_id=case.id,
                interview_id=interview_id,
                number=common.number(s, "meal_decision", "POS", data.decided_on),
                kind=data.kind.value, place=data.place.strip(), decided_on=data.decided_on,
                starts_on=data.starts_on, ends_on=data.ends_on, days=data.days,
                per_day=data.per_day, price_grosze=to_grosze(data.price),
                income_grosze=to_grosze(data.income), household_size=data.household_size,
                threshold_grosze=to_grosze(terms.threshold), free=terms.free,
                reasoning=data.reasoning.strip())
            queries.add(s, row)
            return self._view(s, row)

    @staticmethod
    def _interview(s: Session, data: MealDecisionInput,
                   household: list[uuid.UUID]) -> uuid.UUID | None:
        needed = interview_rules(data.decided_on).requires_interview(GRANT, FORM)
        if data.interview_id is None:
            if needed:
                raise ValidationError([FieldError("interview_id", "meal_needs_interview")])
            return None
        interview = pq.interview(s, data.interview_id)
        if interview is None or interview.person_id not in household:
            raise ValidationError([FieldError("interview_id", "interview_missing")])
        if interview.status != InterviewStatus.COMPLETED.value or interview.conducted_on is None:
            raise ValidationError([FieldError("interview_id", "meal_needs_interview")])
        if interview.conducted_on > data.decided_on:
            raise ValidationError([FieldError("decided_on", "before_interview")])
        return interview.id

    # sign, discard and decisions: common.SignedDecisions

    # --- the meals given -----------------------------------------------------------------------

    def record_month(self, actor: Actor, decision_id: uuid.UUID, month: dt.date,
                     meals: int) -> MealMonthView:
        """The meals given in `month` under a signed decision, as reported; typing a month
        again corrects it (audited)."""
        require(actor, Permission.WRITE_PLACEMENTS)
        with self.db.session(actor.user_id) as s:
            row = self._decision(s, decision_id)
            if row.status != common.SIGNED:
                raise ValidationError([FieldError("decision_id", "meal_not_signed")])
            others = sum(m.meals for m in mq.months(s, row.id) if m.month != month)
            errors = month_errors(month, meals, row.starts_on, row.ends_on,
                                  row.days * row.per_day, others)
            if errors:
                raise ValidationError(errors)
            found = next((m for m in mq.months(s, row.id) if m.month == month), None)
            if found is None:
                found = MealMonthRow(decision_id=row.id, month=month, meals=meals)
                queries.add(s, found)
            else:
                found.meals = meals
                s.flush()
            return self._month(row, found)

    def months(self, actor: Actor, decision_id: uuid.UUID) -> list[MealMonthView]:
        require(actor, Permission.READ_PLACEMENTS)
        with self.db.session(actor.user_id) as s:
            row = self._decision(s, decision_id)
            return [self._month(row, m) for m in mq.months(s, row.id)]

    # --- paper -------------------------------------------------------------------------------

    def document(self, actor: Actor, decision_id: uuid.UUID) -> bytes:
        """The decision with every element of KPA art. 107 § 1, each figure as it was decided."""
        from ops_desktop.documents.placement_decision import render_placement_decision
        self._reader(actor)
        office = self.office.settings().on_paper()
        with self.db.session(actor.user_id) as s:
            row = self._decision(s, decision_id)
            party = common.party(s, row.person_id)
            beneficiary = queries.get(s, PersonRow, row.beneficiary_id)
            interview = pq.interview(s, row.interview_id) if row.interview_id else None
            sign_ = common.case_sign(s, row.case_id)
            audit.record(s, actor.user_id, "print", ENTITY, str(row.id), row.person_id)
        law = meal_law(row.decided_on)
        price, meals = from_grosze(row.price_grosze), row.days * row.per_day
        eater = ("" if row.beneficiary_id == row.person_id or beneficiary is None
                 else f", dla: {mapping.full_name(beneficiary)}")
        ruling = law.text("ruling").format(
            party=party.full_name, kind=law.kind_text(MealKind(row.kind)), beneficiary=eater,
            place=row.place, starts_on=date_long(row.starts_on), ends_on=date_long(row.ends_on),
            meals=meals, days=row.days, per_day=row.per_day)
        income_of = ("osoby samotnie gospodarującej" if row.household_size == 1
                     else "na osobę w rodzinie")
        per_person = from_grosze(row.income_grosze) / row.household_size
        money_terms = law.text("free" if row.free else "paid").format(
            income_of=income_of, income=money_text(per_person.quantize(Decimal("0.01"))),
            threshold_percent=law.threshold_percent,
            threshold=money_text(from_grosze(row.threshold_grosze)),
            price=money_text(price), total=money_text(price * meals))
        reasons: list[str] = []
        if interview is not None and interview.conducted_on is not None:
            reasons.append(law.text("interview").format(
                conducted_on=date_long(interview.conducted_on)))
        reasons += [law.text("reasoning").format(threshold_percent=law.threshold_percent),
                    row.reasoning]
        return render_placement_decision(PlacementDocument(
            office=office, number=row.number, case_sign=sign_, decided_on=row.decided_on,
            party=party, subject=law.text("subject"), legal_basis=law.text("legal_basis"),
            ruling=(ruling, money_terms), reasoning=tuple(reasons), appeal_days=law.appeal_days,
            signatory=common.signatory(row), distribution=("Strona", row.place, "a/a")))

    # --- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _rows(s: Session) -> Sequence[MealDecisionRow]:
        return mq.decisions(s)

    @staticmethod
    def _decision(s: Session, decision_id: object) -> MealDecisionRow:
        row = queries.get(s, MealDecisionRow, require_id("decision_id", decision_id))
        if row is None or row.deleted_at is not None:
            raise NotFound("meal_decision", decision_id)
        return row

    @staticmethod
    def _month(row: MealDecisionRow, m: MealMonthRow) -> MealMonthView:
        amount = from_grosze(m.meals * row.price_grosze) if row.free else None
        return MealMonthView(row.id, m.month, m.meals, amount)

    @staticmethod
    def _view(s: Session, row: MealDecisionRow) -> MealDecisionView:
        meals, price = row.days * row.per_day, from_grosze(row.price_grosze)
        return MealDecisionView(
            id=row.id, number=row.number, person_id=row.person_id,
            person_name=common.person_name(s, row.person_id),
            beneficiary_name=common.person_name(s, row.beneficiary_id),
            case_sign=common.case_sign(s, row.case_id), kind=MealKind(row.kind),
            place=row.place, decided_on=row.decided_on, starts_on=row.starts_on,
            ends_on=row.ends_on, meals=meals, price=price, total=price * meals, free=row.free,
            given=sum(m.meals for m in mq.months(s, row.id)), signed=row.status == common.SIGNED,
            signed_on=common.signed_on(row), signed_at=row.signed_at,
            signatory_name=row.signatory_name or "")
