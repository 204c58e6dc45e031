"""A team's inbox driven as a person does: returning a referral with a reason."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.vocabulary import ReferralStatus, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import StorageEnvironmentError, StorageProblem
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.inbox import InboxPanel, ReturnDialog
from tests.services.helpers import person, referral_intake

LEFT = Qt.MouseButton.LeftButton
REASON = "Brak zaswiadczenia o dochodach - prosze uzupelnic."


def test_a_failed_return_keeps_the_dialog_open_with_the_reason_typed(
    qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor,
    messages: list[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid)).referral_id
    real_return = services.referrals.return_
    calls: list[str] = []

    def locked_once(actor: Actor, referral_id: uuid.UUID, reason: str) -> None:
        calls.append(reason)
        if len(calls) == 1:
            raise StorageEnvironmentError(StorageProblem.LOCKED, "database is locked")
        real_return(actor, referral_id, reason)

    monkeypatch.setattr(services.referrals, "return_", locked_once)
    seen: list[ReturnDialog] = []

    def fill(dialog: ReturnDialog) -> int:
        seen.append(dialog)
        dialog.show()
        reason = dialog.findChild(QPlainTextEdit, "return_reason")
        save = dialog.findChild(QPushButton, "return_save")
        assert reason is not None and save is not None
        qtbot.mouseClick(save, LEFT)  # no reason yet: told by the field, nothing sent
        error = dialog.findChild(QLabel, "error_return_reason")
        assert error is not None and error.isVisible() and error.text() == labels.error("required")
        assert calls == [] and dialog.isVisible()
        qtbot.keyClicks(reason, REASON)
        qtbot.mouseClick(save, LEFT)  # the file is locked
        assert messages == [labels.error("locked")]
        assert dialog.isVisible() and reason.toPlainText() == REASON
        assert services.referrals.inbox_count(benefits_worker, Team.BENEFITS.value) == 1
        qtbot.mouseClick(save, LEFT)  # the file is free again
        assert not dialog.isVisible()
        return dialog.result()

    monkeypatch.setattr(ReturnDialog, "exec", fill)
    bus = Bus()
    changed: list[bool] = []
    bus.changed.connect(lambda: changed.append(True))
    panel = InboxPanel(services, benefits_worker, bus, Team.BENEFITS.value)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.return_button, LEFT)

    assert seen and calls == [REASON, REASON]
    assert changed == [True]
    returned = services.referrals.returned_to(desk, Team.FIRST_CONTACT.value)
    assert [(r.id, r.status, r.return_reason) for r in returned] == [
        (rid, ReferralStatus.RETURNED, REASON)]
    assert messages == [labels.error("locked")]
