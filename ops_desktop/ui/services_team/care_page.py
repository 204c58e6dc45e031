"""Usługi opiekuńcze: the orders, the month's hours of the chosen order, and its bills.

The amount of the month's bill is shown, computed from the hours saved and the fee table,
before "Wystaw rachunek" issues it; a month already billed gets a correcting bill that names
the last one. A refusal stands under its field and the typed hours stay.
"""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.permissions import Permission
from ops_desktop.i18n.format import date_short, money, month_year, number
from ops_desktop.domain.vocabulary import DecisionStatus, Team
from ops_desktop.services.care_decisions import CareDecisionTermsView
from ops_desktop.services.care_services import BillView, CareOrderView
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError, ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.services.views import DecisionView
from ops_desktop.ui import guard, labels, pdf
from ops_desktop.ui.benefits.application_dialog import field_box
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact.inputs import labelled_row
from ops_desktop.ui.forms import FieldErrors, choose_data, named, push_button
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.services_team.care_decision_entry import CareDecisionEntry
from ops_desktop.ui.services_team.fee_dialog import CareFeesDialog
from ops_desktop.ui.services_team.order_dialog import CareOrderDialog, typed_hours
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


def _figure(value: object) -> str:
    return format(value, "f").replace(".", ",")


class CarePage(ReadWhenShown):
    # The carers' hours of (order id, month) are wanted: "Harmonogram i godziny" keeps them.
    carers_hours_wanted = Signal(object, object)

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.fields = FieldErrors()
        self.orders: PagedTableModel[CareOrderView] = PagedTableModel([
            Column(self.tr("Osoba"), lambda o: o.person_name),
            Column(self.tr("Znak sprawy"), lambda o: o.case_sign),
            Column(self.tr("Decyzja"), lambda o: o.decision_ref),
            Column(self.tr("Godz./tydz."), lambda o: _figure(o.hours_per_week),
                   lambda o: o.hours_per_week, align_right=True),
            Column(self.tr("Okres"), lambda o: f"{date_short(o.starts_on)} – "
                                               f"{date_short(o.ends_on)}", lambda o: o.starts_on),
            Column(self.tr("Opiekun(ka)"), lambda o: o.carer_name),
        ], parent=self)
        self.orders_table = make_table(self.orders, "care_orders", self.tr("Zlecenia usług"))
        self.orders_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.summary = named(QLabel(), "care_summary", self.tr("Liczba zleceń"))
        self.new_button = push_button(self.tr("&Nowe zlecenie…"), "care_new_order",
                                      self.new_order)
        # The council's resolution is the head's to enter (services/care_services.py).
        self.fees_button = push_button(self.tr("&Odpłatność…"), "care_fees", self.edit_fees)
        self.fees_button.setVisible(actor.may(Permission.OVERSEE_TEAMS))
        # Decisions granting care: the team the office named prepares them (by default this one).
        # On the other team's say-so this says who prepares them instead.
        self.decision_entry = CareDecisionEntry(services, actor, bus, Team.SERVICES)
        self.decision_entry.prepared.connect(self._prepared)
        self.decision_button = self.decision_entry.button
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.fees_button)
        top.addWidget(self.decision_entry)
        top.addWidget(self.new_button)

        self.month = named(QComboBox(), "care_month", self.tr("Miesiąc"))
        self.month.currentIndexChanged.connect(lambda _i: self._month_chosen())
        self.hours = named(QLineEdit(), "care_hours", self.tr("Godziny wykonane w miesiącu"))
        self.hours.setPlaceholderText(self.tr("np. 40 lub 12,5"))
        self.hours.setMaximumWidth(110)
        self.hours.returnPressed.connect(self.save_hours)
        self.save_hours_button = push_button(self.tr("&Zapisz godziny"), "care_save_hours",
                                             self.save_hours)
        # One figure per month, whichever page it was entered on (services/care_hours.py).
        self.hours_source = named(QLabel(), "care_hours_source", self.tr("Skąd są godziny"))
        self.hours_source.setWordWrap(True)
        self.carers_button = push_button(self.tr("Godziny &opiekunów…"), "care_carers_hours",
                                         self.open_carers_hours)
        self.preview = named(QLabel(), "care_preview", self.tr("Wyliczenie rachunku"))
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 2 + 4)
        self.issue_button = push_button(self.tr("&Wystaw rachunek"), "care_issue", self.issue)
        self.bills: PagedTableModel[BillView] = PagedTableModel([
            Column(self.tr("Numer"), lambda b: b.number),
            Column(self.tr("Miesiąc"), lambda b: month_year(b.month), lambda b: b.month),
            Column(self.tr("Godziny"), lambda b: _figure(b.hours), lambda b: b.hours,
                   align_right=True),
            Column(self.tr("Odpłatność"), lambda b: f"{_figure(b.fee_percent)}%",
                   lambda b: b.fee_percent, align_right=True),
            Column(self.tr("Kwota"), lambda b: money(b.amount), lambda b: b.amount,
                   align_right=True),
            Column(self.tr("Wystawiony"), lambda b: date_short(b.issued_on), lambda b: b.issued_on),
            Column(self.tr("Koryguje"), lambda b: b.corrects_number or ""),
        ], parent=self)
        self.bills_table = make_table(self.bills, "care_bills", self.tr("Rachunki"))
        self.print_button = push_button(self.tr("&Drukuj rachunek"), "care_print", self.print_bill)
        self.bills_table.selectionModel().selectionChanged.connect(
            lambda *_: self.print_button.setEnabled(self.selected_bill() is not None))

        form = QFormLayout()
        labelled_row(form, self.tr("&Miesiąc:"), field_box(self.fields, "month", self.month),
                     self.month)
        labelled_row(form, self.tr("&Godziny:"), field_box(
            self.fields, "hours", self.hours, self.hours, self.save_hours_button,
            self.carers_button), self.hours)
        form.addRow("", self.hours_source)
        issue_row = QHBoxLayout()
        issue_row.addWidget(self.issue_button)
        issue_row.addStretch(1)
        issue_row.addWidget(self.print_button)
        self.month_box = QGroupBox(self.tr("Godziny i rachunek"))
        self.month_box.setObjectName("care_month_box")
        month_layout = QVBoxLayout(self.month_box)
        month_layout.addLayout(form)
        month_layout.addWidget(self.preview)
        month_layout.addLayout(issue_row)
        month_layout.addWidget(self.bills_table, 1)

        # The team's decisions granting care: drafts waiting for the head, and signed ones.
        self.decisions: PagedTableModel[CareDecisionTermsView] = PagedTableModel([
            Column(self.tr("Osoba"), lambda d: d.person_name),
            Column(self.tr("Znak sprawy"), lambda d: d.case_sign),
            Column(self.tr("Stan"), lambda d: self._state(d)),
            Column(self.tr("Rodzaj usług"), lambda d: labels.vocab(labels.FORMS, d.kind)),
            Column(self.tr("Okres"), lambda d: f"{date_short(d.period_from)} – "
                                               f"{date_short(d.period_to)}", lambda d: d.period_from),
            Column(self.tr("Godziny"), lambda d: f"{_figure(d.hours)} "
                   f"{labels.vocab(labels.HOURS_UNITS, d.hours_unit)}"),
            Column(self.tr("Odpłatność"), lambda d: f"{_figure(d.fee_percent)}%",
                   lambda d: d.fee_percent, align_right=True),
        ], parent=self)
        self.decisions_table = make_table(self.decisions, "care_decisions",
                                          self.tr("Decyzje o usługach"))
        self.decisions_table.selectionModel().selectionChanged.connect(
            lambda *_: self._decision_chosen())
        self.preview_decision_button = push_button(self.tr("&Podgląd decyzji"),
                                                   "care_decision_preview", self.show_decision)
        self.discard_button = push_button(self.tr("&Usuń projekt"), "care_decision_discard",
                                          self.discard_decision)
        self.discard_button.setVisible(not self.decision_button.isHidden())
        decisions_page = QWidget()
        decisions_layout = QVBoxLayout(decisions_page)
        decisions_layout.setContentsMargins(0, 0, 0, 0)
        decisions_layout.addWidget(self.decisions_table)
        decision_buttons = QHBoxLayout()
        decision_buttons.addStretch(1)
        decision_buttons.addWidget(self.discard_button)
        decision_buttons.addWidget(self.preview_decision_button)
        decisions_layout.addLayout(decision_buttons)
        self.upper_tabs = QTabWidget()
        self.upper_tabs.setObjectName("care_upper_tabs")
        self.upper_tabs.addTab(self.orders_table, self.tr("Zlecenia"))
        self.upper_tabs.addTab(decisions_page, self.tr("Decyzje"))

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.upper_tabs)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.month_box)
        splitter.setSizes([260, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # Read when first shown: the services tab is built at sign-in (ui/read_when_shown.py).
        bus.changed.connect(self.refresh)

    # --- reading ---
    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        chosen = self.chosen_order()
        try:
            s, a = self.services, self.actor
            self.orders.set_source(lambda offset, limit: s.care_services.orders(a, limit, offset),
                                   lambda: s.care_services.count_orders(a))
        except (DomainError, StorageEnvironmentError) as exc:
            self.summary.setText(guard.describe(exc))
            return
        self.summary.setText(self.tr("Zlecenia usług opiekuńczych: %1")
                             .replace("%1", str(self.orders.total())))
        self.decisions.set_source(lambda offset, limit: s.care_decisions.page(a, limit, offset),
                                  lambda: s.care_decisions.count(a))
        self._decision_chosen()
        row = None if chosen is None else self.orders.row_of(lambda o: o.id, chosen.id)
        if row is not None:
            self.orders_table.selectRow(row)
        self._chosen()

    def chosen_order(self) -> CareOrderView | None:
        return selected_object(self.orders_table, self.orders)

    def selected_bill(self) -> BillView | None:
        return selected_object(self.bills_table, self.bills)

    def _chosen(self) -> None:
        """Fill the months of the chosen order's period up to this month; keep the month."""
        order = self.chosen_order()
        self.month_box.setEnabled(order is not None)
        wanted = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        if order is not None:
            month = order.starts_on.replace(day=1)
            last = min(order.ends_on, wall_today()).replace(day=1)
            while month <= last:
                self.month.insertItem(0, month_year(month), month)
                month = add_months(month, 1)
            if wanted is None or not choose_data(self.month, wanted):
                self.month.setCurrentIndex(min(1, self.month.count() - 1))
        self.month.blockSignals(False)
        self._month_chosen()

    def _month_chosen(self) -> None:
        order, month = self.chosen_order(), self.month.currentData()
        self.fields.clear()
        self.bills.set_rows([])
        self.preview.clear()
        self.issue_button.setEnabled(False)
        self.print_button.setEnabled(False)
        if order is None or month is None:
            return
        bills = guard.attempt(self, lambda: self.services.care_services.bills(self.actor, order.id))
        self.bills.set_rows(bills or [])
        self._show_month_hours()
        self._show_preview()

    def _show_month_hours(self) -> None:
        """The month's figure the bill reads, the same the carers' page shows: typed here for
        the order, or the sum of the carers' hours kept there (then read-only here)."""
        order, month = self.chosen_order(), self.month.currentData()
        if order is None or month is None:
            return
        m = guard.attempt(self, lambda: self.services.care_hours.month_hours(
            self.actor, order.id, month))
        per_carer = m is not None and m.per_carer
        self.hours.setReadOnly(per_carer)
        self.save_hours_button.setEnabled(not per_carer)
        self.hours.setText("" if m is None or (m.total == 0 and not per_carer)
                           else _figure(m.total))
        if m is None:
            self.hours_source.clear()
            return
        text = (self.tr("Suma godzin opiekunów: %1 godz. – wpisuje się je w „Harmonogram i "
                        "godziny” (przycisk obok).") if per_carer else
                self.tr("Godziny zlecenia w miesiącu: %1 godz. Jeśli opiekunowie są "
                        "przydzieleni, wpisuj godziny każdego z nich w „Harmonogram i "
                        "godziny”.")).replace("%1", number(m.total))
        if m.granted is not None:
            text += self.tr(" Decyzja przyznaje w tym miesiącu %1 godz.").replace(
                "%1", number(m.granted))
        self.hours_source.setText(text)

    def _month_bills(self) -> list[BillView]:
        month = self.month.currentData()
        return [self.bills.row_object(r) for r in range(self.bills.rowCount())
                if (b := self.bills.row_object(r)) is not None and b.month == month]  # type: ignore[misc]

    def _show_preview(self) -> None:
        order, month = self.chosen_order(), self.month.currentData()
        if order is None or month is None:
            return
        try:
            p = self.services.care_services.preview_bill(self.actor, order.id, month)
        except ValidationError as exc:
            self.preview.setText(self.tr("Rachunku nie można wyliczyć: %1").replace(
                "%1", " ".join(labels.error(e.code) for e in exc.errors)))
            return
        except (DomainError, StorageEnvironmentError) as exc:
            self.preview.setText(self.tr("Rachunku nie można wyliczyć: %1").replace(
                "%1", guard.describe(exc)))
            return
        text = (self.tr("Do zapłaty: %1 (%2 godz. × %3 × %4%; dochód %5% kryterium)")
                .replace("%1", money(p.amount)).replace("%2", _figure(p.hours))
                .replace("%3", money(p.hourly_cost)).replace("%4", _figure(p.fee_percent))
                .replace("%5", _figure(p.income_share)))
        if p.example_table:
            text += self.tr(" – tabela przykładowa, nie uchwała rady gminy")
        earlier = self._month_bills()
        if earlier:
            last = earlier[-1]
            text += self.tr("\nWystawiono już rachunek %1 na %2; nowy będzie korektą.").replace(
                "%1", last.number).replace("%2", money(last.amount))
            self.issue_button.setText(self.tr("&Wystaw rachunek korygujący"))
        else:
            self.issue_button.setText(self.tr("&Wystaw rachunek"))
        if not p.billable:
            # Hours of the month so far may be entered; its bill waits for the month's end.
            text += self.tr("\nMiesiąc jeszcze trwa: rachunek za niego można wystawić od %1.") \
                .replace("%1", date_short(p.billable_from))
        self.preview.setText(text)
        self.issue_button.setEnabled(p.billable)

    # --- writing ---
    def new_order(self) -> None:
        dialog = CareOrderDialog(self.services, self.actor, self)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if saved is not None:
            self.bus.changed.emit()
            row = self.orders.row_of(lambda o: o.id, saved.id)
            if row is not None:
                self.orders_table.selectRow(row)

    def _state(self, d: CareDecisionTermsView) -> str:
        if d.status is DecisionStatus.SIGNED and d.issued_on is not None:
            return self.tr("podpisana %1").replace("%1", date_short(d.issued_on))
        return self.tr("projekt – czeka na podpis")

    def chosen_decision(self) -> CareDecisionTermsView | None:
        return selected_object(self.decisions_table, self.decisions)

    def _decision_chosen(self) -> None:
        d = self.chosen_decision()
        self.preview_decision_button.setEnabled(d is not None)
        self.discard_button.setEnabled(d is not None and d.status is DecisionStatus.DRAFT)

    def show_decision(self) -> None:
        d = self.chosen_decision()
        if d is None:
            return
        data = guard.attempt(self, lambda: self.services.care_decisions.render(
            self.actor, d.decision_id))
        if data is not None:
            pdf.hand_over(self, data, f"decyzja_{d.case_sign.replace('/', '_')}.pdf")

    def confirm_discard(self, d: CareDecisionTermsView) -> bool:
        answer = QMessageBox.question(self, self.tr("Usuń projekt"), self.tr(
            "Usunąć projekt decyzji %1 (%2)? Kierownik nie zobaczy go już do podpisu.")
            .replace("%1", d.case_sign).replace("%2", d.person_name))
        return answer == QMessageBox.StandardButton.Yes

    def discard_decision(self) -> None:
        d = self.chosen_decision()
        if d is None or d.status is not DecisionStatus.DRAFT or not self.confirm_discard(d):
            return
        done = guard.attempt(self, lambda: self.services.care_decisions.discard(
            self.actor, d.decision_id) or True)
        if done:
            self.bus.changed.emit()

    def _prepared(self, saved: DecisionView) -> None:
        """The draft waits for the head's signature: its list is shown, and it is said."""
        self.upper_tabs.setCurrentIndex(1)
        self.summary.setText(self.tr("Projekt decyzji %1 (%2) czeka na podpis kierownika.")
                             .replace("%1", saved.case_sign)
                             .replace("%2", labels.vocab(labels.FORMS, saved.form)))

    def edit_fees(self) -> None:
        dialog = CareFeesDialog(self.services, self.actor, self)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if saved:
            self._show_preview()

    def save_hours(self) -> None:
        order, month = self.chosen_order(), self.month.currentData()
        if order is None or month is None:
            return
        hours = typed_hours(self.hours.text())
        self.fields.clear()
        saved = guard.attempt(self, lambda: self.services.care_services.record_hours(
            self.actor, order.id, month, hours), self.fields)  # type: ignore[arg-type]
        if saved is not None:
            self._show_month_hours()
            self._show_preview()
            self.bus.changed.emit()  # the carers' page shows the same month's figure

    def open_carers_hours(self) -> None:
        order, month = self.chosen_order(), self.month.currentData()
        if order is not None:
            self.carers_hours_wanted.emit(order.id, month)

    def issue(self) -> None:
        order, month = self.chosen_order(), self.month.currentData()
        if order is None or month is None:
            return
        earlier = self._month_bills()
        corrects = earlier[-1].id if earlier else None
        issued = guard.attempt(self, lambda: self.services.care_services.issue_bill(
            self.actor, order.id, month, corrects), self.fields)
        if issued is not None:
            self._month_chosen()
            row = self.bills.row_of(lambda b: b.id, issued.id)
            if row is not None:
                self.bills_table.selectRow(row)

    def print_bill(self) -> None:
        bill = self.selected_bill()
        if bill is None:
            return
        data = guard.attempt(self, lambda: self.services.care_services.render_bill(
            self.actor, bill.id))
        if data is not None:
            pdf.hand_over(self, data, f"rachunek_{bill.number.replace('/', '_')}.pdf")
