"""The head's "Decyzje podpisane" reads the signed meal (DPS, shelter) decisions a page at a
time, each in its place by issue date among the benefit decisions: the first page holds the
newest of both kinds, scrolling to the end shows every row once, and neither the first page
nor "Drukuj wydane dziś" reads every meal decision of the year."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QPushButton, QTableView
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.meals import MealDecisionView
from ops_desktop.services.views import DecisionView
from ops_desktop.ui.coordinator.other_drafts import MEAL
from ops_desktop.ui.table_model import PagedTableModel
from tests.meals.signed_meals import at, household, signed_meals
from tests.meals.test_meal_services import carer  # noqa: F401 - a fixture
from tests.ui.test_coordinator import LEFT, child, drafts, open_tab  # noqa: F401 - a fixture
from tests.ui.test_coordinator_reads_when_shown import count_reads

TODAY = wall_today()
PAGE = 5


def _ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 5 rows, so that a dozen decisions make three pages."""
    monkeypatch.setattr(PagedTableModel, "FIRST_PAGE", PAGE)
    monkeypatch.setattr(PagedTableModel, "PAGE", PAGE)


def _meal_views(services: Services, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Each meal decision the service reads from the store and shows, as it is read."""
    read: list[object] = []
    real: Callable[..., MealDecisionView] = services.meals._view

    def counted(s: Any, row: Any) -> MealDecisionView:
        read.append(row.id)
        return real(s, row)

    monkeypatch.setattr(services.meals, "_view", counted)
    return read


def _scroll_to_end(qtbot: QtBot, table: QTableView) -> None:
    model = table.model()
    for _ in range(50):
        if not model.canFetchMore():
            return
        held = model.rowCount()
        table.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() > held or not model.canFetchMore())
    raise AssertionError("the list never came to its end")


def test_meal_decisions_stand_by_issue_date_among_the_decisions_a_page_at_a_time(
        qtbot: QtBot, services: Services, desk: Actor, carer: Actor,  # noqa: F811
        coordinator: Actor, drafts: list[DecisionView],  # noqa: F811
        small_pages: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # Eight meal decisions, more than a page, signed every other day; the three benefit
    # decisions on days between them.
    meals = signed_meals(services, desk, carer, coordinator,
                         [at(_ago(n)) for n in (1, 3, 5, 7, 9, 11, 13, 15)])
    for draft, n in zip(drafts, (2, 6, 12), strict=True):
        services.decisions.sign(coordinator, draft.id, on=_ago(n))
    read = _meal_views(services, monkeypatch)
    # Nothing reads every DPS, shelter or meal decision (drafts and signed) any more.
    whole = count_reads(services, monkeypatch, {
        "meals": ("meals", "decisions"), "shelters": ("shelters", "decisions"),
        "placements": ("placements", "decisions")})

    tab = open_tab(qtbot, services, coordinator)
    table = child(tab, QTableView, "signed_table")
    model = table.model()
    first = [model.row_object(r) for r in range(model.rowCount())]
    # The newest five of both kinds, by issue date: meal, decision, meal, meal, decision.
    assert [d.issued_on for d in first] == [_ago(n) for n in (1, 2, 3, 5, 6)]
    assert [d.kind == MEAL for d in first] == [True, False, True, True, False]
    assert [model.index(r, 0).data() for r in range(PAGE)] == [
        date_short(_ago(n)) for n in (1, 2, 3, 5, 6)]  # the "Wydana" column says so
    # Not counted (nobody reads how many): a full page says more may follow.
    assert model.total() == PAGE + 1 and model.canFetchMore(QModelIndex())
    assert whole == []
    assert len(read) <= 2 * PAGE < len(meals) + PAGE  # about a page of them, not all

    _scroll_to_end(qtbot, table)
    rows = [model.row_object(r) for r in range(model.rowCount())]
    ids = [d.id for d in rows]
    assert len(ids) == len(set(ids)) == 11  # every row once
    assert set(ids) == {m.id for m in meals} | {d.id for d in drafts}
    assert [d.issued_on for d in rows] == sorted((d.issued_on for d in rows), reverse=True)
    assert len(read) == len(set(read)) == len(meals)  # each meal decision read once
    assert whole == []


def test_todays_print_reads_only_todays_meal_decisions(
        qtbot: QtBot, services: Services, desk: Actor, carer: Actor,  # noqa: F811
        coordinator: Actor, monkeypatch: pytest.MonkeyPatch, opened: list[Path],
        messages: list[str]) -> None:
    home = household(services, desk, carer, _ago(40))
    older = signed_meals(services, desk, carer, coordinator,
                         [at(_ago(n)) for n in range(40, 0, -4)], home)
    # Today's, signed at the office's midnight: the day's first minute.
    (today,) = signed_meals(services, desk, carer, coordinator, [at(TODAY, 0)], home)
    tab = open_tab(qtbot, services, coordinator)
    read = _meal_views(services, monkeypatch)
    qtbot.mouseClick(child(tab, QPushButton, "print_all_signed"), LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30000)
    assert read == [today.id]  # the day's one meal decision read, none of the older
    text = "\n".join(p.extract_text().replace("\u00a0", " ")
                     for p in PdfReader(io.BytesIO(opened[0].read_bytes())).pages)
    assert today.number in text
    assert not any(m.number in text for m in older)
    assert messages == []
