"""The actions table of a kontrakt socjalny (or annex) as the worker edits it: a model over
plain rows, so whatever was typed stays in the table when the service refuses it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.plans import Action, Performer
from ops_desktop.ui import labels

Index = QModelIndex | QPersistentModelIndex
WHAT, PERFORMER, PERFORMER_NAME, DUE_ON, ASSESSED_BY = range(5)
VISIBLE_ROWS = 5  # actions seen without scrolling the table


@dataclass
class ActionRow:
    what: str = ""
    performer: str = Performer.PERSON.value
    performer_name: str = ""
    due_on: str = ""  # as typed, dd.mm.rrrr
    assessed_by: str = ""


def parse_day(text: str) -> dt.date | None:
    """A day typed as dd.mm.rrrr; None when it is not one (the service then names the field)."""
    try:
        return dt.datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        return None


class ActionsModel(QAbstractTableModel):
    FIELDS = ("what", "performer", "performer_name", "due_on", "assessed_by")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ActionRow] = []
        self.headers = (self.tr("Działanie/zadanie"), self.tr("Kto realizuje"),
                        self.tr("Kto (nazwa)"), self.tr("Termin (dd.mm.rrrr)"),
                        self.tr("Sposób oceny"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers[section] if orientation == Qt.Orientation.Horizontal else section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = getattr(self.rows[index.row()], self.FIELDS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole and index.column() == PERFORMER:
            return labels.vocab(labels.PERFORMERS, value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        setattr(self.rows[index.row()], self.FIELDS[index.column()], str(value))
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def set_actions(self, actions: tuple[Action, ...]) -> None:
        self.beginResetModel()
        self.rows = [ActionRow(a.what, a.performer.value, a.performer_name,
                               a.due_on.strftime("%d.%m.%Y"), a.assessed_by) for a in actions]
        self.endResetModel()

    def add_row(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(ActionRow())
        self.endInsertRows()
        return len(self.rows) - 1

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def actions(self) -> tuple[Action, ...]:
        """The rows as the service takes them; a day that is not one goes as None."""
        return tuple(Action(r.what, Performer(r.performer), r.performer_name,
                            parse_day(r.due_on), r.assessed_by)  # type: ignore[arg-type]
                     for r in self.rows)


class PerformerDelegate(QStyledItemDelegate):
    """Who carries out an action, picked from the template's four."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     _index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code in Performer:
            combo.addItem(labels.vocab(labels.PERFORMERS, code.value), code.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class ActionsEditor(QWidget):
    """The table with "Dodaj działanie" and "Usuń działanie"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ActionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("contract_actions")
        self.table.setAccessibleName(self.tr("Działania"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PERFORMER, PerformerDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The day's column is as wide as its heading ("Termin (dd.mm.rrrr)" was cut), and
        # the table shows several actions at once however many text boxes share the form.
        header.setSectionResizeMode(DUE_ON, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(header.sizeHint().height() + 2 * self.table.frameWidth()
                                    + VISIBLE_ROWS * self.table.verticalHeader().defaultSectionSize())
        self.add_button = QPushButton(self.tr("&Dodaj działanie"))
        self.add_button.setObjectName("add_action")
        self.remove_button = QPushButton(self.tr("&Usuń działanie"))
        self.remove_button.setObjectName("remove_action")
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _add(self) -> None:
        row = self.model.add_row()
        self.table.setCurrentIndex(self.model.index(row, WHAT))
        self.table.edit(self.model.index(row, WHAT))

    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove_row(rows[0].row())
