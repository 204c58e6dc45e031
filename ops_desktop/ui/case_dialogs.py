"""Closing a team's case with a reason, and reopening it with one."""

from __future__ import annotations


from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import CloseReason
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import CaseView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.first_contact.inputs import hint, labelled_row, plain_text
from ops_desktop.ui.forms import FieldErrors, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt


def _case_line(dialog: QDialog, case: CaseView) -> QLabel:
    return QLabel(dialog.tr("Sprawa %1 – %2 (założona %3)").replace("%1", case.sign)
                  .replace("%2", case.person_name).replace("%3", date_short(case.opened_on)))


class CloseCaseDialog(QDialog):
    """The reason from the office's list ("inna" needs words), the closing day (today unless
    the case ended earlier). A problem stays by its field with everything typed kept."""

    def __init__(self, services: Services, actor: Actor, case: CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case = services, actor, case
        self.done_case: CaseView | None = None
        self.setWindowTitle(self.tr("Zamknięcie sprawy"))
        self.fields = FieldErrors()
        self.reason = vocab_combo("close_reason", self.tr("Powód zamknięcia"),
                                  labels.CLOSE_REASONS, [r.value for r in CloseReason])
        self.note = plain_text("close_note", self.tr("Uzasadnienie lub uwagi"), 70)
        self.closed_on = date_edit("closed_on", self.tr("Data zamknięcia"), wall_today())
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zamknij sprawę"), "close_case",
                                                   self.save)
        form = QFormLayout()
        labelled_row(form, self.tr("&Powód:"), field_box(self.fields, "reason", self.reason),
                     self.reason)
        labelled_row(form, self.tr("&Uwagi:"), field_box(self.fields, "note", self.note), self.note)
        labelled_row(form, self.tr("&Data zamknięcia:"),
                     field_box(self.fields, "closed_on", self.closed_on), self.closed_on)
        layout = QVBoxLayout(self)
        layout.addWidget(_case_line(self, case))
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Przy powodzie „inna” wpisz go w uwagach. Zamkniętej "
                                      "sprawy nie uzupełnia się notatkami ani wnioskami; "
                                      "zespół może ją wznowić, podając powód.")))
        layout.addWidget(buttons)
        self.resize(520, 300)
        self.reason.setFocus()

    def save(self) -> None:
        reason = CloseReason(self.reason.currentData())
        note, day = self.note.toPlainText(), self.closed_on.date().toPython()
        done = attempt(self, lambda: self.services.cases.close(
            self.actor, self.case.id, reason, note, day), self.fields)  # type: ignore[arg-type]
        if done is not None:
            self.done_case = done
            self.accept()


class ReopenCaseDialog(QDialog):
    """Why the closed case is open again; the reason is required."""

    def __init__(self, services: Services, actor: Actor, case: CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case = services, actor, case
        self.done_case: CaseView | None = None
        self.setWindowTitle(self.tr("Wznowienie sprawy"))
        self.fields = FieldErrors()
        self.reason = plain_text("reopen_note", self.tr("Powód wznowienia"), 70)
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Wznów sprawę"), "reopen_case",
                                                   self.save)
        form = QFormLayout()
        labelled_row(form, self.tr("&Powód wznowienia:"),
                     field_box(self.fields, "reopen_note", self.reason), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(_case_line(self, case))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 220)
        self.reason.setFocus()

    def save(self) -> None:
        reason = self.reason.toPlainText()
        done = attempt(self, lambda: self.services.cases.reopen(self.actor, self.case.id, reason),
                       self.fields)
        if done is not None:
            self.done_case = done
            self.accept()
