"""The social-work tab: the team's inbox and cases with the chosen case's notes; the worker's
own cases with their deadlines ("Moje sprawy"); the social-work log ("Dziennik"); every
family interview with its deadline ("Wywiady"); the Niebieska Karta procedures with their
steps' deadlines ("Niebieska Karta")."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTabWidget, QWidget

from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import CaseView, ReferralView
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.inbox import InboxPanel
from ops_desktop.ui.social_work.blue_card_page import BlueCardPage
from ops_desktop.ui.social_work.caseload_page import MyCasesPage
from ops_desktop.ui.social_work.interviews import InterviewsPage
from ops_desktop.ui.social_work.log_page import LogPage
from ops_desktop.ui.social_work.notes import NotesPanel
from ops_desktop.ui.table_model import selected_object
from ops_desktop.ui.team_tab import CasesTab


class SocialWorkTab(QWidget):
    """A referral accepted here opens (or reuses) a case, which is then chosen for its notes."""

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.cases_tab = CasesTab(services, actor, bus, Team.SOCIAL_WORK.value)
        if (inner := self.cases_tab.layout()) is not None:
            inner.setContentsMargins(0, 0, 0, 0)
        self.notes = NotesPanel(services, actor, bus)
        self._wanted: uuid.UUID | None = None  # the case to choose once the list reloads
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.cases_tab)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.my_cases = MyCasesPage(services, actor, bus)
        self.log = LogPage(services, actor, bus)
        self.pages = QTabWidget()
        self.pages.setObjectName("social_work_pages")
        self.pages.addTab(splitter, self.tr("Sprawy i notatki"))
        self.pages.addTab(self.my_cases, self.tr("Moje sprawy"))
        self.pages.addTab(self.log, self.tr("Dziennik"))
        # A new interview is for the person of the case chosen in "Sprawy i notatki".
        self.interviews: InterviewsPage | None = None
        if actor.may(Permission.READ_INTERVIEWS):
            self.interviews = InterviewsPage(services, actor, bus, self.chosen_case)
            self.pages.addTab(self.interviews, self.tr("Wywiady"))
        self.blue_cards: BlueCardPage | None = None
        if actor.may(Permission.READ_BLUE_CARD):
            self.blue_cards = BlueCardPage(services, actor, bus)
            self.pages.addTab(self.blue_cards, self.tr("Niebieska Karta"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages)
        self.cases_tab.cases_table.selectionModel().selectionChanged.connect(self._case_chosen)
        # The case list reloads on every change in the store (CasesTab listens to the bus);
        # the chosen case stays chosen and its notes reload with it.
        self.cases_tab.cases.modelReset.connect(self._cases_reloaded)
        self.cases_tab.inbox.accepted.connect(self._referral_accepted)

    @property
    def inbox(self) -> InboxPanel:
        return self.cases_tab.inbox

    def chosen_case(self) -> CaseView | None:
        return selected_object(self.cases_tab.cases_table, self.cases_tab.cases)

    def choose_case(self, case_id: uuid.UUID) -> bool:
        """Choose the case in the list (and show its notes); False when it is not listed."""
        model = self.cases_tab.cases
        for row in range(model.rowCount()):
            case = model.row_object(row)
            if case is not None and case.id == case_id:
                self.cases_tab.cases_table.selectRow(row)
                return True
        return False

    def _case_chosen(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.notes.set_case(self.chosen_case())

    def _cases_reloaded(self) -> None:
        wanted = self._wanted or (self.notes.case.id if self.notes.case else None)
        self._wanted = None
        # The reset cleared the selection without a signal; choosing again loads the notes.
        if wanted is None or not self.choose_case(wanted):
            self.notes.set_case(None)

    def _referral_accepted(self, case: CaseView, _referral: ReferralView) -> None:
        # The list reloads right after (the bus says the store changed): choose the case then.
        self._wanted = case.id
        self.choose_case(case.id)
