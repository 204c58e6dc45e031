"""Odwołania: the appeals against the office's decisions, with whether each came in time and
the organ's 7 days (overdue ones in words and in red), and the ways on: grant in full by a
change decision, forward to the SKO with a printed cover letter, record the SKO's outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.appeals import OPEN_STATES, AppealState, Timeliness
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.permissions import Permission
from ops_desktop.i18n.format import date_short
from ops_desktop.services.appeals import AppealView
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, labels
from ops_desktop.ui.benefits.appeal_consent import ConsentDialog
from ops_desktop.ui.benefits.appeal_dialogs import (
    ForwardAppealDialog,
    GrantAppealDialog,
    OutcomeDialog,
    RegisterAppealDialog,
)
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import push_button
from ops_desktop.ui.pdf import hand_over
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table

RED = QColor("#b00020")
T = TypeVar("T")


class AppealsPage(ReadWhenShown):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.register_button = push_button(self.tr("&Zarejestruj odwołanie…"), "register_appeal",
                                           self.register)
        self.grant_button = push_button(self.tr("&Uwzględnij…"), "grant_appeal", self.grant)
        self.grant_button.setToolTip(self.tr("Art. 132 § 1 KPA: decyzja zmieniająca zaskarżoną, "
                                             "do podpisu"))
        # Art. 132 § 2: the other parties' consent lets the office grant the appeal itself.
        self.consent_button = push_button(self.tr("&Zgoda pozostałych stron…"), "appeal_consent",
                                          self.record_consent)
        self.forward_button = push_button(self.tr("&Przekaż do SKO…"), "forward_appeal",
                                          self.forward)
        self.letter_button = push_button(self.tr("Drukuj &pismo do SKO"), "print_appeal_letter",
                                         self.print_letter)
        self.outcome_button = push_button(self.tr("&Rozstrzygnięcie SKO…"), "record_sko_outcome",
                                          self.record_outcome)
        handles = actor.may(Permission.HANDLE_APPEALS)
        for button in (self.register_button, self.grant_button, self.consent_button,
                       self.forward_button, self.outcome_button):
            button.setVisible(handles)  # the head sees the appeals; the team handles them
        self.status = QLabel()
        self.status.setObjectName("appeals_status")
        self.status.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("appeal_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.model: PagedTableModel[AppealView] = PagedTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, "appeals_table", self.tr("Odwołania"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        top = QHBoxLayout()
        for button in (self.register_button, self.grant_button, self.consent_button,
                       self.forward_button, self.letter_button, self.outcome_button):
            top.addWidget(button)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        # Read when first shown: the head's tab builds every page at sign-in
        # (ui/read_when_shown.py).
        bus.changed.connect(self.refresh)

    # --- the list ---
    def _columns(self) -> list[Column[AppealView]]:
        def overdue(v: AppealView) -> QColor | None:
            return RED if v.overdue_on(wall_today()) else None

        return [
            Column(self.tr("Znak sprawy"), lambda v: v.case_sign),
            Column(self.tr("Strona"), lambda v: v.party_name),
            Column(self.tr("Wniesiono"), lambda v: date_short(v.lodged_on),
                   sort_key=lambda v: v.lodged_on),
            Column(self.tr("W terminie?"), self._timeliness,
                   foreground=lambda v: RED if v.timeliness is Timeliness.LATE else None,
                   header_tooltip=self.tr("14 dni od doręczenia decyzji (art. 129 § 2 KPA)")),
            Column(self.tr("Termin organu"), self._deadline, sort_key=lambda v: v.organ_deadline,
                   foreground=overdue,
                   header_tooltip=self.tr("7 dni od wpływu odwołania (art. 133 KPA)")),
            Column(self.tr("Stan"), self._state),
        ]

    def _timeliness(self, v: AppealView) -> str:
        if v.timeliness is Timeliness.UNKNOWN:
            return self.tr("nie wiadomo (brak daty doręczenia)")
        return self.tr("tak") if v.timeliness is Timeliness.IN_TIME else self.tr("NIE – po terminie")

    def _deadline(self, v: AppealView) -> str:
        text = date_short(v.organ_deadline)
        today = wall_today()
        if v.overdue_on(today):
            return text + self.tr(" – PO TERMINIE (%1 dn.)").replace(
                "%1", str((today - v.organ_deadline).days))
        if v.forwarded_late:
            return text + self.tr(" – przekazano po terminie")
        return text

    def _state(self, v: AppealView) -> str:
        text = labels.vocab(labels.APPEAL_STATES, v.state)
        if v.state is AppealState.FORWARDED and v.forwarded_on is not None:
            text += " " + date_short(v.forwarded_on)
        if v.sko_outcome is not None:
            text += ": " + labels.vocab(labels.SKO_OUTCOMES, v.sko_outcome)
        return text

    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        chosen = self.chosen()
        # A refusal (roles changed meanwhile) is said on the page, never in a modal box.
        rows = self._try(lambda: self.services.appeals.appeals(self.actor)) or []
        self.model.set_source(lambda offset, limit: rows[offset:offset + limit], lambda: len(rows))
        if chosen is not None:
            row = self.model.row_of(lambda v: v.id, chosen.id, len(rows))
            if row is not None:
                self.table.selectRow(row)
        self._chosen()

    def chosen(self) -> AppealView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        v = self.chosen()
        open_ = v is not None and v.state in OPEN_STATES
        # A zażalenie is granted by a new postanowienie, not by a change decision.
        self.grant_button.setEnabled(open_ and v is not None and v.remedy != "zażalenie")
        self.forward_button.setEnabled(open_)
        self.consent_button.setEnabled(open_ and v is not None and not v.all_parties_agree)
        self.letter_button.setEnabled(v is not None and v.forwarded_on is not None)
        self.outcome_button.setEnabled(v is not None and v.state is AppealState.FORWARDED)
        said = self.tr("%1 – odwołanie z %2 (wpływ %3): %4")
        if v is not None and v.remedy == "zażalenie":
            said = self.tr("%1 – zażalenie na postanowienie z %2 (wpływ %3): %4")
        self.detail.setText("" if v is None else said.replace("%1", v.lodged_by).replace("%2", date_short(v.lodged_on))
                            .replace("%3", date_short(v.received_on)).replace("%4", v.summary))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    def _try(self, action: Callable[[], T]) -> T | None:
        try:
            return action()
        except (DomainError, StorageEnvironmentError) as exc:
            self._say(guard.describe(exc), error=True)
        return None

    # --- actions ---
    def register(self) -> None:
        dialog = RegisterAppealDialog(self.services, self.actor, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.registered is not None:
            self._say(self.tr("Zarejestrowano odwołanie w sprawie %1.")
                      .replace("%1", dialog.registered.case_sign))
            self.bus.changed.emit()

    def grant(self) -> None:
        v = self.chosen()
        if v is None:
            return
        if not v.all_parties_agree:
            # Said before any form is filled: the office may not grant it itself (art. 132).
            self._say(labels.error("appeal_not_all_parties"), error=True)
            return
        app = self._try(lambda: self.services.applications.get(self.actor, v.application_id))
        assessment = self._try(lambda: self.services.applications.assess(
            self.actor, v.application_id))
        if app is None or assessment is None:
            return
        dialog = GrantAppealDialog(self.services, self.actor, v, app, assessment, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._say(self.tr("Przygotowano projekt decyzji uwzględniającej odwołanie – po jej "
                              "podpisaniu odwołanie jest załatwione."))
            self.bus.changed.emit()

    def forward(self) -> None:
        v = self.chosen()
        if v is None:
            return
        documents = self._try(lambda: self.services.appeals.suggested_documents(self.actor, v.id))
        if documents is None:
            return
        dialog = ForwardAppealDialog(self.services, self.actor, v, documents, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._say(self.tr("Odwołanie przekazano do SKO."))
            self.bus.changed.emit()
            self._print(v)

    def print_letter(self) -> None:
        v = self.chosen()
        if v is not None:
            self._print(v)

    def _print(self, v: AppealView) -> None:
        data = self._try(lambda: self.services.appeals.cover_letter(self.actor, v.id))
        if data is not None:
            hand_over(self, data, f"pismo_do_SKO_{v.case_sign}")

    def record_consent(self) -> None:
        v = self.chosen()
        if v is None:
            return
        dialog = ConsentDialog(self.services, self.actor, v, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.recorded is not None:
            self._say(self.tr("Zapisano zgodę pozostałych stron – odwołanie można uwzględnić."))
            self.bus.changed.emit()

    def record_outcome(self) -> None:
        v = self.chosen()
        if v is None:
            return
        dialog = OutcomeDialog(self.services, self.actor, v, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.recorded is not None:
            self._say(self.tr("Zapisano rozstrzygnięcie SKO."))
            self.bus.changed.emit()
