"""The services team's tab: its inbox and cases (with the help plans drawn up after the
team's own interviews), and the usługi opiekuńcze page."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.inbox import InboxPanel
from ops_desktop.ui.services_team.care_page import CarePage
from ops_desktop.ui.services_team.payments_page import CarePaymentsPage
from ops_desktop.ui.services_team.dps_page import DpsPage
from ops_desktop.ui.services_team.meal_page import MealPage
from ops_desktop.ui.services_team.shelter_page import ShelterPage
from ops_desktop.ui.services_team.providers_page import ProvidersPage
from ops_desktop.ui.services_team.schedule_page import SchedulePage
from ops_desktop.ui.social_work.programmes import ProgrammesDialog
from ops_desktop.ui.team_tab import CasesTab


class ServicesTab(QWidget):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.cases_tab = CasesTab(services, actor, bus, Team.SERVICES.value)
        # The team plans the support of its own clients after its interview (DOMAIN.md §1).
        self.help_plans_button = QPushButton(self.tr("Plan pomocy z &wywiadu…"))
        self.help_plans_button.setObjectName("help_plans")
        self.help_plans_button.clicked.connect(self.open_help_plans)
        self.help_plans_button.setEnabled(False)
        self.cases_tab.cases_table.selectionModel().selectionChanged.connect(
            lambda *_: self.help_plans_button.setEnabled(
                self.cases_tab.selected_case() is not None
                and actor.may(Permission.READ_PROGRAMMES)))
        cases_page = QWidget()
        cases_layout = QVBoxLayout(cases_page)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addWidget(self.cases_tab)
        cases_layout.addWidget(self.help_plans_button)
        self.pages = QTabWidget()
        self.pages.setObjectName("services_pages")
        self.pages.addTab(cases_page, self.tr("Sprawy"))
        self.care: CarePage | None = None
        self.fees: CarePaymentsPage | None = None
        self.schedule: SchedulePage | None = None
        self.providers: ProvidersPage | None = None
        if actor.may(Permission.READ_CARE_SERVICES):
            self.care = CarePage(services, actor, bus)
            self.pages.addTab(self.care, self.tr("Usługi opiekuńcze"))
            # Who serves each client and when, the carers' hours, and the providers' register.
            self.schedule = SchedulePage(services, actor, bus)
            self.pages.addTab(self.schedule, self.tr("Harmonogram i godziny"))
            # One month's figure, two places to enter it: the care page leads to the carers'.
            self.care.carers_hours_wanted.connect(self.show_carers_hours)
            self.providers = ProvidersPage(services, actor, bus)
            self.pages.addTab(self.providers, self.tr("Wykonawcy usług"))
            # Fees paid on the bills, and what each client still owes.
            self.fees = CarePaymentsPage(services, actor, bus)
            self.pages.addTab(self.fees, self.tr("Opłaty za usługi"))
        self.dps: DpsPage | None = None
        self.shelters: ShelterPage | None = None
        self.meals: MealPage | None = None
        if actor.may(Permission.READ_PLACEMENTS):
            self.dps = DpsPage(services, actor, bus)
            self.pages.addTab(self.dps, self.tr("DPS"))
            self.shelters = ShelterPage(services, actor, bus)
            self.pages.addTab(self.shelters, self.tr("Schronienie"))
            self.meals = MealPage(services, actor, bus)
            self.pages.addTab(self.meals, self.tr("Posiłek"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages)

    def show_carers_hours(self, order_id: object, month: object) -> None:
        if self.schedule is None or not isinstance(order_id, uuid.UUID):
            return
        self.pages.setCurrentWidget(self.schedule)
        self.schedule.show_month_of(order_id, month if isinstance(month, dt.date) else None)

    def open_help_plans(self) -> None:
        """The chosen case's help plans, in their own window."""
        case = self.cases_tab.selected_case()
        if case is None:
            return
        dialog = ProgrammesDialog(self.services, self.actor, case, True, parent=self)
        dialog.exec()
        dialog.deleteLater()
        self.bus.changed.emit()

    @property
    def inbox(self) -> InboxPanel:
        return self.cases_tab.inbox
