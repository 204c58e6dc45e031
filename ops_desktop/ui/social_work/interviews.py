"""The "Wywiady" page: every family interview on the cases of the worker's teams with its
deadline (14 working days from learning of the need, 2 when urgent), overdue ones in red and
said so in words; a new interview for the case chosen in the cases list, a Part IV update of
a completed one, opening the form, printing the questionnaire and the statements to sign.

The latest learned of come first (the work in hand on top, a new one the first row), read
from the store a window at a time as the list scrolls: a city's office holds about 180,000
interviews, half a minute to read whole. The title's counts are the store's, of them all."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.interviews import InterviewKind, InterviewStatus
from ops_desktop.domain.permissions import Permission
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.interviews import InterviewView
from ops_desktop.services.views import CaseView
from ops_desktop.ui import labels, pdf
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact.inputs import labelled_row
from ops_desktop.ui.forms import FieldErrors, named, push_button, save_cancel
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.social_work.contract_form import day
from ops_desktop.ui.social_work.interview_form import InterviewForm
from ops_desktop.ui.social_work.interview_statements import StatementButtons
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object

OVERDUE_COLOUR = QColor("#b00020")
CHOOSE_DEPTH = 1_000  # rows read at most to find the interview just worked on


class OpenInterviewDialog(QDialog):
    """When the office learned that an interview is needed, and whether it is urgent."""

    def __init__(self, services: Services, actor: Actor, case_id: object,
                 update_of: InterviewView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case_id, self.update_of = services, actor, case_id, update_of
        self.setWindowTitle(self.tr("Aktualizacja wywiadu (część IV)") if update_of
                            else self.tr("Nowy wywiad środowiskowy"))
        self.fields = FieldErrors()
        self.learned_on = date_edit("interview_learned_on",
                                    self.tr("Data powzięcia wiadomości o potrzebie wywiadu"),
                                    wall_today())
        self.urgent = named(QCheckBox(self.tr("&Pilny (2 dni robocze)")), "interview_urgent",
                            self.tr("Wywiad pilny"))
        form = QFormLayout()
        labelled_row(form, self.tr("&Wiadomość o potrzebie z dnia:"),
                     field_box(self.fields, "learned_on", self.learned_on), self.learned_on)
        form.addRow(field_box(self.fields, "urgent", self.urgent))
        buttons, _save, _ = save_cancel(self, self.tr("&Otwórz wywiad"), "open_interview",
                                        self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.saved: InterviewView | None = None

    def save(self) -> None:
        learned_on, urgent = day(self.learned_on), self.urgent.isChecked()
        update_of = None if self.update_of is None else self.update_of.id
        saved = attempt(self, lambda: self.services.interviews.open(
            self.actor, self.case_id, learned_on, urgent, update_of), self.fields)  # type: ignore[arg-type]
        if saved is not None:
            self.saved = saved
            self.accept()


class InterviewsPage(ReadWhenShown):
    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 chosen_case: Callable[[], CaseView | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus, self.chosen_case = services, actor, bus, chosen_case
        self.model: PagedTableModel[InterviewView] = PagedTableModel([
            Column(self.tr("Osoba"), lambda i: i.person_name),
            Column(self.tr("Sprawa"), lambda i: i.case_sign),
            Column(self.tr("Rodzaj"), lambda i: labels.vocab(labels.INTERVIEW_KINDS, i.kind.value)),
            Column(self.tr("Wiadomość z dnia"), lambda i: date_short(i.learned_on),
                   sort_key=lambda i: i.learned_on),
            Column(self.tr("Termin"), self._deadline, sort_key=lambda i: i.due_on,
                   foreground=lambda i: OVERDUE_COLOUR if i.overdue else None,
                   header_tooltip=self.tr("14 dni roboczych od powzięcia wiadomości, "
                                          "w sprawie pilnej 2 dni robocze")),
            Column(self.tr("Stan"), lambda i: labels.vocab(labels.INTERVIEW_STATUSES,
                                                           i.status.value)),
            Column(self.tr("Przeprowadzono"),
                   lambda i: date_short(i.conducted_on) if i.conducted_on else ""),
            # Who conducts it: the one who opened it, until the head gives it to another
            # worker of the team (services/assignment.py).
            Column(self.tr("Pracownik"), lambda i: i.worker_name),
        ], parent=self)
        self.table = make_table(self.model, "interviews_table", self.tr("Wywiady środowiskowe"))
        self.title = named(QLabel(), "interviews_title")
        write = actor.may(Permission.WRITE_INTERVIEWS)
        self.buttons = {
            "new": push_button(self.tr("&Nowy wywiad…"), "interview_new", self.new_interview),
            "open": push_button(self.tr("&Otwórz…"), "interview_open", self.open_chosen),
            "update": push_button(self.tr("&Aktualizacja (część IV)…"), "interview_update",
                                  self.update_chosen),
            "print": push_button(self.tr("&Drukuj"), "interview_print", self.print_chosen),
        }
        self.buttons["new"].setToolTip(self.tr("Wywiad dla osoby ze sprawy wybranej na liście spraw."))
        self.buttons["new"].setEnabled(write)
        self.statements = StatementButtons(services, actor, self.chosen)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        for button in self.buttons.values():
            row.addWidget(button)
        row.addWidget(self.statements)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.table.doubleClicked.connect(lambda _index: self.open_chosen())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        # Read when first shown (or first asked to choose one), and on a change only while
        # shown: every interview of the teams' cases is a long read in a city's office (about
        # 180,000 at 500,000 persons), not to be paid at every sign-in and every change.
        bus.changed.connect(self.reload)

    def _deadline(self, i: InterviewView) -> str:
        text = date_short(i.due_on)
        if i.urgent:
            text += self.tr(" (pilny)")
        if i.overdue:
            text += self.tr(" – po terminie")
        return text

    def reload(self) -> None:
        self.read_again()

    def load(self) -> None:
        counted = attempt(self, lambda: self.services.interviews.counts(self.actor))
        total, overdue = counted or (0, 0)
        self.model.set_keyset_source(self._window, lambda: total)
        self.title.setText(self.tr("Wywiady: %1, po terminie: %2").replace("%1", str(total))
                           .replace("%2", str(overdue)))
        self._enable()

    def _window(self, last: InterviewView | None, limit: int) -> list[InterviewView]:
        # Asked for by the view as it scrolls (fetchMore): a refusal ends the list there.
        return attempt(self, lambda: self.services.interviews.window(self.actor, limit, last)) or []

    def chosen(self) -> InterviewView | None:
        return selected_object(self.table, self.model)

    def _enable(self) -> None:
        i, write = self.chosen(), self.actor.may(Permission.WRITE_INTERVIEWS)
        self.buttons["open"].setEnabled(i is not None)
        self.buttons["print"].setEnabled(i is not None)
        self.statements.enable()
        self.buttons["update"].setEnabled(write and i is not None
                                          and i.kind is InterviewKind.INTERVIEW
                                          and i.status is not InterviewStatus.DRAFT)

    def _opened(self, dialog: OpenInterviewDialog) -> None:
        made = dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if made is not None:
            self.bus.changed.emit()
            self.open_form(made)

    def new_interview(self) -> None:
        case = self.chosen_case()
        if case is None:
            self.title.setText(self.tr("Najpierw wybierz sprawę na liście spraw."))
            return
        self._opened(OpenInterviewDialog(self.services, self.actor, case.id, parent=self))

    def update_chosen(self) -> None:
        if (i := self.chosen()) is not None:
            self._opened(OpenInterviewDialog(self.services, self.actor, i.case_id, i, parent=self))

    def open_chosen(self) -> None:
        if (i := self.chosen()) is not None:
            full = attempt(self, lambda: self.services.interviews.interview(self.actor, i.id))
            if full is not None:
                self.open_form(full)

    def open_form(self, interview: InterviewView) -> None:
        form = InterviewForm(self.services, self.actor, interview, parent=self)
        form.exec()
        form.deleteLater()
        self.bus.changed.emit()
        self.choose(interview.id)

    def choose(self, interview_id: uuid.UUID) -> None:
        """The interview just worked on stays chosen and in sight (a new one is listed first),
        ready to print or update; one far down the list is looked for a few windows deep."""
        self.ensure_read()
        row = self.model.row_of(lambda i: i.id, interview_id, depth=CHOOSE_DEPTH)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def print_chosen(self) -> None:
        if (i := self.chosen()) is not None:
            data = attempt(self, lambda: self.services.interviews.render(self.actor, i.id))
            if data is not None:
                pdf.hand_over(self, data, f"wywiad_{i.case_sign}_{i.id.hex[-12:]}.pdf")
