"""The head's "Terminy wniosków": per worker, the applications still waiting for a decision,
how many are past their KPA deadline and how many are due within a few working days
(services/deadlines.overdue_applications_by_worker). Counts only: the cases are on the
benefits team's list, where overdue and near ones are marked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ops_desktop.services.context import Actor
from ops_desktop.services.deadlines import WorkerDeadlines
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table

OVERDUE = QColor("#b00020")  # the number says it too: never colour alone


class ApplicationDeadlinesPage(ReadWhenShown):
    counted = Signal(int)  # applications past their deadline, for the tab's title

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.overdue = 0  # applications past their deadline, as last counted
        self.summary = QLabel()
        self.summary.setObjectName("app_deadlines_summary")
        self.summary.setWordWrap(True)
        self.model: PagedTableModel[WorkerDeadlines] = PagedTableModel([
            Column(self.tr("Pracownik"), self._name),
            Column(self.tr("Po terminie"), lambda w: str(w.overdue), lambda w: w.overdue,
                   align_right=True, foreground=lambda w: OVERDUE if w.overdue else None),
            Column(self.tr("Termin w ciągu 3 dni roboczych"), lambda w: str(w.due_soon),
                   lambda w: w.due_soon, align_right=True),
            Column(self.tr("Wnioski w toku"), lambda w: str(w.waiting), lambda w: w.waiting,
                   align_right=True),
        ], parent=self)
        self.table = make_table(self.model, "app_deadlines_table",
                                self.tr("Terminy wniosków według pracowników"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        # Read when first shown: at a city's size the tallies take a third of a second, and
        # the tab's title takes its number from the dashboard's figure meanwhile (tab.py).
        bus.changed.connect(self.refresh)

    def _name(self, w: WorkerDeadlines) -> str:
        return w.worker_name or self.tr("(bez przypisanego pracownika)")

    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        try:
            rows = self.services.deadlines.overdue_applications_by_worker(self.actor)
        except (DomainError, StorageEnvironmentError) as exc:
            self.summary.setText(guard.describe(exc))
            return
        self.model.set_rows(rows)
        overdue, soon = sum(r.overdue for r in rows), sum(r.due_soon for r in rows)
        self.overdue = overdue
        self.summary.setText(self.tr(
            "Wnioski po terminie załatwienia (art. 35 KPA): %1; z terminem w ciągu 3 dni "
            "roboczych: %2.").replace("%1", str(overdue)).replace("%2", str(soon)))
        self.counted.emit(overdue)
