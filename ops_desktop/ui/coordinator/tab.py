"""The coordinator's tab: how the teams stand, drafts to sign in a stack, signed decisions to print."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import DecisionStatus, Team
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.services.views import DecisionView
from ops_desktop.ui import guard, labels
from ops_desktop.ui.benefits.appeals_page import AppealsPage
from ops_desktop.ui.benefits.payment_lists import PaymentListsPage
from ops_desktop.ui.benefits.undue_claims_page import UndueClaimsPage
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.application_deadlines import ApplicationDeadlinesPage
from ops_desktop.ui.coordinator.blue_card_deadlines import BlueCardDeadlinesPage
from ops_desktop.ui.coordinator.dashboard import DashboardPage
from ops_desktop.ui.coordinator.dashboard_open import show_item
from ops_desktop.ui.coordinator.data_protection import DataProtectionDialog
from ops_desktop.ui.coordinator.exchange_conflicts import ConflictsPage
from ops_desktop.ui.coordinator.packages import PackagesPage
from ops_desktop.ui.coordinator.print_centre import PrintCentrePage
from ops_desktop.ui.coordinator.merged_pages import MergedPages, Source
from ops_desktop.ui.coordinator.other_drafts import (
    OtherDraft,
    other_drafts,
    other_signed,
    signed_sources,
)
from ops_desktop.ui.coordinator.refused_changes import RefusedChangesPage
from ops_desktop.ui.coordinator.sign_confirmation import SignConfirmation, kind_text, period_text
from ops_desktop.ui.coordinator.statistics import StatisticsDialog
from ops_desktop.ui.coordinator.workload import WorkloadPage
from ops_desktop.ui.forms import push_button
from ops_desktop.ui.grants_panel import PendingGrantsPanel
from ops_desktop.ui.pdf import hand_over
from ops_desktop.ui.printing import Printed, print_decisions
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table

WARNING = QColor("#b00020")


def _warning(d: DecisionView) -> QColor | None:
    """A draft that cannot be signed is said in words, and in red."""
    return WARNING if d.interview_missing else None


class CoordinatorTab(QWidget):
    """Everything here works on many decisions at once; each list is paged from the store."""

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.overview = QLabel()
        self.overview.setObjectName("coordinator_overview")
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.TextFormat.PlainText)
        self.overview.setStyleSheet("QLabel { padding: 6px; font-weight: bold; "
                                    "border: 1px solid palette(mid); background: palette(base); }")

        self.drafts = self._model(signed=False)
        self.drafts_table = self._table(self.drafts, "drafts_table", self.tr("Projekty decyzji do podpisu"))
        self.sign_button = push_button(self.tr("&Podpisz zaznaczone"), "sign_selected", self.sign_selected)
        self.preview_draft = push_button(self.tr("Podgląd"), "preview_draft",
                                          lambda: self._preview(self.drafts_table, self.drafts))
        self.sign_report = QLabel()
        self.sign_report.setObjectName("sign_report")
        self.sign_report.setWordWrap(True)

        self.signed = self._model(signed=True)
        self.signed_table = self._table(self.signed, "signed_table", self.tr("Decyzje podpisane"))
        self.print_selected_button = push_button(self.tr("&Drukuj zaznaczone"), "print_selected",
                                                  self.print_selected)
        # Today's stack, not ten years of decisions: older ones are chosen in the list.
        self.print_all_button = push_button(self.tr("Drukuj &wydane dziś"), "print_all_signed",
                                             self.print_all)
        self.preview_signed = push_button(self.tr("Podgląd"), "preview_signed",
                                           lambda: self._preview(self.signed_table, self.signed))
        self.print_report = QLabel()
        self.print_report.setObjectName("print_report")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._group(self.tr("Projekty decyzji do podpisu"), self.drafts_table,
                                       [self.sign_button, self.preview_draft], self.sign_report))
        splitter.addWidget(self._group(self.tr("Decyzje podpisane"), self.signed_table,
                                       [self.print_selected_button, self.print_all_button,
                                        self.preview_signed], self.print_report))
        # The head's data-protection duties (art. 15 RODO copies, retention) in their own window.
        self.data_protection_button = push_button(self.tr("Ochrona danych osobowych…"),
                                                   "data_protection", self.open_data_protection)
        self.data_protection_button.setVisible(actor.may(Permission.EXPORT_PERSON_DATA)
                                               or actor.may(Permission.ANONYMISE_PERSONS))
        # The half-year and yearly figures for the MRPiPS-03 report, traceable to the cases.
        self.statistics_button = push_button(self.tr("Statystyka półroczna…"), "statistics",
                                              self.open_statistics)
        self.statistics_button.setVisible(actor.may(Permission.VIEW_STATISTICS))
        # Lists of the head's own making, exported for the office's spreadsheets.
        self.adhoc_button = push_button(self.tr("Zestawienia własne…"), "adhoc_lists",
                                         self.open_adhoc_lists)
        self.adhoc_button.setVisible(actor.may(Permission.OVERSEE_TEAMS))
        # Which team prepares decisions granting care (an office setting, audited).
        self.care_team_button = push_button(self.tr("Kto przygotowuje decyzje…"), "care_team_setting",
                                             self.open_care_team)
        self.care_team_button.setVisible(actor.may(Permission.OVERSEE_TEAMS))
        # Two records of one person (registered twice while PCs were apart) made one.
        self.merge_button = push_button(self.tr("Scal rekordy osoby…"), "person_merge",
                                        self.open_person_merge)
        self.merge_button.setVisible(actor.may(Permission.MERGE_PERSONS))
        top = QHBoxLayout()
        top.addWidget(self.overview, 1)
        top.addWidget(self.merge_button)
        top.addWidget(self.statistics_button)
        top.addWidget(self.adhoc_button)
        top.addWidget(self.care_team_button)
        top.addWidget(self.data_protection_button)
        # What the exchange between the office's PCs could not decide by itself.
        self.pages = QTabWidget()
        self.pages.setObjectName("coordinator_pages")
        # The head's first page: what is open, waiting and late in every team (issue 15).
        self.dashboard_page = DashboardPage(services, actor, bus)
        self.pages.addTab(self.dashboard_page, self.tr("Pulpit"))
        self.dashboard_page.open_item.connect(lambda item: show_item(self, item))
        self.decisions_page = splitter
        self.pages.addTab(splitter, self.tr("Decyzje"))
        # Every kind of paper the office prints, to the office's printer.
        self.print_centre_page = PrintCentrePage(services, actor, bus)
        self.pages.addTab(self.print_centre_page, self.tr("Centrum wydruku"))
        self.workload_page = WorkloadPage(services, actor, bus)
        self.pages.addTab(self.workload_page, self.tr("Obciążenie pracowników"))
        # Payment lists the benefits team prepared, waiting for the head's approval.
        self.payment_lists_page = PaymentListsPage(services, actor, bus, approving=True)
        self.pages.addTab(self.payment_lists_page, self.tr("Listy wypłat do zatwierdzenia"))
        # Appeals and their 7 days, seen (the benefits team handles them).
        self.appeals_page = AppealsPage(services, actor, bus)
        self.pages.addTab(self.appeals_page, self.tr("Odwołania"))
        # Service packages for target groups: the catalogue and the packages in use.
        self.packages_page = PackagesPage(services, actor, bus)
        self.pages.addTab(self.packages_page, self.tr("Pakiety usług"))
        # Recovery decisions of undue benefits (art. 104 ust. 3 u.p.s.): drafts to sign there.
        self.undue_claims_page = UndueClaimsPage(services, actor, bus)
        self.pages.addTab(self.undue_claims_page, self.tr("Nienależnie pobrane świadczenia"))
        self.conflicts_page = ConflictsPage(services, actor, bus)
        self.refused_page = RefusedChangesPage(services, actor, bus)
        # The head is the second person on the administrator's grants of roles.
        self.grants_page = PendingGrantsPanel(services, actor, bus)
        # Niebieska Karta steps the social-work team let pass their deadline.
        self.blue_card_page = BlueCardDeadlinesPage(services, actor, bus)
        for page, title in ((self.conflicts_page, self.tr("Konflikty wymiany (%1)")),
                            (self.refused_page, self.tr("Zmiany odrzucone (%1)")),
                            (self.grants_page, self.tr("Prośby o uprawnienia (%1)")),
                            (self.blue_card_page, self.tr("Niebieska Karta – terminy (%1)"))):
            self.pages.addTab(page, "")
            index = self.pages.indexOf(page)
            page.counted.connect(lambda n, i=index, t=title:
                                 self.pages.setTabText(i, t.replace("%1", str(n))))
            self.pages.setTabText(index, title.replace("%1", str(page.model.rowCount())))
        # Applications past (or near) their KPA deadline, counted per worker; the title
        # counts the overdue applications, not the workers.
        self.application_deadlines_page = ApplicationDeadlinesPage(services, actor, bus)
        deadlines_title = self.tr("Terminy wniosków – po terminie: %1")
        deadlines_index = self.pages.addTab(self.application_deadlines_page, "")

        def title_deadlines(overdue: int) -> None:
            self.pages.setTabText(deadlines_index, deadlines_title.replace("%1", str(overdue)))

        # Counted by the page when it is read, and meanwhile by the dashboard (computed off
        # the screen's thread at sign-in): the same applications past their KPA deadline.
        self.application_deadlines_page.counted.connect(title_deadlines)
        self.dashboard_page.computed.connect(lambda: title_deadlines(
            self.dashboard_page.dashboard.rows[0].count("kpa_application").overdue))
        self.pages.setTabText(deadlines_index, self.tr("Terminy wniosków"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        bus.changed.connect(self.refresh)
        self.refresh()

    # --- building ---
    def _model(self, signed: bool) -> PagedTableModel[DecisionView]:
        columns: list[Column[DecisionView]] = []
        if signed:
            columns.append(Column(self.tr("Wydana"), lambda d: date_short(d.issued_on),
                                  sort_key=lambda d: d.issued_on))
        columns += [
            Column(self.tr("Znak sprawy"), lambda d: d.case_sign),
            Column(self.tr("Osoba"), lambda d: d.person_name),
            Column(self.tr("Forma pomocy"), lambda d: labels.vocab(labels.FORMS, d.form)),
            Column(self.tr("Rodzaj"), kind_text),
            Column(self.tr("Kwota"), lambda d: money(d.amount), sort_key=lambda d: d.amount,
                   align_right=True),
            Column(self.tr("Okres"), period_text),
        ]
        if signed:
            columns.append(Column(self.tr("Podpisał(a)"), lambda d: d.signatory_name))
        else:
            # Art. 106 ust. 4 u.p.s.: the head sees before trying which draft cannot be signed
            # (next to the person, not scrolled out of sight at the end of the row).
            columns.insert(2, Column(self.tr("Uwagi"), self._remark, foreground=_warning))
        return PagedTableModel(columns, parent=self)

    def _remark(self, d: DecisionView) -> str:
        return (self.tr("Brak wywiadu środowiskowego – nie można podpisać")
                if d.interview_missing else "")

    @staticmethod
    def _table(model: PagedTableModel[DecisionView], name: str, accessible: str) -> QTableView:
        table = make_table(model, name, accessible)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        return table

    @staticmethod
    def _group(title: str, table: QTableView, buttons: list[QPushButton], report: QLabel) -> QGroupBox:
        group = QGroupBox(title)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addWidget(report, 1)
        layout = QVBoxLayout(group)
        layout.addWidget(table)
        layout.addLayout(row)
        return group

    # --- showing ---
    def refresh(self) -> None:
        """Reload the lists; a refusal (the head's roles changed meanwhile) is said on top."""
        try:
            self._reload()
        except (DomainError, StorageEnvironmentError) as exc:
            self.overview.setText(guard.describe(exc))

    def _reload(self) -> None:
        s, a = self.services, self.actor
        # The signed DPS, shelter and meal decisions stand in their place by issue date
        # among the decisions: each kind read a page at a time as the head scrolls.
        signed = MergedPages([Source(
            lambda last, limit: s.decisions.page(a, DecisionStatus.SIGNED, limit, last),
            lambda: s.decisions.count(a, DecisionStatus.SIGNED)), *signed_sources(s, a)],
            key=lambda d: d.issued_on or dt.date.min)
        # Not counted: nobody reads how many there are, and counting every signed decision
        # of a city took a quarter of a second at each refresh.
        self.signed.set_keyset_source(signed.fetch_after, None)
        # The other acts' drafts (recovery, DPS, shelter: few) head the first page; the
        # decisions' follow, so the row a later page is asked after is always a decision.
        others = other_drafts(s, a)
        self.drafts.set_keyset_source(
            lambda last, limit: (others if last is None else []) + s.decisions.page(
                a, DecisionStatus.DRAFT, limit, last if isinstance(last, DecisionView) else None),
            lambda: len(others) + s.decisions.count(a, DecisionStatus.DRAFT))
        pending = " · ".join(f"{labels.vocab(labels.TEAMS, t)} {s.referrals.inbox_count(a, t.value)}"
                             for t in Team)
        self.overview.setText(self.tr("Skierowania oczekujące: %1   |   Wnioski w toku: %2   |   "
                                      "Projekty decyzji do podpisu: %3")
                              .replace("%1", pending)
                              .replace("%2", str(s.applications.count(a, open_only=True)))
                              .replace("%3", str(self.drafts.total())))
        can_sign = s.office.user(a.user_id).can_sign_today
        self.sign_button.setEnabled(can_sign)
        self.sign_button.setToolTip("" if can_sign else
                                    self.tr("Nie masz ważnego upoważnienia do podpisywania decyzji."))

    @staticmethod
    def _chosen(table: QTableView, model: PagedTableModel[DecisionView]) -> list[DecisionView]:
        rows = sorted(i.row() for i in table.selectionModel().selectedRows())
        return [d for d in (model.row_object(r) for r in rows) if d is not None]

    # --- acting ---
    def open_data_protection(self) -> None:
        dialog = DataProtectionDialog(self.services, self.actor, self.bus, self)
        dialog.exec()
        dialog.deleteLater()

    def open_person_merge(self) -> None:
        from ops_desktop.ui.coordinator.person_merge import PersonMergeDialog

        dialog = PersonMergeDialog(self.services, self.actor, self)
        dialog.exec()
        dialog.deleteLater()

    def open_adhoc_lists(self) -> None:
        from ops_desktop.ui.coordinator.adhoc_lists import AdhocListDialog

        dialog = AdhocListDialog(self.services, self.actor, self)
        dialog.exec()
        dialog.deleteLater()

    def open_care_team(self) -> None:
        from ops_desktop.ui.coordinator.care_team_setting import CareTeamDialog

        dialog = CareTeamDialog(self.services, self.actor, self.bus, self)
        dialog.exec()
        dialog.deleteLater()

    def open_statistics(self) -> None:
        dialog = StatisticsDialog(self.services, self.actor, self)
        dialog.exec()
        dialog.deleteLater()

    def sign_selected(self) -> None:
        """Sign each chosen draft; say how many were signed and why any was not."""
        chosen = self._chosen(self.drafts_table, self.drafts)
        if not chosen:
            self.sign_report.setText(self.tr("Zaznacz projekty decyzji do podpisu."))
            return
        if not self.confirm_signing(chosen):
            self.sign_report.setText(self.tr("Nie podpisano."))
            return
        signed, failures = 0, []
        for d in chosen:
            try:
                if isinstance(d, OtherDraft):
                    d.sign(self.actor)
                else:
                    self.services.decisions.sign(self.actor, d.id)
                signed += 1
            except (DomainError, StorageEnvironmentError) as exc:
                failures.append(f"{d.case_sign} – {d.person_name}: {guard.describe(exc)}")
        report = (self.tr("Podpisano %1 z %2 decyzji.").replace("%1", str(signed))
                  .replace("%2", str(len(chosen))))
        self.sign_report.setText(report)
        if signed:
            self.bus.changed.emit()
        if failures:
            guard.message(self, "\n".join([report, *failures]))

    def confirm_signing(self, chosen: list[DecisionView]) -> bool:
        """What the signature covers, with the preview one click away; True to sign."""
        name = (f"projekt_decyzji_{chosen[0].case_sign}" if len(chosen) == 1
                else f"projekty_decyzji_{wall_today().isoformat()}")
        dialog = SignConfirmation(chosen, lambda: self._preview_drafts(chosen, name), self)
        answer = dialog.exec()
        dialog.deleteLater()
        return answer == SignConfirmation.DialogCode.Accepted

    def print_selected(self) -> None:
        chosen = self._chosen(self.signed_table, self.signed)
        if not chosen:
            self.print_report.setText(self.tr("Zaznacz decyzje do wydruku."))
            return
        self._print([d.id for d in chosen if not isinstance(d, OtherDraft)],
                    f"decyzje_{wall_today().isoformat()}",
                    [d for d in chosen if isinstance(d, OtherDraft)])

    def print_all(self) -> None:
        """Every decision issued today: the decisions', then the DPS, shelter and meal ones."""
        today = wall_today()
        ids = self.services.decisions.signed_ids(self.actor, issued_on=today)
        others = other_signed(self.services, self.actor, issued_on=today)
        if not ids and not others:
            self.print_report.setText(self.tr("Dziś nie wydano żadnej decyzji."))
            return
        self._print(ids, f"decyzje_{today.isoformat()}", others)

    def _preview_drafts(self, chosen: list[DecisionView], name: str) -> None:
        """The decisions' drafts in one print; each other act's draft on its own."""
        for d in chosen:
            if isinstance(d, OtherDraft):
                self._preview_other(d)
        ids = [d.id for d in chosen if not isinstance(d, OtherDraft)]
        if ids:
            self._print(ids, name)

    def _preview_other(self, d: OtherDraft) -> None:
        data = guard.attempt(self, lambda: d.document(self.actor))
        if data is not None:
            hand_over(self, data, d.file_stem)

    def _preview(self, table: QTableView, model: PagedTableModel[DecisionView]) -> None:
        chosen = self._chosen(table, model)
        if chosen and isinstance(chosen[0], OtherDraft):
            self._preview_other(chosen[0])
        elif chosen:
            d = chosen[0]
            prefix = "projekt_decyzji" if d.status is DecisionStatus.DRAFT else "decyzja"
            self._print([d.id], f"{prefix}_{d.case_sign}")

    def _print(self, ids: list[uuid.UUID], name: str, others: list[OtherDraft] | None = None
               ) -> None:
        others = others or []
        self._printing(True)
        self.print_report.setText(self.tr("Przygotowuję wydruk: %1 decyzji…").replace(
            "%1", str(len(ids) + len(others))))
        print_decisions(self, self.services, self.actor, ids, name, self._printed,
                        [lambda d=d: d.document(self.actor) for d in others])

    def _printed(self, outcome: Printed, path: Path | None) -> None:
        self._printing(False)
        self.print_report.setText({
            Printed.OPENED: self.tr("Wydruk otwarty w przeglądarce PDF (plik: %1)."),
            Printed.SAVED: self.tr("Przeglądarka PDF się nie otworzyła – plik zapisano: %1"),
            Printed.CANCELLED: self.tr("Wydruk anulowano."),
            Printed.FAILED: self.tr("Wydruk się nie udał."),
        }[outcome].replace("%1", str(path)))

    def _printing(self, busy: bool) -> None:
        for button in (self.print_selected_button, self.print_all_button, self.preview_signed,
                       self.preview_draft):
            button.setEnabled(not busy)
