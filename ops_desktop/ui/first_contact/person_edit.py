"""Correcting a person's data (a typo, a move, a new phone): the registration fields, filled."""

from __future__ import annotations

import itertools
import uuid

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import PersonRecord
from ops_desktop.ui.first_contact.person_form import PersonFields
from ops_desktop.ui.forms import FieldErrors, save_cancel
from ops_desktop.ui.guard import attempt


class PersonEditDialog(QDialog):
    """Save corrects the person; `saved` says whether it did.

    The form remembers the version it was filled from: a colleague's change saved meanwhile
    is reported, never overwritten, and what was typed stays in the form on any error."""

    def __init__(self, services: Services, actor: Actor, record: PersonRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.record = services, actor, record
        self.saved = False
        self.fields = FieldErrors()
        self.setWindowTitle(self.tr("Popraw dane osoby – %1 %2")
                            .replace("%1", record.data.first_name)
                            .replace("%2", record.data.last_name))
        self.person_box = PersonFields(self.tr("Dane osoby"), self.fields)
        self.person_box.load(record.data)
        buttons, self.save_button, self.cancel_button = save_cancel(
            self, self.tr("&Zapisz poprawki"), "person_edit", self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.person_box)
        layout.addStretch()
        layout.addWidget(buttons)
        chain = [*self.person_box.focus_chain(), self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.resize(1000, 470)
        self.person_box.first_name.setFocus()

    def save(self) -> None:
        data = self.person_box.person()
        version = attempt(self, lambda: self.services.persons.update_person(
            self.actor, self.record.person_id, data, self.record.version), self.fields)
        if version is not None:
            self.fields.clear()
            self.saved = True
            self.accept()


def correct_person(parent: QWidget, services: Services, actor: Actor,
                   person_id: uuid.UUID) -> bool:
    """Open the correction form for the person; True when a correction was saved."""
    record = attempt(parent, lambda: services.persons.for_correction(actor, person_id))
    if record is None:
        return False
    dialog = PersonEditDialog(services, actor, record, parent)
    dialog.exec()
    saved = dialog.saved
    dialog.deleteLater()
    return saved
