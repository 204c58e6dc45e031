"""Sign-in, first-start wizard, forced password change and the idle lock, driven as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.ui.idle_lock import IdleLock, Sheet, UnlockDialog
from ops_desktop.ui.main_window import MainWindow
from ops_desktop.ui.setup_wizard import SetupWizard
from ops_desktop.ui.sign_in import ChangePasswordDialog, SignInDialog

PASSWORD = "Kasztanowa-7-aleja"


@pytest.fixture
def office(tmp_path: Path) -> Services:
    services = Services.open(f"sqlite:///{tmp_path / 'office.sqlite'}")
    yield services
    services.close()


@pytest.fixture
def admin(office: Services) -> Actor:
    return office.accounts.set_up_office(
        SETTINGS, NewAccount("admin", "Robert Krawczyk", "informatyk", PASSWORD)).actor


def type_into(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_wrong_password_is_said_next_to_the_field_and_the_login_stays(
        qtbot: QtBot, office: Services, admin: Actor) -> None:
    dialog = SignInDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.login, "admin")
    type_into(qtbot, dialog.password, "not-the-password")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.signed is None
    assert dialog.errors.text("password") == "Nieprawidłowy login lub hasło."
    assert dialog.login.text() == "admin" and dialog.password.text() == ""
    type_into(qtbot, dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed is not None and dialog.signed.actor.user_id == admin.user_id


def test_the_fifth_failure_says_until_when_the_account_is_locked(
        qtbot: QtBot, office: Services, admin: Actor) -> None:
    dialog = SignInDialog(office, login="admin")
    qtbot.addWidget(dialog)
    for _ in range(5):
        type_into(qtbot, dialog.password, "zle-haslo-zle")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("password").startswith("Konto jest czasowo zablokowane")
    assert "Blokada do godz." in dialog.errors.text("password")


def test_first_start_wizard_sets_up_the_office_and_its_administrator(
        qtbot: QtBot, office: Services) -> None:
    assert office.accounts.needs_setup()
    wizard = SetupWizard(office)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.office_page
    page.inputs["office_name"].clear()  # type: ignore[union-attr]
    wizard.next()
    assert wizard.currentPage() is page  # refused: the name is required
    assert page.errors.text("office_name") == "To pole jest wymagane."
    for field in ("office_name", "office_place", "mayor_genitive", "appeal_body",
                  "appeal_body_address"):
        widget = page.inputs[field]
        assert isinstance(widget, QLineEdit)
        widget.setText(str(getattr(SETTINGS, field)))
    address = page.inputs["office_address"]
    assert isinstance(address, QPlainTextEdit)
    address.setPlainText(SETTINGS.office_address)
    wizard.next()
    admin_page = wizard.admin_page
    assert wizard.currentPage() is admin_page
    admin_page.login.setText("admin")
    admin_page.full_name.setText("Robert Krawczyk")
    admin_page.password.setText("krotkie")
    admin_page.repeat.setText("krotkie")
    assert not admin_page.validatePage()
    assert admin_page.errors.text("password") == "Hasło musi mieć co najmniej 10 znaków."
    assert admin_page.login.text() == "admin"  # nothing typed is lost
    admin_page.password.setText(PASSWORD)
    admin_page.repeat.setText(PASSWORD + "x")
    assert not admin_page.validatePage()
    assert admin_page.errors.text("repeat_password") == "Hasła nie są takie same."
    admin_page.repeat.setText(PASSWORD)
    assert admin_page.validatePage()
    assert wizard.signed is not None and Role.ADMINISTRATOR in wizard.signed.actor.roles
    assert not office.accounts.needs_setup()
    assert office.office.settings().appeal_body == SETTINGS.appeal_body
    assert office.accounts.sign_in("admin", PASSWORD).actor.user_id == wizard.signed.actor.user_id


def test_first_start_wizard_fields_are_wide_enough_to_read(
        qtbot: QtBot, office: Services) -> None:
    wizard = SetupWizard(office)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.office_page
    for field, widget in page.inputs.items():
        widget_text = getattr(SETTINGS, field)
        room = widget.width() - widget.minimumSizeHint().width()
        # The demo office's values (typical lengths) are readable whole while typed, and
        # no field is narrower than half the page however long its label is.
        assert room >= widget.fontMetrics().horizontalAdvance(widget_text.splitlines()[0]), field
        assert widget.width() >= page.width() // 2, field
    wizard.next()  # refused (the address is empty): the error lines must not squeeze either
    for field, widget in page.inputs.items():
        assert widget.width() >= page.width() // 2, field


def test_a_temporary_password_must_be_changed(qtbot: QtBot, office: Services, admin: Actor) -> None:
    office.accounts.create_account(admin, NewAccount(
        "anowicka", "Anna Nowicka", "", "tymczasowe-123", frozenset({Role.FIRST_CONTACT})))
    signed = office.accounts.sign_in("anowicka", "tymczasowe-123")
    assert signed.must_change_password
    dialog = ChangePasswordDialog(office, signed.actor, forced=True)
    qtbot.addWidget(dialog)
    dialog.old.setText("tymczasowe-123")
    dialog.new.setText("Jesienne-liscie-9")
    dialog.repeat.setText("Jesienne-liscie-8")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("repeat_password") == "Hasła nie są takie same."
    dialog.repeat.setText("Jesienne-liscie-9")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not office.accounts.sign_in("anowicka", "Jesienne-liscie-9").must_change_password


def _sheets() -> list[Sheet]:
    return [w for top in QApplication.topLevelWidgets() for w in top.findChildren(Sheet)
            if w.isVisible()]


def test_idle_lock_covers_every_window_and_unlocking_keeps_what_was_typed(
        qtbot: QtBot, office: Services, admin: Actor) -> None:
    user_id = office.office.add_user("desk", "Anna Nowicka", "", frozenset({Role.FIRST_CONTACT}),
                                     password_hash=office.accounts.hasher.hash(PASSWORD))
    actor = Actor(user_id, "Anna Nowicka", "", frozenset({Role.FIRST_CONTACT}))
    window = MainWindow(office, actor)
    qtbot.addWidget(window)
    window.show()
    form = QDialog(window)  # a half-filled form open when the person walked away
    note = QLineEdit("Pani Kowalska – brak opału, pilne")
    QVBoxLayout(form).addWidget(note)
    form.show()
    lock: IdleLock = window.idle_lock
    lock.lock_now()
    assert lock.locked and len(_sheets()) >= 2  # the window and the form are both covered
    dialog = lock.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    dialog.reject()  # Esc does not get past the lock
    assert lock.locked and dialog.isVisible()
    dialog.password.setText("not-the-password")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert lock.locked and dialog.errors.text("password") == "Nieprawidłowe hasło."
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not lock.locked
    qtbot.waitUntil(lambda: not _sheets())
    assert form.isVisible() and note.text() == "Pani Kowalska – brak opału, pilne"
    window.close()


def test_the_lock_comes_by_itself_after_the_idle_time(qtbot: QtBot, office: Services,
                                                      admin: Actor) -> None:
    window = MainWindow(office, admin)
    qtbot.addWidget(window)
    lock = IdleLock(office, admin, minutes=1, parent=window, check_every_ms=20)
    lock.idle_seconds = 0.05  # the office's minutes, shortened for the test
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    assert lock.dialog is not None
    lock.dialog.password.setText(PASSWORD)
    qtbot.mouseClick(lock.dialog.ok, Qt.MouseButton.LeftButton)
    assert not lock.locked
    lock.stop()
    window.close()
