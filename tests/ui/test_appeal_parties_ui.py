"""Art. 132 on the 'Odwołania' page: the worker names the other parties who did not appeal
when registering; 'Uwzględnij…' then says on the page why the office may not grant it itself,
and opens no form."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.appeal_dialogs import GrantAppealDialog, RegisterAppealDialog
from ops_desktop.ui.bus import Bus
from tests.services.test_appeals import _signed
from tests.ui.test_appeals_page import LEFT, _page, child, fill_registration


def test_a_party_that_did_not_appeal_is_named_and_stops_the_grant(
        qtbot: QtBot, services: Services, benefits_worker: Actor, signer: Actor,
        messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    decision = _signed(services, benefits_worker, signer)
    sign = services.decisions.get(benefits_worker, decision).case_sign

    def register(dialog: RegisterAppealDialog) -> int:
        return fill_registration(qtbot, dialog, sign, "Jan Zolkiewski", "Maria Nowak")

    opened_grant: list[object] = []
    monkeypatch.setattr(RegisterAppealDialog, "exec", register)
    monkeypatch.setattr(GrantAppealDialog, "exec", lambda d: opened_grant.append(d) or 0)
    page = _page(qtbot, services, benefits_worker, Bus())
    qtbot.mouseClick(page.register_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert services.appeals.appeals(benefits_worker)[0].other_parties == ("Maria Nowak",)
    page.table.selectRow(0)
    qtbot.mouseClick(page.grant_button, LEFT)
    status = child(page, QLabel, "appeals_status")
    qtbot.waitUntil(lambda: status.text() == labels.error("appeal_not_all_parties"))
    assert opened_grant == [] and messages == []
