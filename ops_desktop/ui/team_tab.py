"""The tab of a team that carries cases (social work, services): its inbox and its cases."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import CloseReason
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import CaseView
from ops_desktop.ui import labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.case_dialogs import CloseCaseDialog, ReopenCaseDialog
from ops_desktop.ui.inbox import InboxPanel
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object

CLOSED_COLOUR = QColor("#5f6368")  # grey: a closed case; the status says so in words too


class CasesTab(QWidget):
    """Inbox on top, the team's cases below; double-click or Enter opens the person's file.

    The list shows the open cases or all of them; a case is closed with a reason and may be
    reopened with one."""

    def __init__(self, services: Services, actor: Actor, bus: Bus, team: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus, self.team = services, actor, bus, team
        self.inbox = InboxPanel(services, actor, bus, team, load=False)
        self.cases: PagedTableModel[CaseView] = PagedTableModel([
            Column(self.tr("Znak sprawy"), lambda c: c.sign, foreground=self._colour),
            Column(self.tr("Osoba"), lambda c: c.person_name, foreground=self._colour),
            Column(self.tr("Założona"), lambda c: date_short(c.opened_on),
                   sort_key=lambda c: c.opened_on, foreground=self._colour),
            Column(self.tr("Stan"), self._state, foreground=self._colour),
        ], parent=self)
        self.cases_table = make_table(self.cases, f"cases_{team}", self.tr("Sprawy zespołu"))
        self.cases_table.doubleClicked.connect(self._open)
        self.cases_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.cases_title = QLabel()
        self.filter = QComboBox()
        self.filter.setObjectName(f"cases_filter_{team}")
        self.filter.setAccessibleName(self.tr("Które sprawy pokazać"))
        self.filter.addItem(self.tr("otwarte"), True)
        self.filter.addItem(self.tr("wszystkie"), False)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.close_button = QPushButton(self.tr("Zamknij sprawę…"))
        self.close_button.setObjectName(f"close_case_{team}")
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button = QPushButton(self.tr("Wznów sprawę…"))
        self.reopen_button.setObjectName(f"reopen_case_{team}")
        self.reopen_button.clicked.connect(self.reopen_case)
        for button in (self.close_button, self.reopen_button):
            button.setVisible(actor.may(Permission.CLOSE_CASE))
        top = QHBoxLayout()
        top.addWidget(self.cases_title)
        top.addStretch()
        top.addWidget(self.filter)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(top)
        lower_layout.addWidget(self.cases_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.inbox)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        bus.changed.connect(self.refresh)
        self.refresh()

    def _state(self, case: CaseView) -> str:
        if not case.closed:
            return self.tr("otwarta")
        reason = labels.vocab(labels.CLOSE_REASONS, case.close_reason or CloseReason.OTHER)
        if case.close_reason in (None, CloseReason.OTHER) and case.close_note:
            reason = f"{reason}: {' '.join(case.close_note.split())}"
        return (self.tr("zamknięta %1 – %2").replace("%1", date_short(case.closed_on))
                .replace("%2", reason))

    @staticmethod
    def _colour(case: CaseView) -> QColor | None:
        return CLOSED_COLOUR if case.closed else None

    def refresh(self) -> None:
        self.inbox.refresh()
        open_only = bool(self.filter.currentData())
        self.cases.set_keyset_source(
            lambda last, limit: self.services.referrals.cases(self.actor, self.team, limit, last,
                                                              open_only),
            lambda: self.services.referrals.cases_count(self.actor, self.team, open_only),
        )
        title = self.tr("Sprawy otwarte: %1") if open_only else self.tr("Sprawy zespołu: %1")
        self.cases_title.setText(title.replace("%1", str(self.cases.total())))
        self._update_buttons()

    def selected_case(self) -> CaseView | None:
        return selected_object(self.cases_table, self.cases)

    def _update_buttons(self) -> None:
        case = self.selected_case()
        self.close_button.setEnabled(case is not None and not case.closed)
        self.reopen_button.setEnabled(case is not None and case.closed)

    def _open(self) -> None:
        case = self.selected_case()
        if case is not None:
            self.bus.open_person.emit(case.person_id)

    def close_case(self) -> None:
        case = self.selected_case()
        if case is not None and not case.closed:
            self._run(CloseCaseDialog(self.services, self.actor, case, self))

    def reopen_case(self) -> None:
        case = self.selected_case()
        if case is not None and case.closed:
            self._run(ReopenCaseDialog(self.services, self.actor, case, self))

    def _run(self, dialog: CloseCaseDialog | ReopenCaseDialog) -> None:
        dialog.exec()
        done = dialog.done_case is not None
        dialog.deleteLater()
        if done:
            self.bus.changed.emit()
