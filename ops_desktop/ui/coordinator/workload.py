"""Obciążenie pracowników: every social worker's open cases, overdue items and minutes of
social work logged this month; the chosen worker's cases below, and handing one to another
social worker (the service checks and audits it)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.services.caseload import CaseloadItem, WorkerLoad
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.hand_to_worker import hand_to_worker_row
from ops_desktop.ui.forms import FieldErrors, choose_data, named, push_button
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.social_work.caseload_page import OVERDUE, caseload_columns
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


class WorkloadPage(ReadWhenShown):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.workers: PagedTableModel[WorkerLoad] = PagedTableModel(self._columns(), parent=self)
        self.workers_table = make_table(self.workers, "workload_table",
                                        self.tr("Obciążenie pracowników"))
        self.workers_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.cases: PagedTableModel[CaseloadItem] = PagedTableModel(caseload_columns(), parent=self)
        self.cases_table = make_table(self.cases, "workload_cases",
                                      self.tr("Sprawy wybranego pracownika"))
        self.fields = FieldErrors()
        self.to_worker = named(QComboBox(), "reassign_to", self.tr("Przekaż do pracownika"))
        self.reassign_button = push_button(self.tr("&Przekaż sprawę"), "reassign",
                                           self.reassign)
        self.status = QLabel()
        self.status.setObjectName("workload_status")
        handing = hand_to_worker_row(self.fields, self.tr("Przekaż zaznaczoną sprawę &do:"),
                                     self.to_worker, self.reassign_button, self.status)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.cases_table, 1)
        lower_layout.addLayout(handing)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.workers_table)
        splitter.addWidget(lower)
        splitter.setSizes([220, 480])  # a few workers above, their cases below
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # Read when first shown (or first asked for a worker), not with the head's tab: the
        # workload's queries were the larger part of the head's wait after signing in.
        bus.changed.connect(self.refresh)

    def _columns(self) -> list[Column[WorkerLoad]]:
        return [
            Column(self.tr("Pracownik"), lambda w: w.worker_name or self.tr(
                "(sprawy bez przypisanego pracownika)")),
            Column(self.tr("Otwarte sprawy"), lambda w: str(w.open_cases), lambda w: w.open_cases,
                   align_right=True),
            Column(self.tr("Po terminie"), lambda w: str(w.overdue), lambda w: w.overdue,
                   align_right=True, foreground=lambda w: OVERDUE if w.overdue else None),
            Column(self.tr("Praca socjalna w tym miesiącu (min)"),
                   lambda w: str(w.minutes_this_month), lambda w: w.minutes_this_month,
                   align_right=True),
        ]

    def chosen_worker(self) -> WorkerLoad | None:
        return selected_object(self.workers_table, self.workers)

    def chosen_case(self) -> CaseloadItem | None:
        return selected_object(self.cases_table, self.cases)

    def choose_worker(self, worker_id: uuid.UUID | None) -> bool:
        self.ensure_read()  # asked before the page was ever shown: read it now
        row = self.workers.row_of(lambda w: w.worker_id, worker_id)
        if row is None:
            return False
        self.workers_table.selectRow(row)
        return True

    def choose_target(self, worker_id: uuid.UUID) -> bool:
        """Choose the worker to hand the case to."""
        return choose_data(self.to_worker, worker_id)

    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        chosen = self.chosen_worker()
        try:
            self.workers.set_rows(self.services.caseload.workers(self.actor))
            choices = self.services.caseload.social_workers(self.actor)
        except (DomainError, StorageEnvironmentError) as exc:
            self.status.setText(guard.describe(exc))
            return
        wanted = self.to_worker.currentData()
        self.to_worker.clear()
        for worker in choices:
            self.to_worker.addItem(worker.full_name, worker.id)
        if wanted is not None:
            self.choose_target(wanted)
        if chosen is None or not self.choose_worker(chosen.worker_id):
            self._chosen()

    def _chosen(self) -> None:
        worker = self.chosen_worker()
        if worker is None:
            self.cases.set_rows([])
            return
        try:
            self.cases.set_rows(self.services.caseload.cases_of(self.actor, worker.worker_id))
        except (DomainError, StorageEnvironmentError) as exc:
            self.status.setText(guard.describe(exc))

    def reassign(self) -> None:
        case, worker_id = self.chosen_case(), self.to_worker.currentData()
        if case is None:
            self.status.setText(self.tr("Zaznacz sprawę na liście."))
            return
        name = self.to_worker.currentText()

        def handed() -> bool:
            self.services.caseload.reassign(self.actor, case.case_id, worker_id)
            return True

        self.fields.clear()
        if guard.attempt(self, handed, self.fields):
            self.status.setText(self.tr("Sprawę %1 przekazano: %2.")
                                .replace("%1", case.case_sign).replace("%2", name))
            self.bus.changed.emit()
