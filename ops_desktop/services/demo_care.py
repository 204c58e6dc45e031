"""The demo office's usługi opiekuńcze: two of the services team's clients with care ordered
three months ago, the hours their carers delivered in each of the last three months, and the
bill for each month issued in the first days of the next one – one a single
person who pays a share, one a couple under the criterion whose care is free. The first is
served by the office's own carer, whose month the team types; the second by a firm's carer
on Tuesdays and Thursdays, whose visits come in the firm's monthly file
(services/demo_care_providers.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.demo_care_providers import firm_file, serve, set_up_providers, supervise
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import replayed_at

# (decision, scope, hours a week, carer, provider, income, household, hours in each month –
# typed for the month, or None: the firm's visits on the days below)
ORDERS = (
    ("decyzja nr OPS.8310.{n}.{y} z {d}", "Pomoc w codziennych czynnościach: zakupy, "
     "przygotowanie posiłku, utrzymanie czystości, pomoc w higienie.", Decimal("10"),
     "Maria Kowal", "opiekunka MGOPS", Decimal("1600.00"), 1,
     (Decimal("40"), Decimal("38.5"), Decimal("39"))),
    ("decyzja nr OPS.8310.{n}.{y} z {d}", "Pomoc w higienie, zakupy, towarzyszenie w wizytach "
     "u lekarza.", Decimal("6"), "Halina Wójcik", "Usługi Opiekuńcze „Pogodna Jesień” s.c.",
     Decimal("1500.00"), 2, (None, None, None)),
)
# Each client's week: (ISO weekdays, from and to hours).
WEEKS = (((1, 2, 3, 4, 5), (8, 10)), ((2, 4), (9, 12)))


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
    decided = start - dt.timedelta(days=10)
    with replayed_at(dt.datetime.combine(decided, dt.time(8, 0))):
        carers = set_up_providers(services, worker)
    orders = []
    for n, (case, spec, carer_of, week) in enumerate(
            zip(cases, ORDERS, carers, WEEKS, strict=False), start=1):
        ref, scope, weekly, carer, provider, income, size, hours = spec
        with replayed_at(dt.datetime.combine(decided, dt.time(9, 0))):
            order = services.care_services.add_order(worker, CareOrderInput(
                case.id, ref.format(n=n, y=decided.year, d=decided.strftime("%d.%m.%Y")),
                scope, weekly, start, add_months(start, 12) - dt.timedelta(days=1), carer,
                provider, income, size))
            serve(services, worker, order.id, start, carer_of, *week)
        orders.append(order.id)
        for month, delivered in zip(months, hours, strict=True):
            billed = dt.datetime.combine(add_months(month, 1) + dt.timedelta(days=2),
                                         dt.time(10, 0))
            with replayed_at(min(billed, latest)):
                if delivered is None:
                    services.care_hours.import_file(
                        worker, carer_of.provider_id, f"pogodna_jesien_{month:%Y-%m}.csv",
                        firm_file(case.sign, carer_of.name, month, *week))
                else:
                    services.care_hours.record_month(worker, order.id, carer_of.carer_id,
                                                     month, delivered)
                services.care_services.issue_bill(worker, order.id, month)
                issued += 1
    if orders:  # a small demo office may have no services client
        with replayed_at(latest):
            supervise(services, worker, orders, carers[1], today)
    return issued
