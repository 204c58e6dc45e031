"""The services team's "Posiłek" page driven as a worker and the head do: a meal decision
refused under its fields with the text kept (no price, a draft interview), the meals, cost
and free/paid shown as typed, saved on the completed interview, signed by the head and
printed; then a month's meals refused above what was granted and saved."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.services_team.meal_dialog import MealDecisionDialog
from ops_desktop.ui.services_team.meal_page import MealPage
from tests.conftest import _staff
from tests.services.helpers import interview_answers, person, referral_intake
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()
FIRST = TODAY.replace(day=1)


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "pracownik socjalny",
                  frozenset({Role.SERVICES}))


def _error(widget: QWidget, field: str) -> str:
    label = widget.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_a_meal_decision_drafted_signed_printed_and_its_months(
        qtbot: QtBot, qtmodeltester: object, services: Services, desk: Actor, carer: Actor,
        coordinator: Actor, messages: list[str], opened: list[Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case_id: uuid.UUID = services.referrals.accept(carer, rid).id
    draft = services.interviews.open(carer, case_id, TODAY - dt.timedelta(days=1))
    page = MealPage(services, carer, Bus())
    qtbot.addWidget(page)
    page.resize(1250, 760)
    page.show()
    assert not page.sign_button.isVisible()  # the team prepares, the head signs

    def run(dialog: MealDecisionDialog) -> int:
        dialog.show()
        assert "szkic" in dialog.interview.currentText()
        qtbot.keyClicks(dialog.place, "SP nr 1 w Lipowcu")
        qtbot.keyClicks(dialog.income, "2020,00")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert "kwotę" in _error(dialog, "price")
        assert dialog.place.text() == "SP nr 1 w Lipowcu"
        qtbot.keyClicks(dialog.price, "6,50")
        # 21 days × 1 × 6,50 = 136,50; 2 020,00 is exactly 200% of 1 010: free
        assert "21 posiłków" in dialog.terms.text() and "136,50" in dialog.terms.text()
        assert "nieodpłatnie" in dialog.terms.text()
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert "po przeprowadzeniu wywiadu" in _error(dialog, "interview_id")
        keep_grab(dialog, "meals-dialog-refused.png")
        services.interviews.save(carer, draft.id, interview_answers(),
                                 TODAY - dt.timedelta(days=1), "w domu")
        services.interviews.complete(carer, draft.id)
        dialog._fill_case()
        assert "zakończony" in dialog.interview.currentText()
        assert dialog.place.text() == "SP nr 1 w Lipowcu" and dialog.price.text() == "6,50"
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.saved is not None
        keep_grab(dialog, "meals-dialog.png")
        return 1

    monkeypatch.setattr(MealDecisionDialog, "exec", run)
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.waitUntil(lambda: page.decisions.rowCount() == 1)
    qtmodeltester.check(page.decisions)  # type: ignore[attr-defined]

    head_page = MealPage(services, coordinator, Bus())
    qtbot.addWidget(head_page)
    head_page.resize(1250, 760)
    head_page.show()
    head_page.decisions_table.selectRow(0)
    assert not head_page.months_box.isEnabled()  # meals given only under a signed decision
    qtbot.mouseClick(head_page.sign_button, LEFT)
    qtbot.waitUntil(lambda: (d := head_page.decisions.row_object(0)) is not None and d.signed)
    qtbot.mouseClick(head_page.print_button, LEFT)
    assert len(opened) == 1 and messages == []
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(opened[0].read_bytes())).pages)
    assert "w sprawie przyznania pomocy w formie posiłku" in text and "136,50 zł" in text

    page.refresh()
    page.decisions_table.selectRow(0)
    assert page.months_box.isEnabled()
    page.month.setDate(QDate(FIRST.year, FIRST.month, 1))
    page.given.setValue(22)
    qtbot.mouseClick(page.record_button, LEFT)
    assert "więcej posiłków" in _error(page, "meals") and page.given.value() == 22
    page.given.setValue(21)
    qtbot.mouseClick(page.record_button, LEFT)
    qtbot.waitUntil(lambda: page.months.rowCount() == 1)
    qtmodeltester.check(page.months)  # type: ignore[attr-defined]
    assert page.months.index(0, 2).data() == "136,50\u00a0zł"
    assert (d := page.decisions.row_object(0)) is not None and d.given == 21
    keep_grab(page, "meals-page.png")
