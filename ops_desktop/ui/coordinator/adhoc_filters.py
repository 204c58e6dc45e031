"""The filters of the head's own list: as many rows as the head adds (field, comparison,
value, remove), all of which a record must meet. An empty field in a row means no filter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ops_desktop.domain.adhoc_lists import ListField, ListFilter
from ops_desktop.ui.forms import push_button


def _named(widget: QWidget, name: str, number: int) -> None:
    """The first row keeps the plain names (one filter, as before); later rows are numbered."""
    widget.setObjectName(name if number == 1 else f"{name}_{number}")


class FilterRow(QWidget):
    def __init__(self, owner: FilterList, number: int) -> None:
        super().__init__(owner)
        self.field = QComboBox()
        _named(self.field, "adhoc_filter_field", number)
        self.field.setAccessibleName(self.tr("Pole filtra %1").replace("%1", str(number)))
        self.operator = QComboBox()
        _named(self.operator, "adhoc_filter_operator", number)
        self.operator.setAccessibleName(self.tr("Porównanie filtra %1").replace("%1", str(number)))
        for code, text in (("eq", self.tr("równe")), ("contains", self.tr("zawiera")),
                           ("from", self.tr("od")), ("to", self.tr("do"))):
            self.operator.addItem(text, code)
        self.value = QLineEdit()
        _named(self.value, "adhoc_filter_value", number)
        self.value.setAccessibleName(self.tr("Wartość filtra %1").replace("%1", str(number)))
        self.value.setPlaceholderText(self.tr("np. 2025-01-31, 150,00 lub tekst"))
        self.remove = push_button(self.tr("Usuń"), "", lambda: owner.remove_row(self))
        _named(self.remove, "adhoc_filter_remove", number)
        self.remove.setToolTip(self.tr("Usuń ten filtr"))
        # This row's own problem (a date that is not one, say), said under the row.
        self.error = QLabel()
        _named(self.error, "adhoc_filter_row_error", number)
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.error.setWordWrap(True)
        self.error.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.field, 2)
        line.addWidget(self.operator, 1)
        line.addWidget(self.value, 2)
        line.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.error)

    def set_fields(self, fields: Sequence[ListField], chosen: str | None) -> None:
        self.field.clear()
        self.field.addItem(self.tr("(bez filtra)"), None)
        for f in fields:
            self.field.addItem(f.label, f.key)
        self.field.setCurrentIndex(max(0, self.field.findData(chosen)))

    def filter(self) -> ListFilter | None:
        key = self.field.currentData()
        return None if key is None else ListFilter(key, self.operator.currentData(),
                                                   self.value.text())

    def say(self, text: str) -> None:
        """Show (or, with "", clear) this row's message."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.value.setAccessibleDescription(text)

    def show_filter(self, f: ListFilter) -> None:
        self.field.setCurrentIndex(max(0, self.field.findData(f.field)))
        self.operator.setCurrentIndex(max(0, self.operator.findData(f.operator)))
        self.value.setText(f.value)


class FilterList(QWidget):
    """The rows, then "Dodaj filtr". There is always at least one row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adhoc_filters")
        self.fields: tuple[ListField, ...] = ()
        self.rows: list[FilterRow] = []
        self._numbered = 0
        self.add_button = push_button(self.tr("&Dodaj filtr"), "adhoc_add_filter",
                                      lambda: self.add_row())
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_row()

    def add_row(self, f: ListFilter | None = None) -> FilterRow:
        self._numbered += 1
        row = FilterRow(self, self._numbered)
        row.set_fields(self.fields, None)
        if f is not None:
            row.show_filter(f)
        self.rows.append(row)
        self._rows.addWidget(row)
        row.show()  # at once, not on the next event: the head types into it straight away
        row.field.setFocus()
        return row

    def remove_row(self, row: FilterRow) -> None:
        """The row goes; the last one left is only emptied, so a filter can still be added."""
        if len(self.rows) == 1:
            row.set_fields(self.fields, None)
            row.value.clear()
            return
        self.rows.remove(row)
        self._rows.removeWidget(row)
        row.deleteLater()

    def set_fields(self, fields: Sequence[ListField]) -> None:
        """Offer another kind of record's fields, keeping each row's field where it exists."""
        self.fields = tuple(fields)
        for row in self.rows:
            row.set_fields(self.fields, row.field.currentData())

    def filters(self) -> tuple[ListFilter, ...]:
        return tuple(f for row in self.rows if (f := row.filter()) is not None)

    def used_rows(self) -> list[FilterRow]:
        """The rows that make a filter, in the order of filters(): the N-th filter's row."""
        return [row for row in self.rows if row.filter() is not None]

    def say(self, messages: dict[int, str]) -> None:
        """Each filter's message next to its row (keyed by its place in filters()); the
        other rows' messages are cleared."""
        for row in self.rows:
            row.say("")
        used = self.used_rows()
        for number, text in messages.items():
            if 0 <= number < len(used):
                used[number].say(text)

    def show_filters(self, filters: Sequence[ListFilter]) -> None:
        for row in self.rows[1:]:
            self.remove_row(row)
        first = self.rows[0]
        first.set_fields(self.fields, None)
        first.value.clear()
        for i, f in enumerate(filters):
            if i == 0:
                first.show_filter(f)
            else:
                self.add_row(f)
