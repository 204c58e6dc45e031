"""A file made by a service off the GUI thread and saved where the person chose, with
progress and Cancel, the outcome said in a status line (reports and lists exported)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ops_desktop.ui import guard
from ops_desktop.ui.worker import run_with_progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_export", text)


def save_in_background(parent: QWidget, label: str, make: Callable[[], bytes], target: Path,
                       status: QLabel, on_error: Callable[[BaseException], None]) -> None:
    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        progress(0, 0)
        data = make()
        return None if cancelled() else data

    def done(data: bytes | None) -> None:
        if data is None:
            status.setText(_tr("Zapis anulowano."))
            return
        try:
            target.write_bytes(data)
        except OSError as exc:
            guard.message(parent, _tr("Nie udało się zapisać pliku: %1").replace("%1", str(exc)))
            return
        status.setText(_tr("Zapisano: %1").replace("%1", str(target)))

    run_with_progress(parent, label, work, done, on_error)
