"""`Nowe zaproszenie…` on the administrator's office panel: a new invitation written from a
PC of the office long after it was shared; a PC joins with it and has the office as it is."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup, backup_file
from ops_desktop.ui.admin import share_dialog
from ops_desktop.ui.main_window import MainWindow
from tests.services.helpers import person
from tests.ui.test_office_window import actor, pc1, window_of

__all__ = ["pc1"]  # the fixture, used by name


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)
    yield
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.exchange.stop()
    QThreadPool.globalInstance().waitForDone(30000)


def test_a_new_invitation_from_the_panel_lets_a_pc_join_with_todays_office(
        qtbot: QtBot, pc1: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "wymiana"
    folder.mkdir()
    pc1.exchange.share(folder, "Sekretariat", tmp_path / "zaproszenie.opsbak")
    # Work done after the office was shared: the first invitation does not hold it.
    pid = pc1.persons.register_household(actor(pc1, "desk"), person(), [])
    pc1.exchange.sync()

    window = window_of(qtbot, pc1, "admin")
    panel = window.tab_by_role[Role.ADMINISTRATOR].office_pcs  # type: ignore[attr-defined]
    tabs = panel.parentWidget()
    while not isinstance(tabs, QTabWidget):
        tabs = tabs.parentWidget()
    tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.invite_button.isVisible())
    assert panel.pages.currentIndex() == 1
    invitation = tmp_path / "nowe.opsbak"
    monkeypatch.setattr(share_dialog, "choose_invitation_file", lambda *_: str(invitation))
    shown: list[str] = []

    def read_code(dialog: share_dialog.CodeDialog) -> int:
        shown.append(dialog.code.text())
        return 0

    monkeypatch.setattr(share_dialog.CodeDialog, "exec", read_code)
    qtbot.mouseClick(panel.invite_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and invitation.is_file()
    panel.grab().save(os.environ.get("OFFICE_PANEL_PNG", str(tmp_path / "panel.png")))

    # The copy leaves PC 1's private keys out: the invitation cannot unwrap its office keys.
    copy = tmp_path / "copy" / "ops.sqlite"
    copy.parent.mkdir()
    backup.restore_database(invitation, shown[0], copy)
    with sqlite3.connect(copy) as c:
        kept = {k for (k,) in c.execute("SELECT key FROM exchange_state")}
    assert "member_id" in kept and not kept & {"member_exchange_secret", "member_signing_secret"}

    joined = ExchangeService.join(invitation, shown[0], tmp_path / "pc2.sqlite", "Pokój 12")
    pc2 = Services.over(joined.db)
    try:
        # Before any exchange, the new PC holds the person registered after sharing.
        assert pc2.persons.file(actor(pc2, "desk"), pid).person.last_name == person().last_name
        # Both PCs then exchange as one office.
        pc2.exchange.sync()
        pc1.exchange.sync()
        pc2.exchange.sync()
        assert pc1.exchange.digest() == pc2.exchange.digest()
    finally:
        pc2.close()
