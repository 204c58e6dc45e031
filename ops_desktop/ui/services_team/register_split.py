"""The layout of a services page that keeps a register and the decisions taken on it (DPS
homes, the shelters' register): the register with its form beside it above, the decisions
with their buttons below, split so the worker gives either more room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLayout, QSplitter, QVBoxLayout, QWidget


def register_over_decisions(page: QWidget, register: QWidget | QLayout, form: QWidget,
                            title: str, decisions: QWidget, buttons: QLayout) -> None:
    """Lay `page` out: `register` (3 parts of the width) and `form` (2) above, a group named
    `title` with the `decisions` table and its `buttons` below."""
    upper = QWidget()
    upper_layout = QHBoxLayout(upper)
    upper_layout.setContentsMargins(0, 0, 0, 0)
    if isinstance(register, QLayout):
        upper_layout.addLayout(register, 3)
    else:
        upper_layout.addWidget(register, 3)
    upper_layout.addWidget(form, 2)
    lower = QGroupBox(title)
    lower_layout = QVBoxLayout(lower)
    lower_layout.addWidget(decisions, 1)
    lower_layout.addLayout(buttons)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(upper)
    splitter.addWidget(lower)
    QVBoxLayout(page).addWidget(splitter)
