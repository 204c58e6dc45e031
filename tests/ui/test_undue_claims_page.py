"""Nienależnie pobrane świadczenia, driven as a benefits worker holding the mayor's
authorisation does: a new claim after a signed change decision (a mistyped amount and a
deadline before the decision said next to their fields, nothing typed lost), signing and
printing the recovery decision, a payment above the balance refused, then a waiver."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.undue_benefits import WaiverRequester
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.undue_claim_dialogs import (
    ClaimPaymentDialog,
    NewClaimDialog,
    WaiverDialog,
)
from ops_desktop.ui.benefits.undue_claims_page import UndueClaimsPage
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import choose_data
from tests.services.test_benefits import text_of
from tests.services.test_payment_returns import _revoked
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton
TODAY = wall_today()
REASONING = "Strona nie zglosila podjecia pracy (art. 109); kwota za trzy miesiace."  # keyClicks types ASCII


def _drive(monkeypatch: pytest.MonkeyPatch, kind: type[QDialog],
           steps: Callable[[QDialog], None]) -> None:
    """The modal dialog is shown and driven by `steps` instead of waiting for a person."""
    def exec_(dialog: QDialog) -> int:
        dialog.show()
        steps(dialog)
        return int(dialog.result())

    monkeypatch.setattr(kind, "exec", exec_)


def _error(dialog: QDialog, field: str) -> QLabel:
    label = dialog.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label


def _row(page: UndueClaimsPage) -> list[str]:
    return [page.model.index(0, c).data() for c in range(page.model.columnCount())]


def test_a_claim_from_draft_to_signed_paid_and_waived(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, services: Services, signer: Actor,
        opened: list[Path], messages: list[str]) -> None:
    pid, _, change = _revoked(services, signer)
    page = UndueClaimsPage(services, signer, Bus())
    qtbot.addWidget(page)
    page.resize(1300, 500)
    page.show()
    assert page.model.rowCount() == 0

    def new_claim(dialog: QDialog) -> None:
        assert isinstance(dialog, NewClaimDialog)
        assert change.case_sign in dialog.change.currentText()
        save = dialog.findChild(QPushButton, "new_claim_save")
        qtbot.keyClicks(dialog.amount, "9OO,00")  # letters O for zeros
        dialog.instalments.setValue(3)
        qtbot.keyClicks(dialog.reasoning, REASONING)
        qtbot.mouseClick(save, LEFT)
        assert _error(dialog, "amount").isVisible() and dialog.prepared is None
        assert dialog.amount.text() == "9OO,00"
        assert dialog.reasoning.toPlainText() == REASONING and dialog.instalments.value() == 3
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "900,00")
        yesterday = TODAY - dt.timedelta(days=1)
        dialog.repay_by.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
        qtbot.mouseClick(save, LEFT)
        assert not _error(dialog, "amount").isVisible()
        assert _error(dialog, "repay_by").isVisible() and "decyzji o zwrocie" in \
            _error(dialog, "repay_by").text()
        assert dialog.reasoning.toPlainText() == REASONING and dialog.amount.text() == "900,00"
        keep_grab(dialog, "undue-ui-new-claim.png")
        later = TODAY + dt.timedelta(days=30)
        dialog.repay_by.setDate(QDate(later.year, later.month, later.day))
        qtbot.mouseClick(save, LEFT)
        assert dialog.prepared is not None

    _drive(monkeypatch, NewClaimDialog, new_claim)
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    row = _row(page)
    assert row[0] == "Jan Żółkiewski" and row[-1] == "projekt – do podpisu"
    assert "900,00" in row[2] and page.sign_button.isEnabled()
    assert not page.payment_button.isEnabled()  # nothing is paid on a draft

    qtbot.mouseClick(page.sign_button, LEFT)
    qtbot.waitUntil(lambda: _row(page)[-1] == "w spłacie (raty: 3)")
    number = _row(page)[1]
    qtbot.mouseClick(page.print_button, LEFT)
    printed = text_of(opened[0].read_bytes())
    assert f"nr {number}" in printed and "Katarzyna Wiśniewska" in printed
    assert "PROJEKT" not in printed

    def payment(dialog: QDialog) -> None:
        assert isinstance(dialog, ClaimPaymentDialog)
        save = dialog.findChild(QPushButton, "claim_payment_save")
        qtbot.keyClicks(dialog.amount, "1000")
        qtbot.mouseClick(save, LEFT)
        assert "wyższa" in _error(dialog, "amount").text() and dialog.amount.text() == "1000"
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "300")
        qtbot.mouseClick(save, LEFT)
        assert dialog.recorded is not None

    _drive(monkeypatch, ClaimPaymentDialog, payment)
    page.table.selectRow(0)
    qtbot.mouseClick(page.payment_button, LEFT)
    qtbot.waitUntil(lambda: "600,00" in _row(page)[3])
    # The first instalment (300,00 zł) is paid: the next one is due.
    claim = services.undue_claims.of_person(signer, pid)[0]
    assert _row(page)[4] == claim.instalments[1].due_on.strftime("%d.%m.%Y")
    keep_grab(page, "undue-ui-page.png")

    def waiver(dialog: QDialog) -> None:
        assert isinstance(dialog, WaiverDialog)
        save = dialog.findChild(QPushButton, "waiver_save")
        choose_data(dialog.requested_by, WaiverRequester.SOCIAL_WORKER.value)
        tomorrow = TODAY + dt.timedelta(days=1)
        dialog.waived_on.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        qtbot.mouseClick(save, LEFT)
        assert _error(dialog, "waived_on").isVisible() and dialog.waived is None
        assert dialog.requested_by.currentData() == WaiverRequester.SOCIAL_WORKER.value
        dialog.waived_on.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
        qtbot.mouseClick(save, LEFT)
        assert dialog.waived is not None

    _drive(monkeypatch, WaiverDialog, waiver)
    page.table.selectRow(0)
    qtbot.mouseClick(page.waiver_button, LEFT)
    qtbot.waitUntil(lambda: _row(page)[-1].startswith("umorzona"))
    assert "0,00" in _row(page)[3] and not page.payment_button.isEnabled()
    assert services.undue_claims.of_person(signer, pid)[0].waiver_requested_by is \
        WaiverRequester.SOCIAL_WORKER
    assert messages == []


def test_without_a_change_decision_the_page_says_what_comes_first(
        qtbot: QtBot, services: Services, signer: Actor, messages: list[str]) -> None:
    page = UndueClaimsPage(services, signer, Bus())
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.new_button, LEFT)
    assert "decyzji zmieniającej" in page.status.text() or "decyzję" in page.status.text()
    assert messages == []


def test_the_head_signs_a_recovery_decision_from_the_coordinator_tab(
        qtbot: QtBot, services: Services, signer: Actor, benefits_worker: Actor,
        coordinator: Actor, messages: list[str]) -> None:
    from ops_desktop.ui.coordinator.tab import CoordinatorTab
    from tests.services.test_payment_returns import _claim

    pid, _, change = _revoked(services, signer)
    draft = services.undue_claims.prepare(benefits_worker, _claim(pid, change.id))
    tab = CoordinatorTab(services, coordinator, Bus())
    qtbot.addWidget(tab)
    tab.show()
    page = tab.undue_claims_page
    assert tab.pages.tabText(tab.pages.indexOf(page)) == "Nienależnie pobrane świadczenia"
    tab.pages.setCurrentWidget(page)
    page.table.selectRow(0)
    assert _row(page)[-1] == "projekt – do podpisu" and page.sign_button.isVisible()
    qtbot.mouseClick(page.sign_button, LEFT)
    qtbot.waitUntil(lambda: services.undue_claims.get(coordinator, draft.id).signed)
    assert services.undue_claims.get(coordinator, draft.id).signatory_name == coordinator.full_name
    assert messages == []


def test_hostile_reasoning_and_a_deferral_before_the_deadline_are_said_by_their_fields(
        qtbot: QtBot, services: Services, signer: Actor, messages: list[str]) -> None:
    from ops_desktop.services.recovery_decisions import ChangeChoice

    _, _, change = _revoked(services, signer)
    choices: list[ChangeChoice] = services.recovery_decisions.change_choices(signer)
    dialog = NewClaimDialog(services, signer, choices)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.findChild(QPushButton, "new_claim_save")
    qtbot.keyClicks(dialog.amount, "120,50")
    hostile = "Robert'); DROP TABLE undue_claims;--\x07"
    dialog.reasoning.setPlainText(hostile)
    qtbot.mouseClick(dialog.deferred, LEFT)
    assert dialog.deferred_to.isEnabled()
    early = TODAY + dt.timedelta(days=1)  # before the deadline of 30 days: no deferral
    dialog.deferred_to.setDate(QDate(early.year, early.month, early.day))
    qtbot.mouseClick(save, LEFT)
    assert _error(dialog, "reasoning").isVisible() and dialog.prepared is None
    assert dialog.reasoning.toPlainText() == hostile and dialog.amount.text() == "120,50"
    dialog.reasoning.setPlainText(hostile.rstrip("\x07"))
    qtbot.mouseClick(save, LEFT)
    assert not _error(dialog, "reasoning").isVisible()
    assert "po terminie zwrotu" in _error(dialog, "deferred_to").text()
    qtbot.mouseClick(dialog.deferred, LEFT)  # no deferral after all: the date stays typed
    assert not dialog.deferred_to.isEnabled() and dialog.deferred_to.date() == QDate(
        early.year, early.month, early.day)
    qtbot.mouseClick(save, LEFT)
    assert dialog.prepared is not None and dialog.prepared.deferred_to is None
    assert dialog.prepared.change_decision_id == change.id
    assert services.undue_claims.get(signer, dialog.prepared.id).reasoning.startswith("Robert')")
    assert messages == []
