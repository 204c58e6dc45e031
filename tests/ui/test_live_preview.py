"""The preview of a form follows every kind of input it is given, on real widgets: typing,
a number, a date, a chosen item, a ticked box; the form's rows put the refusal under its input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ops_desktop.services.errors import FieldError, ValidationError
from ops_desktop.ui.field_rows import field_rows
from ops_desktop.ui.forms import FieldErrors
from ops_desktop.ui.live_preview import follow_inputs


def test_every_input_kind_moves_the_preview(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    price, note = QLineEdit(host), QPlainTextEdit(host)
    days, day = QSpinBox(host), QDateEdit(QDate(2026, 12, 1), host)
    kind, free = QComboBox(host), QCheckBox(host)
    days.setRange(1, 30)
    kind.addItems(["obiad", "śniadanie"])
    preview = QLabel(host)

    def show() -> None:
        preview.setText(f"{price.text()}|{note.toPlainText()}|{days.value()}|"
                        f"{day.date().day()}|{kind.currentText()}|{free.isChecked()}")

    follow_inputs(show, price, note, days, day, kind, free)
    host.show()
    qtbot.keyClicks(price, "12,50")
    assert preview.text().startswith("12,50|")
    qtbot.keyClicks(note, "x")
    assert preview.text().startswith("12,50|x|1|")
    days.setFocus()
    qtbot.keyClick(days, Qt.Key.Key_Up)
    assert "|x|2|1|" in preview.text()
    day.setDate(QDate(2026, 12, 7))
    assert "|2|7|obiad|" in preview.text()
    kind.setCurrentIndex(1)
    assert "|śniadanie|False" in preview.text()
    qtbot.mouseClick(free, Qt.MouseButton.LeftButton)
    assert preview.text() == "12,50|x|2|7|śniadanie|True"


def test_an_input_without_a_known_change_is_refused(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(TypeError):
        follow_inputs(lambda: None, label)


def test_rows_put_the_refusal_under_its_input_and_keep_the_typing(qtbot) -> None:
    fields = FieldErrors()
    host = QWidget()
    qtbot.addWidget(host)
    hours, unit, income = QLineEdit(), QComboBox(), QLineEdit()
    form = field_rows(fields, (("&Godzin:", "hours", hours, unit),
                               ("&Dochód:", "income", income)))
    host.setLayout(form)
    host.show()
    assert form.rowCount() == 2
    # The label's Alt+letter focuses the input, the unit stands in the same row.
    assert form.itemAt(0, form.ItemRole.LabelRole).widget().buddy() is hours
    assert unit.parent() is hours.parent()
    qtbot.keyClicks(income, "abc")
    fields.show(ValidationError([FieldError("income", "money_format")]))
    assert fields.text("income") and not fields.text("hours")
    assert income.text() == "abc"
