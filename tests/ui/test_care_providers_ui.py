"""The services team's providers, schedule and hours driven as a worker does: a firm and its
carer registered (refusals under their fields, the text kept), the firm's file imported with
every refused line shown by number and reason, the client's carer assigned and their week
planned as a grid, a carer's month typed, and a complaint recorded."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import choose_data
from ops_desktop.ui.services_team import providers_page
from ops_desktop.ui.services_team.provider_dialogs import (
    ImportReportDialog,
    ProviderDialog,
    SupervisionDialog,
)
from ops_desktop.ui.services_team.providers_page import ProvidersPage
from ops_desktop.ui.services_team.schedule_page import SchedulePage
from tests.conftest import _staff
from tests.services.helpers import PESEL_MAN_1944, person, referral_intake
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton
SEPT = dt.date(2026, 9, 1)


@pytest.fixture
def worker(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _order(services: Services, desk: Actor, worker: Actor) -> uuid.UUID:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case_id = services.referrals.accept(worker, rid).id
    return services.care_services.add_order(worker, CareOrderInput(
        case_id, "OPS.8310.4.2026 z 20.08.2026", "Pomoc w higienie.", Decimal("6"), SEPT,
        dt.date(2027, 8, 31), "Halina Wójcik", "firma", Decimal("1600.00"), 1)).id


def _error(widget: QWidget, field: str) -> str:
    label = widget.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_a_firm_its_carer_and_its_file_of_hours(
        qtbot: QtBot, qtmodeltester: object, services: Services, desk: Actor, worker: Actor,
        messages: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    order_id = _order(services, desk, worker)
    page = ProvidersPage(services, worker, Bus())
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()

    def new_firm(dialog: ProviderDialog) -> int:
        dialog.show()
        dialog.kind.setCurrentIndex(dialog.kind.findData("contracted"))
        qtbot.keyClicks(dialog.name, "Pogodna Jesien s.c.")
        qtbot.keyClicks(dialog.price, "-31,50")
        qtbot.mouseClick(dialog.save_button, LEFT)
        # A firm needs its contract number; a negative price is no price. Nothing is lost.
        assert _error(dialog, "contract_number") != "" and _error(dialog, "hourly_price") != ""
        assert dialog.price.text() == "-31,50" and dialog.saved is None
        keep_grab(dialog, "care-providers-provider-refused.png")
        qtbot.keyClicks(dialog.contract, "UM/12/2026")
        dialog.price.clear()
        qtbot.keyClicks(dialog.price, "31,50")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.saved is not None
        return 1

    monkeypatch.setattr(ProviderDialog, "exec", new_firm)
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.waitUntil(lambda: page.providers.rowCount() == 1)
    qtmodeltester.check(page.providers)  # type: ignore[attr-defined]
    assert page.chosen_provider() is not None
    assert "31,50" in page.providers.index(0, 5).data()

    # A carer's name pasted with a right-to-left mark is refused under the field, kept.
    page.carer_name.setText("Halina\u200fWójcik")  # as pasted (keyClicks types no marks)
    qtbot.mouseClick(page.add_carer_button, LEFT)
    assert "niewidoczny znak" in _error(page, "name")
    assert page.carer_name.text() == "Halina\u200fWójcik" and page.carers.rowCount() == 0
    page.carer_name.setText("Halina Wójcik")
    qtbot.keyClick(page.carer_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.carers.rowCount() == 1)
    provider = page.chosen_provider()
    assert provider is not None and provider.carers == 1
    carer = page.carers.row_object(0)
    assert carer is not None
    services.care_providers.assign(worker, order_id, carer.id, SEPT)

    hours_file = tmp_path / "wrzesien.csv"
    hours_file.write_bytes((
        "klient;data;od;do;godziny;opiekun\r\n"
        f"{PESEL_MAN_1944};01.09.2026;09:00;12:00;;Halina Wójcik\r\n"
        f"{PESEL_MAN_1944};03.09.2026;09:00;13:00;;Halina Wójcik\r\n"
        "12345678901;03.09.2026;09:00;12:00;;Halina Wójcik\r\n"
        f"{PESEL_MAN_1944};08.09.2026;;;minus dwa;Halina Wójcik\r\n").encode("cp1250"))
    monkeypatch.setattr(providers_page, "choose_hours_file", lambda _parent: str(hours_file))
    reports: list[ImportReportDialog] = []

    def report(dialog: ImportReportDialog) -> int:
        dialog.show()
        reports.append(dialog)
        keep_grab(dialog, "care-providers-import-report.png")
        return 0

    monkeypatch.setattr(ImportReportDialog, "exec", report)
    qtbot.mouseClick(page.import_button, LEFT)
    qtbot.waitUntil(lambda: len(reports) == 1)
    dialog = reports[0]
    qtmodeltester.check(dialog.rejected)  # type: ignore[attr-defined]
    assert "zapisano wierszy 1 (3,00 godz.), odrzucono 3." in dialog.summary.text()
    shown = [(dialog.rejected.index(r, 0).data(), dialog.rejected.index(r, 1).data())
             for r in range(dialog.rejected.rowCount())]
    # Line 3: 3 h on the 1st and 4 h on the 3rd make 7 h, over the 6 a week.
    assert shown == [("3", "Godziny ponad tygodniowy wymiar zlecenia."),
                     ("4", "Nieznany klient: nie ma osoby o tym numerze PESEL ani sprawy o tym "
                           "znaku."),
                     ("5", "Zła liczba godzin.")]
    assert messages == []
    assert [e.hours for e in services.care_hours.hours(worker, order_id)] == [Decimal("3.00")]
    keep_grab(page, "care-providers-page.png")


def test_a_clients_week_their_carers_month_and_a_complaint(
        qtbot: QtBot, qtmodeltester: object, services: Services, desk: Actor, worker: Actor,
        messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    order_id = _order(services, desk, worker)
    from ops_desktop.services.demo_care_providers import FIRM

    firm = services.care_providers.add_provider(worker, FIRM)
    halina = services.care_providers.add_carer(worker, firm.id, "Halina Wójcik")
    page = SchedulePage(services, worker, Bus())
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    assert page.chosen_order() is not None and page.chosen_order().id == order_id  # type: ignore[union-attr]

    # Assign the carer from the first day of the order.
    page.assign_from.setDate(SEPT)
    assert page.all_carers.currentData() == halina.id
    qtbot.mouseClick(page.assign_button, LEFT)
    qtbot.waitUntil(lambda: page.assignments.rowCount() == 1)
    assert page.slot_carer.currentData() == halina.id

    # Tuesday and Thursday 9–12: the week's 6 hours; a third visit is refused under "do".
    for weekday in (2, 4):
        page.weekday.setCurrentIndex(weekday - 1)
        page.slot_from.setTime(QTime(9, 0))
        page.slot_to.setTime(QTime(12, 0))
        qtbot.mouseClick(page.add_slot_button, LEFT)
    qtbot.waitUntil(lambda: page.week.rowCount() == 1)
    qtmodeltester.check(page.week)  # type: ignore[attr-defined]
    assert page.week.index(0, 1).data() == "09:00–12:00\nHalina Wójcik"
    assert page.week.index(0, 3).data() == "09:00–12:00\nHalina Wójcik"
    assert page.week.index(0, 0).data() is None
    assert "6,00 z 6,00" in page.week_summary.text()
    page.weekday.setCurrentIndex(4)
    page.slot_from.setTime(QTime(8, 0))
    page.slot_to.setTime(QTime(9, 0))
    qtbot.mouseClick(page.add_slot_button, LEFT)
    assert "tygodniowy wymiar" in _error(page, "ends_at")
    assert page.slot_to.time() == QTime(9, 0)  # kept

    # The carer's September typed for the month: too much is refused, the text kept.
    hours = page.hours
    assert hours.carer.currentData() == halina.id
    hours.month.setCurrentIndex(hours.month.findText("wrzesień 2026", Qt.MatchFlag.MatchContains))
    assert hours.month.currentData() == SEPT
    qtbot.keyClicks(hours.hours, "1000000")
    qtbot.mouseClick(hours.save_button, LEFT)
    assert _error(hours, "hours") != "" and hours.hours.text() == "1000000"
    hours.hours.clear()
    qtbot.keyClicks(hours.hours, "26,5")
    qtbot.mouseClick(hours.save_button, LEFT)
    # 6 h a week in September 2026: 6 × 22 / 5 = 26,4 at most as a month's total.
    assert "miesięczny wymiar" in _error(hours, "hours")
    hours.hours.clear()
    qtbot.keyClicks(hours.hours, "24")
    qtbot.keyClick(hours.hours, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: hours.entries.rowCount() == 1)
    qtmodeltester.check(hours.entries)  # type: ignore[attr-defined]
    assert "W miesiącu: 24,00 godz." in hours.limit.text() and "26,40" in hours.limit.text()
    assert services.care_services.preview_bill(worker, order_id, SEPT).hours == Decimal("24.00")

    def complaint(dialog: SupervisionDialog) -> int:
        dialog.show()
        dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert _error(dialog, "findings") != "" and _error(dialog, "conducted_by") != ""
        qtbot.keyClicks(dialog.conducted_by, "syn podopiecznego")
        qtbot.keyClicks(dialog.findings, "Opiekunka przychodzi godzine pozniej.")
        qtbot.keyClicks(dialog.follow_up, "Rozmowa z wykonawca.")
        assert choose_data(dialog.carer, halina.id)
        keep_grab(dialog, "care-providers-complaint.png")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.saved is not None
        return 1

    monkeypatch.setattr(SupervisionDialog, "exec", complaint)
    qtbot.mouseClick(page.supervision.add_button, LEFT)
    qtbot.waitUntil(lambda: page.supervision.model.rowCount() == 1)
    assert page.supervision.model.index(0, 1).data() == "skarga"
    assert "Pogodna Jesień" in page.supervision.model.index(0, 3).data()
    assert messages == []
    keep_grab(page, "care-providers-schedule.png")
