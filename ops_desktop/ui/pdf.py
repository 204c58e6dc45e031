"""Handing a printed document to the person: saved as a file and opened in the system viewer.

Every print path (decisions, a batch, the referral slip, the statistics, the data-subject
export, a preview) goes through `hand_over`, so the program never claims a viewer opened
when none did, and always says where the file lies, with a button to open its folder: a
PC without a PDF viewer still gets the file to the printer by hand.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ops_desktop import config
from ops_desktop.ui import guard

log = logging.getLogger(__name__)


def documents_dir() -> Path:
    path = config.data_dir() / "wydruki"
    path.mkdir(parents=True, exist_ok=True)
    return path


def safe_name(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("_") or "dokument"


def target_for(name: str, directory: Path | None = None) -> Path:
    """The file for `name`, given with or without its ".pdf" (never "….pdf.pdf")."""
    stem = name[:-len(".pdf")] if name.lower().endswith(".pdf") else name
    return (directory or documents_dir()) / f"{safe_name(stem)}.pdf"


def open_in_system(path: Path) -> bool:
    """The system's viewer (or file manager, for a folder); False when nothing opened."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def announce(parent: QWidget | None, path: Path, opened: bool) -> QMessageBox:
    """A notice (not modal: work goes on) naming the file, with a button to open its folder."""
    box = QMessageBox(parent)
    box.setObjectName("pdf_notice")
    box.setWindowTitle(QCoreApplication.translate("pdf", "Wydruk"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if opened:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(QCoreApplication.translate("pdf", "Dokument otwarto w przeglądarce PDF – stamtąd można go wydrukować."))
    else:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(QCoreApplication.translate("pdf", "Nie udało się otworzyć dokumentu w przeglądarce PDF (na tym komputerze "
                        "może jej nie być). Plik zapisano – otwórz go z folderu i wydrukuj."))
    box.setInformativeText(QCoreApplication.translate("pdf", "Plik: %1").replace("%1", str(path)))
    folder = box.addButton(QCoreApplication.translate("pdf", "Otwórz folder"), QMessageBox.ButtonRole.ActionRole)
    folder.setObjectName("open_folder")
    folder.clicked.connect(lambda: _open_folder(parent, path))
    box.addButton(QCoreApplication.translate("pdf", "Zamknij"), QMessageBox.ButtonRole.RejectRole)
    box.setModal(False)
    box.show()
    return box


def _open_folder(parent: QWidget | None, path: Path) -> None:
    if not open_in_system(path.parent):
        guard.message(parent, QCoreApplication.translate("pdf", "Nie udało się otworzyć folderu %1 – otwórz go ręcznie.")
                      .replace("%1", str(path.parent)))


@dataclass(frozen=True)
class Handed:
    """Where the file was saved and whether the viewer really opened it."""

    path: Path
    opened: bool


def hand_over(parent: QWidget | None, data: bytes, name: str,
              directory: Path | None = None) -> Handed | None:
    """Write the PDF, open it in the viewer and say what happened; None if it was not saved."""
    target = target_for(name, directory)
    try:
        target.write_bytes(data)
    except OSError as exc:
        log.warning("cannot save %s: %s", target, exc)
        guard.message(parent, QCoreApplication.translate("pdf", "Nie udało się zapisać pliku %1: %2")
                      .replace("%1", str(target)).replace("%2", str(exc)))
        return None
    return show_saved(parent, target)


def show_saved(parent: QWidget | None, target: Path) -> Handed:
    """Open a file already written and tell the person where it is and whether it opened."""
    opened = open_in_system(target)
    if not opened:
        log.warning("no viewer opened %s", target)
    announce(parent, target, opened)
    return Handed(target, opened)
