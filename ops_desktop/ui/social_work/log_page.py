"""Dziennik pracy socjalnej: a quick-entry form on top, the worker's own entries below.

The form keeps what was typed when a save is refused (the reason stands under its field);
after a save the minutes and the note empty and the case, day and kind stay, since the next
entry is often the same kind of work on the same day. The list is this worker's entries,
newest work first, of one month or all.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtGui import QKeySequence, QShortcut
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

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.social_work_log import MAX_NOTE, LogKind
from ops_desktop.i18n.format import date_short, month_year
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import DomainError, StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.services.social_work_log import LogEntryInput, LogEntryView
from ops_desktop.ui import guard, labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box, to_qdate
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact.inputs import labelled_row
from ops_desktop.ui.forms import FieldErrors, choose_data, named, push_button, vocab_combo
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object

MONTHS_OFFERED = 24  # the month filter goes back two years; "all" covers the rest


def minutes_value(text: str) -> int | str:
    """The minutes as typed: a whole number, or the text itself for the service to refuse
    under the field (so "półtorej godziny" is named as wrong, not silently dropped)."""
    stripped = text.strip()
    return int(stripped) if stripped.isdigit() else stripped


class LogPage(QWidget):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.editing: LogEntryView | None = None  # the entry being corrected, if any
        self.fields = FieldErrors()
        self.case = named(QComboBox(), "log_case", self.tr("Sprawa – osoba lub rodzina"))
        self.with_family = named(QCheckBox(self.tr("z całą rodziną")), "log_with_family",
                                 self.tr("Praca z całą rodziną"))
        today = wall_today()
        self.worked_on = date_edit("log_worked_on", self.tr("Data pracy socjalnej"), today)
        self.worked_on.setMaximumWidth(160)
        self.kind = vocab_combo("log_kind", self.tr("Rodzaj pracy socjalnej"), labels.LOG_KINDS,
                                [k.value for k in LogKind])
        self.minutes = named(QLineEdit(), "log_minutes", self.tr("Czas w minutach"))
        self.minutes.setPlaceholderText(self.tr("np. 45"))
        self.minutes.setMaximumWidth(90)
        self.note = named(QLineEdit(), "log_note", self.tr("Krótka notatka (poufna)"))
        self.note.setPlaceholderText(self.tr("nieobowiązkowa, najwyżej %1 znaków")
                                     .replace("%1", str(MAX_NOTE)))
        self.save_button = push_button(self.tr("&Dodaj wpis"), "log_save", self.save)
        self.save_button.setToolTip(self.tr("Enter w polu minut lub notatki"))
        self.cancel_edit = push_button(self.tr("Anuluj poprawkę"), "log_cancel_edit",
                                       self.stop_editing)
        self.cancel_edit.setVisible(False)
        for edit in (self.minutes, self.note):
            edit.returnPressed.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        form = QFormLayout()
        labelled_row(form, self.tr("&Sprawa:"), field_box(
            self.fields, "case_id", self.case, self.case, self.with_family), self.case)
        labelled_row(form, self.tr("D&ata:"), field_box(
            self.fields, "worked_on", self.worked_on, self.worked_on, QLabel()), self.worked_on)
        labelled_row(form, self.tr("&Rodzaj:"), field_box(self.fields, "kind", self.kind),
                     self.kind)
        labelled_row(form, self.tr("&Minuty:"), field_box(
            self.fields, "minutes", self.minutes, self.minutes, QLabel(self.tr("min (1–600)"))),
            self.minutes)
        labelled_row(form, self.tr("&Notatka:"), field_box(self.fields, "note", self.note),
                     self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_edit)
        buttons.addStretch(1)
        form.addRow(buttons)
        entry_box = QGroupBox(self.tr("Nowy wpis w dzienniku pracy socjalnej"))
        entry_box.setObjectName("log_entry_box")
        entry_box.setLayout(form)
        self.entry_box = entry_box

        self.month = named(QComboBox(), "log_month", self.tr("Miesiąc"))
        self.month.addItem(self.tr("wszystkie miesiące"), None)
        first = today.replace(day=1)
        for back in range(MONTHS_OFFERED):
            month = add_months(first, -back)
            self.month.addItem(month_year(month), month)
        self.month.setCurrentIndex(1)  # this month
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = named(QLabel(), "log_summary", self.tr("Podsumowanie"))
        self.entries: PagedTableModel[LogEntryView] = PagedTableModel(self._columns(), parent=self)
        self.table = make_table(self.entries, "log_table", self.tr("Moje wpisy"))
        self.edit_button = push_button(self.tr("&Popraw wpis"), "log_edit", self.start_editing)
        self.withdraw_button = push_button(self.tr("&Wycofaj wpis"), "log_withdraw",
                                           self.withdraw)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        top = QHBoxLayout()
        month_label = QLabel(self.tr("Miesią&c:"))
        month_label.setBuddy(self.month)
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addWidget(self.summary, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.withdraw_button)

        layout = QVBoxLayout(self)
        layout.addWidget(entry_box)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bus.changed.connect(self.refresh)
        self.refresh()

    def _columns(self) -> list[Column[LogEntryView]]:
        return [
            Column(self.tr("Data"), lambda e: date_short(e.worked_on), lambda e: e.worked_on),
            Column(self.tr("Sprawa"), lambda e: e.case_sign),
            Column(self.tr("Osoba / rodzina"), lambda e: e.person_name + (
                self.tr(" (z rodziną)") if e.with_family else "")),
            Column(self.tr("Rodzaj"), lambda e: labels.vocab(labels.LOG_KINDS, e.kind)),
            Column(self.tr("Minuty"), lambda e: str(e.minutes), lambda e: e.minutes,
                   align_right=True),
            Column(self.tr("Notatka"), lambda e: e.note),
        ]

    # --- reading ---
    def refresh(self) -> None:
        try:
            self._reload_cases()
            month = self.month.currentData()
            s, a = self.services, self.actor
            self.entries.set_source(lambda offset, limit: s.social_work_log.entries(
                a, month, limit, offset), lambda: s.social_work_log.count(a, month))
        except (DomainError, StorageEnvironmentError) as exc:
            self.summary.setText(guard.describe(exc))
            return
        self._summarise()
        self._update_buttons()

    def _reload_cases(self) -> None:
        """The worker's own open cases; the one chosen stays chosen."""
        chosen = self.case.currentData()
        self.case.clear()
        for item in self.services.caseload.my_cases(self.actor):
            self.case.addItem(f"{item.case_sign} – {item.person_name}", item.case_id)
        if chosen is not None:
            choose_data(self.case, chosen)

    def _summarise(self) -> None:
        count = self.entries.total()
        shown = [self.entries.row_object(r) for r in range(self.entries.rowCount())]
        minutes = sum(e.minutes for e in shown if e is not None)
        text = self.tr("Wpisy: %1, razem %2 min").replace("%1", str(count)).replace(
            "%2", str(minutes))
        self.summary.setText(text if count == len(shown) else text + self.tr(" (w pokazanych)"))

    def selected(self) -> LogEntryView | None:
        return selected_object(self.table, self.entries)

    def _update_buttons(self) -> None:
        entry = self.selected()
        mine = entry is not None and entry.editable_by(self.actor.user_id, wall_today())
        for button in (self.edit_button, self.withdraw_button):
            button.setEnabled(mine)
            button.setToolTip("" if mine else self.tr(
                "Poprawić lub wycofać można tylko własny wpis w dniu jego dodania."))

    # --- writing ---
    def _typed(self) -> LogEntryInput:
        picked = self.worked_on.date()
        case_id = self.case.currentData()
        return LogEntryInput(
            case_id=case_id if isinstance(case_id, uuid.UUID) else None,  # type: ignore[arg-type]
            worked_on=dt.date(picked.year(), picked.month(), picked.day()),
            kind=LogKind(str(self.kind.currentData())),
            minutes=minutes_value(self.minutes.text()),  # type: ignore[arg-type]
            with_family=self.with_family.isChecked(), note=self.note.text())

    def save(self) -> None:
        data = self._typed()
        editing = self.editing
        if data.case_id is None:
            self.fields.say("case_id", self.tr("Wybierz sprawę – nie masz otwartych spraw."))
            return
        self.fields.clear()
        if editing is None:
            saved = guard.attempt(self, lambda: self.services.social_work_log.add(
                self.actor, data), self.fields)
        else:
            saved = guard.attempt(self, lambda: self.services.social_work_log.edit(
                self.actor, editing.id, data), self.fields)
        if saved is None:
            return  # the reason is under its field; what was typed stays
        self.minutes.clear()
        self.note.clear()
        self.stop_editing()
        self.bus.changed.emit()
        self.minutes.setFocus()

    def start_editing(self) -> None:
        """Load the chosen entry into the form; saving then corrects it."""
        entry = self.selected()
        if entry is None:
            return
        self.editing = entry
        choose_data(self.case, entry.case_id)
        self.case.setEnabled(False)  # an entry stays on its case
        self.with_family.setChecked(entry.with_family)
        self.worked_on.setDate(to_qdate(entry.worked_on))
        self.kind.setCurrentIndex(self.kind.findData(entry.kind.value))
        self.minutes.setText(str(entry.minutes))
        self.note.setText(entry.note)
        self.entry_box.setTitle(self.tr("Poprawa wpisu z %1").replace(
            "%1", date_short(entry.worked_on)))
        self.save_button.setText(self.tr("&Zapisz poprawkę"))
        self.cancel_edit.setVisible(True)
        self.minutes.setFocus()

    def stop_editing(self) -> None:
        self.editing = None
        self.case.setEnabled(True)
        self.entry_box.setTitle(self.tr("Nowy wpis w dzienniku pracy socjalnej"))
        self.save_button.setText(self.tr("&Dodaj wpis"))
        self.cancel_edit.setVisible(False)
        self.fields.clear()

    def withdraw(self) -> None:
        """Withdraw the chosen entry (one's own, written today): entered by mistake."""
        entry = self.selected()
        if entry is None:
            return

        def withdrawn() -> bool:
            self.services.social_work_log.withdraw(self.actor, entry.id)
            return True

        if guard.attempt(self, withdrawn):
            self.bus.changed.emit()
