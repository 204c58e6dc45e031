"""The demo office's usługi opiekuńcze: two of the services team's clients with care ordered
three months ago, the hours their carers delivered in each of the last three months, and the
bill for each month issued in the first days of the next one – one a single
person who pays a share, one a couple under the criterion whose care is free. The first is
served by the office's own carer, whose month the team types; the second by a firm's carer
on Tuesdays and Thursdays, whose visits come in the firm's monthly file
(services/demo_care_providers.py). The single person's care was granted by a decision the
head signed in the program (the order carries it out: its hours bound the carer's month,
its hourly cost and fee % are billed); another client was granted specialist care for
persons with mental disorders by the minister's table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.care_decisions import HoursUnit
from ops_desktop.domain.vocabulary import CareKind, Role, Team
from ops_desktop.services.care_decisions import CareDecisionInput
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.demo_care_providers import firm_file, serve, set_up_providers, supervise
from ops_desktop.services.hub import Services
from ops_desktop.services.views import DecisionView
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
    head = actors[Role.COORDINATOR][0]
    end = add_months(start, 12) - dt.timedelta(days=1)
    decided = start - dt.timedelta(days=10)
    granted = None
    if cases:
        granted = _signed(services, worker, head, decided, CareDecisionInput(
            cases[0].id, CareKind.CARE, decided - dt.timedelta(days=7), ORDERS[0][1],
            Decimal("11"), HoursUnit.WEEK, start, end, "mieszkanie Strony",
            ORDERS[0][4], ORDERS[0][5], ORDERS[0][6],
            reasoning="Strona mieszka sama, po hospitalizacji wymaga pomocy w codziennych "
                      "czynnościach; rodzina mieszka poza gminą."))
    if len(cases) > 2:
        _signed(services, worker, head, decided, CareDecisionInput(
            cases[2].id, CareKind.SPECIALIST_MENTAL, decided - dt.timedelta(days=5),
            "Trening umiejętności samoobsługi i funkcjonowania w codziennym życiu, pomoc w "
            "załatwianiu spraw urzędowych, wspieranie w kontaktach z otoczeniem.",
            Decimal("30"), HoursUnit.MONTH, start, add_months(start, 6) - dt.timedelta(days=1),
            "mieszkanie Strony", "Stowarzyszenie „Razem” – umowa nr 3/" + str(decided.year),
            Decimal("1450.00"), 1, Decimal("48.00"),
            reasoning="Strona z zaburzeniami psychicznymi, ze skierowaniem poradni zdrowia "
                      "psychicznego; wymaga wsparcia w codziennym funkcjonowaniu."))
    with replayed_at(dt.datetime.combine(decided, dt.time(8, 0))):
        carers = set_up_providers(services, worker)
    orders = []
    for n, (case, spec, carer_of, week) in enumerate(
            zip(cases, ORDERS, carers, WEEKS, strict=False), start=1):
        ref, scope, weekly, carer, provider, income, size, hours = spec
        linked = granted if n == 1 else None
        with replayed_at(dt.datetime.combine(decided, dt.time(9, 0))):
            order = services.care_services.add_order(worker, CareOrderInput(
                case.id, f"decyzja nr {linked.case_sign} z {decided:%d.%m.%Y}" if linked
                else ref.format(n=n, y=decided.year, d=decided.strftime("%d.%m.%Y")),
                scope, weekly, start, end, carer, provider, income, size,
                decision_id=linked.id if linked else None))
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
                # A month is billed once it is over: a demo made in the first minute of a
                # month leaves the month just ended unbilled rather than fail.
                if services.care_services.month_billable_from(worker, month) is None:
                    services.care_services.issue_bill(worker, order.id, month)
                    issued += 1
    if orders:  # a small demo office may have no services client
        with replayed_at(latest):
            supervise(services, worker, orders, carers[1], today)
    return issued


def _signed(services: Services, worker: Actor, head: Actor, on: dt.date,
            data: CareDecisionInput) -> DecisionView:
    """The services worker prepares the decision in the morning, the head signs it at noon."""
    with replayed_at(dt.datetime.combine(on, dt.time(8, 30))):
        draft = services.care_decisions.prepare(worker, data)
    with replayed_at(dt.datetime.combine(on, dt.time(12, 0))):
        return services.decisions.sign(head, draft.id, on=on)
