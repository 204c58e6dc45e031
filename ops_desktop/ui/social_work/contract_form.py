"""Drawing up a kontrakt socjalny (or its annex): the parties, the assessment, goals, the
actions table and the period. The dialog closes only once the draft is saved; every problem
is shown next to its field and nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.contracts import ASSESSMENT_B_FIELDS, Assessment, Variant
from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.services.context import Actor
from ops_desktop.services.contracts import AnnexInput, ContractInput, ContractView
from ops_desktop.services.hub import Services
from ops_desktop.services.views import CaseView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box, to_qdate
from ops_desktop.ui.first_contact.inputs import labelled_row, plain_text
from ops_desktop.ui.forms import FieldErrors, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.social_work.contract_actions import ActionsEditor
from ops_desktop.ui.social_work.plan_dialogs import lay_out_form

T = TypeVar("T")
# The assessment's fields and their labels (translated in the form's context).
ASSESSMENT = (
    ("causes", QT_TRANSLATE_NOOP("ContractForm", "Przyczyny trudnej sytuacji:")),
    ("strengths", QT_TRANSLATE_NOOP("ContractForm", "Mocne strony, zasoby:")),
    ("limitations", QT_TRANSLATE_NOOP("ContractForm", "Ograniczenia, bariery:")),
    ("unemployment_causes", QT_TRANSLATE_NOOP("ContractForm",
                                              "Przyczyny pozostawania bez pracy (B):")),
    ("qualifications", QT_TRANSLATE_NOOP("ContractForm", "Kwalifikacje, doświadczenie (B):")),
    ("earlier_activation", QT_TRANSLATE_NOOP(
        "ContractForm", "Dotychczasowa aktywizacja i jej niepowodzenia (B):")),
)


def day(edit: QDateEdit) -> dt.date:
    picked = edit.date()
    return dt.date(picked.year(), picked.month(), picked.day())


def with_actions_errors(action: Callable[[], T]) -> Callable[[], T]:
    """A row of the actions table has no widget of its own: its problems are said under the
    table, each with the row's number and the column."""
    columns = {"what": "działanie", "performer": "kto realizuje", "performer_name": "kto (nazwa)",
               "due_on": "termin", "assessed_by": "sposób oceny"}

    def run() -> T:
        try:
            return action()
        except ValidationError as exc:
            errors: list[FieldError] = []
            for e in exc.errors:
                parts = e.field.split(".")
                if parts[0] == "actions" and len(parts) == 3:
                    errors.append(FieldError(
                        "actions", f"{int(parts[1]) + 1}. {columns.get(parts[2], parts[2])}: "
                                   f"{labels.error(e.code)}"))
                else:
                    errors.append(e)
            raise ValidationError(errors) from exc
    return run


class PeriodAndActions:
    """The period "od … do …" and the actions table, with their messages (contract and annex)."""

    def __init__(self, dialog: QDialog, form: QFormLayout, fields: FieldErrors,
                 starts_on: dt.date, ends_on: dt.date) -> None:
        self.starts_on = date_edit("contract_starts_on", "od", starts_on)
        self.ends_on = date_edit("contract_ends_on", "do", ends_on)
        self.actions = ActionsEditor()
        labelled_row(form, dialog.tr("Okres &od:"), field_box(fields, "starts_on", self.starts_on),
                     self.starts_on)
        labelled_row(form, dialog.tr("Okres d&o:"), field_box(fields, "ends_on", self.ends_on),
                     self.ends_on)
        # The table takes the form's whole width under its label: beside the long labels
        # of variant B its five headings were cut.
        label = QLabel(dialog.tr("Dz&iałania:"))
        label.setBuddy(self.actions.table)
        form.addRow(label)
        form.addRow(field_box(fields, "actions", self.actions.table, self.actions))


class ContractForm(QDialog):
    """A new draft contract on a case, or the draft `contract` to correct."""

    def __init__(self, services: Services, actor: Actor, case: CaseView,
                 contract: ContractView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case, self.contract = services, actor, case, contract
        self.saved: ContractView | None = None
        self.setWindowTitle(self.tr("Kontrakt socjalny – projekt"))
        self.fields = FieldErrors()
        self.variant = vocab_combo("contract_variant", self.tr("Wariant"), labels.CONTRACT_VARIANTS,
                                   [v.value for v in Variant])
        self.phone = QLineEdit()
        self.phone.setObjectName("contract_worker_phone")
        self.referral = QLineEdit()
        self.referral.setObjectName("contract_referral")
        self.members: list[tuple[QCheckBox, object]] = []
        household = services.persons.file(actor, case.person_id).household
        members_box = QWidget()
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        for m in household:
            if m.person_id == case.person_id:
                continue
            box = QCheckBox(f"{m.full_name}" + (f", PESEL {m.pesel}" if m.pesel else ""))
            box.setObjectName(f"contract_member_{len(self.members)}")
            self.members.append((box, m.person_id))
            members_layout.addWidget(box)
        if not self.members:
            members_layout.addWidget(QLabel(self.tr("(osoba nie ma w gospodarstwie innych członków)")))
        self.assessment = {name: plain_text(f"contract_{name}", text, 60)
                           for name, text in ASSESSMENT}
        self.main_goal = plain_text("contract_main_goal", self.tr("Cel główny"), 50)
        self.goals = plain_text("contract_goals", self.tr("Cele szczegółowe, każdy w wierszu"), 60)
        today = wall_today()
        form = QFormLayout()
        labelled_row(form, self.tr("&Wariant:"), field_box(self.fields, "variant", self.variant),
                     self.variant)
        # Variant B is made with the unemployed person alone: its form offers no members.
        self.members_row = field_box(self.fields, "party_ids", members_box)
        labelled_row(form, self.tr("Członkowie &rodziny w kontrakcie:"), self.members_row,
                     members_box)
        labelled_row(form, self.tr("&Telefon pracownika:"),
                     field_box(self.fields, "worker_phone", self.phone), self.phone)
        # Variant B's own fields are rows only a variant B contract shows (issue 12).
        self.b_rows: list[QWidget] = []
        self.b_rows.append(field_box(self.fields, "labour_office_referral", self.referral))
        labelled_row(form, self.tr("Skierowanie z &PUP (B):"), self.b_rows[-1], self.referral)
        for name, text in ASSESSMENT:
            box = field_box(self.fields, name, self.assessment[name])
            if name in ASSESSMENT_B_FIELDS:
                self.b_rows.append(box)
            labelled_row(form, self.tr(text), box, self.assessment[name])
        labelled_row(form, self.tr("Cel &główny:"), field_box(self.fields, "main_goal",
                                                              self.main_goal), self.main_goal)
        labelled_row(form, self.tr("Cele &szczegółowe:"), field_box(self.fields, "specific_goals",
                                                                    self.goals), self.goals)
        self.plan = PeriodAndActions(self, form, self.fields, today, today + dt.timedelta(days=90))
        self.form = form
        self.variant.currentIndexChanged.connect(lambda _i: self._show_variant_rows())
        if contract is not None:
            self._load(contract)
        self._show_variant_rows()
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz projekt"), "contract",
                                                   self.save)
        lay_out_form(self, case, form, buttons, 900, 760)

    def variant_b(self) -> bool:
        return self.variant.currentData() == Variant.B.value

    def _show_variant_rows(self) -> None:
        """Variant A shows none of B's fields, variant B no family members; what was typed or
        ticked stays in the widgets (choosing the variant again shows it), and a contract is
        saved without what its variant does not hold."""
        for box in self.b_rows:
            self.form.setRowVisible(box, self.variant_b())
        self.form.setRowVisible(self.members_row, not self.variant_b())

    def _load(self, c: ContractView) -> None:
        self.variant.setCurrentIndex(self.variant.findData(c.variant.value))
        self.phone.setText(c.worker_phone)
        self.referral.setText(c.labour_office_referral)
        names = {p.name for p in c.parties}
        for box, _pid in self.members:
            box.setChecked(box.text().split(",")[0] in names)
        for name, edit in self.assessment.items():
            edit.setPlainText(getattr(c.assessment, name))
        self.main_goal.setPlainText(c.main_goal)
        self.goals.setPlainText("\n".join(g.text for g in c.specific_goals))
        self.plan.starts_on.setDate(to_qdate(c.period.starts_on))
        self.plan.ends_on.setDate(to_qdate(c.period.ends_on))
        self.plan.actions.model.set_actions(c.actions)

    def data(self) -> ContractInput:
        goals = tuple(line.strip() for line in self.goals.toPlainText().splitlines() if line.strip())
        return ContractInput(
            variant=Variant(str(self.variant.currentData())),
            party_ids=() if self.variant_b() else
            tuple(pid for box, pid in self.members if box.isChecked()),  # type: ignore[misc]
            worker_phone=self.phone.text(),
            assessment=Assessment(**{n: e.toPlainText() if self.variant_b()
                                     or n not in ASSESSMENT_B_FIELDS else ""
                                     for n, e in self.assessment.items()}),
            main_goal=self.main_goal.toPlainText(), specific_goals=goals,
            actions=self.plan.actions.model.actions(), starts_on=day(self.plan.starts_on),
            ends_on=day(self.plan.ends_on),
            labour_office_referral=self.referral.text() if self.variant_b() else "")

    def save(self) -> None:
        data = self.data()
        contract = self.contract
        if contract is None:
            call = lambda: self.services.contracts.draft(self.actor, self.case.id, data)  # noqa: E731
        else:
            call = lambda: self.services.contracts.update_draft(  # noqa: E731
                self.actor, contract.id, data)
        finish(self, call)


def finish(dialog: ContractForm | AnnexForm, call: Callable[[], ContractView]) -> None:
    """Save; the dialog closes only once saved, otherwise every problem is by its field."""
    saved = attempt(dialog, with_actions_errors(call), dialog.fields)
    if saved is not None:
        dialog.fields.clear()
        dialog.saved = saved
        dialog.accept()
    else:
        show_first_error(dialog)


def show_first_error(dialog: QDialog) -> None:
    """The form is longer than the window: scroll to the first message, which may stand
    above what the worker sees when Save was pressed (a box of checkboxes takes no focus)."""
    scroll = dialog.findChild(QScrollArea)
    if scroll is None:
        return
    shown = [label for label in dialog.findChildren(QLabel)
             if label.objectName().startswith("error_") and not label.isHidden()]
    if shown:
        first = min(shown, key=lambda label: label.mapTo(scroll.widget(), QPoint(0, 0)).y())
        scroll.ensureWidgetVisible(first.parentWidget() or first)


class AnnexForm(QDialog):
    """An annex to a signed contract: what it changes, the actions and period after it."""

    def __init__(self, services: Services, actor: Actor, contract: ContractView,
                 annex: ContractView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.contract, self.annex = services, actor, contract, annex
        self.saved: ContractView | None = None
        self.setWindowTitle(self.tr("Aneks do kontraktu socjalnego"))
        self.fields = FieldErrors()
        self.text = plain_text("annex_text", self.tr("Treść aneksu"), 90)
        form = QFormLayout()
        labelled_row(form, self.tr("&Treść aneksu:"), field_box(self.fields, "text", self.text),
                     self.text)
        source = annex or contract
        self.plan = PeriodAndActions(self, form, self.fields, source.period.starts_on,
                                     source.period.ends_on)
        self.plan.actions.model.set_actions(source.actions)  # the table as it stands, to change
        if annex is not None:
            self.text.setPlainText(annex.annex_text)
        buttons, _save, _ = save_cancel(self, self.tr("&Zapisz projekt aneksu"), "annex", self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(860, 560)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        data = AnnexInput(self.text.toPlainText(), self.plan.actions.model.actions(),
                          day(self.plan.starts_on), day(self.plan.ends_on))
        annex = self.annex
        if annex is None:
            call = lambda: self.services.contracts.annex(self.actor, self.contract.id, data)  # noqa: E731
        else:
            call = lambda: self.services.contracts.update_annex(self.actor, annex.id, data)  # noqa: E731
        finish(self, call)


