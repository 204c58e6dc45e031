"""Preparing the draft of a decision from an application and what the law computed for it."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.money import MoneyFormatError, parse_money
from ops_desktop.domain.payments import first_part_month, last_part_month, whole_months_end
from ops_desktop.domain.vocabulary import (
    BENEFIT_DECISION_KINDS,
    BenefitForm,
    DecisionKind,
    PaymentMethod,
)
from ops_desktop.i18n.format import date_short, money, month_year, number
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.errors import FieldError, ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView, AssessmentView, DecisionView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box, to_qdate
from ops_desktop.ui.forms import FieldErrors, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt

ONE_OFF = (BenefitForm.PURPOSE, BenefitForm.SPECIAL_PURPOSE)
DEFAULT_MONTHS = 3  # a periodic benefit's usual first period, in calendar months


class DecisionDialog(QDialog):
    """Save calls `decisions.prepare`; on success `prepared` holds the draft to be signed."""

    def __init__(self, services: Services, actor: Actor, application: ApplicationView,
                 assessment: AssessmentView, draft: DecisionView | None = None,
                 parent: QWidget | None = None, corrects: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.corrects = corrects
        self.services, self.actor = services, actor
        self.application, self.assessment = application, assessment
        self.prepared: DecisionView | None = None
        self.fields = FieldErrors()
        title = (self.tr("Projekt decyzji zmieniającej – %1") if corrects is not None
                 else self.tr("Projekt decyzji – %1"))
        self.setWindowTitle(title.replace("%1", application.case_sign))
        a = assessment

        summary = QLabel(self._summary())
        summary.setObjectName("decision_summary")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)

        self.kind = vocab_combo("decision_kind", self.tr("Rodzaj decyzji"), labels.DECISION_KINDS,
                                BENEFIT_DECISION_KINDS)
        self.amount = QLineEdit()
        self.amount.setObjectName("decision_amount")
        self.amount.setAccessibleName(self.tr("Kwota świadczenia w złotych"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(160)
        suggested = a.amount if a.amount is not None else a.maximum
        if suggested is not None:
            self.amount.setText(number(suggested))
        start = application.requested_from or application.received_on
        self.period_from = date_edit("decision_period_from", self.tr("Okres od"), start)
        # Art. 106 ust. 3 u.p.s.: calendar months, the first one from the day of entitlement.
        end = application.requested_to or whole_months_end(start, DEFAULT_MONTHS)
        self.period_to = date_edit("decision_period_to", self.tr("Okres do"), end)
        self.indefinite = QCheckBox(self.tr("&bezterminowo"))
        self.indefinite.setObjectName("decision_indefinite")
        self.one_off = QCheckBox(self.tr("świadczenie &jednorazowe (bez okresu)"))
        self.one_off.setObjectName("decision_one_off")
        self.payment = vocab_combo("decision_payment", self.tr("Sposób wypłaty"),
                                   labels.PAYMENT_METHODS, PaymentMethod)
        self.bank_account = QLineEdit()
        self.bank_account.setObjectName("decision_bank_account")
        self.bank_account.setAccessibleName(self.tr("Numer rachunku bankowego (IBAN)"))
        self.bank_account.setPlaceholderText("PL00 0000 0000 0000 0000 0000 0000")
        self.reasoning = QPlainTextEdit()
        self.reasoning.setObjectName("decision_reasoning")
        self.reasoning.setAccessibleName(self.tr("Uzasadnienie"))
        self.reasoning.setTabChangesFocus(True)
        self.reasoning.setMinimumHeight(110)
        # The household's figures are printed by the decision itself; the worker writes the
        # other facts of the case here, so nothing is said twice.
        self.reasoning.setPlaceholderText(self.tr(
            "Ustalenia w sprawie (bez liczby osób, dochodu i kryterium – decyzja podaje je sama)"))
        # Art. 106 ust. 4: a grant follows a family interview. Some forms are exempt, so
        # saving is not blocked; the printed reasoning leaves the interview out.
        self.no_interview = QLabel(self.tr(
            "Uwaga: wniosek nie jest powiązany z rodzinnym wywiadem środowiskowym (art. 106 "
            "ust. 4 ustawy o pomocy społecznej) – uzasadnienie nie powoła się na wywiad."))
        self.interview = services.interviews.linked(actor, application.id)
        self.no_interview.setObjectName("decision_no_interview")
        self.no_interview.setWordWrap(True)
        self.no_interview.setStyleSheet("color: #8a5a00;")

        if draft is not None:
            self._fill_from(draft)
        else:
            self.kind.setCurrentIndex(self.kind.findData(
                (DecisionKind.GRANT if a.eligible else DecisionKind.REFUSAL).value))
            self.indefinite.setChecked(application.form is BenefitForm.PERMANENT
                                       and application.requested_to is None)
            self.one_off.setChecked(application.form in ONE_OFF)
        self.kind.currentIndexChanged.connect(self._enable)
        self.indefinite.toggled.connect(self._enable)
        self.one_off.toggled.connect(self._enable)
        self.payment.currentIndexChanged.connect(self._enable)
        self._enable()
        self.part_months = QLabel()
        self.part_months.setObjectName("decision_part_months")
        self.part_months.setWordWrap(True)
        for signal in (self.kind.currentIndexChanged, self.amount.textChanged,
                       self.period_from.dateChanged, self.period_to.dateChanged,
                       self.indefinite.toggled, self.one_off.toggled):
            signal.connect(self._show_part_months)
        self._show_part_months()

        buttons, save, cancel = save_cancel(self, self.tr("&Zapisz projekt"), "decision", self.save)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, box: QWidget, buddy: QWidget) -> None:
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, box)

        row(self.tr("&Rodzaj:"), field_box(self.fields, "kind", self.kind), self.kind)
        row(self.tr("&Kwota (zł):"), field_box(self.fields, "amount", self.amount, self.amount,
                                               QLabel(self._range())), self.amount)
        row(self.tr("Okres &od:"), field_box(self.fields, "period_from", self.period_from,
                                             self.period_from, self.one_off), self.period_from)
        row(self.tr("Okres &do:"), field_box(self.fields, "period_to", self.period_to,
                                             self.period_to, self.indefinite), self.period_to)
        row(self.tr("Niepełny miesiąc:"), self.part_months, self.part_months)
        row(self.tr("&Wypłata:"), field_box(self.fields, "payment_method", self.payment), self.payment)
        row(self.tr("Rach&unek:"), field_box(self.fields, "bank_account", self.bank_account),
            self.bank_account)
        row(self.tr("Uzasadnie&nie:"), field_box(self.fields, "reasoning", self.reasoning),
            self.reasoning)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.no_interview)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Only now are the fields inside this dialog: Qt ignores (and warns about) a tab
        # order between widgets that are still in separate windows.
        chain = [self.kind, self.amount, self.period_from, self.one_off, self.period_to,
                 self.indefinite, self.payment, self.bank_account, self.reasoning, save, cancel]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.resize(720, 600)
        self.kind.setFocus()

    # --- what the dialog shows ---
    def _summary(self) -> str:
        app, a = self.application, self.assessment
        verdict = (self.tr("spełnia warunki") if a.eligible else
                   self.tr("nie spełnia warunków: %1").replace(
                       "%1", "; ".join(labels.reason(r) for r in a.reasons)))
        return (self.tr("%1 – %2, wniosek z %3. Ocena: %4.")
                .replace("%1", app.person_name)
                .replace("%2", labels.vocab(labels.FORMS, app.form))
                .replace("%3", date_short(app.received_on))
                .replace("%4", verdict))

    def _range(self) -> str:
        a = self.assessment
        parts = []
        if a.amount is not None:
            parts.append(self.tr("wyliczona %1").replace("%1", money(a.amount)))
        fixed = a.amount is not None and a.minimum == a.maximum == a.amount
        if not fixed and (a.minimum is not None or a.maximum is not None):
            parts.append(self.tr("od %1 do %2").replace("%1", money(a.minimum) or "–")
                         .replace("%2", money(a.maximum) or "–"))
        return "; ".join(parts)

    def _fill_from(self, draft: DecisionView) -> None:
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.amount.setText(number(draft.amount) if draft.amount is not None else self.amount.text())
        self.one_off.setChecked(draft.period_from is None)
        if draft.period_from is not None:
            self.period_from.setDate(to_qdate(draft.period_from))
        self.indefinite.setChecked(draft.period_from is not None and draft.period_to is None)
        if draft.period_to is not None:
            self.period_to.setDate(to_qdate(draft.period_to))
        self.payment.setCurrentIndex(self.payment.findData(draft.payment_method.value))
        self.bank_account.setText(draft.bank_account or "")
        self.reasoning.setPlainText(draft.reasoning)

    def _granting(self) -> bool:
        return DecisionKind(self.kind.currentData()) is DecisionKind.GRANT

    def _method(self) -> PaymentMethod:
        return PaymentMethod(self.payment.currentData())

    def _enable(self) -> None:
        """Fields a refusal does not use are greyed out, keeping what was typed in them."""
        grant = self._granting()
        self.no_interview.setVisible(grant and self.interview is None)
        self.amount.setEnabled(grant)
        self.one_off.setEnabled(grant)
        with_period = grant and not self.one_off.isChecked()
        self.period_from.setEnabled(with_period)
        self.indefinite.setEnabled(with_period)
        self.period_to.setEnabled(with_period and not self.indefinite.isChecked())
        self.payment.setEnabled(grant)
        self.bank_account.setEnabled(grant and self._method() is PaymentMethod.BANK_TRANSFER)

    def _show_part_months(self) -> None:
        """Art. 106 ust. 3 u.p.s.: what a month the period covers only in part pays."""
        try:
            data = self.data()
        except ValidationError:
            data = None  # the amount is not money yet: nothing to compute
        parts = []
        if (data is not None and data.kind is DecisionKind.GRANT and data.amount is not None
                and data.period_from is not None and self.application.form not in ONE_OFF
                and (data.period_to is None or data.period_to >= data.period_from)):
            parts = [p for p in (first_part_month(data.amount, data.period_from, data.period_to),
                                 last_part_month(data.amount, data.period_from, data.period_to))
                     if p is not None]
        self.part_months.setText("; ".join(
            self.tr("%1: %2 za %3 z %4 dni").replace("%1", month_year(p.first_day))
            .replace("%2", money(p.amount)).replace("%3", str(p.days))
            .replace("%4", str(p.month_days)) for p in parts) or "–")

    # --- saving ---
    def data(self) -> DecisionInput:
        """What was typed; raises ValidationError when the amount is not money at all."""
        reasoning = self.reasoning.toPlainText()
        if not self._granting():
            # A refusal pays nothing: no amount, period or account goes into it.
            return DecisionInput(self.application.id, DecisionKind.REFUSAL, None, None, None,
                                 PaymentMethod.CASH, None, reasoning, corrects_id=self.corrects)
        amount = None
        if self.amount.text().strip():
            try:
                amount = parse_money(self.amount.text())
            except MoneyFormatError:
                raise ValidationError([FieldError("amount", "amount_invalid")]) from None
        with_period = not self.one_off.isChecked()
        period_from: dt.date | None = self.period_from.date().toPython() if with_period else None
        period_to: dt.date | None = None
        if with_period and not self.indefinite.isChecked():
            period_to = self.period_to.date().toPython()
        method = self._method()
        account = self.bank_account.text() if method is PaymentMethod.BANK_TRANSFER else None
        return DecisionInput(self.application.id, DecisionKind.GRANT, amount, period_from,
                             period_to, method, account, reasoning, corrects_id=self.corrects)

    def save(self) -> None:
        prepared = attempt(self, lambda: self.services.decisions.prepare(self.actor, self.data()),
                           self.fields)
        if prepared is not None:
            self.prepared = prepared
            self.accept()
