"""Locking the window after idle minutes, and unlocking it without losing what was typed.

Nothing is closed when the session locks: every open window and dialog (with whatever was
being typed in it) is only covered by an opaque sheet, and a small dialog asks for the
password. After unlocking, the sheets go and the work is where it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.errors import DomainError, SignInRefused, ValidationError
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard
from ops_desktop.ui.forms import FieldErrors, save_cancel
from ops_desktop.ui.sign_in import password_field, refusal_text

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class Sheet(QWidget):
    """An opaque cover over one window while the session is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_sheet")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lock_sheet { background: #2b3a4a; }")
        label = QLabel(self.tr("Sesja zablokowana"), self)
        label.setStyleSheet("color: white; font-size: 18pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(label, alignment=Qt.AlignmentFlag.AlignCenter)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class UnlockDialog(QDialog):
    """The signed-in user's password; Esc does not close it."""

    unlocked = Signal(object)  # the user as the store holds them now (services.context.Actor)
    switch_requested = Signal()  # "Zmień użytkownika": someone else wants to sign in

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("Sesja zablokowana"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.password = password_field("unlock_password", self.tr("Hasło"))
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Sesja jest zablokowana (bezczynność lub Ctrl+L). Użytkownik: %1")
                           .replace("%1", actor.full_name)))
        form.addRow(self.tr("&Hasło:"), self.password)
        form.addRow("", self.errors.label_for("password", self.password))
        buttons, self.ok, cancel = save_cancel(self, self.tr("Odblokuj"), "unlock", self._unlock)
        cancel.hide()  # there is no way past the lock but the password (or a sign-out)
        self.switch_button = QPushButton(self.tr("Zmień &użytkownika…"))
        self.switch_button.setObjectName("switch_user")
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_requested)
        buttons.addButton(self.switch_button, buttons.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def reject(self) -> None:
        """Esc and the close button keep the lock."""

    def _unlock(self) -> None:
        fresh: list[Actor] = []
        if password_checked(self, self.errors, self.password, lambda typed:
                            fresh.append(self.services.accounts.unlock_session(self.actor, typed))):
            self.done(QDialog.DialogCode.Accepted)
            self.unlocked.emit(fresh[0])


def password_checked(parent: QWidget, errors: FieldErrors, field: QLineEdit,
                     check: Callable[[str], object]) -> bool:
    """Run a service call that checks the typed password; a refusal is said by the field.
    The password never stays typed, whatever the outcome."""
    try:
        check(field.text())
    except SignInRefused as exc:
        errors.say("password", refusal_text(exc))
    except ValidationError as exc:
        errors.show(exc)
    except (DomainError, StorageEnvironmentError) as exc:  # the lock stays in any case
        guard.message(parent, guard.describe(exc))
    else:
        return True
    finally:
        field.clear()
    return False


class IdleLock(QObject):
    """Watches input application-wide; locks after `minutes` without any."""

    locked_changed = Signal(bool)
    switch_requested = Signal()
    # After an unlock, when the roles are no longer those the window was built for.
    roles_changed = Signal(object)

    def __init__(self, services: Services, actor: Actor, minutes: int,
                 parent: QObject | None = None, check_every_ms: int = 15_000) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.idle_seconds = minutes * 60
        self.last_activity = time.monotonic()
        self.sheets: list[Sheet] = []
        self.dialog: UnlockDialog | None = None
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in ACTIVITY and not self.locked:
            self.last_activity = time.monotonic()
        return False

    def _check(self) -> None:
        if not self.locked and time.monotonic() - self.last_activity >= self.idle_seconds:
            self.lock_now()

    def lock_now(self) -> None:
        if self.locked:
            return
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, (UnlockDialog, Sheet)):
                self.sheets.append(Sheet(window))
        self.dialog = UnlockDialog(self.services, self.actor)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.switch_requested.connect(self.switch_requested)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.locked_changed.emit(True)

    def _unlocked(self, fresh: Actor) -> None:
        self.dismiss()
        self.last_activity = time.monotonic()
        self.locked_changed.emit(False)
        if fresh.roles != self.actor.roles:
            self.roles_changed.emit(fresh)

    def dismiss(self) -> None:
        """Take the sheets and the dialog away: after unlocking, or when the session ends."""
        for sheet in self.sheets:
            sheet.deleteLater()
        self.sheets.clear()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
