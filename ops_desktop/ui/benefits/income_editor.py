"""The household's incomes in the month before the application, typed as Polish money."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.money import MoneyFormatError, parse_money
from ops_desktop.i18n.format import number
from ops_desktop.services.applications import IncomeInput
from ops_desktop.services.errors import (
    FieldError,
    ValidationError,
)
from ops_desktop.services.views import (
    IncomeLine,
    MemberView,
)
from ops_desktop.ui import labels
from ops_desktop.ui.forms import FieldErrors, named

Row = tuple[uuid.UUID | None, str, str]  # member, source, amount as typed
MEMBER_CHARS = 18  # the member combo's width in characters, whatever the names' length
SOURCE_CHARS = 16  # "wynagrodzenie", "zasiłek rodzinny" readable without scrolling


class IncomeEditor(QWidget):
    """Rows of (member, source, amount) typed as Polish money; errors appear under each row."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members: list[MemberView] = []
        self.fields = FieldErrors()
        self.dirty = False
        self.editable = True
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(0, 1)
        self.empty = named(QLabel(self.tr(
            "Nie wpisano dochodów – dodaj wiersz albo zaznacz «brak dochodów» i zapisz.")),
            "incomes_empty")
        # "No income" is a statement the worker saves, not what an empty list is taken for.
        self.no_income = named(QCheckBox(self.tr("&brak dochodów – gospodarstwo nie ma żadnego dochodu")),
                               "incomes_none", self.tr("Brak dochodów"))
        self.no_income.toggled.connect(self._no_income_toggled)
        self._no_income_error = self.fields.label_for("no_income", self.no_income)
        self.add_button = named(QPushButton(self.tr("&Dodaj dochód")), "income_add",
                                self.tr("Dodaj dochód"))
        self.add_button.clicked.connect(self.add_row)
        self.save_button = named(QPushButton(self.tr("Zapisz doc&hody")), "save_incomes",
                                 self.tr("Zapisz dochody"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addWidget(self.no_income)
        layout.addWidget(self._no_income_error)
        layout.addLayout(buttons)
        self._rows: list[tuple[QComboBox, QLineEdit, QLineEdit, QPushButton]] = []

    def load(self, members: list[MemberView], lines: list[IncomeLine],
             no_income: bool = False) -> None:
        self.members = members
        self.no_income.blockSignals(True)
        self.no_income.setChecked(no_income)
        self.no_income.blockSignals(False)
        self._build([(line.person_id, line.source, number(line.amount)) for line in lines])
        self.dirty = False

    def rows(self) -> list[Row]:
        return [(uuid.UUID(combo.currentData()) if combo.currentData() else None, source.text(),
                 amount.text()) for combo, source, amount, _remove in self._rows]

    def add_row(self) -> None:
        applicant = self.members[0].person_id if self.members else None
        self._build([*self.rows(), (applicant, "", "")])
        self._changed()
        self._rows[-1][0].setFocus()

    def remove_row(self, index: int) -> None:
        rows = self.rows()
        del rows[index]
        self._build(rows)
        self._changed()
        (self._rows[min(index, len(self._rows) - 1)][1] if self._rows else self.add_button).setFocus()

    def lines(self) -> list[IncomeInput]:
        """The typed rows as service input; raises ValidationError for amounts that are not money."""
        lines, errors = [], []
        for i, (person_id, source, amount) in enumerate(self.rows()):
            try:
                value = parse_money(amount)
            except MoneyFormatError:
                errors.append(FieldError(f"income.{i}.amount", "amount_invalid"))
                continue
            if person_id is None:
                errors.append(FieldError(f"income.{i}.person", "required"))
                continue
            lines.append(IncomeInput(person_id, source, value))
        if errors:
            raise ValidationError(errors)
        return lines

    def unsaved_work(self) -> str:
        """Named when the person signs out with incomes typed but not saved."""
        return self.tr("Dochody gospodarstwa – zmiany niezapisane") if self.dirty else ""

    def set_editable(self, on: bool) -> None:
        self.editable = on
        for widget in [self.add_button, self.save_button, self.no_income] + [
                w for r in self._rows for w in r]:
            widget.setEnabled(on)

    def _changed(self) -> None:
        self.dirty = True
        self.edited.emit()

    def _no_income_toggled(self) -> None:
        self.empty.setVisible(not self._rows and not self.no_income.isChecked())
        self._changed()

    def _build(self, rows: list[Row]) -> None:
        """Lay the rows out again (after add or remove), keeping every character typed."""
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.setObjectName("")  # its name now belongs to the row built below
                widget.hide()
                widget.deleteLater()
        self.fields = FieldErrors()
        # The check-box stays; its message label is registered anew with the new errors.
        old_error, self._no_income_error = (self._no_income_error,
                                            self.fields.label_for("no_income", self.no_income))
        self.layout().replaceWidget(old_error, self._no_income_error)
        old_error.setObjectName("")  # its name now belongs to the new label
        old_error.deleteLater()
        self._rows = []
        if rows:
            for col, text in enumerate((self.tr("Członek gospodarstwa"), self.tr("Źródło dochodu"),
                                        self.tr("Kwota netto (zł)"))):
                self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        for i, (person_id, source_text, amount_text) in enumerate(rows):
            n = str(i + 1)
            combo = named(QComboBox(), f"income_person_{i}",
                          self.tr("Członek gospodarstwa, wiersz %1").replace("%1", n))
            for m in self.members:
                combo.addItem(f"{m.full_name} ({labels.relation(m.relation, m.sex)})",
                              str(m.person_id))
            combo.setCurrentIndex(max(0, combo.findData(str(person_id))))
            # Sized to the longest "name (relation)" the combo pushed the source and amount
            # out of the panel; the list it opens still shows each name whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(MEMBER_CHARS)
            source = named(QLineEdit(source_text), f"income_source_{i}",
                           self.tr("Źródło dochodu, wiersz %1").replace("%1", n))
            source.setPlaceholderText(self.tr("np. emerytura, wynagrodzenie"))
            source.setMinimumWidth(source.fontMetrics().horizontalAdvance("x" * SOURCE_CHARS))
            amount = named(QLineEdit(amount_text), f"income_amount_{i}",
                           self.tr("Kwota, wiersz %1").replace("%1", n))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight)
            amount.setPlaceholderText("0,00")
            amount.setMaximumWidth(130)
            amount.returnPressed.connect(self.save_button.click)  # Enter saves the incomes
            remove = named(QPushButton(self.tr("Usuń")), f"income_remove_{i}",
                           self.tr("Usuń wiersz %1").replace("%1", n))
            remove.clicked.connect(lambda _=False, i=i: self.remove_row(i))
            for signal in (combo.currentIndexChanged, source.textEdited, amount.textEdited):
                signal.connect(self._changed)
            r = 1 + 2 * i
            for col, widget in enumerate((combo, source, amount, remove)):
                self.grid.addWidget(widget, r, col)
            for col, (field, widget) in enumerate((("person", combo), ("source", source),
                                                   ("amount", amount))):
                self.grid.addWidget(self.fields.label_for(f"income.{i}.{field}", widget), r + 1, col)
            self._rows.append((combo, source, amount, remove))
        self.empty.setVisible(not rows and not self.no_income.isChecked())
        chain = [w for r in self._rows for w in r] + [self.add_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.set_editable(self.editable)
