"""A page whose list is read when it is first shown, and on a change of the office's data
only while it is on screen: the tabs are built at sign-in, and a page nobody looks at should
cost nothing then or at every change (the head's workload, every interview of a city's
office)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class ReadWhenShown(QWidget):
    _stale = True

    def load(self) -> None:
        """Read the page's data now (the page's own work)."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.ensure_read()

    def read_again(self) -> None:
        """After a change: now if on screen, else when next shown."""
        if self.isVisible():
            self._read()
        else:
            self._stale = True

    def ensure_read(self) -> None:
        """Before something needs the rows (a choice asked for while hidden)."""
        if self._stale:
            self._read()

    def _read(self) -> None:
        self._stale = False
        self.load()
