"""Appeals (odwołania, KPA art. 127–140) against the office's signed decisions.

The benefits team registers an appeal lodged through the office and sees at once whether it
came within the party's 14 days (art. 129 § 2, counted from delivery). The organ then has 7
days from receiving it (art. 133): it grants the appeal in full by a new decision that
changes the appealed one (art. 132 § 1; the ordinary change decision, `corrects_id`, signed
as any decision – the appeal is settled when that decision is signed), or it forwards the
appeal with the file to the SKO with a cover letter listing the documents sent. The SKO's
outcome (art. 138) is recorded; a case sent back to be decided again reopens the
application. The appealed decision itself never changes (storage/triggers.py).

For the coordinator's dashboard: `AppealService.pending(actor, today)` lists the appeals
whose organ's 7 days are running or have passed (soonest deadline first); each view's
`organ_deadline` and `overdue_on(today)` say how it stands.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.documents.letters_data import ORDER_WORDS, AppealCoverLetter
from ops_desktop.documents.texts import decision_texts
from ops_desktop.documents.values import date_short
from ops_desktop.domain.act_kinds import act_book
from ops_desktop.domain.appeals import (
    OPEN_STATES,
    AppealState,
    Remedy,
    SkoOutcome,
    Timeliness,
    appeal_rules,
    organ_deadline,
    party_deadline,
    remedy_of,
    timeliness,
)
from ops_desktop.domain.care_decisions import kind_text
from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import (
    INVALID,
    choice_errors,
    date_errors,
    id_errors,
    require_id,
    text_errors,
)
from ops_desktop.domain.money import amount_errors, from_grosze, to_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
    CareKind,
    DecisionKind,
    DecisionStatus,
    form_of,
)
from ops_desktop.services import mapping
from ops_desktop.services.assignment import Work
from ops_desktop.services.context import Actor, require
from ops_desktop.services.dashboard import DeadlineItem, add_deadline_source, person_name
from ops_desktop.services.deadlines import application_worker
from ops_desktop.services.decisions import DecisionInput, DecisionService
from ops_desktop.services.office import OfficeService
from ops_desktop.services.views import DecisionView
from ops_desktop.storage import appeal_queries as appeal_q
from ops_desktop.storage import audit, queries
from ops_desktop.storage import interview_queries as interview_q
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import AppealRow, DecisionRow, office_today

ENTITY = "appeal"
LODGED_BY_MAX = 200
SUMMARY_MAX = 2000
SKO_SIGN_MAX = 60
CASE_SIGN_MAX = 60
DOCUMENT_MAX = 300  # one line of the list of documents sent
DOCUMENTS_MAX = 40
AMOUNT_MAX = Decimal("1000000")  # as a decision's (services/decisions.py)
# Stored states; "granted" is not stored: it is read from the signed change decision, so a
# decision signed on another PC settles the appeal there too.
CLOSED = (AppealState.SKO_DECIDED.value,)


@dataclass(frozen=True)
class AppealInput:
    decision_id: uuid.UUID  # the signed decision appealed against
    lodged_on: dt.date  # posted or handed in (art. 57 § 5): decides the 14 days
    received_on: dt.date  # reached the office: starts the organ's 7 days
    lodged_by: str
    summary: str
    delivered_on: dt.date | None = None  # the decision reached the party; None = unknown
    # Art. 132: the decision's other parties who did not appeal, one a line; empty: none.
    other_parties: str = ""


@dataclass(frozen=True)
class ForwardInput:
    forwarded_on: dt.date
    documents: tuple[str, ...]  # the list printed on the cover letter, as edited


@dataclass(frozen=True)
class OutcomeInput:
    outcome: SkoOutcome
    decided_on: dt.date  # the day of the SKO's decision
    sko_sign: str  # the SKO's sign of the case ("SKO.4101.123.2026")
    # Quashed and decided on the merits (art. 138 § 1 pkt 2): the SKO's new monthly amount
    # (or the one-off sum) and period, paid from then on; no amount: it granted nothing.
    amount: Decimal | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None  # None: indefinitely (zasiłek stały)


@dataclass(frozen=True)
class AppealView:
    id: uuid.UUID
    decision_id: uuid.UUID
    application_id: uuid.UUID
    person_id: uuid.UUID
    case_sign: str
    party_name: str
    decision_kind: DecisionKind
    decision_issued_on: dt.date | None
    lodged_on: dt.date
    received_on: dt.date
    lodged_by: str
    summary: str
    delivered_on: dt.date | None
    timeliness: Timeliness
    party_deadline: dt.date | None  # None when the day of delivery is not known
    organ_deadline: dt.date
    state: AppealState
    granting_decision_id: uuid.UUID | None  # the decision changing the appealed one
    granted_on: dt.date | None  # the day it was issued, once signed
    forwarded_on: dt.date | None
    forwarded_name: str
    documents: tuple[str, ...]
    sko_outcome: SkoOutcome | None
    sko_decided_on: dt.date | None
    sko_sign: str
    sko_amount: Decimal | None = None  # the SKO's new content (art. 138 § 1 pkt 2)
    sko_period_from: dt.date | None = None
    sko_period_to: dt.date | None = None
    # "odwołanie" on a decision, "zażalenie" on a postanowienie (art. 141–144): its days are
    # the act kind's (resources/law/acts.json); the organ's 7 days and the SKO are the same.
    remedy: str = "odwołanie"
    other_parties: tuple[str, ...] = ()
    others_consented_on: dt.date | None = None

    @property
    def all_parties_agree(self) -> bool:
        """Art. 132 § 1–2: every party appealed, or the others consented."""
        return not self.other_parties or self.others_consented_on is not None

    def overdue_on(self, today: dt.date) -> bool:
        """The 7 days have passed and the office has neither forwarded nor granted it."""
        return self.state in OPEN_STATES and today > self.organ_deadline

    @property
    def forwarded_late(self) -> bool:
        return self.forwarded_on is not None and self.forwarded_on > self.organ_deadline


def appeal_errors(data: AppealInput, issued_on: dt.date | None, today: dt.date) -> list[FieldError]:
    """Each field has its kind; the days fall between the decision's issue and today, and the
    appeal reached the office no earlier than it was lodged."""
    if not isinstance(data, AppealInput):
        return [FieldError("appeal", INVALID)]
    errors = id_errors("decision_id", data.decision_id)
    errors += text_errors("lodged_by", data.lodged_by, LODGED_BY_MAX, required=True)
    errors += text_errors("summary", data.summary, SUMMARY_MAX, required=True, multiline=True)
    errors += text_errors("other_parties", data.other_parties, SUMMARY_MAX, multiline=True)
    for name, required in (("lodged_on", True), ("received_on", True), ("delivered_on", False)):
        value = getattr(data, name)
        shape = date_errors(name, value, required=required)
        errors += shape
        if shape or value is None:
            continue
        if value > today:
            errors.append(FieldError(name, "future_date"))
        elif issued_on is not None and value < issued_on:
            errors.append(FieldError(name, "before_decision"))
    if (not any(e.field in ("lodged_on", "received_on") for e in errors)
            and data.received_on < data.lodged_on):
        errors.append(FieldError("received_on", "before_lodged"))
    return errors


def _later_day_errors(name: str, value: object, earliest: dt.date, code: str,
                      today: dt.date) -> list[FieldError]:
    """A required day no later than today and no earlier than `earliest`."""
    errors = date_errors(name, value, required=True)
    if errors:
        return errors
    assert isinstance(value, dt.date)
    if value > today:
        return [FieldError(name, "future_date")]
    return [FieldError(name, code)] if value < earliest else []


def content_errors(data: OutcomeInput, against_order: bool = False) -> list[FieldError]:
    """The SKO's new content belongs to a decision on the merits only (a postanowienie pays
    nothing); an amount has its period's start, and the period does not end before it."""
    given = [n for n in ("amount", "period_from", "period_to") if getattr(data, n) is not None]
    if data.outcome != SkoOutcome.QUASHED_DECIDED or against_order:
        return [FieldError(n, "not_for_outcome") for n in given]
    if not given:
        return []  # the SKO refused the benefit: nothing is paid
    errors = ([FieldError("amount", "required")] if data.amount is None
              else amount_errors("amount", data.amount, AMOUNT_MAX, allow_zero=False))
    start = date_errors("period_from", data.period_from, required=True)
    end = date_errors("period_to", data.period_to)
    errors += start + end
    if (not start and not end and data.period_to is not None
            and data.period_to < data.period_from):  # type: ignore[operator]
        errors.append(FieldError("period_to", "end_before_start"))
    return errors


def _documents_errors(documents: object) -> list[FieldError]:
    if not isinstance(documents, tuple) or len(documents) > DOCUMENTS_MAX:
        return [FieldError("documents", INVALID)]
    errors: list[FieldError] = []
    for item in documents:
        errors += text_errors("documents", item, DOCUMENT_MAX)
    if not errors and not any(item.strip() for item in documents):
        errors.append(FieldError("documents", "required"))
    return errors[:1]


class AppealService:
    def __init__(self, db: Database, office: OfficeService, decisions: DecisionService) -> None:
        self.db = db
        self.office = office
        self.decisions = decisions

    # --- reading -----------------------------------------------------------------------

    def appeals(self, actor: Actor) -> list[AppealView]:
        """Every appeal, the newest received first."""
        require(actor, Permission.READ_APPEALS)
        with self.db.session(actor.user_id) as s:
            return _views(s, appeal_q.appeals(s))

    def pending(self, actor: Actor, today: dt.date | None = None) -> list[AppealView]:
        """The appeals whose organ's 7 days (art. 133) are running or have passed without the
        office forwarding or granting them: the soonest deadline first. For the coordinator's
        dashboard; `overdue_on(today)` marks those past their day."""
        require(actor, Permission.READ_APPEALS)
        with self.db.session(actor.user_id) as s:
            return [view for view, _row in _pending(s)]

    def get(self, actor: Actor, appeal_id: uuid.UUID) -> AppealView:
        require(actor, Permission.READ_APPEALS)
        with self.db.session(actor.user_id) as s:
            return _views(s, [self._row(s, appeal_id)])[0]

    def appealable(self, actor: Actor, case_sign: str) -> list[DecisionView]:
        """The signed decisions of a case (by its sign) an appeal can be lodged against,
        newest first."""
        require(actor, Permission.HANDLE_APPEALS)
        errors = text_errors("case_sign", case_sign, CASE_SIGN_MAX, required=True)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            return [mapping.decision_view(d)
                    for d in appeal_q.signed_of_case(s, case_sign.strip())
                    if _remedy(d).appealable]

    @staticmethod
    def _row(s: Session, appeal_id: object) -> AppealRow:
        row = queries.get(s, AppealRow, require_id("appeal_id", appeal_id))
        if row is None or row.deleted_at is not None:
            raise NotFound(ENTITY, appeal_id)
        return row

    # --- registering -------------------------------------------------------------------

    def register(self, actor: Actor, data: AppealInput) -> AppealView:
        """Record an appeal against a signed decision; says at once whether it came in time."""
        require(actor, Permission.HANDLE_APPEALS)
        today = office_today()
        shape = appeal_errors(data, None, today)
        if any(e.code == INVALID for e in shape):
            raise ValidationError(shape)
        with self.db.session(actor.user_id) as s:
            decision = queries.get(s, DecisionRow, data.decision_id)
            if decision is None or decision.deleted_at is not None:
                raise NotFound("decision", data.decision_id)
            if decision.status != DecisionStatus.SIGNED.value:
                raise ConflictError("decision_not_signed")  # a draft is no act yet
            if not _remedy(decision).appealable:
                # A postanowienie the KPA gives no zażalenie on (art. 142): it is challenged
                # in the appeal against the decision that ends the case.
                raise ConflictError("act_not_appealable")
            errors = appeal_errors(data, decision.issued_on, today)
            if errors:
                raise ValidationError(errors)
            if appeal_q.open_on_decision(s, decision.id, CLOSED) is not None:
                raise ConflictError("appeal_exists", decision.case_sign)
            row = AppealRow(
                decision_id=decision.id, application_id=decision.application_id,
                person_id=decision.person_id, case_sign=decision.case_sign,
                lodged_on=data.lodged_on, received_on=data.received_on,
                lodged_by=data.lodged_by.strip(), summary=data.summary.strip(),
                delivered_on=data.delivered_on, state=AppealState.REGISTERED.value,
                other_parties="\n".join(line.strip() for line in data.other_parties.splitlines()
                                        if line.strip()))
            queries.add(s, row)
            s.flush()
            return _views(s, [row])[0]

    # --- the organ's two ways on ---------------------------------------------------------

    def grant_in_full(self, actor: Actor, appeal_id: uuid.UUID, data: DecisionInput) -> DecisionView:
        """Art. 132 § 1: the draft of a decision changing (or revoking) the appealed one,
        prepared and signed like any change decision; the appeal is settled once it is signed."""
        require(actor, Permission.HANDLE_APPEALS)
        with self.db.session(actor.user_id) as s:
            row = self._row(s, appeal_id)
            view = _views(s, [row])[0]
            state, agree = view.state, view.all_parties_agree
            decision_id, application_id = row.decision_id, row.application_id
            remedy = _remedy(row.decision)
        if state not in OPEN_STATES:
            raise ConflictError("appeal_closed")
        if remedy.against_order:
            # The office grants a zażalenie by a new postanowienie (art. 144 with art. 132),
            # prepared under "Postanowienia i wezwania"; this prepares decisions only.
            raise ConflictError("order_granted_by_order")
        if not agree:
            # Art. 132 § 1–2: a party who did not appeal keeps the decision as it is unless
            # it consents; without that only the SKO may change it.
            raise ConflictError("appeal_not_all_parties")
        if not isinstance(data, DecisionInput) or data.application_id != application_id:
            raise ValidationError([FieldError("decision", INVALID)])
        if data.corrects_id != decision_id:
            # The new decision names the appealed one: nothing else settles this appeal.
            raise ValidationError([FieldError("corrects_id", INVALID)])
        prepared = self.decisions.prepare(actor, data)
        with self.db.session(actor.user_id) as s:
            row = self._row(s, appeal_id)
            # Forwarded meanwhile (another PC, another worker): the SKO has it; the draft
            # stays a draft for the worker to discard.
            if row.state == AppealState.REGISTERED.value:
                row.state = AppealState.GRANTING.value
        return prepared

    def record_consent(self, actor: Actor, appeal_id: uuid.UUID,
                       consented_on: dt.date) -> AppealView:
        """Art. 132 § 2: the other parties consented to the change the appeal asks for; the
        office may then grant it in full itself."""
        require(actor, Permission.HANDLE_APPEALS)
        with self.db.session(actor.user_id) as s:
            row = self._row(s, appeal_id)
            view = _views(s, [row])[0]
            if view.state not in OPEN_STATES:
                raise ConflictError("appeal_closed")
            if not view.other_parties:
                raise ConflictError("no_other_parties")
            errors = _later_day_errors("others_consented_on", consented_on, row.received_on,
                                       "before_received", office_today())
            if errors:
                raise ValidationError(errors)
            row.others_consented_on = consented_on
            s.flush()
            return _views(s, [row])[0]

    def suggested_documents(self, actor: Actor, appeal_id: uuid.UUID) -> list[str]:
        """The documents the program holds for the file sent to the SKO, to be edited: the
        appeal, the appealed decision (and earlier ones on the application), the application,
        the family interview when one is linked."""
        require(actor, Permission.HANDLE_APPEALS)
        with self.db.session(actor.user_id) as s:
            row = self._row(s, appeal_id)
            decision, app = row.decision, row.application
            order = _remedy(decision).against_order
            remedy, act = ("Zażalenie", "Zaskarżone postanowienie") if order else (
                "Odwołanie", "Zaskarżona decyzja")
            items = [f"{remedy} z dnia {date_short(row.lodged_on)} r. ({row.lodged_by})",
                     f"{act} z dnia {date_short(decision.issued_on)} r., "
                     f"znak {decision.case_sign}"]
            if row.delivered_on is not None:
                items.append(f"Potwierdzenie doręczenia {'postanowienia' if order else 'decyzji'} z dnia "
                             f"{date_short(row.delivered_on)} r.")
            items += [f"Decyzja z dnia {date_short(d.issued_on)} r. (wcześniejsza w sprawie)"
                      for d in appeal_q.signed_on_application(s, app.id)
                      if d.id != decision.id and d.issued_on and decision.issued_on
                      and d.issued_on <= decision.issued_on]
            items.append(f"Wniosek z dnia {date_short(app.received_on)} r.")
            interview_on = interview_q.linked_conducted_on(s, app.id)
            if interview_on is not None:
                items.append(f"Rodzinny wywiad środowiskowy z dnia {date_short(interview_on)} r.")
            return items

    def forward(self, actor: Actor, appeal_id: uuid.UUID, data: ForwardInput) -> AppealView:
        """Art. 133: the appeal goes with the file to the SKO; the day and the list are kept
        for the cover letter (`cover_letter`)."""
        require(actor, Permission.HANDLE_APPEALS)
        if not isinstance(data, ForwardInput):
            raise ValidationError([FieldError("forward", INVALID)])
        today = office_today()
        with self.db.session(actor.user_id) as s:
            row = self._row(s, appeal_id)
            if _views(s, [row])[0].state not in OPEN_STATES:
                raise ConflictError("appeal_closed")
            errors = _later_day_errors("forwarded_on", data.forwarded_on, row.received_on,
                                       "before_received", today)
            errors += _documents_errors(data.documents)
            if errors:
                raise ValidationError(errors)
            row.state = AppealState.FORWARDED.value
            row.forwarded_on = data.forwarded_on
            row.forwarded_name = actor.full_name
            row.forwarded_documents = "\n".join(i.strip() for i in data.documents if i.strip())
            s.flush()
            return _views(s, [row])[0]

    def cover_letter(self, actor: Actor, appeal_id: uuid.UUID) -> bytes:
        """The letter to the SKO of a forwarded appeal, with its list of documents."""
        from ops_desktop.documents.appeal_letter import render_appeal_letter
        require(actor, Permission.READ_APPEALS)
        office = self.office.settings().on_paper()
        with self.db.session(actor.user_id) as s:
            row = self._row(s, appeal_id)
            view = _views(s, [row])[0]
            if view.forwarded_on is None:
                raise ConflictError("appeal_not_forwarded")
            decision = row.decision
            issued = decision.issued_on or view.received_on
            rules = appeal_rules(view.lodged_on)
            words = {}
            if _remedy(decision).against_order:
                paper = act_book(issued).kind(decision.kind).paper
                order = rules.order_remedy
                words = dict(words=ORDER_WORDS, party_days_citation=order.party_days_citation,
                             act_subject=paper.subject if paper else "")
                citation, self_review = order.forwarding_citation, order.self_review_citation
            else:
                citation, self_review = rules.forwarding_citation, rules.self_review_citation
            letter = AppealCoverLetter(
                office=office, case_sign=view.case_sign, written_on=view.forwarded_on,
                citation=citation, self_review_citation=self_review, lodged_by=view.lodged_by,
                lodged_on=view.lodged_on, received_on=view.received_on,
                decision_issued_on=issued,
                form_genitive=_form_genitive(decision.form, issued),
                party_name=view.party_name, delivered_on=view.delivered_on,
                in_time=None if view.timeliness is Timeliness.UNKNOWN
                else view.timeliness is Timeliness.IN_TIME,
                documents=view.documents, signatory_name=view.forwarded_name,
                **words)  # type: ignore[arg-type]
            # Putting a person's appeal on paper is logged, as for a decision.
            audit.record(s, actor.user_id, "print", "appeals", str(row.id), row.person_id)
        return render_appeal_letter(letter)

    # --- the SKO's outcome -------------------------------------------------------------

    def record_outcome(self, actor: Actor, appeal_id: uuid.UUID, data: OutcomeInput) -> AppealView:
        """Art. 138: what the SKO decided, on which day, under which sign. A case sent back
        (§ 2) reopens the application: it is on the benefits team's open list again."""
        require(actor, Permission.HANDLE_APPEALS)
        if not isinstance(data, OutcomeInput):
            raise ValidationError([FieldError("outcome", INVALID)])
        today = office_today()
        with self.db.session(actor.user_id) as s:
            row = self._row(s, appeal_id)
            if row.state != AppealState.FORWARDED.value or row.forwarded_on is None:
                raise ConflictError("appeal_not_forwarded" if row.state in (
                    AppealState.REGISTERED.value, AppealState.GRANTING.value)
                    else "appeal_closed")
            errors = choice_errors("outcome", data.outcome, SkoOutcome)
            errors += _later_day_errors("decided_on", data.decided_on, row.forwarded_on,
                                        "before_forwarded", today)
            errors += text_errors("sko_sign", data.sko_sign, SKO_SIGN_MAX, required=True)
            remedy = _remedy(row.decision)
            if not errors:
                errors += content_errors(data, remedy.against_order)
            if errors:
                raise ValidationError(errors)
            row.state = AppealState.SKO_DECIDED.value
            row.sko_outcome = SkoOutcome(data.outcome).value
            row.sko_decided_on = data.decided_on
            row.sko_sign = data.sko_sign.strip()
            # The payment schedule follows the SKO's content (services/payments.py).
            row.sko_amount_grosze = None if data.amount is None else to_grosze(data.amount)
            row.sko_period_from, row.sko_period_to = data.period_from, data.period_to
            if _reopens(row, SkoOutcome(data.outcome), remedy):
                # Decided again by the office: the application is open again (the change of
                # its status is in the audit log with this appeal's).
                row.application.status = ApplicationStatus.REGISTERED.value
            s.flush()
            return _views(s, [row])[0]


def _pending(s: Session) -> list[tuple[AppealView, AppealRow]]:
    """The appeals whose organ's 7 days run or have passed, the soonest deadline first."""
    rows = list(appeal_q.appeals(s, [st.value for st in OPEN_STATES]))
    found = [(v, r) for v, r in zip(_views(s, rows), rows, strict=True) if v.state in OPEN_STATES]
    return sorted(found, key=lambda p: (p[0].organ_deadline, p[0].received_on, p[0].id))


def _views(s: Session, found: Iterable[AppealRow]) -> list[AppealView]:
    rows = list(found)
    changes = appeal_q.corrections_of(s, {r.decision_id for r in rows})
    return [_view(r, changes.get(r.decision_id, [])) for r in rows]


def _reopens(row: AppealRow, outcome: SkoOutcome, remedy: Remedy) -> bool:
    """A decision sent back (art. 138 § 2) reopens its application. A postanowienie the SKO
    quashes on a zażalenie – a refusal to open, a suspension – no longer holds the
    application where it put it: the proceedings go on (art. 144 with art. 138)."""
    status = row.application.status
    if not remedy.against_order:
        return outcome is SkoOutcome.QUASHED_REMITTED and status == ApplicationStatus.DECIDED.value
    after = act_book(row.decision.issued_on or office_today()).kind(row.decision.kind) \
        .application_status_after
    held = (ApplicationStatus.SUSPENDED.value, ApplicationStatus.NOT_OPENED.value)
    return (outcome in (SkoOutcome.QUASHED_DECIDED, SkoOutcome.QUASHED_REMITTED)
            and status == after and status in held)


def _remedy(decision: DecisionRow) -> Remedy:
    """Against what kind of act, read from the act's kind as of its day of issue."""
    return remedy_of(decision.kind, decision.issued_on or office_today())


def _view(row: AppealRow, changes: list[DecisionRow]) -> AppealView:
    decision = row.decision
    remedy = _remedy(decision)
    state = AppealState(row.state)
    granting = None
    granted_on = None
    if state is AppealState.GRANTING:
        signed = [d for d in changes if d.status == DecisionStatus.SIGNED.value]
        chosen = signed[-1] if signed else (changes[-1] if changes else None)
        granting = chosen.id if chosen else None
        if signed:
            state, granted_on = AppealState.GRANTED, signed[-1].issued_on
    return AppealView(
        id=row.id, decision_id=row.decision_id, application_id=row.application_id,
        person_id=row.person_id, case_sign=row.case_sign, party_name=decision.party_name,
        decision_kind=DecisionKind(decision.kind), decision_issued_on=decision.issued_on,
        lodged_on=row.lodged_on, received_on=row.received_on, lodged_by=row.lodged_by,
        summary=row.summary, delivered_on=row.delivered_on,
        timeliness=timeliness(row.delivered_on, row.lodged_on, remedy.days),
        party_deadline=(None if row.delivered_on is None
                        else party_deadline(row.delivered_on, remedy.days)),
        organ_deadline=organ_deadline(row.received_on), state=state,
        granting_decision_id=granting, granted_on=granted_on, forwarded_on=row.forwarded_on,
        forwarded_name=row.forwarded_name,
        documents=tuple(line for line in row.forwarded_documents.splitlines() if line),
        sko_outcome=SkoOutcome(row.sko_outcome) if row.sko_outcome else None,
        sko_decided_on=row.sko_decided_on, sko_sign=row.sko_sign,
        sko_amount=None if row.sko_amount_grosze is None else from_grosze(row.sko_amount_grosze),
        sko_period_from=row.sko_period_from, sko_period_to=row.sko_period_to,
        remedy=remedy.name,
        other_parties=tuple(line for line in row.other_parties.splitlines() if line),
        others_consented_on=row.others_consented_on)


def dashboard_items(s: Session) -> list[DeadlineItem]:
    """The head's dashboard figure "appeal": each pending appeal by the organ's 7 days,
    carried as its application is (services/deadlines.application_worker)."""
    items = []
    for view, row in _pending(s):
        app = row.application
        items.append(DeadlineItem(view.id, app.case_id, view.person_id, view.case_sign,
                                  person_name(app.person), app.case.team_code,
                                  application_worker(app), view.organ_deadline, Work.CASE))
    return items


add_deadline_source("appeal", dashboard_items)


def _form_genitive(form: str, issued: dt.date) -> str:
    """"zasiłku stałego", "usług opiekuńczych": the form of help a letter names."""
    kind = form_of(form)
    if isinstance(kind, CareKind):
        return kind_text(kind, issued).name_genitive
    return decision_texts(issued).form(kind).name_genitive
