"""The first window paints first: what it does not need waits until it is on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ops_desktop import app as program
from ops_desktop.ui.first_paint import after_first_paint
from ops_desktop.ui.unlock import LockedSignInDialog


def test_work_after_the_first_paint_runs_once_and_only_after_it(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    calls: list[bool] = []
    after_first_paint(dialog, lambda: calls.append(dialog.isVisible()))
    qtbot.wait(50)  # the event loop runs, the dialog is not shown: nothing yet
    assert calls == []
    dialog.show()
    qtbot.waitUntil(lambda: calls == [True])
    dialog.update()
    dialog.repaint()
    qtbot.wait(50)
    assert calls == [True]  # once, not at every paint


def test_the_locked_sign_in_loads_the_store_after_it_is_painted(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's modules load in the background once the dialog is on screen (not before:
    the loading thread would slow the first paint), and the recovery link gets its hand."""
    loads: list[bool] = []
    seen: list[LockedSignInDialog] = []
    monkeypatch.setattr(program, "load_store_meanwhile",
                        lambda: loads.append(seen[0].isVisible()))

    def shown(dialog: LockedSignInDialog) -> int:
        seen.append(dialog)
        qtbot.addWidget(dialog)
        assert loads == []
        assert dialog.recovery.cursor().shape() == Qt.CursorShape.ArrowCursor
        dialog.show()
        qtbot.waitUntil(lambda: loads == [True])
        qtbot.waitUntil(
            lambda: dialog.recovery.cursor().shape() == Qt.CursorShape.PointingHandCursor)
        return 0  # the person closed it

    monkeypatch.setattr(LockedSignInDialog, "exec", shown)
    services, signed = program.sign_in_locked(f"sqlite:///{tmp_path / 'office.sqlite'}", None,
                                              False)
    assert (services, signed) == (None, None) and loads == [True]
