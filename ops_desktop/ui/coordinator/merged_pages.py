"""Several lists kept in the store, each read a page at a time in the same order (newest
first), shown as one list: a k-way merge. The head's "Decyzje podpisane" is the benefit
decisions and the signed DPS, shelter and meal decisions, each in its place by issue date.

Each source is asked only for the rows after its own last row read, about a page at a time
as the view scrolls, so the first page costs four short reads, not every meal decision of
the year. Qt-free: the table model calls `fetch_after(last row shown, limit)` and `total`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Fetch = Callable[[Any, int], list[Any]]  # (this source's last row read or None, limit)


@dataclass(frozen=True)
class Source:
    """One list, newest first by the merge's key: `fetch(last, limit)` gives up to `limit`
    rows after `last` (a row it gave before, or None for the first ones)."""

    fetch: Fetch
    count: Callable[[], int]


@dataclass
class _Cursor:
    source: Source
    last: Any = None  # the last row read: the next read is after it
    held: deque[Any] = field(default_factory=deque)  # read, not yet handed out
    done: bool = False  # a short read: nothing more behind it

    def head(self, limit: int) -> Any:
        """The source's next row, read (a page of them) when none is held; None at its end."""
        if not self.held and not self.done:
            more = self.source.fetch(self.last, limit)
            self.done = len(more) < limit or not more
            if more:
                self.last = more[-1]
                self.held.extend(more)
        return self.held[0] if self.held else None


def identity(row: Any) -> tuple[str, object]:
    """A row of any source told apart from every other: its kind and id."""
    return type(row).__name__, getattr(row, "id", None)


_NOTHING = object()


class MergedPages:
    """The sources' rows in one order, greatest `key` first; a tie goes to the source named
    earlier (so each source's own order is kept, and the list's order never changes between
    reads). The next page is asked after the last row handed out, of whatever source it is:
    the cursors stand where that page ended."""

    def __init__(self, sources: Sequence[Source], key: Callable[[Any], Any]) -> None:
        self._sources, self._key = list(sources), key
        self._cursors: list[_Cursor] = []
        self._handed: Any = _NOTHING  # the last row handed out, where the cursors stand

    def total(self) -> int:
        return sum(s.count() for s in self._sources)

    def fetch_after(self, last: Any, limit: int) -> list[Any]:
        try:
            if last is None:
                self._restart()
            elif last is not self._handed and not self._replay(last, limit):
                return []  # that row is no longer in the list: the list ends here
            page = [row for _, row in self._take(limit)]
        except BaseException:
            self._handed = _NOTHING  # the cursors may have moved: read again from the start
            raise
        if page:
            self._handed = page[-1]
        return page

    def _restart(self) -> None:
        self._cursors = [_Cursor(s) for s in self._sources]
        self._handed = None

    def _take(self, limit: int) -> list[tuple[_Cursor, Any]]:
        """The next `limit` rows (fewer at the end), each with the cursor it came from."""
        page: list[tuple[_Cursor, Any]] = []
        while len(page) < limit:
            best: _Cursor | None = None
            best_key: Any = None
            for cursor in self._cursors:
                row = cursor.head(limit)
                if row is not None and (best is None or self._key(row) > best_key):
                    best, best_key = cursor, self._key(row)
            if best is None:
                break
            page.append((best, best.held.popleft()))
        return page

    def _replay(self, last: Any, limit: int) -> bool:
        """Asked after a row this merge did not hand out last (not how the table model asks):
        merge again from the start up to that row. Slow but right; False if it is not there."""
        wanted = identity(last)
        self._restart()
        while True:
            page = self._take(limit)
            for i, (_, row) in enumerate(page):
                if identity(row) == wanted:
                    # The rows merged after it go back to their cursors, in their order.
                    for cursor, later in reversed(page[i + 1:]):
                        cursor.held.appendleft(later)
                    self._handed = row
                    return True
            if len(page) < limit or not page:
                return False
