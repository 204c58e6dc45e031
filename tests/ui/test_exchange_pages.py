"""The coordinator's pages of the exchange: a real conflict between two PCs taken with one
click, and the changes a PC refused with the reason in Polish."""

from __future__ import annotations

import ast
import datetime as dt
import inspect

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTabWidget
from pytestqt.qtbot import QtBot

from ops_desktop.exchange import rules, sync
from ops_desktop.services.context import Actor
from ops_desktop.services.audit import AuditEntryView
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import replica
from ops_desktop.storage.models import PersonRow
from ops_desktop.ui import audit_text, labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator import exchange_conflicts
from ops_desktop.ui.coordinator.tab import CoordinatorTab
from tests.exchange.conftest import PHONE_1, PHONE_2, phone_conflict, sync_all, two_pcs  # noqa: F401 – the fixture
from tests.services.helpers import PESEL_MAN_1944, person
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton



def tab_at(pages: QTabWidget, title: str) -> int:
    """The index of the coordinator's page whose title starts with `title`: pages are added
    as teams gain tools, so tests find them by name, not by place."""
    return next(i for i in range(pages.count()) if pages.tabText(i).startswith(title))

def open_tab(qtbot: QtBot, services: Services, actor: Actor) -> CoordinatorTab:
    tab = CoordinatorTab(services, actor, Bus())
    qtbot.addWidget(tab)
    tab.resize(1400, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = table.model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_head_takes_the_value_that_lost_with_one_click_and_a_confirmation(
        qtbot: QtBot, desk: Actor, coordinator: Actor, two_pcs: tuple[Services, Services],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    pc1, pc2 = two_pcs
    tab = open_tab(qtbot, pc1, coordinator)
    pages = tab.findChild(QTabWidget, "coordinator_pages")
    assert pages.tabText(tab_at(pages, "Konflikty wymiany")) == "Konflikty wymiany (0)"
    pid = phone_conflict(pc1, pc2, desk)
    kept = pc1.persons.file(desk, pid).phone
    lost = PHONE_1 if kept == PHONE_2 else PHONE_2
    asked: list[str] = []
    monkeypatch.setattr(exchange_conflicts, "confirm_take",
                        lambda _parent, text: asked.append(text) or True)
    tab.bus.changed.emit()  # as after an exchange
    assert pages.tabText(tab_at(pages, "Konflikty wymiany")) == "Konflikty wymiany (1)"
    pages.setCurrentIndex(tab_at(pages, "Konflikty wymiany"))
    page = tab.conflicts_page
    row = cells(page.table, 0)
    assert row[:4] == ["osoba", f"Jan Żółkiewski, PESEL {PESEL_MAN_1944}", "telefon", kept]
    assert row[4].startswith("Anna Nowicka\n") and row[5] == lost
    keep_grab(page, "office-inbox-conflicts.png")
    keep_grab(tab, "office-inbox-tab.png")

    take = tab.findChild(QPushButton, "take_lost_value")
    assert not take.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(page.table.viewport(), LEFT,
                     pos=page.table.visualRect(page.table.model().index(0, 1)).center())
    qtbot.mouseClick(take, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert asked and f"«{lost}» zamiast «{kept}»" in asked[0]
    assert pc1.persons.file(desk, pid).phone == lost
    assert pages.tabText(tab_at(pages, "Konflikty wymiany")) == "Konflikty wymiany (0)"
    sync_all(pc1, pc2)
    assert pc2.persons.file(desk, pid).phone == lost


def test_the_refused_list_shows_the_pc_the_author_the_record_and_the_reason(
        qtbot: QtBot, desk: Actor, admin: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:  # noqa: F811
    pc1, pc2 = two_pcs
    pid = pc1.persons.register_household(desk, person(phone=PHONE_1), [])
    sync_all(pc1, pc2)
    with pc2.db.session(admin.user_id) as s:  # behind the services' back: PC 1 refuses it
        s.get(PersonRow, pid).phone = PHONE_2  # type: ignore[union-attr]
    ExchangeService(pc2.db).sync()
    ExchangeService(pc1.db).sync()

    tab = open_tab(qtbot, pc1, coordinator)
    pages = tab.findChild(QTabWidget, "coordinator_pages")
    assert pages.tabText(tab_at(pages, "Zmiany odrzucone")) == "Zmiany odrzucone (1)"
    pages.setCurrentIndex(tab_at(pages, "Zmiany odrzucone"))
    row = cells(tab.refused_page.table, 0)
    assert row[1:] == ["Laptop", row[2], "osoba", f"Jan Żółkiewski, PESEL {PESEL_MAN_1944}",
                       "odrzucona",
                       "Autor zmiany nie ma uprawnień do zmieniania takich danych."]
    assert row[2].startswith("Admin, ")
    keep_grab(tab.refused_page, "office-inbox-refused.png")

    # The administrator's tab has the same list, without whose file it was.
    from ops_desktop.ui.admin.tab import AdminTab

    admin_tab = AdminTab(pc1, admin, Bus())
    qtbot.addWidget(admin_tab)
    sections = admin_tab.findChild(QTabWidget, "admin_sections")
    titles = [sections.tabText(i) for i in range(sections.count())]
    sections.setCurrentIndex(titles.index("Zmiany odrzucone"))
    admin_row = cells(admin_tab.refused.table, 0)
    assert "osoba" in admin_row and "odrzucona" in admin_row
    assert not any("Żółkiewski" in (cell or "") or PESEL_MAN_1944 in (cell or "")
                   for cell in admin_row)


def _reason_codes() -> set[str]:
    """Every reason a change is quarantined for: the strings the deciding functions return."""
    codes: set[str] = set(replica.RETRYABLE)
    for function in (rules.refusal, replica.apply, replica.apply_safely):
        tree = ast.parse(inspect.getsource(function).lstrip())
        for node in ast.walk(tree):
            if isinstance(node, ast.Return) and node.value is not None:
                codes |= {c.value for c in ast.walk(node.value)
                          if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    return codes


def test_every_reason_a_change_is_refused_for_has_a_sentence() -> None:
    codes = _reason_codes()
    assert {"not_permitted", "signed_act", "row_missing", "refused_by_store"} <= codes
    assert sorted(codes - set(labels.EXCHANGE_REFUSALS)) == []
    assert "quarantine(s, change, reason)" in inspect.getsource(sync.import_changes)


def test_the_auditor_reads_which_field_of_a_conflict_the_head_read_in_words() -> None:
    entry = AuditEntryView(seq=1, at=dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC),
                           actor_id=None, actor_name="Barbara Żółkiewska", action="view",
                           entity="sync_conflicts", entity_id="x", person_id=None, changes=(),
                           details=(("field", "text"),), redacted_at=None)
    assert audit_text.rows(entry) == [("pole", "", "treść")]
