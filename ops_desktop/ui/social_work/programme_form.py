"""Drawing up an individual programme or a help plan: its kind, the diagnosis, goals, the
actions table and the period (the contract form's own widgets, ui/social_work/
contract_form.py). The dialog closes only once the draft is saved; every problem is shown
next to its field and nothing typed is lost."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.programmes import ProgrammeInput, ProgrammeView
from ops_desktop.services.views import CaseView
from ops_desktop.ui.benefits.application_dialog import field_box, to_qdate
from ops_desktop.ui.first_contact.inputs import labelled_row, plain_text
from ops_desktop.ui.forms import FieldErrors, save_cancel
from ops_desktop.ui.social_work.contract_form import PeriodAndActions, day, finish
from ops_desktop.ui.social_work.plan_dialogs import lay_out_form


class ProgrammeForm(QDialog):
    """A new draft programme on the case (`start`: what it starts from – a help plan's
    proposal from the interview), or the draft `programme` to correct."""

    def __init__(self, services: Services, actor: Actor, case: CaseView,
                 programme: ProgrammeView | None = None, start: ProgrammeInput | None = None,
                 interview_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case = services, actor, case
        self.programme, self.interview_id = programme, interview_id
        self.saved: ProgrammeView | None = None
        help_plan = interview_id is not None or (programme is not None and programme.help_plan)
        self.setWindowTitle(self.tr("Plan pomocy – projekt") if help_plan
                            else self.tr("Program indywidualny – projekt"))
        self.fields = FieldErrors()
        self.kind = QComboBox()
        self.kind.setObjectName("programme_kind")
        self.kind.setAccessibleName(self.tr("Rodzaj programu"))
        for k in services.programmes.kinds(actor, help_plan):
            note = "" if k.confirmed else self.tr(" (podstawa do potwierdzenia)")
            self.kind.addItem(k.title.capitalize() + note, k.code)
        self.phone = QLineEdit()
        self.phone.setObjectName("programme_worker_phone")
        self.diagnosis = plain_text("programme_diagnosis", self.tr("Diagnoza sytuacji"), 80)
        self.main_goal = plain_text("programme_main_goal", self.tr("Cel główny"), 50)
        self.goals = plain_text("programme_goals", self.tr("Cele szczegółowe, każdy w wierszu"),
                                60)
        form = QFormLayout()
        labelled_row(form, self.tr("&Rodzaj:"), field_box(self.fields, "kind", self.kind),
                     self.kind)
        labelled_row(form, self.tr("&Telefon pracownika:"),
                     field_box(self.fields, "worker_phone", self.phone), self.phone)
        labelled_row(form, self.tr("&Diagnoza (przyczyny, zasoby, ograniczenia):"),
                     field_box(self.fields, "diagnosis", self.diagnosis), self.diagnosis)
        labelled_row(form, self.tr("Cel &główny:"), field_box(self.fields, "main_goal",
                                                              self.main_goal), self.main_goal)
        labelled_row(form, self.tr("Cele &szczegółowe:"), field_box(self.fields, "specific_goals",
                                                                    self.goals), self.goals)
        today = wall_today()
        self.plan = PeriodAndActions(self, form, self.fields, today, today + dt.timedelta(days=180))
        source = start or (self._input_of(programme) if programme is not None else None)
        if source is not None:
            self._load(source)
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz projekt"), "programme",
                                                   self.save)
        lay_out_form(self, case, form, buttons, 900, 720)

    @staticmethod
    def _input_of(p: ProgrammeView) -> ProgrammeInput:
        return ProgrammeInput(p.kind.code, p.worker_phone, p.diagnosis, p.main_goal,
                              tuple(g.text for g in p.specific_goals), p.actions,
                              p.period.starts_on, p.period.ends_on)

    def _load(self, data: ProgrammeInput) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.phone.setText(data.worker_phone)
        self.diagnosis.setPlainText(data.diagnosis)
        self.main_goal.setPlainText(data.main_goal)
        self.goals.setPlainText("\n".join(data.specific_goals))
        self.plan.starts_on.setDate(to_qdate(data.starts_on))
        self.plan.ends_on.setDate(to_qdate(data.ends_on))
        self.plan.actions.model.set_actions(data.actions)

    def data(self) -> ProgrammeInput:
        goals = tuple(line.strip() for line in self.goals.toPlainText().splitlines() if line.strip())
        return ProgrammeInput(
            kind=str(self.kind.currentData()), worker_phone=self.phone.text(),
            diagnosis=self.diagnosis.toPlainText(), main_goal=self.main_goal.toPlainText(),
            specific_goals=goals, actions=self.plan.actions.model.actions(),
            starts_on=day(self.plan.starts_on), ends_on=day(self.plan.ends_on))

    def save(self) -> None:
        data, keeper = self.data(), self.services.programmes
        programme, interview_id = self.programme, self.interview_id
        if programme is not None:
            call = lambda: keeper.update_draft(self.actor, programme.id, data)  # noqa: E731
        elif interview_id is not None:
            call = lambda: keeper.draft_help_plan(self.actor, interview_id, data)  # noqa: E731
        else:
            call = lambda: keeper.draft(self.actor, self.case.id, data)  # noqa: E731
        finish(self, call)  # type: ignore[arg-type]
