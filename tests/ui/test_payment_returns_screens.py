"""Recording a returned transfer and reading a person's payment register, driven as a
benefits worker does on the "Listy wypłat" page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.payment_lists import PaymentListsPage
from ops_desktop.ui.benefits.payment_register_dialog import PaymentRegisterDialog
from ops_desktop.ui.benefits.payment_return_dialog import PaymentReturnDialog
from ops_desktop.ui.bus import Bus
from tests.services.test_benefits import text_of
from tests.services.test_payment_returns import NEW_ACCOUNT, _approved_list, _pay_today
from tests.services.test_payments import NEXT, OFFICE_ACCOUNT, _signed
from tests.ui.test_payment_lists_page import _shown

from ops_desktop.services.payments import BankProfile
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton


def test_a_returned_transfer_is_recorded_from_the_list_and_shows_in_the_register(
        qtbot: QtBot, services: Services, benefits_worker: Actor, signer: Actor,
        coordinator: Actor, admin: Actor, opened: list[Path], messages: list[str]) -> None:
    services.payments.set_bank_profile(admin, BankProfile(10, OFFICE_ACCOUNT, "cp1250"))
    _signed(services, benefits_worker, signer, "600.00")
    (made,) = _approved_list(services, benefits_worker, coordinator)
    _pay_today(services, made.id)
    page = _shown(qtbot, PaymentListsPage(services, benefits_worker, Bus()))
    assert isinstance(page, PaymentListsPage)
    page.lists_table.selectRow(0)
    assert not page.return_button.isEnabled()  # no item chosen yet
    qtbot.mouseClick(page.items_button, LEFT)
    page.items_table.selectRow(0)
    assert page.return_button.isEnabled() and page.register_button.isEnabled()
    line = page.chosen_item()
    assert line is not None

    dialog = PaymentReturnDialog(services, benefits_worker, line, made.number, page)
    qtbot.addWidget(dialog)
    dialog.show()
    # A mistyped account is said under the field; what was typed stays.
    qtbot.keyClicks(dialog.account, "PL12 3456")
    save = dialog.findChild(QPushButton, "payment_return_save")
    qtbot.mouseClick(save, LEFT)
    error = dialog.findChild(QLabel, "error_reissue_account")
    assert error.isVisible() and "rachunku" in error.text()
    assert dialog.account.text() == "PL12 3456" and dialog.recorded is None
    keep_grab(dialog, "payment-returns-dialog.png")
    dialog.account.clear()
    qtbot.keyClicks(dialog.account, NEW_ACCOUNT)
    qtbot.keyClicks(dialog.note, "zwrot z banku, rachunek zamkniety")
    qtbot.mouseClick(save, LEFT)
    assert dialog.recorded is not None and dialog.recorded.amount_grosze == 60000

    # The list shows the item as returned; the return button is off for it now.
    qtbot.mouseClick(page.items_button, LEFT)
    page.items_table.selectRow(0)
    row = [page.items.index(0, c).data() for c in range(page.items.columnCount())]
    assert "zwrócony przez bank" in row and not page.return_button.isEnabled()
    keep_grab(page, "payment-returns-page.png")

    register = PaymentRegisterDialog(services, benefits_worker, line.person_id, page)
    qtbot.addWidget(register)
    register.show()
    kinds = [register.entries.index(r, 1).data() for r in range(register.entries.rowCount())]
    assert kinds == ["wypłata", "zwrot przelewu"]
    assert register.entries.index(0, 2).data() == made.number
    keep_grab(register, "payment-returns-register.png")
    qtbot.mouseClick(register.print_button, LEFT)
    assert len(opened) == 1
    printed = text_of(opened[0].read_bytes())
    assert "Rejestr wypłat – Jan Żółkiewski" in printed
    assert "zwrot przelewu przez bank" in printed and made.number in printed
    assert messages == []
