"""A benefits worker sees on the application that a member of the household broke a
kontrakt socjalny, and when (art. 11 ust. 2 u.p.s.) – never what the contract said."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.contracts import EndReason
from ops_desktop.domain.vocabulary import BenefitForm, Team
from ops_desktop.i18n.format import date_short
from ops_desktop.services.applications import ApplicationInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.application_panel import ApplicationPanel
from ops_desktop.ui.bus import Bus
from tests.services.helpers import SECRET, contract_a, person, referral_intake

TODAY = wall_today()


def _panel(qtbot: QtBot, services: Services, actor: Actor, app_id: object) -> ApplicationPanel:
    panel = ApplicationPanel(services, actor, Bus())
    qtbot.addWidget(panel)
    panel.show()
    panel.show_application(app_id)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: panel.app is not None)
    return panel


def test_the_application_shows_only_the_fact_and_day_of_a_broken_contract(
        qtbot: QtBot, services: Services, desk: Actor, social_worker: Actor,
        benefits_worker: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [])
    app = services.applications.register(benefits_worker, ApplicationInput(
        pid, TODAY, BenefitForm.PERMANENT, unable_to_work=True))
    panel = _panel(qtbot, services, benefits_worker, app.id)
    note = panel.findChild(QLabel, "broken_contract_note")
    assert note is not None and not note.isVisible()  # nothing broken yet

    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    case = services.referrals.accept(social_worker, rid)
    draft = services.contracts.draft(social_worker, case.id, contract_a())
    signed = services.contracts.sign(social_worker, draft.id, TODAY - dt.timedelta(days=30))
    services.contracts.end(social_worker, signed.id, EndReason.BROKEN, TODAY, SECRET)
    panel.refresh()
    qtbot.waitUntil(note.isVisible)
    assert "Jan Żółkiewski" in note.text() and date_short(TODAY) in note.text()
    assert "art. 11 ust. 2" in note.text()
    shown = " ".join(label.text() for label in panel.findChildren(QLabel))
    for secret in (SECRET, "Wyjście z zadłużenia", "Działanie 1"):
        assert secret not in shown
