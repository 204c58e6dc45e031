"""The office's bank profile: the day benefits are paid, the office's account transfers go
from, and the code page its bank reads Elixir-O files in (Windows-1250 unless the bank's
specification says otherwise)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.payments import BankProfile
from ops_desktop.ui import guard
from ops_desktop.ui.admin.common import done
from ops_desktop.ui.benefits.application_dialog import field_box
from ops_desktop.ui.first_contact.inputs import hint, labelled_row
from ops_desktop.ui.forms import FieldErrors, choose_data, named


class BankProfilePanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.fields = FieldErrors()
        self.payment_day = named(QSpinBox(), "payment_day", self.tr("Dzień wypłaty"))
        self.payment_day.setRange(1, 31)
        self.payment_day.setMaximumWidth(100)
        self.account = named(QLineEdit(), "payer_account", self.tr("Rachunek Ośrodka"))
        self.account.setPlaceholderText("PL00 0000 0000 0000 0000 0000 0000")
        self.code_page = named(QComboBox(), "code_page", self.tr("Strona kodowa banku"))
        for code, text in (("cp1250", "Windows-1250"), ("iso8859_2", "ISO 8859-2"),
                           ("cp852", "CP852 (Mazovia/DOS)")):
            self.code_page.addItem(text, code)
        self.save_button = named(QPushButton(self.tr("&Zapisz")), "bank_profile_save")
        self.save_button.clicked.connect(self.save)
        self.notice = named(QLabel(), "bank_profile_notice")
        self.notice.setWordWrap(True)
        form = QFormLayout()
        labelled_row(form, self.tr("&Dzień wypłaty świadczeń:"),
                     field_box(self.fields, "payment_day", self.payment_day), self.payment_day)
        labelled_row(form, self.tr("&Rachunek Ośrodka (nadawca przelewów):"),
                     field_box(self.fields, "payer_account", self.account), self.account)
        labelled_row(form, self.tr("&Strona kodowa pliku Elixir-O:"),
                     field_box(self.fields, "code_page", self.code_page), self.code_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.notice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Dzień miesiąca, w którym Ośrodek wypłaca świadczenia (w krótszym miesiącu – jego "
            "ostatni dzień). Stronę kodową pliku Elixir-O podaje specyfikacja banku; "
            "większość banków przyjmuje Windows-1250.")))
        layout.addLayout(buttons)
        layout.addStretch()
        self.load()

    def load(self) -> None:
        profile = guard.attempt(self, lambda: self.services.payments.bank_profile_of(self.actor))
        if profile is None:
            return
        self.payment_day.setValue(profile.payment_day)
        self.account.setText(profile.payer_account)
        choose_data(self.code_page, profile.code_page)

    def save(self) -> None:
        self.notice.clear()
        profile = BankProfile(self.payment_day.value(), self.account.text().strip(),
                              str(self.code_page.currentData()))
        saved = guard.attempt(self, done(lambda: self.services.payments.set_bank_profile(
            self.actor, profile)), self.fields)
        if saved:
            self.fields.clear()
            self.notice.setText(self.tr("Zapisano profil bankowy."))
