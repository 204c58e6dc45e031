"""The services team's tab: its inbox and cases, and the usługi opiekuńcze page."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QWidget

from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.inbox import InboxPanel
from ops_desktop.ui.services_team.care_page import CarePage
from ops_desktop.ui.team_tab import CasesTab


class ServicesTab(QWidget):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases_tab = CasesTab(services, actor, bus, Team.SERVICES.value)
        self.pages = QTabWidget()
        self.pages.setObjectName("services_pages")
        self.pages.addTab(self.cases_tab, self.tr("Sprawy"))
        self.care: CarePage | None = None
        if actor.may(Permission.READ_CARE_SERVICES):
            self.care = CarePage(services, actor, bus)
            self.pages.addTab(self.care, self.tr("Usługi opiekuńcze"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages)

    @property
    def inbox(self) -> InboxPanel:
        return self.cases_tab.inbox
