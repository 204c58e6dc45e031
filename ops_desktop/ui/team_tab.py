"""The tab of a team that carries cases (social work, services): its inbox and its cases."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import CaseView
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.inbox import InboxPanel
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table


class CasesTab(QWidget):
    """Inbox on top, the team's cases below; double-click or Enter opens the person's file."""

    def __init__(self, services: Services, actor: Actor, bus: Bus, team: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus, self.team = services, actor, bus, team
        self.inbox = InboxPanel(services, actor, bus, team, load=False)
        self.cases: PagedTableModel[CaseView] = PagedTableModel([
            Column(self.tr("Znak sprawy"), lambda c: c.sign),
            Column(self.tr("Osoba"), lambda c: c.person_name),
            Column(self.tr("Założona"), lambda c: date_short(c.opened_on),
                   sort_key=lambda c: c.opened_on),
        ], parent=self)
        self.cases_table = make_table(self.cases, f"cases_{team}", self.tr("Sprawy zespołu"))
        self.cases_table.doubleClicked.connect(self._open)
        self.cases_title = QLabel()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.cases_title)
        lower_layout.addWidget(self.cases_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.inbox)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        bus.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.inbox.refresh()
        self.cases.set_keyset_source(
            lambda last, limit: self.services.referrals.cases(self.actor, self.team, limit, last),
            lambda: self.services.referrals.cases_count(self.actor, self.team),
        )
        self.cases_title.setText(self.tr("Sprawy zespołu: %1").replace("%1", str(self.cases.total())))

    def _open(self) -> None:
        rows = self.cases_table.selectionModel().selectedRows()
        case = self.cases.row_object(rows[0].row()) if rows else None
        if case is not None:
            self.bus.open_person.emit(case.person_id)
