"""Opłaty za usługi: each client's fees for a month – billed, paid, still owed, arrears from
earlier months – and the payment recorded against one of the client's bills.

The bill itself is never touched (services/care_payments.py); a refusal stands under its
field and what was typed stays.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import PaymentMethod
from ops_desktop.i18n.format import date_short, money, month_year
from ops_desktop.services.care_payments import ClientBalance, PaymentInput, PaymentView
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact.inputs import labelled_row
from ops_desktop.ui.forms import FieldErrors, choose_data, named, push_button, vocab_combo
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.services_team.order_dialog import typed_money
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object

ZERO = Decimal("0.00")


def _amount(column: str, value: object) -> Column:
    return Column(column, lambda b: money(getattr(b, value)),  # type: ignore[arg-type]
                  lambda b: getattr(b, value), align_right=True)  # type: ignore[arg-type]


class CarePaymentsPage(ReadWhenShown):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.fields = FieldErrors()
        self.month = named(QComboBox(), "fees_month", self.tr("Miesiąc"))
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh_balances())
        self.summary = named(QLabel(), "fees_summary", self.tr("Podsumowanie opłat"))
        self.summary.setWordWrap(True)
        self.clients: PagedTableModel[ClientBalance] = PagedTableModel([
            Column(self.tr("Osoba"), lambda c: c.person_name),
            Column(self.tr("Znak sprawy"), lambda c: c.case_sign),
            _amount(self.tr("Rachunek za miesiąc"), "billed"),
            _amount(self.tr("Wpłacono"), "paid"),
            _amount(self.tr("Pozostało"), "outstanding"),
            _amount(self.tr("Zaległość z poprzednich miesięcy"), "arrears"),
            _amount(self.tr("Razem do zapłaty"), "due"),
            _amount(self.tr("Nadpłata"), "overpaid"),
        ], parent=self)
        self.clients_table = make_table(self.clients, "fees_clients",
                                        self.tr("Opłaty klientów"))
        self.clients_table.selectionModel().selectionChanged.connect(
            lambda *_: self._client_chosen())
        month_label = QLabel(self.tr("&Miesiąc:"))
        month_label.setBuddy(self.month)
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addWidget(self.summary, 1)

        self.bill = named(QComboBox(), "fees_bill", self.tr("Rachunek, na który wpłacono"))
        self.bill.currentIndexChanged.connect(lambda _i: self._bill_chosen())
        self.paid_on = date_edit("fees_paid_on", self.tr("Data wpłaty"), wall_today())
        self.amount = named(QLineEdit(), "fees_amount", self.tr("Kwota wpłaty"))
        self.amount.setPlaceholderText(self.tr("np. 120,50"))
        self.way = vocab_combo("fees_way", self.tr("Sposób wpłaty"), labels.PAYMENT_METHODS,
                               (PaymentMethod.CASH, PaymentMethod.BANK_TRANSFER))
        self.reference = named(QLineEdit(), "fees_reference",
                               self.tr("Numer dowodu wpłaty lub tytuł przelewu"))
        self.reference.setMaxLength(200)  # the service says what is too long, not the field
        self.save_button = push_button(self.tr("&Zapisz wpłatę"), "fees_save", self.save)
        self.save_button.setVisible(actor.may(Permission.WRITE_CARE_SERVICES))
        form = QFormLayout()
        labelled_row(form, self.tr("&Rachunek:"), field_box(self.fields, "bill_id", self.bill),
                     self.bill)
        labelled_row(form, self.tr("&Data wpłaty:"),
                     field_box(self.fields, "paid_on", self.paid_on), self.paid_on)
        labelled_row(form, self.tr("&Kwota:"), field_box(self.fields, "amount", self.amount),
                     self.amount)
        labelled_row(form, self.tr("&Sposób:"), field_box(self.fields, "way", self.way),
                     self.way)
        labelled_row(form, self.tr("&Dowód wpłaty:"),
                     field_box(self.fields, "reference", self.reference), self.reference)
        self.payments: PagedTableModel[PaymentView] = PagedTableModel([
            Column(self.tr("Data wpłaty"), lambda p: date_short(p.paid_on), lambda p: p.paid_on),
            Column(self.tr("Rachunek"), lambda p: p.bill_number),
            Column(self.tr("Za miesiąc"), lambda p: month_year(p.month), lambda p: p.month),
            _amount(self.tr("Kwota"), "amount"),
            Column(self.tr("Sposób"), lambda p: labels.vocab(labels.PAYMENT_METHODS, p.way)),
            Column(self.tr("Dowód wpłaty / powód wycofania"), lambda p: p.reference),
            Column(self.tr("Uwagi"), lambda p: self._remark(p)),
        ], parent=self)
        self.payments_table = make_table(self.payments, "fees_payments",
                                          self.tr("Wpłaty klienta"))
        self.client_box = QGroupBox(self.tr("Wpłata klienta"))
        self.client_box.setObjectName("fees_client_box")
        box_layout = QVBoxLayout(self.client_box)
        box_layout.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        box_layout.addLayout(save_row)
        box_layout.addWidget(self.payments_table, 1)
        # A payment recorded by mistake is withdrawn, with the reason, by a reversing entry.
        self.withdraw_reason = named(QLineEdit(), "fees_withdraw_reason",
                                     self.tr("Powód wycofania wpłaty"))
        self.withdraw_reason.setPlaceholderText(self.tr("np. wpłata zapisana u złej osoby"))
        self.withdraw_reason.setMaxLength(200)
        self.withdraw_button = push_button(self.tr("&Wycofaj zaznaczoną wpłatę"),
                                           "fees_withdraw", self.withdraw)
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.setVisible(actor.may(Permission.WRITE_CARE_SERVICES))
        self.payments_table.selectionModel().selectionChanged.connect(
            lambda *_: self.withdraw_button.setEnabled(self._withdrawable() is not None))
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(QLabel(self.tr("Powód:")))
        withdraw_row.addWidget(field_box(self.fields, "reason", self.withdraw_reason), 1)
        withdraw_row.addWidget(self.withdraw_button)
        box_layout.addLayout(withdraw_row)

        # The clients above, the chosen one's payment and payments below, half and half.
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.clients_table, 1)
        layout.addWidget(self.client_box, 1)
        # Read when first shown: the services tab builds every page when it is first
        # opened (ui/read_when_shown.py).
        bus.changed.connect(self.refresh)

    # --- reading ---
    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        """The months billed (the latest first), keeping the month and client chosen."""
        wanted = self.month.currentData()
        try:
            months = self.services.care_payments.billed_months(self.actor)
        except (DomainError, StorageEnvironmentError) as exc:
            self.summary.setText(guard.describe(exc))
            return
        self.month.blockSignals(True)
        self.month.clear()
        for month in months:
            self.month.addItem(month_year(month), month)
        if wanted is None or not choose_data(self.month, wanted):
            self.month.setCurrentIndex(0 if months else -1)
        self.month.blockSignals(False)
        self.refresh_balances()

    def refresh_balances(self) -> None:
        chosen = self.chosen_client()
        month = self.month.currentData()
        if month is None:
            self.clients.set_rows([])
            self.summary.setText(self.tr("Nie wystawiono jeszcze żadnego rachunku."))
            self._client_chosen()
            return
        try:
            rows = self.services.care_payments.balances(self.actor, month)
        except (DomainError, StorageEnvironmentError) as exc:
            self.summary.setText(guard.describe(exc))
            return
        self.clients.set_rows(rows)
        owing = [c for c in rows if c.due > 0]
        self.summary.setText(
            self.tr("Klienci: %1; zalega z opłatą: %2; razem do zapłaty: %3")
            .replace("%1", str(len(rows))).replace("%2", str(sum(c.arrears > 0 for c in rows)))
            .replace("%3", money(sum((c.due for c in owing), start=ZERO))))
        row = None if chosen is None else self.clients.row_of(lambda c: c.person_id,
                                                              chosen.person_id)
        if row is not None:
            self.clients_table.selectRow(row)
        self._client_chosen()

    def chosen_client(self) -> ClientBalance | None:
        return selected_object(self.clients_table, self.clients)

    def _client_chosen(self) -> None:
        """The client's bills to pay against (those still owing first) and payments."""
        client = self.chosen_client()
        self.client_box.setEnabled(client is not None)
        self.bill.blockSignals(True)
        wanted = self.bill.currentData()
        self.bill.clear()
        self.payments.set_rows([])
        if client is not None:
            months = sorted(client.months, key=lambda m: (m.remaining <= 0, m.month))
            for m in months:
                self.bill.addItem(self.tr("%1 za %2 – %3, pozostało %4")
                                  .replace("%1", m.number).replace("%2", month_year(m.month))
                                  .replace("%3", money(m.amount))
                                  .replace("%4", money(max(m.remaining, ZERO))),
                                  m.bill_id)
            if wanted is None or not choose_data(self.bill, wanted):
                self.bill.setCurrentIndex(0 if months else -1)
            self.payments.set_rows(guard.attempt(self, lambda: self.services.care_payments
                                                 .payments(self.actor, client.person_id)) or [])
        self.bill.blockSignals(False)
        self._bill_chosen()

    def _bill_chosen(self) -> None:
        """Offer the chosen bill's remainder as the amount; what was typed is kept."""
        client, bill_id = self.chosen_client(), self.bill.currentData()
        if client is None or bill_id is None or self.amount.text().strip():
            return
        owed = next((m.remaining for m in client.months if m.bill_id == bill_id), None)
        if owed is not None and owed > 0:
            self.amount.setText(f"{owed:.2f}".replace(".", ","))

    def _remark(self, p: PaymentView) -> str:
        if p.cancels_id is not None:
            return self.tr("wycofanie wpłaty")
        return self.tr("wycofana") if p.withdrawn else ""

    def _withdrawable(self) -> PaymentView | None:
        chosen = selected_object(self.payments_table, self.payments)
        if chosen is None or chosen.cancels_id is not None or chosen.withdrawn:
            return None
        return chosen

    # --- writing ---
    def withdraw(self) -> None:
        payment = self._withdrawable()
        if payment is None:
            return
        self.fields.clear()
        done = guard.attempt(self, lambda: self.services.care_payments.withdraw_payment(
            self.actor, payment.id, self.withdraw_reason.text()), self.fields)
        if done is not None:
            self.withdraw_reason.clear()
            self.bus.changed.emit()

    def save(self) -> None:
        client, bill_id = self.chosen_client(), self.bill.currentData()
        if client is None or bill_id is None:
            return
        self.fields.clear()
        data = PaymentInput(
            bill_id=bill_id, paid_on=self.paid_on.date().toPython(),  # type: ignore[arg-type]
            amount=typed_money(self.amount.text()),  # type: ignore[arg-type]
            way=PaymentMethod(self.way.currentData()), reference=self.reference.text())
        saved = guard.attempt(self, lambda: self.services.care_payments.record_payment(
            self.actor, data), self.fields)
        if saved is not None:
            self.amount.clear()
            self.reference.clear()
            self.bus.changed.emit()
