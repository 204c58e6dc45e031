"""Work that may wait until a window has been painted once.

The program's first window (the sign-in dialog) should be on screen as soon as a bare Qt
window would be. Loading the store's modules in a background thread meanwhile is right, but
a thread started before the first paint takes turns with the painting thread on the
interpreter's lock and delays it (benchmarks/first_window.py); started right after the first
paint it costs the person nothing: they are still reading the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


# The filters still waiting for their paint, held from Python: a QObject made in Python and
# owned only by its Qt parent may lose its Python half to the collector (seen once in a long
# test run: a fresh wrapper without `_done` answered the paint), and with it `then`.
_waiting: set[_FirstPaint] = set()


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)  # lives and goes with the widget
        self._then = then
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            _waiting.discard(self)
            # After this paint has finished, not inside it.
            QTimer.singleShot(0, self._then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call `then()` once, from the event loop, right after `widget` is first painted."""
    waiting = _FirstPaint(widget, then)
    _waiting.add(waiting)
    widget.destroyed.connect(lambda *_: _waiting.discard(waiting))  # closed before painted
    widget.installEventFilter(waiting)
