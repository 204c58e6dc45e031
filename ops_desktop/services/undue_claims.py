"""Undue benefits (nienależnie pobrane świadczenia, art. 6 pkt 16, art. 104 u.p.s.).

The sequence the courts require: first a signed decision changing or revoking the grant
(art. 106 ust. 5), then the recovery decision fixing the amount and the deadline (art. 104
ust. 3) – with instalments, a deferral (considered by the organ) – signed by a holder of the
mayor's authorisation; its terms never change after. The claim is then lowered by the
person's payments (at the cashier, by transfer) and by deductions from current payments
(ust. 2, services/payment_corrections.py) to zero, or ends by a waiver on the request of
the person or the social worker (ust. 4). Only the benefits team and the head see claims.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import (
    ConflictError,
    FieldError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ops_desktop.domain.fields import (
    INVALID,
    choice_errors,
    date_errors,
    flag_errors,
    id_errors,
    require_id,
    text_errors,
)
from ops_desktop.domain.money import amount_errors, to_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.undue_benefits import (
    MAX_INSTALMENTS,
    PAYMENTS_BY_PERSON,
    Instalment,
    MovementKind,
    WaiverRequester,
    balance,
    instalments,
)
from ops_desktop.domain.vocabulary import DecisionKind, DecisionStatus
from ops_desktop.services.context import Actor, require
from ops_desktop.storage import queries
from ops_desktop.storage import return_queries as ret_q
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    ClaimInstalmentRow,
    ClaimMovementRow,
    DecisionRow,
    UndueClaimRow,
    UserRow,
    utcnow,
)

DRAFT, SIGNED = "draft", "signed"
REGISTER = "undue_claim"
MAX_AMOUNT = Decimal("999999.99")
REASONING_MAX = 20000


@dataclass(frozen=True)
class ClaimInput:
    person_id: uuid.UUID
    change_decision_id: uuid.UUID  # the signed decision changing or revoking the grant
    amount: Decimal
    decided_on: dt.date
    repay_by: dt.date
    instalment_count: int = 0  # 0: one payment by `repay_by`
    first_instalment_on: dt.date | None = None
    deferred_to: dt.date | None = None
    deduct: bool = False  # art. 104 ust. 2: from current payments
    reasoning: str = ""


@dataclass(frozen=True)
class ClaimView:
    id: uuid.UUID
    person_id: uuid.UUID
    number: str
    change_decision_id: uuid.UUID
    change_case_sign: str
    change_issued_on: dt.date | None
    amount_grosze: int
    decided_on: dt.date
    repay_by: dt.date
    deferred_to: dt.date | None
    deduct: bool
    reasoning: str
    instalments: tuple[Instalment, ...]
    paid_grosze: int  # by the person and by deductions
    balance_grosze: int
    waived_on: dt.date | None
    waiver_requested_by: WaiverRequester | None
    signed: bool
    signatory_name: str
    signatory_position: str
    authorisation_number: str


def claim_errors(data: object) -> list[FieldError]:
    if not isinstance(data, ClaimInput):
        return [FieldError("claim", INVALID)]
    errors = id_errors("person_id", data.person_id)
    errors += id_errors("change_decision_id", data.change_decision_id)
    errors += amount_errors("amount", data.amount, MAX_AMOUNT, allow_zero=False)
    errors += date_errors("decided_on", data.decided_on, required=True)
    errors += date_errors("repay_by", data.repay_by, required=True)
    errors += date_errors("deferred_to", data.deferred_to)
    errors += flag_errors("deduct", data.deduct)
    errors += text_errors("reasoning", data.reasoning, REASONING_MAX, multiline=True)
    count = data.instalment_count
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_INSTALMENTS:
        errors.append(FieldError("instalment_count", INVALID))
    elif count:
        errors += date_errors("first_instalment_on", data.first_instalment_on, required=True)
        if not errors and count > to_grosze(data.amount):
            errors.append(FieldError("instalment_count", INVALID))
    if errors:
        return errors
    if data.repay_by < data.decided_on:
        errors.append(FieldError("repay_by", "before_recovery_decision"))
    if data.deferred_to is not None and data.deferred_to <= data.repay_by:
        errors.append(FieldError("deferred_to", "not_later"))
    if count and data.first_instalment_on is not None and data.first_instalment_on < data.decided_on:
        errors.append(FieldError("first_instalment_on", "before_recovery_decision"))
    return errors


def _plan(rows: list[ClaimInstalmentRow]) -> tuple[Instalment, ...]:
    return tuple(Instalment(r.number, r.due_on, r.amount_grosze) for r in rows)


class UndueClaimService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the recovery decision --------------------------------------------------------

    def prepare(self, actor: Actor, data: ClaimInput) -> ClaimView:
        """A draft recovery decision: only after a signed change or revocation of a grant."""
        require(actor, Permission.MANAGE_UNDUE_CLAIMS)
        errors = claim_errors(data)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            change = queries.get(s, DecisionRow, data.change_decision_id)
            if change is None or change.person_id != data.person_id or change.deleted_at:
                raise ValidationError([FieldError("change_decision_id", INVALID)])
            _check_sequence(change, data.decided_on)
            number = queries.next_number(s, REGISTER, data.decided_on.year)
            grosze = to_grosze(data.amount)
            row = UndueClaimRow(
                person_id=data.person_id, change_decision_id=change.id,
                number=f"NP/{number}{queries.number_mark(s)}/{data.decided_on.year}",
                amount_grosze=grosze, decided_on=data.decided_on, repay_by=data.repay_by,
                deferred_to=data.deferred_to, deduct=data.deduct,
                reasoning=data.reasoning.strip(), status=DRAFT)
            queries.add(s, row)
            if data.instalment_count and data.first_instalment_on is not None:
                for i in instalments(grosze, data.instalment_count, data.first_instalment_on):
                    queries.add(s, ClaimInstalmentRow(claim_id=row.id, number=i.number,
                                                      due_on=i.due_on, amount_grosze=i.amount_grosze))
            return self._view(s, row)

    def sign(self, actor: Actor, claim_id: uuid.UUID) -> ClaimView:
        """The coordinator (a holder of a valid authorisation) signs the recovery decision;
        its terms are final from now on."""
        require(actor, Permission.SIGN_DECISION)
        with self.db.session(actor.user_id, meanwhile="decision_signed_meanwhile") as s:
            row = self._claim(s, claim_id)
            if row.status != DRAFT:
                raise ConflictError("decision_signed")
            if queries.valid_authorisation(s, actor.user_id, row.decided_on) is None or \
                    queries.valid_authorisation(s, actor.user_id, wall_today()) is None:
                raise PermissionDenied("sign_decision")
            change = queries.get(s, DecisionRow, row.change_decision_id)
            assert change is not None
            _check_sequence(change, row.decided_on)
            auth = queries.valid_authorisation(s, actor.user_id, row.decided_on)
            user = queries.get(s, UserRow, actor.user_id)
            assert user is not None and auth is not None
            row.status, row.signed_at, row.signed_by = SIGNED, utcnow(), actor.user_id
            row.signatory_name, row.signatory_position = user.full_name, user.position
            row.authorisation_number = auth.order_number
            s.flush()
            return self._view(s, row)

    def discard(self, actor: Actor, claim_id: uuid.UUID) -> None:
        require(actor, Permission.MANAGE_UNDUE_CLAIMS)
        with self.db.session(actor.user_id) as s:
            row = self._claim(s, claim_id)
            if row.status != DRAFT:
                raise ConflictError("decision_signed")
            now = utcnow()
            for i in ret_q.instalments(s, row.id):
                i.deleted_at = now
            row.deleted_at = now

    # --- what follows the signed decision --------------------------------------------

    def set_deduction(self, actor: Actor, claim_id: uuid.UUID, deduct: bool) -> ClaimView:
        """Deduct the claim from the person's current payments (art. 104 ust. 2), or stop."""
        require(actor, Permission.MANAGE_UNDUE_CLAIMS)
        if not isinstance(deduct, bool):
            raise ValidationError([FieldError("deduct", INVALID)])
        with self.db.session(actor.user_id) as s:
            row = self._open(s, claim_id)
            row.deduct = deduct
            s.flush()
            return self._view(s, row)

    def record_payment(self, actor: Actor, claim_id: uuid.UUID, kind: MovementKind,
                       paid_on: dt.date, amount: Decimal) -> ClaimView:
        """The person paid at the cashier or by transfer; never more than the balance."""
        require(actor, Permission.MANAGE_UNDUE_CLAIMS)
        errors = choice_errors("kind", kind, MovementKind)
        if not errors and kind not in PAYMENTS_BY_PERSON:
            errors.append(FieldError("kind", INVALID))  # deductions come from payment lists
        errors += date_errors("paid_on", paid_on, required=True)
        errors += amount_errors("amount", amount, MAX_AMOUNT, allow_zero=False)
        if not errors and paid_on > wall_today():
            errors.append(FieldError("paid_on", "future_date"))
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = self._open(s, claim_id)
            view = self._view(s, row)
            if paid_on < row.decided_on:
                raise ValidationError([FieldError("paid_on", "before_recovery_decision")])
            if to_grosze(amount) > view.balance_grosze:
                raise ValidationError([FieldError("amount", "above_balance")])
            queries.add(s, ClaimMovementRow(claim_id=row.id, person_id=row.person_id,
                                            kind=kind.value, moved_on=paid_on,
                                            amount_grosze=to_grosze(amount)))
            return self._view(s, row)

    def waive(self, actor: Actor, claim_id: uuid.UUID, on: dt.date,
              requested_by: WaiverRequester) -> ClaimView:
        """Art. 104 ust. 4: the rest of the claim is waived, on the request of the person or
        the social worker; the claim is closed."""
        require(actor, Permission.MANAGE_UNDUE_CLAIMS)
        errors = date_errors("waived_on", on, required=True)
        errors += choice_errors("requested_by", requested_by, WaiverRequester)
        if not errors and on > wall_today():
            errors.append(FieldError("waived_on", "future_date"))
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = self._open(s, claim_id)
            if on < row.decided_on:
                raise ValidationError([FieldError("waived_on", "before_recovery_decision")])
            row.waived_on, row.waiver_requested_by = on, requested_by.value
            row.deduct = False
            s.flush()
            return self._view(s, row)

    # --- reading ----------------------------------------------------------------------

    def of_person(self, actor: Actor, person_id: uuid.UUID) -> list[ClaimView]:
        require(actor, Permission.MANAGE_UNDUE_CLAIMS)
        require_id("person_id", person_id)
        with self.db.session(actor.user_id) as s:
            return [self._view(s, r) for r in ret_q.claims(s, person_id)]

    def get(self, actor: Actor, claim_id: uuid.UUID) -> ClaimView:
        require(actor, Permission.MANAGE_UNDUE_CLAIMS)
        with self.db.session(actor.user_id) as s:
            return self._view(s, self._claim(s, claim_id))

    def change_decisions(self, actor: Actor, person_id: uuid.UUID) -> list[tuple[uuid.UUID, str, dt.date]]:
        """The person's signed decisions changing or revoking a grant: what a claim follows."""
        require(actor, Permission.MANAGE_UNDUE_CLAIMS)
        require_id("person_id", person_id)
        with self.db.session(actor.user_id) as s:
            rows = ret_q.signed_changes(s, person_id)
            return [(d.id, d.case_sign, d.issued_on) for d in rows
                    if _is_change(d) and d.issued_on is not None]

    # --- helpers ----------------------------------------------------------------------

    @staticmethod
    def _claim(s: Session, claim_id: object) -> UndueClaimRow:
        row = queries.get(s, UndueClaimRow, require_id("claim_id", claim_id))
        if row is None or row.deleted_at is not None:
            raise NotFound("undue_claim", claim_id)
        return row

    def _open(self, s: Session, claim_id: object) -> UndueClaimRow:
        """A signed claim not waived: payments, deductions and a waiver follow only it."""
        row = self._claim(s, claim_id)
        if row.status != SIGNED:
            raise ConflictError("claim_not_signed", row.number)
        if row.waived_on is not None:
            raise ConflictError("claim_waived", row.number)
        return row

    @staticmethod
    def _view(s: Session, row: UndueClaimRow) -> ClaimView:
        change = queries.get(s, DecisionRow, row.change_decision_id)
        moved = ret_q.movements(s, [row.id])
        paid = sum(m.amount_grosze for m in moved)
        return ClaimView(
            id=row.id, person_id=row.person_id, number=row.number,
            change_decision_id=row.change_decision_id,
            change_case_sign=change.case_sign if change else "",
            change_issued_on=change.issued_on if change else None,
            amount_grosze=row.amount_grosze, decided_on=row.decided_on, repay_by=row.repay_by,
            deferred_to=row.deferred_to, deduct=row.deduct, reasoning=row.reasoning,
            instalments=_plan(list(ret_q.instalments(s, row.id))), paid_grosze=paid,
            balance_grosze=balance(row.amount_grosze, [m.amount_grosze for m in moved],
                                   row.waived_on is not None),
            waived_on=row.waived_on,
            waiver_requested_by=(WaiverRequester(row.waiver_requested_by)
                                 if row.waiver_requested_by else None),
            signed=row.status == SIGNED, signatory_name=row.signatory_name,
            signatory_position=row.signatory_position,
            authorisation_number=row.authorisation_number)


def _is_change(d: DecisionRow) -> bool:
    """A signed decision that changes or revokes an earlier grant (it names the one it
    corrects); a discontinuance changes nothing."""
    return (d.status == DecisionStatus.SIGNED.value and d.corrects_id is not None
            and d.kind != DecisionKind.DISCONTINUANCE.value and d.corrects is not None
            and d.corrects.kind == DecisionKind.GRANT.value and d.anonymised_at is None)


def _check_sequence(change: DecisionRow, decided_on: dt.date) -> None:
    """Recovery follows a signed change or revocation of the grant, never precedes it."""
    if not _is_change(change):
        raise ConflictError("no_change_decision", change.case_sign)
    if change.issued_on is None or decided_on < change.issued_on:
        raise ValidationError([FieldError("decided_on", "before_change_decision")])
