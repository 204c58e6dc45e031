"""The head's MRPiPS-03 by the form: opened from the statistics, traced, exported to XLSX."""

from __future__ import annotations

import datetime as dt
import io
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.coordinator.mrpips03 import Mrpips03Dialog
from ops_desktop.ui.coordinator.statistics import StatisticsDialog
from tests.services.test_mrpips03 import Known, known  # noqa: F401 - the office as a fixture

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def form(qtbot: QtBot, services: Services, coordinator: Actor,
         known: Known) -> Mrpips03Dialog:  # noqa: F811
    statistics = StatisticsDialog(services, coordinator, today=dt.date(2025, 8, 14))
    qtbot.addWidget(statistics)
    statistics.show()
    qtbot.mouseClick(statistics.form_button, LEFT)
    dialog = statistics.form_dialog
    assert isinstance(dialog, Mrpips03Dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15000)
    return dialog


def _row(dialog: Mrpips03Dialog, division: str, code: str) -> int:
    _table, model = dialog.tables[division]
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == code)


def _texts(dialog: Mrpips03Dialog, division: str, code: str) -> list[str]:
    _table, model = dialog.tables[division]
    row = _row(dialog, division, code)
    return [model.index(row, c).data() for c in range(2, model.columnCount())]


def test_the_form_s_divisions_show_and_a_row_leads_to_its_cases(
        qtbot: QtBot, form: Mrpips03Dialog, known: Known) -> None:  # noqa: F811
    assert form.tabs.count() == 5 and form.tabs.tabText(0) == "Dział 1A"
    assert form.tabs.tabText(1) == "Dział 1B"
    assert _texts(form, "1B", "1B.15") == ["2", "3", "600,50\u00a0zł", "1", "3"]
    assert set(_texts(form, "1B", "1B.12")) == {"brak danych w programie"}  # ubranie
    assert _texts(form, "2", "2.01") == ["1", "brak danych w programie", "3",
                                         "brak danych w programie"]
    table, model = form.tables["1B"]
    form.tabs.setCurrentIndex(1)  # the person looks at Dział 1B (1A comes first)
    table.selectRow(_row(form, "1B", "1B.15"))
    qtbot.mouseClick(form.cases_button, LEFT)
    listed = form.cases_dialog
    assert listed is not None and listed.isVisible()
    assert [listed.model.index(r, 0).data() for r in range(listed.model.rowCount())] == [
        known.jan_march, known.jan_may, known.maria]
    # a row the program does not count has no cases behind it, and says why
    table.selectRow(_row(form, "1B", "1B.12"))
    qtbot.mouseClick(form.cases_button, LEFT)
    assert "brak danych w programie" in form.status.text()


def test_the_export_button_saves_an_xlsx_the_form_s_tables(
        qtbot: QtBot, form: Mrpips03Dialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sprawozdanie"
    monkeypatch.setattr("ops_desktop.ui.coordinator.mrpips03.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(form.xlsx_button, LEFT)
    saved = target.with_suffix(".xlsx")
    qtbot.waitUntil(lambda: "Zapisano" in form.status.text(), timeout=15000)
    book = load_workbook(io.BytesIO(saved.read_bytes()))
    assert book.sheetnames[:2] == ["Dział 1A", "Dział 1B"]
    assert book["Dział 1B"]["A3"].value.startswith("Okres sprawozdawczy: I półrocze 2025")


def test_the_pdf_opens_in_the_viewer(qtbot: QtBot, form: Mrpips03Dialog,
                                     opened: list[Path]) -> None:
    qtbot.mouseClick(form.pdf_button, LEFT)
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    text = " ".join(PdfReader(io.BytesIO(opened[0].read_bytes())).pages[0].extract_text().split())
    assert "Sprawozdanie MRPiPS-03" in text


def test_cancel_while_computing_shows_nothing(
        qtbot: QtBot, services: Services, coordinator: Actor, known: Known,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    made = services.mrpips03.report

    def slow(*args: object, **kwargs: object) -> object:
        gate.wait(10)
        return made(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.mrpips03, "report", slow)
    dialog = Mrpips03Dialog(services, coordinator, 2025, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.compute()
    progress = dialog.findChild(QProgressDialog, "progress_dialog")
    assert progress is not None
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, LEFT)
    gate.set()
    qtbot.waitUntil(lambda: "anulowano" in dialog.heading.text(), timeout=15000)
    assert dialog.report is None and not dialog.xlsx_button.isEnabled()
