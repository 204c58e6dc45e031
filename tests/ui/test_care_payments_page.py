"""The services tab's "Opłaty za usługi" page driven as a worker does: each client's fees of
the month with the arrears from before, a payment refused under its field with the text
kept, then recorded – the balance follows and the issued bills stay as they were."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import PaymentMethod, Role, Team
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import choose_data
from ops_desktop.ui.services_team.tab import ServicesTab
from tests.conftest import _staff
from tests.services.helpers import person, referral_intake
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton
D = Decimal
LAST = add_months(wall_today().replace(day=1), -1)
BEFORE = add_months(LAST, -1)


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _billed(services: Services, desk: Actor, carer: Actor) -> None:
    """Bills of the month before last (40 h: 210,00 zł) and last month (30 h: 157,50 zł)."""
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case = services.referrals.accept(carer, rid)
    order = services.care_services.add_order(carer, CareOrderInput(
        case.id, "OPS.8310.4.2026", "Pomoc w higienie.", D("10"), BEFORE,
        add_months(BEFORE, 12), "Maria Kowal", "", D("1600.00"), 1))
    for month, hours in ((BEFORE, D("40")), (LAST, D("30"))):
        services.care_services.record_hours(carer, order.id, month, hours)
        services.care_services.issue_bill(carer, order.id, month)


def _error(widget: QWidget, field: str) -> str:
    label = widget.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def _cells(page: object, row: int) -> list[str]:
    model = page.clients  # type: ignore[attr-defined]
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_fees_arrears_and_a_payment(qtbot: QtBot, services: Services, desk: Actor,
                                    carer: Actor, messages: list[str]) -> None:
    _billed(services, desk, carer)
    bills_before = services.care_services.bills(carer, services.care_services.orders(carer)[0].id)
    tab = ServicesTab(services, carer, Bus())
    qtbot.addWidget(tab)
    tab.resize(1250, 800)
    tab.show()
    page = tab.fees
    assert page is not None
    tab.show_page(page)
    # The latest month billed is shown: its own bill unpaid, the month before as arrears.
    assert page.month.currentData() == LAST and page.clients.rowCount() == 1
    cells = _cells(page, 0)
    assert cells[0] == "Żółkiewski Jan"
    assert [c.replace("\u00a0", " ") for c in cells[2:7]] == [
        "157,50 zł", "0,00 zł", "157,50 zł", "210,00 zł", "367,50 zł"]
    qtbot.mouseClick(page.clients_table.viewport(), LEFT,
                     pos=page.clients_table.visualRect(page.clients.index(0, 0)).center())
    qtbot.waitUntil(lambda: page.client_box.isEnabled())
    # The oldest bill still owing comes first, its remainder offered as the amount.
    assert str(BEFORE.year) in page.bill.currentText() and page.amount.text() == "210,00"

    # A refusal: a negative amount and a day still to come, each under its field.
    page.amount.clear()
    qtbot.keyClicks(page.amount, "-5")
    page.paid_on.setDate(page.paid_on.date().addDays(1))
    qtbot.mouseClick(page.save_button, LEFT)
    assert _error(page, "amount") != "" and _error(page, "paid_on") != ""
    assert page.amount.text() == "-5" and page.payments.rowCount() == 0 and not messages
    keep_grab(page, "bills-stats-fees-refused.png")

    page.amount.clear()
    qtbot.keyClicks(page.amount, "100,00")
    page.paid_on.setDate(page.paid_on.date().addDays(-1))
    assert choose_data(page.way, PaymentMethod.BANK_TRANSFER.value)
    qtbot.keyClicks(page.reference, "przelew 12/2026")
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: page.payments.rowCount() == 1)
    assert _error(page, "amount") == "" and not messages
    cells = _cells(page, 0)
    assert [c.replace("\u00a0", " ") for c in cells[4:7]] == [
        "157,50 zł", "110,00 zł", "267,50 zł"]
    assert page.payments.index(0, 5).data() == "przelew 12/2026"
    keep_grab(page, "bills-stats-fees.png")
    # The payment is a fact of its own: the issued bills are as they were.
    assert services.care_services.bills(
        carer, services.care_services.orders(carer)[0].id) == bills_before

    # Recorded by mistake: withdrawn with a reason (none given: said under the field).
    assert not page.withdraw_button.isEnabled()
    page.payments_table.selectRow(0)
    assert page.withdraw_button.isEnabled()
    qtbot.mouseClick(page.withdraw_button, LEFT)
    assert _error(page, "reason") != "" and page.payments.rowCount() == 1
    qtbot.keyClicks(page.withdraw_reason, "wplata innej osoby")
    qtbot.mouseClick(page.withdraw_button, LEFT)
    qtbot.waitUntil(lambda: page.payments.rowCount() == 2)
    assert [page.payments.index(r, 6).data() for r in range(2)] == ["wycofana",
                                                                    "wycofanie wpłaty"]
    assert _cells(page, 0)[5].replace("\u00a0", " ") == "210,00 zł" and not messages
    keep_grab(page, "bills-stats-fees-withdrawn.png")


def test_no_bill_yet_says_so(qtbot: QtBot, services: Services, carer: Actor) -> None:
    tab = ServicesTab(services, carer, Bus())
    qtbot.addWidget(tab)
    tab.show()
    assert tab.fees is not None
    tab.show_page(tab.fees)  # the page is read when shown
    qtbot.waitUntil(lambda: "Nie wystawiono" in tab.fees.summary.text())  # type: ignore[union-attr]
    assert tab.fees.clients.rowCount() == 0
    assert not tab.fees.client_box.isEnabled()
