"""Printing a stack of decisions off the GUI thread, behind a progress dialog with Cancel."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, pdf
from ops_desktop.ui.worker import run_with_progress


class Printed(StrEnum):
    OPENED = "opened"
    SAVED = "saved"  # the file is there but no PDF viewer opened it
    CANCELLED = "cancelled"
    FAILED = "failed"


def print_decisions(parent: QWidget, services: Services, actor: Actor, ids: list[uuid.UUID],
                    name: str, done: Callable[[Printed, Path | None], None] | None = None,
                    others: Sequence[Callable[[], bytes]] = ()) -> None:
    """Render the decisions off the GUI thread behind a progress dialog, then open the PDF;
    `others` render acts kept by other services (DPS, shelter, posiłek), printed after the
    decisions in the same file. `done` hears what happened and where the file is."""

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bytes | None:
        progress(0, len(ids) + len(others))  # starts the dialog's clock
        # One run: the decisions, then the other acts, then the closing page counting all.
        return services.decisions.render_batch(actor, ids, progress, cancelled, others)

    def finished(data: bytes | None) -> None:
        handed = pdf.hand_over(parent, data, name) if data is not None else None
        if done is None:
            return
        if data is None:
            done(Printed.CANCELLED, None)
        elif handed is None:
            done(Printed.FAILED, None)
        else:
            done(Printed.OPENED if handed.opened else Printed.SAVED, handed.path)

    def failed(exc: BaseException) -> None:
        guard.message(parent, QCoreApplication.translate("print_decisions",
                                                         "Nie udało się przygotować wydruku: %1")
                      .replace("%1", guard.describe(exc)))
        if done is not None:
            done(Printed.FAILED, None)

    label = QCoreApplication.translate("print_decisions", "Przygotowanie wydruku decyzji…")
    run_with_progress(parent, label, work, finished, failed)
