"""Decisions: a draft prepared by the benefits team, signed by an authorised employee, printed.

A signed decision is a legal act and never changes; a later decision changes it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.documents.data import (
    CareTermsOnPaper,
    ChangedDecision,
    DecisionDocument,
    OfficeOnPaper,
    PartyOnPaper,
    SignatoryOnPaper,
    WithdrawalOnPaper,
)
from ops_desktop.domain.act_kinds import act_book
from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.declension import addressed_dative
from ops_desktop.domain.errors import (
    ConflictError,
    DomainError,
    FieldError,
    NotAssessedError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ops_desktop.domain.fields import (
    INVALID,
    choice_errors,
    date_errors,
    id_errors,
    is_date,
    optional_text_errors,
    require_id,
    require_page,
    text_errors,
)
from ops_desktop.domain.ids import new_id
from ops_desktop.domain.money import amount_errors, from_grosze, to_grosze
from ops_desktop.domain.payments import first_part_month, last_part_month
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.person import validate_iban
from ops_desktop.domain.vocabulary import (
    ORDER_KINDS,
    POLISH_GROUNDS,
    ApplicationStatus,
    CARE_FORM_CODES,
    BenefitForm,
    DecisionKind,
    DecisionStatus,
    Ground,
    PaymentMethod,
    Sex,
    form_of,
)
from ops_desktop.services import mapping
from ops_desktop.services.applications import ApplicationService
from ops_desktop.services.care_paper import care_on_paper
from ops_desktop.services.context import Actor, require
from ops_desktop.services.interview_rules import (
    interview_missing,
    refusal_on_paper,
    refused_interviews,
    require_interview,
)
from ops_desktop.services.office import OfficeService
from ops_desktop.services.procedural_acts import is_order
from ops_desktop.services.views import AssessmentView, DecisionView
from ops_desktop.services.withdrawal import (
    WithdrawalInput,
    discontinuance_row,
    withdrawal_errors,
)
from ops_desktop.storage import acts, anchors, audit, list_versions, queries
from ops_desktop.storage import interview_queries as interview_q
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    ApplicationRow,
    DecisionRow,
    PersonRow,
    UserRow,
    utcnow,
)

MONTHLY = (BenefitForm.PERMANENT, BenefitForm.PERIODIC)
REASONING_MAX = 20000
# Above any benefit the law allows; only bounds what is checked against the assessment.
AMOUNT_MAX = Decimal("1000000")
IBAN_TEXT_MAX = 60  # an IBAN as typed, spaces included; stored compact (34 at most)
# Grounds a decision does not name: it is posted to the household's address, where the person
# who uses violence or the one with the addiction may read it. The reasoning then says that
# further circumstances are recorded in the file (they are, on the application).
GROUNDS_KEPT_OFF_PAPER = frozenset({Ground.DOMESTIC_VIOLENCE, Ground.HUMAN_TRAFFICKING,
                                    Ground.ADDICTION})


@dataclass(frozen=True)
class DecisionInput:
    application_id: uuid.UUID
    kind: DecisionKind
    amount: Decimal | None
    period_from: dt.date | None
    period_to: dt.date | None
    payment_method: PaymentMethod
    bank_account: str | None
    reasoning: str
    # The signed decision this one changes (art. 106 ust. 5 u.p.s.); a signed act is never
    # edited, a later decision changes it.
    corrects_id: uuid.UUID | None = None


def input_errors(data: DecisionInput) -> list[FieldError]:
    """Each field of the form has the right kind and shape, whatever the application says."""
    if not isinstance(data, DecisionInput):
        return [FieldError("decision", INVALID)]
    errors = id_errors("application_id", data.application_id)
    if data.corrects_id is not None:
        errors += id_errors("corrects_id", data.corrects_id)
    errors += choice_errors("kind", data.kind, DecisionKind)
    if data.kind is DecisionKind.DISCONTINUANCE:
        errors.append(FieldError("kind", INVALID))  # only after a withdrawal: prepare_discontinuance
    elif data.kind in ORDER_KINDS:
        errors.append(FieldError("kind", INVALID))  # a postanowienie: procedural_acts.prepare_order
    errors += choice_errors("payment_method", data.payment_method, PaymentMethod)
    # KPA 107 §1: a refusal is always reasoned; a grant may rest on the application alone.
    errors += text_errors("reasoning", data.reasoning, REASONING_MAX,
                          required=data.kind is DecisionKind.REFUSAL, multiline=True)
    errors += optional_text_errors("bank_account", data.bank_account, IBAN_TEXT_MAX)
    if data.amount is not None:
        errors += amount_errors("amount", data.amount, AMOUNT_MAX, allow_zero=False)
    dates = date_errors("period_from", data.period_from) + date_errors("period_to", data.period_to)
    errors += dates
    if not dates and data.period_from and data.period_to and data.period_to < data.period_from:
        errors.append(FieldError("period_to", "end_before_start"))
    return errors


def validate_decision(data: DecisionInput, form: BenefitForm, a: AssessmentView,
                      refused: frozenset[str] = frozenset(),
                      received_on: dt.date | None = None) -> list[FieldError]:
    """The checks a careful benefits worker would make before handing a draft to be signed.

    Every field of `data` has its kind (input_errors found none "invalid"); the fields in
    `refused` already have a problem of their shape and are not looked at again.
    `received_on` is the application's date of receipt, when known.
    """
    errors: list[FieldError] = []
    if data.kind is DecisionKind.REFUSAL:
        return errors
    if not a.eligible:
        errors.append(FieldError("kind", "not_eligible"))
    if data.amount is None:
        errors.append(FieldError("amount", "amount_invalid"))
    elif "amount" not in refused:
        if a.maximum is not None and data.amount > a.maximum:
            errors.append(FieldError("amount", "above_maximum"))
        if a.minimum is not None and data.amount < a.minimum:
            errors.append(FieldError("amount", "below_minimum"))
        if form is BenefitForm.PERMANENT and a.amount is not None and data.amount != a.amount:
            errors.append(FieldError("amount", "not_statutory_amount"))
    if form in MONTHLY:
        if data.period_from is None:
            errors.append(FieldError("period_from", "required"))
        elif (received_on is not None and "period_from" not in refused
              and data.period_from < received_on.replace(day=1)):
            # Art. 106 ust. 3 u.p.s.: granted from the month the application was lodged.
            errors.append(FieldError("period_from", "before_application_month"))
        if form is BenefitForm.PERIODIC and data.period_to is None:
            errors.append(FieldError("period_to", "required"))
    if data.payment_method is PaymentMethod.BANK_TRANSFER and "bank_account" not in refused:
        try:
            validate_iban(data.bank_account or "")
        except DomainError:
            errors.append(FieldError("bank_account", "iban_invalid"))
    return errors


class DecisionService:
    def __init__(self, db: Database, office: OfficeService, applications: ApplicationService) -> None:
        self.db = db
        self.office = office
        self.applications = applications

    def prepare(self, actor: Actor, data: DecisionInput) -> DecisionView:
        """Save a draft decision for the application (replacing an earlier draft)."""
        require(actor, Permission.PREPARE_DECISION)
        shape = input_errors(data)
        if any(e.code == INVALID for e in shape):
            raise ValidationError(shape)  # the rules below cannot read a field of the wrong kind
        app = self.applications.get(actor, data.application_id)
        if data.corrects_id is None and app.status is not ApplicationStatus.REGISTERED:
            raise ConflictError("application_decided")
        if app.defect_call is not None and app.defect_call.pending:
            # KPA art. 64 § 2: nothing is decided until the formal defects are remedied.
            raise ConflictError("defect_call_pending")
        if data.corrects_id is not None:
            self._check_correctable(actor, data.application_id, data.corrects_id)
        a = self._assess(actor, data.application_id, data.period_from)
        if not a.assessed:
            raise NotAssessedError  # no incomes and no "no income" saved: nothing to decide on
        errors = shape + validate_decision(data, app.form, a, frozenset(e.field for e in shape),
                                           app.received_on)
        if errors:
            raise ValidationError(errors)
        account = None
        if data.kind is DecisionKind.GRANT and data.payment_method is PaymentMethod.BANK_TRANSFER:
            account = validate_iban(data.bank_account or "")
        with self.db.session(actor.user_id) as s:
            app_row = queries.get(s, ApplicationRow, app.id)
            if app_row is None:
                raise NotFound("application", app.id)
            _drop_current_draft(s, app_row)
            row = DecisionRow(
                id=new_id(),
                application_id=app.id,
                person_id=app.person_id,
                case_sign=app.case_sign,
                kind=data.kind.value,
                form=app.form.value,
                amount_grosze=None if data.amount is None else to_grosze(data.amount),
                period_from=data.period_from,
                period_to=data.period_to,
                payment_method=data.payment_method.value,
                bank_account=account,
                purpose=app.purpose,
                reasoning=data.reasoning.strip(),
                household_size=a.household_size,
                income_per_person_grosze=to_grosze(a.income_per_person),
                criterion_grosze=to_grosze(a.criterion),
                law_valid_from=a.law_valid_from,
                law_source=a.law_source,
                status=DecisionStatus.DRAFT.value,
                corrects_id=data.corrects_id,
                # Art. 106 ust. 4: the reasoning cites an interview only when one is linked
                # to the application and completed, on the day it was conducted.
                interview_on=interview_q.linked_conducted_on(s, app.id),
                grounds=",".join(g.value for g in app.grounds),
                other_ground=app.other_ground,
                **_part_months(data, app.form),
            )
            # The one draft of the application, on every PC (storage/list_versions.py).
            list_versions.make_current(app_row, row)
            queries.add(s, row)
            s.refresh(row)
            return mapping.decision_view(row)

    def prepare_discontinuance(self, actor: Actor, data: WithdrawalInput) -> DecisionView:
        """Record the party's withdrawal of an undecided application and save the draft
        discontinuing the proceedings (replacing an earlier draft); signed like any decision."""
        require(actor, Permission.PREPARE_DECISION)
        shape = withdrawal_errors(data, None, wall_today())
        if any(e.code == INVALID for e in shape):
            raise ValidationError(shape)
        app = self.applications.get(actor, data.application_id)
        errors = withdrawal_errors(data, app.received_on, wall_today())
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            app_row = queries.application_with_incomes(s, data.application_id)
            if app_row is None:
                raise NotFound("application", data.application_id)
            if app_row.status != ApplicationStatus.REGISTERED.value:
                raise ConflictError("application_decided")  # withdrawn or decided already
            _drop_current_draft(s, app_row)
            row = discontinuance_row(app_row, data)
            row.id = new_id()
            list_versions.make_current(app_row, row)
            queries.add(s, row)
            s.refresh(row)
            return mapping.decision_view(row)

    def _check_correctable(self, actor: Actor, app_id: uuid.UUID, corrects_id: uuid.UUID) -> None:
        """Only the application's latest signed decision can be changed by a new one."""
        require_id("corrects_id", corrects_id)
        with self.db.session(actor.user_id) as s:
            old = queries.get(s, DecisionRow, corrects_id)
            if (old is None or old.application_id != app_id or is_order(old.kind)
                    or old.status != DecisionStatus.SIGNED.value):
                raise ValidationError([FieldError("corrects_id", "invalid")])
            if old.kind == DecisionKind.DISCONTINUANCE.value:
                # The proceedings ended without a benefit: nothing granted to change.
                raise ConflictError("application_decided")
            if _latest_signed(s, app_id) != corrects_id:
                raise ConflictError("decision_outdated")

    def _assess(self, actor: Actor, app_id: uuid.UUID, on: dt.date | None) -> AssessmentView:
        """The assessment by the law in force at `on`; a date before any known law is the
        form's problem (a benefit period typed as 1025), shown next to the period."""
        try:
            return self.applications.assess(actor, app_id, on=on)
        except DomainError as exc:
            if exc.code != "no_law_parameters":
                raise
            raise ValidationError([FieldError("period_from", "no_law_parameters")]) from exc

    def page(self, actor: Actor, status: DecisionStatus | None = None, limit: int = 200,
             after: DecisionView | None = None) -> list[DecisionView]:
        """Newest first; `after` is the last decision shown (the next page)."""
        require(actor, Permission.READ_DECISIONS)
        require_page(limit)
        statuses = (status.value,) if status else tuple(s.value for s in DecisionStatus)
        # Signed decisions by the day they were issued; drafts in the order they were prepared.
        by_issue = status is DecisionStatus.SIGNED
        key: tuple[dt.date | dt.datetime, uuid.UUID] | None = None
        if after is not None:
            by = after.issued_on if by_issue else after.created_at
            key = None if by is None else (by, after.id)
        with self.db.session(actor.user_id) as s:
            rows = queries.decisions(s, statuses, limit, by_issue, key)
            # The head sees in the list which drafts cannot be signed yet, and why.
            missing = interview_missing(s, rows)
            return [dataclasses.replace(mapping.decision_view(d), interview_missing=True)
                    if d.id in missing else mapping.decision_view(d) for d in rows]

    def count(self, actor: Actor, status: DecisionStatus | None = None) -> int:
        require(actor, Permission.READ_DECISIONS)
        statuses = (status.value,) if status else tuple(s.value for s in DecisionStatus)
        with self.db.session(actor.user_id) as s:
            return queries.count_decisions(s, statuses)

    def get(self, actor: Actor, decision_id: uuid.UUID) -> DecisionView:
        require(actor, Permission.READ_DECISIONS)
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, DecisionRow, decision_id)
            if row is None:
                raise NotFound("decision", decision_id)
            return mapping.decision_view(row)

    def for_application(self, actor: Actor, app_id: uuid.UUID) -> list[DecisionView]:
        """Every decision prepared on an application, oldest first (drafts and signed)."""
        require(actor, Permission.READ_DECISIONS)
        with self.db.session(actor.user_id) as s:
            app = queries.get(s, ApplicationRow, app_id)
            # A draft replaced on another PC while apart is not shown (storage/list_versions.py).
            return [mapping.decision_view(d) for d in queries.decisions_for_application(s, app_id)
                    if app is None or list_versions.is_current_draft(app, d)]

    def sign(self, actor: Actor, decision_id: uuid.UUID, on: dt.date | None = None) -> DecisionView:
        """Sign a draft: only a holder of a valid authorisation (art. 110 ust. 7–8 u.p.s.) may.

        The figures are checked once more against the store, and the party and the organ are
        frozen into the decision, so a reprint years later says exactly what was signed.
        """
        require(actor, Permission.SIGN_DECISION)
        require_id("decision_id", decision_id)
        today = wall_today()
        on = today if on is None else on
        if not is_date(on):
            raise ValidationError([FieldError("issued_on", INVALID)])
        if on > today:
            # A decision is dated the day it is signed; a later date would antedate nothing.
            raise ValidationError([FieldError("issued_on", "future_date")])
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, DecisionRow, decision_id)
            if row is None:
                raise NotFound("decision", decision_id)
            _require_current(row)
            app_id = row.application_id
            period_from = row.period_from
            # A discontinuance rests on the withdrawal, a postanowienie on the procedure, not
            # on incomes: nothing to recompute.
            # A decision granting care froze its fee when prepared (services/care_decisions.py).
            no_figures = (row.kind == DecisionKind.DISCONTINUANCE.value or is_order(row.kind)
                          or row.form in CARE_FORM_CODES)
        current = None if no_figures else self._assess(actor, app_id, period_from)
        if current is not None and not current.assessed:
            raise NotAssessedError  # e.g. incomes cleared after the draft was prepared
        office = self.office.settings().on_paper()
        # Two signers of one draft at once: the second is told someone signed it meanwhile.
        with self.db.session(actor.user_id, meanwhile="decision_signed_meanwhile") as s:
            auth = queries.valid_authorisation(s, actor.user_id, on)
            # The authorisation must hold on the date the decision bears and on the day it
            # is really signed: an expired one cannot sign by dating the decision back.
            if auth is None or queries.valid_authorisation(s, actor.user_id, wall_today()) is None:
                raise PermissionDenied("sign_decision")
            row = queries.get(s, DecisionRow, decision_id)
            if row is None:
                raise NotFound("decision", decision_id)
            if row.status != DecisionStatus.DRAFT.value:
                raise ConflictError("decision_signed")
            _require_current(row)  # replaced meanwhile, here or by an exchange
            # Art. 106 ust. 4 u.p.s.: a benefit is decided only after a family interview.
            require_interview(s, row)
            # What the act may act on and what it leaves the application as: acts.json.
            act = act_book(on).kind(row.kind)
            order = is_order(row.kind)
            if order:
                if row.application.status not in act.application_status_before:
                    raise ConflictError("order_outdated")  # e.g. resumed meanwhile
            else:
                expected = (ApplicationStatus.DECIDED.value if row.corrects_id is not None
                            else ApplicationStatus.REGISTERED.value)
                if row.application.status != expected or (current is not None
                                                          and _stale(row, current)):
                    raise ConflictError("decision_outdated")
                if (row.corrects_id is not None
                        and _latest_signed(s, row.application_id) != row.corrects_id):
                    raise ConflictError("decision_outdated")  # another change signed meanwhile
            user = queries.get(s, UserRow, actor.user_id)
            assert user is not None
            # Everything is read before anything is set: the signing is one UPDATE, since
            # the store refuses any later change to a signed decision (storage/triggers.py).
            person = row.person
            row.party_name = mapping.full_name(person)
            row.party_address = "\n".join(mapping.address_line(person).split(", ", 1))
            row.party_delivery_address = "\n".join(mapping.delivery_lines(person))
            row.party_pesel = person.pesel
            row.party_sex = person.sex
            row.party_dative = _dative_of(person) or ""
            row.status = DecisionStatus.SIGNED.value
            row.issued_on = on
            row.signed_at = utcnow()
            row.signed_by = actor.user_id
            row.signatory_name = user.full_name
            row.signatory_position = user.position
            row.authorisation_number = auth.order_number
            row.office_snapshot = json.dumps(dataclasses.asdict(office), ensure_ascii=False)
            # The act's hash goes into the log before the UPDATE that signs: the store
            # refuses a signed decision without it, and `verify` recomputes it.
            acts.record_signing(s, actor.user_id, row)
            if act.application_status_after is not None:
                row.application.status = act.application_status_after
            return mapping.decision_view(row)

    def discard_draft(self, actor: Actor, decision_id: uuid.UUID) -> None:
        require(actor, Permission.PREPARE_DECISION)
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, DecisionRow, decision_id)
            if row is None:
                raise NotFound("decision", decision_id)
            if row.status != DecisionStatus.DRAFT.value:
                raise ConflictError("decision_signed")
            s.delete(row)

    # --- paper ---
    def document(self, actor: Actor, decision_id: uuid.UUID) -> DecisionDocument:
        require(actor, Permission.PRINT_DECISION)
        return self._read_documents(actor, [decision_id], self.office.settings().on_paper())[0]

    def _read_documents(self, actor: Actor, decision_ids: Sequence[uuid.UUID],
                        office: OfficeOnPaper) -> list[DecisionDocument]:
        with self.db.session(actor.user_id) as s:
            rows = queries.decisions_for_paper(s, decision_ids)
            refused = refused_interviews(s, rows.values())
            docs = []
            for decision_id in decision_ids:
                row = rows.get(decision_id)
                if row is None:
                    raise NotFound("decision", decision_id)
                docs.append(dataclasses.replace(
                    _document(row, office, care_on_paper(s, row)),
                    interview_refused=refusal_on_paper(row, refused)))
                # Whoever puts a person's decision on paper (the window, a batch, the
                # command line) answers for it, as for opening the person's file.
                audit.record(s, actor.user_id, "print", "decisions", str(row.id), row.person_id)
            return docs

    def render(self, actor: Actor, decision_id: uuid.UUID) -> bytes:
        from ops_desktop.documents.decision import render_decision

        return render_decision(self.document(actor, decision_id))

    def signed_ids(self, actor: Actor, issued_on: dt.date | None = None) -> list[uuid.UUID]:
        """Signed decisions in print order; only those issued on `issued_on` when given."""
        require(actor, Permission.PRINT_DECISION)
        with self.db.session(actor.user_id) as s:
            return queries.decision_ids(s, (DecisionStatus.SIGNED.value,), issued_on)

    def render_batch(
        self,
        actor: Actor,
        decision_ids: list[uuid.UUID],
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        others: Sequence[Callable[[], bytes]] = (),
    ) -> bytes | None:
        """One combined PDF for a stack of decisions; None when cancelled.

        Decisions are read a few at a time just before they are laid out, so memory does not
        grow with the stack and Cancel stops the reading too. A stack longer than a slice is
        laid out by every core, slice by slice (documents/batch.py). `others` render the acts
        other services keep (DPS, shelter and meal decisions): they follow the decisions in
        the same run, before its closing page, which counts them too.
        """
        from ops_desktop.documents.anchor_note import render_run_closing
        from ops_desktop.documents.batch import render_in_parallel
        from ops_desktop.documents.pdf_join import join_pdfs

        require(actor, Permission.PRINT_DECISION)
        office = self.office.settings().on_paper()  # one letterhead for the whole stack
        total = len(decision_ids) + len(others)

        # A few decisions per unit of work: a session per decision cost a twentieth of the
        # printing time, one session for the whole stack would hold every row read.
        chunk = 20

        def docs() -> Iterator[DecisionDocument]:
            for start in range(0, len(decision_ids), chunk):
                yield from self._read_documents(actor, decision_ids[start:start + chunk], office)

        def cancelled() -> bool:
            return bool(is_cancelled is not None and is_cancelled())

        parts = []
        if decision_ids:
            pdf = render_in_parallel(
                docs(), len(decision_ids),
                progress=None if progress is None else lambda n, _of: progress(n, total),
                is_cancelled=is_cancelled)
            if pdf is None:
                return None
            parts.append(pdf)
        for n, render in enumerate(others, start=len(decision_ids) + 1):
            if cancelled():
                return None
            parts.append(render())
            if progress is not None:
                progress(n, total)
        # The run ends with the audit log's head: an anchor kept on paper (storage/anchors.py).
        with self.db.session(actor.user_id) as s:
            head = anchors.session_head(s)
        closing = render_run_closing(office, total, "" if head is None else str(head),
                                     wall_now().replace(microsecond=0))
        return join_pdfs([*parts, closing])


def _drop_current_draft(s: Session, app: ApplicationRow) -> None:
    """A new draft replaces the application's current one (every draft while it names
    none). A draft another PC prepared apart that lost stays for the coordinator's conflict
    entry (storage/list_versions.py); a draft postanowienie is a matter of its own."""
    for old in queries.decisions_for_application(s, app.id):
        if (old.status == DecisionStatus.DRAFT.value and list_versions.replaces_drafts(old)
                and list_versions.is_current_draft(app, old)):
            s.delete(old)


def _require_current(row: DecisionRow) -> None:
    """Only the application's current draft is signed: one prepared on another PC while
    apart, replaced there by the one every PC now holds as current, would be a second
    decision on one application."""
    if row.status == DecisionStatus.DRAFT.value and not list_versions.is_current_draft(
            row.application, row):
        raise ConflictError("draft_replaced")


def _stale(row: DecisionRow, current: AssessmentView) -> bool:
    """The draft's figures differ from what the store says now (household or law changed)."""
    return (row.household_size != current.household_size
            or row.income_per_person_grosze != to_grosze(current.income_per_person)
            or row.criterion_grosze != to_grosze(current.criterion)
            or (row.kind == DecisionKind.GRANT.value and not current.eligible))


def _office_of(row: DecisionRow, live: OfficeOnPaper) -> OfficeOnPaper:
    if not row.office_snapshot:
        return live
    data = json.loads(row.office_snapshot)
    data["address_lines"] = tuple(data.get("address_lines", ()))
    return OfficeOnPaper(**data)


def _party_of(row: DecisionRow) -> PartyOnPaper:
    if row.party_name:  # frozen at signing
        return PartyOnPaper(row.party_name, tuple(row.party_address.splitlines()), row.party_pesel,
                            tuple(row.party_delivery_address.splitlines()))
    person = row.person
    return PartyOnPaper(
        full_name=mapping.full_name(person),
        address_lines=tuple(mapping.address_line(person).split(", ", 1)),
        pesel=person.pesel,
        delivery_lines=mapping.delivery_lines(person),
    )


def _dative_of(person: PersonRow) -> str | None:
    """"Panu Grzegorzowi Żółkiewskiemu"; None when the sex is unknown or the name unsure."""
    sex = Sex(person.sex) if person.sex in {s.value for s in Sex} else None
    return addressed_dative(person.first_name, person.last_name, sex)


def _recipient_of(row: DecisionRow) -> str:
    """What the ruling calls the party: frozen at signing; a signed decision without the
    snapshot (signed before it was kept) prints the neutral wording, as "" says."""
    if row.status == DecisionStatus.SIGNED.value:
        return row.party_dative or ""
    return _dative_of(row.person) or ""


def _grounds_on_paper(codes: str, other: str) -> tuple[tuple[str, ...], bool]:
    """"bezrobocie (art. 7 pkt 4)", an "other" circumstance in the worker's words; and whether
    a ground kept off paper was left out."""
    out = []
    grounds = mapping.grounds(codes)
    for ground in grounds:
        if ground in GROUNDS_KEPT_OFF_PAPER:
            continue
        if ground is Ground.OTHER:
            if other.strip():
                out.append(other.strip())
        else:
            out.append(f"{POLISH_GROUNDS[ground]} (art. 7 pkt {ground.value})")
    return tuple(out), any(g in GROUNDS_KEPT_OFF_PAPER for g in grounds)


def _latest_signed(s: Session, app_id: uuid.UUID) -> uuid.UUID | None:
    signed = [d for d in queries.decisions_for_application(s, app_id)
              if d.status == DecisionStatus.SIGNED.value and not is_order(d.kind)]
    return max(signed, key=lambda d: (d.signed_at or dt.datetime.min, d.id)).id if signed else None


def _document(row: DecisionRow, office: OfficeOnPaper,
              care: CareTermsOnPaper | None = None) -> DecisionDocument:
    grounds, withheld = _grounds_on_paper(row.grounds, row.other_ground)
    signatory = None
    if row.status == DecisionStatus.SIGNED.value:
        signatory = SignatoryOnPaper(row.signatory_name, row.signatory_position,
                                     row.authorisation_number)
    return DecisionDocument(
        office=_office_of(row, office),
        case_sign=row.case_sign,
        issued_on=row.issued_on or wall_today(),
        party=_party_of(row),
        kind=DecisionKind(row.kind),
        form=form_of(row.form),
        application_received_on=row.application.received_on,
        amount=None if row.amount_grosze is None else from_grosze(row.amount_grosze),
        period_from=row.period_from,
        period_to=row.period_to,
        payment_method=PaymentMethod(row.payment_method),
        bank_account=row.bank_account,
        purpose=row.purpose,
        reasoning=row.reasoning,
        household_size=row.household_size,
        income_per_person=from_grosze(row.income_per_person_grosze),
        criterion=from_grosze(row.criterion_grosze),
        signatory=signatory,
        law_period_source=row.law_source,
        changes=None if row.corrects is None else ChangedDecision(
            row.corrects.case_sign, row.corrects.issued_on or row.corrects.created_at.date()),
        recipient=_recipient_of(row),
        grounds=grounds,
        grounds_withheld=withheld,
        interview_on=row.interview_on,
        first_month_amount=_money_or_none(row.first_month_grosze),
        last_month_amount=_money_or_none(row.last_month_grosze),
        withdrawal=_withdrawal_of(row),
        detail=row.ruling_detail,
        corrected_is_order=row.corrects is not None and is_order(row.corrects.kind),
        care=care,
    )


def _money_or_none(grosze: int | None) -> Decimal | None:
    return None if grosze is None else from_grosze(grosze)


def _withdrawal_of(row: DecisionRow) -> WithdrawalOnPaper | None:
    view = mapping.withdrawal_view(row)
    return None if view is None else WithdrawalOnPaper(
        view.withdrawn_on, view.manner, view.requested_discontinuance)


def _part_months(data: DecisionInput, form: BenefitForm) -> dict[str, int | None]:
    """Art. 106 ust. 3 u.p.s.: a monthly benefit's first and last month covered only in part
    pay pro rata; computed once when the draft is saved, so the signed act keeps its grosze."""
    if (data.kind is not DecisionKind.GRANT or form not in MONTHLY or data.amount is None
            or data.period_from is None):
        return {"first_month_grosze": None, "last_month_grosze": None}
    first = first_part_month(data.amount, data.period_from, data.period_to)
    last = last_part_month(data.amount, data.period_from, data.period_to)
    return {"first_month_grosze": None if first is None else to_grosze(first.amount),
            "last_month_grosze": None if last is None else to_grosze(last.amount)}
