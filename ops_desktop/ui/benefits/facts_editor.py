"""The art. 7 grounds and the family interview's date of an application: what the reasoning of
its decision will name (nothing more: a sentence with no fact behind it is left out)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Ground
from ops_desktop.services.applications import ApplicationFacts
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.forms import FieldErrors, named

COLUMNS = 2
WIDE_LABEL = 250  # pixels of text: wider than half an income row (two columns of those)


class FactsEditor(QWidget):
    """Check-boxes of the art. 7 grounds, "other" in words, and the interview's date if held."""

    edited = Signal()

    def __init__(self, fields: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.dirty = False
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.grounds: dict[Ground, QCheckBox] = {}
        listed = [g for g in Ground if g is not Ground.OTHER]
        row = col = 0
        for ground in listed:
            text = labels.ground(ground)
            box = named(QCheckBox(text), f"app_ground_{ground.value}", text)
            box.setToolTip(text)
            box.toggled.connect(self._changed)
            self.grounds[ground] = box
            # A long statutory name takes a row of its own rather than widen the panel past
            # its income rows (or be cut off).
            wide = box.fontMetrics().horizontalAdvance(text) > WIDE_LABEL
            if wide and col:
                row, col = row + 1, 0
            grid.addWidget(box, row, col, 1, COLUMNS if wide else 1)
            col = 0 if wide else col + 1
            if col == 0 or col == COLUMNS:
                row, col = row + 1, 0
        if col:
            row += 1
        other_text = labels.ground(Ground.OTHER)
        other_box = named(QCheckBox(other_text), f"app_ground_{Ground.OTHER.value}", other_text)
        other_box.toggled.connect(self._changed)
        self.grounds[Ground.OTHER] = other_box
        # "inna okoliczność" on a row of its own, with what it is beside it.
        grid.addWidget(other_box, row, 0)
        for col in range(COLUMNS):
            grid.setColumnStretch(col, 1)
        self.other_ground = named(QLineEdit(), "app_other_ground", self.tr("Inna okoliczność – jaka"))
        self.other_ground.setMaxLength(200)
        self.other_ground.textEdited.connect(self._changed)
        other = self.grounds[Ground.OTHER]
        other.toggled.connect(self.other_ground.setEnabled)
        self.other_ground.setEnabled(False)
        grid.addWidget(field_box(self.fields, "other_ground", self.other_ground),
                       row, 1, 1, COLUMNS - 1)

        self.interview_held = named(
            QCheckBox(self.tr("rodzinny &wywiad środowiskowy przeprowadzono dnia")),
            "app_interview_held", self.tr("Wywiad środowiskowy przeprowadzono"))
        self.interview_on = date_edit("app_interview_on", self.tr("Data wywiadu środowiskowego"),
                                      wall_today())
        self.interview_on.setEnabled(False)
        self.interview_held.toggled.connect(self.interview_on.setEnabled)
        self.interview_held.toggled.connect(self._changed)
        self.interview_on.dateChanged.connect(self._changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Powody udzielenia pomocy (art. 7 ustawy o pomocy społecznej):")))
        layout.addLayout(grid)
        layout.addWidget(self.fields.label_for("grounds", self.grounds[Ground.POVERTY]))
        interview = QHBoxLayout()
        interview.addWidget(field_box(self.fields, "interview_on", self.interview_on,
                                      self.interview_held, self.interview_on))
        layout.addLayout(interview)

    def load(self, grounds: tuple[Ground, ...], other_ground: str,
             interview_on: dt.date | None) -> None:
        """Show saved (or preset) facts; what is shown then counts as unchanged."""
        for ground, box in self.grounds.items():
            box.setChecked(ground in grounds)
        self.other_ground.setText(other_ground)
        self.interview_held.setChecked(interview_on is not None)
        if interview_on is not None:
            self.interview_on.setDate(interview_on)
        self.dirty = False

    def facts(self) -> ApplicationFacts:
        grounds = tuple(g for g, box in self.grounds.items() if box.isChecked())
        other = self.other_ground.text() if Ground.OTHER in grounds else ""
        held = self.interview_on.date().toPython() if self.interview_held.isChecked() else None
        return ApplicationFacts(grounds, other, held)

    def set_editable(self, on: bool) -> None:
        for box in self.grounds.values():
            box.setEnabled(on)
        self.other_ground.setEnabled(on and self.grounds[Ground.OTHER].isChecked())
        self.interview_held.setEnabled(on)
        self.interview_on.setEnabled(on and self.interview_held.isChecked())

    def _changed(self) -> None:
        self.dirty = True
        self.edited.emit()
