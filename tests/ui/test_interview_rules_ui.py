"""The head's signing list says which drafts wait for a family interview before the head
tries, signing one is refused with the Polish reason; "Moje sprawy" names the 6-monthly
update of a current benefit's interview."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from ops_desktop.domain.calendar import add_months
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.sign_confirmation import SignConfirmation
from ops_desktop.ui.social_work.caseload_page import MyCasesPage
from tests.services.test_interview_rules import (
    FIRST,
    _application,
    _case,
    _draft,
    _family,
    _interview,
)
from tests.ui.test_coordinator import LEFT, child, confirmations, open_tab, select_all  # noqa: F401
from tests.ui.looking import keep_grab

REMARK = "Brak wywiadu środowiskowego – nie można podpisać"


def _cells(table: QTableView, row: int) -> list[str]:
    model = table.model()
    return [str(model.index(row, c).data() or "") for c in range(model.columnCount())]


@pytest.mark.without_interview
def test_the_signing_list_says_a_draft_waits_for_an_interview_and_signing_is_refused(
        qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor,
        coordinator: Actor, messages: list[str], confirmations: list[SignConfirmation]) -> None:
    pid = _family(services, desk)
    _draft(services, benefits_worker, _application(services, benefits_worker, pid))
    tab = open_tab(qtbot, services, coordinator)
    table = child(tab, QTableView, "drafts_table")
    assert REMARK in _cells(table, 0)
    keep_grab(table.parentWidget(), "interview-rules-signing-list.png")
    select_all(qtbot, table)
    qtbot.mouseClick(child(tab, QPushButton, "sign_selected"), LEFT)
    assert child(tab, QLabel, "sign_report").text() == "Podpisano 0 z 1 decyzji."
    assert len(messages) == 1 and labels.error("decision_needs_interview") in messages[0]
    assert "art. 106 ust. 4" in messages[0]
    assert table.model().rowCount() == 1


@pytest.mark.without_interview
def test_my_cases_shows_the_interview_update_falling_due(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        benefits_worker: Actor, coordinator: Actor) -> None:
    pid = _family(services, desk)
    case_id = _case(services, desk, social_worker, pid=pid)
    long_ago = add_months(FIRST, -7)
    done = _interview(services, social_worker, case_id, long_ago)
    app_id = _application(services, benefits_worker, pid)
    services.interviews.link_application(benefits_worker, app_id, done)
    services.decisions.sign(coordinator, _draft(services, benefits_worker, app_id))
    page = MyCasesPage(services, social_worker, Bus())
    qtbot.addWidget(page)
    page.resize(1000, 400)
    page.show()
    qtbot.waitExposed(page)
    keep_grab(page, "interview-rules-my-cases.png")
    table = page.table
    row = _cells(table, 0)
    assert (f"{date_short(add_months(long_ago, 6))} – aktualizacja wywiadu (co 6 miesięcy)"
            in row)
    assert "PO TERMINIE (1)" in row
