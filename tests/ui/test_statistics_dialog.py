"""The head's statistics dialog: compute off the GUI thread, read the table, trace, print."""

from __future__ import annotations

import datetime as dt
import io
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    DecisionKind,
    IdDocumentType,
    PaymentMethod,
)
from ops_desktop.services.applications import ApplicationInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.statistics import StatisticsDialog, default_period
from ops_desktop.ui.coordinator.tab import CoordinatorTab
from tests.services.helpers import person


def _granted(services: Services, worker: Actor, signer: Actor, n: int, received: dt.date,
             issued: dt.date, amount: str) -> str:
    pid = services.persons.register_household(worker, person(
        "Jan", "Liczony", None, id_document_type=IdDocumentType.ID_CARD,
        id_document_number=f"LIC{n:06d}", birth_date=dt.date(1970, 1, 1)), [])
    app = services.applications.register(worker, ApplicationInput(
        person_id=pid, received_on=received, form=BenefitForm.PURPOSE, purpose="leki"))
    services.applications.set_incomes(worker, app.id, [], no_income=True)
    draft = services.decisions.prepare(worker, DecisionInput(
        application_id=app.id, kind=DecisionKind.GRANT, amount=Decimal(amount),
        period_from=received, period_to=None, payment_method=PaymentMethod.CASH,
        bank_account=None, reasoning=""))
    services.decisions.sign(signer, draft.id, on=issued)
    return app.case_sign


@pytest.fixture
def signs(services: Services, benefits_worker: Actor, signer: Actor) -> list[str]:
    return [_granted(services, benefits_worker, signer, 1, dt.date(2025, 2, 3),
                     dt.date(2025, 2, 10), "300"),
            _granted(services, benefits_worker, signer, 2, dt.date(2025, 6, 2),
                     dt.date(2025, 6, 30), "250"),
            _granted(services, benefits_worker, signer, 3, dt.date(2025, 6, 20),
                     dt.date(2025, 7, 1), "999")]


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, coordinator: Actor,
           signs: list[str]) -> StatisticsDialog:
    widget = StatisticsDialog(services, coordinator, today=dt.date(2025, 8, 14))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _cell(d: StatisticsDialog, row: int, column: int) -> str:
    return d.benefits.data(d.benefits.index(row, column))


def _computed(qtbot: QtBot, d: StatisticsDialog) -> None:
    qtbot.mouseClick(d.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.report is not None and d.compute_button.isEnabled(), timeout=15000)


def test_the_last_ended_period_is_offered_first() -> None:
    assert default_period(dt.date(2025, 8, 14)) == (2025, 1)
    assert default_period(dt.date(2026, 3, 2)) == (2025, None)


def test_the_first_half_fills_the_table_and_lists_the_cases_behind_a_row(
        qtbot: QtBot, dialog: StatisticsDialog, signs: list[str]) -> None:
    assert dialog.chosen_period() == (2025, 1)
    assert not dialog.cases_button.isEnabled()
    _computed(qtbot, dialog)
    assert dialog.benefits.rowCount() == 10  # four forms and the total, for grants and refusals
    purpose = next(r for r in range(10) if _cell(dialog, r, 0) == "zasiłek celowy")
    # persons, decisions, amount, families, persons in families; 1 July is not in the half
    assert [_cell(dialog, purpose, c) for c in range(2, 7)] == [
        "2", "2", "550,00\u00a0zł", "2", "2"]
    assert "30.06.2025" in dialog.heading.text()
    dialog.benefits_table.selectRow(purpose)
    qtbot.mouseClick(dialog.cases_button, Qt.MouseButton.LeftButton)
    listed = dialog.cases_dialog
    assert listed is not None and listed.isVisible()
    assert [listed.model.data(listed.model.index(r, 0)) for r in range(listed.model.rowCount())] \
        == signs[:2]


def test_the_whole_year_counts_the_decision_of_1_july(
        qtbot: QtBot, dialog: StatisticsDialog, signs: list[str]) -> None:
    dialog.half.setCurrentIndex(dialog.half.findData(None))
    _computed(qtbot, dialog)
    purpose = next(r for r in range(10) if _cell(dialog, r, 0) == "zasiłek celowy")
    assert _cell(dialog, purpose, 3) == "3"
    assert dialog.applications.data(dialog.applications.index(4, 1)) == "3"  # the total row
    dialog.applications_table.selectRow(4)
    qtbot.mouseClick(dialog.applications_button, Qt.MouseButton.LeftButton)
    assert dialog.cases_dialog is not None and dialog.cases_dialog.model.rowCount() == 3


def test_print_saves_and_opens_a_pdf_with_the_figures(
        qtbot: QtBot, dialog: StatisticsDialog, opened: list[Path]) -> None:
    _computed(qtbot, dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    pages = PdfReader(io.BytesIO(opened[0].read_bytes())).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).replace("\u00a0", " ").split())
    assert "zasiłek celowy 2 2 550,00 zł 2 2" in text
    assert "I półrocze 2025" in text


def test_the_coordinator_tab_opens_the_statistics(
        qtbot: QtBot, services: Services, coordinator: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[StatisticsDialog] = []
    monkeypatch.setattr(StatisticsDialog, "exec", lambda self: opened.append(self) or 0)
    tab = CoordinatorTab(services, coordinator, Bus())
    qtbot.addWidget(tab)
    button = tab.findChild(QPushButton, "statistics")
    assert button is not None and button.isVisibleTo(tab)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1


def test_cancel_leaves_the_table_as_it_was(
        qtbot: QtBot, dialog: StatisticsDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    real = dialog.services.statistics.half_year

    def slow(*args: object) -> object:
        gate.wait(10)  # the database is still counting when the head presses Cancel
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(dialog.services.statistics, "half_year", slow)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    progress = dialog.findChild(QProgressDialog, "progress_dialog")
    assert progress is not None
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: dialog.compute_button.isEnabled(), timeout=15000)
    assert dialog.report is None and dialog.benefits.rowCount() == 0
    assert dialog.status.text() == "Obliczanie anulowano."
    assert not dialog.print_button.isEnabled()


def test_a_refusal_from_the_service_is_shown_in_words(
        qtbot: QtBot, dialog: StatisticsDialog, messages: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object) -> object:
        raise ValidationError([FieldError("year", "invalid")])

    monkeypatch.setattr(dialog.services.statistics, "half_year", refused)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=15000)
    assert messages == ["Nieprawidłowa wartość."]
    assert dialog.compute_button.isEnabled() and dialog.report is None
