"""Niebieska Karta: the team's procedures with the next step and its due date (overdue in red
and in words), form A to start one, and for the chosen procedure its steps and forms C and D
recorded with their day, its closing, the letter handing form A to the team's chair, and its
forms A–D printed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.i18n.format import date_short
from ops_desktop.services.blue_card import BlueCardView
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, labels, pdf
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact.inputs import labelled_row
from ops_desktop.ui.forms import FieldErrors, named, push_button, vocab_combo
from ops_desktop.ui.social_work.blue_card_form import FormABox, qdate_value
from ops_desktop.ui.social_work.blue_card_prints import FormPrints
from ops_desktop.ui.social_work.caseload_page import OVERDUE
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


STEP_CHARS = 42  # the longest step's name shows whole beside the absence box


def _tr(text: str) -> str:
    return QCoreApplication.translate("blue_card", text)


def next_step_text(card: BlueCardView) -> str:
    if card.closed_on is not None:
        return _tr("zakończona %1").replace("%1", date_short(card.closed_on))
    step = card.next_step
    return labels.vocab(labels.BLUE_CARD_STEPS, step.code) if step else _tr("brak kroków z terminem")


def state_text(card: BlueCardView, today: dt.date) -> str:
    late = len(card.overdue(today))
    return _tr("PO TERMINIE (%1)").replace("%1", str(late)) if late else ""


def card_columns() -> list[Column[BlueCardView]]:
    """The procedure list's columns, here and on the head's deadlines page."""
    today = wall_today()
    red: Callable[[BlueCardView], QColor | None] = (
        lambda c: OVERDUE if c.overdue(today) else None)
    return [
        Column(_tr("Sprawa"), lambda c: c.case_sign),
        Column(_tr("Osoba"), lambda c: c.person_name),
        Column(_tr("Formularz A"), lambda c: date_short(c.form_a_on), lambda c: c.form_a_on),
        Column(_tr("Następny krok"), next_step_text),
        Column(_tr("Termin"), lambda c: date_short(c.next_step.due_on) if c.next_step else "",
               lambda c: c.next_step.due_on if c.next_step else dt.date.max, foreground=red),
        Column(_tr("Stan"), lambda c: state_text(c, today), foreground=red),
    ]


class BlueCardPage(QWidget):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.banner = QLabel(self.tr("Niebieska Karta – dane szczególnie chronione; widzą je "
                                     "tylko zespół pracy socjalnej i kierownik."))
        self.banner.setStyleSheet("color: #0b3d91; font-weight: bold;")
        self.summary = named(QLabel(), "bc_summary", self.tr("Podsumowanie"))
        self.cards: PagedTableModel[BlueCardView] = PagedTableModel(card_columns(), parent=self)
        self.table = make_table(self.cards, "bc_table", self.tr("Procedury Niebieska Karta"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.form_a = FormABox(services, actor)
        self.form_a.started.connect(self._started)

        self.fields = FieldErrors()
        self.step = named(QComboBox(), "bc_step", self.tr("Krok lub formularz"))
        self.step.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.step.setMinimumContentsLength(STEP_CHARS)
        self.done_on = date_edit("bc_done_on", self.tr("Data kroku"), wall_today())
        self.done_on.setMaximumWidth(160)
        self.absent = named(QCheckBox(self.tr("osoba stosująca przemoc nie stawiła się")),
                            "bc_absent", self.tr("Nieobecność osoby stosującej przemoc"))
        self.step_note = named(QLineEdit(), "bc_step_note", self.tr("Notatka do kroku (poufna)"))
        self.record_button = push_button(self.tr("Zapisz &krok"), "bc_record", self.record)
        self.reason = vocab_combo("bc_reason", self.tr("Podstawa zakończenia"),
                                  labels.BLUE_CARD_CLOSING, list(labels.BLUE_CARD_CLOSING))
        self.closed_on = date_edit("bc_closed_on", self.tr("Data zakończenia"), wall_today())
        self.closed_on.setMaximumWidth(160)
        self.close_button = push_button(self.tr("Zakończ pro&cedurę"), "bc_close", self.close_card)
        self.letter_button = push_button(self.tr("Drukuj &pismo do przewodniczącego zespołu"),
                                         "bc_letter", self.print_letter)
        self.prints = FormPrints(services, actor)
        self.chosen_label = named(QLabel(), "bc_chosen", self.tr("Wybrana procedura"))
        self.chosen_label.setWordWrap(True)

        steps = QFormLayout()
        steps.addRow(self.chosen_label)
        labelled_row(steps, self.tr("Kr&ok:"), field_box(
            self.fields, "step", self.step, self.step, self.absent), self.step)
        labelled_row(steps, self.tr("&Data:"), field_box(self.fields, "done_on", self.done_on),
                     self.done_on)
        labelled_row(steps, self.tr("No&tatka:"), field_box(self.fields, "note", self.step_note),
                     self.step_note)
        steps.addRow(self.record_button)
        labelled_row(steps, self.tr("Podst&awa zakończenia:"), field_box(
            self.fields, "reason", self.reason), self.reason)
        labelled_row(steps, self.tr("Data zakończen&ia:"), field_box(
            self.fields, "closed_on", self.closed_on), self.closed_on)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.letter_button)
        steps.addRow(buttons)
        steps.addRow(self.prints)
        self.steps_box = QGroupBox(self.tr("Kroki wybranej procedury"))
        self.steps_box.setObjectName("bc_steps_box")
        self.steps_box.setLayout(steps)

        lower = QHBoxLayout()
        lower.addWidget(self.form_a, 1)
        lower.addWidget(self.steps_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(lower)
        bus.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        try:
            cards = self.services.blue_cards.procedures(self.actor)
            self.form_a.reload_cases()
        except (DomainError, StorageEnvironmentError) as exc:
            self.summary.setText(guard.describe(exc))
            return
        self.cards.set_rows(cards)
        late = sum(1 for c in cards if c.overdue(wall_today()))
        self.summary.setText(self.tr("Procedury w toku: %1; z krokiem po terminie: %2")
                             .replace("%1", str(len(cards))).replace("%2", str(late)))
        for row, card in enumerate(cards):
            if chosen is not None and card.id == chosen.id:
                self.table.selectRow(row)
        self._chosen()

    def selected(self) -> BlueCardView | None:
        return selected_object(self.table, self.cards)

    def _chosen(self) -> None:
        card = self.selected()
        self.steps_box.setEnabled(card is not None)
        self.prints.set_card(card)
        keep = self.step.currentData()
        self.step.clear()
        if card is None:
            self.chosen_label.setText(self.tr("Wybierz procedurę z listy."))
            return
        done = {d.code for d in card.done}
        for code in card.law.recordable:
            if code not in done:
                self.step.addItem(labels.vocab(labels.BLUE_CARD_STEPS, code), code)
        if keep is not None and (i := self.step.findData(keep)) >= 0:
            self.step.setCurrentIndex(i)
        history = "; ".join(f"{labels.vocab(labels.BLUE_CARD_STEPS, d.code)} "
                            f"{date_short(d.done_on)}" for d in card.done)
        self.chosen_label.setText(self.tr("%1 – formularz A z %2. Zapisane: %3").replace(
            "%1", card.case_sign).replace("%2", date_short(card.form_a_on)).replace(
            "%3", history or self.tr("nic")))

    def _started(self, card: BlueCardView) -> None:
        self.bus.changed.emit()
        for row in range(self.cards.rowCount()):
            shown = self.cards.row_object(row)
            if shown is not None and shown.id == card.id:
                self.table.selectRow(row)

    def record(self) -> None:
        card = self.selected()
        if card is None:
            return
        code, day = self.step.currentData(), qdate_value(self.done_on)
        note, absent = self.step_note.text(), self.absent.isChecked()
        self.fields.clear()
        if guard.attempt(self, lambda: self.services.blue_cards.record_step(
                self.actor, card.id, code, day, note, absent), self.fields) is None:
            return
        self.step_note.clear()
        self.absent.setChecked(False)
        self.bus.changed.emit()

    def close_card(self) -> None:
        card = self.selected()
        if card is None:
            return
        reason, day = self.reason.currentData(), qdate_value(self.closed_on)
        self.fields.clear()
        if guard.attempt(self, lambda: self.services.blue_cards.close(
                self.actor, card.id, reason, day), self.fields) is not None:
            self.bus.changed.emit()

    def print_letter(self) -> None:
        card = self.selected()
        if card is None:
            return
        data = guard.attempt(self, lambda: self.services.blue_cards.render_letter(
            self.actor, card.id))
        if data is not None:
            pdf.hand_over(self, data, f"niebieska_karta_pismo_{card.case_sign}.pdf")
