"""Preparing a postanowienie on an application: its kind, its own words in the ruling, the
act a rectification corrects, and the reasoning; saved as a draft the coordinator signs."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.act_kinds import act_book
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import ORDER_KINDS, DecisionKind, DecisionStatus
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.procedural_acts import OrderInput
from ops_desktop.services.views import ApplicationView, DecisionView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import labelled_form, tab_chain
from ops_desktop.ui.forms import FieldErrors, save_cancel
from ops_desktop.ui.guard import attempt

CORRECTS_ROW = 1  # the form's row of the act a rectification corrects


def _text_edit(name: str, accessible: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class OrderDialog(QDialog):
    """Save calls `procedural_acts.prepare_order`; `prepared` then holds the draft."""

    def __init__(self, services: Services, actor: Actor, application: ApplicationView,
                 signed: list[DecisionView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.application = services, actor, application
        self.prepared: DecisionView | None = None
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Postanowienie – %1").replace("%1", application.case_sign))
        summary = QLabel(self.tr("%1 – %2, wniosek z %3. Postanowienie podpisuje osoba "
                                 "upoważniona, jak decyzję; na zawieszenie, odmowę wszczęcia i "
                                 "sprostowanie służy zażalenie w terminie 7 dni.")
                         .replace("%1", application.person_name)
                         .replace("%2", labels.vocab(labels.FORMS, application.form))
                         .replace("%3", date_short(application.received_on)))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QComboBox()
        self.kind.setObjectName("order_kind")
        self.kind.setAccessibleName(self.tr("Rodzaj postanowienia"))
        for kind in ORDER_KINDS:
            self.kind.addItem(labels.vocab(labels.DECISION_KINDS, kind), kind.value)
        # A rectification names a signed act of this application (KPA art. 113 § 1).
        self.corrects = QComboBox()
        self.corrects.setObjectName("order_corrects")
        self.corrects.setAccessibleName(self.tr("Prostowany akt"))
        self.corrects.addItem(self.tr("– wybierz –"), None)
        for d in signed:
            if d.status is DecisionStatus.SIGNED:
                self.corrects.addItem(
                    self.tr("%1 z %2").replace("%1", labels.vocab(labels.DECISION_KINDS, d.kind))
                    .replace("%2", date_short(d.issued_on)), str(d.id))
        self.detail = _text_edit("order_detail", self.tr("Treść rozstrzygnięcia"), 70)
        self.reasoning = _text_edit("order_reasoning", self.tr("Uzasadnienie – fakty"), 80)
        buttons, save, cancel = save_cancel(self, self.tr("&Zapisz projekt postanowienia"),
                                            "order", self.save)
        self.form = labelled_form(self.fields, (
            (self.tr("&Rodzaj:"), "kind", self.kind),
            (self.tr("&Prostowany akt:"), "corrects_id", self.corrects),
            (self.tr("&Treść rozstrzygnięcia:"), "detail", self.detail),
            (self.tr("&Uzasadnienie (fakty):"), "reasoning", self.reasoning),
        ))
        # What the domain notes give only from memory is never shown as certain.
        self.unconfirmed = QLabel()
        self.unconfirmed.setObjectName("order_unconfirmed")
        self.unconfirmed.setWordWrap(True)
        self.unconfirmed.setStyleSheet("color: #8a5a00;")
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.unconfirmed)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        tab_chain(self.kind, self.corrects, self.detail, self.reasoning, save, cancel)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(640, 480)
        self.kind.setFocus()

    def _kind_changed(self) -> None:
        """The rectification's act chooser only for a rectification; the empty ruling field
        says what its words are for the kind chosen."""
        kind = DecisionKind(self.kind.currentData())
        rectification = kind is DecisionKind.RECTIFICATION
        self.form.setRowVisible(CORRECTS_ROW, rectification)
        hints = {
            DecisionKind.REFUSAL_TO_OPEN: self.tr("Przyczyna odmowy – dokończenie zdania "
                                                  "„odmówić wszczęcia postępowania…, ponieważ …”."),
            DecisionKind.SUSPENSION: self.tr("Zagadnienie wstępne i organ albo sąd, który je "
                                             "rozstrzyga (art. 97 § 1 pkt 4 KPA)."),
            DecisionKind.RESUMPTION: self.tr("Dlaczego przyczyna zawieszenia ustała – "
                                             "dokończenie zdania „…, ponieważ …”."),
            DecisionKind.RECTIFICATION: self.tr("Co się prostuje i jak brzmi po sprostowaniu, "
                                                "np. „w miejsce słów … wpisuje się …”."),
        }
        self.detail.setPlaceholderText(hints.get(kind, ""))
        act = act_book(wall_today()).kind(kind.value)
        self.unconfirmed.setVisible(act.confirmed in ("M", "V"))
        self.unconfirmed.setText(self.tr("Podstawa prawna i brzmienie tego postanowienia (%1) są "
                                         "w danych oznaczone jako do potwierdzenia przez radcę "
                                         "prawnego ośrodka.").replace("%1", act.legal_basis))

    def data(self) -> OrderInput:
        kind = DecisionKind(self.kind.currentData())
        corrects = self.corrects.currentData() if kind is DecisionKind.RECTIFICATION else None
        return OrderInput(
            application_id=self.application.id, kind=kind,
            detail=self.detail.toPlainText(), reasoning=self.reasoning.toPlainText(),
            corrects_id=uuid.UUID(corrects) if corrects else None)

    def save(self) -> None:
        prepared = attempt(self, lambda: self.services.procedural_acts.prepare_order(
            self.actor, self.data()), self.fields)
        if prepared is not None:
            self.prepared = prepared
            self.accept()
