"""One signal that something changed in the store, so every tab refreshes itself (as Anki does)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    changed = Signal()  # emitted after any successful write
    open_person = Signal(object)  # a person id: show their file at the first-contact desk
