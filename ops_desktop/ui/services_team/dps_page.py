"""DPS: the homes the office refers to with their dated monthly costs, and the decisions –
directing a person to a home and the art. 61 fee decision – prepared by the team, signed by
the head, printed."""

from __future__ import annotations


from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.permissions import Permission
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.placements import DpsDecisionView, HomeView
from ops_desktop.ui import guard, placement_labels
from ops_desktop.ui.benefits.application_dialog import date_edit
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.field_rows import field_rows
from ops_desktop.ui.forms import FieldErrors, named, push_button
from ops_desktop.ui.labels import vocab
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.services_team.dps_dialogs import FeeDialog, PlacementDialog
from ops_desktop.ui.services_team.order_dialog import as_date, typed_money
from ops_desktop.ui.services_team.register_split import register_over_decisions
from ops_desktop.ui.services_team.shelter_page import reselect
from ops_desktop.ui.services_team.signed_acts import (
    PreparerNote,
    print_act,
    run_draft_dialog,
    sign_act,
)
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


def _cost(home: HomeView) -> str:
    if not home.costs:
        return ""
    since, amount, _source = home.costs[-1]
    return f"{money(amount)} ({date_short(since)})"


def _amount(value: object) -> str:
    return "" if value is None else money(value)  # type: ignore[arg-type]


class DpsPage(ReadWhenShown):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.fields = FieldErrors()
        self.homes: PagedTableModel[HomeView] = PagedTableModel([
            Column(self.tr("Dom pomocy społecznej"), lambda h: h.name),
            Column(self.tr("Adres"), lambda h: h.address),
            Column(self.tr("Średni koszt miesięczny (od)"), _cost),
        ], parent=self)
        self.homes_table = make_table(self.homes, "dps_homes", self.tr("Domy pomocy społecznej"))
        self.name = named(QLineEdit(), "dps_home_name", self.tr("Nazwa domu"))
        self.address = named(QLineEdit(), "dps_home_address", self.tr("Adres domu"))
        self.add_home_button = push_button(self.tr("Dodaj &dom"), "dps_add_home", self.add_home)
        self.cost = named(QLineEdit(), "dps_cost", self.tr("Średni koszt miesięczny"))
        self.cost_from = date_edit("dps_cost_from", self.tr("Koszt od dnia"),
                                   wall_today().replace(month=1, day=1))
        self.cost_source = named(QLineEdit(), "dps_cost_source", self.tr("Źródło kosztu"))
        self.cost_button = push_button(self.tr("Zapisz &koszt wybranego domu"), "dps_set_cost",
                                       self.set_cost)
        form = field_rows(self.fields, (
                (self.tr("&Nazwa:"), "name", self.name),
                (self.tr("&Adres:"), "address", self.address)))
        form.addRow(self.add_home_button)
        field_rows(self.fields, (
                (self.tr("Ś&redni koszt (zł):"), "monthly_cost", self.cost),
                (self.tr("Koszt &od dnia:"), "valid_from", self.cost_from),
                (self.tr("Ź&ródło:"), "source", self.cost_source)), form)
        form.addRow(self.cost_button)
        self.homes_box = QGroupBox(self.tr("Dom i jego koszt"))
        self.homes_box.setLayout(form)
        writes = actor.may(Permission.WRITE_PLACEMENTS)
        self.homes_box.setVisible(writes)

        kinds = placement_labels.DPS_KINDS
        self.decisions: PagedTableModel[DpsDecisionView] = PagedTableModel([
            Column(self.tr("Numer"), lambda d: d.number),
            Column(self.tr("Rodzaj"), lambda d: vocab(kinds, d.kind)),
            Column(self.tr("Osoba"), lambda d: d.person_name),
            Column(self.tr("Znak sprawy"), lambda d: d.case_sign),
            Column(self.tr("Dom"), lambda d: d.home_name),
            Column(self.tr("Od"), lambda d: date_short(d.starts_on), lambda d: d.starts_on),
            Column(self.tr("Mieszkaniec"), lambda d: _amount(d.resident), align_right=True),
            Column(self.tr("Rodzina"), lambda d: _amount(d.relatives), align_right=True),
            Column(self.tr("Gmina"), lambda d: _amount(d.gmina), align_right=True),
            Column(self.tr("Stan"), lambda d: self.tr("podpisana") if d.signed
                   else self.tr("projekt")),
        ], parent=self)
        self.decisions_table = make_table(self.decisions, "dps_decisions",
                                          self.tr("Decyzje w sprawie DPS"))
        self.decisions_table.selectionModel().selectionChanged.connect(
            lambda *_: self._chosen())
        self.placement_button = push_button(self.tr("&Skierowanie…"), "dps_new_placement",
                                            self.new_placement)
        self.fee_button = push_button(self.tr("&Odpłatność…"), "dps_new_fee", self.new_fee)
        for button in (self.placement_button, self.fee_button):
            button.setVisible(writes)
        self.sign_button = push_button(self.tr("&Podpisz"), "dps_sign", self.sign)
        self.sign_button.setVisible(actor.may(Permission.SIGN_DECISION))
        self.print_button = push_button(self.tr("D&rukuj decyzję"), "dps_print", self.print)
        self.preparer = PreparerNote(services.placements.preparing_team, actor, "dps_preparer")
        self.prepares = True  # the worker's team prepares DPS decisions now
        buttons = QHBoxLayout()
        for button in (self.placement_button, self.fee_button):
            buttons.addWidget(button)
        buttons.addWidget(self.preparer)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.print_button)

        register_over_decisions(self, self.homes_table, self.homes_box,
                                self.tr("Decyzje w sprawie DPS"), self.decisions_table, buttons)
        # Read when first shown: the services tab builds every page when it is first
        # opened (ui/read_when_shown.py).
        bus.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        """Read both lists again, keeping the home and the decision chosen."""
        self.prepares = self.preparer.ours()
        self.placement_button.setEnabled(self.prepares)
        home, decision = self.chosen_home(), self.chosen()
        self.homes.set_rows(guard.attempt(self, lambda: self.services.placements.homes(
            self.actor)) or [])
        self.decisions.set_rows(guard.attempt(self, lambda: self.services.placements.decisions(
            self.actor)) or [])
        reselect(self.homes_table, self.homes, home)
        reselect(self.decisions_table, self.decisions, decision)
        self._chosen()

    def chosen_home(self) -> HomeView | None:
        return selected_object(self.homes_table, self.homes)

    def chosen(self) -> DpsDecisionView | None:
        return selected_object(self.decisions_table, self.decisions)

    def _chosen(self) -> None:
        d = self.chosen()
        self.print_button.setEnabled(d is not None)
        self.sign_button.setEnabled(d is not None and not d.signed)
        self.fee_button.setEnabled(self.prepares and d is not None and d.kind == "placement")

    def add_home(self) -> None:
        name, address = self.name.text(), self.address.text()
        self.fields.clear()
        if guard.attempt(self, lambda: self.services.placements.add_home(
                self.actor, name, address), self.fields) is not None:
            self.name.clear()
            self.address.clear()
            self.bus.changed.emit()

    def set_cost(self) -> None:
        home = self.chosen_home()
        if home is None:
            self.fields.say("monthly_cost", self.tr("Najpierw wybierz dom z listy."))
            return
        cost, since, source = typed_money(self.cost.text()), as_date(self.cost_from), \
            self.cost_source.text()
        self.fields.clear()
        if guard.attempt(self, lambda: self.services.placements.set_cost(
                self.actor, home.id, since, cost, source), self.fields) is not None:  # type: ignore[arg-type]
            self.bus.changed.emit()

    def new_placement(self) -> None:
        run_draft_dialog(PlacementDialog(self.services, self.actor, self), self.bus)

    def new_fee(self) -> None:
        d = self.chosen()
        if d is None or d.kind != "placement":
            return
        run_draft_dialog(FeeDialog(self.services, self.actor, d, self), self.bus)

    def sign(self) -> None:
        sign_act(self, self.bus, lambda i: self.services.placements.sign(self.actor, i),
                 self.chosen())

    def print(self) -> None:
        print_act(self, lambda i: self.services.placements.document(self.actor, i),
                  self.chosen())
