"""The office's accounts as the administrator sees them, and the buttons that change them.

An office has tens of users, so the list comes whole; nothing here touches case content.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import office_time
from ops_desktop.i18n.format import datetime_short
from ops_desktop.services.accounts import AccountView
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard
from ops_desktop.ui.admin.common import roles_text
from ops_desktop.ui.admin.user_dialogs import (
    AuthorisationDialog,
    EditUserDialog,
    NewUserDialog,
    ResetPasswordDialog,
)
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import push_button
from ops_desktop.ui.grants_panel import PendingGrantsPanel
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


def _utcnow() -> dt.datetime:
    # The store keeps naive UTC times (storage.models.utcnow); compare like with like.
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def local_time(value: dt.datetime | None) -> str:
    """A stored UTC time as the clock on the office wall shows it."""
    if value is None:
        return ""
    return datetime_short(office_time(value))


class UsersPanel(QWidget):
    """Accounts in a table; new, edit, temporary password and upoważnienie as dialogs."""

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.model: PagedTableModel[AccountView] = PagedTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, "users_table", self.tr("Użytkownicy"))
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.new_button = push_button(self.tr("&Nowy użytkownik…"), "new_user", self.new_user)
        self.edit_button = push_button(self.tr("&Edytuj…"), "edit_user", self.edit_user)
        self.reset_button = push_button(self.tr("&Resetuj hasło…"), "reset_password",
                                         self.reset_password)
        self.authorise_button = push_button(self.tr("&Upoważnienie…"), "authorise", self.authorise)
        self.notice = QLabel()
        self.notice.setObjectName("users_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.reset_button, self.authorise_button):
            buttons.addWidget(button)
        buttons.addStretch()
        # Roles this administrator (or another) asked for, until a second person decides.
        self.pending = PendingGrantsPanel(services, actor, bus)
        pending_box = QGroupBox(self.tr("Czekają na zatwierdzenie"))
        QVBoxLayout(pending_box).addWidget(self.pending)
        self.pending.counted.connect(lambda n: pending_box.setTitle(
            self.tr("Czekają na zatwierdzenie (%1)").replace("%1", str(n))))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(pending_box, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        bus.changed.connect(self.refresh)
        self.refresh()

    # --- building ---
    def _columns(self) -> list[Column[AccountView]]:
        return [
            Column(self.tr("Login"), lambda a: a.login),
            Column(self.tr("Imię i nazwisko"), lambda a: a.full_name),
            Column(self.tr("Stanowisko"), lambda a: a.position),
            Column(self.tr("Role"), lambda a: roles_text(a.roles)),
            Column(self.tr("Aktywne"), lambda a: self._yes_no(a.active)),
            Column(self.tr("Zablokowane do"), self._locked_until),
            Column(self.tr("Musi zmienić hasło"), lambda a: self._yes_no(a.must_change_password)),
            Column(self.tr("Ostatnie logowanie"), lambda a: local_time(a.last_sign_in_at)),
        ]

    def _yes_no(self, value: bool) -> str:
        return self.tr("tak") if value else self.tr("nie")

    @staticmethod
    def _locked_until(a: AccountView) -> str:
        # A lock that has run out is no lock: the column stays empty.
        if a.locked_until is None or a.locked_until <= _utcnow():
            return ""
        return local_time(a.locked_until)

    # --- showing ---
    def refresh(self) -> None:
        """Reload the accounts, keeping the chosen one chosen; a refusal is said in the panel."""
        chosen = self.chosen()
        try:
            accounts = self.services.accounts.accounts(self.actor)
        except (DomainError, StorageEnvironmentError) as exc:
            self.notice.setText(guard.describe(exc))
            self._enable()
            return
        self.model.set_rows(accounts)
        if chosen is not None:
            self.choose(chosen.id)
        self._enable()

    def chosen(self) -> AccountView | None:
        return selected_object(self.table, self.model)

    def choose(self, user_id: uuid.UUID) -> bool:
        row = self.model.row_of(lambda a: a.id, user_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0, QModelIndex()))
        return True

    def _enable(self) -> None:
        some = self.chosen() is not None
        for button in (self.edit_button, self.reset_button, self.authorise_button):
            button.setEnabled(some)

    # --- acting ---
    def new_user(self) -> None:
        dialog = NewUserDialog(self.services, self.actor, self)
        if self._run(dialog) and dialog.created is not None:
            self.notice.setText(self.tr("Utworzono konto %1. Przy pierwszym logowaniu użytkownik "
                                        "musi zmienić hasło tymczasowe.")
                                .replace("%1", dialog.login.text().strip().lower())
                                + self._waiting_note())
            self.choose(dialog.created)

    def edit_user(self) -> None:
        account = self.chosen()
        if account is None:
            return
        if self._run(EditUserDialog(self.services, self.actor, account, self)):
            self.notice.setText(self.tr("Zapisano zmiany konta %1.").replace("%1", account.login)
                                + self._waiting_note())

    def _waiting_note(self) -> str:
        if self.pending.model.rowCount() == 0:
            return ""
        return " " + self.tr("Nowe role z dostępem do spraw czekają na zatwierdzenie przez "
                             "kierownika albo innego administratora (lista poniżej).")

    def reset_password(self) -> None:
        account = self.chosen()
        if account is None:
            return
        if self._run(ResetPasswordDialog(self.services, self.actor, account, self)):
            self.notice.setText(self.tr("Ustawiono hasło tymczasowe dla %1 – przy pierwszym "
                                        "logowaniu musi je zmienić. Blokada konta została zdjęta.")
                                .replace("%1", account.login) + self._waiting_note())

    def authorise(self) -> None:
        account = self.chosen()
        if account is None:
            return
        if self._run(AuthorisationDialog(self.services, self.actor, account, self)):
            self.notice.setText(self.tr("Zapisano upoważnienie dla %1.").replace("%1", account.full_name))

    def _run(self, dialog: QDialog) -> bool:
        """Show the form; after a save every tab (this list too) reloads from the store."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.bus.changed.emit()
        return accepted
