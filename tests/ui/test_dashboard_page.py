"""The head's "Pulpit": figures on screen, a click lists what is behind one, a double-click
opens the record on its own page, a change on the bus (also one arriving from another PC)
computes the figures again, and work is given to another worker from the list."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from ops_desktop.services.assignment import Work
from ops_desktop.services.context import Actor
from ops_desktop.services.dashboard import DashboardItem, Figure
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.tab import CoordinatorTab
from tests.services.test_dashboard import SW, office  # noqa: F401  (the fixture)
from tests.ui.test_exchange_pages import tab_at
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton


def _tab(qtbot: QtBot, services: Services, coordinator: Actor, bus: Bus) -> CoordinatorTab:
    tab = CoordinatorTab(services, coordinator, bus)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    page = tab.dashboard_page
    qtbot.waitUntil(lambda: page.dashboard is not None, timeout=10_000)
    return tab


def _click(qtbot: QtBot, page: object, row: object, figure: str, double: bool = False) -> None:
    table = page.figures_table  # type: ignore[attr-defined]
    rect = table.visualRect(page.cell(row, figure))  # type: ignore[attr-defined]
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def test_the_first_page_shows_the_figures_and_a_click_lists_what_is_behind_one(
        qtbot: QtBot, services: Services, coordinator: Actor, social_worker: Actor,
        office: dict[str, object], qtmodeltester: object) -> None:
    tab = _tab(qtbot, services, coordinator, Bus())
    pages = tab.findChild(QTabWidget, "coordinator_pages")
    assert pages is not None and pages.currentIndex() == tab_at(pages, "Pulpit") == 0
    page = tab.dashboard_page
    assert page.dashboard is not None
    mine = page.dashboard.row(SW, social_worker.user_id)
    assert mine is not None
    index = page.cell(mine, "interview")
    assert index.data() == "1 (po terminie: 1)"
    assert page.cell(mine, Figure.OPEN_CASES.value).data() == "2"
    _click(qtbot, page, mine, Figure.OPEN_CASES.value)
    qtbot.waitUntil(lambda: page.items.rowCount() == 2)
    assert "Otwarte sprawy" in page.list_heading.text()
    assert {page.items.row_object(r).case_id for r in range(2)} == {  # type: ignore[union-attr]
        office["late"], office["plain"]}
    # Keyboard first: Enter on a figure lists it too.
    page.figures_table.setFocus()
    page.figures_table.setCurrentIndex(page.cell(page.dashboard.rows[0], Figure.REFERRALS.value))
    qtbot.keyClick(page.figures_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.items.rowCount() == 2)
    assert "Skierowania oczekujące" in page.list_heading.text()
    qtmodeltester.check(page.figures)  # type: ignore[attr-defined]
    qtmodeltester.check(page.items)  # type: ignore[attr-defined]
    keep_grab(page, "dashboard-page.png")


def test_a_double_click_opens_the_draft_on_the_decisions_page(
        qtbot: QtBot, services: Services, coordinator: Actor, office: dict[str, object]) -> None:
    tab = _tab(qtbot, services, coordinator, Bus())
    page = tab.dashboard_page
    assert page.dashboard is not None
    _click(qtbot, page, page.dashboard.rows[0], Figure.DRAFTS.value)
    row = page.items.row_of(lambda i: i.ref_id, office["draft"], depth=100)
    assert row is not None
    rect = page.items_table.visualRect(page.items.index(row, 2))
    # A real double click starts with a press; one click only selects.
    qtbot.mouseClick(page.items_table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(page.items_table.viewport(), LEFT, pos=rect.center())
    assert tab.pages.currentWidget() is tab.decisions_page
    chosen = tab.drafts_table.selectionModel().selectedRows()
    assert [tab.drafts.row_object(i.row()).id for i in chosen] == [office["draft"]]  # type: ignore[union-attr]


def test_a_referral_opens_the_persons_file(
        qtbot: QtBot, services: Services, coordinator: Actor, office: dict[str, object]) -> None:
    bus = Bus()
    opened: list[uuid.UUID] = []
    bus.open_person.connect(opened.append)
    tab = _tab(qtbot, services, coordinator, bus)
    page = tab.dashboard_page
    assert page.dashboard is not None
    _click(qtbot, page, page.dashboard.row(SW), Figure.REFERRALS.value)
    qtbot.waitUntil(lambda: page.items.rowCount() == 1)
    rect = page.items_table.visualRect(page.items.index(0, 2))
    # A real double click starts with a press; one click only selects.
    qtbot.mouseClick(page.items_table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(page.items_table.viewport(), LEFT, pos=rect.center())
    assert opened == [page.items.row_object(0).person_id]  # type: ignore[union-attr]


def test_figures_follow_a_change_on_the_bus_and_work_is_given_from_the_list(
        qtbot: QtBot, services: Services, coordinator: Actor, social_worker: Actor,
        office: dict[str, object], messages: list[str]) -> None:
    bus = Bus()
    tab = _tab(qtbot, services, coordinator, bus)
    page = tab.dashboard_page
    jan = office["jan"]
    assert isinstance(jan, Actor) and page.dashboard is not None
    # Another PC's change arrives (the exchange emits the bus): the figures follow.
    services.assignment.assign(coordinator, Work.CASE, office["plain"], jan.user_id)  # type: ignore[arg-type]
    bus.changed.emit()
    qtbot.waitUntil(lambda: page.cell(page.dashboard.row(SW, jan.user_id),  # type: ignore[arg-type, union-attr]
                                      Figure.OPEN_CASES.value).data() == "2", timeout=10_000)
    # The head gives Magdalena's overdue interview to Jan from the list.
    mine = page.dashboard.row(SW, social_worker.user_id)
    _click(qtbot, page, mine, "interview")
    qtbot.waitUntil(lambda: page.items.rowCount() == 1)
    page.items_table.selectRow(0)
    assert page.assign_button.isEnabled()
    assert page.choose_target(social_worker.user_id)
    qtbot.mouseClick(page.assign_button, LEFT)
    error = page.findChild(QLabel, "error_worker_id")
    assert error is not None and "już" in error.text()
    assert page.choose_target(jan.user_id)
    qtbot.mouseClick(page.assign_button, LEFT)
    assert "przydzielono" in page.status.text() and messages == []
    qtbot.waitUntil(lambda: page.cell(page.dashboard.row(SW, jan.user_id),  # type: ignore[arg-type, union-attr]
                                      "interview").data() == "1 (po terminie: 1)",
                    timeout=10_000)
    keep_grab(page, "dashboard-assigned.png")


def test_an_item_of_the_whole_office_list_goes_to_a_worker_of_its_own_team(
        qtbot: QtBot, services: Services, coordinator: Actor, social_worker: Actor,
        office: dict[str, object], messages: list[str]) -> None:
    """The head finds what is late in the whole office's row, the natural first look: the
    chosen item's own team's workers are offered, so it is given from there too."""
    tab = _tab(qtbot, services, coordinator, Bus())
    page = tab.dashboard_page
    jan = office["jan"]
    assert isinstance(jan, Actor) and page.dashboard is not None
    _click(qtbot, page, page.dashboard.row(None), "interview")
    qtbot.waitUntil(lambda: page.items.rowCount() == 1)
    assert page.to_worker.count() == 0  # no team chosen yet
    page.items_table.selectRow(0)
    assert page.assign_button.isEnabled() and page.to_worker.count() >= 2
    assert page.choose_target(jan.user_id)
    qtbot.mouseClick(page.assign_button, LEFT)
    assert "przydzielono" in page.status.text() and messages == []
    qtbot.waitUntil(lambda: page.cell(page.dashboard.row(SW, jan.user_id),  # type: ignore[arg-type, union-attr]
                                      "interview").data() == "1 (po terminie: 1)",
                    timeout=10_000)


def test_a_worker_sees_the_referral_given_to_them_in_the_teams_inbox(
        qtbot: QtBot, services: Services, coordinator: Actor, social_worker: Actor,
        office: dict[str, object]) -> None:
    from ops_desktop.ui.inbox import InboxPanel
    jan = office["jan"]
    assert isinstance(jan, Actor)
    services.assignment.assign(coordinator, Work.REFERRAL, office["waiting_sw"], jan.user_id)  # type: ignore[arg-type]
    for actor, said in ((jan, "Tobie"), (social_worker, "innej osobie")):
        panel = InboxPanel(services, actor, Bus(), SW)
        qtbot.addWidget(panel)
        shown = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
        assert said in shown


def _open_first(qtbot: QtBot, page: object, row: object, figure: str) -> DashboardItem:
    _click(qtbot, page, row, figure)
    items = page.items  # type: ignore[attr-defined]
    table = page.items_table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: items.rowCount() >= 1)
    where = table.visualRect(items.index(0, 2)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=where)
    qtbot.mouseDClick(table.viewport(), LEFT, pos=where)
    return items.row_object(0)


def test_a_list_a_conflict_and_a_late_interview_open_on_their_pages(
        qtbot: QtBot, services: Services, coordinator: Actor, social_worker: Actor,
        office: dict[str, object]) -> None:
    tab = _tab(qtbot, services, coordinator, Bus())
    page = tab.dashboard_page
    assert page.dashboard is not None
    whole = page.dashboard.rows[0]
    _open_first(qtbot, page, whole, Figure.LISTS.value)
    lists = tab.payment_lists_page
    assert tab.pages.currentWidget() is lists
    assert [lists.lists.row_object(i.row()).id  # type: ignore[union-attr]
            for i in lists.lists_table.selectionModel().selectedRows()] == [office["list"]]
    conflict = _open_first(qtbot, page, whole, Figure.CONFLICTS.value)
    # The record's kind and field in words, as the conflicts page says them.
    assert [page.items.index(0, c).data() for c in (2, 3)] == ["osoba", "telefon"]
    assert tab.pages.currentWidget() is tab.conflicts_page
    chosen = tab.conflicts_page.table.selectionModel().selectedRows()
    assert [tab.conflicts_page.model.row_object(i.row()).id for i in chosen] == [conflict.ref_id]  # type: ignore[union-attr]
    # A social-work case's late interview: the worker's load, with the case chosen.
    _open_first(qtbot, page, page.dashboard.row(SW, social_worker.user_id), "interview")
    load = tab.workload_page
    assert tab.pages.currentWidget() is load
    assert load.chosen_worker().worker_id == social_worker.user_id  # type: ignore[union-attr]
    assert load.chosen_case().case_id == office["late"]  # type: ignore[union-attr]
    keep_grab(tab, "dashboard-opened.png")


def test_a_worker_sees_the_interview_given_to_them_under_their_name(
        qtbot: QtBot, services: Services, coordinator: Actor, office: dict[str, object]) -> None:
    from ops_desktop.ui.social_work.interviews import InterviewsPage
    jan = office["jan"]
    assert isinstance(jan, Actor)
    services.assignment.assign(coordinator, Work.INTERVIEW, office["overdue_interview"],  # type: ignore[arg-type]
                               jan.user_id)
    page = InterviewsPage(services, jan, Bus(), lambda: None)
    qtbot.addWidget(page)
    page.show()  # the page reads its interviews when first shown
    row = page.model.row_of(lambda i: i.id, office["overdue_interview"])
    assert row is not None
    last = page.model.columnCount() - 1
    assert page.model.index(row, last).data() == "Jan Drugi"
