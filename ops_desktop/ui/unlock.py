"""Opening an office's database encrypted at rest, in the window.

- An encrypted file: the sign-in dialog first unlocks it with the login and password typed
  (the person's key slot), or with the recovery key from the safe, then signs in as always.
- A plain file (an office from before encryption): encrypted once an administrator has
  signed in, with the password just typed; a backup first when the office has backups set
  up; then the recovery key for the safe.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from ops_desktop.domain.vocabulary import Role
from ops_desktop.services import store_access
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.store_access import StoreKind, UnlockRefused
from ops_desktop.ui import guard
from ops_desktop.ui.first_paint import after_first_paint
from ops_desktop.ui.forms import FieldErrors, error_text, named, save_cancel
from ops_desktop.ui.sign_in import SignInDialog

if TYPE_CHECKING:
    # This dialog is the program's first window: the store's modules (SQLAlchemy, the
    # services) load while it is shown (app.py), and here only once a key opened the file.
    from ops_desktop.services.accounts import SignedIn
    from ops_desktop.services.hub import Services
    from ops_desktop.ui.recovery_key import NewRecoveryKey

log = logging.getLogger(__name__)

# What a locked store's sign-in says under the password when the key-slot file beside the
# database cannot be read: the recovery key's way is then offered at once.
SLOT_PROBLEMS = frozenset({"key_slots_missing", "key_slots_damaged", "key_slots_newer_format"})


@contextmanager
def busy(*buttons: QPushButton) -> Iterator[None]:
    """Argon2 takes a fraction of a second on purpose: the cursor says the program works."""
    from PySide6.QtCore import Qt  # see LockedSignInDialog

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    for button in buttons:
        button.setEnabled(False)
    try:
        yield
    finally:
        for button in buttons:
            button.setEnabled(True)
        QApplication.restoreOverrideCursor()


def open_store(parent: QWidget | None, url: str, key: bytes) -> Services | None:
    """The store opened with a key just unlocked; None (and said why) when it cannot be."""
    from ops_desktop.services.hub import Services

    try:
        return Services.open(url, key)
    except StorageEnvironmentError as exc:
        log.error("unlocked store %s not opened: %s", url, exc)
        guard.message(parent, guard.describe(exc) + f"\n\n{exc.detail}")
        return None


class LockedSignInDialog(SignInDialog):
    """The sign-in dialog over an encrypted store not yet opened.

    "Zaloguj" unlocks the store with the person's own slot, opens it and signs in. A wrong
    login or password reads exactly as over an open store. Once open (by a slot whose
    sign-in the store then refused, or by the recovery key), the store stays open and the
    dialog signs in over it like the ordinary one; `services` is then for the caller to
    use, or to close when nobody signed in.
    """

    def __init__(self, url: str, login: str = "", hint: str = "",
                 parent: QWidget | None = None) -> None:
        self.url = url
        super().__init__(None, login, hint, parent)
        self.recovery = named(QPushButton(self.tr("Mam klucz odzyskiwania…")),
                              "use_recovery_key", self.tr("Mam klucz odzyskiwania"))
        self.recovery.setFlat(True)
        # Qt's namespace of enums takes tens of milliseconds to load: the link's hand cursor
        # is set once the dialog is on screen, before a mouse can reach it.
        after_first_paint(self, self._hand_cursor)
        self.recovery.setStyleSheet("text-decoration: underline; color: #0645ad;")
        self.recovery.clicked.connect(self.use_recovery_key)
        self.rows.insertWidget(self.rows.count() - 1, self.recovery)

    def _hand_cursor(self) -> None:
        from PySide6.QtCore import Qt

        self.recovery.setCursor(Qt.CursorShape.PointingHandCursor)

    def office_name(self) -> str:
        path = store_access.sqlite_path(self.url)
        return path.name if path is not None else self.url

    def _sign_in(self) -> None:
        if self.services is None and not self._unlock():
            return
        super()._sign_in()

    def _unlock(self) -> bool:
        self.errors.clear()
        try:
            with busy(self.ok):
                key = store_access.unlock_with_password(self.url, self.login.text(),
                                                        self.password.text())
        except UnlockRefused as exc:
            self.password.clear()
            self.errors.say("password", error_text(exc.code))
            self.password.setFocus()
            if exc.code in SLOT_PROBLEMS:
                self.recovery.setFocus()
            return False
        self._opened(open_store(self, self.url, key))
        return self.services is not None

    def _opened(self, services: Services | None) -> None:
        if services is None:
            return
        self.services = services
        self.recovery.setVisible(False)  # open: the next sign-ins need no key
        self.setWindowTitle(self.tr("Logowanie – %1").replace(
            "%1", services.office.settings().office_name))

    def use_recovery_key(self) -> None:
        dialog = RecoveryKeyEntry(self.url, self)
        if ask_recovery_key(dialog):
            self._opened(dialog.services)
            self.errors.clear()
            (self.password if self.login.text() else self.login).setFocus()


def ask_recovery_key(dialog: RecoveryKeyEntry) -> bool:
    """The modal question; tests drive the dialog instead."""
    return bool(dialog.exec())


class RecoveryKeyEntry(QDialog):
    """The recovery key typed from the sheet in the safe: it opens the store, then the
    person signs in as usual (and gets a key slot on this PC as they do)."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.services: Services | None = None
        self.setWindowTitle(self.tr("Klucz odzyskiwania"))
        note = QLabel(self.tr("Przepisz klucz z kartki przechowywanej w sejfie (osiem grup "
                              "po cztery znaki; wielkość liter i myślniki nie mają "
                              "znaczenia)."))
        note.setWordWrap(True)
        self.key = named(QLineEdit(), "recovery_key_input", self.tr("Klucz odzyskiwania"))
        self.key.setMaxLength(80)
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.errors = FieldErrors()
        buttons, self.ok, _cancel = save_cancel(self, self.tr("Otwórz bazę"), "recovery_key",
                                                self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.key)
        layout.addWidget(self.errors.label_for("recovery_key", self.key))
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.adjustSize()  # the wrapped note's height for this width, not one line's

    def _open(self) -> None:
        self.errors.clear()
        try:
            with busy(self.ok):
                key = store_access.unlock_with_recovery(self.url, self.key.text())
        except UnlockRefused as exc:
            self.errors.say("recovery_key", error_text(exc.code))  # what was typed stays
            self.adjustSize()
            self.key.setFocus()
            return
        self.services = open_store(self, self.url, key)
        if self.services is not None:
            self.accept()


# --- a plain office's file encrypted after its administrator signs in --------------------


def explain_encryption(parent: QWidget | None, with_backup: bool) -> None:
    text = QCoreApplication.translate(
        "unlock", "Baza danych ośrodka zostanie teraz zaszyfrowana: bez hasła pracownika albo "
        "klucza odzyskiwania nikt nie odczyta jej z dysku ani z kopii pliku. Potrwa to chwilę.")
    if with_backup:
        text += " " + QCoreApplication.translate(
            "unlock", "Najpierw program wykona kopię zapasową.")
    text += "\n\n" + QCoreApplication.translate(
        "unlock", "Na koniec program pokaże klucz odzyskiwania – wydrukuj go i schowaj w "
        "sejfie. Pozostali pracownicy logują się jak dotąd, swoim loginem i hasłem.")
    QMessageBox.information(parent, QCoreApplication.translate("unlock", "Szyfrowanie bazy"),
                            text)


def show_recovery_key(parent: QWidget | None, new_key: NewRecoveryKey) -> None:
    from ops_desktop.ui.recovery_key import RecoveryKeyDialog

    RecoveryKeyDialog(new_key, parent).exec()


def encrypt_after_sign_in(services: Services, url: str, signed: SignedIn, login: str,
                          password: str, parent: QWidget | None = None) -> Services:
    """The services to go on with: the same ones, or – when an administrator has just signed
    in to a plain file – the file encrypted and opened with its new key.

    The password is the one just typed, used for the administrator's key slot and not kept.
    Anything that goes wrong leaves the plain file as it was and the office working.
    """
    from ops_desktop.services.hub import Services
    from ops_desktop.ui.recovery_key import NewRecoveryKey

    if Role.ADMINISTRATOR not in signed.actor.roles or store_access.plain_allowed() \
            or store_access.kind_of(url) is not StoreKind.PLAIN:
        return services
    path = store_access.sqlite_path(url)
    assert path is not None
    try:
        with_backup = services.backups.config(signed.actor).configured
    except DomainError as exc:  # refused to this session (roles changed meanwhile): next time
        log.warning("database not encrypted at this sign-in: %s", exc)
        return services
    explain_encryption(parent, with_backup)
    office = services.office.settings().on_paper()
    if with_backup and not _backup_first(parent, services, signed):
        return services
    services.close()
    try:
        with busy():
            key, recovery = store_access.convert_plain_file(path, login, password)
    except Exception as exc:  # the plain file stays the office's: it works on, unencrypted
        log.exception("database %s not encrypted", path)
        guard.message(parent, QCoreApplication.translate(
            "unlock", "Nie udało się zaszyfrować bazy – pozostała taka jak była, program "
            "działa dalej. Szyfrowanie zostanie ponowione przy następnym logowaniu "
            "administratora.") + f"\n\n{exc}")
        return Services.open(url)
    encrypted = Services.open(url, key)
    show_recovery_key(parent, NewRecoveryKey(office, Path(path).name, recovery))
    return encrypted


def _backup_first(parent: QWidget | None, services: Services, signed: SignedIn) -> bool:
    try:
        with busy():
            services.backups.backup_now(signed.actor)
    except (DomainError, StorageEnvironmentError) as exc:
        log.warning("backup before encryption failed: %s", exc)
        guard.message(parent, QCoreApplication.translate(
            "unlock", "Kopia zapasowa przed szyfrowaniem nie powiodła się (%1) – bazy nie "
            "zaszyfrowano. Sprawdź folder kopii; szyfrowanie zostanie ponowione przy "
            "następnym logowaniu administratora.").replace("%1", guard.describe(exc)))
        return False
    return True
