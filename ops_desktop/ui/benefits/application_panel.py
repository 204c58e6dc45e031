"""The working panel of one application: the household's incomes, what the law computes, the decision."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.vocabulary import (
    ORDER_KINDS,
    ApplicationStatus,
    DecisionKind,
    DecisionStatus,
)
from ops_desktop.i18n.format import date_short, money
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import (
    ValidationError,
)
from ops_desktop.services.hub import Services
from ops_desktop.services.views import (
    ApplicationView,
    AssessmentView,
    DecisionView,
)
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.broken_contract_note import BrokenContractNote
from ops_desktop.ui.benefits.deadline_box import DeadlineBox
from ops_desktop.ui.benefits.decision_dialog import DecisionDialog
from ops_desktop.ui.benefits.facts_editor import FactsEditor
from ops_desktop.ui.benefits.income_editor import IncomeEditor
from ops_desktop.ui.benefits.interview_link import InterviewLinkBox
from ops_desktop.ui.benefits.procedural_box import ProceduralBox
from ops_desktop.ui.benefits.withdrawal_dialog import WithdrawalDialog
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import FieldErrors, named
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.printing import print_decisions

UnsavedAnswer = Literal["save", "discard", "stay"]
CITATION = re.compile(r"\((Dz\.\s?U\.[^()]*)\)\s*$")


def ask_unsaved_incomes(parent: QWidget | None) -> UnsavedAnswer:
    """Incomes (or grounds and the interview) were typed but not saved and another
    application is to be shown: what now?

    Tests patch this instead of a modal box. Zapisz → "save", Odrzuć → "discard",
    Anuluj (or Esc) → "stay" with the application shown now.
    """
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("ApplicationPanel", "Niezapisane dane wniosku"),
                      QCoreApplication.translate(
                          "ApplicationPanel",
                          "Wpisane dochody albo powody i wywiad nie zostały zapisane. Zapisać je "
                          "przed przejściem do innego wniosku?"),
                      QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QCoreApplication.translate("ApplicationPanel", "&Zapisz"),
                         QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("ApplicationPanel", "&Odrzuć"),
                            QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(QCoreApplication.translate("ApplicationPanel", "Anuluj"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "stay"


class AssessmentBox(QGroupBox):
    """What `applications.assess` returned, in words and money; no figure is computed here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ocena wg zapisanych dochodów"), parent)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for key, text in (
            ("household", self.tr("Osób w gospodarstwie:")),
            ("family_income", self.tr("Dochód gospodarstwa:")),
            ("per_person", self.tr("Dochód na osobę:")),
            ("criterion", self.tr("Kryterium dochodowe:")),
            ("eligible", self.tr("Uprawniony:")),
            ("amount", self.tr("Proponowana kwota:")),
            ("range", self.tr("Kwota min.–maks.:")),
            ("law", self.tr("Podstawa wyliczenia:")),
        ):
            value = named(QLabel(), f"assessment_{key}", text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(text, value)

    def show_assessment(self, a: AssessmentView | None) -> None:
        if a is None:
            for value in self.values.values():
                value.clear()
            return
        if not a.assessed:
            # Nothing about the incomes is saved: no figure is a finding, no verdict is given.
            for value in self.values.values():
                value.setText("–")
            self.values["eligible"].setText(
                self.tr("Nie oceniono – wpisz dochody albo zaznacz «brak dochodów»"))
            self.values["eligible"].setStyleSheet("font-weight: bold; color: #8a5a00;")
            return
        reasons = "; ".join(labels.reason(r) for r in a.reasons)
        verdict = self.tr("TAK") if a.eligible else self.tr("NIE")
        self.values["household"].setText(str(a.household_size))
        self.values["family_income"].setText(money(a.family_income))
        self.values["per_person"].setText(money(a.income_per_person))
        self.values["criterion"].setText(money(a.criterion))
        self.values["eligible"].setText(f"{verdict} – {reasons}" if reasons else verdict)
        self.values["eligible"].setStyleSheet("font-weight: bold; color: %s;"
                                              % ("#1b5e20" if a.eligible else "#b00020"))
        self.values["amount"].setText(money(a.amount) or "–")
        self.values["range"].setText("–" if a.minimum is None and a.maximum is None else
                                     f"{money(a.minimum) or '–'} – {money(a.maximum) or '–'}")
        cited = CITATION.search(a.law_source)  # "(Dz.U. 2024 poz. 1044)" at the end of the title
        self.values["law"].setText(self.tr("parametry od %1, %2")
                                   .replace("%1", date_short(a.law_valid_from))
                                   .replace("%2", cited.group(1) if cited else a.law_source))
        self.values["law"].setToolTip(a.law_source)


class ApplicationPanel(QWidget):
    """Shows one application; refreshes itself on every change in the store."""

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.app_id: uuid.UUID | None = None
        self.app: ApplicationView | None = None
        self.assessment: AssessmentView | None = None
        self.decision: DecisionView | None = None
        # Why this worker's own save just removed the draft shown (saved incomes or facts
        # make a draft stale, services/applications.py): said beside the decision until a
        # new draft is prepared or another application is shown, so it never just vanishes.
        self.draft_dropped = ""

        self.empty = named(QLabel(self.tr("Wybierz wniosek z listy albo zarejestruj nowy (Ctrl+N).")),
                           "panel_empty")
        self.header = named(QLabel(), "app_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        # KPA deadline: the running date, complicated cases, pauses and notices of delay.
        self.deadline_box = DeadlineBox(services, actor)
        self.deadline_box.changed.connect(self.bus.changed.emit)
        self.deadline = self.deadline_box.deadline
        self.editor = IncomeEditor()
        self.editor.save_button.clicked.connect(self.save_incomes)
        self.unsaved = named(QLabel(self.tr("Dochody zmienione – zapisz je, aby przeliczyć ocenę.")),
                             "incomes_unsaved")
        self.unsaved.setStyleSheet("color: #8a5a00;")
        self.unsaved.setVisible(False)
        self.editor.edited.connect(lambda: self.unsaved.setVisible(True))
        incomes = QGroupBox(self.tr("Dochody gospodarstwa w miesiącu poprzedzającym złożenie wniosku"))
        incomes_layout = QVBoxLayout(incomes)
        incomes_layout.addWidget(self.editor)
        incomes_layout.addWidget(self.unsaved)
        self.box = AssessmentBox()
        self.facts_fields = FieldErrors()
        self.facts = FactsEditor(self.facts_fields)
        self.save_facts_button = named(QPushButton(self.tr("Zapisz po&wody i wywiad")),
                                       "save_facts", self.tr("Zapisz powody i wywiad"))
        self.save_facts_button.clicked.connect(self.save_facts)
        # Art. 106 ust. 4: a decision follows a family interview; without one linked (held in
        # the program) the reasoning leaves the sentence out (some forms are exempt, so this
        # only warns).
        self.interview_link = InterviewLinkBox(services, actor)
        self.interview_link.linked.connect(self.bus.changed.emit)
        self.no_interview = named(QLabel(self.tr(
            "Wniosek nie jest powiązany z rodzinnym wywiadem środowiskowym zapisanym w programie "
            "– uzasadnienie decyzji nie powoła się na wywiad.")), "no_interview_warning")
        self.no_interview.setWordWrap(True)
        self.no_interview.setStyleSheet("color: #8a5a00;")
        facts = QGroupBox(self.tr("Powody pomocy i wywiad środowiskowy"))
        facts_layout = QVBoxLayout(facts)
        facts_layout.addWidget(self.facts)
        facts_layout.addWidget(self.interview_link)
        facts_layout.addWidget(self.no_interview)
        self.broken_contract = BrokenContractNote(services, actor)
        facts_layout.addWidget(self.broken_contract)
        facts_buttons = QHBoxLayout()
        facts_buttons.addStretch()
        facts_buttons.addWidget(self.save_facts_button)
        facts_layout.addLayout(facts_buttons)

        self.decision_status = named(QLabel(), "decision_status")
        self.decision_status.setWordWrap(True)
        self.prepare_button = self._button(self.tr("Przygotuj d&ecyzję"), "prepare_decision",
                                           self.prepare_decision, "Ctrl+D")
        self.preview_button = self._button(self.tr("Podgląd &wydruku"), "preview_decision",
                                           self.print_decision)
        self.sign_button = self._button(self.tr("Podp&isz"), "sign_decision", self.sign)
        self.print_button = self._button(self.tr("Dr&ukuj"), "print_decision", self.print_decision)
        self.withdraw_button = self._button(self.tr("Wycofanie wnio&sku…"), "withdraw_application",
                                            self.withdraw)
        decision = QGroupBox(self.tr("Decyzja"))
        decision_layout = QVBoxLayout(decision)
        decision_layout.addWidget(self.decision_status)
        buttons = QHBoxLayout()
        for button in (self.prepare_button, self.preview_button, self.sign_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch()
        decision_layout.addLayout(buttons)
        # The withdrawal on a row of its own: beside "Decyzja zmieniająca…" (a signed
        # decision) the one row was wider than the panel's half of a 1280-pixel window.
        withdrawal = QHBoxLayout()
        withdrawal.addWidget(self.withdraw_button)
        withdrawal.addStretch()
        decision_layout.addLayout(withdrawal)

        # Postanowienia and the call to remedy formal defects (KPA art. 61a, 64, 97, 113).
        self.procedural = ProceduralBox(services, actor, bus)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        for widget in (self.header, self.deadline_box, incomes, self.box, facts, decision,
                       self.procedural):
            body.addWidget(widget)
        body.addStretch()
        layout = QVBoxLayout(self)
        # The panel lives in a scroll area that fits it to the view: without this the boxes
        # would be squeezed (buttons 0 px high) rather than scrolled once they outgrow it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        bus.changed.connect(self.refresh)
        self.show_application(None)

    def _button(self, text: str, name: str, slot: Callable[[], object], keys: str = "") -> QPushButton:
        button = named(QPushButton(text), name, text.replace("&", ""))
        button.clicked.connect(slot)
        if keys:
            button.setToolTip(keys)
            QShortcut(QKeySequence(keys), self, lambda: button.isEnabled() and button.isVisible()
                      and button.click(), context=Qt.ShortcutContext.WindowShortcut)
        return button

    # --- showing ---
    def show_application(self, app_id: uuid.UUID | None) -> bool:
        """Show another application; False when the person chose to stay with this one.

        Incomes typed but not saved are never dropped silently: the person saves them (a
        failed save keeps them, with the errors by their rows), discards them, or stays.
        """
        if app_id != self.app_id and self.app is not None and (self.editor.dirty
                                                               or self.facts.dirty):
            answer = ask_unsaved_incomes(self)
            if answer == "stay":
                return False
            if answer == "save":
                if self.editor.dirty:
                    self.save_incomes()
                if self.facts.dirty:
                    self.save_facts()
                if self.editor.dirty or self.facts.dirty:
                    return False
        if app_id != self.app_id:
            self.draft_dropped = ""
        self.app_id = app_id
        self.editor.dirty = self.facts.dirty = False
        self.refresh()
        return True

    def refresh(self) -> None:
        """Reload from the store; incomes typed but not saved stay as they are."""
        app = None
        if self.app_id is not None:
            app = attempt(self, lambda: self.services.applications.get(self.actor, self.app_id))
        self.app = app
        self.empty.setVisible(app is None)
        self.body.setVisible(app is not None)
        if app is None:
            self.assessment = self.decision = None
            return
        members = self.services.persons.household(self.actor, app.person_id)
        self.broken_contract.load(app.person_id, {m.person_id: m.full_name for m in members})
        if not self.editor.dirty:
            self.editor.load(members, self.services.applications.incomes(self.actor, app.id),
                             app.no_income_declared)
            self.unsaved.setVisible(False)
        if not self.facts.dirty:
            self.facts.load(app.grounds, app.other_ground, app.interview_on)
        self.facts.set_editable(app.status is ApplicationStatus.REGISTERED)
        self.save_facts_button.setEnabled(app.status is ApplicationStatus.REGISTERED)
        linked = self.interview_link.load(app.id, app.status is ApplicationStatus.REGISTERED)
        self.no_interview.setVisible(linked is None)
        # After a decision incomes may still change: a change decision is computed from them.
        self.editor.set_editable(app.status in (ApplicationStatus.REGISTERED,
                                                ApplicationStatus.DECIDED))
        self.assessment = self.services.applications.assess(self.actor, app.id)
        self.box.show_assessment(self.assessment)
        acts = self.services.decisions.for_application(self.actor, app.id)
        # The decision part shows decisions; postanowienia have their own box.
        decisions = [d for d in acts if d.kind not in ORDER_KINDS]
        self.decision = decisions[-1] if decisions else None
        self.procedural.load(app, acts, self.services.office.user(self.actor.user_id).can_sign_today)
        self.header.setText(self.tr("<b>%1</b> (PESEL %2)<br>Sprawa %3 · %4 · wniosek z %5 · %6")
                            .replace("%1", app.person_name).replace("%2", app.person_pesel or "–")
                            .replace("%3", app.case_sign)
                            .replace("%4", labels.vocab(labels.FORMS, app.form))
                            .replace("%5", date_short(app.received_on))
                            .replace("%6", labels.vocab(labels.APPLICATION_STATUSES, app.status)))
        self.deadline_box.show_application(app)
        self._show_decision()

    def _show_decision(self) -> None:
        d, app = self.decision, self.app
        can_sign = self.services.office.user(self.actor.user_id).can_sign_today
        draft = d is not None and d.status is DecisionStatus.DRAFT
        if d is None:
            text = self.tr("Nie przygotowano jeszcze decyzji.")
        elif draft:
            text = self.tr("Projekt decyzji (%1) %2 – czeka na podpis.")
        else:
            text = self.tr("Decyzja (%1) %2 – podpisana %3 przez %4.")
        if d is not None:
            text = (text.replace("%1", labels.vocab(labels.DECISION_KINDS, d.kind))
                    .replace("%2", self._what(d)).replace("%3", date_short(d.issued_on))
                    .replace("%4", d.signatory_name))
        if draft:
            self.draft_dropped = ""
        elif self.draft_dropped:
            text += "\n" + self.tr("Projekt decyzji usunięto: %1. Przygotuj decyzję ponownie.") \
                .replace("%1", self.draft_dropped)
        self.decision_status.setText(text)
        decided = app is not None and app.status is ApplicationStatus.DECIDED
        assessed = self.assessment is not None and self.assessment.assessed
        # KPA art. 64 § 2: nothing is decided while formal defects wait to be remedied.
        waiting = app is not None and app.defect_call is not None and app.defect_call.pending
        self.prepare_button.setEnabled(assessed and app is not None and not waiting and (
            app.status is ApplicationStatus.REGISTERED or (decided and d is not None)))
        self.prepare_button.setToolTip(
            "Ctrl+D" if assessed else
            self.tr("Nie oceniono wniosku – wpisz dochody albo zaznacz «brak dochodów» i zapisz."))
        self.prepare_button.setText(self.tr("Decyzja zmieniają&ca…") if decided
                                    else self.tr("Przygotuj d&ecyzję"))
        self.preview_button.setEnabled(d is not None)
        self.sign_button.setEnabled(draft and can_sign)
        self.sign_button.setToolTip("" if can_sign else
                                    self.tr("Nie masz ważnego upoważnienia do podpisywania decyzji."))
        self.print_button.setEnabled(d is not None and not draft)
        # Only an application not yet decided can be withdrawn (then discontinued).
        self.withdraw_button.setEnabled(app is not None and app.status is ApplicationStatus.REGISTERED)

    def _what(self, d: DecisionView) -> str:
        """The amount of a benefit decision; the withdrawal a discontinuance rests on."""
        if d.withdrawal is None:
            return money(d.amount)
        return (self.tr("po wycofaniu wniosku %1 (%2)")
                .replace("%1", date_short(d.withdrawal.withdrawn_on))
                .replace("%2", labels.vocab(labels.WITHDRAWAL_MANNERS, d.withdrawal.manner)))

    # --- acting ---
    def save_incomes(self) -> None:
        app = self.app
        if app is None:
            return
        try:
            lines = self.editor.lines()
        except ValidationError as exc:
            self.editor.fields.show(exc)
            return
        no_income = self.editor.no_income.isChecked()
        done = attempt(self, lambda: self.services.applications.set_incomes(
            self.actor, app.id, lines, no_income=no_income) or True, self.editor.fields)
        if done:
            self.editor.dirty = False
            self._note_dropped_draft(self.tr("zapisano nowe dochody, z których go policzono"))
            self.bus.changed.emit()

    def save_facts(self) -> None:
        app = self.app
        if app is None:
            return
        facts = self.facts.facts()
        if attempt(self, lambda: self.services.applications.set_facts(self.actor, app.id, facts),
                   self.facts_fields) is not None:
            self.facts.dirty = False
            self._note_dropped_draft(self.tr("zapisano nowe powody pomocy lub datę wywiadu"))
            self.bus.changed.emit()

    def _note_dropped_draft(self, why: str) -> None:
        """A save that succeeded removes the application's draft (services/applications.py)."""
        if self.decision is not None and self.decision.status is DecisionStatus.DRAFT:
            self.draft_dropped = why

    def prepare_decision(self) -> None:
        if self.app is None or self.assessment is None:
            return
        d = self.decision
        draft = d if d and d.status is DecisionStatus.DRAFT else None
        if draft is not None and draft.kind is DecisionKind.DISCONTINUANCE:
            draft = None  # a decision on the benefit starts afresh and replaces the discontinuance
        # A decided application is changed by a new decision naming the latest signed one.
        corrects = None
        if self.app.status is ApplicationStatus.DECIDED and d is not None:
            corrects = d.corrects_id if draft is not None else d.id
        dialog = DecisionDialog(self.services, self.actor, self.app, self.assessment, draft, self,
                                corrects=corrects)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.changed.emit()

    def withdraw(self) -> None:
        """Record the party's withdrawal: a draft discontinuing the proceedings (KPA art. 105)."""
        if self.app is None:
            return
        d = self.decision
        draft = (d if d is not None and d.status is DecisionStatus.DRAFT
                 and d.kind is DecisionKind.DISCONTINUANCE else None)
        dialog = WithdrawalDialog(self.services, self.actor, self.app, draft, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.changed.emit()

    def sign(self) -> None:
        d = self.decision
        if d is None:
            return
        if attempt(self, lambda: self.services.decisions.sign(self.actor, d.id)) is not None:
            self.bus.changed.emit()
        else:
            self.refresh()  # the draft may be gone or outdated: show what the store holds now

    def print_decision(self) -> None:
        """A draft prints as a preview marked PROJEKT; a signed decision prints for real."""
        d = self.decision
        if d is None:
            return
        prefix = "projekt_decyzji" if d.status is DecisionStatus.DRAFT else "decyzja"
        print_decisions(self, self.services, self.actor, [d.id], f"{prefix}_{d.case_sign}")
