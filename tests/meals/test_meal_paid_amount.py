"""A paid meal in MRPiPS-03 1B.11 on a real store: its meals and its person are counted, but
what the office paid towards it is brak danych – the party pays "na zasadach określonych
uchwałą rady gminy" and the program holds no such resolution – never a made-up 0 zł; free
meals alone keep their amount, worked out by hand."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.services_team.meal_page import MealPage

from ..services.helpers import referral_intake
from ..services.test_mrpips03 import cells
from ..services.test_statistics import someone
from .test_meal_services import FIRST, TODAY, _input, _interview, carer  # noqa: F401

D = Decimal


def _signed(services: Services, desk: Actor, worker: Actor, head: Actor, n: int,
            income: str) -> uuid.UUID:
    """A signed decision for this month's 21 school meals at 6,50 zł, 21 given."""
    pid = services.persons.register_household(desk, someone(n), [])  # type: ignore[arg-type]
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case_id = services.referrals.accept(worker, rid).id
    decision = services.meals.prepare(worker, _input(
        case_id, pid, _interview(services, worker, case_id), income=D(income)))
    services.meals.sign(head, decision.id)
    services.meals.record_month(worker, decision.id, FIRST, 21)
    return decision.id


def _row(services: Services, head: Actor) -> list[object]:
    half = 1 if TODAY.month <= 6 else None
    return cells(services.mrpips03.report(head, TODAY.year, half), "1B.11")


def test_a_paid_meal_counts_its_meals_but_no_made_up_amount(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    free = _signed(services, desk, carer, coordinator, 1, "2020.00")  # exactly 200%: free
    # one person, 21 meals, 21 × 6,50 zł = 136,50 zł paid by the office
    assert _row(services, coordinator)[:3] == [1, D("21"), D("136.50")]
    assert services.meals.months(carer, free)[0].amount == D("136.50")
    paid = _signed(services, desk, carer, coordinator, 2, "2020.01")  # a grosz above: paid
    (month,) = services.meals.months(carer, paid)
    assert (month.meals, month.amount) == (21, None)  # the party's share is not held
    # two persons, 42 meals; the row's amount is not known, so it is not given as 136,50
    persons, meals, amount = _row(services, coordinator)[:3]
    assert (persons, meals) == (2, D("42")) and amount is None


def test_the_meal_page_says_a_paid_months_cost_is_not_known(
        qtbot: QtBot, services: Services, desk: Actor, carer: Actor,  # noqa: F811
        coordinator: Actor) -> None:
    free = _signed(services, desk, carer, coordinator, 1, "2020.00")
    paid = _signed(services, desk, carer, coordinator, 2, "2020.01")
    page = MealPage(services, carer, Bus())
    qtbot.addWidget(page)
    page.show()
    shown: dict[uuid.UUID, str] = {}
    for decision_id in (free, paid):
        row = page.decisions.row_of(lambda d: d.id, decision_id)
        assert row is not None
        page.decisions_table.selectRow(row)
        qtbot.waitUntil(lambda: page.months.rowCount() == 1)
        shown[decision_id] = page.months.index(0, 2).data()
    assert shown[free].replace("\xa0", " ") == "136,50 zł"  # 21 × 6,50 zł, the office's
    assert shown[paid] == "odpłatny – brak danych"  # not 0,00 zł
