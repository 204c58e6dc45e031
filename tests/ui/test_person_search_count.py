"""The desk counts found persons only so far ("ponad 500") and still lists every one of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact import tab as tab_module
from ops_desktop.ui.first_contact.tab import FirstContactTab
from ops_desktop.ui.table_model import PagedTableModel
from tests.storage.test_person_search import _person

FIRST_NAMES = ["Adam", "Beata", "Cezary", "Dorota", "Edward", "Felicja", "Grzegorz"]


def test_more_found_than_counted_says_so_and_scrolls_to_the_last(
        qtbot: QtBot, services: Services, desk: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    # Small numbers stand for the real ones (500 counted, pages of 50 and 100).
    monkeypatch.setattr(tab_module, "COUNT_SHOWN_UP_TO", 3)
    monkeypatch.setattr(PagedTableModel, "FIRST_PAGE", 2)
    monkeypatch.setattr(PagedTableModel, "PAGE", 2)
    for first in FIRST_NAMES:
        services.persons.register_household(desk, _person(first, "Nowak"), [])
    services.persons.register_household(desk, _person("Jan", "Kowalski"), [])
    tab = FirstContactTab(services, desk, Bus())
    qtbot.addWidget(tab)
    tab.resize(1000, 300)
    tab.show()
    qtbot.waitExposed(tab)

    qtbot.keyClicks(tab.search, "nowak")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.count.text() == "Znaleziono: ponad 3"
    assert tab.results.rowCount() == 2
    for _ in range(10):  # holding End: the view asks for the next page at the bottom
        tab.table.scrollToBottom()
        if tab.results.canFetchMore():
            tab.results.fetchMore()
    names = [tab.results.row_object(r).first_name for r in range(tab.results.rowCount())]
    assert names == FIRST_NAMES
    assert not tab.results.canFetchMore()

    tab.search.clear()
    qtbot.keyClicks(tab.search, "kowal")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.count.text() == "Znaleziono: 1"  # below the bound the count is exact
    assert tab.results.rowCount() == 1
