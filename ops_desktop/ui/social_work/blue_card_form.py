"""Form A of a Niebieska Karta, as the worker records it: the case, the day, who filled it,
every victim and every person using violence (ticked from the case's household, or found in
the register), a note. The head records it without a case: the persons come from the
register and the head names the social worker who carries a case opened for it
(services/blue_card_head.py).

A refused save shows each reason under its field and keeps everything typed and ticked.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ops_desktop.domain.blue_card import MAX_FILLED_BY
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.permissions import Permission
from ops_desktop.services.blue_card import BlueCardView, FormAInput
from ops_desktop.services.blue_card_head import HeadFormAInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.first_contact.inputs import labelled_row
from ops_desktop.ui.forms import FieldErrors, choose_data, named, push_button
from ops_desktop.ui.social_work.register_pick import RegisterPick

PEOPLE_HEIGHT = 90  # pixels: the lists show a household of four whole


def qdate_value(edit: QWidget) -> dt.date:
    picked = edit.date()  # type: ignore[attr-defined]
    return dt.date(picked.year(), picked.month(), picked.day())


def _ticked(people: QListWidget) -> tuple[uuid.UUID, ...]:
    return tuple(people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(people.count())
                 if people.item(i).checkState() == Qt.CheckState.Checked)


class FormABox(QGroupBox):
    """The "Nowa procedura – formularz A" box; `started` carries the procedure saved."""

    started = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Nowa procedura – formularz A"))
        self.setObjectName("blue_card_form_a")
        self.services, self.actor = services, actor
        # The head starts a procedure from the register, on no case of their own.
        self.head = actor.may(Permission.OVERSEE_TEAMS)
        self.fields = FieldErrors()
        self.case = named(QComboBox(), "bc_case", self.tr("Sprawa"))
        self.case.currentIndexChanged.connect(lambda _i: self._load_household())
        self.worker = named(QComboBox(), "bc_worker",
                            self.tr("Pracownik socjalny prowadzący nową sprawę"))
        self.filled_on = date_edit("bc_filled_on", self.tr("Data wypełnienia formularza A"),
                                   wall_today())
        self.filled_on.setMaximumWidth(160)
        self.filled_by = named(QLineEdit(), "bc_filled_by", self.tr("Kto wypełnił formularz A"))
        self.filled_by.setMaxLength(MAX_FILLED_BY)
        self.filled_by.setPlaceholderText(self.tr("instytucja i osoba, np. Policja – st. sierż. …"))
        self.victims = named(QListWidget(), "bc_victims", self.tr("Osoby doznające przemocy"))
        self.using = named(QListWidget(), "bc_using_violence", self.tr("Osoby stosujące przemoc"))
        for people in (self.victims, self.using):
            people.setMaximumHeight(PEOPLE_HEIGHT)
        self.pick = RegisterPick(services, actor, self.victims, self.using)
        self.note = named(QPlainTextEdit(), "bc_note", self.tr("Notatka (poufna)"))
        self.note.setMaximumHeight(60)
        self.save_button = push_button(self.tr("&Zapisz formularz A"), "bc_start", self.save)
        self.saved_label = named(QLabel(), "bc_saved", self.tr("Zapisana procedura"))
        self.saved_label.setWordWrap(True)

        form = QFormLayout(self)
        if self.head:
            labelled_row(form, self.tr("Prowadzi (nowa sprawa):"),
                         field_box(self.fields, "worker_id", self.worker), self.worker)
        else:
            labelled_row(form, self.tr("&Sprawa:"), field_box(self.fields, "case_id", self.case),
                         self.case)
        labelled_row(form, self.tr("Data &formularza A:"),
                     field_box(self.fields, "filled_on", self.filled_on), self.filled_on)
        labelled_row(form, self.tr("&Wypełnił(a):"),
                     field_box(self.fields, "filled_by", self.filled_by), self.filled_by)
        labelled_row(form, self.tr("Z rejestru:"), self.pick, self.pick.search)
        labelled_row(form, self.tr("Doznający p&rzemocy:"),
                     field_box(self.fields, "victims", self.victims), self.victims)
        labelled_row(form, self.tr("Stosujący prz&emoc:"),
                     field_box(self.fields, "using_violence", self.using), self.using)
        labelled_row(form, self.tr("&Notatka:"), field_box(self.fields, "note", self.note),
                     self.note)
        form.addRow(self.save_button)
        form.addRow(self.saved_label)

    def reload_cases(self) -> None:
        """The worker's own open cases (the head: the social workers); the chosen one stays
        (and so do the ticks)."""
        if self.head:
            worker = self.worker.currentData()
            self.worker.clear()
            for w in self.services.caseload.social_workers(self.actor):
                self.worker.addItem(w.full_name, w.id)
            if worker is not None:
                choose_data(self.worker, worker)
            return
        chosen = self.case.currentData()
        self.case.blockSignals(True)
        self.case.clear()
        for item in self.services.caseload.my_cases(self.actor):
            self.case.addItem(f"{item.case_sign} – {item.person_name}", item.case_id)
        found = chosen is not None and choose_data(self.case, chosen)
        self.case.blockSignals(False)
        if not found:
            self._load_household()

    def _load_household(self) -> None:
        case_id = self.case.currentData()
        people = [] if not isinstance(case_id, uuid.UUID) else guard.attempt(
            self, lambda: self.services.blue_cards.household_of_case(self.actor, case_id)) or []
        for widget in (self.victims, self.using):
            widget.clear()
            for person_id, name in people:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, person_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)

    def typed(self) -> FormAInput:
        case_id = self.case.currentData()
        return FormAInput(
            case_id=case_id if isinstance(case_id, uuid.UUID) else None,  # type: ignore[arg-type]
            filled_on=qdate_value(self.filled_on), filled_by=self.filled_by.text(),
            victims=_ticked(self.victims), using_violence=_ticked(self.using),
            note=self.note.toPlainText())

    def save(self) -> BlueCardView | None:
        if self.head:
            return self._save_as_head()
        data = self.typed()
        if data.case_id is None:
            self.fields.say("case_id", self.tr("Wybierz sprawę – nie masz otwartych spraw."))
            return None
        self.fields.clear()
        saved = guard.attempt(self, lambda: self.services.blue_cards.start(self.actor, data),
                              self.fields)
        if saved is None:
            return None  # the reasons stand under their fields; everything typed stays
        self._saved(saved)
        self._load_household()
        return saved

    def _saved(self, card: BlueCardView, new_case: bool = False) -> None:
        self.filled_by.clear()
        self.note.clear()
        text = (self.tr("Zapisano procedurę na nowej sprawie %1.") if new_case
                else self.tr("Zapisano procedurę na sprawie %1."))
        self.saved_label.setText(text.replace("%1", f"{card.case_sign} – {card.person_name}"))
        self.started.emit(card)

    def _save_as_head(self) -> BlueCardView | None:
        worker = self.worker.currentData()
        data = HeadFormAInput(
            worker_id=worker if isinstance(worker, uuid.UUID) else None,
            filled_on=qdate_value(self.filled_on), filled_by=self.filled_by.text(),
            victims=_ticked(self.victims), using_violence=_ticked(self.using),
            note=self.note.toPlainText())
        self.fields.clear()
        started = guard.attempt(self, lambda: self.services.blue_cards.start_for_persons(
            self.actor, data), self.fields)
        if started is None:
            return None  # the reasons stand under their fields; everything typed stays
        self.victims.clear()
        self.using.clear()
        self._saved(started.card, started.new_case)
        return started.card
