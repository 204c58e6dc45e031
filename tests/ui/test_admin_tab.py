"""The administrator's tab driven as the administrator would: accounts, office data, idle lock."""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from collections.abc import Callable
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import SignInRefused
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.admin.tab import AdminTab
from ops_desktop.ui.admin.user_dialogs import (
    AuthorisationDialog,
    EditUserDialog,
    NewUserDialog,
    ResetPasswordDialog,
)
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.main_window import MainWindow

SHOTS = Path(tempfile.gettempdir()) / "ops_shots"  # screens to look at after a run
ADMIN = NewAccount("admin", "Robert Krawczyk", "informatyk", "Kasztanowa-7-aleja")
TEMPORARY = "Sosnowa-12-bis"
# The set-up wizard's head: the second person on every grant of case roles (test_four_eyes.py).
HEAD = NewAccount("kierownik", "Barbara Żółkiewska", "kierownik", "tymczasowe-456")

# --- helpers ----------------------------------------------------------------------------


def find(parent: QWidget, kind: type, name: str) -> QWidget:
    widget = parent.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a person; QTest.keyClicks only knows ASCII, so Polish letters go as key events."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot: QtBot, parent: QWidget, name: str, text: str, kind: type = QLineEdit) -> None:
    keys(qtbot, find(parent, kind, name), text)


def click(qtbot: QtBot, parent: QWidget, kind: type, name: str) -> None:
    """Click near the left edge: a check box only reacts on its box and its text."""
    button = find(parent, kind, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def error_text(parent: QWidget, field: str) -> str:
    label = find(parent, QLabel, f"error_{field}")
    return label.text() if label.isVisible() else ""


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # let the layouts settle as they would on screen
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def patch_exec(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, cls: type,
               fill: Callable[[object], None]) -> None:
    """The dialog opens non-modal; `fill` types into it and clicks as the person would."""

    def fake_exec(dialog: object) -> int:
        dialog.show()  # type: ignore[attr-defined]
        dialog.activateWindow()  # type: ignore[attr-defined]
        qtbot.waitUntil(dialog.isActiveWindow)  # type: ignore[attr-defined]
        fill(dialog)
        return dialog.result()  # type: ignore[attr-defined, no-any-return]

    monkeypatch.setattr(cls, "exec", fake_exec)


def cell(tab: AdminTab, login: str, header: str) -> str:
    model = tab.users.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == login:
            return str(model.index(row, headers.index(header)).data())
    raise AssertionError(f"{login} is not listed")


def choose(tab: AdminTab, login: str) -> None:
    account = next(a for a in tab.services.accounts.accounts(tab.actor) if a.login == login)
    assert tab.users.choose(account.id)


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.accounts.set_up_office(SETTINGS, ADMIN, HEAD).actor


@pytest.fixture
def head(services: Services, admin: Actor) -> Actor:
    signed = services.accounts.sign_in(HEAD.login, HEAD.password)
    services.accounts.change_password(signed.actor, HEAD.password, "Kierownicze-haslo-9")
    return signed.actor


def head_confirms(services: Services, head: Actor) -> None:
    for grant in services.accounts.grants.pending(head):
        services.accounts.grants.confirm(head, grant.id)


@pytest.fixture
def colleague(services: Services, admin: Actor, head: Actor) -> uuid.UUID:
    user_id = services.accounts.create_account(admin, NewAccount(
        "pzielinski", "Piotr Zieliński", "specjalista ds. świadczeń", "Jarzębinowa-12",
        frozenset({Role.BENEFITS})))
    head_confirms(services, head)
    return user_id


def make_tab(qtbot: QtBot, services: Services, actor: Actor) -> AdminTab:
    widget = AdminTab(services, actor, Bus())
    qtbot.addWidget(widget)
    widget.resize(1180, 640)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def tab(qtbot: QtBot, services: Services, admin: Actor) -> AdminTab:
    return make_tab(qtbot, services, admin)


def fill_new_user(qtbot: QtBot, dialog: QWidget, password: str, repeat: str | None = None) -> None:
    type_into(qtbot, dialog, "login", "jkowalska")
    type_into(qtbot, dialog, "full_name", "Joanna Kowalska-Żak")
    type_into(qtbot, dialog, "position", "starszy pracownik socjalny")
    click(qtbot, dialog, QCheckBox, "role_benefits")
    click(qtbot, dialog, QCheckBox, "role_social_work")
    type_into(qtbot, dialog, "password", password)
    type_into(qtbot, dialog, "password_repeat", password if repeat is None else repeat)


# --- accounts ---------------------------------------------------------------------------


def test_the_list_shows_every_account_with_roles_in_polish(
        tab: AdminTab, services: Services, admin: Actor, colleague: uuid.UUID) -> None:
    tab.bus.changed.emit()
    assert tab.users.model.rowCount() == 3  # with the head's account made at set-up
    assert cell(tab, "pzielinski", "Imię i nazwisko") == "Piotr Zieliński"
    assert cell(tab, "pzielinski", "Role") == "Świadczenia"
    assert cell(tab, "pzielinski", "Aktywne") == "tak"
    assert cell(tab, "pzielinski", "Musi zmienić hasło") == "tak"
    assert cell(tab, "pzielinski", "Ostatnie logowanie") == ""
    assert cell(tab, "admin", "Role") == "Administrator"
    assert cell(tab, "admin", "Musi zmienić hasło") == "nie"
    services.accounts.sign_in("pzielinski", "Jarzębinowa-12")
    tab.bus.changed.emit()
    assert cell(tab, "pzielinski", "Ostatnie logowanie").startswith(wall_today().strftime("%d.%m."))
    # Nothing chosen: only "new" is possible.
    assert not tab.users.edit_button.isEnabled() and tab.users.new_button.isEnabled()
    choose(tab, "pzielinski")
    assert tab.users.edit_button.isEnabled() and tab.users.authorise_button.isEnabled()
    shot(tab, "admin_users")


def test_administrator_creates_a_user_with_two_roles_who_must_change_the_password(
        qtbot: QtBot, tab: AdminTab, services: Services, head: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: object) -> None:
        assert isinstance(dialog, NewUserDialog)
        fill_new_user(qtbot, dialog, TEMPORARY)
        click(qtbot, dialog, QPushButton, "new_user_save")

    patch_exec(qtbot, monkeypatch, NewUserDialog, fill)
    click(qtbot, tab, QPushButton, "new_user")
    # Both roles read case content: they wait for the head, shown under the list.
    assert cell(tab, "jkowalska", "Role") == ""
    assert tab.users.chosen() is not None and tab.users.chosen().login == "jkowalska"
    assert "musi zmienić" in tab.users.notice.text()
    assert "czekają na zatwierdzenie" in tab.users.notice.text()
    waiting = tab.users.pending.model
    assert waiting.rowCount() == 1
    assert waiting.index(0, 1).data() == "Praca socjalna, Świadczenia"
    head_confirms(services, head)
    tab.bus.changed.emit()
    assert cell(tab, "jkowalska", "Role") == "Świadczenia, Praca socjalna"
    assert waiting.rowCount() == 0
    signed = services.accounts.sign_in("jkowalska", TEMPORARY)
    assert signed.must_change_password
    assert signed.actor.roles == frozenset({Role.BENEFITS, Role.SOCIAL_WORK})
    assert signed.actor.full_name == "Joanna Kowalska-Żak"


def test_a_too_short_password_is_shown_by_the_field_and_nothing_typed_is_lost(
        qtbot: QtBot, tab: AdminTab, services: Services, admin: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: object) -> None:
        assert isinstance(dialog, NewUserDialog)
        fill_new_user(qtbot, dialog, "Krótkie1")
        click(qtbot, dialog, QPushButton, "new_user_save")
        assert dialog.isVisible()
        assert error_text(dialog, "password") == labels.error("password_too_short")
        assert error_text(dialog, "login") == ""
        assert dialog.password.hasFocus()
        assert (dialog.login.text(), dialog.full_name.text(), dialog.position.text()) == (
            "jkowalska", "Joanna Kowalska-Żak", "starszy pracownik socjalny")
        assert dialog.roles.roles() == frozenset({Role.BENEFITS, Role.SOCIAL_WORK})
        assert dialog.password.text() == dialog.repeat.text() == "Krótkie1"
        shot(dialog, "admin_new_user_error")
        # Correct only the passwords; the rest was kept, so saving now succeeds.
        dialog.password.clear()
        dialog.repeat.clear()
        type_into(qtbot, dialog, "password", TEMPORARY)
        type_into(qtbot, dialog, "password_repeat", TEMPORARY)
        click(qtbot, dialog, QPushButton, "new_user_save")
        assert not dialog.isVisible()

    patch_exec(qtbot, monkeypatch, NewUserDialog, fill)
    assert [a.login for a in services.accounts.accounts(admin)] == ["kierownik", "admin"]
    click(qtbot, tab, QPushButton, "new_user")
    assert services.accounts.sign_in("jkowalska", TEMPORARY).must_change_password


def test_passwords_that_differ_are_caught_in_the_dialog_and_nothing_is_created(
        qtbot: QtBot, tab: AdminTab, services: Services, admin: Actor) -> None:
    dialog = NewUserDialog(services, admin, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_new_user(qtbot, dialog, TEMPORARY, TEMPORARY + "x")
    click(qtbot, dialog, QPushButton, "new_user_save")
    assert error_text(dialog, "password_repeat") == labels.error("password_mismatch")
    assert dialog.isVisible() and dialog.repeat.text() == TEMPORARY + "x"
    assert [a.login for a in services.accounts.accounts(admin)] == ["kierownik", "admin"]


def test_a_taken_login_and_missing_roles_are_shown_by_their_fields(
        qtbot: QtBot, tab: AdminTab, services: Services, admin: Actor) -> None:
    dialog = NewUserDialog(services, admin, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "login", "Admin")
    type_into(qtbot, dialog, "full_name", "Druga Osoba")
    type_into(qtbot, dialog, "password", TEMPORARY)
    type_into(qtbot, dialog, "password_repeat", TEMPORARY)
    click(qtbot, dialog, QPushButton, "new_user_save")
    assert error_text(dialog, "roles") == labels.error("roles_required")
    click(qtbot, dialog, QCheckBox, "role_services")
    click(qtbot, dialog, QPushButton, "new_user_save")
    assert error_text(dialog, "login") == labels.error("login_taken")
    assert error_text(dialog, "roles") == ""


def test_edit_roles_and_the_last_administrator_keeps_the_role(
        qtbot: QtBot, tab: AdminTab, services: Services, admin: Actor, colleague: uuid.UUID,
        head: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: object) -> None:
        assert isinstance(dialog, EditUserDialog)
        assert dialog.roles.roles() == frozenset({Role.BENEFITS})
        click(qtbot, dialog, QCheckBox, "role_benefits")
        click(qtbot, dialog, QCheckBox, "role_services")
        click(qtbot, dialog, QCheckBox, "role_coordinator")
        dialog.position.clear()
        type_into(qtbot, dialog, "position", "zastępca kierownika")
        click(qtbot, dialog, QPushButton, "edit_user_save")

    tab.bus.changed.emit()
    choose(tab, "pzielinski")
    patch_exec(qtbot, monkeypatch, EditUserDialog, fill)
    click(qtbot, tab, QPushButton, "edit_user")
    [edited] = [a for a in services.accounts.accounts(admin) if a.id == colleague]
    # Benefits is taken away at once; services and the head's role wait for the head.
    assert edited.roles == frozenset()
    assert edited.position == "zastępca kierownika"
    head_confirms(services, head)
    tab.bus.changed.emit()
    assert cell(tab, "pzielinski", "Role") == "Usługi, Koordynator"

    def strip_admin(dialog: object) -> None:
        assert isinstance(dialog, EditUserDialog)
        click(qtbot, dialog, QCheckBox, "role_administrator")
        click(qtbot, dialog, QCheckBox, "role_first_contact")
        click(qtbot, dialog, QPushButton, "edit_user_save")
        assert dialog.isVisible()
        assert error_text(dialog, "roles") == labels.error("last_administrator")
        assert dialog.roles.roles() == frozenset({Role.FIRST_CONTACT})
        dialog.reject()

    choose(tab, "admin")
    patch_exec(qtbot, monkeypatch, EditUserDialog, strip_admin)
    click(qtbot, tab, QPushButton, "edit_user")
    assert cell(tab, "admin", "Role") == "Administrator"


def test_deactivating_an_account_stops_its_sign_in(
        qtbot: QtBot, tab: AdminTab, services: Services, colleague: uuid.UUID,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: object) -> None:
        assert isinstance(dialog, EditUserDialog)
        click(qtbot, dialog, QCheckBox, "active")
        click(qtbot, dialog, QPushButton, "edit_user_save")

    tab.bus.changed.emit()
    choose(tab, "pzielinski")
    patch_exec(qtbot, monkeypatch, EditUserDialog, fill)
    click(qtbot, tab, QPushButton, "edit_user")
    assert cell(tab, "pzielinski", "Aktywne") == "nie"
    with pytest.raises(SignInRefused) as refused:
        services.accounts.sign_in("pzielinski", "Jarzębinowa-12")
    assert refused.value.code == "account_inactive"


def test_the_administrator_cannot_switch_off_their_own_account(
        qtbot: QtBot, tab: AdminTab, services: Services, admin: Actor) -> None:
    tab.bus.changed.emit()
    choose(tab, "admin")
    dialog = EditUserDialog(services, admin, tab.users.chosen(), tab)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog, QCheckBox, "active")
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)  # Enter saves, as in every form
    assert error_text(dialog, "active") == labels.error("own_account")
    assert dialog.isVisible() and not dialog.active.isChecked()
    assert cell(tab, "admin", "Aktywne") == "tak"


def test_reset_password_unlocks_a_locked_account(
        qtbot: QtBot, tab: AdminTab, services: Services, colleague: uuid.UUID,
        monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(5):
        with pytest.raises(SignInRefused):
            services.accounts.sign_in("pzielinski", "zle-haslo-123")
    with pytest.raises(SignInRefused) as refused:
        services.accounts.sign_in("pzielinski", "Jarzębinowa-12")
    assert refused.value.code == "account_locked"
    tab.bus.changed.emit()
    assert cell(tab, "pzielinski", "Zablokowane do") != ""

    def fill(dialog: object) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        assert "pierwszym logowaniu" in find(dialog, QLabel, "reset_hint").text()
        type_into(qtbot, dialog, "password", "krotkie")
        type_into(qtbot, dialog, "password_repeat", "krotkie")
        click(qtbot, dialog, QPushButton, "reset_password_save")
        assert error_text(dialog, "password") == labels.error("password_too_short")
        dialog.password.clear()
        dialog.repeat.clear()
        type_into(qtbot, dialog, "password", "Modrzewiowa-3")
        type_into(qtbot, dialog, "password_repeat", "Modrzewiowa-3")
        click(qtbot, dialog, QPushButton, "reset_password_save")

    choose(tab, "pzielinski")
    patch_exec(qtbot, monkeypatch, ResetPasswordDialog, fill)
    click(qtbot, tab, QPushButton, "reset_password")
    assert cell(tab, "pzielinski", "Zablokowane do") == ""
    assert cell(tab, "pzielinski", "Musi zmienić hasło") == "tak"
    assert "musi je zmienić" in tab.users.notice.text()
    assert services.accounts.sign_in("pzielinski", "Modrzewiowa-3").must_change_password


def test_authorisation_is_recorded_and_dates_out_of_order_are_refused_by_the_field(
        qtbot: QtBot, tab: AdminTab, services: Services, admin: Actor, colleague: uuid.UUID,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: object) -> None:
        assert isinstance(dialog, AuthorisationDialog)
        assert find(dialog, QListWidget, "authorisations").item(0).text() == "brak"
        assert dialog.findChild(QLabel, "no_signing_role") is None  # benefits may sign
        type_into(qtbot, dialog, "order_number", "Zarządzenie nr 7/2026")
        find(dialog, QDateEdit, "valid_from").setDate(QDate(2026, 1, 2))
        click(qtbot, dialog, QCheckBox, "open_ended")
        find(dialog, QDateEdit, "valid_to").setDate(QDate(2025, 12, 31))
        click(qtbot, dialog, QPushButton, "authorisation_save")
        assert dialog.isVisible()
        assert error_text(dialog, "valid_to") == labels.error("end_before_start")
        assert dialog.order_number.text() == "Zarządzenie nr 7/2026"
        find(dialog, QDateEdit, "valid_to").setDate(QDate(2026, 12, 31))
        click(qtbot, dialog, QPushButton, "authorisation_save")
        assert not dialog.isVisible()

    tab.bus.changed.emit()
    choose(tab, "pzielinski")
    patch_exec(qtbot, monkeypatch, AuthorisationDialog, fill)
    click(qtbot, tab, QPushButton, "authorise")
    [granted] = services.office.authorisations(admin, colleague)
    assert (granted.order_number, granted.valid_from, granted.valid_to) == (
        "Zarządzenie nr 7/2026", dt.date(2026, 1, 2), dt.date(2026, 12, 31))
    dialog = AuthorisationDialog(services, admin, tab.users.chosen(), tab, today=dt.date(2026, 6, 1))
    qtbot.addWidget(dialog)
    assert dialog.existing.item(0).text() == "Zarządzenie nr 7/2026 · od 02.01.2026 do 31.12.2026 · obowiązuje"


def test_authorisation_for_someone_without_a_signing_role_warns(
        qtbot: QtBot, tab: AdminTab, services: Services, admin: Actor) -> None:
    tab.bus.changed.emit()
    choose(tab, "admin")
    dialog = AuthorisationDialog(services, admin, tab.users.chosen(), tab)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "no_signing_role") is not None


# --- office data and security ----------------------------------------------------------


def test_office_settings_are_saved_and_an_empty_name_is_refused_by_the_field(
        qtbot: QtBot, tab: AdminTab, services: Services) -> None:
    tab.sections.setCurrentWidget(tab.office)
    panel = tab.office
    name = find(panel, QLineEdit, "office_name")
    assert name.text() == SETTINGS.office_name
    assert find(panel, QPlainTextEdit, "office_address").toPlainText() == SETTINGS.office_address
    name.clear()
    find(panel, QLineEdit, "mayor_genitive").setText("")
    type_into(qtbot, panel, "mayor_genitive", "Wójta Gminy Lipowiec")
    click(qtbot, panel, QPushButton, "office_save")
    assert error_text(panel, "office_name") == labels.error("required")
    assert find(panel, QLineEdit, "mayor_genitive").text() == "Wójta Gminy Lipowiec"
    assert services.office.settings() == SETTINGS  # nothing saved
    assert "z upoważnienia Wójta Gminy Lipowiec" in panel.preview.text()
    shot(tab, "admin_office_error")

    type_into(qtbot, panel, "office_name", "Gminny Ośrodek Pomocy Społecznej w Lipowcu")
    address = find(panel, QPlainTextEdit, "appeal_body_address")
    address.setPlainText("ul. Jagiellończyka 10\n66-400 Gorzów Wielkopolski")
    find(panel, QLineEdit, "class_benefits").setText("8311")
    click(qtbot, panel, QPushButton, "office_save")
    assert error_text(panel, "office_name") == ""
    saved = services.office.settings()
    assert saved.office_name == "Gminny Ośrodek Pomocy Społecznej w Lipowcu"
    assert saved.mayor_genitive == "Wójta Gminy Lipowiec"
    assert saved.appeal_body_address == "ul. Jagiellończyka 10\n66-400 Gorzów Wielkopolski"
    assert saved.class_benefits == "8311"
    assert saved.office_address == SETTINGS.office_address
    assert panel.notice.text() == "Zapisano dane ośrodka."


def test_every_office_setting_has_an_input(tab: AdminTab) -> None:
    from dataclasses import fields

    from ops_desktop.services.office import OfficeSettings

    assert set(tab.office.inputs) == {f.name for f in fields(OfficeSettings)}
    assert tab.office.values() == SETTINGS


def test_idle_lock_minutes_are_saved(qtbot: QtBot, tab: AdminTab, services: Services) -> None:
    tab.sections.setCurrentWidget(tab.security)
    spin = find(tab.security, QSpinBox, "idle_lock_minutes")
    assert spin.value() == 10  # the default
    spin.setValue(25)
    click(qtbot, tab.security, QPushButton, "security_save")
    assert services.accounts.idle_lock_minutes() == 25
    assert "25" in tab.security.notice.text()


# --- who may ----------------------------------------------------------------------------


def test_the_tab_forced_on_a_non_administrator_shows_refusals_and_changes_nothing(
        qtbot: QtBot, services: Services, admin: Actor, desk: Actor, messages: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    denied = labels.error("permission_denied")
    tab = make_tab(qtbot, services, desk)
    assert tab.users.notice.text() == denied
    assert tab.users.model.rowCount() == 0  # no account is shown
    # Sections that load through guard.attempt (the backups panel) say the same in a box.
    assert set(messages) <= {denied}
    messages.clear()

    find(tab.office, QLineEdit, "office_name").setText("Ktoś inny")
    click(qtbot, tab.office, QPushButton, "office_save")
    assert messages == [denied]
    assert services.office.settings() == SETTINGS

    tab.security.minutes.setValue(60)
    click(qtbot, tab.security, QPushButton, "security_save")
    assert messages == [denied, denied]
    assert services.accounts.idle_lock_minutes() == 10

    def fill(dialog: object) -> None:
        assert isinstance(dialog, NewUserDialog)
        fill_new_user(qtbot, dialog, TEMPORARY)
        click(qtbot, dialog, QPushButton, "new_user_save")
        assert dialog.isVisible()  # refused: the form stays filled in
        dialog.reject()

    patch_exec(qtbot, monkeypatch, NewUserDialog, fill)
    click(qtbot, tab, QPushButton, "new_user")
    assert messages == [denied] * 3
    assert "jkowalska" not in [a.login for a in services.accounts.accounts(admin)]


def test_backups_show_a_placeholder_while_the_panel_is_missing(
        qtbot: QtBot, services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ops_desktop.ui.backup_panel", None)  # import fails
    tab = make_tab(qtbot, services, admin)
    assert tab.sections.tabText(3) == "Kopie zapasowe"
    assert isinstance(tab.backups, QLabel)
    assert tab.backups.text() == "Kopie zapasowe – moduł niedostępny"


def test_backups_are_the_backup_panel_when_it_is_there(
        qtbot: QtBot, services: Services, admin: Actor) -> None:
    from ops_desktop.ui.backup_panel import BackupPanel

    tab = make_tab(qtbot, services, admin)
    assert isinstance(tab.backups, BackupPanel)
    assert tab.sections.indexOf(tab.backups) == 3


def test_the_main_window_gives_the_administrator_this_tab(
        qtbot: QtBot, services: Services, admin: Actor) -> None:
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Administrator"]
    assert isinstance(window.tab_by_role[Role.ADMINISTRATOR], AdminTab)
