"""'Zarejestruj odwołanie…' for a zażalenie: the signed suspension is offered with the case's
acts, the form counts the postanowienie's 7 days (not an appeal's 14) as the days are typed,
and the page names it a zażalenie and offers no change decision to grant it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ops_desktop.domain.act_kinds import days_deadline
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import BenefitForm
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.appeal_dialogs import RegisterAppealDialog
from ops_desktop.ui.benefits.application_dialog import to_qdate
from ops_desktop.ui.bus import Bus
from tests.services.test_benefits import application
from tests.services.test_procedural_acts import order
from tests.ui.test_appeals_page import LEFT, _page, child, fill_registration

TODAY = wall_today()
DELIVERED = TODAY - dt.timedelta(days=20)


def test_a_zazalenie_is_judged_by_seven_days(
        qtbot: QtBot, services: Services, benefits_worker: Actor, signer: Actor,
        messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    draft = services.procedural_acts.prepare_order(benefits_worker, order(app.id))
    services.decisions.sign(signer, draft.id, on=TODAY - dt.timedelta(days=25))
    late = days_deadline(DELIVERED, 7) + dt.timedelta(days=1)  # within 14, past 7

    def register(dialog: RegisterAppealDialog) -> int:
        dialog.delivered_known.setChecked(True)
        dialog.delivered_on.setDate(to_qdate(DELIVERED))
        dialog.lodged_on.setDate(to_qdate(late))
        dialog.received_on.setDate(to_qdate(late))
        result = fill_registration(qtbot, dialog, app.case_sign, "Jan Zolkiewski")
        text = child(dialog, QLabel, "appeal_judgement").text()
        assert "zażalenie (7 dni" in text and "PO TERMINIE" in text
        assert date_short(days_deadline(DELIVERED, 7)) in text
        return result

    monkeypatch.setattr(RegisterAppealDialog, "exec", register)
    page = _page(qtbot, services, benefits_worker, Bus())
    qtbot.mouseClick(page.register_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    assert "zażalenie na postanowienie" in child(page, QLabel, "appeal_detail").text()
    assert page.forward_button.isEnabled() and not page.grant_button.isEnabled()
    assert messages == []
