"""A decision granting a shelter place: the case, the interview it rests on, the shelter and
the stay. Every interview of the household is listed, drafts marked; choosing one that is not
completed is refused under the interview's field, and what was typed stays."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from ops_desktop.domain.clock import wall_today
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.shelters import ShelterDecisionInput, ShelterDecisionView
from ops_desktop.ui import placement_labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.first_contact.inputs import hint, labelled_row, plain_text
from ops_desktop.ui.forms import FieldErrors, named, save_cancel
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.labels import vocab
from ops_desktop.ui.services_team.order_dialog import as_date
from ops_desktop.ui.services_team.signed_acts import fill_services_cases


class ShelterDecisionDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.saved: ShelterDecisionView | None = None
        self.setWindowTitle(self.tr("Decyzja o przyznaniu schronienia"))
        self.fields = FieldErrors()
        self.case = fill_services_cases(named(QComboBox(), "shelter_case", self.tr(
            "Sprawa zespołu usług")), services, actor,
            services.shelters.preparing_team())
        self.interview = named(QComboBox(), "shelter_interview", self.tr("Wywiad środowiskowy"))
        self.case.currentIndexChanged.connect(lambda _i: self._fill_interviews())
        self.shelter = named(QComboBox(), "shelter_place", self.tr("Placówka"))
        for line in services.shelters.register(actor):
            e = line.entry
            self.shelter.addItem(self.tr("%1 – %2 (wolne: %3)").replace("%1", e.institution)
                                 .replace("%2", vocab(placement_labels.SHELTER_KINDS, e.kind))
                                 .replace("%3", str(line.free)), line.id)
        today = wall_today()
        self.decided_on = date_edit("shelter_decided_on", self.tr("Data decyzji"), today)
        self.starts_on = date_edit("shelter_starts_on", self.tr("Pobyt od"), today)
        self.ends_on = date_edit("shelter_ends_on", self.tr("Pobyt do"),
                                 today + dt.timedelta(days=90))
        self.reasoning = plain_text("shelter_reasoning", self.tr("Uzasadnienie"), 70)
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz projekt"),
                                                   "shelter_decision", self.save)
        form = QFormLayout()
        for text, field, widget in (
                (self.tr("&Sprawa:"), "case_id", self.case),
                (self.tr("&Wywiad:"), "interview_id", self.interview),
                (self.tr("&Placówka:"), "shelter_id", self.shelter),
                (self.tr("&Data decyzji:"), "decided_on", self.decided_on),
                (self.tr("Pobyt &od:"), "starts_on", self.starts_on),
                (self.tr("Pobyt d&o:"), "ends_on", self.ends_on),
                (self.tr("&Uzasadnienie:"), "reasoning", self.reasoning)):
            labelled_row(form, text, field_box(self.fields, field, widget), widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Schronienie przyznaje się po przeprowadzeniu wywiadu środowiskowego; decyzję "
            "podpisuje kierownik.")))
        layout.addWidget(buttons)
        self._fill_interviews()
        self.resize(600, 480)

    def _fill_interviews(self) -> None:
        self.interview.clear()
        case_id = self.case.currentData()
        if not isinstance(case_id, uuid.UUID):
            return
        for i in attempt(self, lambda: self.services.shelters.interviews(self.actor, case_id)) or []:
            if i.completed:
                text = self.tr("zakończony, przeprowadzony %1").replace(
                    "%1", date_short(i.conducted_on))
            else:
                text = self.tr("w toku (szkic)")
            self.interview.addItem(text, i.id)

    def save(self) -> None:
        case_id, interview_id = self.case.currentData(), self.interview.currentData()
        if not isinstance(case_id, uuid.UUID):
            self.fields.say("case_id", self.tr("Brak otwartej sprawy zespołu usług."))
            return
        if not isinstance(interview_id, uuid.UUID):
            self.fields.say("interview_id", self.tr(
                "Ta osoba nie ma wywiadu środowiskowego – schronienie przyznaje się po wywiadzie."))
            return
        data = ShelterDecisionInput(
            case_id=case_id, shelter_id=self.shelter.currentData(), interview_id=interview_id,
            decided_on=as_date(self.decided_on), starts_on=as_date(self.starts_on),
            ends_on=as_date(self.ends_on), reasoning=self.reasoning.toPlainText())
        self.fields.clear()
        saved = attempt(self, lambda: self.services.shelters.prepare_decision(self.actor, data),
                        self.fields)
        if saved is not None:
            self.saved = saved
            self.accept()
