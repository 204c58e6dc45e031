"""A double-click on an application waiting on its KPA deadline, in the head's "Pulpit",
opens that application on the benefits tab – listed, selected, shown in the panel – not the
person's file; a window without the benefits tab opens the person's file instead."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.coordinator.tab import CoordinatorTab
from ops_desktop.ui.main_window import MainWindow
from tests.services.test_deadlines import received
from tests.ui.test_dashboard_page import _open_first
from tests.ui.looking import keep_grab

TODAY = wall_today()


def _head_window(qtbot: QtBot, services: Services, head: Actor) -> tuple[MainWindow, object]:
    window = MainWindow(services, head)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    tab = window.tab_by_role[Role.COORDINATOR]
    assert isinstance(tab, CoordinatorTab)
    page = tab.dashboard_page
    qtbot.waitUntil(lambda: page.dashboard is not None, timeout=10_000)
    return window, page


def test_an_overdue_application_opens_on_the_benefits_tab(
        qtbot: QtBot, services: Services, coordinator: Actor, benefits_worker: Actor) -> None:
    received(services, benefits_worker, TODAY - dt.timedelta(days=3))  # not due: not listed
    late = received(services, benefits_worker, TODAY - dt.timedelta(days=60), "Lisowski")
    window, page = _head_window(qtbot, services, coordinator)
    files: list[uuid.UUID] = []
    window.bus.open_person.connect(files.append)
    benefits = window.tab_by_role[Role.BENEFITS]
    benefits.pages.setCurrentIndex(1)  # type: ignore[attr-defined]  # left on "Listy wypłat"
    window.tabs.setCurrentWidget(window.tab_by_role.slots[Role.COORDINATOR])
    mine = page.dashboard.row(Team.BENEFITS.value, benefits_worker.user_id)  # type: ignore[attr-defined]
    item = _open_first(qtbot, page, mine, "kpa_application")
    assert item.ref_id == late.id
    assert window.tabs.currentWidget() is window.tab_by_role.slots[Role.BENEFITS]
    qtbot.waitUntil(lambda: benefits.panel.app_id == late.id)  # type: ignore[attr-defined]
    chosen = benefits.selected_application()  # type: ignore[attr-defined]
    assert chosen is not None and chosen.id == late.id
    assert "Lisowski" in benefits.panel.header.text()  # type: ignore[attr-defined]
    assert benefits.pages.currentIndex() == 0  # type: ignore[attr-defined]
    assert files == []  # not the person's file
    qtbot.waitUntil(benefits.isVisible)  # a tab built on first use shows on the next event
    keep_grab(window, "dash-speed-application.png")


def test_without_the_benefits_tab_the_persons_file_opens(
        qtbot: QtBot, services: Services, coordinator: Actor, benefits_worker: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    late = received(services, benefits_worker, TODAY - dt.timedelta(days=60))
    monkeypatch.setattr("ops_desktop.ui.main_window.visible_roles",
                        lambda actor: [Role.COORDINATOR])
    window, page = _head_window(qtbot, services, coordinator)
    files: list[uuid.UUID] = []
    monkeypatch.setattr(MainWindow, "_open_person",
                        lambda self, person_id: files.append(person_id))
    mine = page.dashboard.row(Team.BENEFITS.value, benefits_worker.user_id)  # type: ignore[attr-defined]
    _open_first(qtbot, page, mine, "kpa_application")
    assert files == [late.person_id]
