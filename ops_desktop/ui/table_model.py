"""A table model over plain service views, fetched page by page as the view scrolls.

Every list that can grow uses this: the model never holds more than the pages the person
has scrolled through, and it never builds widgets row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ops_desktop.ui import collector

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_ANSWERED = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, OBJECT_ROLE, SORT_ROLE,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
})


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    align_right: bool = False
    # A text colour for some rows (overdue, closed); never the only sign: the text says it too.
    foreground: Callable[[T], QColor | None] | None = None
    # The header's whole meaning when its title is kept short so the list fits beside a panel.
    header_tooltip: str = ""


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Rows come page by page; `total()` says how many there are in all.

    Two kinds of source: `set_source(fetch(offset, limit), total)` for short or in-memory
    lists, and `set_keyset_source(fetch_after(last_row, limit), total)` for the long lists of
    the store, whose next page is asked for as "the rows after the last one shown" so that
    scrolling deep into 100,000 cases costs no more than the first page.
    """

    # The first page fills a screen; later ones come as the view nears the bottom. Each row
    # costs about 0.3 ms from the store to the screen on an idle computer and twice that with
    # another program busy on a core: pages of 100 reached 117 ms (a stall a person notices)
    # on a 2-core machine, pages of 50 stay well under 100 ms. Scrolling far asks the store
    # twice as often, a millisecond or two each time.
    FIRST_PAGE = 50
    PAGE = 50
    FREEZE_FROM = 5_000
    FREEZE_EVERY = 2_000
    TEXT_CACHE = 20_000

    def __init__(
        self,
        columns: Sequence[Column[T]],
        fetch: Callable[[int, int], list[T]] | None = None,
        total: Callable[[], int] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._total = total
        self._rows: list[T] = []
        self._texts: dict[tuple[int, int], str] = {}
        self._frozen_at = 0
        self._count = 0
        self._fetching = False
        self._at_least = False

    # --- feeding ---
    def set_source(self, fetch: Callable[[int, int], list[T]], total: Callable[[], int],
                   at_least: bool = False) -> None:
        """`at_least`: `total` may be a lower bound (a count that stops early); the rows then
        go on as long as full pages come."""
        self._fetch, self._total, self._at_least = fetch, total, at_least
        self.reload()

    def set_keyset_source(self, fetch_after: Callable[[T | None, int], list[T]],
                          total: Callable[[], int] | None) -> None:
        """`total` None: a list whose size nobody reads (the head's signed decisions, 180,000
        in a city): nothing is counted, the rows go on as long as full pages come."""
        # The model asks for "offset" = rows it holds; the row before it is the key.
        self._total, self._at_least = total or self._uncounted, total is None
        self._fetch = lambda offset, limit: fetch_after(
            self._rows[offset - 1] if offset else None, limit)
        self.reload()

    def set_rows(self, rows: list[T]) -> None:
        """For short lists that come whole (a household, a person's history)."""
        self.beginResetModel()
        self._fetch, self._total, self._at_least = None, None, False
        self._rows = list(rows)
        self._texts.clear()
        self._count = len(rows)
        self._thaw()
        self.endResetModel()

    def _uncounted(self) -> int:
        return 0  # replaced by what the first page says (reload)

    def reload(self) -> None:
        # Ask the store first: if it fails, the view keeps showing the old rows intact.
        if self._fetch is None or self._total is None:
            return
        count = self._total()
        rows = self._fetch(0, self.FIRST_PAGE)
        if self._total == self._uncounted:
            # A full first page may have more behind it (fetchMore goes on from there).
            count = len(rows) + (len(rows) == self.FIRST_PAGE)
        self.beginResetModel()
        self._count, self._rows = count, rows
        self._texts.clear()
        self.endResetModel()
        self._thaw()

    def _thaw(self) -> None:
        # The rows frozen for this list are gone (ui/collector.py).
        if self._frozen_at:
            self._frozen_at = 0
            collector.release_rows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._count

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        # Views may ask again from inside the insertion signals; one page at a time.
        if parent.isValid() or self._fetch is None or self._fetching:
            return
        more = self._fetch(len(self._rows), self.PAGE)
        if not more:
            self._count = len(self._rows)
            return
        if self._at_least and len(self._rows) + len(more) >= self._count:
            # The total was a lower bound ("more than 500", counted no further): a full page
            # may have more behind it, so the list goes on until a page comes back short.
            self._count = len(self._rows) + len(more) + (len(more) == self.PAGE)
        first = len(self._rows)
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False
        held = len(self._rows)
        if held >= self.FREEZE_FROM and held >= self._frozen_at + self.FREEZE_EVERY:
            # The rows of a long list live as long as the model, yet every full cyclic
            # collection walks them all: 100–250 ms pauses at 150,000 rows while scrolling
            # (benchmarks/scale.py). Frozen, they are left to reference counting (they hold
            # no cycles, so a reload still frees them): ui/collector.py.
            collector.hold_rows()
            self._frozen_at = len(self._rows)

    # --- reading ---
    def total(self) -> int:
        return self._count

    def row_object(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Callable[[T], object], wanted: object, depth: int = 0) -> int | None:
        """The first row with `key(row) == wanted`, reading further pages while fewer than
        `depth` rows are held (0: only the rows already read); None if it is not there."""
        row = 0
        while True:
            for row in range(row, len(self._rows)):
                if key(self._rows[row]) == wanted:
                    return row
            row = len(self._rows)
            if row >= depth or not self.canFetchMore():
                return None
            self.fetchMore()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks every cell for about ten roles on every paint; most get None at once.
        if role not in _ANSWERED or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        obj = self._rows[row]
        column = self._columns[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # Formatting (money and dates through babel) costs more than the paint itself.
            text = self._texts.get((row, col))
            if text is None:
                if len(self._texts) >= self.TEXT_CACHE:
                    self._texts.clear()
                text = self._texts[(row, col)] = column.text(obj)
            return text
        if role == OBJECT_ROLE:
            return obj
        if role == SORT_ROLE:
            return column.sort_key(obj) if column.sort_key else column.text(obj)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(obj)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section].header_tooltip or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


def selected_object(view: QTableView, model: PagedTableModel[T]) -> T | None:
    """The object of the row chosen in a one-row-at-a-time list, None when none is."""
    rows = view.selectionModel().selectedRows()
    return model.row_object(rows[0].row()) if rows else None


def make_table(model: PagedTableModel, name: str, accessible: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Widths from the first rows only: Qt's default measures the first 1,000 rows, and
    # again on every page fetched while scrolling (whole frames lost in a long list).
    header.setResizeContentsPrecision(20)
    header.setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table
