"""Postanowienia and the call to remedy formal defects (KPA art. 61a, 64 § 2, 97, 101, 113).

A postanowienie is kept with the decisions, as a decision whose kind is the postanowienie:
it is prepared as a draft by the benefits team, signed by a holder of the mayor's
authorisation exactly as a decision is (DecisionService.sign), printed, and once signed it is
protected by the same triggers and the same signing entry in the log (storage/triggers.py,
storage/acts.py). What each kind does to the application, whether it can be appealed and in
how many days is data (resources/law/acts.json).

The call to remedy formal defects is a letter, not an act: it is a fact of the application
(its defects, the day, who signed it, its delivery, its outcome). Without a remedy within 7
days of delivery the application is left unexamined and its case closed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.documents.data import PartyOnPaper
from ops_desktop.domain.act_kinds import act_book, days_deadline
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
    id_errors,
    require_id,
    text_errors,
)
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import (
    ORDER_KINDS,
    ApplicationStatus,
    BenefitForm,
    CloseReason,
    DecisionKind,
    DecisionStatus,
    PaymentMethod,
)
from ops_desktop.services import mapping
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.services.views import ApplicationView, DecisionView
from ops_desktop.storage import audit, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import ApplicationRow, DecisionRow, UserRow

DETAIL_MAX = 2000
REASONING_MAX = 20000
DEFECTS_MAX = 4000
CLOSE_NOTE_MAX = 300  # CaseRow.close_note


@dataclass(frozen=True)
class OrderInput:
    application_id: uuid.UUID
    kind: DecisionKind  # one of ORDER_KINDS
    detail: str  # the postanowienie's own words in its ruling
    reasoning: str = ""  # the facts, in the worker's words
    corrects_id: uuid.UUID | None = None  # a rectification: the signed act it corrects


@dataclass(frozen=True)
class DefectCallInput:
    application_id: uuid.UUID
    defects: str  # one defect a line
    called_on: dt.date


def order_errors(data: OrderInput) -> list[FieldError]:
    """Each field has its kind and shape, whatever the application says."""
    if not isinstance(data, OrderInput):
        return [FieldError("order", INVALID)]
    errors = id_errors("application_id", data.application_id)
    errors += choice_errors("kind", data.kind, DecisionKind)
    if not errors and data.kind not in ORDER_KINDS:
        errors.append(FieldError("kind", INVALID))
    errors += text_errors("detail", data.detail, DETAIL_MAX, required=True, multiline=True)
    errors += text_errors("reasoning", data.reasoning, REASONING_MAX, multiline=True)
    if data.corrects_id is not None:
        errors += id_errors("corrects_id", data.corrects_id)
    return errors


def call_errors(data: DefectCallInput, received_on: dt.date | None,
                today: dt.date) -> list[FieldError]:
    if not isinstance(data, DefectCallInput):
        return [FieldError("defect_call", INVALID)]
    errors = id_errors("application_id", data.application_id)
    errors += text_errors("defects", data.defects, DEFECTS_MAX, required=True, multiline=True)
    errors += _day_errors("called_on", data.called_on, received_on, today)
    return errors


def _day_errors(field: str, day: object, not_before: dt.date | None,
                today: dt.date) -> list[FieldError]:
    """A real day, not in the future, not before the event it follows."""
    errors = date_errors(field, day, required=True)
    if errors:
        return errors
    assert isinstance(day, dt.date)
    if day > today:
        return [FieldError(field, "future_date")]
    if not_before is not None and day < not_before:
        return [FieldError(field, "before_call" if field != "called_on" else "before_received")]
    return []


class ProceduralActService:
    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db = db
        self.office = office

    # --- postanowienia ---
    def prepare_order(self, actor: Actor, data: OrderInput) -> DecisionView:
        """Save a draft postanowienie on the application (replacing an earlier draft one)."""
        require(actor, Permission.PREPARE_DECISION)
        errors = order_errors(data)
        if any(e.code == INVALID or e.field == "kind" for e in errors):
            raise ValidationError(errors)  # the rules below read the kind and the ids
        today = wall_today()
        kind = act_book(today).kind(data.kind.value)
        with self.db.session(actor.user_id) as s:
            app = _application(s, data.application_id)
            if app.status not in kind.application_status_before:
                errors.append(FieldError("kind", "not_for_application_status"))
            if kind.names_corrected_act:
                errors += _corrected_errors(s, app.id, data.corrects_id)
            if errors:
                raise ValidationError(errors)
            for old in queries.decisions_for_application(s, app.id):
                if old.status == DecisionStatus.DRAFT.value and old.kind in _ORDER_CODES:
                    s.delete(old)
            row = DecisionRow(
                application_id=app.id, person_id=app.person_id, case_sign=app.case.sign,
                kind=data.kind.value, form=app.form, amount_grosze=None,
                payment_method=PaymentMethod.CASH.value, purpose="",
                reasoning=data.reasoning.strip(), ruling_detail=data.detail.strip(),
                # A postanowienie applies no income parameters: the figure columns the table
                # requires hold zeros and nothing prints them.
                household_size=0, income_per_person_grosze=0, criterion_grosze=0,
                law_valid_from=today, law_source="", status=DecisionStatus.DRAFT.value,
                corrects_id=data.corrects_id if kind.names_corrected_act else None,
            )
            queries.add(s, row)
            s.refresh(row)
            return mapping.decision_view(row)

    def orders(self, actor: Actor, app_id: uuid.UUID) -> list[DecisionView]:
        """The application's postanowienia, oldest first (drafts and signed)."""
        require(actor, Permission.READ_DECISIONS)
        with self.db.session(actor.user_id) as s:
            return [mapping.decision_view(d) for d in queries.decisions_for_application(s, app_id)
                    if d.kind in _ORDER_CODES]

    # --- the call to remedy formal defects (art. 64 § 2) ---
    def call_to_remedy(self, actor: Actor, data: DefectCallInput) -> ApplicationView:
        """Record the call; the application waits for the remedy (no decision meanwhile)."""
        require(actor, Permission.PREPARE_DECISION)
        today = wall_today()
        errors = call_errors(data, None, today)
        if any(e.code == INVALID for e in errors):
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            app = _application(s, data.application_id)
            if app.status != ApplicationStatus.REGISTERED.value:
                raise ConflictError("application_decided")
            if _pending(app):
                raise ConflictError("defect_call_pending")
            errors = call_errors(data, app.received_on, today)
            if errors:
                raise ValidationError(errors)
            user = queries.get(s, UserRow, actor.user_id)
            assert user is not None
            app.defects = "\n".join(line.strip() for line in data.defects.splitlines()
                                    if line.strip())
            app.defects_called_on = data.called_on
            app.defects_signatory = f"{user.full_name}\n{user.position}".strip()
            app.defects_delivered_on = app.defects_remedied_on = app.left_unexamined_on = None
            s.flush()
            return mapping.application_view(app)

    def record_delivery(self, actor: Actor, app_id: uuid.UUID,
                        delivered_on: dt.date) -> ApplicationView:
        """The day the call was delivered: its 7 days run from the day after."""
        return self._record_day(actor, app_id, "delivered_on", delivered_on)

    def record_remedy(self, actor: Actor, app_id: uuid.UUID,
                      remedied_on: dt.date) -> ApplicationView:
        """The party remedied the defects: within the deadline the application goes on."""
        return self._record_day(actor, app_id, "remedied_on", remedied_on)

    def _record_day(self, actor: Actor, app_id: uuid.UUID, field: str,
                    day: dt.date) -> ApplicationView:
        """A day after the call on the pending call: its delivery or the remedy."""
        require(actor, Permission.PREPARE_DECISION)
        with self.db.session(actor.user_id) as s:
            app = _application(s, app_id)
            if not _pending(app):
                raise ConflictError("no_defect_call")
            errors = _day_errors(field, day, app.defects_called_on, wall_today())
            deadline = _deadline(app)
            if field == "remedied_on" and not errors and deadline is not None and day > deadline:
                # Late: the application is left unexamined (art. 64 § 2), not resumed.
                errors.append(FieldError(field, "after_deadline"))
            if errors:
                raise ValidationError(errors)
            setattr(app, f"defects_{field}", day)
            s.flush()
            return mapping.application_view(app)

    def leave_unexamined(self, actor: Actor, app_id: uuid.UUID) -> ApplicationView:
        """The deadline passed without a remedy: the application is left unexamined (recorded
        today) and its case is closed when nothing else of it is pending."""
        require(actor, Permission.PREPARE_DECISION)
        today = wall_today()
        with self.db.session(actor.user_id) as s:
            app = _application(s, app_id)
            if not _pending(app) or app.status != ApplicationStatus.REGISTERED.value:
                raise ConflictError("no_defect_call")
            deadline = _deadline(app)
            if deadline is None:
                raise ConflictError("defect_call_not_delivered")
            if today <= deadline:
                raise ConflictError("defect_deadline_running", deadline.isoformat())
            app.status = ApplicationStatus.LEFT_UNEXAMINED.value
            app.left_unexamined_on = today
            for old in queries.decisions_for_application(s, app.id):
                if old.status == DecisionStatus.DRAFT.value:
                    s.delete(old)  # nothing is decided on an application left unexamined
            s.flush()
            case = app.case
            pending = (ApplicationStatus.REGISTERED.value, ApplicationStatus.SUSPENDED.value)
            if case.closed_on is None and not queries.count_case_applications(s, case.id,
                                                                               pending):
                case.closed_on = today
                case.close_reason = CloseReason.MATTER_DECIDED.value
                case.close_note = act_book(today).formal_defects.left_unexamined[:CLOSE_NOTE_MAX]
            s.flush()
            return mapping.application_view(app)

    def render_defect_call(self, actor: Actor, app_id: uuid.UUID) -> bytes:
        """The call as the party receives it (the office's letterhead of today)."""
        from ops_desktop.documents.defect_call import DefectCallDocument, render_defect_call

        require(actor, Permission.PRINT_DECISION)
        require_id("application_id", app_id)
        office = self.office.settings().on_paper()
        with self.db.session(actor.user_id) as s:
            app = _application(s, app_id)
            call = mapping.defect_call_view(app)
            if call is None:
                raise ConflictError("no_defect_call")
            audit.record(s, actor.user_id, "print", "applications", str(app.id), app.person_id)
            person = app.person
            doc = DefectCallDocument(
                office=office,
                case_sign=app.case.sign,
                party=PartyOnPaper(mapping.full_name(person),
                                   tuple(mapping.address_line(person).split(", ", 1)),
                                   person.pesel, mapping.delivery_lines(person)),
                form=BenefitForm(app.form), received_on=app.received_on,
                defects=call.defects, called_on=call.called_on, signatory=call.signatory)
        return render_defect_call(doc)


_ORDER_CODES = frozenset(k.value for k in ORDER_KINDS)


def is_order(kind: str) -> bool:
    return kind in _ORDER_CODES


def _application(s: Session, app_id: uuid.UUID) -> ApplicationRow:
    row = queries.get(s, ApplicationRow, require_id("application_id", app_id))
    if row is None or row.deleted_at is not None:
        raise NotFound("application", app_id)
    return row


def _pending(app: ApplicationRow) -> bool:
    return (app.defects_called_on is not None and app.defects_remedied_on is None
            and app.left_unexamined_on is None)


def _deadline(app: ApplicationRow) -> dt.date | None:
    if app.defects_delivered_on is None or app.defects_called_on is None:
        return None
    return days_deadline(app.defects_delivered_on,
                         act_book(app.defects_called_on).formal_defects.days)


def _corrected_errors(s: Session, app_id: uuid.UUID,
                      corrects_id: uuid.UUID | None) -> list[FieldError]:
    """A rectification names a signed act of the same application."""
    if corrects_id is None:
        return [FieldError("corrects_id", "required")]
    old = queries.get(s, DecisionRow, corrects_id)
    if old is None or old.application_id != app_id or old.status != DecisionStatus.SIGNED.value:
        return [FieldError("corrects_id", INVALID)]
    return []

