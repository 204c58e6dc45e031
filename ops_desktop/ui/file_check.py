"""The whole-file check of a big store, run in the background after the window is shown.

A city's database (over a gigabyte) is not read whole before the window opens: that alone
took longer than the whole start. The check runs here instead, on a pool thread, and damage
found is told to whoever is working, with what to do; the next start then checks the file
whole before opening it and offers the newest backup.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ops_desktop.services.hub import Services
from ops_desktop.ui.worker import Job


def damaged_text(problem: str) -> str:
    return QCoreApplication.translate(
        "file_check",
        "Sprawdzenie pliku bazy danych wykryło uszkodzenie:\n%1\n\n"
        "Dokończ bieżącą czynność i zamknij program. Przy następnym uruchomieniu program "
        "sprawdzi plik i zaproponuje odtworzenie z najnowszej dobrej kopii zapasowej. "
        "Powiadom administratora.").replace("%1", problem[:500])


class FileCheck(QObject):
    """`FileCheck(window, services).start()`; `job` is kept so tests can wait for it."""

    DELAY_MS = 20_000
    checked = Signal(str)  # what was found; empty when the file is sound

    def __init__(self, parent: QWidget, services: Services) -> None:
        super().__init__(parent)
        self.window_ = parent
        self.services = services
        self.problem: str | None = None
        self.job: Job | None = None

    def start(self) -> Job:
        job = Job(lambda _progress, _cancelled: self.services.check_whole_file())
        job.setAutoDelete(False)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(lambda exc: self._finished(str(exc)))
        self.job = job
        QThreadPool.globalInstance().start(job)
        return job

    def _finished(self, problem: object) -> None:
        self.checked.emit(str(problem or ""))
        if not problem:
            return
        self.problem = str(problem)
        QMessageBox.critical(self.window_, "ops_desktop", damaged_text(self.problem))
