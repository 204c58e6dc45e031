"""The services team's "Usługi opiekuńcze" page driven as a worker does: a new order, the
month's hours refused under the field with the text kept, the amount shown before the bill
is issued, a correcting bill, the bill printed."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.i18n.format import month_year
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.services_team.care_page import CarePage
from ops_desktop.ui.services_team.order_dialog import CareOrderDialog
from ops_desktop.ui.services_team.tab import ServicesTab
from tests.conftest import _staff
from tests.services.helpers import person, referral_intake
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()
THIS_MONTH = TODAY.replace(day=1)
LAST_MONTH = (THIS_MONTH - dt.timedelta(days=1)).replace(day=1)


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _case(services: Services, desk: Actor, carer: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    services.referrals.accept(carer, rid)


def _error(widget: QWidget, field: str) -> str:
    label = widget.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def _fill_order(qtbot: QtBot, dialog: CareOrderDialog) -> None:
    qtbot.keyClicks(dialog.decision_ref, "OPS.8310.4.2026 z 20.08.2026")
    qtbot.keyClicks(dialog.scope, "Pomoc w higienie i przy posilkach.")
    qtbot.keyClicks(dialog.hours_per_week, "10")
    qtbot.keyClicks(dialog.carer_name, "Maria Kowal")
    qtbot.keyClicks(dialog.income, "1600,00")


def test_an_order_its_hours_and_its_bill(qtbot: QtBot, qtmodeltester: object,
                                         services: Services, desk: Actor, carer: Actor,
                                         messages: list[str], opened: list[Path],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _case(services, desk, carer)
    page = CarePage(services, carer, Bus())
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    assert page.orders.rowCount() == 0

    def run(dialog: CareOrderDialog) -> int:
        dialog.show()
        # First a refusal: words for hours, an end before the start. The dialog stays.
        qtbot.keyClicks(dialog.hours_per_week, "dziesiec")
        dialog.ends_on.setDate(dialog.starts_on.date().addDays(-1))
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert _error(dialog, "hours_per_week") != "" and _error(dialog, "ends_on") != ""
        assert _error(dialog, "decision_ref") != ""  # required, left empty
        assert dialog.hours_per_week.text() == "dziesiec" and dialog.saved is None
        keep_grab(dialog, "care-billing-order-refused.png")
        dialog.hours_per_week.clear()
        # Care since last month: that month is over and billed, this one is still running.
        dialog.starts_on.setDate(LAST_MONTH)
        dialog.ends_on.setDate(dialog.starts_on.date().addMonths(6))
        _fill_order(qtbot, dialog)
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.saved is not None
        return 1

    monkeypatch.setattr(CareOrderDialog, "exec", run)
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.waitUntil(lambda: page.orders.rowCount() == 1)
    qtmodeltester.check(page.orders)  # type: ignore[attr-defined]
    page.orders_table.selectRow(0)
    assert page.month.currentData() == LAST_MONTH  # the month just ended comes first
    # This month's hours so far may be typed, but its bill waits for the month's end.
    page.month.setCurrentIndex(page.month.findText(month_year(THIS_MONTH)))
    assert page.month.currentData() == THIS_MONTH
    qtbot.keyClicks(page.hours, "6")
    qtbot.mouseClick(page.save_hours_button, LEFT)
    qtbot.waitUntil(lambda: "Miesiąc jeszcze trwa" in page.preview.text())
    first_of_next = (THIS_MONTH + dt.timedelta(days=31)).replace(day=1)
    assert f"od {first_of_next:%d.%m.%Y}" in page.preview.text()
    assert not page.issue_button.isEnabled() and page.hours.text() == "6,00"
    keep_grab(page, "care-billing-month-running.png")
    page.month.setCurrentIndex(page.month.findText(month_year(LAST_MONTH)))
    assert page.month.currentData() == LAST_MONTH
    assert "Najpierw zapisz godziny" in page.preview.text()
    assert not page.issue_button.isEnabled()

    qtbot.keyClicks(page.hours, "40,123")
    qtbot.mouseClick(page.save_hours_button, LEFT)
    assert "dwoma miejscami" in _error(page, "hours")
    assert page.hours.text() == "40,123"  # kept
    page.hours.clear()
    qtbot.keyClicks(page.hours, "40")
    qtbot.keyClick(page.hours, Qt.Key.Key_Return)
    # 1600 zł is 158,42 % of 1010 zł → 15 %; 40 h × 35 zł × 15 % = 210 zł, shown before issuing
    qtbot.waitUntil(lambda: "210,00" in page.preview.text())
    assert "15%" in page.preview.text() and page.issue_button.isEnabled()
    keep_grab(page, "care-billing-page.png")
    qtbot.mouseClick(page.issue_button, LEFT)
    qtbot.waitUntil(lambda: page.bills.rowCount() == 1)
    qtmodeltester.check(page.bills)  # type: ignore[attr-defined]
    bill = page.bills.row_object(0)
    assert bill is not None and bill.amount == Decimal("210.00")
    assert "korekt" in page.preview.text() and "korygujący" in page.issue_button.text()

    # More hours: the correcting bill names the first; the first is unchanged.
    page.hours.selectAll()
    qtbot.keyClicks(page.hours, "44")
    qtbot.mouseClick(page.save_hours_button, LEFT)
    qtbot.waitUntil(lambda: "231,00" in page.preview.text())
    qtbot.mouseClick(page.issue_button, LEFT)
    qtbot.waitUntil(lambda: page.bills.rowCount() == 2)
    second = page.bills.row_object(1)
    assert second is not None and second.corrects_number == bill.number
    assert page.bills.row_object(0) == bill
    keep_grab(page, "care-billing-page-bills.png")

    page.bills_table.selectRow(0)
    qtbot.mouseClick(page.print_button, LEFT)
    assert len(opened) == 1 and messages == []
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(opened[0].read_bytes())).pages)
    assert bill.number in text and "65,63" not in text and "210,00" in text.replace("\xa0", "")


def test_other_teams_have_no_care_page(qtbot: QtBot, services: Services, carer: Actor,
                                       social_worker: Actor) -> None:
    tab = ServicesTab(services, carer, Bus())
    qtbot.addWidget(tab)
    # cases, care, schedule, providers, fees, DPS, shelter, posiłek
    assert tab.care is not None and tab.fees is not None and tab.pages.count() == 8
    assert tab.meals is not None and tab.pages.tabText(7) == "Posiłek"
    head = _staff(services, "szef", "Szef", "", frozenset({Role.COORDINATOR}))
    head_tab = ServicesTab(services, head, Bus())
    qtbot.addWidget(head_tab)
    assert head_tab.care is not None


def test_the_head_enters_the_councils_resolution(qtbot: QtBot, services: Services,
                                                 desk: Actor, carer: Actor,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from ops_desktop.ui.services_team.fee_dialog import CareFeesDialog

    head = _staff(services, "szef", "Szef", "", frozenset({Role.COORDINATOR}))
    assert not CarePage(services, carer, Bus()).fees_button.isVisibleTo(None)  # type: ignore[arg-type]
    page = CarePage(services, head, Bus())
    qtbot.addWidget(page)
    page.show()
    assert page.fees_button.isVisible()
    own = ('{"tables": [{"valid_from": "2026-01-01", "resolution": "Uchwała nr XX/150/2025",'
           ' "legal_basis": "art. 50 ust. 6 u.p.s.", "hourly_cost": "30.00", "bands": ['
           '{"up_to": "150", "single": "0", "family": "0"},'
           '{"up_to": null, "single": "50", "family": "50"}]}]}')

    def run(dialog: CareFeesDialog) -> int:
        dialog.show()
        assert dialog.hourly_cost.text() == "35,00"  # the sample's until the office sets one
        dialog.hourly_cost.selectAll()
        qtbot.keyClicks(dialog.hourly_cost, "trzydziesci")
        dialog.tables.setPlainText(own.replace('"30.00"', "30"))
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert _error(dialog, "hourly_cost") != "" and _error(dialog, "fee_tables") != ""
        assert dialog.hourly_cost.text() == "trzydziesci" and not dialog.saved  # kept
        keep_grab(dialog, "care-billing-fees.png")
        dialog.hourly_cost.selectAll()
        qtbot.keyClicks(dialog.hourly_cost, "42,80")
        dialog.tables.setPlainText(own)
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.saved
        return 1

    monkeypatch.setattr(CareFeesDialog, "exec", run)
    qtbot.mouseClick(page.fees_button, LEFT)
    table, cost = services.care_services.fee_table(head, TODAY)
    assert (table.resolution, cost) == ("Uchwała nr XX/150/2025", Decimal("42.80"))


def test_the_services_tab_reads_its_care_pages_when_they_are_shown(
        qtbot: QtBot, services: Services, carer: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The services tab is built at sign-in: its care orders and providers (a long read in
    a city's office) are read when the worker opens those pages, not before."""
    reads: list[str] = []
    count, providers = services.care_services.count_orders, services.care_providers.providers
    monkeypatch.setattr(services.care_services, "count_orders",
                        lambda actor: reads.append("orders") or count(actor))
    monkeypatch.setattr(services.care_providers, "providers",
                        lambda actor: reads.append("providers") or providers(actor))
    tab = ServicesTab(services, carer, Bus())
    qtbot.addWidget(tab)
    tab.show()
    assert reads == []
    assert tab.care is not None and tab.providers is not None
    tab.show_page(tab.care)
    qtbot.waitUntil(lambda: "orders" in reads)
    tab.show_page(tab.providers)
    qtbot.waitUntil(lambda: "providers" in reads)
