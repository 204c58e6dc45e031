"""The head's "Pulpit" shows the interviews due for their 6-monthly update and the
programmes' reviews per worker under Polish names, and a click lists the cases behind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from tests.services.test_dashboard_reviews import living_on_an_old_interview
from tests.ui.test_dashboard_page import _click, _tab
from tests.ui.test_dashboard_sources_page import _header
from tests.ui.looking import keep_grab

SOCIAL = Team.SOCIAL_WORK.value


@pytest.mark.without_interview
def test_the_dashboard_shows_interview_updates_and_opens_the_list_behind(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        benefits_worker: Actor, coordinator: Actor) -> None:
    case_id, _done, draft_id = living_on_an_old_interview(services, desk, social_worker,
                                                          benefits_worker)
    services.decisions.sign(coordinator, draft_id)
    tab = _tab(qtbot, services, coordinator, Bus())
    page = tab.dashboard_page
    assert page.dashboard is not None
    mine = page.dashboard.row(SOCIAL, social_worker.user_id)
    assert mine is not None
    shown = {f: (_header(page, f), page.cell(mine, f).data())
             for f in ("interview_update", "programme")}
    assert shown == {"interview_update": ("Aktualizacje wywiadów", "1 (po terminie: 1)"),
                     "programme": ("Programy i plany pomocy", "–")}
    _click(qtbot, page, mine, "interview_update")
    qtbot.waitUntil(lambda: page.items.rowCount() == 1)
    assert "Aktualizacje wywiadów" in page.list_heading.text()
    item = page.items.row_object(0)
    assert item is not None and item.case_id == case_id and item.overdue
    shown = [page.items.index(0, c).data(Qt.ItemDataRole.DisplayRole)
             for c in range(page.items.columnCount())]
    assert item.case_sign in shown
    keep_grab(page, "print-queue-dashboard.png")
