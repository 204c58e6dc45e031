"""A form's preview (the terms, the fee, the split of a payment) that follows the typing: every
input the preview reads is connected to it, whatever kind of input it is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def follow_inputs(show: Callable[[], object], *inputs: QWidget) -> None:
    """Call `show` after every change of each input: text typed, a number or a date changed,
    another item chosen, a box ticked. The signals' values are dropped: the preview reads the
    whole form again, so it never shows one field's new value beside another's old one."""
    for widget in inputs:
        # QDateEdit is a spin box too: its date, not a number, is what changes.
        if isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(lambda *_: show())
        elif isinstance(widget, QAbstractSpinBox):
            widget.valueChanged.connect(lambda *_: show())  # type: ignore[attr-defined]
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(lambda *_: show())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_: show())
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(lambda *_: show())
        else:
            # A silent no-op would leave a preview that does not follow one field.
            raise TypeError(f"no change signal known for {type(widget).__name__}")
