"""Art. 132 on the 'Odwołania' page: the worker names the other parties who did not appeal
when registering; 'Uwzględnij…' then says on the page why the office may not grant it itself
and opens no form, until 'Zgoda pozostałych stron…' records their consent (§ 2)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.appeal_consent import ConsentDialog
from ops_desktop.ui.benefits.appeal_dialogs import GrantAppealDialog, RegisterAppealDialog
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.bus import Bus
from tests.services.test_appeals import _signed
from tests.ui.test_appeals_page import LEFT, _page, child, fill_registration

TODAY = wall_today()


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

    # Their consent is recorded (art. 132 § 2): a wrong day is said under the field, then the
    # office may grant it and the consent button has done its work.
    def consent(dialog: ConsentDialog) -> int:
        dialog.show()
        dialog.consented_on.setDate(to_qdate(TODAY + dt.timedelta(days=1)))
        save = child(dialog, QPushButton, "consent_save")
        qtbot.mouseClick(save, LEFT)
        assert child(dialog, QLabel, "error_others_consented_on").isVisible()
        dialog.consented_on.setDate(to_qdate(TODAY))
        qtbot.mouseClick(save, LEFT)
        return dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", consent)
    assert page.consent_button.isEnabled()
    qtbot.mouseClick(page.consent_button, LEFT)
    qtbot.waitUntil(lambda: services.appeals.appeals(benefits_worker)[0].all_parties_agree)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: not page.consent_button.isEnabled())
    qtbot.mouseClick(page.grant_button, LEFT)
    assert len(opened_grant) == 1
