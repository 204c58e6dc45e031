"""Fees paid for usługi opiekuńcze: what a payment must be, and a client's balance.

A payment is recorded against one issued bill (its day, amount, cash or transfer); the bill
never changes. A month's bill may have been corrected: the month then owes what its latest
bill says, and every payment made on any bill of that month counts towards it. A client's
balance for a month is that month's bills less what was paid on them (outstanding, or an
overpayment), and the arrears: what is still unpaid on the bills of earlier months.
Money is integer grosze here, never float.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from ops_desktop.domain.errors import FieldError
from ops_desktop.domain.fields import choice_errors, date_errors, is_date, text_errors
from ops_desktop.domain.money import is_money
from ops_desktop.domain.vocabulary import PaymentMethod

# No care bill comes near it (744 hours × the resolution's highest hourly cost): more is a
# typing error, not a payment.
MAX_PAYMENT = Decimal(100000)
MAX_REFERENCE = 120


def payment_errors(paid_on: object, amount: object, way: object, reference: object,
                   today: dt.date) -> list[FieldError]:
    """Every problem of a payment at once, so the form marks them all."""
    errors = date_errors("paid_on", paid_on, required=True)
    if not errors and is_date(paid_on):
        assert isinstance(paid_on, dt.date)
        if paid_on > today:
            errors.append(FieldError("paid_on", "payment_in_future"))
    if isinstance(amount, str) and not amount.strip():
        errors.append(FieldError("amount", "required"))
    elif not is_money(amount, MAX_PAYMENT, allow_zero=False):
        errors.append(FieldError("amount", "amount_invalid"))
    errors += choice_errors("way", way, PaymentMethod)
    errors += text_errors("reference", reference, MAX_REFERENCE)
    return errors


@dataclass(frozen=True)
class BilledMonth:
    """One order's month as billed: the latest bill's amount (a correction replaces the
    amount, not the month) and everything paid on any of the month's bills."""

    order_id: uuid.UUID
    month: dt.date
    bill_id: uuid.UUID  # the latest bill: payments are recorded against it
    number: str
    amount_grosze: int
    paid_grosze: int

    @property
    def remaining_grosze(self) -> int:
        """Positive: still owed; negative: paid over."""
        return self.amount_grosze - self.paid_grosze


@dataclass(frozen=True)
class BillFact:
    id: uuid.UUID
    order_id: uuid.UUID
    month: dt.date
    number: str
    amount_grosze: int
    corrects_id: uuid.UUID | None


def billed_months(bills: Iterable[BillFact],
                  paid: dict[uuid.UUID, int]) -> list[BilledMonth]:
    """The bills grouped per order and month, in the order issued (the latest last)."""
    groups: dict[tuple[uuid.UUID, dt.date], list[BillFact]] = {}
    for bill in bills:
        groups.setdefault((bill.order_id, bill.month), []).append(bill)
    months = []
    for (order_id, month), chain in groups.items():
        corrected = {b.corrects_id for b in chain if b.corrects_id is not None}
        latest = [b for b in chain if b.id not in corrected][-1]
        months.append(BilledMonth(order_id, month, latest.id, latest.number,
                                  latest.amount_grosze, sum(paid.get(b.id, 0) for b in chain)))
    return sorted(months, key=lambda m: (m.month, m.number))


@dataclass(frozen=True)
class Balance:
    """A client's fees for one month and what is owed from before."""

    month: dt.date
    billed_grosze: int  # the month's bills (latest of each order)
    paid_grosze: int  # paid on them
    arrears_grosze: int  # unpaid on the bills of earlier months
    overpaid_grosze: int  # paid over on any month up to this one
    months: tuple[BilledMonth, ...] = field(default=())  # every month up to this one

    @property
    def outstanding_grosze(self) -> int:
        """What is still owed on the month's own bills (never below 0)."""
        return max(self.billed_grosze - self.paid_grosze, 0)

    @property
    def due_grosze(self) -> int:
        """Everything owed: the month's outstanding part and the arrears."""
        return self.outstanding_grosze + self.arrears_grosze


def balance(months: Iterable[BilledMonth], month: dt.date) -> Balance:
    """The balance for `month` from every billed month of the client up to it."""
    upto = tuple(m for m in months if m.month <= month)
    this = [m for m in upto if m.month == month]
    earlier = [m for m in upto if m.month < month]
    return Balance(
        month=month,
        billed_grosze=sum(m.amount_grosze for m in this),
        paid_grosze=sum(m.paid_grosze for m in this),
        arrears_grosze=sum(max(m.remaining_grosze, 0) for m in earlier),
        overpaid_grosze=sum(max(-m.remaining_grosze, 0) for m in upto),
        months=upto)
