"""The demo office's fees paid on care bills: the client who pays a share paid the first
month's bill in full at the cashier, part of the second by transfer – the rest is an arrear –
and has not yet paid the third (issued in the first days of this month). The couple whose
care is free owes nothing and pays nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.vocabulary import PaymentMethod, Role
from ops_desktop.services.care_payments import PaymentInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import replayed_at

PART_PAID = Decimal("100.00")  # of the second month's bill: the rest stays owed


def add_care_payments(services: Services, actors: dict[Role, list[Actor]],
                      today: dt.date) -> int:
    """The payments; returns how many were recorded."""
    worker = actors[Role.SERVICES][0]
    months = services.care_payments.billed_months(worker)
    if len(months) < 2:
        return 0
    first, second = sorted(months)[:2]
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=1)
    recorded = 0
    for client in services.care_payments.balances(worker, second):
        owed = {m.month: m for m in client.months if m.amount > 0}
        if first not in owed or second not in owed:
            continue  # care free of charge: nothing to pay
        for month, amount, way, reference in (
                (first, owed[first].amount, PaymentMethod.CASH, f"KP {month_no(first)}"),
                (second, PART_PAID, PaymentMethod.BANK_TRANSFER, "przelew – wpłata częściowa")):
            paid_on = min(add_months(month, 1) + dt.timedelta(days=12), today)
            with replayed_at(min(dt.datetime.combine(paid_on, dt.time(11, 0)), now)):
                services.care_payments.record_payment(worker, PaymentInput(
                    owed[month].bill_id, paid_on, amount, way, reference))
            recorded += 1
    return recorded


def month_no(month: dt.date) -> str:
    """A cash receipt's number as the cashier writes it: KP 1/11/2026."""
    return f"1/{month.month}/{month.year}"
