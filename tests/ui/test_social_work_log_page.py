"""The social worker's "Dziennik" and "Moje sprawy" pages and the head's "Obciążenie
pracowników", driven as a person does: typing, a refusal under its field with the text kept,
the list, the overdue mark, handing a case to another worker."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.workload import WorkloadPage
from ops_desktop.ui.social_work.caseload_page import MyCasesPage
from ops_desktop.ui.social_work.log_page import LogPage
from ops_desktop.ui.table_model import SORT_ROLE
from tests.services.test_caseload import _contract_with_an_overdue_action, _worker
from tests.services.test_social_work_log import _case
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _error(page: QWidget, field: str) -> str:
    label = page.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_a_quick_entry_is_typed_refused_under_its_field_kept_then_saved(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        messages: list[str]) -> None:
    case_id = _case(services, desk, social_worker, last="Kowalski")
    page = LogPage(services, social_worker, Bus())
    _shown(qtbot, page)
    assert page.case.count() == 1 and page.case.currentData() == case_id
    page.worked_on.setDate(to_qdate(TODAY + dt.timedelta(days=2)))
    qtbot.keyClicks(page.minutes, "700")
    qtbot.keyClicks(page.note, "Rozmowa o zadluzeniu czynszu")
    qtbot.mouseClick(page.save_button, LEFT)
    assert "przyszłości" in _error(page, "worked_on")
    assert "600" in _error(page, "minutes")
    # Nothing is lost: what was typed is still there, and nothing was saved.
    assert page.minutes.text() == "700" and page.note.text() == "Rozmowa o zadluzeniu czynszu"
    assert page.entries.rowCount() == 0 and messages == []
    keep_grab(page, "sw-log-refused.png")

    page.worked_on.setDate(to_qdate(TODAY))
    page.minutes.selectAll()
    qtbot.keyClicks(page.minutes, "45")
    qtbot.mouseClick(page.with_family, LEFT)
    qtbot.keyClick(page.minutes, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: page.entries.rowCount() == 1)
    assert _error(page, "minutes") == "" and _error(page, "worked_on") == ""
    entry = page.entries.row_object(0)
    assert entry is not None and entry.minutes == 45 and entry.with_family
    assert entry.note == "Rozmowa o zadluzeniu czynszu"
    assert page.minutes.text() == "" and page.note.text() == ""  # ready for the next entry
    assert "45 min" in page.summary.text()
    keep_grab(page, "sw-log-page.png")


def test_words_for_minutes_are_refused_by_the_field_and_kept(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor) -> None:
    _case(services, desk, social_worker)
    page = LogPage(services, social_worker, Bus())
    _shown(qtbot, page)
    qtbot.keyClicks(page.minutes, "poltorej godziny")
    qtbot.mouseClick(page.save_button, LEFT)
    assert _error(page, "minutes") != ""
    assert page.minutes.text() == "poltorej godziny" and page.entries.rowCount() == 0


def test_the_month_filter_and_correcting_todays_entry(
        qtbot: QtBot, qtmodeltester: object, services: Services, desk: Actor,
        social_worker: Actor) -> None:
    from tests.services.test_social_work_log import _entry

    case_id = _case(services, desk, social_worker)
    services.social_work_log.add(social_worker, _entry(case_id, minutes=30))
    services.social_work_log.add(social_worker, _entry(
        case_id, worked_on=TODAY - dt.timedelta(days=62), minutes=20))
    page = LogPage(services, social_worker, Bus())
    _shown(qtbot, page)
    assert page.entries.rowCount() == 1  # this month
    page.month.setCurrentIndex(0)  # every month
    qtbot.waitUntil(lambda: page.entries.rowCount() == 2)
    assert [page.entries.row_object(r).minutes for r in range(2)] == [30, 20]  # type: ignore[union-attr]
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, LEFT)
    assert page.minutes.text() == "30" and not page.case.isEnabled()
    page.minutes.selectAll()
    qtbot.keyClicks(page.minutes, "35")
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: page.entries.row_object(0) is not None
                    and page.entries.row_object(0).minutes == 35)  # type: ignore[union-attr]
    assert page.entries.rowCount() == 2 and page.case.isEnabled()
    qtmodeltester.check(page.entries)  # type: ignore[attr-defined]
    # Both were written today (one about work of two months ago): either can be withdrawn.
    page.table.selectRow(1)
    qtbot.mouseClick(page.withdraw_button, LEFT)
    qtbot.waitUntil(lambda: page.entries.rowCount() == 1)
    assert page.entries.row_object(0).minutes == 35  # type: ignore[union-attr]
    assert not page.withdraw_button.isEnabled()  # nothing chosen now


def test_my_cases_mark_the_overdue_case_first(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor) -> None:
    _case(services, desk, social_worker, last="Nowak")
    late = _case(services, desk, social_worker, last="Kowalski")
    _contract_with_an_overdue_action(services, social_worker, late)
    page = MyCasesPage(services, social_worker, Bus())
    _shown(qtbot, page)
    assert page.cases.rowCount() == 2
    first = page.cases.row_object(0)
    assert first is not None and first.case_id == late
    state = page.cases.index(0, 4).data()
    assert "PO TERMINIE" in state and page.cases.index(1, 4).data() == ""
    assert page.cases.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.cases.index(0, 3).data(SORT_ROLE) < page.cases.index(1, 3).data(SORT_ROLE)
    assert "po terminie: 1" in page.summary.text()
    keep_grab(page, "sw-log-my-cases.png")


def test_the_workload_is_read_when_first_shown_not_with_the_heads_tab(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        coordinator: Actor) -> None:
    """The head's tab builds every page at sign-in; this one's queries wait until she
    looks at it (or something asks it for a worker), and a change meanwhile costs nothing."""
    _case(services, desk, social_worker, last="Nowak")
    bus = Bus()
    page = WorkloadPage(services, coordinator, bus)
    qtbot.addWidget(page)
    assert page.workers.rowCount() == 0  # nothing read yet
    bus.changed.emit()
    assert page.workers.rowCount() == 0  # still nothing while hidden
    _shown(qtbot, page)
    qtbot.waitUntil(lambda: page.workers.rowCount() == 1)
    hidden = WorkloadPage(services, coordinator, bus)
    qtbot.addWidget(hidden)
    assert hidden.choose_worker(social_worker.user_id)  # asked first: read then


def test_the_head_hands_a_case_over_on_the_workload_page(
        qtbot: QtBot, qtmodeltester: object, services: Services, desk: Actor,
        social_worker: Actor, coordinator: Actor, messages: list[str]) -> None:
    colleague = _worker(services, "sw2", "Jan Drugi")
    moved = _case(services, desk, social_worker, last="Nowak")
    _contract_with_an_overdue_action(services, social_worker,
                                     _case(services, desk, social_worker, last="Kowalski"))
    page = WorkloadPage(services, coordinator, Bus())
    _shown(qtbot, page)
    names = [page.workers.row_object(r).worker_name for r in range(page.workers.rowCount())]  # type: ignore[union-attr]
    assert names == ["Jan Drugi", "Magdalena Kowalczyk"]
    assert page.workers.index(1, 1).data() == "2" and page.workers.index(1, 2).data() == "1"
    assert page.choose_worker(social_worker.user_id)
    qtbot.waitUntil(lambda: page.cases.rowCount() == 2)
    row = page.cases.row_of(lambda i: i.case_id, moved)
    assert row is not None
    page.cases_table.selectRow(row)
    # Handing it to the worker who already carries it is refused under the field.
    assert page.choose_target(social_worker.user_id)
    qtbot.mouseClick(page.reassign_button, LEFT)
    assert "już prowadzi" in _error(page, "worker_id")
    assert page.choose_target(colleague.user_id)
    qtbot.mouseClick(page.reassign_button, LEFT)
    qtbot.waitUntil(lambda: page.workers.index(0, 1).data() == "1")
    assert "przekazano" in page.status.text() and messages == []
    assert [i.case_id for i in services.caseload.my_cases(colleague)] == [moved]
    assert page.cases.rowCount() == 1  # the chosen worker's list, without the case handed on
    for model in (page.workers, page.cases):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    keep_grab(page, "sw-log-workload.png")


def test_the_statistics_dialog_shows_the_praca_socjalna_row(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        coordinator: Actor) -> None:
    from ops_desktop.ui.coordinator.statistics import StatisticsDialog
    from tests.services.test_social_work_log import _entry

    family = _case(services, desk, social_worker, family=2, last="Kowalski")
    for minutes in (30, 40):
        services.social_work_log.add(social_worker, _entry(family, minutes=minutes,
                                                           with_family=True))
    dialog = StatisticsDialog(services, coordinator, today=TODAY)
    _shown(qtbot, dialog)
    dialog.year.setValue(TODAY.year)
    dialog.half.setCurrentIndex(1)  # the whole year
    qtbot.mouseClick(dialog.compute_button, LEFT)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.compute_button.isEnabled(),
                    timeout=15000)
    text = dialog.social_work.text()
    assert "osoby 1, rodziny 1, osoby w rodzinach 3" in text and "2 wpisów, 70 min" in text
    keep_grab(dialog, "sw-log-statistics.png")
