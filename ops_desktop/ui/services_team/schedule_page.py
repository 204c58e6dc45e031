"""Harmonogram i godziny: for the chosen client's care order, who serves them, their week as
a grid (a column per day, each visit from–to with its carer), the carers' hours of a month,
and the checks and complaints about the client's care."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.i18n.format import date_short, number
from ops_desktop.services.care_providers import AssignmentView
from ops_desktop.services.care_services import CareOrderView
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import FieldErrors, choose_data, named, push_button
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.services_team.hours_panel import HoursPanel
from ops_desktop.ui.services_team.order_dialog import as_date
from ops_desktop.ui.services_team.provider_dialogs import SupervisionPanel
from ops_desktop.ui.services_team.week_grid import WeekGridModel, weekday_name
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


def _minutes(edit: QTimeEdit) -> int:
    time = edit.time()
    return time.hour() * 60 + time.minute()


def _time_edit(name: str, accessible: str, hour: int) -> QTimeEdit:
    edit = named(QTimeEdit(QTime(hour, 0)), name, accessible)
    edit.setDisplayFormat("HH:mm")
    return edit


class SchedulePage(ReadWhenShown):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.fields = FieldErrors()
        self.order = named(QComboBox(), "schedule_order", self.tr("Osoba (zlecenie usług)"))
        self.order.currentIndexChanged.connect(lambda _i: self.show_order())

        # Who serves whom.
        self.assignments: PagedTableModel[AssignmentView] = PagedTableModel([
            Column(self.tr("Opiekun(ka)"), lambda a: a.carer.name),
            Column(self.tr("Wykonawca"), lambda a: a.carer.provider_name),
            Column(self.tr("Od"), lambda a: date_short(a.starts_on), lambda a: a.starts_on),
            Column(self.tr("Do"), lambda a: date_short(a.ends_on) if a.ends_on else "",
                   lambda a: a.ends_on or dt.date.max),
        ], parent=self)
        self.assignments_table = make_table(self.assignments, "care_assignments",
                                            self.tr("Kto obsługuje osobę"))
        self.all_carers = named(QComboBox(), "assign_carer", self.tr("Opiekun do przydzielenia"))
        self.all_carers.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.all_carers.setMinimumContentsLength(18)
        self.assign_from = date_edit("assign_from", self.tr("Obsługuje od"), wall_today())
        self.assign_button = push_button(self.tr("&Przydziel"), "assign", self.assign)
        self.end_button = push_button(self.tr("Za&kończ przydział dziś"), "assign_end",
                                      self.end_assignment)
        served_box = QGroupBox(self.tr("Kto obsługuje"))
        served_layout = QVBoxLayout(served_box)
        served_layout.addWidget(self.assignments_table, 1)
        served_layout.addWidget(field_box(self.fields, "carer_id", self.all_carers,
                                          self.all_carers, self.assign_from, self.assign_button))
        served_layout.addWidget(self.fields.label_for("starts_on", self.assign_from))
        served_layout.addWidget(self.end_button)

        # The week.
        self.week = WeekGridModel(self)
        self.week_table = QTableView()
        self.week_table.setObjectName("care_week")
        self.week_table.setAccessibleName(self.tr("Harmonogram tygodniowy"))
        self.week_table.setModel(self.week)
        self.week_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.weekday = named(QComboBox(), "slot_weekday", self.tr("Dzień tygodnia"))
        for day in range(1, 8):
            self.weekday.addItem(weekday_name(day), day)
        self.slot_from = _time_edit("slot_from", self.tr("Od godziny"), 8)
        self.slot_to = _time_edit("slot_to", self.tr("Do godziny"), 10)
        self.slot_carer = named(QComboBox(), "slot_carer", self.tr("Opiekun(ka) wizyty"))
        self.slot_carer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.slot_carer.setMinimumContentsLength(16)
        self.add_slot_button = push_button(self.tr("&Dodaj wizytę"), "slot_add", self.add_slot)
        self.remove_slot_button = push_button(self.tr("&Usuń wizytę"), "slot_remove",
                                              self.remove_slot)
        self.week_summary = named(QLabel(), "week_summary", self.tr("Godziny w harmonogramie"))
        week_box = QGroupBox(self.tr("Harmonogram tygodniowy"))
        week_layout = QVBoxLayout(week_box)
        week_layout.addWidget(self.week_table, 1)
        week_layout.addWidget(field_box(self.fields, "starts_at", self.weekday, self.weekday,
                                        self.slot_from, self.slot_to, self.slot_carer,
                                        self.add_slot_button))
        week_layout.addWidget(self.fields.label_for("ends_at", self.slot_to))
        week_row = QHBoxLayout()
        week_row.addWidget(self.week_summary, 1)
        week_row.addWidget(self.remove_slot_button)
        week_layout.addLayout(week_row)

        self.hours = HoursPanel(services, actor)
        self.hours.changed.connect(bus.changed.emit)  # the care page shows the same figure
        hours_box = QGroupBox(self.tr("Godziny opiekunów w miesiącu"))
        QVBoxLayout(hours_box).addWidget(self.hours)
        self.supervision = SupervisionPanel(services, actor)
        supervision_box = QGroupBox(self.tr("Kontrole i skargi dotyczące osoby"))
        QVBoxLayout(supervision_box).addWidget(self.supervision)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(served_box)
        top.addWidget(week_box)
        top.setSizes([380, 720])
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(hours_box)
        bottom.addWidget(supervision_box)
        bottom.setSizes([560, 540])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        choose = QHBoxLayout()
        label = QLabel(self.tr("&Osoba:"))
        label.setBuddy(self.order)
        choose.addWidget(label)
        choose.addWidget(self.order, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(splitter, 1)
        # Read when first shown: the services tab builds every page when it is first
        # opened (ui/read_when_shown.py).
        bus.changed.connect(self.refresh)

    # --- reading ---
    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        wanted = self.order.currentData()
        orders = attempt(self, lambda: self.services.care_services.orders(self.actor)) or []
        carers = attempt(self, lambda: self.services.care_providers.carers(self.actor)) or []
        self.order.blockSignals(True)
        self.order.clear()
        for o in orders:
            self.order.addItem(self.tr("%1 – %2, %3 godz. tygodniowo").replace(
                "%1", o.person_name).replace("%2", o.case_sign).replace(
                "%3", number(o.hours_per_week)), o)
        if wanted is not None:
            choose_data(self.order, wanted)
        self.order.blockSignals(False)
        self.all_carers.clear()
        for c in carers:
            if c.active:
                self.all_carers.addItem(f"{c.name} ({c.provider_name})", c.id)
        self.show_order()

    def show_month_of(self, order_id: uuid.UUID, month: dt.date | None) -> None:
        """Come from the care page: its order and month, the carers' hours to enter."""
        index = next((i for i in range(self.order.count())
                      if getattr(self.order.itemData(i), "id", None) == order_id), -1)
        if index >= 0:
            self.order.setCurrentIndex(index)
        if month is not None and choose_data(self.hours.month, month):
            self.hours.show_month()
        self.hours.hours.setFocus()

    def chosen_order(self) -> CareOrderView | None:
        data = self.order.currentData()
        return data if isinstance(data, CareOrderView) else None

    def show_order(self) -> None:
        order = self.chosen_order()
        self.fields.clear()
        for widget in (self.assign_button, self.end_button, self.add_slot_button,
                       self.remove_slot_button):
            widget.setEnabled(order is not None)
        if order is None:
            self.assignments.set_rows([])
            self.week.set_slots([])
            self.hours.show_order(None, [])
            self.supervision.show_subject(None, None, "")
            self.week_summary.clear()
            return
        served = attempt(self, lambda: self.services.care_providers.assignments(
            self.actor, order.id)) or []
        self.assignments.set_rows(served)
        current = {a.carer.id: a.carer.name for a in served}
        wanted = self.slot_carer.currentData()
        self.slot_carer.clear()
        for carer_id, name in current.items():
            self.slot_carer.addItem(name, carer_id)
        choose_data(self.slot_carer, wanted)
        slots = attempt(self, lambda: self.services.care_providers.schedule(
            self.actor, order.id)) or []
        self.week.set_slots(slots)
        planned = sum((s.hours for s in slots), start=type(order.hours_per_week)(0))
        self.week_summary.setText(self.tr("Zaplanowano %1 z %2 godz. tygodniowo.").replace(
            "%1", number(planned)).replace("%2", number(order.hours_per_week)))
        self.hours.show_order(order, list(current.items()))
        self.supervision.show_subject(order.id, None, f"{order.person_name}, {order.case_sign}")

    # --- writing ---
    def assign(self) -> None:
        order, carer = self.chosen_order(), self.all_carers.currentData()
        if order is None:
            return
        if carer is None:
            self.fields.say("carer_id", self.tr("Najpierw dodaj opiekuna na stronie "
                                                "„Wykonawcy usług”."))
            return
        starts = as_date(self.assign_from)
        self.fields.clear()
        if attempt(self, lambda: self.services.care_providers.assign(
                self.actor, order.id, carer, starts), self.fields) is not None:
            self.show_order()

    def end_assignment(self) -> None:
        chosen = selected_object(self.assignments_table, self.assignments)
        if chosen is not None and attempt(self, lambda: self.services.care_providers
                                          .end_assignment(self.actor, chosen.id,
                                                          wall_today())) is not None:
            self.show_order()

    def add_slot(self) -> None:
        order, carer = self.chosen_order(), self.slot_carer.currentData()
        if order is None:
            return
        if carer is None:
            self.fields.say("starts_at", self.tr("Najpierw przydziel opiekuna do tej osoby."))
            return
        weekday, starts, ends = self.weekday.currentData(), _minutes(self.slot_from), \
            _minutes(self.slot_to)
        self.fields.clear()
        if attempt(self, lambda: self.services.care_providers.add_slot(
                self.actor, order.id, weekday, starts, ends, carer), self.fields) is not None:
            self.show_order()

    def remove_slot(self) -> None:
        index = self.week_table.currentIndex()
        slot = self.week.slot_at(index.row(), index.column()) if index.isValid() else None
        if slot is not None:
            attempt(self, lambda: self.services.care_providers.remove_slot(self.actor, slot.id))
            self.show_order()
