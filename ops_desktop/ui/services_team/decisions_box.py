"""The lower half of the DPS and shelter pages: the decisions made on the page, the buttons
that prepare them, and "Podpisz" (for the head) and "Drukuj decyzję" (for everyone who reads
them). The page gives the list, the service that signs and prints, and its own buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ops_desktop.domain.permissions import Permission
from ops_desktop.services.context import Actor
from ops_desktop.ui import guard, pdf
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import push_button
from ops_desktop.ui.table_model import PagedTableModel, make_table, selected_object


class SignsAndPrints(Protocol):
    """A service of decisions signed by the head and printed for the party."""

    def sign(self, actor: Actor, decision_id: Any) -> object: ...

    def document(self, actor: Actor, decision_id: Any) -> bytes: ...


class DecisionsBox(QGroupBox):
    def __init__(self, title: str, model: PagedTableModel, name: str,
                 service: Callable[[], SignsAndPrints], actor: Actor, bus: Bus,
                 makers: Sequence[QPushButton], chosen: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        """`name` names the table and, as a prefix, the two buttons (`name`_sign, _print);
        `chosen` runs after the box enabled its own buttons for the row chosen."""
        super().__init__(title, parent)
        self.model, self.service, self.actor, self.bus = model, service, actor, bus
        self.after_choice = chosen
        self.table = make_table(model, f"{name}_decisions", title)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.chosen_changed())
        self.sign_button = push_button(self.tr("&Podpisz"), f"{name}_sign", self.sign)
        self.sign_button.setVisible(actor.may(Permission.SIGN_DECISION))
        self.print_button = push_button(self.tr("D&rukuj decyzję"), f"{name}_print", self.print)
        buttons = QHBoxLayout()
        for button in makers:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def chosen(self) -> Any:
        return selected_object(self.table, self.model)

    def chosen_changed(self) -> None:
        d = self.chosen()
        self.print_button.setEnabled(d is not None)
        self.sign_button.setEnabled(d is not None and not d.signed)
        self.after_choice()

    def sign(self) -> None:
        d = self.chosen()
        if d is None:
            return
        if guard.attempt(self, lambda: self.service().sign(self.actor, d.id)) is not None:
            self.bus.changed.emit()

    def print(self) -> None:
        d = self.chosen()
        if d is None:
            return
        data = guard.attempt(self, lambda: self.service().document(self.actor, d.id))
        if data is not None:
            pdf.hand_over(self, data, f"decyzja_{d.number.replace('/', '_')}.pdf")
