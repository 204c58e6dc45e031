""""Udostępnij biuro…": this PC becomes the office's first member and writes the
invitation; the code is shown once, to be handed over apart from the file."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.exchange import MAX_NAME, BundleError, ExchangeFolderError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, office_text
from ops_desktop.ui.forms import named, push_button
from ops_desktop.ui.office_form import OfficeForm, choose_folder

INVITATION_NAME = "zaproszenie-do-biura.opsbak"


def choose_invitation_file(parent: QWidget | None, start: str) -> str:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ShareDialog", "Zapisz zaproszenie jako"), start,
        QCoreApplication.translate("ShareDialog", "Zaproszenie (*.opsbak)"))
    return chosen


def default_folder() -> Path:
    """Where the invitation is suggested: the person's documents, else their home."""
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    return documents if documents.is_dir() else Path.home()


class ShareDialog(OfficeForm):
    """The exchange folder, this PC's name and where the invitation goes; OK shares.
    On success `code` holds the invitation's code (ShareDialog never shows it itself)."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__("share", parent)
        self.services, self.actor = services, actor
        self.code: str | None = None
        self.setWindowTitle(self.tr("Udostępnij biuro"))
        self.intro.setText(self.tr(
            "Ten komputer stanie się pierwszym komputerem biura. Pozostałe komputery dołączą "
            "z pliku zaproszenia i kodu, a potem wszystkie wymieniają zmiany przez folder "
            "wymiany – udział sieciowy widoczny ze wszystkich komputerów (albo dysk USB "
            "laptopa). Zaproszenie zawiera wszystkie dane ośrodka, zaszyfrowane kodem."))
        self.ok.setText(self.tr("&Udostępnij"))
        self.folder = named(QLineEdit(), "share_folder", self.tr("Folder wymiany"))
        self.folder.setPlaceholderText(self.tr("np. udział sieciowy serwera plików lub dysku NAS"))
        self.folder_browse = self.browse_button(
            self.tr("Wy&bierz…"), "share_folder_browse", self.folder,
            lambda parent, start: choose_folder(parent, start))
        self.name = named(QLineEdit(), "share_name", self.tr("Nazwa tego komputera"))
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("np. Pokój 12 – świadczenia"))
        self.invitation = named(QLineEdit(str(default_folder() / INVITATION_NAME)),
                                "share_invitation", self.tr("Plik zaproszenia"))
        self.invitation_browse = self.browse_button(
            self.tr("Wyb&ierz…"), "share_invitation_browse", self.invitation,
            lambda parent, start: choose_invitation_file(parent, start))
        self.add_field(self.tr("&Folder wymiany *"), "folder", self.folder, self.folder_browse)
        self.add_field(self.tr("&Nazwa tego komputera * (np. pokój i zespół)"), "name",
                       self.name)
        self.add_field(self.tr("&Zapisz zaproszenie w pliku *"), "invitation", self.invitation,
                       self.invitation_browse)
        self.buttons.accepted.connect(self.share)

    def _invitation_problem(self, invitation: Path) -> str | None:
        """Checked before sharing: a PC that became a member but could not write the
        invitation could not share again."""
        if invitation.is_dir():
            return self.tr("Podaj nazwę pliku, nie folder.")
        if not invitation.parent.is_dir():
            return office_text.message("folder_missing")
        if not os.access(invitation.parent, os.W_OK):
            return self.tr("Nie można zapisywać w tym folderze.")
        return None

    def share(self) -> None:
        if self.missing((("folder", self.folder), ("name", self.name),
                         ("invitation", self.invitation))):
            return
        invitation = Path(self.invitation.text().strip())
        problem = self._invitation_problem(invitation)
        if problem:
            self.say("invitation", problem)
            return
        # On the GUI thread on purpose (ExchangeService.share says why); it writes one
        # checked backup of the store, seconds for an office's file.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.code = self.services.exchange.share(Path(self.folder.text().strip()),
                                                     self.name.text(), invitation, self.actor)
        except ExchangeFolderError as exc:
            self.say("folder", office_text.message(exc.code))
        except BundleError as exc:
            field = "name" if exc.code == "invalid_name" else (
                "invitation" if exc.code in ("folder_missing", "write_failed") else None)
            self.say(field, office_text.message(exc.code))
        except (DomainError, StorageEnvironmentError) as exc:
            self.say(None, guard.describe(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.code is not None:
            self.accept()


class CodeDialog(QDialog):
    """The invitation's code, shown this once."""

    def __init__(self, code: str, invitation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kod zaproszenia"))
        text = QLabel(self.tr(
            "Biuro udostępniono. Zaproszenie zapisano w pliku:\n%1\n\nNa każdym kolejnym "
            "komputerze zainstaluj program i przy pierwszym uruchomieniu wybierz „Dołącz do "
            "biura…”, podając plik zaproszenia i ten kod. Kod jest pokazywany tylko teraz – "
            "zapisz go i przekaż osobno, nie razem z plikiem (np. osobiście albo telefonicznie), "
            "bo plik i kod razem otwierają wszystkie dane ośrodka.").replace("%1", invitation))
        text.setWordWrap(True)
        self.code = named(QLabel(code), "invitation_code", self.tr("Kod zaproszenia"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy = push_button(self.tr("&Kopiuj kod"), "copy_code", self._copy)
        self.copied = named(QLabel(), "code_copied")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Zamknij"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.code)
        layout.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.copied, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(close)
        self.setMinimumWidth(560)
        self.adjustSize()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.copied.setText(self.tr("Skopiowano do schowka."))
