"""Rejestr wypłat: a person's payments, returns, re-issues, deductions and claim movements,
with the dates, list numbers and the balance of claims; prints as a PDF."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.payment_register import Register, RegisterEntry
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.payment_lists import zloty
from ops_desktop.ui.forms import push_button
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.pdf import hand_over
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table


class PaymentRegisterDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, person_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.person_id = services, actor, person_id
        self.register: Register | None = attempt(
            parent, lambda: services.payment_register.of_person(actor, person_id))
        name = self.register.person_name if self.register else ""
        self.setWindowTitle(self.tr("Rejestr wypłat – %1").replace("%1", name))
        self.entries: PagedTableModel[RegisterEntry] = PagedTableModel(self._columns(), parent=self)
        rows = list(self.register.entries) if self.register else []
        self.entries.set_source(lambda offset, limit: rows[offset:offset + limit],
                                lambda: len(rows))
        self.table = make_table(self.entries, "payment_register_table", self.tr("Rejestr wypłat"))
        self.balance = QLabel(self.tr("Saldo należności: %1").replace(
            "%1", zloty(self.register.claims_balance_grosze if self.register else 0)))
        self.balance.setObjectName("payment_register_balance")
        self.print_button = push_button(self.tr("&Drukuj rejestr"), "print_payment_register",
                                        self.print_register)
        bottom = QHBoxLayout()
        bottom.addWidget(self.balance, 1)
        bottom.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(900, 420)

    def _columns(self) -> list[Column[RegisterEntry]]:
        return [
            Column(self.tr("Data"), lambda e: date_short(e.on), sort_key=lambda e: e.on),
            Column(self.tr("Zdarzenie"), lambda e: labels.vocab(labels.REGISTER_ENTRIES, e.kind)),
            Column(self.tr("Lista"), lambda e: e.list_number + (
                "" if e.approved else self.tr(" (projekt)"))),
            Column(self.tr("Za miesiąc"), lambda e: e.benefit_month.strftime("%m.%Y")
                   if e.benefit_month else ""),
            Column(self.tr("Należność"), lambda e: e.claim_number),
            Column(self.tr("Kwota"), lambda e: zloty(e.gross_grosze), align_right=True),
            Column(self.tr("Potrącenie"), lambda e: zloty(e.deduction_grosze)
                   if e.deduction_grosze else "", align_right=True),
            Column(self.tr("Netto"), lambda e: zloty(e.net_grosze), align_right=True),
            Column(self.tr("Saldo należności"), lambda e: zloty(e.claims_balance_grosze),
                   align_right=True),
        ]

    def print_register(self) -> None:
        data = attempt(self, lambda: self.services.payment_register.document(
            self.actor, self.person_id))
        if data is not None:
            hand_over(self, data, "rejestr_wyplat")
