"""The application's procedural acts on its panel: postanowienia (prepare, preview, sign) and
the call to remedy formal defects with its delivery, remedy or the application left
unexamined (KPA art. 61a, 64 § 2, 97, 101, 113)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import ORDER_KINDS, ApplicationStatus, DecisionStatus
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView, DecisionView
from ops_desktop.ui import labels, pdf
from ops_desktop.ui.benefits.defect_call_dialog import DefectCallDialog, DefectDayDialog
from ops_desktop.ui.benefits.order_dialog import OrderDialog
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import named
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.printing import print_decisions


def confirm_leave_unexamined(parent: QWidget | None, case_sign: str) -> bool:
    """Asked before the application is left unexamined; tests patch this modal box."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ProceduralBox", "Pozostawienie bez rozpoznania"),
        QCoreApplication.translate(
            "ProceduralBox", "Braków nie usunięto w terminie. Pozostawić wniosek %1 bez "
            "rozpoznania (art. 64 § 2 KPA)? Sprawa zostanie zamknięta.").replace("%1", case_sign))
    return answer == QMessageBox.StandardButton.Yes


class ProceduralBox(QGroupBox):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Postanowienia i wezwania"), parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.app: ApplicationView | None = None
        self.acts: list[DecisionView] = []  # every act of the application, oldest first
        self.orders: list[DecisionView] = []
        self.orders_text = named(QLabel(), "orders_status")
        self.orders_text.setWordWrap(True)
        self.orders_text.setTextFormat(Qt.TextFormat.PlainText)
        self.call_text = named(QLabel(), "defect_call_status")
        self.call_text.setWordWrap(True)
        self.call_text.setTextFormat(Qt.TextFormat.PlainText)
        b = self._button
        self.order_button = b(self.tr("Postan&owienie…"), "prepare_order", self.prepare_order)
        self.order_preview = b(self.tr("Podgląd postanowienia"), "preview_order", self.print_order)
        self.order_sign = b(self.tr("Podpisz postanowienie"), "sign_order", self.sign_order)
        self.call_button = b(self.tr("Wezwanie do usunięcia &braków…"), "call_to_remedy",
                             self.call_to_remedy)
        self.call_print = b(self.tr("Drukuj wezwanie"), "print_defect_call", self.print_call)
        self.delivered_button = b(self.tr("Doręczono wezwanie…"), "defect_call_delivered",
                                  self.record_delivery)
        self.remedied_button = b(self.tr("Braki usunięte…"), "defects_remedied",
                                 self.record_remedy)
        self.leave_button = b(self.tr("Pozostaw bez rozpoznania"), "leave_unexamined",
                              self.leave_unexamined)
        layout = QVBoxLayout(self)
        layout.addWidget(self.orders_text)
        layout.addLayout(self._row(self.order_button, self.order_preview, self.order_sign))
        layout.addWidget(self.call_text)
        layout.addLayout(self._row(self.call_button, self.call_print))
        layout.addLayout(self._row(self.delivered_button, self.remedied_button, self.leave_button))

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        return row

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = named(QPushButton(text), name, text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    # --- showing ---
    def load(self, app: ApplicationView, acts: list[DecisionView], can_sign: bool) -> None:
        self.app, self.acts = app, acts
        self.orders = [d for d in acts if d.kind in ORDER_KINDS]
        if not self.orders:
            self.orders_text.setText(self.tr("Brak postanowień."))
        else:
            self.orders_text.setText("\n".join(self._order_line(d) for d in self.orders))
        latest = self.orders[-1] if self.orders else None
        draft = latest is not None and latest.status is DecisionStatus.DRAFT
        self.order_preview.setEnabled(latest is not None)
        self.order_preview.setText(self.tr("Drukuj postanowienie") if latest and not draft
                                   else self.tr("Podgląd postanowienia"))
        self.order_sign.setEnabled(draft and can_sign)
        self._show_call(app)

    def _order_line(self, d: DecisionView) -> str:
        kind = labels.vocab(labels.DECISION_KINDS, d.kind)
        if d.status is DecisionStatus.DRAFT:
            return self.tr("%1 – projekt, czeka na podpis").replace("%1", kind)
        return (self.tr("%1 – podpisane %2 przez %3").replace("%1", kind)
                .replace("%2", date_short(d.issued_on)).replace("%3", d.signatory_name))

    def _show_call(self, app: ApplicationView) -> None:
        call = app.defect_call
        today = wall_today()
        registered = app.status is ApplicationStatus.REGISTERED
        pending = call is not None and call.pending
        self.call_button.setEnabled(registered and not pending)
        self.call_print.setEnabled(call is not None)
        self.delivered_button.setEnabled(pending)
        self.remedied_button.setEnabled(pending and call is not None
                                        and call.delivered_on is not None)
        self.leave_button.setEnabled(registered and call is not None and call.lapsed_on(today))
        self.call_text.setStyleSheet("")
        if call is None:
            self.call_text.setText(self.tr("Nie wzywano do usunięcia braków formalnych."))
            return
        text = self.tr("Wezwanie do usunięcia braków z %1").replace("%1", date_short(call.called_on))
        if call.left_unexamined_on is not None:
            text += self.tr(" – wniosek pozostawiony bez rozpoznania %1").replace(
                "%1", date_short(call.left_unexamined_on))
        elif call.remedied_on is not None:
            text += self.tr(" – braki usunięte %1").replace("%1", date_short(call.remedied_on))
        elif call.delivered_on is None:
            text += self.tr(" – czeka na doręczenie; zapisz dzień doręczenia")
        else:
            assert call.deadline is not None
            text += (self.tr(" – doręczone %1, termin na usunięcie braków: %2")
                     .replace("%1", date_short(call.delivered_on))
                     .replace("%2", date_short(call.deadline)))
            if call.lapsed_on(today):
                # In words and in red, never colour alone.
                text += self.tr(" – TERMIN MINĄŁ")
                self.call_text.setStyleSheet("color: #b00020; font-weight: bold;")
        self.call_text.setText(text)

    # --- acting ---
    def _run(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.changed.emit()

    def prepare_order(self) -> None:
        if self.app is not None:
            self._run(OrderDialog(self.services, self.actor, self.app, self.acts, self))

    def print_order(self) -> None:
        if not self.orders:
            return
        d = self.orders[-1]
        prefix = "projekt_postanowienia" if d.status is DecisionStatus.DRAFT else "postanowienie"
        print_decisions(self, self.services, self.actor, [d.id], f"{prefix}_{d.case_sign}")

    def sign_order(self) -> None:
        if not self.orders:
            return
        d = self.orders[-1]
        attempt(self, lambda: self.services.decisions.sign(self.actor, d.id))
        self.bus.changed.emit()  # signed, or gone/outdated: show what the store holds now

    def call_to_remedy(self) -> None:
        if self.app is not None:
            self._run(DefectCallDialog(self.services, self.actor, self.app, self))

    def print_call(self) -> None:
        app = self.app
        if app is None:
            return
        data = attempt(self, lambda: self.services.procedural_acts.render_defect_call(
            self.actor, app.id))
        if data is not None:
            pdf.hand_over(self, data, f"wezwanie_{app.case_sign}")

    def record_delivery(self) -> None:
        self._record_day(self.tr("Doręczenie wezwania"), self.tr("&Dzień doręczenia:"),
                         "delivered_on", self.services.procedural_acts.record_delivery)

    def record_remedy(self) -> None:
        self._record_day(self.tr("Usunięcie braków"), self.tr("&Dzień usunięcia braków:"),
                         "remedied_on", self.services.procedural_acts.record_remedy)

    def _record_day(self, title: str, label: str, field: str,
                    record: Callable[[Actor, uuid.UUID, dt.date], object]) -> None:
        if self.app is not None:
            self._run(DefectDayDialog(title, label, field, self.app.id,
                                      lambda i, d: record(self.actor, i, d), self))

    def leave_unexamined(self) -> None:
        app = self.app
        if app is None or not confirm_leave_unexamined(self, app.case_sign):
            return
        if attempt(self, lambda: self.services.procedural_acts.leave_unexamined(
                self.actor, app.id)) is not None:
            self.bus.changed.emit()
