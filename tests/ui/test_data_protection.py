"""The head's data-protection panel: a person's export to files, retention with a typed phrase."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import BenefitForm
from ops_desktop.services.applications import ApplicationInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import ApplicationRow, CaseRow
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.data_protection import (
    DataProtectionDialog,
    DataProtectionPanel,
)
from ops_desktop.ui.coordinator.tab import CoordinatorTab
from tests.services.helpers import PESEL_MAN_1944, PESEL_WOMAN_2002, person


def _closed_client(services: Services, head: Actor, first: str, last: str, pesel: str) -> uuid.UUID:
    """A person with one benefits case, closed in 2014 with its application decided."""
    pid = services.persons.register_household(head, person(first, last, pesel), [])
    app = services.applications.register(head, ApplicationInput(
        person_id=pid, received_on=wall_today(), form=BenefitForm.PURPOSE, purpose="opał"))
    with services.db.session() as s:
        s.execute(update(CaseRow).where(CaseRow.sign == app.case_sign)
                  .values(closed_on=dt.date(2014, 5, 10)))
        s.execute(update(ApplicationRow).where(ApplicationRow.id == app.id).values(status="decided"))
    return pid


@pytest.fixture
def clients(services: Services, coordinator: Actor) -> list[uuid.UUID]:
    return [_closed_client(services, coordinator, "Jan", "Żółkiewski", PESEL_MAN_1944),
            _closed_client(services, coordinator, "Zofia", "Nowak", PESEL_WOMAN_2002)]


@pytest.fixture
def panel(qtbot: QtBot, services: Services, coordinator: Actor,
          clients: list[uuid.UUID]) -> DataProtectionPanel:
    widget = DataProtectionPanel(services, coordinator, Bus())
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def _save_as(monkeypatch: pytest.MonkeyPatch, answer: str) -> list[str]:
    asked: list[str] = []

    def dialog(_parent: object, _title: str, default: str, _filter: str) -> tuple[str, str]:
        asked.append(default)
        return answer, ""

    monkeypatch.setattr("ops_desktop.ui.coordinator.data_protection.QFileDialog.getSaveFileName",
                        dialog)
    return asked


def test_export_saves_a_pdf_and_a_json_of_the_chosen_person(
    qtbot: QtBot, panel: DataProtectionPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    opened: list[Path],
) -> None:
    assert not panel.save_button.isEnabled()
    qtbot.keyClicks(panel.search, "zolkiew")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.results.rowCount() == 1 and panel.save_button.isEnabled()
    asked = _save_as(monkeypatch, str(tmp_path / "kopia"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name.startswith("dane_osobowe_Żółkiewski_Jan")
    pdf_text = " ".join(p.extract_text() for p in
                        PdfReader(io.BytesIO((tmp_path / "kopia.pdf").read_bytes())).pages)
    assert "Jan Żółkiewski" in pdf_text and PESEL_MAN_1944 in pdf_text
    data = json.loads((tmp_path / "kopia.json").read_text(encoding="utf-8"))
    assert data["person"]["pesel"] == PESEL_MAN_1944
    assert "kopia.pdf" in panel.export_report.text() and "kopia.json" in panel.export_report.text()
    # Handed over like every printout: opened, and where it lies is said with its folder.
    assert opened == [tmp_path / "kopia.pdf"]
    notice = panel.findChild(QMessageBox, "pdf_notice")
    assert notice is not None and str(tmp_path / "kopia.pdf") in notice.informativeText()


def test_a_cancelled_file_dialog_writes_nothing(
    qtbot: QtBot, panel: DataProtectionPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel.search.setText(PESEL_WOMAN_2002)
    panel.search_now()
    _save_as(monkeypatch, "")
    assert panel.save_export() is None
    assert list(tmp_path.glob("*.json")) == [] and panel.export_report.text() == ""


def test_anonymise_is_enabled_only_by_the_exact_phrase(
    qtbot: QtBot, panel: DataProtectionPanel, services: Services, coordinator: Actor,
    messages: list[str]
) -> None:
    assert not panel.anonymise_button.isEnabled()
    with qtbot.waitSignal(panel.previewed, timeout=15000):
        qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    assert panel.candidates.rowCount() == 2
    assert "B10" in panel.rules_label.text()
    assert "<b>ANONIMIZUJ 2</b>" in panel.phrase_label.text()
    for wrong in ("anonimizuj 2", "ANONIMIZUJ 1", "ANONIMIZUJ 2 "):
        panel.confirmation.setText(wrong)
        assert not panel.anonymise_button.isEnabled(), wrong
    panel.confirmation.clear()
    qtbot.keyClicks(panel.confirmation, "ANONIMIZUJ 2")
    assert panel.anonymise_button.isEnabled()
    qtbot.mouseClick(panel.anonymise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Zanonimizowano osób: 2" in panel.retention_report.text()
                    and "przechowywania: 0" in panel.retention_report.text(), timeout=15000)
    QThreadPool.globalInstance().waitForDone()
    assert messages == []
    assert panel.candidates.rowCount() == 0 and not panel.anonymise_button.isEnabled()
    assert services.persons.search(coordinator, "Żółkiewski") == []
    assert services.persons.search(coordinator, "Nowak") == []


def test_picked_rows_change_the_phrase_and_only_they_go(
    qtbot: QtBot, panel: DataProtectionPanel, services: Services, coordinator: Actor,
    messages: list[str]
) -> None:
    with qtbot.waitSignal(panel.previewed, timeout=15000):
        panel.preview()
    first = panel.candidates.row_object(0)
    assert first is not None
    panel.candidates_table.selectionModel().select(
        panel.candidates.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert "ANONIMIZUJ 1" in panel.phrase_label.text()
    panel.confirmation.setText("ANONIMIZUJ 2")
    assert not panel.anonymise_button.isEnabled()
    panel.confirmation.setText("ANONIMIZUJ 1")
    panel.anonymise()
    qtbot.waitUntil(lambda: "Zanonimizowano osób: 1" in panel.retention_report.text()
                    and "przechowywania: 1" in panel.retention_report.text(), timeout=15000)
    QThreadPool.globalInstance().waitForDone()
    [left] = services.personal_data.retention_preview(coordinator, wall_today())
    assert left.person_id != first.person_id
    assert panel.candidates.rowCount() == 1 and messages == []


def test_a_refusal_from_the_store_is_shown_in_words(
    qtbot: QtBot, panel: DataProtectionPanel, services: Services, clients: list[uuid.UUID],
    messages: list[str]
) -> None:
    with qtbot.waitSignal(panel.previewed, timeout=15000):
        panel.preview()
    # Meanwhile a new application reopens Jan's matter: he is no longer due.
    services.applications.register(panel.actor, ApplicationInput(
        person_id=clients[0], received_on=wall_today(), form=BenefitForm.PURPOSE, purpose="leki"))
    panel.confirmation.setText("ANONIMIZUJ 2")
    panel.anonymise()
    qtbot.waitUntil(lambda: bool(messages), timeout=15000)
    QThreadPool.globalInstance().waitForDone()
    assert "okresie przechowywania" in messages[0]
    assert services.persons.search(panel.actor, "Nowak") != []  # nothing changed


def test_the_coordinator_tab_opens_the_panel(
    qtbot: QtBot, services: Services, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[DataProtectionDialog] = []
    monkeypatch.setattr(DataProtectionDialog, "exec", lambda self: opened.append(self) or 0)
    tab = CoordinatorTab(services, coordinator, Bus())
    qtbot.addWidget(tab)
    button = tab.findChild(QPushButton, "data_protection")
    assert button is not None and button.isVisibleTo(tab)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1


def test_the_head_sets_retention_periods_and_a_typo_is_shown_next_to_the_field(
        qtbot, services, coordinator) -> None:
    from ops_desktop.ui.coordinator.retention_rules import RetentionRulesDialog

    dialog = RetentionRulesDialog(services, coordinator)
    qtbot.addWidget(dialog)
    dialog.categories[0].setText("B5")  # says five years, the spin box still says ten
    dialog.save()
    assert dialog.errors.text("rules.0.years").startswith("Liczba lat nie zgadza się")
    assert dialog.categories[0].text() == "B5"  # what was typed stays
    dialog.years[0].setValue(5)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = services.personal_data.rules(coordinator)
    assert (saved[0].category, saved[0].years) == ("B5", 5)
