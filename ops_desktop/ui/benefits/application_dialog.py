"""Registering an application for a benefit: whose, received when, for which form of help."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import BenefitForm, Ground
from ops_desktop.i18n.format import date_short
from ops_desktop.services.applications import ApplicationInput
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import FieldError, ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ApplicationView, PersonSummary
from ops_desktop.ui import labels
from ops_desktop.ui.forms import MIN_SEARCH, FieldErrors, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object

SEARCH_DELAY_MS = 250


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(name: str, accessible: str, value: dt.date) -> QDateEdit:
    """A date field as the office writes dates (dd.MM.yyyy), with a calendar on Alt+Down."""
    edit = QDateEdit(to_qdate(value))
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    return edit


def field_box(fields: FieldErrors, field: str, focus: QWidget, *widgets: QWidget) -> QWidget:
    """The input (or a row of inputs) with the red message for `field` right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    row = QHBoxLayout()
    for widget in widgets or (focus,):
        row.addWidget(widget)
    if len(widgets) > 1:
        row.addStretch()
    layout.addLayout(row)
    layout.addWidget(fields.label_for(field, focus))
    return box


def labelled_form(fields: FieldErrors, rows: Sequence[tuple[str, str, QWidget]]) -> QFormLayout:
    """(label text, field, input) rows, each input with its error line under it; the label's
    Alt+letter focuses the input."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for text, field, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, field_box(fields, field, widget))
    return form


def tab_chain(*widgets: QWidget) -> None:
    """Tab walks the widgets in the order given."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


class _EnterSearches(QObject):
    """Enter in the search field runs the search and moves to the results, not Save."""

    def __init__(self, dialog: ApplicationDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dialog.search_now(focus_results=True)
            return True
        return False


class ApplicationDialog(QDialog):
    """Save calls `applications.register`; on success `created` holds the new application."""

    def __init__(self, services: Services, actor: Actor, person_id: uuid.UUID | None = None,
                 person_name: str = "", parent: QWidget | None = None, *,
                 received_on: dt.date | None = None, grounds: tuple[Ground, ...] = (),
                 other_ground: str = "") -> None:
        """`received_on` presets the date of receipt: the day an application was lodged at the
        desk, from which the KPA time limits run – not the day the benefits team took it.
        `grounds` preset the art. 7 grounds: those the desk recorded at the intake."""
        # Imported here: the facts editor is built from this module's field helpers.
        from ops_desktop.ui.benefits.facts_editor import FactsEditor

        super().__init__(parent)
        self.services, self.actor = services, actor
        self.person_id = person_id
        self.created: ApplicationView | None = None
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Nowy wniosek o świadczenie"))

        self.search = QLineEdit()
        self.search.setObjectName("app_person_search")
        self.search.setAccessibleName(self.tr("Szukaj osoby"))
        self.search.setPlaceholderText(self.tr("Nazwisko i imię lub PESEL, Enter – szukaj"))
        self.search.installEventFilter(_EnterSearches(self))
        self.results: PagedTableModel[PersonSummary] = PagedTableModel([
            Column(self.tr("Osoba"), lambda p: p.full_name),
            Column(self.tr("PESEL"), lambda p: p.pesel or ""),
            Column(self.tr("Data ur."), lambda p: date_short(p.birth_date)),
            Column(self.tr("Adres"), lambda p: p.address),
        ], parent=self)
        self.results_table = make_table(self.results, "app_person_results", self.tr("Znalezione osoby"))
        self.results_table.setMinimumHeight(120)
        self.results_table.selectionModel().selectionChanged.connect(self._picked)
        self.chosen = QLabel(person_name or self.tr("(nie wybrano osoby)"))
        self.chosen.setObjectName("app_person_chosen")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _text: self._timer.start())

        self.received_on = date_edit("app_received_on", self.tr("Data wpływu wniosku"),
                                     received_on or wall_today())
        self.form = vocab_combo("app_form", self.tr("Forma pomocy"), labels.FORMS, BenefitForm)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("app_purpose")
        self.purpose.setAccessibleName(self.tr("Cel zasiłku celowego"))
        self.purpose.setPlaceholderText(self.tr("np. zakup opału, leków"))
        self.unable = QCheckBox(self.tr("niezdolny do pracy z powodu &wieku lub niepełnosprawności"))
        self.unable.setObjectName("app_unable_to_work")
        self.has_period = QCheckBox(self.tr("wnios&kowany okres"))
        self.has_period.setObjectName("app_has_period")
        today = wall_today()
        self.requested_from = date_edit("app_requested_from", self.tr("Wnioskowany okres od"), today)
        self.requested_to = date_edit("app_requested_to", self.tr("Wnioskowany okres do"), today)
        self.has_period.toggled.connect(self._period_toggled)
        self._period_toggled(False)
        self.facts = FactsEditor(self.fields)
        self.facts.load(grounds, other_ground, None)

        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz wniosek"), "app", self.save)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, box: QWidget, buddy: QWidget) -> None:
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, box)

        row(self.tr("&Osoba:"), self.search, self.search)
        form.addRow("", self.results_table)
        if person_id is not None:  # the person is known: no search
            form.setRowVisible(self.search, False)
            form.setRowVisible(self.results_table, False)
        form.addRow(self.tr("Wybrana osoba:"), field_box(self.fields, "person_id", self.chosen))
        lodged = QLabel(self.tr("dzień złożenia wniosku w punkcie pierwszego kontaktu"))
        lodged.setObjectName("app_received_lodged")
        lodged.setVisible(received_on is not None)
        row(self.tr("&Data wpływu:"), field_box(self.fields, "received_on", self.received_on,
                                                self.received_on, lodged),
            self.received_on)
        row(self.tr("&Forma pomocy:"), field_box(self.fields, "form", self.form), self.form)
        row(self.tr("&Cel:"), field_box(self.fields, "purpose", self.purpose), self.purpose)
        form.addRow("", self.unable)
        form.addRow(self.has_period, field_box(self.fields, "requested_to", self.requested_from,
                                               QLabel(self.tr("od")), self.requested_from,
                                               QLabel(self.tr("do")), self.requested_to))
        form.addRow(self.facts)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 520 if person_id is None else self.sizeHint().height())
        (self.search if person_id is None else self.received_on).setFocus()

    # --- the person ---
    def search_now(self, focus_results: bool = False) -> None:
        self._timer.stop()
        text = self.search.text()
        if len(text.strip()) < MIN_SEARCH:
            self.results.set_rows([])
            return
        self.results.set_source(
            lambda offset, limit: self.services.persons.search(self.actor, text, limit, offset),
            lambda: self.services.persons.count(self.actor, text),
        )
        if self.results.rowCount():
            self.results_table.selectRow(0)
            if focus_results:
                self.results_table.setFocus()

    def _picked(self) -> None:
        person = selected_object(self.results_table, self.results)
        if person is not None:
            self.person_id = person.id
            self.chosen.setText(f"{person.full_name}, {person.pesel or ''} – {person.address}")

    def _period_toggled(self, on: bool) -> None:
        self.requested_from.setEnabled(on)
        self.requested_to.setEnabled(on)

    # --- saving ---
    def data(self) -> ApplicationInput | None:
        if self.person_id is None:
            return None
        period = self.has_period.isChecked()
        facts = self.facts.facts()
        return ApplicationInput(
            person_id=self.person_id,
            received_on=self.received_on.date().toPython(),
            form=BenefitForm(self.form.currentData()),
            purpose=self.purpose.text(),
            unable_to_work=self.unable.isChecked(),
            requested_from=self.requested_from.date().toPython() if period else None,
            requested_to=self.requested_to.date().toPython() if period else None,
            grounds=facts.grounds,
            other_ground=facts.other_ground,
            interview_on=facts.interview_on,
        )

    def save(self) -> None:
        data = self.data()
        if data is None:
            self.fields.show(ValidationError([FieldError("person_id", "required")]))
            self.search.setFocus()
            return
        created = attempt(self, lambda: self.services.applications.register(self.actor, data),
                          self.fields)
        if created is not None:
            self.created = created
            self.accept()
