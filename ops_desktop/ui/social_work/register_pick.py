"""Choosing persons of the register for form A: a search by name or PESEL, and the person
found added – ticked – to the victims or to the persons using violence (a person using
violence often lives in another household)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard
from ops_desktop.ui.forms import named, push_button

FOUND = 20  # a name is typed until the person is among the first found


def add_person(people: QListWidget, person_id: uuid.UUID, name: str) -> None:
    """Tick the person in the list, adding them when not yet there."""
    for i in range(people.count()):
        if people.item(i).data(Qt.ItemDataRole.UserRole) == person_id:
            people.item(i).setCheckState(Qt.CheckState.Checked)
            return
    item = QListWidgetItem(name)
    item.setData(Qt.ItemDataRole.UserRole, person_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked)
    people.addItem(item)


class RegisterPick(QWidget):
    def __init__(self, services: Services, actor: Actor, victims: QListWidget,
                 using: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.search = named(QLineEdit(), "bc_search", self.tr("Szukaj osoby w rejestrze"))
        self.search.setPlaceholderText(self.tr("nazwisko i imię lub PESEL"))
        self.search.returnPressed.connect(self.find)
        self.find_button = push_button(self.tr("Szukaj"), "bc_find", self.find)
        self.found = named(QComboBox(), "bc_found", self.tr("Znalezione osoby"))
        self.found.currentIndexChanged.connect(lambda _i: self._enable())
        self.as_victim = push_button(self.tr("+ doznająca przemocy"), "bc_add_victim",
                                     lambda: self._add(victims))
        self.as_using = push_button(self.tr("+ stosująca przemoc"), "bc_add_using",
                                    lambda: self._add(using))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 2)
        grid.addWidget(self.find_button, 0, 2)
        grid.addWidget(self.found, 1, 0, 1, 3)
        grid.addWidget(self.as_victim, 2, 0, 1, 2)
        grid.addWidget(self.as_using, 2, 2)
        self._enable()

    def find(self) -> None:
        text = self.search.text()
        found = guard.attempt(self, lambda: self.services.persons.search(
            self.actor, text, limit=FOUND)) or []
        self.found.clear()
        for p in found:
            born = f", ur. {date_short(p.birth_date)}" if p.birth_date else ""
            self.found.addItem(f"{p.last_name} {p.first_name}{born}",
                               (p.id, f"{p.last_name} {p.first_name}"))
        if not found:
            self.found.addItem(self.tr("nikogo nie znaleziono"), None)
        self._enable()

    def _enable(self) -> None:
        chosen = self.found.currentData() is not None
        self.as_victim.setEnabled(chosen)
        self.as_using.setEnabled(chosen)

    def _add(self, people: QListWidget) -> None:
        chosen = self.found.currentData()
        if chosen is not None:
            add_person(people, *chosen)
