"""Zwrot przelewu: the bank returned a transfer of an approved list; the worker records the
day and the bank's reason, and how it is paid again – to a new account or in cash."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ops_desktop.documents.payment_data import PaymentLine
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.undue_benefits import ReturnReason
from ops_desktop.domain.vocabulary import PaymentMethod
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.payment_returns import ReturnInput, ReturnView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.forms import FieldErrors, named, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt


class PaymentReturnDialog(QDialog):
    """Save calls `payment_returns.record`; `recorded` then holds the return."""

    def __init__(self, services: Services, actor: Actor, line: PaymentLine, list_number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert line.item_id is not None
        self.services, self.actor, self.line = services, actor, line
        self.recorded: ReturnView | None = None
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Zwrot przelewu – %1").replace("%1", list_number))
        summary = QLabel(self.tr("%1, poz. %2 listy %3. Zatwierdzona lista się nie zmienia: "
                                 "zwrot zapisuje się osobno, a świadczenie trafia na następną "
                                 "przygotowaną listę (korygującą).")
                         .replace("%1", line.party_name).replace("%2", str(line.position))
                         .replace("%3", list_number))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        self.returned_on = date_edit("returned_on", self.tr("Data zwrotu"), wall_today())
        self.reason = vocab_combo("return_reason", self.tr("Przyczyna zwrotu"),
                                  labels.RETURN_REASONS, ReturnReason)
        self.method = vocab_combo("reissue_method", self.tr("Ponowna wypłata"),
                                  labels.PAYMENT_METHODS, PaymentMethod)
        self.account = named(QLineEdit(), "reissue_account", self.tr("Nowy numer rachunku"))
        self.account.setPlaceholderText(self.tr("26 cyfr NRB"))
        self.note = named(QLineEdit(), "return_note", self.tr("Uwagi"))
        self.note.setMaxLength(300)
        self.method.currentIndexChanged.connect(lambda *_: self._method_changed())
        buttons, save, cancel = save_cancel(self, self.tr("&Zapisz zwrot"), "payment_return",
                                            self.save)
        form = QFormLayout()
        for text, field, widget in (
            (self.tr("&Data zwrotu:"), "returned_on", self.returned_on),
            (self.tr("&Przyczyna (wg banku):"), "reason", self.reason),
            (self.tr("&Wypłacić ponownie:"), "reissue_method", self.method),
            (self.tr("&Nowy rachunek:"), "reissue_account", self.account),
            (self.tr("&Uwagi:"), "note", self.note),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, field_box(self.fields, field, widget))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        chain = [self.returned_on, self.reason, self.method, self.account, self.note, save, cancel]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.resize(560, 340)
        self.returned_on.setFocus()

    def _method_changed(self) -> None:
        # Cash needs no account; what was typed stays, in case the worker changes back.
        self.account.setEnabled(self.method.currentData() == PaymentMethod.BANK_TRANSFER.value)

    def data(self) -> ReturnInput:
        assert self.line.item_id is not None
        method = PaymentMethod(self.method.currentData())
        return ReturnInput(
            item_id=self.line.item_id, returned_on=self.returned_on.date().toPython(),
            reason=ReturnReason(self.reason.currentData()), reissue_method=method,
            reissue_account=self.account.text() if method is PaymentMethod.BANK_TRANSFER else "",
            note=self.note.text())

    def save(self) -> None:
        done = attempt(self, lambda: self.services.payment_returns.record(self.actor, self.data()),
                       self.fields)
        if done is not None:
            self.recorded = done
            self.accept()
