"""Writing a social-work note on a case, or correcting its text on the day it was written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import NoteKind
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.social_work import NoteView
from ops_desktop.services.views import CaseView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.first_contact.inputs import labelled_row, plain_text
from ops_desktop.ui.forms import FieldErrors, save_cancel, vocab_combo
from ops_desktop.ui.guard import attempt


class NoteDialog(QDialog):
    """A new note (kind, date of the event, text), or the text of one of today's own notes.

    The dialog closes only once the note is saved: a problem is shown next to its field, or
    in a message for a locked file, and whatever was typed stays in the form.
    """

    def __init__(self, services: Services, actor: Actor, case: CaseView,
                 note: NoteView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case, self.note = services, actor, case, note
        self.saved: NoteView | None = None
        self.setWindowTitle(self.tr("Nowa notatka") if note is None else self.tr("Poprawa notatki"))
        self.fields = FieldErrors()
        self.kind = vocab_combo("note_kind", self.tr("Rodzaj notatki"), labels.NOTE_KINDS,
                                [k.value for k in NoteKind])
        self.noted_on = date_edit("noted_on", self.tr("Data zdarzenia"),
                                  note.noted_on if note else wall_today())
        self.text = plain_text("note_text", self.tr("Treść notatki"), 220)
        if note is not None:
            # A correction changes the wording only; the kind and the day are what happened.
            self.kind.setCurrentIndex(self.kind.findData(note.kind.value))
            self.kind.setEnabled(False)
            self.noted_on.setEnabled(False)
            self.text.setPlainText(note.text)
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz notatkę"), "note",
                                                   self.save)
        # Enter starts a new line in the text; Ctrl+Enter saves from anywhere in the form.
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        form = QFormLayout()
        labelled_row(form, self.tr("&Rodzaj:"), field_box(self.fields, "kind", self.kind), self.kind)
        labelled_row(form, self.tr("&Data zdarzenia:"),
                     field_box(self.fields, "noted_on", self.noted_on), self.noted_on)
        labelled_row(form, self.tr("&Treść:"), field_box(self.fields, "text", self.text), self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sprawa %1 – %2 (założona %3)")
                                .replace("%1", case.sign).replace("%2", case.person_name)
                                .replace("%3", date_short(case.opened_on))))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 460)
        (self.text if note is not None else self.kind).setFocus()

    def save(self) -> None:
        text = self.text.toPlainText()
        if self.note is None:
            kind = str(self.kind.currentData())
            picked = self.noted_on.date()
            noted_on = dt.date(picked.year(), picked.month(), picked.day())
            saved = attempt(self, lambda: self.services.social_work.add_note(
                self.actor, self.case.id, kind, noted_on, text), self.fields)
        else:
            note_id = self.note.id
            saved = attempt(self, lambda: self.services.social_work.edit_note(
                self.actor, note_id, text), self.fields)
        if saved is not None:
            self.fields.clear()
            self.saved = saved
            self.accept()
