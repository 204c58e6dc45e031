"""The k-way merge behind the head's signed list (ui/coordinator/merged_pages.py), on lists
in memory: one order whatever the page size, ties to the source named first, each source read
about a page at a time after its own last row, and a page asked after any row still right."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from ops_desktop.ui.coordinator.merged_pages import MergedPages, Source


@dataclass(frozen=True)
class A:
    id: int
    day: int


@dataclass(frozen=True)
class B:
    id: int
    day: int


def _source(rows: list, reads: list[int]) -> Source:
    """Rows newest first; each read noted by how many rows it gave."""
    def fetch(last: object, limit: int) -> list:
        start = 0 if last is None else rows.index(last) + 1
        page = rows[start:start + limit]
        reads.append(len(page))
        return page
    return Source(fetch, lambda: len(rows))


def _all(merged: MergedPages, limit: int) -> list:
    shown: list = []
    while True:
        page = merged.fetch_after(shown[-1] if shown else None, limit)
        shown += page
        if not page:
            return shown


A_ROWS = [A(i, d) for i, d in enumerate((9, 7, 7, 4, 2, 1))]
B_ROWS = [B(i, d) for i, d in enumerate((8, 7, 5, 4, 4, 3, 0))]
EXPECTED = [A_ROWS[0], B_ROWS[0], A_ROWS[1], A_ROWS[2], B_ROWS[1], B_ROWS[2], A_ROWS[3],
            B_ROWS[3], B_ROWS[4], B_ROWS[5], A_ROWS[4], A_ROWS[5], B_ROWS[6]]


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 13, 50])
def test_one_order_whatever_the_page_ties_to_the_first_source(limit: int) -> None:
    a_reads: list[int] = []
    b_reads: list[int] = []
    merged = MergedPages([_source(A_ROWS, a_reads), _source(B_ROWS, b_reads)],
                         key=lambda r: r.day)
    assert merged.total() == 13
    assert _all(merged, limit) == EXPECTED
    # Each source read a page at a time: never more than its rows and one page beyond.
    assert sum(a_reads) == len(A_ROWS) and sum(b_reads) == len(B_ROWS)
    assert len(a_reads) <= len(A_ROWS) // limit + 2


def test_the_first_page_reads_a_page_from_each_source_not_all() -> None:
    long = [A(i, 1000 - i) for i in range(500)]
    reads: list[int] = []
    merged = MergedPages([_source(long, reads), _source(B_ROWS, [])], key=lambda r: r.day)
    assert merged.fetch_after(None, 5) == long[:5]
    assert reads == [5]


def test_a_page_asked_after_any_row_shown_continues_from_it() -> None:
    merged = MergedPages([_source(A_ROWS, []), _source(B_ROWS, [])], key=lambda r: r.day)
    first = merged.fetch_after(None, 6)
    merged.fetch_after(first[-1], 3)  # the cursors move on past row 9
    # Asked again after row 4 (say a view kept an older page): the same rows follow.
    assert merged.fetch_after(first[3], 4) == EXPECTED[4:8]
    assert merged.fetch_after(EXPECTED[7], 50) == EXPECTED[8:]
    assert merged.fetch_after(A(99, 5), 5) == []  # a row not in the list: nothing after it


def test_a_failed_read_leaves_no_row_lost() -> None:
    failing = {"now": False}
    reads: list[int] = []
    plain = _source(B_ROWS, reads)

    def fetch(last: object, limit: int) -> list:
        if failing["now"]:
            raise OSError("the store went away")
        return plain.fetch(last, limit)

    merged = MergedPages([_source(A_ROWS, []), Source(fetch, plain.count)],
                         key=lambda r: r.day)
    first = merged.fetch_after(None, 2)
    failing["now"] = True
    with pytest.raises(OSError):
        merged.fetch_after(first[-1], 5)
    failing["now"] = False
    assert first + merged.fetch_after(first[-1], 50) == EXPECTED
