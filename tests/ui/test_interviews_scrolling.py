""""Wywiady" holds only the windows the worker has scrolled through: opened, it shows the
first window and the total of all interviews in its title; scrolled to the bottom, the view
asks the model for the next window (canFetchMore/fetchMore), until every interview is there,
the latest learned of first."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.social_work.tab import SocialWorkTab

from .test_contracts_ui import _case

INTERVIEWS = 9
WINDOW = 3


def test_scrolling_to_the_bottom_reads_the_next_window(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(services, desk, social_worker)
    today = wall_today()
    for days in range(INTERVIEWS):
        services.interviews.open(social_worker, case.id, today - dt.timedelta(days=10 * days))
    windows: list[int] = []
    window = services.interviews.window
    monkeypatch.setattr(services.interviews, "window", lambda actor, limit, after=None: (
        windows.append(limit) or window(actor, limit, after)))
    tab = SocialWorkTab(services, social_worker, Bus())
    qtbot.addWidget(tab)
    page = tab.interviews
    assert page is not None
    # Windows of 3 rows here (50 in the program), so that a few interviews make a long list.
    page.model.FIRST_PAGE = page.model.PAGE = WINDOW
    tab.resize(900, 500)
    tab.show()
    tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() >= WINDOW)
    assert page.title.text().startswith(f"Wywiady: {INTERVIEWS},")
    held = page.model.rowCount()
    assert held < INTERVIEWS and windows  # not the whole list
    while page.model.rowCount() < INTERVIEWS:
        before = page.model.rowCount()
        page.table.scrollToBottom()
        page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum())
        qtbot.waitUntil(lambda before=before: page.model.rowCount() > before)  # type: ignore[misc]
    assert page.model.rowCount() == INTERVIEWS and not page.model.canFetchMore()
    assert len(windows) >= INTERVIEWS // WINDOW
    learned = [page.model.row_object(r).learned_on  # type: ignore[union-attr]
               for r in range(INTERVIEWS)]
    assert learned == sorted(learned, reverse=True) and learned[0] == today
