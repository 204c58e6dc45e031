"""The services team's DPS decisions: directing a person to a home, and the art. 61 fee
decision with the split shown before it is saved (the resident's 70%, each relative's agreed
fee, the gmina's rest). A refusal stands under its field; what was typed stays."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.dps_fees import Relation
from ops_desktop.domain.errors import DomainError, ValidationError
from ops_desktop.domain.money import from_grosze
from ops_desktop.i18n.format import money
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.placements import (
    DpsDecisionView,
    FeeInput,
    PlacementInput,
    RelativeInput,
)
from ops_desktop.ui import guard, labels, placement_labels
from ops_desktop.ui.benefits.application_dialog import date_edit
from ops_desktop.ui.field_rows import field_rows
from ops_desktop.ui.first_contact.inputs import hint, plain_text
from ops_desktop.ui.forms import FieldErrors, named, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.live_preview import follow_inputs
from ops_desktop.ui.services_team.order_dialog import as_date, typed_money
from ops_desktop.ui.services_team.signed_acts import fill_services_cases

class PlacementDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.saved: DpsDecisionView | None = None
        self.setWindowTitle(self.tr("Skierowanie do domu pomocy społecznej"))
        self.fields = FieldErrors()
        self.case = fill_services_cases(named(QComboBox(), "dps_case", self.tr(
            "Sprawa zespołu usług")), services, actor,
            services.placements.preparing_team())
        self.home = named(QComboBox(), "dps_home", self.tr("Dom pomocy społecznej"))
        for home in services.placements.homes(actor):
            self.home.addItem(f"{home.name}, {home.address}", home.id)
        today = wall_today()
        self.decided_on = date_edit("dps_decided_on", self.tr("Data decyzji"), today)
        self.starts_on = date_edit("dps_starts_on", self.tr("Od dnia"), today)
        self.reasoning = plain_text("dps_reasoning", self.tr("Uzasadnienie"), 70)
        buttons, _save, _ = save_cancel(self, self.tr("&Zapisz projekt"), "dps_placement",
                                        self.save)
        form = field_rows(self.fields, (
                (self.tr("&Sprawa:"), "case_id", self.case),
                (self.tr("&Dom:"), "home_id", self.home),
                (self.tr("Data &decyzji:"), "decided_on", self.decided_on),
                (self.tr("&Od dnia:"), "starts_on", self.starts_on),
                (self.tr("&Uzasadnienie:"), "reasoning", self.reasoning)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        case_id = self.case.currentData()
        if not isinstance(case_id, uuid.UUID):
            self.fields.say("case_id", self.tr("Brak otwartej sprawy zespołu usług."))
            return
        data = PlacementInput(case_id, self.home.currentData(), as_date(self.decided_on),
                              as_date(self.starts_on), self.reasoning.toPlainText())
        self.fields.clear()
        saved = attempt(self, lambda: self.services.placements.prepare_placement(
            self.actor, data), self.fields)
        if saved is not None:
            self.saved = saved
            self.accept()


class FeeDialog(QDialog):
    """The fee decision on a placement, with up to two relatives paying by agreement."""

    RELATIVES = 2

    def __init__(self, services: Services, actor: Actor, placement: DpsDecisionView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.placement = services, actor, placement
        self.saved: DpsDecisionView | None = None
        self.setWindowTitle(self.tr("Odpłatność za pobyt w DPS"))
        self.fields = FieldErrors()
        today = wall_today()
        self.decided_on = date_edit("fee_decided_on", self.tr("Data decyzji"), today)
        self.starts_on = date_edit("fee_starts_on", self.tr("Od dnia"),
                                   max(today, placement.starts_on))
        self.income = named(QLineEdit(), "fee_income", self.tr("Dochód mieszkańca"))
        self.reasoning = plain_text("fee_reasoning", self.tr("Uzasadnienie"), 60)
        form = field_rows(self.fields, (
                (self.tr("Data &decyzji:"), "decided_on", self.decided_on),
                (self.tr("&Od dnia:"), "starts_on", self.starts_on),
                (self.tr("Dochód &mieszkańca (zł):"), "resident_income", self.income),
                (self.tr("&Uzasadnienie:"), "reasoning", self.reasoning)))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Skierowanie %1 – %2, %3").replace(
            "%1", placement.number).replace("%2", placement.person_name)
            .replace("%3", placement.home_name)))
        layout.addLayout(form)
        self.rows: list[tuple[QLineEdit, QComboBox, QSpinBox, QLineEdit, QLineEdit, QWidget]] = []
        side_by_side = QHBoxLayout()
        for i in range(self.RELATIVES):
            side_by_side.addWidget(self._relative_box(i))
        layout.addLayout(side_by_side)
        self.preview = named(QLabel(), "fee_preview", self.tr("Podział opłaty"))
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        layout.addWidget(hint(self.tr(
            "Krewny płaci tylko na podstawie umowy i tylko z dochodu ponad 300% kryterium; "
            "dochody krewnych nie trafiają na decyzję mieszkańca.")))
        buttons, _save, _ = save_cancel(self, self.tr("&Zapisz projekt"), "dps_fee", self.save)
        layout.addWidget(buttons)
        self.resize(860, 640)
        follow_inputs(self.show_preview, self.income, *(r[3] for r in self.rows),
                      *(r[4] for r in self.rows))
        self.show_preview()

    def _relative_box(self, i: int) -> QGroupBox:
        box = QGroupBox(self.tr("Krewny %1 (umowa, art. 103 ust. 2)").replace("%1", str(i + 1)))
        name = named(QLineEdit(), f"fee_rel{i}_name", self.tr("Imię i nazwisko"))
        relation = vocab_combo(f"fee_rel{i}_relation", self.tr("Pokrewieństwo"),
                               placement_labels.DPS_RELATIONS, [r.value for r in Relation])
        members = named(QSpinBox(), f"fee_rel{i}_members", self.tr("Osób w rodzinie"))
        members.setRange(1, 30)
        income = named(QLineEdit(), f"fee_rel{i}_income", self.tr("Dochód rodziny krewnego"))
        agreed = named(QLineEdit(), f"fee_rel{i}_agreed", self.tr("Kwota z umowy"))
        agreed_on = date_edit(f"fee_rel{i}_agreed_on", self.tr("Data umowy"), wall_today())
        where = f"relatives.{i}"
        field_rows(self.fields, (
                (self.tr("Imię i nazwisko:"), f"{where}.name", name),
                (self.tr("Pokrewieństwo:"), f"{where}.relation", relation),
                (self.tr("Osób w rodzinie:"), f"{where}.members", members),
                (self.tr("Dochód (zł):"), f"{where}.household_income", income),
                (self.tr("Kwota z umowy (zł):"), f"{where}.agreed", agreed),
                (self.tr("Data umowy:"), f"{where}.agreed_on", agreed_on)), QFormLayout(box))
        self.rows.append((name, relation, members, income, agreed, agreed_on))
        return box

    def typed(self) -> FeeInput:
        relatives = tuple(
            RelativeInput(name.text(), Relation(relation.currentData()), members.value(),
                          typed_money(income.text()), typed_money(agreed.text()),  # type: ignore[arg-type]
                          as_date(agreed_on))
            for name, relation, members, income, agreed, agreed_on in self.rows
            if name.text().strip() or agreed.text().strip())
        return FeeInput(self.placement.id, as_date(self.decided_on), as_date(self.starts_on),
                        typed_money(self.income.text()), relatives,  # type: ignore[arg-type]
                        self.reasoning.toPlainText())

    def show_preview(self) -> None:
        try:
            split = self.services.placements.preview_fee(self.actor, self.typed())
        except ValidationError as exc:
            self.preview.setText(self.tr("Podziału nie można wyliczyć: %1").replace(
                "%1", " ".join(dict.fromkeys(labels.error(e.code) for e in exc.errors))))
            return
        except DomainError as exc:
            self.preview.setText(guard.describe(exc))
            return
        self.preview.setText(self.tr(
            "Koszt %1: mieszkaniec %2 (najwyżej 70% dochodu: %3), rodzina %4, gmina %5.")
            .replace("%1", money(from_grosze(split.cost_grosze)))
            .replace("%2", money(from_grosze(split.resident_grosze)))
            .replace("%3", money(from_grosze(split.resident_cap_grosze)))
            .replace("%4", money(from_grosze(split.relatives_grosze)))
            .replace("%5", money(from_grosze(split.gmina_grosze))))

    def save(self) -> None:
        data = self.typed()
        self.fields.clear()
        saved = attempt(self, lambda: self.services.placements.prepare_fee(self.actor, data),
                        self.fields)
        if saved is not None:
            self.saved = saved
            self.accept()
