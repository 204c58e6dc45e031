"""Sign-in, first-start wizard, forced password change and the idle lock, driven as a person would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.ui import pdf, session
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


def test_the_lock_is_said_until_when_to_whoever_then_types_the_right_password(
        qtbot: QtBot, office: Services, admin: Actor) -> None:
    dialog = SignInDialog(office, login="admin")
    qtbot.addWidget(dialog)
    for _ in range(5):
        type_into(qtbot, dialog.password, "zle-haslo-zle")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    # The fifth wrong password reads as any wrong login: it does not tell that "admin" exists.
    assert dialog.errors.text("password") == "Nieprawidłowy login lub hasło."
    type_into(qtbot, dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("password").startswith("Konto jest czasowo zablokowane")
    assert "Blokada do godz." in dialog.errors.text("password") and dialog.signed is None


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


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


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


# --- signing out and changing user ---------------------------------------------------------


def _desk_user(office: Services) -> Actor:
    user_id = office.office.add_user("desk", "Anna Nowicka", "", frozenset({Role.FIRST_CONTACT}),
                                     password_hash=office.accounts.hasher.hash(PASSWORD))
    return Actor(user_id, "Anna Nowicka", "", frozenset({Role.FIRST_CONTACT}))


def _open_window(qtbot: QtBot, office: Services, actor: Actor) -> MainWindow:
    window = MainWindow(office, actor)
    qtbot.addWidget(window)
    window.show()
    return window


def _half_typed_form(window: MainWindow) -> tuple[QDialog, QLineEdit]:
    form = QDialog(window)
    form.setWindowTitle("Zgłoszenie – Jan Kowalski")
    note = QLineEdit("brak opału, pilne")
    QVBoxLayout(form).addWidget(note)
    form.show()
    return form, note


def _sign_outs(office: Services) -> list[dict[str, object]]:
    from sqlalchemy import select

    from ops_desktop.storage.models import AuditRow

    with office.db.session() as s:
        rows = s.scalars(select(AuditRow).where(AuditRow.action == "sign_out")
                         .order_by(AuditRow.seq)).all()
        return [json.loads(r.changes) for r in rows]


def _action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_sign_out_from_the_menu_names_what_is_open_and_asks_first(
        qtbot: QtBot, office: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _open_window(qtbot, office, _desk_user(office))
    form, note = _half_typed_form(window)
    asked: list[list[str]] = []
    answers = iter([False, True])
    monkeypatch.setattr(session, "ask_sign_out",
                        lambda _parent, names: asked.append(names) or next(answers))
    assert _action(window, "sign_out").shortcut().toString() == "Ctrl+Shift+L"
    assert _action(window, "switch_user").text().replace("&", "") == "Zmień użytkownika…"

    _action(window, "sign_out").trigger()  # "No": the work stays as it was
    assert asked == [["Zgłoszenie – Jan Kowalski"]]
    assert not window.signed_out and form.isVisible() and note.text() == "brak opału, pilne"
    assert _sign_outs(office) == []

    notice = pdf.announce(window, Path("skierowanie_SK_1_2026.pdf"), opened=True)
    _action(window, "switch_user").trigger()  # "Yes"
    assert window.signed_out and not window.isVisible() and not form.isVisible()
    assert not notice.isVisible()  # nothing of this session is left for the next person
    assert _sign_outs(office) == [{"way": "menu", "discarded_forms": 1}]


def test_sign_out_with_nothing_open_asks_nothing(
        qtbot: QtBot, office: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _open_window(qtbot, office, _desk_user(office))
    monkeypatch.setattr(session, "ask_sign_out", lambda *_: pytest.fail("asked for nothing"))
    _action(window, "sign_out").trigger()
    assert window.signed_out and _sign_outs(office) == [{"way": "menu", "discarded_forms": 0}]


def test_from_the_lock_screen_only_the_locked_person_may_drop_their_open_work(
        qtbot: QtBot, office: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _open_window(qtbot, office, _desk_user(office))
    form, _note = _half_typed_form(window)
    window.idle_lock.lock_now()
    unlock = window.idle_lock.dialog
    assert unlock is not None
    shown: list[str] = []

    def colleague_gives_up(dialog: session.DiscardWorkDialog) -> int:
        dialog.show()
        shown.append(dialog.findChild(QLabel, "discard_note").text())
        dialog.password.setText("not-the-password")  # a colleague guessing
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        assert dialog.errors.text("password") == "Nieprawidłowe hasło."
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(session.DiscardWorkDialog, "exec", colleague_gives_up)
    qtbot.mouseClick(unlock.findChild(QPushButton, "switch_user"), Qt.MouseButton.LeftButton)
    # Nothing dropped, still locked; the colleague was told how many, not what (client names).
    assert not window.signed_out and window.idle_lock.locked and form.isVisible()
    assert "otwarte formularze i zmiany: 1" in shown[0] and "Kowalski" not in shown[0]
    assert _sign_outs(office) == []

    def owner_discards(dialog: session.DiscardWorkDialog) -> int:
        dialog.show()
        dialog.password.setText(PASSWORD)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(session.DiscardWorkDialog, "exec", owner_discards)
    qtbot.mouseClick(unlock.findChild(QPushButton, "switch_user"), Qt.MouseButton.LeftButton)
    assert window.signed_out and not window.isVisible() and not form.isVisible()
    assert not window.idle_lock.locked
    qtbot.waitUntil(lambda: not _sheets())
    assert _sign_outs(office) == [{"way": "lock_screen", "discarded_forms": 1}]


def test_from_the_lock_screen_with_nothing_open_anyone_may_switch(
        qtbot: QtBot, office: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _open_window(qtbot, office, _desk_user(office))
    window.idle_lock.lock_now()
    monkeypatch.setattr(session, "confirm_switch", lambda _parent, actor: True)
    monkeypatch.setattr(session.DiscardWorkDialog, "exec",
                        lambda _self: pytest.fail("no password needed when nothing is open"))
    qtbot.mouseClick(window.idle_lock.dialog.findChild(QPushButton, "switch_user"),
                     Qt.MouseButton.LeftButton)
    assert window.signed_out and _sign_outs(office) == [{"way": "lock_screen", "discarded_forms": 0}]


def test_after_sign_out_the_next_person_signs_in_in_the_same_program(
        qtbot: QtBot, office: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QThreadPool, QTimer

    from ops_desktop import app as composition
    from ops_desktop.services.accounts import SignedIn
    from ops_desktop.ui.file_check import FileCheck

    monkeypatch.setattr(FileCheck, "start", lambda _self: None)  # not this test's subject
    desk = _desk_user(office)
    windows: list[MainWindow] = []

    def current() -> MainWindow:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        assert len(shown) == 1
        windows.append(shown[0])
        return shown[0]

    def next_sign_in(_services: Services, login: str | None, _demo: bool) -> SignedIn:
        assert login is None  # nobody's login is offered to the next person
        assert not any(w.isVisible() for w in windows)  # the desk's window is gone first
        QTimer.singleShot(0, lambda: current().close())  # the administrator ends the day
        return SignedIn(admin, False)

    monkeypatch.setattr(composition, "sign_in", next_sign_in)
    QTimer.singleShot(0, lambda: _action(current(), "sign_out").trigger())
    application = QApplication.instance()
    assert application is not None
    composition.run_sessions(application, office, SignedIn(desk, False), demo=False)
    QThreadPool.globalInstance().waitForDone(10000)

    assert [w.actor.user_id for w in windows] == [desk.user_id, admin.user_id]
    assert tab_titles(windows[1]) == ["Administrator"]  # the new person's own roles only
    assert _sign_outs(office) == [{"way": "menu", "discarded_forms": 0},
                                  {"way": "quit", "discarded_forms": 0}]
