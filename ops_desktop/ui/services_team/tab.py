"""The services team's tab: its inbox and cases (with the help plans drawn up after the
team's own interviews), and the usługi opiekuńcze page."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import cast

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.inbox import InboxPanel
from ops_desktop.ui.lazy_page import LazyPage, build_when_shown, current_page, show_page
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
        # Seven pages of tables and forms: built when first chosen, so opening the tab
        # builds only its cases (each page reads its own lists when shown, too).
        self._slots: dict[str, LazyPage] = {}
        if actor.may(Permission.READ_CARE_SERVICES):
            self._add("care", self.tr("Usługi opiekuńcze"), self._care_page)
            # Who serves each client and when, the carers' hours, and the providers' register.
            self._add("schedule", self.tr("Harmonogram i godziny"),
                      lambda: SchedulePage(services, actor, bus))
            self._add("providers", self.tr("Wykonawcy usług"),
                      lambda: ProvidersPage(services, actor, bus))
            # Fees paid on the bills, and what each client still owes.
            self._add("fees", self.tr("Opłaty za usługi"),
                      lambda: CarePaymentsPage(services, actor, bus))
        if actor.may(Permission.READ_PLACEMENTS):
            self._add("dps", self.tr("DPS"), lambda: DpsPage(services, actor, bus))
            self._add("shelters", self.tr("Schronienie"), lambda: ShelterPage(services, actor, bus))
            self._add("meals", self.tr("Posiłek"), lambda: MealPage(services, actor, bus))
        build_when_shown(self.pages)
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages)

    def _add(self, key: str, title: str, build: Callable[[], QWidget]) -> None:
        self._slots[key] = LazyPage(build)
        self.pages.addTab(self._slots[key], title)

    def _page(self, key: str) -> QWidget | None:
        """The page (built now if it was not yet), or None when the actor has none such."""
        slot = self._slots.get(key)
        return slot.page() if slot is not None else None

    def _care_page(self) -> CarePage:
        page = CarePage(self.services, self.actor, self.bus)
        # One month's figure, two places to enter it: the care page leads to the carers'.
        page.carers_hours_wanted.connect(self.show_carers_hours)
        return page

    def show_page(self, page: QWidget) -> None:
        show_page(self.pages, page)

    def current_page(self) -> QWidget | None:
        return current_page(self.pages)

    @property
    def care(self) -> CarePage | None:
        return cast("CarePage | None", self._page("care"))

    @property
    def schedule(self) -> SchedulePage | None:
        return cast("SchedulePage | None", self._page("schedule"))

    @property
    def providers(self) -> ProvidersPage | None:
        return cast("ProvidersPage | None", self._page("providers"))

    @property
    def fees(self) -> CarePaymentsPage | None:
        return cast("CarePaymentsPage | None", self._page("fees"))

    @property
    def dps(self) -> DpsPage | None:
        return cast("DpsPage | None", self._page("dps"))

    @property
    def shelters(self) -> ShelterPage | None:
        return cast("ShelterPage | None", self._page("shelters"))

    @property
    def meals(self) -> MealPage | None:
        return cast("MealPage | None", self._page("meals"))

    def show_carers_hours(self, order_id: object, month: object) -> None:
        schedule = self.schedule
        if schedule is None or not isinstance(order_id, uuid.UUID):
            return
        self.show_page(schedule)
        schedule.show_month_of(order_id, month if isinstance(month, dt.date) else None)

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
