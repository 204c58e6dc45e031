"""One signal that something changed in the store, so every tab refreshes itself (as Anki does)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    changed = Signal()  # emitted after any successful write
    open_person = Signal(object)  # a person id: show their file at the first-contact desk
    # (application id, person id): show the application on the benefits tab; where the
    # window has none, the person's file.
    open_application = Signal(object, object)
    # The office of several PCs (ui/exchange_controller.py): someone asks for a round now
    # ("Synchronizuj teraz", or after sharing), and the exchange's state after each round.
    exchange_requested = Signal()
    exchanged = Signal(object)  # services.exchange.ExchangeStatus
