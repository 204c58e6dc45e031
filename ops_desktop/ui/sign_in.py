"""Signing in, and changing one's own password (also forced after a temporary one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from ops_desktop.domain.errors import FieldError, SignInRefused, ValidationError
from ops_desktop.services.errors import StorageEnvironmentError
from ops_desktop.ui import guard
from ops_desktop.ui.forms import FieldErrors, error_text, named, save_cancel

if TYPE_CHECKING:
    # The sign-in dialog of an encrypted office is the program's first window, shown before
    # the store's modules are loaded (app.py loads them meanwhile): names for types only.
    from ops_desktop.services.accounts import SignedIn
    from ops_desktop.services.context import Actor
    from ops_desktop.services.hub import Services


def password_field(name: str, accessible: str) -> QLineEdit:
    field = named(QLineEdit(), name, accessible)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(128)
    return field


def refusal_text(exc: SignInRefused) -> str:
    """Why sign-in failed, with the time a lock ends when there is one."""
    from ops_desktop.services.mapping import local_time

    text = error_text(exc.code)
    if exc.code == "account_locked" and exc.until is not None:
        until = local_time(exc.until)  # type: ignore[arg-type]
        text += " " + QCoreApplication.translate("SignInDialog", "Blokada do godz. %1.").replace("%1", until.strftime("%H:%M"))
    return text


class SignInDialog(QDialog):
    """Login and password; a refusal is said under the password and the login stays typed."""

    def __init__(self, services: Services | None, login: str = "", hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # None while the store is still locked (ui/unlock.py's LockedSignInDialog opens it).
        self.services = services
        self.signed: SignedIn | None = None
        self.setWindowTitle(self.tr("Logowanie – %1").replace("%1", self.office_name()))
        self.login = named(QLineEdit(login), "login", self.tr("Login"))
        self.login.setMaxLength(60)
        self.password = password_field("password", self.tr("Hasło"))
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Hasło:"), self.password)
        form.addRow("", self.errors.label_for("password", self.password))
        buttons, self.ok, _cancel = save_cancel(self, self.tr("Zaloguj"), "sign_in", self._sign_in)
        self.rows = QVBoxLayout(self)
        self.rows.addLayout(form)
        if hint:
            note = QLabel(hint)
            note.setObjectName("sign_in_hint")
            note.setWordWrap(True)
            self.rows.addWidget(note)
        self.rows.addWidget(buttons)
        (self.password if login else self.login).setFocus()
        self.resize(420, 0)

    def office_name(self) -> str:
        return self.services.office.settings().office_name if self.services else ""

    def _sign_in(self) -> None:
        self.errors.clear()
        assert self.services is not None
        try:
            self.signed = self.services.accounts.sign_in(self.login.text(), self.password.text())
        except SignInRefused as exc:
            self.password.clear()
            self.errors.say("password", refusal_text(exc))
            self.password.setFocus()
            return
        except StorageEnvironmentError as exc:
            guard.message(self, guard.describe(exc))
            return
        self.accept()


class ChangePasswordDialog(QDialog):
    """Old password, new twice. Forced after a temporary password: then there is no way round."""

    def __init__(self, services: Services, actor: Actor, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Zmiana hasła"))
        self.old = password_field("old_password", self.tr("Obecne hasło"))
        self.new = password_field("new_password", self.tr("Nowe hasło"))
        self.repeat = password_field("repeat_password", self.tr("Powtórz nowe hasło"))
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("&Obecne hasło:"), self.old)
        form.addRow("", self.errors.label_for("old_password", self.old))
        form.addRow(self.tr("&Nowe hasło:"), self.new)
        form.addRow("", self.errors.label_for("new_password", self.new))
        form.addRow(self.tr("&Powtórz nowe hasło:"), self.repeat)
        form.addRow("", self.errors.label_for("repeat_password", self.repeat))
        buttons, self.ok, _cancel = save_cancel(self, self.tr("Zmień hasło"), "change_password",
                                                self._change)
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("Hasło nadane przez administratora jest tymczasowe – ustal "
                                  "własne hasło (co najmniej 10 znaków)."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, 0)

    def _change(self) -> None:
        if self.new.text() != self.repeat.text():
            self.errors.show(ValidationError([FieldError("repeat_password", "password_mismatch")]))
            return
        done = guard.attempt(self, lambda: self.services.accounts.change_password(
            self.actor, self.old.text(), self.new.text()) or True, self.errors)
        if done:
            self.accept()
