"""The dialogs of undue-benefit claims (art. 104 u.p.s.): a new claim – the recovery decision's
draft after a signed change or revocation –, a payment by the person, and a waiver (ust. 4).
Every refusal is said next to its field; nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.money import MoneyFormatError, parse_money
from ops_desktop.domain.undue_benefits import (
    MAX_INSTALMENTS,
    PAYMENTS_BY_PERSON,
    MovementKind,
    WaiverRequester,
)
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import FieldError, ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.services.recovery_decisions import ChangeChoice
from ops_desktop.services.undue_claims import ClaimInput, ClaimView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import date_edit
from ops_desktop.ui.field_rows import field_rows
from ops_desktop.ui.forms import FieldErrors, named, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt

DEFAULT_DAYS_TO_REPAY = 30


def typed_amount(edit: QLineEdit, field: str = "amount") -> Decimal:
    """The amount typed, as money; a ValidationError for its field when it is none."""
    if not edit.text().strip():
        raise ValidationError([FieldError(field, "required")])
    try:
        return parse_money(edit.text())
    except MoneyFormatError:
        raise ValidationError([FieldError(field, "amount_invalid")]) from None


def amount_edit(name: str, accessible: str) -> QLineEdit:
    edit = named(QLineEdit(), name, accessible)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setMaximumWidth(160)
    return edit


class NewClaimDialog(QDialog):
    """Save calls `undue_claims.prepare`; `prepared` then holds the draft."""

    def __init__(self, services: Services, actor: Actor, choices: list[ChangeChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.choices = services, actor, choices
        self.prepared: ClaimView | None = None
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Nowa należność – decyzja o zwrocie"))
        intro = QLabel(self.tr("Zwrot nienależnie pobranego świadczenia ustala decyzja (art. 104 "
                               "ust. 3 u.p.s.) wydana po podpisanej decyzji zmieniającej albo "
                               "uchylającej decyzję przyznającą świadczenie."))
        intro.setWordWrap(True)
        self.change = named(QComboBox(), "claim_change_decision",
                            self.tr("Decyzja zmieniająca albo uchylająca"))
        for c in choices:
            self.change.addItem(self.tr("%1 – %2 z %3").replace("%1", c.person_name)
                                .replace("%2", c.case_sign).replace("%3", date_short(c.issued_on)),
                                c.decision_id)
        today = wall_today()
        self.amount = amount_edit("claim_amount", self.tr("Kwota do zwrotu w złotych"))
        self.decided_on = date_edit("claim_decided_on", self.tr("Data decyzji o zwrocie"), today)
        self.repay_by = date_edit("claim_repay_by", self.tr("Termin zwrotu"),
                                  today + dt.timedelta(days=DEFAULT_DAYS_TO_REPAY))
        self.instalments = named(QSpinBox(), "claim_instalment_count", self.tr("Liczba rat"))
        self.instalments.setRange(0, MAX_INSTALMENTS)
        self.instalments.setSpecialValueText(self.tr("jednorazowo"))
        self.first_instalment = date_edit("claim_first_instalment_on",
                                          self.tr("Termin pierwszej raty"),
                                          today + dt.timedelta(days=DEFAULT_DAYS_TO_REPAY))
        self.deferred = named(QCheckBox(self.tr("odroczyć do:")), "claim_deferred",
                              self.tr("Odroczenie terminu zwrotu"))
        self.deferred_to = date_edit("claim_deferred_to", self.tr("Odroczony termin zwrotu"),
                                     today + dt.timedelta(days=3 * DEFAULT_DAYS_TO_REPAY))
        self.deduct = named(QCheckBox(self.tr("potrącać z bieżących wypłat (art. 104 ust. 2)")),
                            "claim_deduct", self.tr("Potrącanie z wypłat"))
        self.reasoning = named(QPlainTextEdit(), "claim_reasoning", self.tr("Uzasadnienie"))
        self.reasoning.setTabChangesFocus(True)
        self.reasoning.setPlaceholderText(self.tr("Fakty: kiedy i dlaczego świadczenie pobrano "
                                                  "nienależnie, jak wyliczono kwotę"))
        # A change may concern another person than the choice: a hidden message for it.
        self.person_error = self.fields.label_for("person_id", self.change)
        form = field_rows(self.fields, [
            (self.tr("&Po decyzji:"), "change_decision_id", self.change, self.person_error),
            (self.tr("&Kwota (zł):"), "amount", self.amount,
             QLabel(self.tr("łącznie nienależnie pobrane"))),
            (self.tr("&Data decyzji:"), "decided_on", self.decided_on),
            (self.tr("&Termin zwrotu:"), "repay_by", self.repay_by),
            (self.tr("&Raty:"), "instalment_count", self.instalments),
            (self.tr("&Pierwsza rata:"), "first_instalment_on", self.first_instalment),
            (self.tr("&Odroczenie:"), "deferred_to", self.deferred, self.deferred_to),
            (self.tr("Potrą&cenie:"), "deduct", self.deduct),
            (self.tr("&Uzasadnienie:"), "reasoning", self.reasoning),
        ])
        buttons, save, cancel = save_cancel(self, self.tr("&Zapisz projekt"), "new_claim",
                                            self.save)
        self.instalments.valueChanged.connect(lambda *_: self._enable())
        self.deferred.toggled.connect(lambda *_: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        chain = [self.change, self.amount, self.decided_on, self.repay_by, self.instalments,
                 self.first_instalment, self.deferred, self.deferred_to, self.deduct,
                 self.reasoning, save, cancel]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._enable()
        self.resize(640, 560)
        self.change.setFocus()

    def _enable(self) -> None:
        # Disabled, never cleared: a date typed stays if the worker changes their mind.
        self.first_instalment.setEnabled(self.instalments.value() > 0)
        self.deferred_to.setEnabled(self.deferred.isChecked())

    def data(self) -> ClaimInput:
        """What was typed; raises ValidationError when there is no change decision to follow
        or the amount is not money at all."""
        chosen = self.choices[self.change.currentIndex()] if self.choices else None
        if chosen is None:
            raise ValidationError([FieldError("change_decision_id", "no_change_decision")])
        count = self.instalments.value()
        return ClaimInput(
            person_id=chosen.person_id, change_decision_id=chosen.decision_id,
            amount=typed_amount(self.amount), decided_on=self.decided_on.date().toPython(),
            repay_by=self.repay_by.date().toPython(), instalment_count=count,
            first_instalment_on=self.first_instalment.date().toPython() if count else None,
            deferred_to=self.deferred_to.date().toPython() if self.deferred.isChecked() else None,
            deduct=self.deduct.isChecked(), reasoning=self.reasoning.toPlainText())

    def save(self) -> None:
        done = attempt(self, lambda: self.services.undue_claims.prepare(self.actor, self.data()),
                       self.fields)
        if done is not None:
            self.prepared = done
            self.accept()


def _summary(claim: ClaimView, person_name: str) -> QLabel:
    label = QLabel(QCoreApplication.translate("UndueClaims",
                                              "%1, należność %2: pozostało do spłaty %3.")
                   .replace("%1", person_name).replace("%2", claim.number)
                   .replace("%3", money(Decimal(claim.balance_grosze) / 100)))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ClaimPaymentDialog(QDialog):
    """Wpłata: the person paid at the cashier or by transfer; `recorded` holds the claim after."""

    def __init__(self, services: Services, actor: Actor, claim: ClaimView, person_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.claim = services, actor, claim
        self.recorded: ClaimView | None = None
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Wpłata – %1").replace("%1", claim.number))
        self.kind = vocab_combo("claim_payment_kind", self.tr("Rodzaj wpłaty"),
                                labels.CLAIM_MOVEMENTS, PAYMENTS_BY_PERSON)
        self.paid_on = date_edit("claim_paid_on", self.tr("Data wpłaty"), wall_today())
        self.amount = amount_edit("claim_payment_amount", self.tr("Kwota wpłaty w złotych"))
        form = field_rows(self.fields, [
            (self.tr("&Rodzaj:"), "kind", self.kind),
            (self.tr("&Data wpłaty:"), "paid_on", self.paid_on),
            (self.tr("&Kwota (zł):"), "amount", self.amount,
             QLabel(self.tr("najwyżej pozostałe saldo"))),
        ])
        buttons, _, _ = save_cancel(self, self.tr("&Zapisz wpłatę"), "claim_payment", self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(claim, person_name))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 260)
        self.amount.setFocus()

    def save(self) -> None:
        done = attempt(self, lambda: self.services.undue_claims.record_payment(
            self.actor, self.claim.id, MovementKind(self.kind.currentData()),
            self.paid_on.date().toPython(), typed_amount(self.amount)), self.fields)
        if done is not None:
            self.recorded = done
            self.accept()


class WaiverDialog(QDialog):
    """Umorzenie (art. 104 ust. 4): the rest is waived on the request of the person or the
    social worker; `waived` holds the closed claim."""

    def __init__(self, services: Services, actor: Actor, claim: ClaimView, person_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.claim = services, actor, claim
        self.waived: ClaimView | None = None
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Umorzenie – %1").replace("%1", claim.number))
        self.requested_by = vocab_combo("waiver_requested_by", self.tr("Na czyj wniosek"),
                                        labels.WAIVER_REQUESTERS, WaiverRequester)
        self.waived_on = date_edit("waived_on", self.tr("Data umorzenia"), wall_today())
        note = QLabel(self.tr("Art. 104 ust. 4 u.p.s.: umorzenie tylko na wniosek osoby albo "
                              "pracownika socjalnego. Należność zostaje zamknięta."))
        note.setWordWrap(True)
        form = field_rows(self.fields, [
            (self.tr("&Na wniosek:"), "requested_by", self.requested_by),
            (self.tr("&Data umorzenia:"), "waived_on", self.waived_on),
        ])
        buttons, _, _ = save_cancel(self, self.tr("&Umorz należność"), "waiver", self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(claim, person_name))
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 260)

    def save(self) -> None:
        done = attempt(self, lambda: self.services.undue_claims.waive(
            self.actor, self.claim.id, self.waived_on.date().toPython(),
            WaiverRequester(self.requested_by.currentData())), self.fields)
        if done is not None:
            self.waived = done
            self.accept()
