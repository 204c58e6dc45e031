"""`Plik → Wymiana przez pendrive…`: a field laptop's USB stick meets the office's share.

Any worker of a PC of the office may do it (the social worker back from the field is the one
holding the stick). The stick's folder is chosen (the last one is offered again), then:

1. a round, so what this PC's people wrote just now is in the share before the copying;
2. the relay (ExchangeService.relay) off the GUI thread, behind a progress dialog with
   Cancel – every file is copied whole or not at all, so a cancelled relay loses nothing;
3. a round, which applies what came from the stick.

Both rounds go through the exchange controller, so no two rounds ever run at once. The
person is then told in words how many files went each way and what the round applied –
counts only: nothing of any file's contents is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ops_desktop.services.exchange import BundleError, ExchangeService
from ops_desktop.ui import guard, office_text
from ops_desktop.ui.exchange_controller import ExchangeController, Outcome
from ops_desktop.ui.worker import Job, run_with_progress


class StickRelay(QObject):
    """Owned by the main window; `run` is the menu action's slot."""

    def __init__(self, parent: QWidget, exchange: ExchangeService,
                 controller: ExchangeController) -> None:
        super().__init__(parent)
        self.window_ = parent
        self.exchange, self.controller = exchange, controller
        self.busy = False  # one relay at a time: the menu may be used again meanwhile
        self.job: Job | None = None

    def run(self) -> None:
        if self.busy:
            return
        last = guard.attempt(self.window_, self.exchange.last_relay_folder)
        chosen = QFileDialog.getExistingDirectory(
            self.window_, self.tr("Folder wymiany na pendrivie"), str(last or ""))
        if not chosen:
            return
        self.busy = True
        stick = Path(chosen)
        if not self.controller.round_for(lambda _outcome: self._copy(stick)):
            self._copy(stick)  # this PC does not exchange now: the copying alone

    def _copy(self, stick: Path) -> None:
        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]
                 ) -> tuple[int, int, bool]:
            sent, received = self.exchange.relay(stick, progress, cancelled)
            # Read here: closing the progress dialog afterwards also "cancels" the job.
            return sent, received, cancelled()

        self.job = run_with_progress(
            self.window_, self.tr("Kopiowanie plików wymiany między folderem biura "
                                  "a pendrive'em…"),
            work, self._copied, self._failed)

    def _copied(self, counts: tuple[int, int, bool]) -> None:
        cancelled = counts[2]
        copied = self.tr("Na pendrive skopiowano plików: %1; z pendrive'a: %2.") \
            .replace("%1", str(counts[0])).replace("%2", str(counts[1]))
        if cancelled:
            copied = self.tr("Kopiowanie przerwano. %1 Resztę przeniesie następna wymiana "
                             "przez pendrive.").replace("%1", copied)
        if not self.controller.round_for(lambda outcome: self._done(copied, outcome)):
            self._done(copied, None, rounds=False)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, BundleError):
            text = office_text.message(exc.code)
        else:
            text = guard.describe(exc)
        show_result(self.window_, self.tr("Wymiana przez pendrive nie powiodła się.")
                    + "\n" + text, warning=True)

    def _done(self, copied: str, outcome: Outcome | None, rounds: bool = True) -> None:
        self.busy = False
        lines = [copied]
        if rounds:
            lines.append(self._round_in_words(outcome))
        show_result(self.window_, "\n\n".join(lines),
                    warning=rounds and (outcome is None or outcome.error is not None))

    def _round_in_words(self, outcome: Outcome | None) -> str:
        if outcome is None:  # a bug: the controller has said so already
            return self.tr("Wymiana zmian nie powiodła się (szczegóły w dzienniku programu).")
        if outcome.error == "busy":
            return self.tr("Wymiana zmian: baza jest zajęta – program ponowi wymianę "
                           "za chwilę.")
        if outcome.error is not None or outcome.report is None:
            return self.tr("Wymiana zmian nie powiodła się: %1").replace(
                "%1", office_text.message(outcome.error or ""))
        report = outcome.report
        lines = [self.tr("Wymiana zmian: przyjęto zmian z innych komputerów: %1; "
                         "wysłano zmian z tego komputera: %2.")
                 .replace("%1", str(report.applied)).replace("%2", str(report.exported))]
        set_aside = sum(report.quarantined.values())
        if set_aside:
            lines.append(self.tr("Zmian odłożonych do wyjaśnienia: %1.")
                         .replace("%1", str(set_aside)))
        refused = [p for p in report.problems if p.code not in office_text.WAITING]
        if refused:
            lines.append(self.tr("Plików wymiany nie przyjęto: %1.")
                         .replace("%1", str(len(refused))))
        if report.anonymised:
            lines.append(self.tr("Osób zanonimizowanych na innym komputerze, teraz także "
                                 "tutaj: %1.").replace("%1", str(report.anonymised)))
        return "\n".join(lines)


def show_result(parent: QWidget, text: str, warning: bool) -> None:
    """The relay's outcome in a message box (tests patch its exec to read and grab it)."""
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      QCoreApplication.translate("StickRelay", "Wymiana przez pendrive"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("relay_result")
    box.exec()
    box.deleteLater()
