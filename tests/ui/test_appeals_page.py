"""The "Odwołania" page driven as people do: the benefits worker registers an appeal (errors
next to the fields, nothing typed lost) and sees at once whether it came in time, an overdue
organ's deadline stands out, the appeal is forwarded to the SKO with the cover letter printed,
the SKO's remittal is recorded; another appeal is granted by a change decision the head signs."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import ApplicationStatus
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.benefits.appeal_dialogs import (
    ForwardAppealDialog,
    GrantAppealDialog,
    OutcomeDialog,
    RegisterAppealDialog,
)
from ops_desktop.ui.benefits.appeals_page import RED, AppealsPage
from ops_desktop.ui.bus import Bus
from tests.services.test_appeals import _signed, _woman
from tests.services.test_benefits import IBAN

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()
COL_SIGN, COL_PARTY, COL_LODGED, COL_IN_TIME, COL_DEADLINE, COL_STATE = range(6)


def child(widget: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


def fill_registration(qtbot: QtBot, dialog: RegisterAppealDialog, sign: str, lodged_by: str,
                      other_parties: str = "") -> int:
    """Find the case's decision, say who lodged the appeal and why (and who else is a party
    but did not appeal), and register it."""
    dialog.show()
    qtbot.keyClicks(child(dialog, QLineEdit, "appeal_case_sign"), sign)
    qtbot.mouseClick(child(dialog, QPushButton, "appeal_find"), LEFT)
    qtbot.keyClicks(child(dialog, QLineEdit, "appeal_lodged_by"), lodged_by)
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "appeal_summary"), "Kwota za niska.")
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "appeal_other_parties"), other_parties)
    qtbot.mouseClick(child(dialog, QPushButton, "appeal_save"), LEFT)
    return dialog.result()


def _page(qtbot: QtBot, services: Services, actor: Actor, bus: Bus) -> AppealsPage:
    page = AppealsPage(services, actor, bus)
    qtbot.addWidget(page)
    page.resize(1300, 500)
    page.show()
    return page


def _cell(page: AppealsPage, row: int, column: int) -> str:
    return str(page.model.index(row, column).data())


def test_register_late_and_overdue_forward_with_letter_then_remittal(
        qtbot: QtBot, services: Services, benefits_worker: Actor, signer: Actor,
        coordinator: Actor, opened: list[Path], messages: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    decision = _signed(services, benefits_worker, signer, days_ago=40)
    sign = services.decisions.get(benefits_worker, decision).case_sign

    def register(dialog: RegisterAppealDialog) -> int:
        dialog.show()
        qtbot.keyClicks(child(dialog, QLineEdit, "appeal_case_sign"), sign)
        qtbot.keyClick(child(dialog, QLineEdit, "appeal_case_sign"), Qt.Key.Key_Return)
        assert child(dialog, QComboBox, "appeal_decision").count() == 1
        judgement = child(dialog, QLabel, "appeal_judgement")
        assert "nie wiadomo" in judgement.text()  # no delivery day: said, not guessed
        # Delivered 30 days ago, lodged 10 days ago: late, said at once.
        qtbot.mouseClick(child(dialog, QCheckBox, "appeal_delivered_known"), LEFT)
        dialog.delivered_on.setDate(to_qdate(TODAY - dt.timedelta(days=30)))
        dialog.lodged_on.setDate(to_qdate(TODAY - dt.timedelta(days=10)))
        dialog.received_on.setDate(to_qdate(TODAY - dt.timedelta(days=11)))
        assert "PO TERMINIE" in judgement.text()
        qtbot.keyClicks(child(dialog, QPlainTextEdit, "appeal_summary"), "Za niska kwota.")
        save = child(dialog, QPushButton, "appeal_save")
        qtbot.mouseClick(save, LEFT)
        assert child(dialog, QLabel, "error_lodged_by").text() == labels.error("required")
        assert child(dialog, QLabel, "error_received_on").text() == labels.error("before_lodged")
        assert dialog.result() != QDialog.DialogCode.Accepted
        # What was typed stays; the two fields are put right.
        assert child(dialog, QPlainTextEdit, "appeal_summary").toPlainText() == "Za niska kwota."
        dialog.received_on.setDate(to_qdate(TODAY - dt.timedelta(days=9)))
        qtbot.keyClicks(child(dialog, QLineEdit, "appeal_lodged_by"), "Jan Zolkiewski")
        qtbot.mouseClick(save, LEFT)
        return dialog.result()

    monkeypatch.setattr(RegisterAppealDialog, "exec", register)
    bus = Bus()
    page = _page(qtbot, services, benefits_worker, bus)
    assert page.model.rowCount() == 0 and not page.forward_button.isEnabled()
    qtbot.mouseClick(page.register_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "Zarejestrowano odwołanie" in page.status.text()
    assert [_cell(page, 0, c) for c in (COL_SIGN, COL_PARTY)] == [sign, "Jan Żółkiewski"]
    assert _cell(page, 0, COL_IN_TIME) == "NIE – po terminie"
    # Received 9 days ago: the organ's 7 days have passed – in words and in red.
    assert "PO TERMINIE" in _cell(page, 0, COL_DEADLINE)
    assert page.model.index(0, COL_DEADLINE).data(Qt.ItemDataRole.ForegroundRole) == RED
    assert _cell(page, 0, COL_STATE) == "biegnie 7 dni organu"
    page.table.selectRow(0)
    assert page.forward_button.isEnabled() and not page.outcome_button.isEnabled()

    def forward(dialog: ForwardAppealDialog) -> int:
        dialog.show()
        documents = child(dialog, QPlainTextEdit, "forwarded_documents")
        assert documents.toPlainText().startswith("Odwołanie z dnia")
        assert "Zaskarżona decyzja" in documents.toPlainText()
        documents.moveCursor(documents.textCursor().MoveOperation.End)
        qtbot.keyClick(documents, Qt.Key.Key_Return)
        qtbot.keyClicks(documents, "Pelnomocnictwo strony")
        qtbot.mouseClick(child(dialog, QPushButton, "forward_save"), LEFT)
        return dialog.result()

    monkeypatch.setattr(ForwardAppealDialog, "exec", forward)
    qtbot.mouseClick(page.forward_button, LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1)
    letter = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(opened[0].read_bytes())).pages)
    letter = " ".join(letter.replace("\u00a0", " ").split())
    assert "Przekazanie odwołania" in letter and "Pelnomocnictwo strony" in letter
    assert "po upływie terminu" in letter and f"znak {sign}" in letter
    assert _cell(page, 0, COL_STATE).startswith("przekazane do SKO")
    assert "po terminie" in _cell(page, 0, COL_DEADLINE)  # forwarded late, still said

    def outcome(dialog: OutcomeDialog) -> int:
        dialog.show()
        combo = child(dialog, QComboBox, "sko_outcome")
        combo.setCurrentIndex(combo.findData("quashed_remitted"))
        assert "wniosek pojawi się" in child(dialog, QLabel, "sko_outcome_note").text()
        save = child(dialog, QPushButton, "outcome_save")
        qtbot.mouseClick(save, LEFT)
        assert child(dialog, QLabel, "error_sko_sign").isVisible()
        assert combo.currentData() == "quashed_remitted"  # the choice is kept
        qtbot.keyClicks(child(dialog, QLineEdit, "sko_sign"), "SKO.4101.12.2026")
        qtbot.mouseClick(save, LEFT)
        return dialog.result()

    monkeypatch.setattr(OutcomeDialog, "exec", outcome)
    page.table.selectRow(0)
    qtbot.mouseClick(page.outcome_button, LEFT)
    qtbot.waitUntil(lambda: "rozstrzygnięte" in _cell(page, 0, COL_STATE))
    assert "przekazano do ponownego rozpatrzenia" in _cell(page, 0, COL_STATE)
    view = services.appeals.appeals(benefits_worker)[0]
    assert services.applications.get(benefits_worker, view.application_id).status is \
        ApplicationStatus.REGISTERED
    assert messages == []

    # The head sees the list, and handles nothing.
    head = _page(qtbot, services, coordinator, bus)
    assert head.model.rowCount() == 1 and not head.register_button.isVisible()
    assert not head.forward_button.isVisible()


def test_granted_in_full_by_a_change_decision_the_head_signs(
        qtbot: QtBot, services: Services, benefits_worker: Actor, signer: Actor,
        coordinator: Actor, messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    decision = _signed(services, benefits_worker, signer, who=_woman())
    sign = services.decisions.get(benefits_worker, decision).case_sign

    def register(dialog: RegisterAppealDialog) -> int:
        return fill_registration(qtbot, dialog, sign, "Anna Nowak")

    def grant(dialog: GrantAppealDialog) -> int:
        dialog.show()
        assert dialog.corrects == decision
        amount = child(dialog, QLineEdit, "decision_amount")
        amount.clear()
        qtbot.keyClicks(amount, "800,00")
        qtbot.keyClicks(child(dialog, QLineEdit, "decision_bank_account"), IBAN)
        qtbot.keyClicks(child(dialog, QPlainTextEdit, "decision_reasoning"),
                        "Odwolanie zasluguje na uwzglednienie.")
        qtbot.mouseClick(child(dialog, QPushButton, "decision_save"), LEFT)
        return dialog.result()

    monkeypatch.setattr(RegisterAppealDialog, "exec", register)
    monkeypatch.setattr(GrantAppealDialog, "exec", grant)
    bus = Bus()
    page = _page(qtbot, services, benefits_worker, bus)
    qtbot.mouseClick(page.register_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _cell(page, 0, COL_IN_TIME) == "nie wiadomo (brak daty doręczenia)"
    page.table.selectRow(0)
    qtbot.mouseClick(page.grant_button, LEFT)
    qtbot.waitUntil(lambda: _cell(page, 0, COL_STATE).startswith("uwzględniane"))
    assert messages == []
    granting = services.appeals.appeals(benefits_worker)[0].granting_decision_id
    assert granting is not None
    services.decisions.sign(coordinator, granting)
    bus.changed.emit()  # as the coordinator's tab does after signing
    assert _cell(page, 0, COL_STATE) == "uwzględnione (art. 132)"
    page.table.selectRow(0)
    assert not page.grant_button.isEnabled() and not page.forward_button.isEnabled()
