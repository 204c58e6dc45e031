"""The head's "Pulpit" shows the applications' KPA deadlines and the appeals' 7 days as
figures named in Polish; a double-click opens an appeal in "Odwołania" and asks the window to
open an application on the benefits tab (tests/ui/test_dashboard_application.py)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from tests.services.test_appeals import _appeal, _signed
from tests.services.test_deadlines import received
from tests.ui.test_dashboard_page import _open_first, _tab
from tests.ui.looking import keep_grab

TODAY = wall_today()
BEN = Team.BENEFITS.value


def _header(page: object, figure: str) -> str:
    model = page.figures  # type: ignore[attr-defined]
    column = page.cell(page.dashboard.rows[0], figure).column()  # type: ignore[attr-defined]
    return str(model.headerData(column, Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.DisplayRole))


def test_the_dashboard_shows_kpa_deadlines_and_appeals_and_opens_them(
        qtbot: QtBot, services: Services, coordinator: Actor, benefits_worker: Actor,
        signer: Actor) -> None:
    app = received(services, benefits_worker, TODAY - dt.timedelta(days=60))
    late_day = TODAY - dt.timedelta(days=15)
    appeal = services.appeals.register(benefits_worker, _appeal(
        _signed(services, benefits_worker, signer, days_ago=40), lodged_on=late_day,
        received_on=late_day))
    bus = Bus()
    opened: list[tuple[uuid.UUID, uuid.UUID]] = []
    bus.open_application.connect(lambda app_id, person_id: opened.append((app_id, person_id)))
    tab = _tab(qtbot, services, coordinator, bus)
    page = tab.dashboard_page
    assert page.dashboard is not None
    assert _header(page, "kpa_application") == "Terminy KPA"
    assert _header(page, "appeal") == "Odwołania"
    mine = page.dashboard.row(BEN, benefits_worker.user_id)
    assert mine is not None
    assert page.cell(mine, "kpa_application").data() == "1 (po terminie: 1)"
    assert page.cell(mine, "appeal").data() == "1 (po terminie: 1)"
    keep_grab(page, "dash-sources-page.png")

    item = _open_first(qtbot, page, mine, "kpa_application")
    assert "Terminy KPA" in page.list_heading.text()
    assert item.ref_id == app.id and opened == [(app.id, app.person_id)]

    tab.pages.setCurrentWidget(page)
    item = _open_first(qtbot, page, mine, "appeal")
    assert item.ref_id == appeal.id
    assert tab.pages.currentWidget() is tab.appeals_page
    chosen = tab.appeals_page.chosen()
    assert chosen is not None and chosen.id == appeal.id
