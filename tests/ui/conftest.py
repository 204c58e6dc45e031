"""Stand-ins for the world outside the window: the system PDF viewer and message boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl


def _system_viewer(monkeypatch: pytest.MonkeyPatch, opens: bool) -> list[Path]:
    asked: list[Path] = []

    def open_url(url: QUrl) -> bool:
        asked.append(Path(url.toLocalFile()))
        return opens

    monkeypatch.setattr("ops_desktop.ui.pdf.QDesktopServices.openUrl", open_url)
    return asked


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files the program handed to the system PDF viewer."""
    return _system_viewer(monkeypatch, opens=True)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts the program showed in message boxes."""
    said: list[str] = []
    monkeypatch.setattr("ops_desktop.ui.guard.message", lambda _parent, text: said.append(text))
    return said


@pytest.fixture
def no_viewer(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """A PC without a PDF viewer: every file or folder the program asks to open stays shut."""
    return _system_viewer(monkeypatch, opens=False)

