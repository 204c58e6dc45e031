"""Handing a printed document to the person: saved as a file and opened in the system viewer."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from ops_desktop import config


def documents_dir() -> Path:
    path = config.data_dir() / "wydruki"
    path.mkdir(parents=True, exist_ok=True)
    return path


def safe_name(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("_") or "dokument"


def save_and_open(data: bytes, name: str, directory: Path | None = None) -> Path:
    """Write the PDF (the printer is one click away in any PDF viewer) and open it."""
    target = (directory or documents_dir()) / f"{safe_name(name)}.pdf"
    target.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target
