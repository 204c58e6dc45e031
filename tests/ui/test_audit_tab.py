"""The auditor's tab with real widgets: filters, an entry field by field, the chain check."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import Relation, Role
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.storage.triggers import DROP_TRIGGERS
from ops_desktop.ui.audit_tab import AuditTab
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.main_window import MainWindow
from tests.services.helpers import PESEL_WOMAN_1985, person

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def worked(services: Services, desk: Actor, benefits_worker: Actor) -> dict[str, uuid.UUID]:
    """Jan and Maria registered, Jan's phone changed, both files opened by two people."""
    jan = services.persons.register_household(desk, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985))])
    maria = next(m.person_id for m in services.persons.household(desk, jan) if m.person_id != jan)
    services.persons.update_person(desk, jan, person(phone="600100200"))
    services.persons.file(desk, maria)
    services.persons.file(benefits_worker, jan)
    return {"jan": jan, "maria": maria}


@pytest.fixture
def tab(qtbot: QtBot, services: Services, auditor: Actor, worked: dict[str, uuid.UUID]) -> AuditTab:
    widget = AuditTab(services, auditor, Bus())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def rows(tab: AuditTab) -> list:  # type: ignore[type-arg]
    return [tab.entries.row_object(r) for r in range(tab.entries.rowCount())]


def choose(tab: AuditTab, row: int) -> None:
    tab.table.setCurrentIndex(tab.entries.index(row, 0))


def test_the_log_is_listed_newest_first_with_its_count(
        tab: AuditTab, services: Services, auditor: Actor) -> None:
    total = services.audit.count(auditor)
    assert tab.entries.total() == total and tab.count_label.text() == f"Wpisów: {total}"
    seqs = [e.seq for e in rows(tab)]
    assert seqs == sorted(seqs, reverse=True)
    assert tab.entries.data(tab.entries.index(0, 3)) == "wgląd"  # the last file opening
    assert tab.entries.data(tab.entries.index(0, 2)) == "Piotr Zieliński"


def test_choosing_a_change_shows_each_field_before_and_after(
        tab: AuditTab, worked: dict[str, uuid.UUID]) -> None:
    row = next(i for i, e in enumerate(rows(tab)) if e.action == "update")
    choose(tab, row)
    assert "Wpis nr" in tab.detail_title.text() and "zmiana" in tab.detail_title.text()
    assert str(worked["jan"]) in tab.detail_title.text()
    shown = {tab.fields.data(tab.fields.index(r, 0)): (tab.fields.data(tab.fields.index(r, 1)),
                                                      tab.fields.data(tab.fields.index(r, 2)))
             for r in range(tab.fields.rowCount())}
    assert shown["telefon (phone)"] == ("", "600100200")


def test_filter_by_pesel_user_and_dates(qtbot: QtBot, tab: AuditTab, benefits_worker: Actor,
                                        worked: dict[str, uuid.UUID]) -> None:
    qtbot.keyClicks(tab.pesel, PESEL_WOMAN_1985)
    qtbot.keyClick(tab.pesel, Qt.Key.Key_Return)
    hers = rows(tab)
    assert hers and {e.person_id for e in hers} == {worked["maria"]}
    assert {e.action for e in hers} >= {"insert", "view"}

    qtbot.mouseClick(tab.clear_button, LEFT)
    assert tab.pesel.text() == "" and tab.entries.total() > len(hers)
    tab.user.setCurrentIndex(tab.user.findData(str(benefits_worker.user_id)))
    qtbot.mouseClick(tab.apply_button, LEFT)
    assert [(e.action, e.person_id) for e in rows(tab)] == [("view", worked["jan"])]

    qtbot.mouseClick(tab.clear_button, LEFT)
    tab.since.setDate(QDate.currentDate().addDays(1))
    qtbot.mouseClick(tab.apply_button, LEFT)
    assert tab.entries.total() == 0 and tab.count_label.text() == "Wpisów: 0"
    tab.since.setDate(QDate.currentDate())
    tab.until.setDate(QDate.currentDate())
    tab.action.setCurrentIndex(tab.action.findData("view"))
    qtbot.mouseClick(tab.apply_button, LEFT)
    assert len(rows(tab)) == 2 and all(e.action == "view" for e in rows(tab))


def test_the_chain_check_says_intact_then_names_the_edited_entry(
        qtbot: QtBot, tab: AuditTab, services: Services) -> None:
    qtbot.mouseClick(tab.verify_button, LEFT)
    qtbot.waitUntil(lambda: "nienaruszony" in tab.chain_result.text(), timeout=10000)
    assert f"Sprawdzono wpisów: {tab.entries.total()}" in tab.chain_result.text()
    assert tab.verify_button.isEnabled()

    assert services.db.file is not None
    target = rows(tab)[3].seq
    with sqlite3.connect(services.db.file) as conn:
        for statement in DROP_TRIGGERS["sqlite"]:
            conn.execute(statement)
        conn.execute("UPDATE audit_log SET action = 'view' WHERE seq = ?", (target,))
    conn.close()
    qtbot.mouseClick(tab.verify_button, LEFT)
    qtbot.waitUntil(lambda: "naruszony!" in tab.chain_result.text(), timeout=10000)
    assert f"nr {target} z " in tab.chain_result.text()
    assert "zmieniono treść wpisu" in tab.chain_result.text()


def test_the_auditor_gets_only_the_audit_tab(qtbot: QtBot, services: Services, auditor: Actor,
                                             worked: dict[str, uuid.UUID]) -> None:
    window = MainWindow(services, auditor)
    qtbot.addWidget(window)
    assert window.tabs.count() == 1
    assert isinstance(window.tab_by_role[Role.AUDITOR], AuditTab)
