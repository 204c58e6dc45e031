"""The head chooses in the Koordynator tab which team prepares decisions granting care; the
chosen team's page offers the one decision form on its case, the other team's page says who
prepares them, and the service refuses the other team in words."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text as sql

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import CareKind, DecisionStatus, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.tab import BenefitsTab
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.care_team_setting import CareTeamDialog
from ops_desktop.ui.coordinator.tab import CoordinatorTab
from ops_desktop.ui.services_team.care_decision_dialog import CareDecisionDialog
from ops_desktop.ui.services_team.care_page import CarePage
from tests.conftest import _staff
from tests.services.helpers import PESEL_MAN_1944, PESEL_WOMAN_1985, person, referral_intake
from tests.ui.looking import keep_grab

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _benefits_case(services: Services, desk: Actor, worker: Actor,
                   pesel: str = PESEL_MAN_1944, last: str = "Żółkiewski") -> str:
    """A benefits case with an application the worker has registered; returns its sign."""
    
    from ops_desktop.domain.vocabulary import BenefitForm
    from ops_desktop.services.applications import ApplicationInput

    pid = services.persons.register_household(desk, person(last=last, pesel=pesel), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.BENEFITS)).referral_id
    assert rid is not None
    services.referrals.accept(worker, rid)
    app = services.applications.register(worker, ApplicationInput(
        person_id=pid, received_on=wall_today(), form=BenefitForm.PERIODIC,
        purpose="", unable_to_work=False, requested_from=None, requested_to=None))
    return app.case_sign


def test_the_head_hands_care_decisions_to_benefits_and_it_is_audited(
        qtbot: QtBot, services: Services, coordinator: Actor, messages: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    tab = CoordinatorTab(services, coordinator, Bus())
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    assert tab.care_team_button.isVisible()
    seen: list[bool] = []

    def run(dialog: CareTeamDialog) -> int:
        dialog.show()
        seen.append(dialog.services_team.isChecked())  # the office starts with services
        keep_grab(dialog, "care-team-setting.png")
        # On the round mark, where a person clicks (the row's far right is not the button).
        qtbot.mouseClick(dialog.benefits_team, LEFT,
                         pos=QPoint(8, dialog.benefits_team.height() // 2))
        seen.append(dialog.benefits_team.isChecked())
        qtbot.mouseClick(dialog.save_button, LEFT)
        seen.append(dialog.saved == Team.BENEFITS.value)
        return 1

    monkeypatch.setattr(CareTeamDialog, "exec", run)
    qtbot.mouseClick(tab.care_team_button, LEFT)
    assert seen == [True, True, True] and messages == [], (seen, messages)
    assert services.care_decisions.preparing_team() == Team.BENEFITS.value
    with services.db.engine.connect() as c:
        rows = c.execute(sql(
            "SELECT actor_id, changes FROM audit_log WHERE entity = 'settings' "
            "AND entity_id = 'care_decisions_team'")).all()
    assert rows and "benefits" in rows[-1][1]
    assert str(rows[-1][0]).replace("-", "") == coordinator.user_id.hex


def test_no_button_for_workers_who_are_not_the_head(qtbot: QtBot, services: Services,
                                                    carer: Actor) -> None:
    tab = CoordinatorTab(services, carer, Bus())
    qtbot.addWidget(tab)
    assert not tab.care_team_button.isVisibleTo(tab)


def test_services_prepare_and_benefits_are_told_so(
        qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor,
        messages: list[str]) -> None:
    _benefits_case(services, desk, benefits_worker)
    tab = BenefitsTab(services, benefits_worker, Bus())
    qtbot.addWidget(tab)
    tab.show()
    entry = tab.care_decision
    assert not entry.button.isVisible()
    assert entry.note.isVisible() and "zespół usług" in entry.note.text()
    assert messages == []


def test_benefits_prepare_on_their_application_and_services_are_told_so(
        qtbot: QtBot, services: Services, desk: Actor, benefits_worker: Actor, carer: Actor,
        coordinator: Actor, messages: list[str], opened: list[Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    sign = _benefits_case(services, desk, benefits_worker)
    # A second case, chosen first in the form unless the selected application's is preset.
    _benefits_case(services, desk, benefits_worker, PESEL_WOMAN_1985, "Nowak")
    bus = Bus()
    care = CarePage(services, carer, bus)
    qtbot.addWidget(care)
    care.show()
    assert care.decision_button.isVisible() and not care.decision_entry.note.isVisible()
    tab = BenefitsTab(services, benefits_worker, bus)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    assert not tab.care_decision.button.isVisible()
    # The head's choice reaches both open pages at once.
    services.care_decisions.set_preparing_team(coordinator, Team.BENEFITS.value)
    bus.changed.emit()
    assert not care.decision_button.isVisible()
    assert "zespół świadczeń" in care.decision_entry.note.text()
    assert care.decision_entry.note.isVisible()
    care.resize(1100, 600)
    keep_grab(care, "care-team-care.png")
    assert tab.care_decision.button.isVisible() and not tab.care_decision.note.isVisible()
    row = tab.model.row_of(lambda a: a.case_sign, sign)
    assert row is not None
    tab.table.selectRow(row)
    keep_grab(tab, "care-team-benefits.png")

    def run(dialog: CareDecisionDialog) -> int:
        dialog.show()
        assert dialog.case.currentText().startswith(sign)
        qtbot.keyClicks(dialog.hours, "8")
        qtbot.keyClicks(dialog.scope, "Zakupy, sprzatanie.")
        qtbot.keyClicks(dialog.place, "mieszkanie Strony")
        qtbot.keyClicks(dialog.provider, "opiekunki MGOPS")
        qtbot.keyClicks(dialog.income, "900,00")
        qtbot.waitUntil(lambda: "0%" in dialog.fee.text())
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.saved is not None
        return 1

    monkeypatch.setattr(CareDecisionDialog, "exec", run)
    qtbot.mouseClick(tab.care_decision.button, LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert messages == []
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(opened[0].read_bytes())).pages)
    assert "PROJEKT" in text and sign in text
    drafts = services.decisions.page(coordinator, DecisionStatus.DRAFT)
    assert [(d.form, d.case_sign) for d in drafts] == [(CareKind.CARE, sign)]
