"""The head's signing list ('Projekty decyzji do podpisu') holds the recovery decisions'
drafts (art. 104 ust. 3 u.p.s.), the DPS placements with their fee decisions and the shelter
decisions with the decisions' drafts: counted, confirmed and signed in one stack."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import BenefitForm, DecisionStatus
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.coordinator.sign_confirmation import SignConfirmation
from tests.services.test_payment_returns import _claim, _revoked
from tests.services.test_appeals import _woman
from tests.services.test_benefits import application, grant
from tests.ui.test_coordinator import (  # noqa: F401 - a fixture
    LEFT,
    child,
    confirmations,
    open_tab,
    select_all,
)


def test_a_recovery_draft_is_signed_with_the_decisions_drafts(
        qtbot: QtBot, services: Services, signer: Actor, benefits_worker: Actor,
        coordinator: Actor, messages: list[str],
        confirmations: list[SignConfirmation], opened: list[Path]) -> None:  # noqa: F811
    pid, _, change = _revoked(services, signer)
    claim = services.undue_claims.prepare(benefits_worker, _claim(pid, change.id))
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("100"),
                         who=_woman())
    services.decisions.prepare(benefits_worker, grant(app.id, Decimal("600.00"),
                                                      period_to=wall_today() + dt.timedelta(90)))
    tab = open_tab(qtbot, services, coordinator)
    table = child(tab, QTableView, "drafts_table")
    model = table.model()
    assert model.rowCount() == 2
    assert "Projekty decyzji do podpisu: 2" in child(tab, QLabel, "coordinator_overview").text()
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "zwrot nienależnie pobranych świadczeń" in first
    assert change.case_sign in first
    select_all(qtbot, table)
    qtbot.mouseClick(child(tab, QPushButton, "sign_selected"), LEFT)
    assert "zwrot nienależnie pobranych" in confirmations[0].listing.item(0).text()
    assert child(tab, QLabel, "sign_report").text() == "Podpisano 2 z 2 decyzji."
    assert services.undue_claims.get(coordinator, claim.id).signed
    assert services.decisions.count(coordinator, DecisionStatus.DRAFT) == 0
    assert model.rowCount() == 0 and messages == []


def test_dps_and_shelter_drafts_are_signed_from_the_heads_list(
        qtbot: QtBot, services: Services, desk: Actor, coordinator: Actor, messages: list[str],
        confirmations: list[SignConfirmation], opened: list[Path]) -> None:  # noqa: F811
    from tests.placements.test_placement_services import (
        TODAY, _case, _completed, _fee, _home, _shelter)
    from tests.conftest import _staff
    from tests.services.helpers import person
    from ops_desktop.domain.vocabulary import Role
    from ops_desktop.services.placements import PlacementInput
    from ops_desktop.services.shelters import ShelterDecisionInput

    carer = _staff(services, "uslugi", "Ewa Opiekun", "pracownik socjalny",
                   frozenset({Role.SERVICES}))
    placement = services.placements.prepare_placement(carer, PlacementInput(
        _case(services, desk, carer), _home(services, carer), TODAY, TODAY,
        "Wymaga całodobowej opieki."))
    homeless = _case(services, desk, carer, person("Anna", "Nowak", "02270803624"))
    shelter = services.shelters.prepare_decision(carer, ShelterDecisionInput(
        homeless, _shelter(services, carer), _completed(services, carer, homeless), TODAY,
        TODAY, TODAY + dt.timedelta(days=90), "Osoba bezdomna."))
    tab = open_tab(qtbot, services, coordinator)
    table = child(tab, QTableView, "drafts_table")
    model = table.model()
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert any("skierowanie do domu pomocy społecznej" in r for r in rows)
    assert any("przyznanie schronienia" in r for r in rows)
    select_all(qtbot, table)
    qtbot.mouseClick(child(tab, QPushButton, "sign_selected"), LEFT)
    assert child(tab, QLabel, "sign_report").text() == "Podpisano 2 z 2 decyzji."
    assert all(d.signed for d in services.placements.decisions(coordinator)
               if d.id == placement.id)
    assert [d.signed for d in services.shelters.decisions(coordinator)
            if d.id == shelter.id] == [True]
    # the fee decision follows its signed placement, from the same list
    fee = services.placements.prepare_fee(carer, _fee(placement.id))
    tab.refresh()
    select_all(qtbot, table)
    qtbot.mouseClick(child(tab, QPushButton, "sign_selected"), LEFT)
    assert [d.signed for d in services.placements.decisions(coordinator)
            if d.id == fee.id] == [True]
    assert model.rowCount() == 0 and messages == []


def test_a_meal_draft_is_signed_from_the_heads_list(
        qtbot: QtBot, services: Services, desk: Actor, coordinator: Actor, messages: list[str],
        confirmations: list[SignConfirmation], opened: list[Path]) -> None:  # noqa: F811
    from tests.conftest import _staff
    from tests.meals.test_meal_services import _case as _meal_case
    from tests.meals.test_meal_services import _input, _interview
    from ops_desktop.domain.vocabulary import Role

    carer = _staff(services, "uslugi", "Ewa Opiekun", "pracownik socjalny",
                   frozenset({Role.SERVICES}))
    case_id, pid = _meal_case(services, desk, carer)
    meal = services.meals.prepare(carer, _input(case_id, pid, _interview(services, carer,
                                                                         case_id)))
    tab = open_tab(qtbot, services, coordinator)
    table = child(tab, QTableView, "drafts_table")
    model = table.model()
    (row,) = [[model.index(r, c).data() for c in range(model.columnCount())]
              for r in range(model.rowCount())]
    assert "przyznanie posiłku" in row and meal.case_sign in row
    assert any("136,50" in str(cell) for cell in row)  # 21 × 6,50 zł, the decision's cost
    select_all(qtbot, table)
    qtbot.mouseClick(child(tab, QPushButton, "sign_selected"), LEFT)
    assert child(tab, QLabel, "sign_report").text() == "Podpisano 1 z 1 decyzji."
    assert [d.signed for d in services.meals.decisions(coordinator)] == [True]
    assert model.rowCount() == 0 and messages == []
