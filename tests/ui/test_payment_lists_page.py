"""The "Listy wypłat" pages driven as people do: the benefits worker prepares a month's
list and sees its items, the head approves it on the coordinator's page, then the worker
saves the Elixir-O file and prints the list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.payments import BankProfile
from ops_desktop.ui.benefits.payment_lists import PaymentListsPage
from ops_desktop.ui.bus import Bus
from tests.services.test_payments import NEXT, OFFICE_ACCOUNT, _signed
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    return widget


def _month(page: PaymentListsPage, month: dt.date) -> None:
    page.month.setDate(QDate(month.year, month.month, 1))


def test_prepare_approve_save_the_bank_file_and_print(
        qtbot: QtBot, services: Services, benefits_worker: Actor, signer: Actor,
        coordinator: Actor, admin: Actor, opened: list[Path], messages: list[str],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services.payments.set_bank_profile(admin, BankProfile(10, OFFICE_ACCOUNT, "cp1250"))
    _signed(services, benefits_worker, signer, "600.00")
    bus = Bus()
    page = _shown(qtbot, PaymentListsPage(services, benefits_worker, bus))
    assert isinstance(page, PaymentListsPage)
    # A month with nothing due: said next to the buttons, the month stays as chosen.
    _month(page, dt.date(2020, 1, 1))
    qtbot.mouseClick(page.prepare_button, LEFT)
    qtbot.waitUntil(lambda: "nie ma do wypłaty" in page.status.text())
    assert page.prepare_button.isEnabled()
    assert page.month.date() == QDate(2020, 1, 1) and page.lists.rowCount() == 0
    _month(page, NEXT)
    qtbot.mouseClick(page.prepare_button, LEFT)
    qtbot.waitUntil(lambda: page.lists.rowCount() == 1)
    assert "Przygotowano list: 1" in page.status.text()
    page.lists_table.selectRow(0)
    texts = [page.lists.index(0, c).data() for c in range(page.lists.columnCount())]
    assert texts[0] == NEXT.strftime("%m.%Y") and "85214" in texts[3]
    assert "600,00" in texts[5] and texts[7] == "do zatwierdzenia"
    assert not page.elixir_button.isEnabled()  # no bank file before approval
    qtbot.mouseClick(page.items_button, LEFT)
    assert page.items.rowCount() == 1 and page.items.index(0, 1).data() == "Jan Żółkiewski"
    keep_grab(page, "payments-benefits-page.png")

    head = _shown(qtbot, PaymentListsPage(services, coordinator, bus, approving=True))
    assert isinstance(head, PaymentListsPage)
    assert head.lists.rowCount() == 1 and not head.prepare_button.isVisible()
    head.lists_table.selectRow(0)
    keep_grab(head, "payments-coordinator-page.png")
    qtbot.mouseClick(head.approve_button, LEFT)
    assert "Zatwierdzono listę" in head.status.text()
    qtbot.waitUntil(lambda: head.lists.rowCount() == 0)  # nothing more waits for the head

    # The worker's page heard of it: the list is approved and gives its bank file.
    page.lists_table.selectRow(0)
    assert page.lists.index(0, 7).data() == "zatwierdzona"
    assert page.elixir_button.isEnabled() and not page.discard_button.isEnabled()
    target = tmp_path / "przelewy.txt"
    monkeypatch.setattr("ops_desktop.ui.benefits.payment_lists.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.elixir_button, LEFT)
    data = target.read_bytes()
    assert data.startswith(b"110,") and data.endswith(b"\r\n")
    assert "Zapisano plik Elixir-O" in page.status.text()
    qtbot.mouseClick(page.print_button, LEFT)
    assert len(opened) == 1 and opened[0].suffix == ".pdf" and opened[0].exists()
    assert messages == []


def test_the_administrator_sets_the_bank_profile_and_a_bad_account_is_said_by_its_field(
        qtbot: QtBot, services: Services, admin: Actor, messages: list[str]) -> None:
    from PySide6.QtWidgets import QLabel

    from ops_desktop.ui.admin.bank_profile import BankProfilePanel

    panel = _shown(qtbot, BankProfilePanel(services, admin))
    assert isinstance(panel, BankProfilePanel)
    assert panel.payment_day.value() == 10 and panel.code_page.currentData() == "cp1250"
    qtbot.keyClicks(panel.account, "PL61 1090 1014 0000 0712 1981 2875")  # one digit wrong
    panel.payment_day.setValue(31)
    qtbot.mouseClick(panel.save_button, LEFT)
    error = panel.findChild(QLabel, "error_payer_account")
    assert error is not None and error.isVisible() and "rachunku" in error.text()
    assert panel.account.text() == "PL61 1090 1014 0000 0712 1981 2875"  # kept as typed
    keep_grab(panel, "payments-bank-profile.png")
    panel.account.clear()
    qtbot.keyClicks(panel.account, "PL61 1090 1014 0000 0712 1981 2874")
    panel.code_page.setCurrentIndex(1)
    qtbot.mouseClick(panel.save_button, LEFT)
    assert "Zapisano" in panel.notice.text() and not error.isVisible()
    assert services.payments.bank_profile() == BankProfile(31, OFFICE_ACCOUNT, "iso8859_2")
    assert messages == []
