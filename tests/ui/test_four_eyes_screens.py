"""Roles and accounts on screen: the grants waiting for a second person in Administracja →
Użytkownicy and in the head's tab, the window after an unlock with other roles, and the
set-up wizard's head account."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard
from ops_desktop.ui.admin.users import UsersPanel
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.tab import CoordinatorTab
from ops_desktop.ui.main_window import MainWindow
from ops_desktop.ui.setup_wizard import SetupWizard
from tests.ui.looking import keep_grab

PASSWORD = "Kasztanowa-7-aleja"
HEAD = NewAccount("kierownik", "Barbara Żółkiewska", "kierownik", "tymczasowe-456")
OWN = "Jesienne-liscie-9"


@pytest.fixture
def office(services: Services) -> Services:
    return services  # tests/conftest.py: a real store, not yet set up


@pytest.fixture
def admin(office: Services) -> Actor:
    return office.accounts.set_up_office(
        SETTINGS, NewAccount("admin", "Robert Krawczyk", "informatyk", PASSWORD), HEAD).actor


@pytest.fixture
def head(office: Services, admin: Actor) -> Actor:
    return signed_in(office, HEAD.login, HEAD.password)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(guard, "message", lambda _parent, text: messages.append(text))
    return messages


def signed_in(office: Services, login: str, temporary: str) -> Actor:
    signed = office.accounts.sign_in(login, temporary)
    office.accounts.change_password(signed.actor, temporary, OWN)
    return signed.actor


def worker(office: Services, admin: Actor, head: Actor, roles: set[Role]) -> Actor:
    office.accounts.create_account(admin, NewAccount("anowicka", "Anna Nowicka", "", "tymczasowe-123",
                                                     frozenset(roles)))
    for grant in office.accounts.grants.pending(head):
        office.accounts.grants.confirm(head, grant.id)
    return signed_in(office, "anowicka", "tymczasowe-123")


def worker_at_window(qtbot: QtBot, office: Services, admin: Actor,
                     head: Actor) -> tuple[Actor, MainWindow]:
    actor = worker(office, admin, head, {Role.FIRST_CONTACT, Role.BENEFITS})
    window = MainWindow(office, actor)
    qtbot.addWidget(window)
    window.show()
    return actor, window


def roles_of(office: Services, login: str) -> frozenset[Role]:
    return next(u.roles for u in office.office.users() if u.login == login)


def test_a_grant_waits_in_both_lists_the_asker_cannot_confirm_it_and_the_head_does(
        qtbot: QtBot, office: Services, admin: Actor, head: Actor, said: list[str]) -> None:
    users = UsersPanel(office, admin, Bus())
    qtbot.addWidget(users)
    users.show()
    office.accounts.create_account(admin, NewAccount(
        "anowicka", "Anna Nowicka", "", "tymczasowe-123", frozenset({Role.FIRST_CONTACT})))
    users.bus.changed.emit()
    waiting = users.pending
    assert waiting.model.rowCount() == 1
    assert not waiting.confirm_button.isEnabled()  # nothing chosen yet
    waiting.table.selectRow(0)
    qtbot.mouseClick(waiting.confirm_button, Qt.MouseButton.LeftButton)
    assert said == ["Własnej prośby o nadanie uprawnień nie można zatwierdzić – zrobi to "
                    "kierownik albo inny administrator."]
    assert waiting.model.rowCount() == 1 and roles_of(office, "anowicka") == frozenset()

    tab = CoordinatorTab(office, head, Bus())
    qtbot.addWidget(tab)
    tab.show()
    index = tab.pages.indexOf(tab.grants_page)
    assert tab.pages.tabText(index) == "Prośby o uprawnienia (1)"
    assert tab.grants_page.model.data(tab.grants_page.model.index(0, 1)) == "Pierwszy kontakt"
    tab.grants_page.table.selectRow(0)
    qtbot.mouseClick(tab.grants_page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.grants_page.model.rowCount() == 0)
    assert tab.pages.tabText(index) == "Prośby o uprawnienia (0)"
    assert tab.grants_page.notice.text().startswith("Zatwierdzono: Anna Nowicka – Pierwszy kontakt.")
    assert roles_of(office, "anowicka") == {Role.FIRST_CONTACT}


def test_a_list_refused_after_a_role_change_says_so(
        qtbot: QtBot, office: Services, admin: Actor, head: Actor) -> None:
    tab = CoordinatorTab(office, head, Bus())
    qtbot.addWidget(tab)
    office.accounts.update_account(admin, head.user_id, HEAD.full_name, "",
                                   frozenset({Role.AUDITOR}), True)
    tab.bus.changed.emit()
    changed = "Twoje uprawnienia zmieniły się – zaloguj się ponownie."
    assert tab.grants_page.notice.text() == changed and tab.overview.text() == changed


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    window.idle_lock.lock_now()
    dialog = window.idle_lock.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.password, OWN)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def _tab_texts(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_unlocking_after_a_role_was_taken_away_opens_the_window_with_the_new_roles(
        qtbot: QtBot, office: Services, admin: Actor, head: Actor, said: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    ended: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: ended.append(code)))
    actor, window = worker_at_window(qtbot, office, admin, head)
    assert "Świadczenia" in _tab_texts(window)
    office.accounts.update_account(admin, actor.user_id, "Anna Nowicka", "",
                                   frozenset({Role.FIRST_CONTACT}), True)
    _unlock(qtbot, window)
    assert said == ["Twoje uprawnienia zmieniły się – okno otworzy się ponownie z nowymi "
                    "uprawnieniami."]
    assert window.signed_out and window.following is not None and ended == [0]
    assert window.following.roles == {Role.FIRST_CONTACT}
    again = MainWindow(office, window.following)  # what app.run_sessions opens next
    qtbot.addWidget(again)
    assert "Świadczenia" not in _tab_texts(again) and "Pierwszy kontakt" in _tab_texts(again)


def test_with_a_form_open_the_window_stays_and_asks_to_sign_in_again(
        qtbot: QtBot, office: Services, admin: Actor, head: Actor, said: list[str]) -> None:
    actor, window = worker_at_window(qtbot, office, admin, head)
    form = QDialog(window)
    form.setWindowTitle("Zgłoszenie – Jan Kowalski")
    note = QLineEdit("brak opału, pilne")
    QVBoxLayout(form).addWidget(note)
    form.show()
    office.accounts.update_account(admin, actor.user_id, "Anna Nowicka", "",
                                   frozenset({Role.FIRST_CONTACT}), True)
    _unlock(qtbot, window)
    assert said == ["Twoje uprawnienia zmieniły się – zaloguj się ponownie (Konto → Wyloguj). "
                    "Otwarte formularze nie zostaną zapisane przed ponownym zalogowaniem."]
    assert not window.signed_out and form.isVisible() and note.text() == "brak opału, pilne"
    window.close()


def test_the_wizard_makes_the_heads_account_at_once(qtbot: QtBot, office: Services) -> None:
    wizard = SetupWizard(office)
    qtbot.addWidget(wizard)
    for field, widget in wizard.office_page.inputs.items():
        value = str(getattr(SETTINGS, field))
        widget.setPlainText(value) if hasattr(widget, "setPlainText") else widget.setText(value)
    wizard.show()
    wizard.next()
    page = wizard.admin_page
    for widget, text in ((page.login, "admin"), (page.full_name, "Robert Krawczyk"),
                         (page.password, PASSWORD), (page.repeat, PASSWORD),
                         (page.head_login, "kierownik"), (page.head_full_name, "Barbara Żółkiewska"),
                         (page.head_password, "krotkie")):
        widget.setText(text)  # keyClicks types no Polish letters on every platform
    assert not page.validatePage()
    assert page.errors.text("head_password") == "Hasło musi mieć co najmniej 10 znaków."
    assert office.accounts.needs_setup() and page.head_login.text() == "kierownik"
    page.head_password.setText(HEAD.password)
    assert page.validatePage()
    signed = office.accounts.sign_in("kierownik", HEAD.password)
    assert signed.actor.roles == {Role.COORDINATOR} and signed.must_change_password
    keep_grab(page, "four-eyes-wizard.png")
