"""The paged table model checked by Qt's own model tester, and its paging."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ops_desktop.ui.table_model import OBJECT_ROLE, SORT_ROLE, Column, PagedTableModel

ROWS = [(i, f"Osoba {i:04d}") for i in range(1050)]


def fetch(offset: int, limit: int) -> list[tuple[int, str]]:
    return ROWS[offset:offset + limit]


def make() -> PagedTableModel[tuple[int, str]]:
    model: PagedTableModel[tuple[int, str]] = PagedTableModel([
        Column("Nr", lambda r: str(r[0]), sort_key=lambda r: r[0], align_right=True),
        Column("Nazwa", lambda r: r[1]),
    ])
    model.set_source(fetch, lambda: len(ROWS))
    return model


def test_passes_qt_model_tester(qtmodeltester: object) -> None:
    model = make()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_rows_come_a_page_at_a_time() -> None:
    model = make()
    assert model.rowCount() == PagedTableModel.FIRST_PAGE and model.total() == 1050
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1050
    last = model.index(1049, 1)
    assert last.data() == "Osoba 1049"
    assert last.data(OBJECT_ROLE) == (1049, "Osoba 1049")
    assert model.index(7, 0).data(SORT_ROLE) == 7
    assert model.index(7, 0).data(Qt.ItemDataRole.TextAlignmentRole) is not None


def test_a_failing_store_leaves_the_old_rows() -> None:
    model = make()

    def broken(_offset: int, _limit: int) -> list[tuple[int, str]]:
        raise OSError("disk gone")

    try:
        model.set_source(broken, lambda: 3)
    except OSError:
        pass
    assert model.rowCount() == PagedTableModel.FIRST_PAGE and model.index(0, 1).data() == "Osoba 0000"


def test_a_keyset_source_is_asked_for_the_rows_after_the_last_one_shown() -> None:
    asked: list[tuple[int, str] | None] = []

    def after(last: tuple[int, str] | None, limit: int) -> list[tuple[int, str]]:
        asked.append(last)
        start = 0 if last is None else last[0] + 1
        return ROWS[start:start + limit]

    model: PagedTableModel[tuple[int, str]] = PagedTableModel([Column("Nr", lambda r: str(r[0]))])
    model.set_keyset_source(after, lambda: len(ROWS))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    first, page = PagedTableModel.FIRST_PAGE, PagedTableModel.PAGE
    assert asked == [None] + [ROWS[n - 1] for n in range(first, len(ROWS), page)]
    assert [model.row_object(i) for i in range(model.rowCount())] == ROWS
    model.set_keyset_source(after, lambda: len(ROWS))  # a reload starts from the top again
    assert asked[-1] is None and model.rowCount() == first


@pytest.mark.parametrize("size", [0, 30, PagedTableModel.FIRST_PAGE, 1050, 1075])
def test_a_keyset_source_without_a_count_reads_on_until_a_page_comes_short(
        qtmodeltester: object, size: int) -> None:
    """The head's signed decisions: nobody reads how many, so none is counted."""
    rows = [(i, f"Osoba {i:04d}") for i in range(size)]

    def after(last: tuple[int, str] | None, limit: int) -> list[tuple[int, str]]:
        start = 0 if last is None else last[0] + 1
        return rows[start:start + limit]

    model: PagedTableModel[tuple[int, str]] = PagedTableModel([Column("Nr", lambda r: str(r[0]))])
    model.set_keyset_source(after, None)
    assert model.rowCount() == min(size, PagedTableModel.FIRST_PAGE)
    qtmodeltester.check(model)  # type: ignore[attr-defined]  (it reads on, as a view does)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.row_object(i) for i in range(model.rowCount())] == rows
    assert model.total() == size and not model.canFetchMore(QModelIndex())


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_the_qt_binding_keeps_none_alive_when_data_returns_none() -> None:
    # A binding that loses a reference to None on every "no data" answer (PySide6 6.12.0)
    # makes any list view crash the interpreter after a few thousand paints.
    model = make()
    cell = model.index(0, 1)
    before = sys.getrefcount(None)
    for _ in range(5_000):
        assert cell.data(Qt.ItemDataRole.DecorationRole) is None
    assert sys.getrefcount(None) >= before - 100


def test_row_of_reads_further_pages_only_as_deep_as_asked() -> None:
    model = make()
    first = PagedTableModel.FIRST_PAGE
    assert model.row_of(lambda r: r[0], 7) == 7
    assert model.row_of(lambda r: r[0], first + 10) is None and model.rowCount() == first
    assert model.row_of(lambda r: r[0], first + 10, depth=first + 1) == first + 10
    assert model.rowCount() == first + PagedTableModel.PAGE  # one page more, no further
    assert model.row_of(lambda r: r[0], 5000, depth=10_000) is None
    assert model.rowCount() == len(ROWS)
