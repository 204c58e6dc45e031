"""Small inputs the desk's forms share: an optional date, a field with its message, combos."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.vocabulary import IdDocumentType
from ops_desktop.ui import labels
from ops_desktop.ui.forms import FieldErrors

# Shown as "nie podano" while the date is unknown; a date this old is never saved.
NOT_SET = QDate(1890, 1, 1)
FIRST_GUESS = QDate(1980, 1, 1)
E = TypeVar("E", bound=Enum)


class OptionalDate(QWidget):
    """A date that may be unknown: the box must be ticked before a date is typed."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox()
        self.known.setObjectName(f"{name}_known")
        self.known.setAccessibleName(self.tr("%1 – podana").replace("%1", accessible))
        self.known.setToolTip(self.tr("Zaznacz, aby wpisać datę"))
        self.edit = QDateEdit()
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(accessible)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NOT_SET)
        self.edit.setSpecialValueText(self.tr("nie podano"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.known.toggled.connect(self._toggled)
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if not on:
            self.edit.setDate(NOT_SET)
            return
        if self.edit.date() == NOT_SET:
            self.edit.setDate(FIRST_GUESS)
        self.edit.setFocus()
        self.edit.setSelectedSection(QDateTimeEdit.Section.DaySection)  # typing 04031990 fills it

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.known.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: dt.date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


def field_box(fields: FieldErrors, *pairs: tuple[str, QWidget], stretch: bool = False) -> QWidget:
    """Inputs side by side with the red message for each field right under the row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    row = QHBoxLayout()
    for _field, widget in pairs:
        row.addWidget(widget, 0 if stretch else 1)
    if stretch:
        row.addStretch()
    layout.addLayout(row)
    for field, widget in pairs:
        focus = widget.edit if isinstance(widget, OptionalDate) else widget
        layout.addWidget(fields.label_for(field, focus))
    return box


def line(name: str, accessible: str, max_length: int = 80, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


def code(combo: QComboBox, kind: type[E]) -> E | None:
    """The combo's code as its enum (Qt hands StrEnum item data back as plain str)."""
    data = combo.currentData()
    return None if data is None else kind(data)


def document_combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.addItem(QCoreApplication.translate("inputs", "– brak –"), None)
    for kind in IdDocumentType:
        combo.addItem(labels.vocab(labels.DOCUMENT_TYPES, kind), kind)
    return combo


def plain_text(name: str, accessible: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMinimumHeight(height)
    return edit


def labelled_row(form: QFormLayout, text: str, box: QWidget, buddy: QWidget) -> None:
    """A form row whose label (with its Alt+letter) moves the focus to `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, box)


def hint(text: str, name: str = "") -> QLabel:
    """A quiet explanation under a form: italic in the normal text colour, so it stays legible."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    return label
