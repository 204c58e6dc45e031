"""Kontrakt socjalny driven from a social-work case as a worker does: draw up (a mistake keeps
what was typed), sign, print, review, annex and end."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.contracts import ContractStatus, EndReason
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import CaseView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.social_work import contracts as contracts_ui
from ops_desktop.ui.social_work.contract_form import AnnexForm, ContractForm
from ops_desktop.ui.social_work.contracts import (
    ContractsDialog,
    EndDialog,
    ReviewDialog,
    SignDialog,
)
from ops_desktop.ui.social_work.tab import SocialWorkTab
from tests.services.helpers import person, referral_intake

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()


def _case(services: Services, desk: Actor, social_worker: Actor) -> CaseView:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    return services.referrals.accept(social_worker, rid)


def _drive(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, cls: type[QDialog],
           fill: Callable[[QDialog], None]) -> list[QDialog]:
    """Replace the modal loop of `cls`: `fill` types and clicks in the shown dialog."""
    seen: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isVisible)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", run)
    return seen


def _child(dialog: QDialog, cls: type, name: str):  # type: ignore[no-untyped-def]
    found = dialog.findChild(cls, name)
    assert found is not None, name
    return found


def _editor(table: QTableView) -> QLineEdit:
    """The cell editor the table has open."""
    [editor] = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    return editor


def _type_in_cell(qtbot: QtBot, table: QTableView, row: int, column: int, text: str) -> None:
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = _editor(table)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: index.data(Qt.ItemDataRole.EditRole) == text)


# Typed text is ASCII: Qt's test key events know no Polish letters (the service tests cover them).
def _fill_contract(qtbot: QtBot, dialog: QDialog, state: dict[str, object]) -> None:
    qtbot.keyClicks(_child(dialog, QLineEdit, "contract_worker_phone"), "95 761 00 00")
    for name, text in (("contract_causes", "Utrata pracy i brak dochodu."),
                       ("contract_strengths", "Ma prawo jazdy."),
                       ("contract_limitations", "Brak opieki nad dzieckiem."),
                       ("contract_main_goal", "Praca na umowie."),
                       ("contract_goals", "Terminowe rachunki")):
        qtbot.keyClicks(_child(dialog, QPlainTextEdit, name), text)
    qtbot.mouseClick(_child(dialog, QPushButton, "add_action"), LEFT)
    table = _child(dialog, QTableView, "contract_actions")
    editor = _editor(table)  # "Dodaj działanie" opens the new row's first cell
    qtbot.keyClicks(editor, "Rejestracja w PUP")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model().index(0, 0).data() == "Rejestracja w PUP")
    _type_in_cell(qtbot, table, 0, 3, (TODAY + dt.timedelta(days=20)).strftime("%d.%m.%Y"))
    _type_in_cell(qtbot, table, 0, 4, "karta rejestracyjna PUP")
    # First a period that ends before it starts: refused, said under the field, nothing lost.
    _child(dialog, QDateEdit, "contract_ends_on").setDate(to_qdate(TODAY - dt.timedelta(days=1)))
    qtbot.mouseClick(_child(dialog, QPushButton, "contract_save"), LEFT)
    error = _child(dialog, QLabel, "error_ends_on")
    state["error"] = error.text()
    state["kept"] = _child(dialog, QPlainTextEdit, "contract_causes").toPlainText()
    state["kept_action"] = table.model().index(0, 0).data()
    assert dialog.result() != QDialog.DialogCode.Accepted
    _child(dialog, QDateEdit, "contract_ends_on").setDate(to_qdate(TODAY + dt.timedelta(days=90)))
    qtbot.mouseClick(_child(dialog, QPushButton, "contract_save"), LEFT)
    state["left"] = [w.text() for w in dialog.findChildren(QLabel)
                     if w.objectName().startswith("error_") and w.text()]


def test_a_worker_draws_up_signs_prints_reviews_annexes_and_ends_a_contract(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(services, desk, social_worker)
    state: dict[str, object] = {}
    _drive(qtbot, monkeypatch, ContractForm, lambda d: _fill_contract(qtbot, d, state))
    _drive(qtbot, monkeypatch, SignDialog,
           lambda d: qtbot.mouseClick(_child(d, QPushButton, "sign_save"), LEFT))

    def review(d: QDialog) -> None:
        combo = _child(d, QComboBox, "review_status_1")
        combo.setCurrentIndex(combo.findData("done"))
        qtbot.keyClicks(_child(d, QPlainTextEdit, "review_note"), "Zarejestrowany w PUP.")
        qtbot.mouseClick(_child(d, QPushButton, "review_save"), LEFT)

    def annex(d: QDialog) -> None:
        qtbot.keyClicks(_child(d, QPlainTextEdit, "annex_text"), "Termin do konca kwartalu.")
        qtbot.mouseClick(_child(d, QPushButton, "annex_save"), LEFT)

    def end(d: QDialog) -> None:
        combo = _child(d, QComboBox, "end_reason")
        combo.setCurrentIndex(combo.findData(EndReason.BROKEN.value))
        qtbot.mouseClick(_child(d, QPushButton, "end_save"), LEFT)

    _drive(qtbot, monkeypatch, ReviewDialog, review)
    _drive(qtbot, monkeypatch, AnnexForm, annex)
    _drive(qtbot, monkeypatch, EndDialog, end)
    printed: list[bytes] = []
    monkeypatch.setattr(contracts_ui.pdf, "hand_over",
                        lambda _parent, data, _name: printed.append(data))

    dialog = ContractsDialog(services, social_worker, case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.buttons["sign"].isEnabled()  # nothing to sign yet
    qtbot.mouseClick(dialog.buttons["new"], LEFT)
    assert state["error"] == labels.error("before_start")
    assert state["kept"] == "Utrata pracy i brak dochodu."
    assert state["kept_action"] == "Rejestracja w PUP"
    assert state["left"] == [] and messages == []
    [made] = services.contracts.contracts_of_case(social_worker, case.id)
    assert made.status is ContractStatus.DRAFT and made.actions[0].assessed_by == "karta rejestracyjna PUP"
    assert not dialog.buttons["annex"].isEnabled()  # a draft is corrected, not annexed
    qtbot.mouseClick(dialog.buttons["sign"], LEFT)
    qtbot.mouseClick(dialog.buttons["print"], LEFT)
    [pdf] = printed
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "KONTRAKT SOCJALNY" in text and "Rejestracja w PUP" in text
    qtbot.mouseClick(dialog.buttons["review"], LEFT)
    qtbot.mouseClick(dialog.buttons["annex"], LEFT)
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.buttons["end"], LEFT)
    got = services.contracts.contract(social_worker, made.id)
    assert got.signed and len(got.reviews) == 1 and len(got.annex_ids) == 1
    assert got.end_reason is EndReason.BROKEN
    assert "niedotrzymany" in dialog.list.item(0).text()
    assert messages == []


def test_the_case_opens_its_contracts_and_the_head_only_reads_them(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        coordinator: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(services, desk, social_worker)
    seen = _drive(qtbot, monkeypatch, ContractsDialog, lambda d: d.reject())
    tab = SocialWorkTab(services, social_worker, Bus())
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.choose_case(case.id))
    assert tab.notes.contracts_button.isEnabled()
    qtbot.mouseClick(tab.notes.contracts_button, LEFT)
    assert len(seen) == 1 and isinstance(seen[0], ContractsDialog)
    head = ContractsDialog(services, coordinator, case)
    qtbot.addWidget(head)
    assert not head.buttons["new"].isEnabled()
