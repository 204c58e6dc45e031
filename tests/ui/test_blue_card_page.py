"""The social-work tab's "Niebieska Karta" page driven as a worker does: form A refused under
its fields with everything typed and ticked kept, then saved; the list with the next step and
its due date, an overdue one in red and in words; a step recorded; the letter printed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.social_work import blue_card_page
from ops_desktop.ui.social_work.blue_card_page import BlueCardPage
from ops_desktop.ui.social_work.caseload_page import OVERDUE
from tests.services.test_blue_card import Family, family  # noqa: F401 – the fixture
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()


def _error(page: QWidget, field: str) -> str:
    labels = [label for label in page.findChildren(QLabel, f"error_{field}") if label.isVisible()]
    return " ".join(label.text() for label in labels)


def _tick(people: object, row: int) -> None:
    item = people.item(row)  # type: ignore[attr-defined]
    item.setCheckState(Qt.CheckState.Checked)


@pytest.fixture
def page(qtbot: QtBot, services: Services, social_worker: Actor,
         family: Family) -> BlueCardPage:  # noqa: F811
    shown = BlueCardPage(services, social_worker, Bus())
    qtbot.addWidget(shown)
    shown.resize(1250, 820)
    shown.show()
    return shown


def test_form_a_is_refused_under_its_fields_kept_then_saved_and_listed(
        qtbot: QtBot, page: BlueCardPage, family: Family,  # noqa: F811
        messages: list[str]) -> None:
    form = page.form_a
    assert form.case.currentData() == family.case_id
    assert form.victims.count() == 2  # the wife and the husband of the household
    form.filled_on.setDate(to_qdate(TODAY + dt.timedelta(days=3)))
    qtbot.keyClicks(form.note, "Sasiadka slyszala krzyki.")
    _tick(form.victims, 0)
    _tick(form.using, 0)  # the same person both: refused
    qtbot.mouseClick(form.save_button, LEFT)
    assert "przyszłości" in _error(form, "filled_on")
    assert "wymagane" in _error(form, "filled_by")
    assert "jednocześnie" in _error(form, "using_violence")
    assert page.cards.rowCount() == 0 and messages == []
    # Nothing typed or ticked is lost.
    assert form.note.toPlainText() == "Sasiadka slyszala krzyki."
    assert form.victims.item(0).checkState() == Qt.CheckState.Checked
    keep_grab(page, "blue-card-refused.png")

    form.filled_on.setDate(to_qdate(TODAY - dt.timedelta(days=20)))
    qtbot.keyClicks(form.filled_by, "Policja - st. sierz. Zawadzka")
    form.using.item(0).setCheckState(Qt.CheckState.Unchecked)
    _tick(form.using, 1)
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: page.cards.rowCount() == 1)
    assert _error(form, "filled_by") == "" and _error(form, "using_violence") == ""
    due = add_working_days(TODAY - dt.timedelta(days=20), 5)
    model = page.cards
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[3] == "formularz A u przewodniczącego zespołu"
    assert row[4] == due.strftime("%d.%m.%Y") and row[5] == "PO TERMINIE (1)"
    assert model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert "z krokiem po terminie: 1" in page.summary.text()
    page.table.selectRow(0)
    keep_grab(page, "blue-card-page.png")


def test_a_step_is_recorded_and_the_letter_printed(
        qtbot: QtBot, page: BlueCardPage, services: Services, social_worker: Actor,
        family: Family, monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:  # noqa: F811
    from tests.services.test_blue_card import _form_a
    services.blue_cards.start(social_worker, _form_a(family, filled_on=TODAY - dt.timedelta(2)))
    page.refresh()
    page.table.selectRow(0)
    assert page.steps_box.isEnabled() and page.step.currentData() == "to_chair"
    page.done_on.setDate(to_qdate(TODAY - dt.timedelta(days=5)))  # before form A: refused
    qtbot.mouseClick(page.record_button, LEFT)
    assert "poprzedni krok" in _error(page.steps_box, "done_on")
    page.done_on.setDate(to_qdate(TODAY))
    qtbot.mouseClick(page.record_button, LEFT)
    qtbot.waitUntil(lambda: page.cards.row_object(0) is not None
                    and page.cards.row_object(0).done != ())
    assert page.cards.index(0, 3).data() == "powołanie grupy diagnostyczno-pomocowej"
    handed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(blue_card_page.pdf, "hand_over",
                        lambda _p, data, name: handed.append((data, name)))
    page.table.selectRow(0)
    qtbot.mouseClick(page.letter_button, LEFT)
    assert len(handed) == 1 and handed[0][0].startswith(b"%PDF")
    assert messages == []


def test_the_head_sees_the_overdue_step_in_its_own_tab(
        qtbot: QtBot, services: Services, social_worker: Actor, coordinator: Actor,
        family: Family) -> None:  # noqa: F811
    from ops_desktop.ui.coordinator.tab import CoordinatorTab
    from tests.services.test_blue_card import _form_a
    long_ago = TODAY - dt.timedelta(days=30)
    services.blue_cards.start(social_worker, _form_a(family, filled_on=long_ago))
    tab = CoordinatorTab(services, coordinator, Bus())
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    index = tab.pages.indexOf(tab.blue_card_page)
    assert tab.pages.tabText(index) == "Niebieska Karta – terminy (1)"
    model = tab.blue_card_page.model
    assert model.index(0, 2).data() == "formularz A u przewodniczącego zespołu"
    assert model.index(0, 3).data() == add_working_days(long_ago, 5).strftime("%d.%m.%Y")
    tab.pages.setCurrentIndex(index)
    keep_grab(tab, "blue-card-head.png")


def test_moje_sprawy_names_the_overdue_niebieska_karta_step(
        qtbot: QtBot, services: Services, social_worker: Actor, family: Family) -> None:  # noqa: F811
    from ops_desktop.ui.social_work.caseload_page import MyCasesPage
    from tests.services.test_blue_card import _form_a
    long_ago = TODAY - dt.timedelta(days=30)
    services.blue_cards.start(social_worker, _form_a(family, filled_on=long_ago))
    page = MyCasesPage(services, social_worker, Bus())
    qtbot.addWidget(page)
    due = add_working_days(long_ago, 5).strftime("%d.%m.%Y")
    assert page.cases.index(0, 3).data() == f"{due} – krok procedury Niebieska Karta"
    assert page.cases.index(0, 4).data() == "PO TERMINIE (1)"


def test_every_alt_letter_on_the_page_is_used_once(page: BlueCardPage) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    letters = [m.group(1).lower() for t in texts for m in [re.search(r"&(\w)", t)] if m]
    assert len(letters) >= 14 and len(letters) == len(set(letters)), sorted(letters)
