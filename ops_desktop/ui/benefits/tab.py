"""The benefits team's tab: its inbox, the applications, and the selected application's panel."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import ApplicationStatus, Ground, Team
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView, CaseView, ReferralView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import ApplicationDialog
from ops_desktop.ui.benefits.application_panel import ApplicationPanel
from ops_desktop.ui.benefits.appeals_page import AppealsPage
from ops_desktop.ui.benefits.payment_lists import PaymentListsPage
from ops_desktop.ui.benefits.undue_claims_page import UndueClaimsPage
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.case_dialogs import CloseCaseDialog, ReopenCaseDialog
from ops_desktop.ui.coordinator.print_centre import PrintCentrePage
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.inbox import InboxPanel
from ops_desktop.ui.services_team.care_decision_entry import CareDecisionEntry
from ops_desktop.ui.services_team.service_act_entry import ServiceActEntry
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object

DEADLINE_COLUMN = 1  # next to the date of receipt, in sight in a narrow list
OVERDUE_COLOUR = QColor("#b00020")  # with the words "po terminie": never colour alone
DUE_SOON_COLOUR = QColor("#8a5a00")  # with the word "wkrótce"


def deadline_text(app: ApplicationView, today: dt.date) -> str:
    """ "05.01.2027"; "05.01.2027 – PO TERMINIE" once it passed with no decision, and
    "05.01.2027 – WKRÓTCE" within a few working days of it."""
    text = date_short(app.kpa_deadline)
    if app.overdue_on(today):
        return QCoreApplication.translate("BenefitsTab", "%1 – PO TERMINIE").replace("%1", text)
    if app.due_soon_on(today):
        return QCoreApplication.translate("BenefitsTab", "%1 – WKRÓTCE").replace("%1", text)
    return text


def deadline_colour(app: ApplicationView, today: dt.date) -> QColor | None:
    if app.overdue_on(today):
        return OVERDUE_COLOUR
    return DUE_SOON_COLOUR if app.due_soon_on(today) else None


# How deep a refresh looks for the chosen application before giving the choice up.
SELECT_DEPTH = 500  # a few pages: looking costs ~10 ms a page when it is not there
PERSON_COLUMN = 3
INBOX_HEIGHT = 260  # pixels in the default window, a third of the tab


class BenefitsTab(QWidget):
    """Inbox on top; applications on the left, the selected one's panel on the right."""

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.inbox = InboxPanel(services, actor, bus, Team.BENEFITS.value, load=False)
        self.inbox.accepted.connect(self._accepted)

        self.model: PagedTableModel[ApplicationView] = PagedTableModel([
            Column(self.tr("Data wpływu"), lambda a: date_short(a.received_on),
                   sort_key=lambda a: a.received_on),
            Column(self.tr("Termin"), lambda a: deadline_text(a, wall_today()),
                   sort_key=lambda a: a.kpa_deadline,
                   header_tooltip=self.tr("Termin załatwienia sprawy (art. 35 KPA)"),
                   foreground=lambda a: deadline_colour(a, wall_today())),
            Column(self.tr("Znak sprawy"), lambda a: a.case_sign),
            Column(self.tr("Osoba"), lambda a: a.person_name,
                   foreground=lambda a: deadline_colour(a, wall_today())),
            Column(self.tr("Forma"), lambda a: labels.vocab(labels.FORMS, a.form),
                   header_tooltip=self.tr("Forma pomocy")),
            Column(self.tr("Status"), self._status),
        ], parent=self)
        self.table = make_table(self.model, "applications_table", self.tr("Wnioski"))
        # The list shares the width with the application's panel: no PESEL column (the panel
        # shows it), and a long name is elided on one line rather than wrapped.
        self.table.setWordWrap(False)
        # The person's name takes what is left (a long name is elided, its tooltip whole);
        # stretching the last column instead pushed "Status" past the list's right edge.
        # Sorting is the service's (the list comes page by page in its order): a click on the
        # date or the deadline header switches between newest first and nearest deadline first.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PERSON_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.title = QLabel()
        self.title.setObjectName("applications_title")
        self.filter = QComboBox()
        self.filter.setObjectName("applications_filter")
        self.filter.setAccessibleName(self.tr("Które wnioski pokazać"))
        self.filter.addItem(self.tr("tylko w toku"), True)
        self.filter.addItem(self.tr("wszystkie"), False)
        self.filter.currentIndexChanged.connect(self.reload_list)
        self.order = QComboBox()
        self.order.setObjectName("applications_order")
        self.order.setAccessibleName(self.tr("Kolejność wniosków"))
        self.order.addItem(self.tr("od najnowszych"), False)
        self.order.addItem(self.tr("wg terminu – najpilniejsze najpierw"), True)
        self.order.currentIndexChanged.connect(self.reload_list)
        self.new_button = QPushButton(self.tr("&Nowy wniosek"))
        self.new_button.setObjectName("new_application")
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(lambda: self.new_application())
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.new_application(),
                  context=Qt.ShortcutContext.WindowShortcut)

        # The application's case (sprawa) closes once the matter is settled; retention of its
        # file counts from then. An application still waiting keeps it open (the service).
        self.close_case_button = QPushButton(self.tr("Zamknij sprawę…"))
        self.close_case_button.setObjectName("close_application_case")
        self.close_case_button.clicked.connect(self.close_case)
        self.reopen_case_button = QPushButton(self.tr("Wznów sprawę…"))
        self.reopen_case_button.setObjectName("reopen_application_case")
        self.reopen_case_button.clicked.connect(self.reopen_case)
        for button in (self.close_case_button, self.reopen_case_button):
            button.setVisible(actor.may(Permission.CLOSE_CASE))

        self.panel = ApplicationPanel(services, actor, bus)
        scroll = QScrollArea()
        scroll.setObjectName("application_panel_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.filter)
        top.addWidget(self.order)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        case_row = QHBoxLayout()
        case_row.addWidget(QLabel(self.tr("Sprawa wybranego wniosku:")))
        case_row.addWidget(self.close_case_button)
        case_row.addWidget(self.reopen_case_button)
        case_row.addStretch()
        # Decisions granting care, when the head hands them to this team: the services
        # team's form on the chosen application's case (ui/services_team/care_decision_entry.py).
        self.care_decision = CareDecisionEntry(
            services, actor, bus, Team.BENEFITS,
            lambda: app.case_id if (app := self.selected_application()) else None)
        # Meal, shelter and DPS decisions, for each kind the head hands to this team.
        self.service_acts = ServiceActEntry(services, actor, bus, Team.BENEFITS)
        left_layout.addLayout(case_row)
        left_layout.addWidget(self.care_decision)
        left_layout.addWidget(self.service_acts)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(left)
        lower.addWidget(scroll)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        lower.setSizes([640, 640])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.inbox)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        # A third for the inbox: a morning's referrals (half a dozen) readable at once, the
        # rest for the applications; the shares are kept when the window grows.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([INBOX_HEIGHT, 2 * INBOX_HEIGHT])
        # Pages: the applications, and the month's payment lists (prepared here, approved by
        # the head in the coordinator tab).
        self.pages = QTabWidget()
        self.pages.setObjectName("benefits_pages")
        self.pages.addTab(splitter, self.tr("Wnioski"))
        self.payment_lists: PaymentListsPage | None = None
        if actor.may(Permission.READ_PAYMENT_LISTS):
            self.payment_lists = PaymentListsPage(services, actor, bus)
            self.pages.addTab(self.payment_lists, self.tr("Listy wypłat"))
        # The team's own papers to print (copies of its decisions, its lists): the print
        # centre's queue as the worker's roles let them see it, their own papers first.
        self.print_page: PrintCentrePage | None = None
        if actor.may(Permission.PRINT_DECISION):
            self.print_page = PrintCentrePage(services, actor, bus)
            self.pages.addTab(self.print_page, self.tr("Wydruki"))
        # Appeals against the team's decisions: the organ's 7 days (art. 133 KPA).
        self.appeals: AppealsPage | None = None
        if actor.may(Permission.READ_APPEALS):
            self.appeals = AppealsPage(services, actor, bus)
            self.pages.addTab(self.appeals, self.tr("Odwołania"))
        # Undue benefits (art. 104 u.p.s.): claims and their recovery decisions.
        self.undue_claims: UndueClaimsPage | None = None
        if actor.may(Permission.MANAGE_UNDUE_CLAIMS):
            self.undue_claims = UndueClaimsPage(services, actor, bus)
            self.pages.addTab(self.undue_claims, self.tr("Nienależnie pobrane świadczenia"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        bus.changed.connect(self.refresh)
        self.refresh()

    # --- the list ---
    def refresh(self) -> None:
        """Reload the inbox and the list, keeping the selected application selected."""
        self.inbox.refresh()
        self.reload_list()

    def reload_list(self) -> None:
        """Reload the list alone, as the filter or the order asks: the inbox does not change
        with them (at 500,000 persons its reading was a third of the wait)."""
        open_only = bool(self.filter.currentData())
        by_deadline = bool(self.order.currentData())
        self._show_order()
        self.table.selectionModel().blockSignals(True)
        try:
            self.model.set_keyset_source(
                lambda last, limit: self.services.applications.page(
                    self.actor, open_only, limit, last, by_deadline=by_deadline),
                lambda: self.services.applications.count(self.actor, open_only),
            )
            self._select(self.panel.app_id)
        finally:
            self.table.selectionModel().blockSignals(False)
        self.title.setText(self.tr("Wnioski: %1").replace("%1", str(self.model.total())))
        self._update_case_buttons()

    def _status(self, app: ApplicationView) -> str:
        status = labels.vocab(labels.APPLICATION_STATUSES, app.status)
        if app.case_closed_on is None:
            return status
        return self.tr("%1, sprawa zamknięta %2").replace("%1", status).replace(
            "%2", date_short(app.case_closed_on))

    def selected_application(self) -> ApplicationView | None:
        return selected_object(self.table, self.model)

    def _update_case_buttons(self) -> None:
        app = self.selected_application()
        closed = app is not None and app.case_closed_on is not None
        # A suspended application (KPA art. 97) keeps its proceeding open like a pending one.
        self.close_case_button.setEnabled(
            app is not None and not closed and app.status not in (ApplicationStatus.REGISTERED,
                                                                  ApplicationStatus.SUSPENDED))
        self.reopen_case_button.setEnabled(closed)

    def close_case(self) -> None:
        self._case_dialog(CloseCaseDialog)

    def reopen_case(self) -> None:
        self._case_dialog(ReopenCaseDialog)

    def _case_dialog(self, kind: type[CloseCaseDialog] | type[ReopenCaseDialog]) -> None:
        app = self.selected_application()
        if app is None or app.case_id is None:
            return
        case = attempt(self, lambda: self.services.cases.get(self.actor, app.case_id))
        if case is None:
            return
        dialog = kind(self.services, self.actor, case, self)
        dialog.exec()
        done = dialog.done_case is not None
        dialog.deleteLater()
        if done:
            self.bus.changed.emit()

    def _header_clicked(self, column: int) -> None:
        if column in (0, DEADLINE_COLUMN):
            self.order.setCurrentIndex(1 - self.order.currentIndex())
        else:  # the other columns are not sortable: the indicator stays where the order is
            self._show_order()

    def _show_order(self) -> None:
        by_deadline = bool(self.order.currentData())
        self.table.horizontalHeader().setSortIndicator(
            DEADLINE_COLUMN if by_deadline else 0,
            Qt.SortOrder.AscendingOrder if by_deadline else Qt.SortOrder.DescendingOrder)

    def _select(self, app_id: uuid.UUID | None) -> bool:
        """Select `app_id`'s row, reading further pages (up to SELECT_DEPTH rows) to find it:
        the application being worked on stays chosen after a refresh, even deep in the list."""
        row = None if app_id is None else self.model.row_of(lambda a: a.id, app_id, SELECT_DEPTH)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _select_quietly(self, app_id: uuid.UUID | None) -> None:
        """Select the row of `app_id` (or none) without asking the panel to show it again."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            if not self._select(app_id):
                self.table.clearSelection()
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()
        self._update_case_buttons()

    def _selected(self) -> None:
        self._update_case_buttons()
        application = selected_object(self.table, self.model)
        if application is not None and application.id != self.panel.app_id:
            self.panel.show_application(application.id)
            # The row of what the panel shows: the old one when the person chose to stay with
            # unsaved incomes, the new one otherwise (saving reloads the list).
            self._select_quietly(self.panel.app_id)

    def select_application(self, app_id: uuid.UUID) -> bool:
        """Show the application in the panel, and select it in the list when it is listed.

        False when the person chose to stay with incomes typed but not saved."""
        self.pages.setCurrentIndex(0)  # "Wnioski", from whichever page was open
        shown = self.panel.show_application(app_id)
        self._select_quietly(self.panel.app_id)
        return shown

    # --- registering ---
    def new_application(self, person_id: uuid.UUID | None = None, person_name: str = "",
                        received_on: dt.date | None = None,
                        grounds: tuple[tuple[Ground, ...], str] = ((), "")) -> None:
        dialog = ApplicationDialog(self.services, self.actor, person_id, person_name, self,
                                   received_on=received_on, grounds=grounds[0],
                                   other_ground=grounds[1])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            created = dialog.created.id
            self.bus.changed.emit()
            self.select_application(created)

    def _accepted(self, case: CaseView, referral: ReferralView) -> None:
        """After taking a referral, offer the application form for that person straight away.

        An application lodged at the desk was received the day the person came there: the
        KPA time limits run from that day, not from the day this team accepted it.
        """
        received_on = None
        if referral.application_lodged and referral.intake_received_at is not None:
            received_on = referral.intake_received_at.date()
        # The art. 7 grounds the desk recorded preset the application's (the worker may change).
        grounds = attempt(self, lambda: self.services.applications.intake_grounds(
            self.actor, referral.id)) or ((), "")
        QTimer.singleShot(0, self, lambda: self.new_application(case.person_id, case.person_name,
                                                                received_on, grounds))
