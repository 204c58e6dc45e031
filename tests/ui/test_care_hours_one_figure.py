"""Two places to enter a month's hours of care, one figure: typed on the care page
("Usługi opiekuńcze") it shows on "Harmonogram i godziny", and the carers' hours typed there
show on the care page (read-only, with the button that leads back to them). Driven in the
services tab as a worker does."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ops_desktop.domain.care_providers import ProviderKind
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.i18n.format import month_year
from ops_desktop.services.care_providers import ProviderInput
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.services_team.tab import ServicesTab
from tests.conftest import _staff
from tests.services.helpers import person, referral_intake
from tests.ui.looking import keep_grab
from tests.ui.test_care_page import LEFT, _error

LAST_MONTH = (wall_today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)


@pytest.fixture
def worker(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _served_order(services: Services, desk: Actor, worker: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    """An order of 10 h a week since last month, a firm's carer serving it from its start."""
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case_id = services.referrals.accept(worker, rid).id
    order = services.care_services.add_order(worker, CareOrderInput(
        case_id, "OPS.8310.4.2026", "Pomoc w higienie.", Decimal("10"), LAST_MONTH,
        LAST_MONTH + dt.timedelta(days=200), "Maria Kowal", "firma", Decimal("1600.00"), 1))
    firm = services.care_providers.add_provider(worker, ProviderInput(
        ProviderKind.CONTRACTED, "Pogodna Jesień s.c.", "UM/12/2026", dt.date(2025, 1, 1), None,
        Decimal("31.50")))
    maria = services.care_providers.add_carer(worker, firm.id, "Maria Kowal")
    services.care_providers.assign(worker, order.id, maria.id, LAST_MONTH)
    return order.id, maria.id


def test_hours_entered_on_one_page_are_seen_on_the_other(
        qtbot: QtBot, services: Services, desk: Actor, worker: Actor,
        messages: list[str]) -> None:
    order_id, maria = _served_order(services, desk, worker)
    tab = ServicesTab(services, worker, Bus())
    qtbot.addWidget(tab)
    tab.resize(1280, 860)
    tab.show()
    care, schedule = tab.care, tab.schedule
    assert care is not None and schedule is not None
    tab.show_page(care)
    qtbot.waitUntil(lambda: care.orders.rowCount() == 1)
    care.orders_table.selectRow(0)
    assert care.month.currentData() == LAST_MONTH

    # Typed on the care page as the order's month ...
    qtbot.keyClicks(care.hours, "20")
    qtbot.mouseClick(care.save_hours_button, LEFT)
    qtbot.waitUntil(lambda: "20,00" in care.hours_source.text())
    # ... the carers' page shows it, and refuses a carer's hours that would replace it.
    tab.show_page(schedule)
    panel = schedule.hours
    assert schedule.chosen_order() is not None
    assert panel.month.currentData() == LAST_MONTH and panel.carer.currentData() == maria
    assert "W miesiącu: 20,00 godz." in panel.limit.text()
    assert "„Usługi opiekuńcze”" in panel.limit.text()
    qtbot.keyClicks(panel.hours, "12")
    qtbot.mouseClick(panel.save_button, LEFT)
    assert "Usługi opiekuńcze" in _error(panel, "hours") and panel.hours.text() == "12"
    keep_grab(tab, "care-hours-typed-for-order.png")

    # Cleared on the care page (0), the carer's hours go in there and come back here.
    tab.show_page(care)
    care.hours.selectAll()
    qtbot.keyClicks(care.hours, "0")
    qtbot.mouseClick(care.save_hours_button, LEFT)
    tab.show_page(schedule)
    qtbot.waitUntil(lambda: "W miesiącu: 0,00 godz." in panel.limit.text())
    panel.hours.clear()
    qtbot.keyClicks(panel.hours, "12,5")
    qtbot.keyClick(panel.hours, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.entries.rowCount() == 1)
    assert "W miesiącu: 12,50 godz." in panel.limit.text()
    tab.show_page(care)
    qtbot.waitUntil(lambda: care.hours.text() == "12,50")
    assert care.hours.isReadOnly() and not care.save_hours_button.isEnabled()
    assert "Suma godzin opiekunów: 12,50 godz." in care.hours_source.text()
    assert "12,50 godz." in care.preview.text()  # the bill counts the same figure
    keep_grab(tab, "care-hours-per-carer-on-care-page.png")

    # The care page leads to where the carers' hours are kept: that order, that month.
    care.month.setCurrentIndex(care.month.findText(month_year(LAST_MONTH)))
    qtbot.mouseClick(care.carers_button, LEFT)
    assert tab.current_page() is schedule
    chosen = schedule.chosen_order()
    assert chosen is not None and chosen.id == order_id
    assert panel.month.currentData() == LAST_MONTH
    assert messages == []
