"""Benefits team: registering an application, the household's incomes, and what the law computes."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from decimal import Decimal

from ops_desktop.domain.benefits import HouseholdIncome, assess
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import (
    ConflictError,
    FieldError,
    NotFound,
    ValidationError,
)
from ops_desktop.domain.fields import (
    INVALID,
    choice_errors,
    date_errors,
    flag_errors,
    id_errors,
    require_id,
    require_page,
    text_errors,
)
from ops_desktop.domain.law import LawBook, default_lawbook
from ops_desktop.domain.money import amount_errors, from_grosze, to_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import (
    CARE_FORM_CODES,
    ApplicationStatus,
    BenefitForm,
    DecisionStatus,
    Ground,
    Team,
)
from ops_desktop.services import mapping, need_to_know
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.services.referrals import new_case
from ops_desktop.services.views import ApplicationView, AssessmentView, IncomeLine
from ops_desktop.storage import list_versions, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    ApplicationRow,
    IncomeRow,
    IntakeRow,
    PersonRow,
    ReferralRow,
    utcnow,
)

# Still in the worker's list: waiting for a decision, or suspended (KPA art. 97) until resumed.
OPEN = (ApplicationStatus.REGISTERED.value, ApplicationStatus.SUSPENDED.value)
MAX_AMOUNT = Decimal("1000000")
PURPOSE_MAX = 300  # ApplicationRow.purpose
SOURCE_MAX = 200  # IncomeRow.source
OTHER_GROUND_MAX = 200  # ApplicationRow.other_ground


@dataclass(frozen=True)
class ApplicationInput:
    person_id: uuid.UUID
    received_on: dt.date  # KPA deadlines run from the date of receipt
    form: BenefitForm
    purpose: str = ""  # what a zasiłek celowy is for
    unable_to_work: bool = False  # age or total inability to work (zasiłek stały)
    requested_from: dt.date | None = None
    requested_to: dt.date | None = None
    grounds: tuple[Ground, ...] = ()  # art. 7 u.p.s., the reasoning names them
    other_ground: str = ""  # in words, when grounds holds Ground.OTHER
    interview_on: dt.date | None = None  # the family interview, when already held


@dataclass(frozen=True)
class ApplicationFacts:
    """What the reasoning of a decision states besides the incomes; editable until decided."""

    grounds: tuple[Ground, ...]
    other_ground: str
    interview_on: dt.date | None


@dataclass(frozen=True)
class IncomeInput:
    person_id: uuid.UUID
    source: str
    amount: Decimal  # net monthly income in the month before the application


def validate_application(data: ApplicationInput, today: dt.date) -> list[FieldError]:
    if not isinstance(data, ApplicationInput):
        return [FieldError("application", INVALID)]
    errors = id_errors("person_id", data.person_id)
    errors += choice_errors("form", data.form, BenefitForm)
    errors += flag_errors("unable_to_work", data.unable_to_work)
    purpose_required = data.form in (BenefitForm.PURPOSE, BenefitForm.SPECIAL_PURPOSE)
    errors += text_errors("purpose", data.purpose, PURPOSE_MAX, required=purpose_required)
    dates = (date_errors("received_on", data.received_on, required=True)
             + date_errors("requested_from", data.requested_from)
             + date_errors("requested_to", data.requested_to))
    errors += dates
    errors += facts_errors(ApplicationFacts(data.grounds, data.other_ground, data.interview_on),
                           today, data.received_on if not dates else None)
    if dates:
        return errors  # the comparisons below need real dates
    if data.received_on > today:
        errors.append(FieldError("received_on", "future_date"))
    if data.received_on < today - dt.timedelta(days=3660):
        errors.append(FieldError("received_on", "too_old"))
    if data.requested_from and data.requested_to and data.requested_to < data.requested_from:
        errors.append(FieldError("requested_to", "end_before_start"))
    return errors


def facts_errors(facts: ApplicationFacts, today: dt.date,
                 received_on: dt.date | None) -> list[FieldError]:
    """Grounds from the art. 7 list ("other" said in words); an interview not in the future."""
    if not isinstance(facts, ApplicationFacts):
        return [FieldError("grounds", INVALID)]
    errors: list[FieldError] = []
    if not isinstance(facts.grounds, (tuple, list)) or not all(
            isinstance(g, Ground) for g in facts.grounds):
        errors.append(FieldError("grounds", INVALID))
    other = Ground.OTHER in facts.grounds if not errors else False
    errors += text_errors("other_ground", facts.other_ground, OTHER_GROUND_MAX, required=other)
    interview = date_errors("interview_on", facts.interview_on)
    errors += interview
    if not interview and facts.interview_on is not None:
        if facts.interview_on > today:
            errors.append(FieldError("interview_on", "future_date"))
        elif received_on is not None and facts.interview_on < received_on - dt.timedelta(days=183):
            # An interview serves a new application for six months at most (DOMAIN.md §6).
            errors.append(FieldError("interview_on", "too_old"))
    return errors


def validate_incomes(lines: object) -> list[FieldError]:
    """Each line: a household member, a source in words, a net amount in złoty and grosze."""
    if not isinstance(lines, (list, tuple)):
        return [FieldError("income", INVALID)]
    errors: list[FieldError] = []
    for i, line in enumerate(lines):
        if not isinstance(line, IncomeInput):
            errors.append(FieldError(f"income.{i}", INVALID))
            continue
        errors += id_errors(f"income.{i}.person", line.person_id)
        errors += text_errors(f"income.{i}.source", line.source, SOURCE_MAX, required=True)
        errors += amount_errors(f"income.{i}.amount", line.amount, MAX_AMOUNT)
    return errors


class ApplicationService:
    def __init__(self, db: Database, office: OfficeService, lawbook: LawBook | None = None) -> None:
        self.db = db
        self.office = office
        self.lawbook = lawbook or default_lawbook()

    def register(self, actor: Actor, data: ApplicationInput) -> ApplicationView:
        """Register the application in the person's benefits case (opened if needed)."""
        require(actor, Permission.REGISTER_APPLICATION)
        errors = validate_application(data, wall_today())
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            if queries.get(s, PersonRow, data.person_id) is None:
                raise NotFound("person", data.person_id)
            # Each application is its own matter (sprawa) with its own sign in the year it came.
            case = new_case(s, self.office, data.person_id, Team.BENEFITS.value, data.received_on)
            row = ApplicationRow(
                person_id=data.person_id,
                case_id=case.id,
                received_on=data.received_on,
                form=data.form.value,
                status=ApplicationStatus.REGISTERED.value,
                purpose=data.purpose.strip(),
                unable_to_work=data.unable_to_work,
                requested_from=data.requested_from,
                requested_to=data.requested_to,
                grounds=_codes(data.grounds),
                other_ground=data.other_ground.strip() if Ground.OTHER in data.grounds else "",
                interview_on=data.interview_on,
            )
            queries.add(s, row)
            s.refresh(row)
            return mapping.application_view(row)

    def set_facts(self, actor: Actor, app_id: uuid.UUID, facts: ApplicationFacts) -> ApplicationView:
        """Record the art. 7 grounds and the family interview's date of an undecided application."""
        require(actor, Permission.RECORD_INCOMES)
        require_id("application_id", app_id)
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, ApplicationRow, app_id)
            if row is None:
                raise NotFound("application", app_id)
            errors = facts_errors(facts, wall_today(), row.received_on)
            if errors:
                raise ValidationError(errors)
            if row.status != ApplicationStatus.REGISTERED.value:
                raise ConflictError("application_decided")
            row.grounds = _codes(facts.grounds)
            row.other_ground = facts.other_ground.strip() if Ground.OTHER in facts.grounds else ""
            row.interview_on = facts.interview_on
            # A draft names the facts it was prepared with; changed facts make it stale.
            _drop_drafts(s, app_id)
            return mapping.application_view(row)

    def intake_grounds(self, actor: Actor, referral_id: uuid.UUID) -> tuple[tuple[Ground, ...], str]:
        """The art. 7 grounds the desk recorded at the intake behind a referral to benefits.

        They preset the grounds of the application registered after accepting the referral;
        the worker may change them. Only for a referral the benefits team accepted.
        """
        require(actor, Permission.RECORD_INCOMES)
        require_id("referral_id", referral_id)
        with self.db.session(actor.user_id) as s:
            referral = queries.get(s, ReferralRow, referral_id)
            if referral is None or referral.to_team != Team.BENEFITS.value:
                raise NotFound("referral", referral_id)
            intake = queries.get(s, IntakeRow, referral.intake_id) if referral.intake_id else None
            if intake is None or referral.case_id is None:
                return (), ""
            # Only what the inbox showed: a special ground the desk did not share with this
            # team is not handed over by the preset either, nor "other" in words beside it.
            return need_to_know.with_other(need_to_know.referral(actor, referral).grounds,
                                           mapping.grounds(intake.grounds), intake.other_ground)

    def page(self, actor: Actor, open_only: bool = True, limit: int = 200,
             after: ApplicationView | None = None,
             by_deadline: bool = False) -> list[ApplicationView]:
        """Newest first, or by KPA deadline, the nearest first (`by_deadline`); `after` is
        the last application shown (the next page).

        The one-month deadline grows with the date of receipt (domain/calendar.kpa_deadline
        never goes back as the date goes forward), so "by deadline" is the receipt order read
        oldest first: the same index serves it, page by page. An application whose deadline
        was moved (a particularly complicated case, a period that does not count, a notice
        of delay – services/deadlines.py) keeps its place by receipt: the list shows its real
        deadline, the order does not follow it."""
        require(actor, Permission.READ_APPLICATIONS)
        require_page(limit)
        key = None if after is None else (after.received_on, after.id)
        with self.db.session(actor.user_id) as s:
            rows = queries.applications(s, OPEN if open_only else None, limit, key,
                                        oldest_first=by_deadline)
            return [mapping.application_view(r) for r in rows]

    def count(self, actor: Actor, open_only: bool = True) -> int:
        require(actor, Permission.READ_APPLICATIONS)
        with self.db.session(actor.user_id) as s:
            return queries.count_applications(s, OPEN if open_only else None)

    def get(self, actor: Actor, app_id: uuid.UUID) -> ApplicationView:
        require(actor, Permission.READ_APPLICATIONS)
        with self.db.session(actor.user_id) as s:
            row = queries.application_with_incomes(s, app_id)
            if row is None:
                raise NotFound("application", app_id)
            return replace(mapping.application_view(row),
                           no_income_declared=list_versions.no_income_stated(row))

    # --- incomes ---
    def incomes(self, actor: Actor, app_id: uuid.UUID) -> list[IncomeLine]:
        require(actor, Permission.READ_INCOMES)
        with self.db.session(actor.user_id) as s:
            row = queries.application_with_incomes(s, app_id)
            if row is None:
                raise NotFound("application", app_id)
            return [
                IncomeLine(i.person_id, mapping.full_name(i.person), i.source,
                           from_grosze(i.amount_grosze))
                # The winning list only (storage/list_versions.py): a list entered on
                # another PC while apart is kept, not shown beside it.
                for i in list_versions.live_incomes(row)
            ]

    def set_incomes(self, actor: Actor, app_id: uuid.UUID, lines: list[IncomeInput],
                    no_income: bool = False) -> None:
        """Replace the income lines of an application not yet decided.

        `no_income` is the worker's statement that the household has no income at all: it
        is saved (and audited) as a fact, so an empty list then means "no income", while an
        empty list without it means "not entered yet" and the application is not assessed.
        """
        require(actor, Permission.RECORD_INCOMES)
        require_id("application_id", app_id)
        errors = validate_incomes(lines) + flag_errors("no_income", no_income)
        if not errors and no_income and lines:
            errors.append(FieldError("no_income", "no_income_with_lines"))
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = queries.application_with_incomes(s, app_id)
            if row is None:
                raise NotFound("application", app_id)
            # After a decision the incomes may still change: a change decision (art. 106
            # ust. 5) is computed from them; signed decisions keep their own figures.
            if row.status not in (ApplicationStatus.REGISTERED.value,
                                  ApplicationStatus.DECIDED.value):
                raise ConflictError("application_decided")
            if row.case.closed_on is not None:
                raise ConflictError("case_closed", row.case.sign)
            members = set(queries.household_member_ids(s, row.person_id))
            for i, line in enumerate(lines):
                if line.person_id not in members:
                    raise ValidationError([FieldError(f"income.{i}.person", "not_in_household")])
            # The list is replaced whole: a new version names the new lines, so a list
            # written on another PC while apart is never summed with this one.
            for old in list_versions.replaced_incomes(row):
                s.delete(old)
            version = list_versions.new_incomes_version(row)
            # Each statement is written anew, so it travels with its list even when this
            # PC held one already (another PC may have replaced it by lines meanwhile).
            row.no_income_declared_at = utcnow() if no_income else None
            row.no_income_version = version if no_income else None
            # A draft carries the figures it was computed from; new incomes make it stale.
            _drop_drafts(s, app_id)
            for line in lines:
                s.add(IncomeRow(application_id=app_id, person_id=line.person_id,
                                source=line.source.strip(), amount_grosze=to_grosze(line.amount),
                                list_version=version))

    # --- the law ---
    def assess(self, actor: Actor, app_id: uuid.UUID, on: dt.date | None = None) -> AssessmentView:
        """Eligibility and amount with the parameters in force when the benefit period starts.

        `on` is the first day of the benefit period when the decision sets one; otherwise
        the requested start or, failing that, the date of receipt.
        """
        require(actor, Permission.ASSESS_APPLICATION)
        with self.db.session(actor.user_id) as s:
            row = queries.application_with_incomes(s, app_id)
            if row is None:
                raise NotFound("application", app_id)
            if row.form in CARE_FORM_CODES:
                # Care is granted on the services page, its fee by its own table
                # (services/care_decisions.py): no benefit amount to assess.
                raise ConflictError("care_application")
            size = len(queries.household_member_ids(s, row.person_id))
            live = list_versions.live_incomes(row)
            family = sum((from_grosze(i.amount_grosze) for i in live), Decimal("0"))
            own = sum((from_grosze(i.amount_grosze) for i in live if i.person_id == row.person_id),
                      Decimal("0"))
            form = BenefitForm(row.form)
            on = on or row.requested_from or row.received_on
            unable = row.unable_to_work
            assessed = bool(live) or list_versions.no_income_stated(row)
        params = self.lawbook.in_force(on)
        household = HouseholdIncome(members=size, family_income=family, applicant_income=own)
        result = assess(form, params, household, unable_to_work=unable)
        return AssessmentView(
            form=form,
            household_size=size,
            family_income=family,
            applicant_income=own,
            income_per_person=household.per_person_rounded,
            criterion=result.criterion,
            # Nothing saved about incomes: no finding, whatever a zero income would give.
            eligible=result.eligible and assessed,
            amount=result.amount if assessed else None,
            minimum=result.minimum if assessed else None,
            maximum=result.maximum if assessed else None,
            reasons=result.reasons if assessed else ("not_assessed",),
            law_valid_from=params.valid_from,
            law_source=params.source,
            assessed=assessed,
        )


def _codes(grounds: tuple[Ground, ...]) -> str:
    return ",".join(dict.fromkeys(g.value for g in grounds))


def _drop_drafts(s: Session, app_id: uuid.UUID) -> None:
    for draft in queries.decisions_for_application(s, app_id):
        if draft.status == DecisionStatus.DRAFT.value:
            s.delete(draft)
