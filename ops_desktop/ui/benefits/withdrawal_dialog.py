"""Recording the party's withdrawal of an application: the draft discontinuing the proceedings."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import WithdrawalManner
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView, DecisionView
from ops_desktop.services.withdrawal import WithdrawalInput
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import (
    date_edit,
    labelled_form,
    tab_chain,
    to_qdate,
)
from ops_desktop.ui.forms import FieldErrors, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt


class WithdrawalDialog(QDialog):
    """Save calls `decisions.prepare_discontinuance`; `prepared` then holds the draft."""

    def __init__(self, services: Services, actor: Actor, application: ApplicationView,
                 draft: DecisionView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.application = services, actor, application
        self.prepared: DecisionView | None = None
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Wycofanie wniosku – %1").replace("%1", application.case_sign))
        summary = QLabel(self.tr("%1 – %2, wniosek z %3. Po wycofaniu wniosku postępowanie "
                                 "umarza się decyzją (art. 105 KPA), podpisywaną jak każda decyzja.")
                         .replace("%1", application.person_name)
                         .replace("%2", labels.vocab(labels.FORMS, application.form))
                         .replace("%3", date_short(application.received_on)))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        self.withdrawn_on = date_edit("withdrawn_on", self.tr("Dzień wycofania wniosku"),
                                      wall_today())
        self.manner = vocab_combo("withdrawal_manner", self.tr("Sposób wycofania"),
                                  labels.WITHDRAWAL_MANNERS, WithdrawalManner)
        self.requested = QCheckBox(self.tr("Strona &wnosi o umorzenie postępowania (art. 105 § 2 KPA)"))
        self.requested.setObjectName("discontinuance_requested")
        self.requested.setToolTip(self.tr("Bez zaznaczenia: postępowanie stało się bezprzedmiotowe "
                                          "(art. 105 § 1 KPA)."))
        self.reasoning = QPlainTextEdit()
        self.reasoning.setObjectName("withdrawal_reasoning")
        self.reasoning.setAccessibleName(self.tr("Uzasadnienie – uwagi"))
        self.reasoning.setTabChangesFocus(True)
        self.reasoning.setMinimumHeight(80)
        if draft is not None and draft.withdrawal is not None:
            self.withdrawn_on.setDate(to_qdate(draft.withdrawal.withdrawn_on))
            self.manner.setCurrentIndex(self.manner.findData(draft.withdrawal.manner.value))
            self.requested.setChecked(draft.withdrawal.requested_discontinuance)
            self.reasoning.setPlainText(draft.reasoning)

        buttons, save, cancel = save_cancel(self, self.tr("&Zapisz projekt umorzenia"),
                                            "withdrawal", self.save)
        form = labelled_form(self.fields, (
            (self.tr("&Dzień wycofania:"), "withdrawn_on", self.withdrawn_on),
            (self.tr("&Sposób:"), "manner", self.manner),
            (self.tr("Podstawa:"), "requested_discontinuance", self.requested),
            (self.tr("&Uwagi do uzasadnienia:"), "reasoning", self.reasoning),
        ))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        tab_chain(self.withdrawn_on, self.manner, self.requested, self.reasoning, save, cancel)
        self.resize(620, 420)
        self.withdrawn_on.setFocus()

    def data(self) -> WithdrawalInput:
        return WithdrawalInput(
            application_id=self.application.id,
            withdrawn_on=self.withdrawn_on.date().toPython(),
            manner=WithdrawalManner(self.manner.currentData()),
            requested_discontinuance=self.requested.isChecked(),
            reasoning=self.reasoning.toPlainText(),
        )

    def save(self) -> None:
        prepared = attempt(self, lambda: self.services.decisions.prepare_discontinuance(
            self.actor, self.data()), self.fields)
        if prepared is not None:
            self.prepared = prepared
            self.accept()
