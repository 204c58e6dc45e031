"""The demo office's usługi opiekuńcze: two of the services team's clients with care ordered
three months ago, the hours their carers delivered in each of the last three months, and the
bill for each month issued in the first days of the next one – one a single
person who pays a share, one a couple under the criterion whose care is free."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import replayed_at

# (decision, scope, hours a week, carer, provider, income, household, hours in each month)
ORDERS = (
    ("decyzja nr OPS.8310.{n}.{y} z {d}", "Pomoc w codziennych czynnościach: zakupy, "
     "przygotowanie posiłku, utrzymanie czystości, pomoc w higienie.", Decimal("10"),
     "Maria Kowal", "opiekunka MGOPS", Decimal("1600.00"), 1,
     (Decimal("42"), Decimal("40.5"), Decimal("44"))),
    ("decyzja nr OPS.8310.{n}.{y} z {d}", "Pomoc w higienie, zakupy, towarzyszenie w wizytach "
     "u lekarza.", Decimal("6"), "Halina Wójcik", "Usługi Opiekuńcze „Pogodna Jesień” s.c.",
     Decimal("1500.00"), 2, (Decimal("24"), Decimal("26"), Decimal("25.5"))),
)


def add_care_services(services: Services, actors: dict[Role, list[Actor]],
                      today: dt.date) -> int:
    """The orders, hours and bills; returns how many bills were issued."""
    worker = actors[Role.SERVICES][0]
    cases = sorted(services.referrals.cases(worker, Team.SERVICES.value, 200, None, True),
                   key=lambda c: c.opened_on)
    start = add_months(today.replace(day=1), -3)
    months = [add_months(start, i) for i in range(3)]
    # The last month's bill is issued early in this month, but never later than now.
    latest = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=1)
    issued = 0
    for n, (case, spec) in enumerate(zip(cases, ORDERS, strict=False), start=1):
        ref, scope, weekly, carer, provider, income, size, hours = spec
        decided = start - dt.timedelta(days=10)
        with replayed_at(dt.datetime.combine(decided, dt.time(9, 0))):
            order = services.care_services.add_order(worker, CareOrderInput(
                case.id, ref.format(n=n, y=decided.year, d=decided.strftime("%d.%m.%Y")),
                scope, weekly, start, add_months(start, 12) - dt.timedelta(days=1), carer,
                provider, income, size))
        for month, delivered in zip(months, hours, strict=True):
            billed = dt.datetime.combine(add_months(month, 1) + dt.timedelta(days=2),
                                         dt.time(10, 0))
            with replayed_at(min(billed, latest)):
                services.care_services.record_hours(worker, order.id, month, delivered)
                services.care_services.issue_bill(worker, order.id, month)
                issued += 1
    return issued
