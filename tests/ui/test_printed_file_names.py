"""A paper printed from the social-work screens is saved as "<name>.pdf", not "<name>.pdf.pdf"
(the screens name their files with the extension; the saving added another)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.ui.test_contracts_list_reviews import signed_contract_dialog
from tests.ui.test_contracts_ui import _child


def test_a_printed_contract_is_one_pdf_file_named_once(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        opened: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ops_desktop.ui.pdf.documents_dir", lambda: tmp_path)
    dialog = signed_contract_dialog(qtbot, services, desk, social_worker)
    qtbot.mouseClick(_child(dialog, QPushButton, "contract_print"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1)
    [path] = opened
    assert path.name.endswith(".pdf") and not path.name.endswith(".pdf.pdf"), path.name
    assert path.name.startswith("kontrakt_") and path.parent == tmp_path
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "KONTRAKT SOCJALNY" in text
