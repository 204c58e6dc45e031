"""The recovery key shown once: on the set-up wizard's last page, and after a plain office's
database was encrypted at start.

The key is shown large, printed or saved as a PDF for the office's safe, and the person
must tick that they have it before going on: nothing shows it again. "Drukuj…" hands a
temporary file to the system's PDF viewer (Qt here has no PDF printing of its own) and
removes it when the page closes, so the key does not stay among the office's printouts.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.documents.recovery_sheet import RecoverySheet, key_lines, render_recovery_sheet
from ops_desktop.domain.clock import wall_today
from ops_desktop.services import store_access
from ops_desktop.ui import guard, pdf
from ops_desktop.ui.forms import named, push_button

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EncryptedStore:
    """A store just created encrypted: what the set-up wizard needs to make its recovery key."""

    url: str
    key: bytes

    @property
    def file_name(self) -> str:
        path = store_access.sqlite_path(self.url)
        return path.name if path is not None else ""

    def new_recovery_key(self) -> str:
        return store_access.add_recovery_key(self.url, self.key)


@dataclass(frozen=True)
class NewRecoveryKey:
    office: OfficeOnPaper
    database_file: str
    recovery_key: str

    def sheet(self) -> bytes:
        return render_recovery_sheet(RecoverySheet(self.office, self.database_file,
                                                   self.recovery_key, wall_today()))


def choose_sheet_file(parent: QWidget | None, suggested: str) -> str:
    """Where the person saves the sheet ("" when they cancel); tests replace it."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("RecoveryKeyPanel", "Zapisz klucz odzyskiwania jako PDF"),
        suggested, QCoreApplication.translate("RecoveryKeyPanel", "Dokument PDF (*.pdf)"))
    return chosen


class RecoveryKeyPanel(QWidget):
    """The key, the two ways to paper, and the tick that it is kept."""

    kept_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_key: NewRecoveryKey | None = None
        self._printed_dir: Path | None = None
        intro = QLabel(self.tr(
            "Baza danych ośrodka jest zaszyfrowana. Zwykle otwiera ją login i hasło "
            "pracownika; gdy nikt nie może się zalogować, otworzy ją tylko ten klucz. "
            "Wydrukuj go albo zapisz jako PDF i schowaj w sejfie ośrodka. Program nie pokaże "
            "go ponownie."))
        intro.setWordWrap(True)
        self.key = named(QLabel(), "recovery_key", self.tr("Klucz odzyskiwania"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(18)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setStyleSheet("padding: 12px; border: 1px solid #888; background: white;")
        self.print_button = push_button(self.tr("&Drukuj…"), "print_recovery_key", self.print_sheet)
        self.save_button = push_button(self.tr("&Zapisz jako PDF"), "save_recovery_key",
                                       self.save_sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.saved = named(QLabel(), "recovery_key_saved", self.tr("Gdzie zapisano"))
        self.saved.setWordWrap(True)
        self.kept = named(QCheckBox(self.tr("Zapisałem/am klucz i schowam go w sejfie")),
                          "recovery_key_kept", self.tr("Klucz zapisany"))
        self.kept.toggled.connect(self.kept_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addLayout(buttons)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        layout.addWidget(self.kept)

    def show_key(self, new_key: NewRecoveryKey) -> None:
        self.new_key = new_key
        self.key.setText("\n".join(key_lines(new_key.recovery_key)))

    def _sheet(self) -> bytes | None:
        if self.new_key is None:
            return None
        try:
            return self.new_key.sheet()
        except Exception as exc:  # fonts missing in a broken install: the key is still on screen
            log.exception("recovery sheet not rendered")
            guard.message(self, guard.describe(exc))
            return None

    def print_sheet(self) -> None:
        data = self._sheet()
        if data is None:
            return
        self.discard_printed()
        self._printed_dir = Path(tempfile.mkdtemp(prefix="ops-"))
        atexit.register(shutil.rmtree, self._printed_dir, True)
        target = self._printed_dir / "klucz-odzyskiwania.pdf"
        target.write_bytes(data)
        if not pdf.open_in_system(target):
            guard.message(self, self.tr("Nie udało się otworzyć przeglądarki PDF – użyj "
                                        "„Zapisz jako PDF” i wydrukuj plik z innego programu."))

    def save_sheet(self) -> None:
        data = self._sheet()
        if data is None or self.new_key is None:
            return
        suggested = str(pdf.documents_dir().parent / pdf.target_for(
            f"klucz-odzyskiwania-{self.new_key.database_file}").name)
        chosen = choose_sheet_file(self, suggested)
        if not chosen:
            return
        try:
            Path(chosen).write_bytes(data)
        except OSError as exc:
            guard.message(self, self.tr("Nie udało się zapisać pliku %1: %2")
                          .replace("%1", chosen).replace("%2", str(exc)))
            return
        self.saved.setText(self.tr("Zapisano: %1. Ten plik otwiera bazę – po wydrukowaniu "
                                   "usuń go z komputera albo trzymaj tylko na nośniku w sejfie.")
                           .replace("%1", chosen))

    def discard_printed(self) -> None:
        """The temporary file handed to the viewer (a viewer still holding it on Windows
        leaves it to the end of the program)."""
        if self._printed_dir is not None:
            shutil.rmtree(self._printed_dir, ignore_errors=True)
            self._printed_dir = None


class RecoveryKeyPage(QWizardPage):
    """The set-up wizard's last page: the key is made when the page opens, once."""

    def __init__(self, make_key: Callable[[], NewRecoveryKey | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make_key = make_key
        self.setTitle(self.tr("Klucz odzyskiwania"))
        self.setSubTitle(self.tr("Ostatni krok: klucz, który otworzy bazę, gdy nikt nie "
                                 "będzie mógł się zalogować."))
        self.panel = RecoveryKeyPanel()
        self.panel.kept_changed.connect(lambda _kept: self.completeChanged.emit())
        QVBoxLayout(self).addWidget(self.panel)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        if self.panel.new_key is None:
            new_key = self.make_key()
            if new_key is not None:
                self.panel.show_key(new_key)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.panel.new_key is not None and self.panel.kept.isChecked()


class RecoveryKeyDialog(QDialog):
    """The key after a plain office was encrypted at start; it closes only once kept."""

    def __init__(self, new_key: NewRecoveryKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Klucz odzyskiwania"))
        self.panel = RecoveryKeyPanel()
        self.panel.show_key(new_key)
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(self.tr("Gotowe"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setObjectName("recovery_key_done")
        self.done_button.setEnabled(False)
        self.panel.kept_changed.connect(self.done_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def accept(self) -> None:
        if self.panel.kept.isChecked():
            self.panel.discard_printed()
            super().accept()

    def reject(self) -> None:
        """Esc and the window's close button do nothing until the key is kept."""
        if self.panel.kept.isChecked():
            self.accept()
