"""What lives for the session is kept out of the garbage collector's full passes, so that
scrolling a long list does not stop for one (ui/collector.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import collector, warm_up
from ops_desktop.ui.table_model import Column, PagedTableModel

ROWS = 6_000  # past PagedTableModel.FREEZE_FROM


@dataclass(frozen=True)
class Row:  # as the services' views: objects the collector tracks (a tuple of str would not be)
    number: int
    name: str


@pytest.fixture(autouse=True)
def thawed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # The test process itself must not stay frozen after these tests.
    monkeypatch.setattr(collector, "_settled", False)
    gc.unfreeze()
    yield
    gc.unfreeze()


def _long_list(qtbot: QtBot) -> tuple[QTableView, PagedTableModel[Row]]:
    model: PagedTableModel[Row] = PagedTableModel(
        [Column("Nr", lambda r: str(r.number)), Column("Nazwisko", lambda r: r.name)])
    model.set_source(lambda offset, limit: [Row(i, f"Kowalska {i}")
                                            for i in range(offset, min(offset + limit, ROWS))],
                     lambda: ROWS)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    return view, model


def _scroll_to_the_end(qtbot: QtBot, view: QTableView,
                       model: PagedTableModel[Row]) -> None:
    def at_end() -> bool:
        view.scrollToBottom()  # the view asks for one page more each time, as a person's End
        return model.rowCount() == ROWS

    qtbot.waitUntil(at_end, timeout=20_000)
    assert model.row_object(ROWS - 1) == Row(ROWS - 1, f"Kowalska {ROWS - 1}")


def test_the_program_settles_after_its_first_reads(
        qtbot: QtBot, services: Services, coordinator: Actor) -> None:
    warm_up.start(services, coordinator)
    qtbot.waitUntil(lambda: collector._settled, timeout=30_000)
    assert gc.get_freeze_count() > 10_000  # the modules, mappings and widgets, at least


def test_once_settled_a_reload_keeps_the_session_frozen(qtbot: QtBot) -> None:
    collector.settle()
    view, model = _long_list(qtbot)
    before = gc.get_freeze_count()
    _scroll_to_the_end(qtbot, view, model)
    assert gc.get_freeze_count() >= before + ROWS - PagedTableModel.FREEZE_EVERY
    model.reload()
    assert model.rowCount() == PagedTableModel.FIRST_PAGE and model.total() == ROWS
    assert gc.get_freeze_count() > 0  # a full pass still skips the session's objects
    _scroll_to_the_end(qtbot, view, model)  # and the list scrolls through again


def test_before_settling_a_reload_thaws_what_the_list_froze(qtbot: QtBot) -> None:
    view, model = _long_list(qtbot)
    _scroll_to_the_end(qtbot, view, model)
    assert gc.get_freeze_count() > ROWS / 2
    model.reload()
    assert gc.get_freeze_count() == 0
    assert model.row_object(0) == Row(0, "Kowalska 0")
