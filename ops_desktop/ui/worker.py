"""Long work off the GUI thread: a QRunnable with signals, and a progress dialog with Cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs `work(progress, is_cancelled)` on the pool; results come back as signals."""

    def __init__(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as exc:  # reported to the GUI thread, which shows it
            log.exception("background job failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Job:
    """Start `work` in the background behind a progress dialog whose Cancel stops it."""
    dialog = QProgressDialog(label, QProgressDialog.tr("Anuluj"), 0, 0, parent)
    dialog.setObjectName("progress_dialog")
    # Modal to its window: the window cannot be closed under a job that reports back to it.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job = Job(work)
    job.setAutoDelete(False)  # the caller keeps it to cancel or inspect

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish(result: Any) -> None:
        dialog.close()
        dialog.deleteLater()
        on_done(result)

    def fail(exc: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        on_error(exc)

    job.signals.progress.connect(progress)
    job.signals.finished.connect(finish)
    job.signals.failed.connect(fail)
    dialog.canceled.connect(job.cancel)
    dialog.setValue(0)  # starts the minimum-duration clock before the first report arrives
    parent._running_job = job  # type: ignore[attr-defined]  # keep alive while it runs
    QThreadPool.globalInstance().start(job)
    return job


def start_quiet(work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
                on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> Job:
    """Start `work` on the pool with no dialog (work the person did not ask for: scheduled
    backups, the office's exchange); the caller keeps the job to know it still runs."""
    job = Job(work)
    job.setAutoDelete(False)
    job.signals.finished.connect(on_done)
    job.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(job)
    return job
