"""The head's conflict inbox names a draft signed on two PCs: both acts, who signed each and
where, what the office must do with the later one; the act cannot be "taken" in its place."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTabWidget
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import BenefitForm
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.exchange.conftest import sync_all, two_pcs  # noqa: F401 – the fixture
from tests.services.test_benefits import application, grant
from tests.ui.test_exchange_pages import cells, open_tab, tab_at
from tests.ui.looking import keep_grab


def test_the_head_reads_both_acts_and_what_to_do_and_can_only_close_the_entry(
        qtbot: QtBot, benefits_worker: Actor, signer: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:  # noqa: F811
    pc1, pc2 = two_pcs
    _, app = application(pc1, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    draft = pc1.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    sync_all(pc1, pc2)
    first = pc1.decisions.sign(signer, draft.id)
    pc2.decisions.sign(coordinator, draft.id)
    sync_all(pc1, pc2)
    tab = open_tab(qtbot, pc2, coordinator)
    pages = tab.findChild(QTabWidget, "coordinator_pages")
    assert pages.tabText(tab_at(pages, "Konflikty wymiany")) == "Konflikty wymiany (1)"
    pages.setCurrentIndex(tab_at(pages, "Konflikty wymiany"))
    page = tab.conflicts_page
    row = cells(page.table, 0)
    assert row[0] == "decyzja" and row[2] == "Decyzja podpisana na dwóch komputerach"
    assert row[3].startswith(first.case_sign) and "Katarzyna Wiśniewska" in row[3]
    assert "Barbara Żółkiewska" in row[5]
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.table.model().index(0, 1)).center())
    qtbot.waitUntil(lambda: "nowym aktem" in page.acts_note.text())
    assert "Sekretariat" in page.acts_note.text() and "Laptop" in page.acts_note.text()
    assert not tab.findChild(QPushButton, "take_lost_value").isEnabled()
    keep_grab(page, "double-sign-inbox.png")
    leave = tab.findChild(QPushButton, "dismiss_conflict")
    assert leave.isEnabled()
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
