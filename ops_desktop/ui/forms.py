"""Showing a form's problems next to the fields that caused them, keeping what was typed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from ops_desktop.services.errors import ValidationError

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str = "") -> W:
    """Every input and button carries an objectName (tests find it) and an accessible name."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)
    return widget


# Person search starts at this many characters: one letter matches a quarter of a city
# (121,000 of 500,000 persons start with "k"), sorting them took about 100 ms at every pause
# in typing, and nobody reads such a list.
MIN_SEARCH = 2


def push_button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A push button with its objectName and accessible name, wired to `slot`."""
    widget = named(QPushButton(text), name, text.replace("&", ""))
    widget.clicked.connect(slot)
    return widget


def vocab_combo(name: str, accessible: str, table: dict[str, str],
                codes: Iterable[str]) -> QComboBox:
    """A combo of office codes shown in words (labels.vocab); the item data is the code."""
    from ops_desktop.ui import labels  # at first use: see error_text

    combo = named(QComboBox(), name, accessible)
    for code in codes:
        combo.addItem(labels.vocab(table, code), str(code))
    return combo


def error_text(code: str) -> str:
    """The words for an error code (labels.error)."""
    # ui/labels.py (every word of the office's vocabulary, and the domain's enums behind it)
    # loads with the first message said, not with the forms: the sign-in dialog, the
    # program's first window, paints without it (benchmarks/first_window.py).
    from ops_desktop.ui import labels

    return labels.error(code)


def choose_data(combo: QComboBox, value: object) -> bool:
    """Choose the item whose data equals `value`; findData does not compare Python objects
    such as a UUID."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return True
    return False


class FieldErrors:
    """Maps service field names to an input widget and a red label placed under it."""

    STYLE_ERROR = "color: #b00020;"

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def label_for(self, field: str, widget: QWidget) -> QLabel:
        """Register `widget` for `field`; returns the (hidden) label to put under it."""
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(self.STYLE_ERROR)
        label.setWordWrap(True)
        label.setVisible(False)
        self._fields[field] = (widget, label)
        return label

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.setVisible(False)
            widget.setProperty("invalid", False)

    def show(self, error: ValidationError) -> list[str]:
        """Put each message by its field; returns messages for fields this form doesn't have."""
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for e in error.errors:
            text = error_text(e.code)
            if e.field in self._fields:
                widget, label = self._fields[e.field]
                label.setText(text if not label.text() else label.text() + " " + text)
                label.setVisible(True)
                widget.setProperty("invalid", True)
                first = first or widget
            else:
                unplaced.append(text)
        if first is not None:
            first.setFocus()
        return unplaced

    def say(self, field: str, text: str) -> None:
        """Show a message that is not a field code (e.g. a lock with its end time)."""
        self.clear()
        widget, label = self._fields[field]
        label.setText(text)
        label.setVisible(True)
        widget.setProperty("invalid", True)

    def text(self, field: str) -> str:
        return self._fields[field][1].text() if field in self._fields else ""


def close_only(dialog: QDialog, name: str) -> QDialogButtonBox:
    """The single "Zamknij" of a dialog that only shows things; Esc closes it too."""
    buttons = QDialogButtonBox()
    close = buttons.addButton(QCoreApplication.translate("forms", "Zamknij"),
                              QDialogButtonBox.ButtonRole.RejectRole)
    close.setObjectName(f"{name}_close")
    buttons.rejected.connect(dialog.reject)
    return buttons


def save_cancel(dialog: QDialog, save_text: str, name: str,
                on_save: Callable[[], object]) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The Save / Cancel pair every form ends with: Enter saves, Esc cancels, Polish labels.

    Buttons are named `<name>_save` and `<name>_cancel` for keyboard tests and screen readers.
    """
    buttons = QDialogButtonBox()
    save = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
    save.setObjectName(f"{name}_save")
    save.setDefault(True)
    cancel = buttons.addButton(QCoreApplication.translate("forms", "Anuluj"), QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setObjectName(f"{name}_cancel")
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save, cancel
