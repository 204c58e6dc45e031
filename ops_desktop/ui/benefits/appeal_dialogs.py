"""The appeal's forms: registering it, granting it in full (the change decision's form),
forwarding it to the SKO with its list of documents, and the SKO's outcome."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.appeals import (
    SkoOutcome,
    Timeliness,
    organ_deadline,
    party_deadline,
    remedy_of,
    timeliness,
)
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.domain.money import MoneyFormatError, parse_money
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.appeals import AppealInput, AppealView, ForwardInput, OutcomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView, AssessmentView, DecisionView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.benefits.decision_dialog import DecisionDialog
from ops_desktop.ui.forms import FieldErrors, named, push_button, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt

WARNING = "color: #b00020; font-weight: bold;"


def _form(fields: FieldErrors,
          rows: list[tuple[str, str, QWidget | tuple[QWidget, ...]]]) -> QFormLayout:
    """Label, input (or a row of inputs, the first taking the focus) and the red message of
    its field under it, row by row."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for text, field, given in rows:
        widgets = given if isinstance(given, tuple) else (given,)
        label = QLabel(text)
        label.setBuddy(widgets[0])
        form.addRow(label, field_box(fields, field, widgets[0], *widgets))
    return form


def _chain(*widgets: QWidget) -> None:
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def _multiline(name: str, accessible: str) -> QPlainTextEdit:
    edit = named(QPlainTextEdit(), name, accessible)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(80)
    return edit


class RegisterAppealDialog(QDialog):
    """Save calls `appeals.register`; `registered` then holds the appeal. Whether it came in
    time (art. 129 § 2) and the organ's last day (art. 133) show while the days are typed."""

    def __init__(self, services: Services, actor: Actor, case_sign: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.registered: AppealView | None = None
        self.found: list[DecisionView] = []
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Rejestracja odwołania"))
        today = wall_today()
        self.case_sign = named(QLineEdit(case_sign), "appeal_case_sign", self.tr("Znak sprawy"))
        self.case_sign.setPlaceholderText(self.tr("np. OPS.8310.12.2026 – Enter szuka"))
        self.case_sign.setMinimumWidth(260)
        self.case_sign.returnPressed.connect(self.find)
        self.find_button = push_button(self.tr("Sz&ukaj decyzji"), "appeal_find", self.find)
        self.find_button.setAutoDefault(False)
        self.decision = named(QComboBox(), "appeal_decision", self.tr("Zaskarżona decyzja"))
        self.decision.currentIndexChanged.connect(lambda _i: self._judge())
        self.lodged_on = date_edit("appeal_lodged_on", self.tr("Data wniesienia (nadania)"), today)
        self.received_on = date_edit("appeal_received_on", self.tr("Data wpływu do Ośrodka"), today)
        self.delivered_known = named(QCheckBox(self.tr("&znana – decyzję doręczono dnia")),
                                     "appeal_delivered_known", self.tr("Data doręczenia znana"))
        self.delivered_on = date_edit("appeal_delivered_on", self.tr("Data doręczenia decyzji"),
                                      today)
        self.delivered_on.setEnabled(False)
        self.delivered_known.toggled.connect(self.delivered_on.setEnabled)
        self.lodged_by = named(QLineEdit(), "appeal_lodged_by", self.tr("Kto wniósł odwołanie"))
        self.lodged_by.setMaxLength(200)
        self.summary = _multiline("appeal_summary", self.tr("Treść odwołania w skrócie"))
        self.other_parties = _multiline("appeal_other_parties",
                                        self.tr("Pozostałe strony, które nie wniosły odwołania"))
        self.other_parties.setMinimumHeight(50)
        self.other_parties.setPlaceholderText(self.tr(
            "zwykle nikt – decyzja ma jedną stronę; po jednej w wierszu (art. 132 KPA)"))
        self.judgement = QLabel()
        self.judgement.setObjectName("appeal_judgement")
        self.judgement.setWordWrap(True)
        for signal in (self.lodged_on.dateChanged, self.received_on.dateChanged,
                       self.delivered_on.dateChanged):
            signal.connect(lambda _d: self._judge())
        self.delivered_known.toggled.connect(lambda _on: self._judge())

        buttons, save, cancel = save_cancel(self, self.tr("&Zarejestruj"), "appeal", self.save)
        form = _form(self.fields, [
            (self.tr("Znak &sprawy:"), "case_sign", (self.case_sign, self.find_button)),
            (self.tr("Zaskarżona &decyzja:"), "decision_id", self.decision),
            (self.tr("Data &wniesienia (stempel):"), "lodged_on", self.lodged_on),
            (self.tr("Data w&pływu do Ośrodka:"), "received_on", self.received_on),
            (self.tr("Doręczenie decyzji:"), "delivered_on",
             (self.delivered_known, self.delivered_on)),
            (self.tr("&Kto wniósł:"), "lodged_by", self.lodged_by),
            (self.tr("&Treść w skrócie:"), "summary", self.summary),
            (self.tr("Pozostałe str&ony:"), "other_parties", self.other_parties),
        ])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.judgement)
        layout.addWidget(buttons)
        _chain(self.case_sign, self.find_button, self.decision, self.lodged_on, self.received_on,
               self.delivered_known, self.delivered_on, self.lodged_by, self.summary,
               self.other_parties, save, cancel)
        self.resize(640, 560)
        if case_sign:
            self.find()
        self._judge()
        self.case_sign.setFocus()

    def find(self) -> None:
        """The signed decisions of the case typed, newest first."""
        found = attempt(self, lambda: self.services.appeals.appealable(
            self.actor, self.case_sign.text()), self.fields)
        if found is None:
            return
        self.fields.clear()
        self.found = found
        self.decision.clear()
        for d in found:
            self.decision.addItem(self.tr("%1 z %2 – %3 %4")
                                  .replace("%1", labels.vocab(labels.DECISION_KINDS, d.kind))
                                  .replace("%2", date_short(d.issued_on))
                                  .replace("%3", labels.vocab(labels.FORMS, d.form))
                                  .replace("%4", money(d.amount) if d.amount is not None else ""),
                                  d.id)
        if not found:
            self.fields.say("case_sign", self.tr("W tej sprawie nie ma podpisanej decyzji."))
        self._judge()

    def _judge(self) -> None:
        """Whether the appeal came in time and the organ's last day, as typed."""
        lodged = self.lodged_on.date().toPython()
        delivered = self.delivered_on.date().toPython() if self.delivered_known.isChecked() else None
        chosen = next((d for d in self.found if d.id == self.decision.currentData()), None)
        remedy = None if chosen is None or chosen.issued_on is None else remedy_of(
            chosen.kind.value, chosen.issued_on)
        days = None if remedy is None else remedy.days
        said = timeliness(delivered, lodged, days)
        if said is Timeliness.UNKNOWN:
            text = self.tr("Termin strony: nie wiadomo – brak daty doręczenia decyzji.")
        else:
            text = (self.tr("Termin strony (14 dni, art. 129 § 2 KPA) upływał %1: %2.")
                    if remedy is None or not remedy.against_order else
                    self.tr("Termin strony na zażalenie (%3 dni, art. 141 § 2 KPA) upływał %1: %2.")
                    .replace("%3", str(days)))
            text = (text.replace("%1", date_short(party_deadline(delivered, days)))  # type: ignore[arg-type]
                    .replace("%2", self.tr("w terminie") if said is Timeliness.IN_TIME
                             else self.tr("PO TERMINIE")))
        text += " " + self.tr("Organ ma czas do %1 (7 dni, art. 133 KPA).").replace(
            "%1", date_short(organ_deadline(self.received_on.date().toPython())))
        self.judgement.setText(text)
        self.judgement.setStyleSheet(WARNING if said is Timeliness.LATE else "")

    def data(self) -> AppealInput:
        chosen = self.decision.currentData()
        return AppealInput(
            decision_id=chosen,
            lodged_on=self.lodged_on.date().toPython(),
            received_on=self.received_on.date().toPython(),
            lodged_by=self.lodged_by.text(),
            summary=self.summary.toPlainText(),
            delivered_on=(self.delivered_on.date().toPython() if self.delivered_known.isChecked()
                          else None),
            other_parties=self.other_parties.toPlainText())

    def save(self) -> None:
        if self.decision.currentData() is None:
            self.fields.say("decision_id", self.tr("Wyszukaj sprawę i wybierz decyzję."))
            return
        made = attempt(self, lambda: self.services.appeals.register(self.actor, self.data()),
                       self.fields)
        if made is not None:
            self.registered = made
            self.accept()


class GrantAppealDialog(DecisionDialog):
    """Art. 132 § 1: the ordinary change decision's form, saved as the appeal's granting."""

    def __init__(self, services: Services, actor: Actor, appeal: AppealView,
                 application: ApplicationView, assessment: AssessmentView,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, actor, application, assessment, None, parent,
                         corrects=appeal.decision_id)
        self.appeal = appeal
        self.setWindowTitle(self.tr("Uwzględnienie odwołania w całości – %1")
                            .replace("%1", appeal.case_sign))

    def save(self) -> None:
        prepared = attempt(self, lambda: self.services.appeals.grant_in_full(
            self.actor, self.appeal.id, self.data()), self.fields)
        if prepared is not None:
            self.prepared = prepared
            self.accept()


class ForwardAppealDialog(QDialog):
    """Art. 133: the day of forwarding and the documents sent, one per line (the program's
    list, editable); Save calls `appeals.forward`."""

    def __init__(self, services: Services, actor: Actor, appeal: AppealView,
                 documents: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.appeal = services, actor, appeal
        self.forwarded: AppealView | None = None
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Przekazanie odwołania do SKO – %1").replace(
            "%1", appeal.case_sign))
        intro = QLabel(self.tr("Odwołanie %1 z %2. Organ ma czas do %3. Po zapisaniu drukuje się "
                               "pismo przewodnie z wykazem dokumentów.")
                       .replace("%1", appeal.lodged_by).replace("%2", date_short(appeal.lodged_on))
                       .replace("%3", date_short(appeal.organ_deadline)))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.forwarded_on = date_edit("forwarded_on", self.tr("Data przekazania"), wall_today())
        self.documents = _multiline("forwarded_documents", self.tr("Wykaz przekazanych dokumentów"))
        self.documents.setPlainText("\n".join(documents))
        buttons, save, cancel = save_cancel(self, self.tr("&Przekaż i drukuj pismo"),
                                            "forward", self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(_form(self.fields, [
            (self.tr("&Data przekazania:"), "forwarded_on", self.forwarded_on),
            (self.tr("&Dokumenty (jeden w wierszu):"), "documents", self.documents),
        ]))
        layout.addWidget(buttons)
        _chain(self.forwarded_on, self.documents, save, cancel)
        self.resize(640, 420)
        self.forwarded_on.setFocus()

    def data(self) -> ForwardInput:
        return ForwardInput(self.forwarded_on.date().toPython(),
                            tuple(self.documents.toPlainText().splitlines()))

    def save(self) -> None:
        done = attempt(self, lambda: self.services.appeals.forward(
            self.actor, self.appeal.id, self.data()), self.fields)
        if done is not None:
            self.forwarded = done
            self.accept()


class OutcomeDialog(QDialog):
    """Art. 138: the SKO's outcome, its day and its sign; a remittal reopens the application.
    A decision on the merits (§ 1 pkt 2) takes the SKO's new amount and period, which the
    payment lists pay from then on; no amount: the SKO granted nothing."""

    def __init__(self, services: Services, actor: Actor, appeal: AppealView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.appeal = services, actor, appeal
        self.recorded: AppealView | None = None
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Rozstrzygnięcie SKO – %1").replace("%1", appeal.case_sign))
        self.outcome = vocab_combo("sko_outcome", self.tr("Rozstrzygnięcie SKO"),
                                   labels.SKO_OUTCOMES, SkoOutcome)
        self.decided_on = date_edit("sko_decided_on", self.tr("Data decyzji SKO"), wall_today())
        self.sko_sign = named(QLineEdit(), "sko_sign", self.tr("Sygnatura SKO"))
        self.sko_sign.setMaxLength(60)
        self.amount = named(QLineEdit(), "sko_amount", self.tr("Kwota według decyzji SKO"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(160)
        self.period_from = date_edit("sko_period_from", self.tr("Okres według decyzji SKO od"),
                                     wall_today())
        self.period_to = date_edit("sko_period_to", self.tr("Okres według decyzji SKO do"),
                                   wall_today())
        self.indefinite = named(QCheckBox(self.tr("&bezterminowo")), "sko_indefinite",
                                self.tr("Bezterminowo"))
        self.indefinite.toggled.connect(lambda on: self.period_to.setEnabled(not on))
        self.note = QLabel()
        self.note.setObjectName("sko_outcome_note")
        self.note.setWordWrap(True)
        self.outcome.currentIndexChanged.connect(lambda _i: self._note())
        buttons, save, cancel = save_cancel(self, self.tr("&Zapisz"), "outcome", self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(_form(self.fields, [
            (self.tr("&Rozstrzygnięcie:"), "outcome", self.outcome),
            (self.tr("&Data decyzji SKO:"), "decided_on", self.decided_on),
            (self.tr("&Sygnatura SKO:"), "sko_sign", self.sko_sign),
        ]))
        self.content = QWidget()
        self.content.setObjectName("sko_content")
        self.content.setLayout(_form(self.fields, [
            (self.tr("&Kwota według SKO (zł):"), "amount", self.amount),
            (self.tr("Okres &od:"), "period_from", self.period_from),
            (self.tr("Okres d&o:"), "period_to", (self.period_to, self.indefinite)),
        ]))
        self.content.layout().setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.content)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        _chain(self.outcome, self.decided_on, self.sko_sign, self.amount, self.period_from,
               self.period_to, self.indefinite, save, cancel)
        self._note()
        self.resize(600, 300)
        self.outcome.setFocus()

    def _decided(self) -> bool:
        return self.outcome.currentData() == SkoOutcome.QUASHED_DECIDED.value

    def _note(self) -> None:
        remitted = self.outcome.currentData() == SkoOutcome.QUASHED_REMITTED.value
        self.content.setVisible(self._decided())
        if remitted:
            text = self.tr("Sprawa wróci do ponownego rozpatrzenia: wniosek pojawi się "
                           "znów na liście wniosków do załatwienia.")
        elif self._decided():
            text = self.tr("Kwotę i okres z decyzji SKO wypłacają kolejne listy wypłat "
                           "(miesiące już umieszczone na liście pozostają bez zmian). Bez "
                           "kwoty: SKO nie przyznało świadczenia i nic nie jest wypłacane.")
        else:
            text = ""
        self.note.setText(text)

    def data(self) -> OutcomeInput:
        """What was typed; raises ValidationError when the amount is not money at all."""
        outcome = SkoOutcome(self.outcome.currentData())
        base = OutcomeInput(outcome, self.decided_on.date().toPython(), self.sko_sign.text())
        if not self._decided() or not self.amount.text().strip():
            return base
        try:
            amount = parse_money(self.amount.text())
        except MoneyFormatError:
            raise ValidationError([FieldError("amount", "amount_invalid")]) from None
        period_to = None if self.indefinite.isChecked() else self.period_to.date().toPython()
        return dataclasses.replace(base, amount=amount,
                                   period_from=self.period_from.date().toPython(),
                                   period_to=period_to)

    def save(self) -> None:
        done = attempt(self, lambda: self.services.appeals.record_outcome(
            self.actor, self.appeal.id, self.data()), self.fields)
        if done is not None:
            self.recorded = done
            self.accept()

