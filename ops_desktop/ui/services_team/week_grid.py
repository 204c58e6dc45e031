"""A client's week as a grid: a column per weekday, each visit a cell (from–to and carer)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ops_desktop.services.care_providers import SlotView

Index = QModelIndex | QPersistentModelIndex
OBJECT_ROLE = Qt.ItemDataRole.UserRole
# ISO weekdays 1 (Monday) … 7, as the source texts the translator finds.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("WeekGrid", "Poniedziałek"),
    QT_TRANSLATE_NOOP("WeekGrid", "Wtorek"),
    QT_TRANSLATE_NOOP("WeekGrid", "Środa"),
    QT_TRANSLATE_NOOP("WeekGrid", "Czwartek"),
    QT_TRANSLATE_NOOP("WeekGrid", "Piątek"),
    QT_TRANSLATE_NOOP("WeekGrid", "Sobota"),
    QT_TRANSLATE_NOOP("WeekGrid", "Niedziela"),
)


def weekday_name(weekday: int) -> str:
    """The ISO weekday (1 Monday) in words."""
    return QCoreApplication.translate("WeekGrid", WEEKDAYS[weekday - 1])


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class WeekGridModel(QAbstractTableModel):
    """Seven columns; row n of a column is that day's n-th visit by the hour."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._days: list[list[SlotView]] = [[] for _ in range(7)]

    def set_slots(self, slots: list[SlotView]) -> None:
        self.beginResetModel()
        self._days = [sorted((s for s in slots if s.weekday == d), key=lambda s: s.starts_min)
                      for d in range(1, 8)]
        self.endResetModel()

    def slot_at(self, row: int, column: int) -> SlotView | None:
        if 0 <= column < 7 and 0 <= row < len(self._days[column]):
            return self._days[column][row]
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max(len(day) for day in self._days)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        slot = self.slot_at(index.row(), index.column())
        if slot is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{clock(slot.starts_min)}–{clock(slot.ends_min)}\n{slot.carer_name}"
        if role == OBJECT_ROLE:
            return slot
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return weekday_name(section + 1)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
