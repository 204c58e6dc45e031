"""The case's contract list says how often and when each contract was last reviewed: a
review saved from "Ocena…" shows at once in the list, not only on paper; the next review
starts from the statuses the last one gave."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.plans import ActionStatus
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.social_work.contracts import ContractsDialog, ReviewDialog
from tests.services.helpers import contract_a
from tests.ui.test_contracts_ui import _case, _child, _drive

TODAY = wall_today()


def signed_contract_dialog(qtbot: QtBot, services: Services, desk: Actor,
                           social_worker: Actor) -> ContractsDialog:
    """The contracts window of a new case holding one signed variant A contract."""
    case = _case(services, desk, social_worker)
    draft = services.contracts.draft(social_worker, case.id, contract_a())
    services.contracts.sign(social_worker, draft.id, draft.period.starts_on)
    dialog = ContractsDialog(services, social_worker, case)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_saved_review_shows_in_the_contract_list(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = signed_contract_dialog(qtbot, services, desk, social_worker)
    listed = _child(dialog, QListWidget, "contracts_list")
    assert "ocen" not in listed.item(0).text()

    def review(d: QDialog) -> None:
        for i in range(len(d.statuses)):  # type: ignore[attr-defined]
            combo = _child(d, QComboBox, f"review_status_{i + 1}")
            combo.setCurrentIndex(1)
        qtbot.mouseClick(_child(d, QPushButton, "review_save"), Qt.MouseButton.LeftButton)

    seen = _drive(qtbot, monkeypatch, ReviewDialog, review)
    qtbot.mouseClick(_child(dialog, QPushButton, "contract_review"), Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: "ocen: 1" in listed.item(0).text())
    assert f"ostatnia {date_short(TODAY)}" in listed.item(0).text()


def test_the_next_review_starts_from_the_last_reviews_statuses(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = signed_contract_dialog(qtbot, services, desk, social_worker)
    [contract] = dialog.contracts
    first, second = (a.id for a in contract.actions)
    assert first is not None and second is not None
    services.contracts.review(social_worker, contract.id, TODAY, {
        first: ActionStatus.DONE, second: ActionStatus.IN_PROGRESS}, "")
    dialog.reload()
    shown: dict[str, object] = {}

    def look(d: QDialog) -> None:
        shown.update({name: _child(d, QComboBox, name).currentData()
                      for name in ("review_status_1", "review_status_2")})
        d.reject()

    _drive(qtbot, monkeypatch, ReviewDialog, look)
    qtbot.mouseClick(_child(dialog, QPushButton, "contract_review"), Qt.MouseButton.LeftButton)
    assert shown == {"review_status_1": ActionStatus.DONE.value,
                     "review_status_2": ActionStatus.IN_PROGRESS.value}
