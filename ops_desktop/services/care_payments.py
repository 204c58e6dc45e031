"""Fees paid for usługi opiekuńcze: payments against issued bills and each client's balance.

The services team (and the head) record what a client paid on a bill – the day, the amount,
cash at the office or a transfer, the receipt's or transfer's reference. The bill is never
touched: a payment is a row of its own, audited like every change, and never edited; one
recorded by mistake is withdrawn, with the reason, by a reversing row that names it (the
amount negated), so both stay in the client's history. The balance per client for a month
(domain/care_payments.py) is the month's bills, what was paid on them, what is still owed,
and the arrears left unpaid on earlier months' bills.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.domain.care_payments import (
    MAX_REFERENCE,
    Balance,
    BilledMonth,
    BillFact,
    balance,
    billed_months,
    payment_errors,
)
from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import require_id, text_errors
from ops_desktop.domain.money import from_grosze, to_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import PaymentMethod, Team
# the month as the bills name it: its first day, or the field's error
from ops_desktop.services.care_services import _month
from ops_desktop.services.context import Actor, require_team
from ops_desktop.storage import audit, queries
from ops_desktop.storage import care_payment_queries as pay_q
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import CareBillPaymentRow, CareBillRow, office_today

TEAM = Team.SERVICES.value
ENTITY = "care_bill_payments"


@dataclass(frozen=True)
class PaymentInput:
    """What the worker types for a payment."""

    bill_id: uuid.UUID
    paid_on: dt.date
    amount: Decimal
    way: PaymentMethod
    reference: str = ""  # the cash receipt's (KP) number or the transfer's title


@dataclass(frozen=True)
class PaymentView:
    id: uuid.UUID
    bill_id: uuid.UUID
    bill_number: str
    month: dt.date
    paid_on: dt.date
    amount: Decimal
    way: PaymentMethod
    reference: str  # for a withdrawal: its reason
    cancels_id: uuid.UUID | None = None  # a withdrawal of that payment (amount negative)
    withdrawn: bool = False  # a payment a later row withdrew


@dataclass(frozen=True)
class MonthOwed:
    """One billed month of a client: its latest bill, the amount, paid and still owed."""

    bill_id: uuid.UUID
    number: str
    month: dt.date
    amount: Decimal
    paid: Decimal
    remaining: Decimal  # negative: paid over


@dataclass(frozen=True)
class ClientBalance:
    person_id: uuid.UUID
    person_name: str
    case_sign: str
    month: dt.date
    billed: Decimal  # the month's bills
    paid: Decimal  # paid on them
    outstanding: Decimal  # still owed on them
    arrears: Decimal  # unpaid on earlier months' bills
    overpaid: Decimal
    due: Decimal  # outstanding + arrears
    months: tuple[MonthOwed, ...]


def _owed(m: BilledMonth) -> MonthOwed:
    return MonthOwed(m.bill_id, m.number, m.month, from_grosze(m.amount_grosze),
                     from_grosze(m.paid_grosze), from_grosze(m.remaining_grosze))


def _client(person_id: uuid.UUID, name: str, sign: str, b: Balance) -> ClientBalance:
    return ClientBalance(
        person_id=person_id, person_name=name, case_sign=sign, month=b.month,
        billed=from_grosze(b.billed_grosze), paid=from_grosze(b.paid_grosze),
        outstanding=from_grosze(b.outstanding_grosze), arrears=from_grosze(b.arrears_grosze),
        overpaid=from_grosze(b.overpaid_grosze), due=from_grosze(b.due_grosze),
        months=tuple(_owed(m) for m in b.months))


def _facts(rows: list[CareBillRow]) -> list[BillFact]:
    return [BillFact(r.id, r.order_id, r.month, r.number, r.amount_grosze, r.corrects_id)
            for r in rows]


class CarePaymentsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record_payment(self, actor: Actor, data: PaymentInput) -> PaymentView:
        """A payment against an issued bill; the bill stays as issued."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        if not isinstance(data, PaymentInput):
            raise ValidationError([FieldError("payment", "invalid")])
        today = office_today()
        errors = payment_errors(data.paid_on, data.amount, data.way, data.reference, today)
        bill_id = require_id("bill_id", data.bill_id)
        with self.db.session(actor.user_id) as s:
            bill = queries.get(s, CareBillRow, bill_id)
            if bill is None or bill.deleted_at is not None:
                raise NotFound("care_bill", bill_id)
            if not errors and data.paid_on < bill.month:
                errors.append(FieldError("paid_on", "payment_before_month"))
            if errors:
                raise ValidationError(errors)
            row = CareBillPaymentRow(
                bill_id=bill.id, person_id=bill.person_id, paid_on=data.paid_on,
                amount_grosze=to_grosze(data.amount), way=data.way.value,
                reference=data.reference.strip(), recorded_by=actor.user_id)
            queries.add(s, row)
            return self._view(row, bill)

    @staticmethod
    def _view(row: CareBillPaymentRow, bill: CareBillRow,
              withdrawn: bool = False) -> PaymentView:
        return PaymentView(row.id, bill.id, bill.number, bill.month, row.paid_on,
                           from_grosze(row.amount_grosze), PaymentMethod(row.way),
                           row.reference, row.cancels_id, withdrawn)

    def withdraw_payment(self, actor: Actor, payment_id: uuid.UUID,
                         reason: str) -> PaymentView:
        """A payment recorded by mistake withdrawn: a new row naming it, the amount negated,
        today's date and the reason; the payment itself stays as recorded."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        errors = text_errors("reason", reason, MAX_REFERENCE, required=True)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, CareBillPaymentRow, require_id("payment_id", payment_id))
            if row is None or row.deleted_at is not None:
                raise NotFound("care_bill_payment", payment_id)
            if row.cancels_id is not None:
                raise ConflictError("payment_is_withdrawal")
            if pay_q.withdrawal_of(s, row.id) is not None:
                raise ConflictError("payment_withdrawn")
            bill = queries.get(s, CareBillRow, row.bill_id)
            assert bill is not None
            reversal = CareBillPaymentRow(
                bill_id=row.bill_id, person_id=row.person_id, paid_on=office_today(),
                amount_grosze=-row.amount_grosze, way=row.way, reference=reason.strip(),
                recorded_by=actor.user_id, cancels_id=row.id)
            queries.add(s, reversal)
            return self._view(reversal, bill)

    def payments(self, actor: Actor, person_id: uuid.UUID) -> list[PaymentView]:
        """A client's payments, oldest first."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        person = require_id("person_id", person_id)
        with self.db.session(actor.user_id) as s:
            rows = pay_q.payments_of(s, person)
            bills = {b.id: b for b in pay_q.bills_up_to(s, dt.date.max, person)}
            withdrawn = {r.cancels_id for r in rows if r.cancels_id is not None}
            return [self._view(r, bills[r.bill_id], r.id in withdrawn)
                    for r in rows if r.bill_id in bills]

    def _balances(self, s: Session, month: dt.date,
                  person_id: uuid.UUID | None) -> list[ClientBalance]:
        rows = pay_q.bills_up_to(s, month, person_id)
        paid = pay_q.paid_per_bill(s, [r.id for r in rows])
        per_person: dict[uuid.UUID, list[CareBillRow]] = {}
        for r in rows:
            per_person.setdefault(r.person_id, []).append(r)
        found = pay_q.clients(s, set(per_person))
        result = []
        for pid, bills in per_person.items():
            person, sign = found[pid]
            b = balance(billed_months(_facts(bills), paid), month)
            if b.months:
                result.append(_client(pid, f"{person.last_name} {person.first_name}", sign, b))
        return sorted(result, key=lambda c: (c.person_name, c.case_sign))

    def balances(self, actor: Actor, month: dt.date) -> list[ClientBalance]:
        """Every client billed up to `month`: the month's fees, paid, owed, arrears."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        first = _month(month)
        with self.db.session(actor.user_id) as s:
            audit.record(s, actor.user_id, "view", ENTITY, None, None,
                         {"month": first.isoformat()})
            return self._balances(s, first, None)

    def balance_of(self, actor: Actor, person_id: uuid.UUID,
                   month: dt.date) -> ClientBalance | None:
        """One client's balance (None: no bill up to the month)."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        first = _month(month)
        person = require_id("person_id", person_id)
        with self.db.session(actor.user_id) as s:
            found = self._balances(s, first, person)
            return found[0] if found else None

    def billed_months(self, actor: Actor) -> list[dt.date]:
        """The months any bill was issued for, the latest first (the screen's chooser)."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            rows = pay_q.bills_up_to(s, dt.date.max)
            return sorted({r.month for r in rows}, reverse=True)

    def bills_to_print(self, actor: Actor, month: dt.date) -> list[uuid.UUID]:
        """The month's bills, one a client and order (a corrected bill gives way to its
        correction), by the clients' names: what `print bills` prints."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        first = _month(month)
        with self.db.session(actor.user_id) as s:
            return pay_q.bill_ids_of_month(s, first)
