"""A page of a tab widget built the first time it is shown or asked for.

Building every page of a tab at once (each with its tables and forms) took longer than the
person may wait without a repaint; only the page on screen is built, the others when they
are chosen. The main window's role tabs and the services team's pages use it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds a page and builds it on first need (`page()`)."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build: Callable[[], QWidget] | None = build
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> QWidget:
        if self._page is None:
            assert self._build is not None
            self._page, self._build = self._build(), None
            self.layout().addWidget(self._page)
        return self._page

    def holds(self, page: QWidget) -> bool:
        return page is self._page


def build_when_shown(tabs: QTabWidget) -> None:
    """Make the tab widget build each LazyPage when it becomes the current page."""
    def shown(index: int) -> None:
        slot = tabs.widget(index)
        if isinstance(slot, LazyPage):
            slot.page()
    tabs.currentChanged.connect(shown)
    shown(tabs.currentIndex())


def show_page(tabs: QTabWidget, page: QWidget) -> None:
    """Bring `page` on screen, whether a page of its own or one a LazyPage holds."""
    for i in range(tabs.count()):
        slot = tabs.widget(i)
        if slot is page or (isinstance(slot, LazyPage) and slot.holds(page)):
            tabs.setCurrentIndex(i)
            return


def current_page(tabs: QTabWidget) -> QWidget | None:
    """The page on screen: the one a LazyPage holds, or a page of its own."""
    slot = tabs.currentWidget()
    return slot.page() if isinstance(slot, LazyPage) else slot
