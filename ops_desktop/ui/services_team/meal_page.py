"""Posiłek: the decisions granting meals – prepared by the team, signed by the head (here or
in the coordinator's signing list), printed – and, for the chosen signed decision, the meals
given each month as the school or canteen reported them. A refusal stands under its field
and what was typed stays."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.permissions import Permission
from ops_desktop.i18n.format import date_short, money, month_year
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.meals import MealDecisionView, MealMonthView
from ops_desktop.ui import guard, meal_labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import FieldErrors, named, push_button
from ops_desktop.ui.labels import vocab
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.services_team.meal_dialog import MealDecisionDialog
from ops_desktop.ui.services_team.order_dialog import as_date
from ops_desktop.ui.services_team.shelter_page import reselect
from ops_desktop.ui.services_team.signed_acts import (
    PreparerNote,
    print_act,
    run_draft_dialog,
    sign_act,
)
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


class MealPage(ReadWhenShown):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.fields = FieldErrors()
        self.decisions: PagedTableModel[MealDecisionView] = PagedTableModel([
            Column(self.tr("Numer"), lambda d: d.number),
            Column(self.tr("Strona"), lambda d: d.person_name),
            Column(self.tr("Otrzymuje"), lambda d: d.beneficiary_name),
            Column(self.tr("Znak sprawy"), lambda d: d.case_sign),
            Column(self.tr("Rodzaj"), lambda d: vocab(meal_labels.MEAL_KINDS, d.kind)),
            Column(self.tr("Miejsce"), lambda d: d.place),
            Column(self.tr("Okres"), lambda d: f"{date_short(d.starts_on)} – "
                                               f"{date_short(d.ends_on)}", lambda d: d.starts_on),
            Column(self.tr("Przyznano"), lambda d: str(d.meals), lambda d: d.meals,
                   align_right=True),
            Column(self.tr("Wydano"), lambda d: str(d.given), lambda d: d.given,
                   align_right=True),
            Column(self.tr("Koszt"), lambda d: money(d.total), lambda d: d.total,
                   align_right=True),
            Column(self.tr("Odpłatność"), lambda d: self.tr("nieodpłatnie") if d.free
                   else self.tr("odpłatnie")),
            Column(self.tr("Stan"), lambda d: self.tr("podpisana") if d.signed
                   else self.tr("projekt")),
        ], parent=self)
        self.decisions_table = make_table(self.decisions, "meal_decisions",
                                          self.tr("Decyzje o przyznaniu posiłku"))
        self.decisions_table.selectionModel().selectionChanged.connect(
            lambda *_: self._decision_chosen())
        writes = actor.may(Permission.WRITE_PLACEMENTS)
        self.new_button = push_button(self.tr("&Nowa decyzja…"), "meal_new_decision",
                                      self.new_decision)
        self.new_button.setVisible(writes)
        self.sign_button = push_button(self.tr("&Podpisz"), "meal_sign", self.sign)
        self.sign_button.setVisible(actor.may(Permission.SIGN_DECISION))
        self.print_button = push_button(self.tr("D&rukuj decyzję"), "meal_print",
                                        self.print_decision)
        self.preparer = PreparerNote(services.meals.preparing_team, actor, "meal_preparer")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.preparer)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.print_button)

        self.months: PagedTableModel[MealMonthView] = PagedTableModel([
            Column(self.tr("Miesiąc"), lambda m: month_year(m.month), lambda m: m.month),
            Column(self.tr("Wydane posiłki"), lambda m: str(m.meals), lambda m: m.meals,
                   align_right=True),
            # A paid meal's share is the council resolution's, not held: said, not shown as 0.
            Column(self.tr("Koszt ośrodka"), lambda m: money(m.amount) if m.amount is not None
                   else self.tr("odpłatny – brak danych"),
                   lambda m: m.amount if m.amount is not None else Decimal(-1),
                   align_right=True),
        ], parent=self)
        self.months_table = make_table(self.months, "meal_months",
                                       self.tr("Posiłki wydane w miesiącach"))
        first = wall_today().replace(day=1)
        self.month = date_edit("meal_month", self.tr("Miesiąc"), first)
        self.month.setDisplayFormat("MM.yyyy")
        self.given = named(QSpinBox(), "meal_given", self.tr("Wydane posiłki"))
        self.given.setRange(0, 2000)
        self.given.setMaximumWidth(100)
        self.record_button = push_button(self.tr("&Zapisz miesiąc"), "meal_record",
                                         self.record_month)
        self.record_button.setVisible(writes)
        entry = QHBoxLayout()
        entry.addWidget(QLabel(self.tr("Miesiąc:")))
        entry.addWidget(field_box(self.fields, "month", self.month))
        entry.addWidget(QLabel(self.tr("Wydane posiłki:")))
        entry.addWidget(field_box(self.fields, "meals", self.given))
        entry.addWidget(self.record_button)
        entry.addStretch(1)
        self.months_box = QGroupBox(self.tr("Posiłki wydane (według szkoły lub stołówki)"))
        months_layout = QVBoxLayout(self.months_box)
        months_layout.addWidget(self.months_table, 1)
        months_layout.addLayout(entry)

        layout = QVBoxLayout(self)
        layout.addWidget(self.decisions_table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.months_box, 2)
        # Read when first shown: the services tab builds every page when it is first
        # opened (ui/read_when_shown.py).
        bus.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        self.new_button.setEnabled(self.preparer.ours())
        chosen = self.chosen()
        self.decisions.set_rows(guard.attempt(self, lambda: self.services.meals.decisions(
            self.actor)) or [])
        reselect(self.decisions_table, self.decisions, chosen)
        self._decision_chosen()

    def chosen(self) -> MealDecisionView | None:
        return selected_object(self.decisions_table, self.decisions)

    def _decision_chosen(self) -> None:
        d = self.chosen()
        self.print_button.setEnabled(d is not None)
        self.sign_button.setEnabled(d is not None and not d.signed)
        self.months_box.setEnabled(d is not None and d.signed)
        rows = [] if d is None else guard.attempt(
            self, lambda: self.services.meals.months(self.actor, d.id)) or []
        self.months.set_rows(rows)

    def new_decision(self) -> None:
        run_draft_dialog(MealDecisionDialog(self.services, self.actor, self), self.bus)

    def sign(self) -> None:
        sign_act(self, self.bus, lambda i: self.services.meals.sign(self.actor, i),
                 self.chosen())

    def print_decision(self) -> None:
        print_act(self, lambda i: self.services.meals.document(self.actor, i), self.chosen())

    def record_month(self) -> None:
        d = self.chosen()
        if d is None:
            return
        month, meals = as_date(self.month).replace(day=1), self.given.value()
        self.fields.clear()
        if guard.attempt(self, lambda: self.services.meals.record_month(
                self.actor, d.id, month, meals), self.fields) is not None:
            self.bus.changed.emit()
