"""Ending a session on a shared desk PC: what is still open, asking first, closing it all.

Signing out from the menu is the person's own act: what they have open is named and they
choose. From the lock screen it is usually someone else who sat down, so the locked
person's work is protected (see DiscardWorkDialog): nobody but them can throw it away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.forms import FieldErrors, save_cancel
from ops_desktop.ui.idle_lock import UnlockDialog, password_checked
from ops_desktop.ui.sign_in import password_field

# Windows that hold nothing typed: notices and questions, progress, the lock's own dialogs.
_NOT_WORK = (QMessageBox, QProgressDialog, UnlockDialog)


def open_forms(main: QWidget) -> list[QDialog]:
    """The program's other windows now open (forms, dialogs, a person's file)."""
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w is not main and w.isVisible()
            and not isinstance(w, _NOT_WORK + (DiscardWorkDialog,))]


def open_work(main: QWidget) -> list[str]:
    """What would be lost by ending the session now: each open window by its title, and
    every panel of the main window that says it holds unsaved edits (`unsaved_work()`)."""
    names = [w.windowTitle() or QCoreApplication.translate("session", "okno bez tytułu")
             for w in open_forms(main)]
    for widget in main.findChildren(QWidget):
        describe = getattr(widget, "unsaved_work", None)
        if callable(describe):
            text = describe()
            if text:
                names.append(str(text))
    return names


def close_windows(main: QWidget) -> None:
    """Close every open form as if cancelled, so each one's own event loop ends first; then
    every other window (notices naming a printout, progress) – the next person sees none."""
    for dialog in open_forms(main):
        dialog.done(QDialog.DialogCode.Rejected)
    for window in QApplication.topLevelWidgets():
        if window is not main and window.isVisible():
            window.close()


def ask_sign_out(parent: QWidget, open_now: list[str]) -> bool:
    """The person's own sign-out with work open: names it; tests patch this modal box."""
    text = QCoreApplication.translate(
        "session", "Masz otwarte:\n%1\n\nPo wylogowaniu niezapisane zmiany zostaną utracone. "
        "Wylogować mimo to?").replace("%1", "\n".join(f"• {name}" for name in open_now))
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("session", "Wylogowanie"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def confirm_switch(parent: QWidget, actor: Actor) -> bool:
    """From the lock screen with nothing open: one question, so a stray click ends nothing."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("session", "Zmiana użytkownika"),
        QCoreApplication.translate("session", "Zakończyć sesję użytkownika %1 i zalogować "
                                   "inną osobę?").replace("%1", actor.full_name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class DiscardWorkDialog(QDialog):
    """Switching user from the lock screen while the locked person has work open.

    Decided: the work is dropped only with the locked person's own password. Keeping the
    old window alive behind the next user's would leave someone's half-typed form (with a
    client's data) in a session another person is signed into; dropping it on anyone's
    click would let a colleague destroy work they cannot see. So the person who sits down
    can switch freely when nothing is open, and otherwise needs the locked person to come
    and either unlock and save, or type their password here to discard. Only the count of
    open windows is said: their titles name clients, and the reader is someone else.
    """

    def __init__(self, services: Services, actor: Actor, count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.count = services, actor, count
        self.setObjectName("discard_work_dialog")
        self.setWindowTitle(self.tr("Zmiana użytkownika"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        note = QLabel(self.tr(
            "%1 ma otwartą, niezapisaną pracę (otwarte formularze i zmiany: %2). Zmiana "
            "użytkownika ją odrzuci. Może na to pozwolić tylko %1, podając swoje hasło; "
            "w przeciwnym razie poproś tę osobę o odblokowanie i zapisanie pracy.")
            .replace("%1", actor.full_name).replace("%2", str(count)))
        note.setObjectName("discard_note")
        note.setWordWrap(True)
        note.setMinimumWidth(480)  # a wrapped label's height is only right at a set width
        self.password = password_field("discard_password", self.tr("Hasło"))
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("&Hasło (%1):").replace("%1", actor.full_name), self.password)
        form.addRow("", self.errors.label_for("password", self.password))
        buttons, self.ok, _cancel = save_cancel(self, self.tr("Odrzuć pracę i zmień użytkownika"),
                                                "discard", self._discard)
        self.ok.setDefault(False)  # Enter in the password must not be a careless discard
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.adjustSize()

    def _discard(self) -> None:
        if password_checked(self, self.errors, self.password, lambda typed:
                            self.services.accounts.discard_locked_work(self.actor, typed,
                                                                       self.count)):
            self.accept()
