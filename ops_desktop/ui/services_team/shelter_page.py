"""Schronienie: the office's register of shelter places with each line's occupancy, the form
that adds or changes a line (each change is recorded for the voivode), the change report to
the voivode, and the decisions granting a place – prepared by the team, signed by the head,
printed. A refusal stands under its field and what was typed stays."""

from __future__ import annotations


from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.shelters import ShelterEntry, ShelterKind
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.shelters import ShelterDecisionView, ShelterView
from ops_desktop.ui import guard, pdf, placement_labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box, to_qdate
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact.inputs import labelled_row
from ops_desktop.ui.forms import FieldErrors, choose_data, named, push_button, vocab_combo
from ops_desktop.ui.labels import vocab
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.services_team.order_dialog import as_date
from ops_desktop.ui.services_team.register_split import register_over_decisions
from ops_desktop.ui.services_team.shelter_dialog import ShelterDecisionDialog
from ops_desktop.ui.services_team.signed_acts import (
    PreparerNote,
    print_act,
    run_draft_dialog,
    sign_act,
)
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


def reselect(table: QTableView, model: PagedTableModel, chosen: object) -> None:
    """Choose again the row of `chosen` (a view with an id) after the list was read anew."""
    row = None if chosen is None else model.row_of(lambda o: o.id, chosen.id)  # type: ignore[attr-defined]
    if row is not None:
        table.selectRow(row)


class ShelterPage(ReadWhenShown):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.fields = FieldErrors()
        kinds = placement_labels.SHELTER_KINDS
        self.register: PagedTableModel[ShelterView] = PagedTableModel([
            Column(self.tr("Placówka"), lambda v: v.entry.institution),
            Column(self.tr("Forma"), lambda v: vocab(kinds, v.entry.kind)),
            Column(self.tr("Miejsca"), lambda v: str(v.entry.places), lambda v: v.entry.places,
                   align_right=True),
            Column(self.tr("Zajęte dziś"), lambda v: str(v.occupied), lambda v: v.occupied,
                   align_right=True),
            Column(self.tr("Wolne"), lambda v: str(v.free), lambda v: v.free, align_right=True),
            Column(self.tr("Od"), lambda v: date_short(v.entry.valid_from),
                   lambda v: v.entry.valid_from),
            Column(self.tr("Do"), lambda v: date_short(v.entry.valid_to)),
        ], parent=self)
        self.register_table = make_table(self.register, "shelter_register",
                                         self.tr("Wykaz miejsc schronienia"))
        self.register_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())

        self.institution = named(QLineEdit(), "shelter_institution", self.tr("Placówka"))
        self.address = named(QLineEdit(), "shelter_address", self.tr("Adres placówki"))
        self.kind = vocab_combo("shelter_kind", self.tr("Forma schronienia"), kinds,
                                [k.value for k in ShelterKind])
        self.places = named(QSpinBox(), "shelter_places", self.tr("Liczba miejsc"))
        self.places.setRange(0, 10000)
        today = wall_today()
        self.valid_from = date_edit("shelter_valid_from", self.tr("Miejsca od"), today)
        self.has_end = named(QCheckBox(self.tr("do")), "shelter_has_end", self.tr("Do dnia"))
        self.valid_to = date_edit("shelter_valid_to", self.tr("Miejsca do"), today)
        self.valid_to.setEnabled(False)
        self.has_end.toggled.connect(self.valid_to.setEnabled)
        self.changed_on = date_edit("shelter_changed_on", self.tr("Dzień zmiany"), today)
        self.add_button = push_button(self.tr("&Dodaj do wykazu"), "shelter_add", self.add)
        self.change_button = push_button(self.tr("&Zapisz zmianę"), "shelter_change", self.change)
        self.change_button.setEnabled(False)
        form = QFormLayout()
        for text, field, widget, *extra in (
                (self.tr("&Placówka:"), "institution", self.institution),
                (self.tr("&Adres:"), "address", self.address),
                (self.tr("&Forma:"), "kind", self.kind),
                (self.tr("&Liczba miejsc:"), "places", self.places),
                (self.tr("Miejsca &od:"), "valid_from", self.valid_from),
                (self.tr("Miejsca do:"), "valid_to", self.valid_to, self.has_end,
                 self.valid_to),
                (self.tr("Dzień &zmiany:"), "changed_on", self.changed_on)):
            labelled_row(form, text, field_box(self.fields, field, widget, *extra), widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.change_button)
        self.entry_box = QGroupBox(self.tr("Pozycja wykazu"))
        entry_layout = QVBoxLayout(self.entry_box)
        entry_layout.addLayout(form)
        entry_layout.addLayout(buttons)
        writes = actor.may(Permission.WRITE_PLACEMENTS)
        self.entry_box.setVisible(writes)

        self.since = date_edit("shelter_report_since", self.tr("Zmiany od"),
                               today.replace(day=1))
        self.until = date_edit("shelter_report_until", self.tr("Zmiany do"), today)
        self.report_button = push_button(self.tr("&Raport zmian dla wojewody"), "shelter_report",
                                         self.print_report)
        report = QHBoxLayout()
        report.addWidget(QLabel(self.tr("Zmiany w wykazie od")))
        report.addWidget(self.since)
        report.addWidget(QLabel(self.tr("do")))
        report.addWidget(self.until)
        report.addWidget(self.report_button)
        report.addStretch(1)

        self.decisions: PagedTableModel[ShelterDecisionView] = PagedTableModel([
            Column(self.tr("Numer"), lambda d: d.number),
            Column(self.tr("Osoba"), lambda d: d.person_name),
            Column(self.tr("Znak sprawy"), lambda d: d.case_sign),
            Column(self.tr("Placówka"), lambda d: d.shelter),
            Column(self.tr("Pobyt"), lambda d: f"{date_short(d.starts_on)} – "
                                               f"{date_short(d.ends_on)}", lambda d: d.starts_on),
            Column(self.tr("Wywiad z dnia"), lambda d: date_short(d.interview_on)),
            Column(self.tr("Stan"), lambda d: self.tr("podpisana") if d.signed
                   else self.tr("projekt")),
        ], parent=self)
        self.decisions_table = make_table(self.decisions, "shelter_decisions",
                                          self.tr("Decyzje o przyznaniu schronienia"))
        self.decisions_table.selectionModel().selectionChanged.connect(
            lambda *_: self._decision_chosen())
        self.new_button = push_button(self.tr("&Nowa decyzja…"), "shelter_new_decision",
                                      self.new_decision)
        self.new_button.setVisible(writes)
        self.sign_button = push_button(self.tr("&Podpisz"), "shelter_sign", self.sign)
        self.sign_button.setVisible(actor.may(Permission.SIGN_DECISION))
        self.print_button = push_button(self.tr("D&rukuj decyzję"), "shelter_print",
                                        self.print_decision)
        self.preparer = PreparerNote(services.shelters.preparing_team, actor,
                                     "shelter_preparer")
        decision_buttons = QHBoxLayout()
        decision_buttons.addWidget(self.new_button)
        decision_buttons.addWidget(self.preparer)
        decision_buttons.addStretch(1)
        decision_buttons.addWidget(self.sign_button)
        decision_buttons.addWidget(self.print_button)

        left = QVBoxLayout()
        left.addWidget(self.register_table, 1)
        left.addLayout(report)
        register_over_decisions(self, left, self.entry_box,
                                self.tr("Decyzje o przyznaniu schronienia"),
                                self.decisions_table, decision_buttons)
        # Read when first shown: the services tab builds every page when it is first
        # opened (ui/read_when_shown.py).
        bus.changed.connect(self.refresh)

    # --- reading ---
    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        """Read both lists again, keeping the line and the decision chosen."""
        self.new_button.setEnabled(self.preparer.ours())
        line, decision = self.chosen_line(), self.chosen_decision()
        self.register.set_rows(guard.attempt(self, lambda: self.services.shelters.register(
            self.actor)) or [])
        self.decisions.set_rows(guard.attempt(self, lambda: self.services.shelters.decisions(
            self.actor)) or [])
        reselect(self.register_table, self.register, line)
        reselect(self.decisions_table, self.decisions, decision)
        self._chosen()
        self._decision_chosen()

    def chosen_line(self) -> ShelterView | None:
        return selected_object(self.register_table, self.register)

    def chosen_decision(self) -> ShelterDecisionView | None:
        return selected_object(self.decisions_table, self.decisions)

    def _chosen(self) -> None:
        """The chosen line fills the form, to be changed; nothing chosen: a new line."""
        line = self.chosen_line()
        self.change_button.setEnabled(line is not None)
        if line is None:
            return
        e = line.entry
        self.institution.setText(e.institution)
        self.address.setText(e.address)
        choose_data(self.kind, e.kind.value)
        self.places.setValue(e.places)
        self.valid_from.setDate(to_qdate(e.valid_from))
        self.has_end.setChecked(e.valid_to is not None)
        if e.valid_to is not None:
            self.valid_to.setDate(to_qdate(e.valid_to))

    def _decision_chosen(self) -> None:
        d = self.chosen_decision()
        self.print_button.setEnabled(d is not None)
        self.sign_button.setEnabled(d is not None and not d.signed)

    def typed(self) -> ShelterEntry:
        return ShelterEntry(
            institution=self.institution.text(), address=self.address.text(),
            kind=ShelterKind(self.kind.currentData()), places=self.places.value(),
            valid_from=as_date(self.valid_from),
            valid_to=as_date(self.valid_to) if self.has_end.isChecked() else None)

    # --- writing ---
    def add(self) -> None:
        entry, on = self.typed(), as_date(self.changed_on)
        self.fields.clear()
        saved = guard.attempt(self, lambda: self.services.shelters.add_shelter(
            self.actor, entry, on), self.fields)
        if saved is not None:
            self.bus.changed.emit()

    def change(self) -> None:
        line = self.chosen_line()
        if line is None:
            return
        entry, on = self.typed(), as_date(self.changed_on)
        self.fields.clear()
        saved = guard.attempt(self, lambda: self.services.shelters.change_shelter(
            self.actor, line.id, entry, on), self.fields)
        if saved is not None:
            self.bus.changed.emit()

    def new_decision(self) -> None:
        run_draft_dialog(ShelterDecisionDialog(self.services, self.actor, self), self.bus)

    def sign(self) -> None:
        sign_act(self, self.bus, lambda i: self.services.shelters.sign(self.actor, i),
                 self.chosen_decision())

    def print_decision(self) -> None:
        print_act(self, lambda i: self.services.shelters.document(self.actor, i),
                  self.chosen_decision())

    def print_report(self) -> None:
        since, until = as_date(self.since), as_date(self.until)
        data = guard.attempt(self, lambda: self.services.shelters.change_report(
            self.actor, since, until))
        if data is not None:
            pdf.hand_over(self, data, f"zmiany_wykazu_schronienia_{since}_{until}.pdf")
