"""Recording an intake (zgłoszenie) at the desk and, when the person is referred, the slip."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.permissions import SPECIAL_GROUNDS
from ops_desktop.domain.vocabulary import Channel, Ground, IntakeOutcome, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.intake import (
    HANDED_OVER,
    IntakeInput,
    IntakeResult,
    now_local,
)
from ops_desktop.ui import labels, pdf
from ops_desktop.ui.first_contact.slip_choice import SlipChoice, SlipPrintDialog
from ops_desktop.ui.first_contact.inputs import (
    code,
    field_box,
    labelled_row,
    line,
    plain_text,
)
from ops_desktop.ui.forms import FieldErrors, save_cancel
from ops_desktop.ui.guard import attempt

log = logging.getLogger(__name__)
REFERRAL_TEAMS = (Team.BENEFITS, Team.SOCIAL_WORK, Team.SERVICES)


def ask_print_slip(parent: QWidget | None, after_save: bool = True) -> SlipChoice | None:
    """Asks whether to print the slip and with what; tests patch this instead of a modal box."""
    # QCoreApplication.translate written out in full, so that lupdate collects the strings.
    question = (QCoreApplication.translate(
        "IntakeDialog",
        "Zgłoszenie zapisano i przekazano do zespołu. Wydrukować skierowanie dla osoby?")
        if after_save else QCoreApplication.translate(
            "IntakeDialog", "Wydrukować skierowanie dla osoby?"))
    dialog = SlipPrintDialog(question, parent)
    try:
        return dialog.choice()
    finally:
        dialog.deleteLater()


def print_referral_slip(parent: QWidget | None, services: Services, actor: Actor,
                        referral_id: uuid.UUID, choice: SlipChoice = SlipChoice()) -> Path | None:
    """Render the slip, save it as a PDF and open it in the viewer (which prints)."""
    slip = attempt(parent, lambda: services.intake.referral_slip(actor, referral_id))
    if slip is None:
        return None
    data = attempt(parent, lambda: services.intake.render_referral_slip(
        actor, referral_id, choice.confidential))
    if data is None:
        return None
    handed = pdf.hand_over(parent, data, f"skierowanie_{slip.number}")
    return handed.path if handed is not None else None


class IntakeDialog(QDialog):
    """Save calls `intake.record`; after a referral `result` holds the ids and the slip is offered."""

    def __init__(self, services: Services, actor: Actor, person_id: uuid.UUID,
                 person_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.person_id = services, actor, person_id
        self.result: IntakeResult | None = None
        self.slip_path: Path | None = None
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Nowe zgłoszenie – %1").replace("%1", person_name)
                            if person_name else self.tr("Nowe zgłoszenie"))

        now = now_local()
        self.received_at = QDateTimeEdit(QDateTime(QDate(now.year, now.month, now.day),
                                                   QTime(now.hour, now.minute)))
        self.received_at.setObjectName("intake_received_at")
        self.received_at.setAccessibleName(self.tr("Data i godzina przyjęcia zgłoszenia"))
        self.received_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.received_at.setCalendarPopup(True)
        self.channel = QComboBox()
        self.channel.setObjectName("intake_channel")
        self.channel.setAccessibleName(self.tr("Sposób zgłoszenia"))
        for channel in Channel:
            self.channel.addItem(labels.vocab(labels.CHANNELS, channel), channel)
        self.reported_by = line("intake_reported_by", self.tr("Zgłaszający"), 200,
                                self.tr("puste – osoba zgłosiła się sama"))
        self.problem = plain_text("intake_problem", self.tr("Opis problemu"), 70)
        self.problem.setPlaceholderText(self.tr("Z czym osoba przychodzi – własnymi słowami pracownika"))

        grounds = QGroupBox(self.tr("Powody udzielenia pomocy (art. 7 ustawy o pomocy społecznej)"))
        grid = QGridLayout(grounds)
        grid.setVerticalSpacing(2)
        self.grounds: dict[Ground, QCheckBox] = {}
        listed = [g for g in Ground if g is not Ground.OTHER]
        half = (len(listed) + 1) // 2
        for i, ground in enumerate(listed):
            box = QCheckBox(labels.ground(ground))
            box.setObjectName(f"ground_{ground.value}")
            self.grounds[ground] = box
            grid.addWidget(box, i % half, i // half)
        other = QCheckBox(labels.ground(Ground.OTHER) + ":")
        other.setObjectName("ground_other")
        self.grounds[Ground.OTHER] = other
        self.other_ground = line("intake_other_ground", self.tr("Inna okoliczność – jaka"), 200)
        self.other_ground.setEnabled(False)
        other.toggled.connect(self.other_ground.setEnabled)
        other.toggled.connect(lambda on: on and self.other_ground.setFocus())
        grid.addWidget(other, half, 0)
        grid.addWidget(field_box(self.fields, ("other_ground", self.other_ground)), half, 1)

        self.urgent = QCheckBox(self.tr("Sprawa pil&na"))
        self.urgent.setObjectName("intake_urgent")
        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[IntakeOutcome, QRadioButton] = {}
        outcome_box = QGroupBox(self.tr("Wynik rozmowy"))
        outcome_layout = QVBoxLayout(outcome_box)
        texts = {
            IntakeOutcome.INFORMATION: self.tr("Udzielono &informacji lub porady"),
            IntakeOutcome.REFERRED: self.tr("S&kierowano do zespołu"),
            IntakeOutcome.APPLICATION: self.tr("Przyjęto &wniosek"),
        }
        for outcome, text in texts.items():
            button = QRadioButton(text)
            button.setObjectName(f"outcome_{outcome.value}")
            self.outcomes.addButton(button)
            self.outcome_buttons[outcome] = button
            outcome_layout.addWidget(button)
        outcome_layout.addStretch()
        self.outcome_buttons[IntakeOutcome.INFORMATION].setChecked(True)

        self.refer_to = QComboBox()
        self.refer_to.setObjectName("intake_refer_to")
        self.refer_to.setAccessibleName(self.tr("Zespół, do którego kierujemy"))
        for team in REFERRAL_TEAMS:
            self.refer_to.addItem(labels.vocab(labels.TEAMS, team), team)
        self.referral_reason = plain_text("intake_referral_reason", self.tr("Powód skierowania"), 50)
        self.referral_reason.setPlaceholderText(
            self.tr("Co ma wiedzieć zespół – opis problemu nie jest przekazywany"))
        # The special-category grounds ticked above that the receiving team may read although
        # its role does not (benefits deciding on a disability): off unless the worker ticks.
        self.shared: dict[Ground, QCheckBox] = {}
        shared_row = QHBoxLayout()
        shared_row.setContentsMargins(0, 0, 0, 0)
        for ground in (g for g in Ground if g in SPECIAL_GROUNDS):
            box = QCheckBox(self.tr("pkt %1").replace("%1", ground.value))
            box.setObjectName(f"shared_{ground.value}")
            box.setToolTip(labels.ground(ground))
            box.setEnabled(False)
            self.grounds[ground].toggled.connect(self._special_toggled)
            self.shared[ground] = box
            shared_row.addWidget(box)
        shared_row.addStretch()
        self.shared_box = QWidget()
        self.shared_box.setLayout(shared_row)
        self.advice_given = plain_text("intake_advice_given", self.tr("Udzielona informacja lub porada"), 50)
        # A referral and an application lodged at the desk both go to a team by a referral.
        for outcome in HANDED_OVER:
            self.outcome_buttons[outcome].toggled.connect(
                lambda on, outcome=outcome: self._outcome_toggled(outcome, on))
        self._referral_toggled(False)

        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz zgłoszenie"), "intake",
                                                   self.save)
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        f = self.fields
        labelled_row(form, self.tr("Przyjęto &dnia:"), field_box(f, ("received_at", self.received_at),
                                                             ("channel", self.channel), stretch=True),
                  self.received_at)
        labelled_row(form, self.tr("Zgłasza&jący:"), field_box(f, ("reported_by", self.reported_by)),
                  self.reported_by)
        labelled_row(form, self.tr("&Problem:"), field_box(f, ("problem", self.problem)), self.problem)
        form.addRow(grounds)
        form.addRow(self.urgent)
        referral = QFormLayout()
        labelled_row(referral, self.tr("Do zesp&ołu:"), field_box(f, ("refer_to", self.refer_to), stretch=True),
                  self.refer_to)
        labelled_row(referral, self.tr("Powód skie&rowania:"),
                  field_box(f, ("referral_reason", self.referral_reason)), self.referral_reason)
        labelled_row(referral, self.tr("Pokaż &zespołowi:"),
                     field_box(f, ("shared_grounds", self.shared_box)), self.shared_box)
        labelled_row(referral, self.tr("Udzielona porad&a:"), field_box(f, ("advice_given", self.advice_given)),
                  self.advice_given)
        bottom = QGridLayout()
        bottom.addWidget(outcome_box, 0, 0)
        bottom.addLayout(referral, 0, 1)
        bottom.setColumnStretch(1, 1)

        header = QLabel(self.tr("Osoba: %1").replace("%1", person_name))
        header.setObjectName("intake_person")
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(form)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self.resize(900, 720)
        self.problem.setFocus()

    def _referral_toggled(self, on: bool) -> None:
        self.refer_to.setEnabled(on)
        self.referral_reason.setEnabled(on)
        self._special_toggled()

    def _special_toggled(self, _on: bool = False) -> None:
        """A ground can be shown to the team only when it is ticked and the person referred."""
        referred = self.refer_to.isEnabled()
        for ground, box in getattr(self, "shared", {}).items():
            usable = referred and self.grounds[ground].isChecked()
            box.setEnabled(usable)
            if not usable:
                box.setChecked(False)

    def _outcome_toggled(self, outcome: IntakeOutcome, on: bool) -> None:
        if not on:
            self._referral_toggled(self.outcome() in HANDED_OVER)
            return
        self._referral_toggled(True)
        if outcome is IntakeOutcome.APPLICATION:
            # An application is decided by the benefits team unless the worker picks another.
            self.refer_to.setCurrentIndex(self.refer_to.findData(Team.BENEFITS))

    def outcome(self) -> IntakeOutcome:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return IntakeOutcome.INFORMATION

    def data(self) -> IntakeInput:
        outcome = self.outcome()
        referred = outcome in HANDED_OVER
        received: dt.datetime = self.received_at.dateTime().toPython()  # type: ignore[assignment]
        return IntakeInput(
            person_id=self.person_id,
            received_at=received.replace(second=0, microsecond=0),
            channel=Channel(self.channel.currentData()),
            problem=self.problem.toPlainText(),
            grounds=tuple(g for g, box in self.grounds.items() if box.isChecked()),
            outcome=outcome,
            reported_by=self.reported_by.text(),
            other_ground=self.other_ground.text() if self.grounds[Ground.OTHER].isChecked() else "",
            urgent=self.urgent.isChecked(),
            advice_given=self.advice_given.toPlainText(),
            refer_to=code(self.refer_to, Team) if referred else None,
            referral_reason=self.referral_reason.toPlainText() if referred else "",
            shared_grounds=tuple(g for g, box in self.shared.items()
                                 if referred and box.isChecked()),
        )

    def save(self) -> None:
        """Nothing typed is lost on failure; after a referral the slip is offered for printing."""
        data = self.data()
        result = attempt(self, lambda: self.services.intake.record(self.actor, data), self.fields)
        if result is None:
            return
        self.fields.clear()
        self.result = result
        choice = ask_print_slip(self) if result.referral_id is not None else None
        if result.referral_id is not None and choice is not None:
            self.slip_path = print_referral_slip(self, self.services, self.actor,
                                                 result.referral_id, choice)
        self.accept()
