"""The head's "Pulpit" shows the interviews due for their 6-monthly update and the
programmes' reviews per worker under Polish names, and a click lists the cases behind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from tests.services.test_interview_rules import FIRST, _application, _draft, _family, _interview
from tests.services.test_interviews import _case
from tests.ui.test_dashboard_page import _click, _tab
from tests.ui.test_dashboard_sources_page import _header

SOCIAL = Team.SOCIAL_WORK.value


@pytest.mark.without_interview
def test_the_dashboard_shows_interview_updates_and_opens_the_list_behind(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        benefits_worker: Actor, coordinator: Actor) -> None:
    pid = _family(services, desk)
    case_id = _case(services, desk, social_worker, pid=pid)
    done = _interview(services, social_worker, case_id, add_months(FIRST, -7))
    app_id = _application(services, benefits_worker, pid)
    services.interviews.link_application(benefits_worker, app_id, done)
    services.decisions.sign(coordinator, _draft(services, benefits_worker, app_id))

    tab = _tab(qtbot, services, coordinator, Bus())
    page = tab.dashboard_page
    assert page.dashboard is not None
    assert _header(page, "interview_update") == "Aktualizacje wywiadów"
    assert _header(page, "programme") == "Programy i plany pomocy"
    mine = page.dashboard.row(SOCIAL, social_worker.user_id)
    assert mine is not None
    assert page.cell(mine, "interview_update").data() == "1 (po terminie: 1)"
    assert page.cell(mine, "programme").data() == "–"
    _click(qtbot, page, mine, "interview_update")
    qtbot.waitUntil(lambda: page.items.rowCount() == 1)
    assert "Aktualizacje wywiadów" in page.list_heading.text()
    item = page.items.row_object(0)
    assert item is not None and item.case_id == case_id and item.overdue
    shown = [page.items.index(0, c).data(Qt.ItemDataRole.DisplayRole)
             for c in range(page.items.columnCount())]
    assert item.case_sign in shown
    page.grab().save("/tmp/print-queue-dashboard.png")
