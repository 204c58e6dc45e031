"""The row under the head's case lists that hands the chosen items to a worker: "… do:",
the workers, the button, and what it did or why it was refused."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton

from ops_desktop.ui.benefits.application_dialog import field_box
from ops_desktop.ui.forms import FieldErrors


def hand_to_worker_row(fields: FieldErrors, text: str, worker: QComboBox, button: QPushButton,
                       status: QLabel) -> QHBoxLayout:
    """The label's Alt+letter chooses the worker; a refusal for "worker_id" shows under the
    workers; the status takes the rest of the row."""
    row = QHBoxLayout()
    label = QLabel(text)
    label.setBuddy(worker)
    row.addWidget(label)
    row.addWidget(field_box(fields, "worker_id", worker), 1)
    row.addWidget(button)
    row.addWidget(status, 2)
    return row
