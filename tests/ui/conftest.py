"""Stand-ins for the world outside the window: the system PDF viewer and message boxes."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files the program handed to the system PDF viewer."""
    files: list[Path] = []
    monkeypatch.setattr("ops_desktop.ui.pdf.QDesktopServices.openUrl",
                        lambda url: files.append(Path(url.toLocalFile())) or True)
    return files


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts the program showed in message boxes."""
    said: list[str] = []
    monkeypatch.setattr("ops_desktop.ui.guard.message", lambda _parent, text: said.append(text))
    return said
