"""Pulpit: the head's first page. A table of figures – the office, each team, each worker –
where a click on a figure lists what is behind it below, a double-click on a row of that
list opens the record itself, and a case, referral or interview of the list can be given
to another worker of its team. The figures are computed off the GUI thread and computed
again whenever the store changes, on this PC or arriving from another."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.vocabulary import Team
from ops_desktop.i18n.format import date_short
from ops_desktop.services.assignment import Work
from ops_desktop.services.context import Actor
from ops_desktop.services.dashboard import (
    Count,
    Dashboard,
    DashboardItem,
    DashboardRow,
    Figure,
    Level,
)
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.hand_to_worker import hand_to_worker_row
from ops_desktop.ui.forms import FieldErrors, choose_data, named, push_button
from ops_desktop.ui.social_work.caseload_page import OVERDUE
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table
from ops_desktop.ui.worker import Job

COL_WHO = 0  # the figures follow, in the order the service gives them


class DashboardPage(QWidget):
    # A row of a list was double-clicked: the coordinator's tab shows the record itself.
    open_item = Signal(object)  # DashboardItem
    computed = Signal()  # the figures on screen are fresh (tests wait for it)

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.dashboard: Dashboard | None = None
        self.chosen: tuple[DashboardRow, str] | None = None
        self._job: Job | None = None
        self._again = False
        self.workers_team: str | None = None  # whose workers "Przydziel pracownikowi" lists
        self.summary = QLabel()
        self.summary.setObjectName("dashboard_summary")
        self.summary.setWordWrap(True)
        self.figures: PagedTableModel[DashboardRow] = PagedTableModel([], parent=self)
        self.figures_table = make_table(self.figures, "dashboard_table", self.tr("Pulpit"))
        self.figures_table.clicked.connect(self._figure_clicked)
        self.figures_table.activated.connect(self._figure_clicked)  # Enter on a cell
        self.list_heading = QLabel(self.tr("Kliknij liczbę, aby zobaczyć, co się za nią kryje."))
        self.list_heading.setObjectName("dashboard_list_heading")
        self.items: PagedTableModel[DashboardItem] = PagedTableModel(self._item_columns(),
                                                                     parent=self)
        self.items_table = make_table(self.items, "dashboard_items", self.tr("Lista za liczbą"))
        self.items_table.activated.connect(self._item_activated)  # double-click and Enter
        self.items_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.fields = FieldErrors()
        self.to_worker = named(QComboBox(), "assign_to", self.tr("Przydziel pracownikowi"))
        self.assign_button = push_button(self.tr("&Przydziel"), "assign", self.assign)
        self.status = QLabel()
        self.status.setObjectName("dashboard_status")
        assigning = hand_to_worker_row(self.fields, self.tr("Przydziel zaznaczone &do:"),
                                       self.to_worker, self.assign_button, self.status)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.list_heading)
        lower_layout.addWidget(self.items_table, 1)
        lower_layout.addLayout(assigning)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.figures_table)
        splitter.addWidget(lower)
        splitter.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter)
        self._enable()
        bus.changed.connect(self.refresh)
        self.refresh()

    # --- words ---
    def figure_name(self, figure: str) -> str:
        return {
            Figure.OPEN_CASES.value: self.tr("Otwarte sprawy"),
            Figure.REFERRALS.value: self.tr("Skierowania oczekujące"),
            "interview": self.tr("Wywiady"),
            "blue_card": self.tr("Niebieska Karta"),
            "contract": self.tr("Kontrakty socjalne"),
            "interview_update": self.tr("Aktualizacje wywiadów"),
            "programme": self.tr("Programy i plany pomocy"),
            "kpa_application": self.tr("Terminy KPA"),
            "appeal": self.tr("Odwołania"),
            Figure.DRAFTS.value: self.tr("Projekty do podpisu"),
            Figure.LISTS.value: self.tr("Listy wypłat do zatwierdzenia"),
            Figure.CONFLICTS.value: self.tr("Konflikty wymiany"),
        }.get(figure, figure)

    def who(self, row: DashboardRow) -> str:
        if row.level is Level.OFFICE:
            return self.tr("Cały ośrodek")
        if row.level is Level.TEAM:  # said in words, not only by the indent of its workers
            return self.tr("Zespół: %1").replace("%1", labels.vocab(labels.TEAMS, row.team or ""))
        return "    " + (row.worker_name or self.tr("(nikt nie prowadzi)"))

    def cell_text(self, figure: str, count: Count) -> str:
        if count.overdue:
            return (self.tr("%1 (po terminie: %2)").replace("%1", str(count.total))
                    .replace("%2", str(count.overdue)))
        return str(count.total) if count.total else "–"

    def _columns(self, dashboard: Dashboard) -> list[Column[DashboardRow]]:
        deadlines = set(dashboard.deadline_kinds)

        def figure_column(f: str) -> Column[DashboardRow]:
            return Column(
                self.figure_name(f), lambda r: self.cell_text(f, r.count(f)),
                lambda r: r.count(f).total, align_right=True,
                foreground=lambda r: OVERDUE if r.count(f).overdue else None,
                header_tooltip=(self.tr("Po terminie lub z terminem w ciągu 3 dni roboczych "
                                        "(do %1)").replace("%1", date_short(dashboard.due_until))
                                if f in deadlines else ""))

        return [Column(self.tr("Zespół / pracownik"), self.who),
                *(figure_column(f) for f in dashboard.figures)]

    def _item_columns(self) -> list[Column[DashboardItem]]:
        return [
            Column(self.tr("Data / termin"), lambda i: date_short(i.day) if i.day else "",
                   lambda i: i.day),
            Column(self.tr("Stan"), lambda i: self.tr("po terminie") if i.overdue else "",
                   foreground=lambda i: OVERDUE if i.overdue else None),
            # A conflict between PCs names the kind of record and the field, in words.
            Column(self.tr("Znak / numer"), lambda i: labels.audit_entity(i.case_sign)
                   if i.figure == Figure.CONFLICTS.value else i.case_sign),
            Column(self.tr("Osoba / pole"), lambda i: labels.audit_field(
                i.case_sign, i.person_name) if i.figure == Figure.CONFLICTS.value
                else i.person_name),
            Column(self.tr("Zespół"), lambda i: labels.vocab(labels.TEAMS, i.team)
                   if i.team else ""),
            Column(self.tr("Pracownik"), lambda i: i.worker_name or (
                self.tr("(nikt)") if i.team else "")),
        ]

    # --- computing off the GUI thread ---
    def refresh(self) -> None:
        """Compute the figures again in the background; a change meanwhile asks once more."""
        if self._job is not None:
            self._again = True
            return
        services, actor = self.services, self.actor
        job = Job(lambda _progress, _cancelled: services.dashboard.figures(actor))
        job.setAutoDelete(False)
        job.signals.finished.connect(self._computed)
        job.signals.failed.connect(self._failed)
        self._job = job
        QThreadPool.globalInstance().start(job)

    def _done(self) -> bool:
        self._job = None
        if self._again:
            self._again = False
            self.refresh()
            return False
        return True

    def _failed(self, exc: BaseException) -> None:
        if self._done():
            self.summary.setText(guard.describe(exc))

    def _computed(self, dashboard: Dashboard) -> None:
        if not self._done():
            return
        self.show_figures(dashboard)

    def show_figures(self, dashboard: Dashboard) -> None:
        chosen = self.chosen
        self.dashboard = dashboard
        self.figures = PagedTableModel(self._columns(dashboard), parent=self)
        self.figures.set_rows(list(dashboard.rows))
        old = self.figures_table.model()
        self.figures_table.setModel(self.figures)
        if old is not None and old is not self.figures:
            old.deleteLater()
        self.figures_table.resizeColumnsToContents()
        office = dashboard.rows[0]
        late = sum(office.count(k).overdue for k in dashboard.deadline_kinds)
        self.summary.setText(self.tr("Stan na %1. Po terminie: %2. Terminy do %3 liczą się "
                                     "jako bliskie.").replace("%1", date_short(dashboard.today))
                             .replace("%2", str(late))
                             .replace("%3", date_short(dashboard.due_until)))
        if chosen is not None:  # the list below follows the same figure, with fresh rows
            row = dashboard.row(chosen[0].team, chosen[0].worker_id, chosen[0].level)
            if row is not None:
                self.show_list(row, chosen[1])
        self.computed.emit()

    # --- the list behind a figure ---
    def cell(self, row: DashboardRow, figure: str) -> QModelIndex:
        """The figure's cell on screen (tests click it)."""
        assert self.dashboard is not None
        r = list(self.dashboard.rows).index(row)
        return self.figures.index(r, COL_WHO + 1 + list(self.dashboard.figures).index(figure))

    def _figure_clicked(self, index: QModelIndex) -> None:
        row = self.figures.row_object(index.row())
        if row is None or self.dashboard is None or index.column() == COL_WHO:
            return
        self.show_list(row, self.dashboard.figures[index.column() - 1 - COL_WHO])

    def show_list(self, row: DashboardRow, figure: str) -> None:
        self.chosen = (row, figure)
        services, actor = self.services, self.actor
        team = row.team
        whole = row.level is not Level.WORKER
        fetch: Callable[[int, int], list[DashboardItem]] = (
            lambda offset, limit: services.dashboard.items(actor, figure, team, row.worker_id,
                                                           whole, limit, offset))
        total = row.count(figure).total
        try:
            self.items.set_source(fetch, lambda: total)
        except (DomainError, StorageEnvironmentError) as exc:
            self.status.setText(guard.describe(exc))
            return
        self.list_heading.setText(self.tr("%1 – %2: %3").replace("%1", self.figure_name(figure))
                                  .replace("%2", self.who(row).strip())
                                  .replace("%3", str(total)))
        self._workers_of(team)
        self._enable()

    def _workers_of(self, team: str | None) -> None:
        wanted = self.to_worker.currentData()
        self.to_worker.clear()
        self.workers_team = team
        if team is None:
            return
        try:
            workers = self.services.assignment.workers(self.actor, Team(team))
        except (DomainError, StorageEnvironmentError) as exc:
            self.status.setText(guard.describe(exc))
            return
        for w in workers:
            self.to_worker.addItem(w.full_name, w.id)
        if wanted is not None:
            self.choose_target(wanted)

    def choose_target(self, worker_id: object) -> bool:
        """Choose the worker to give the chosen work to."""
        return choose_data(self.to_worker, worker_id)

    def chosen_item(self) -> DashboardItem | None:
        rows = self.items_table.selectionModel().selectedRows()
        return self.items.row_object(rows[0].row()) if rows else None

    def _enable(self) -> None:
        item = self.chosen_item()
        movable = item is not None and item.work is not None and item.team is not None
        if movable and item.team != self.workers_team:  # type: ignore[union-attr]
            # A list of the whole office (or of another team's figure): the chosen item's
            # own team's workers are the ones it can go to.
            self._workers_of(item.team)  # type: ignore[union-attr]
        self.assign_button.setEnabled(movable)
        self.to_worker.setEnabled(movable)

    def _item_activated(self, index: QModelIndex) -> None:
        item = self.items.row_object(index.row())
        if item is not None:
            self.open_item.emit(item)

    # --- moving work ---
    def assign(self) -> None:
        item, worker_id = self.chosen_item(), self.to_worker.currentData()
        if item is None or item.work is None:
            self.status.setText(self.tr("Zaznacz sprawę, skierowanie lub wywiad na liście."))
            return
        name = self.to_worker.currentText()
        work: Work = item.work

        # An application's or an appeal's deadline moves with its case: the case is given.
        target = item.case_id if work is Work.CASE and item.case_id is not None else item.ref_id

        def given() -> bool:
            self.services.assignment.assign(self.actor, work, target, worker_id)
            return True

        self.fields.clear()
        if guard.attempt(self, given, self.fields):
            self.status.setText(self.tr("%1 przydzielono: %2.").replace("%1", item.case_sign)
                                .replace("%2", name))
            self.bus.changed.emit()
