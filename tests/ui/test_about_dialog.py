"""Pomoc → O programie: the version and the law data's newest period with its source."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ops_desktop import config
from ops_desktop.i18n import format as fmt
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import about_dialog
from ops_desktop.ui.main_window import MainWindow

PARAMETERS = Path(__file__).resolve().parents[2] / "resources" / "law" / "parameters.json"


def test_about_shows_the_version_and_the_newest_law_period(
        qtbot: QtBot, services: Services, coordinator: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[about_dialog.AboutDialog] = []
    monkeypatch.setattr(about_dialog.AboutDialog, "exec",
                        lambda self: shown.append(self) or 0)
    window = MainWindow(services, coordinator)
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Pomo&c")
    next(a for a in help_menu.actions() if a.text() == "O programie").trigger()

    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    periods = json.loads(PARAMETERS.read_text("utf-8"))["periods"]
    newest = max(periods, key=lambda p: p["valid_from"])
    valid_from = dt.date.fromisoformat(newest["valid_from"])
    assert dialog.title.text() == f"OPS – pomoc społeczna, wersja {config.version()}"
    assert dialog.law.text() == ("Parametry ustawy o pomocy społecznej obowiązujące od "
                                 + fmt.date_long(valid_from, locale="pl_PL"))
    assert dialog.source.text() == f"Źródło: {newest['source']}"


def test_the_program_has_its_icon(qtbot: QtBot) -> None:
    icon = about_dialog.program_icon()
    assert not icon.isNull()
    assert icon.pixmap(48, 48).width() == 48
