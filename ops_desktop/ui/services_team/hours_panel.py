"""The month's hours of a client's carers: typed per carer for the month, or as imported from
the provider's file day by day; the order's month limit beside them.

The month's total shown is the figure the bill reads – the same the care page ("Usługi
opiekuńcze") shows, whichever of the two pages it was entered on; a save here tells the
other page (the `changed` signal goes to the office's bus)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.i18n.format import date_short, month_year, number
from ops_desktop.services.care_hours import HoursEntryView
from ops_desktop.services.care_services import CareOrderView
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import field_box
from ops_desktop.ui.first_contact.inputs import labelled_row
from ops_desktop.ui.forms import FieldErrors, choose_data, named, push_button
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.services_team.order_dialog import typed_hours
from ops_desktop.ui.services_team.week_grid import clock
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


class HoursPanel(QWidget):
    changed = Signal()  # hours saved or removed: the month's figure changed

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.order: CareOrderView | None = None
        self.fields = FieldErrors()
        self.month = named(QComboBox(), "hours_month", self.tr("Miesiąc"))
        self.month.currentIndexChanged.connect(lambda _i: self.show_month())
        self.carer = named(QComboBox(), "hours_carer", self.tr("Opiekun(ka)"))
        self.hours = named(QLineEdit(), "hours_typed", self.tr("Godziny opiekuna w miesiącu"))
        self.hours.setPlaceholderText(self.tr("np. 40 lub 12,5"))
        self.hours.setMaximumWidth(110)
        self.hours.returnPressed.connect(self.save)
        self.save_button = push_button(self.tr("&Zapisz godziny opiekuna"), "hours_save",
                                       self.save)
        self.limit = named(QLabel(), "hours_limit", self.tr("Wymiar godzin w miesiącu"))
        self.limit.setWordWrap(True)
        self.entries: PagedTableModel[HoursEntryView] = PagedTableModel([
            Column(self.tr("Opiekun(ka)"), lambda e: e.carer_name),
            Column(self.tr("Dzień"), lambda e: date_short(e.worked_on) if e.worked_on
                   else self.tr("cały miesiąc"), lambda e: e.worked_on or e.month),
            Column(self.tr("Od–do"), lambda e: "" if e.starts_min is None else
                   f"{clock(e.starts_min)}–{clock(e.ends_min or 0)}"),
            Column(self.tr("Godziny"), lambda e: number(e.hours), lambda e: e.hours,
                   align_right=True),
            Column(self.tr("Skąd"), lambda e: self.tr("%1, wiersz %2").replace(
                "%1", e.source_file).replace("%2", str(e.source_line)) if e.source_file
                else labels.vocab(labels.HOURS_SOURCES, e.source)),
        ], parent=self)
        self.table = make_table(self.entries, "hours_entries", self.tr("Godziny opiekunów"))
        self.remove_button = push_button(self.tr("Usuń &wpis"), "hours_remove", self.remove)
        form = QFormLayout()
        labelled_row(form, self.tr("&Miesiąc:"), field_box(self.fields, "month", self.month),
                     self.month)
        labelled_row(form, self.tr("O&piekun(ka):"), field_box(self.fields, "carer_id",
                                                               self.carer), self.carer)
        labelled_row(form, self.tr("&Godziny:"), field_box(
            self.fields, "hours", self.hours, self.hours, self.save_button), self.hours)
        bottom = QHBoxLayout()
        bottom.addWidget(self.limit, 1)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def show_order(self, order: CareOrderView | None,
                   carers: list[tuple[uuid.UUID, str]]) -> None:
        """The order's months up to this one (the latest first) and its carers."""
        self.order = order
        self.setEnabled(order is not None)
        wanted, wanted_carer = self.month.currentData(), self.carer.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        self.carer.clear()
        if order is not None:
            month = order.starts_on.replace(day=1)
            last = min(order.ends_on, wall_today()).replace(day=1)
            while month <= last:
                self.month.insertItem(0, month_year(month), month)
                month = add_months(month, 1)
            if wanted is None or not choose_data(self.month, wanted):
                # The month just ended is the one whose hours come in.
                self.month.setCurrentIndex(min(1, self.month.count() - 1))
            for carer_id, name in carers:
                self.carer.addItem(name, carer_id)
            choose_data(self.carer, wanted_carer)
        self.month.blockSignals(False)
        self.show_month()

    def show_month(self) -> None:
        order, month = self.order, self.month.currentData()
        self.fields.clear()
        if order is None or month is None:
            self.entries.set_rows([])
            self.limit.clear()
            return
        rows = attempt(self, lambda: self.services.care_hours.hours(self.actor, order.id, month))
        self.entries.set_rows(rows or [])
        limit = attempt(self, lambda: self.services.care_hours.month_limit(
            self.actor, order.id, month))
        m = attempt(self, lambda: self.services.care_hours.month_hours(
            self.actor, order.id, month))
        if m is None or limit is None:
            self.limit.clear()
            return
        text = self.tr("W miesiącu: %1 godz.; wpisane jako suma miesiąca – najwyżej %2 godz.; "
                       "dni z pliku – najwyżej %3 godz. w tygodniu.").replace(
            "%1", number(m.total)).replace("%2", number(limit)).replace(
            "%3", number(order.hours_per_week))
        if m.total > 0 and not m.per_carer:
            text += self.tr(" Godziny tego miesiąca wpisano jako sumę zlecenia na stronie "
                            "„Usługi opiekuńcze”, bez podziału na opiekunów.")
        self.limit.setText(text)

    def save(self) -> None:
        order, month, carer = self.order, self.month.currentData(), self.carer.currentData()
        if order is None or month is None:
            return
        if carer is None:
            self.fields.say("carer_id", self.tr("Najpierw przydziel opiekuna do tej osoby."))
            return
        hours = typed_hours(self.hours.text())
        self.fields.clear()
        saved = attempt(self, lambda: self.services.care_hours.record_month(
            self.actor, order.id, carer, month, hours), self.fields)  # type: ignore[arg-type]
        if saved is not None:
            self.hours.clear()
            self.show_month()
            self.changed.emit()

    def remove(self) -> None:
        entry = selected_object(self.table, self.entries)
        if entry is not None:
            attempt(self, lambda: self.services.care_hours.remove(self.actor, entry.id))
            self.show_month()
            self.changed.emit()
