"""The head hands meal decisions to the benefits team in the Koordynator tab's "Kto
przygotowuje decyzje…"; the benefits tab then offers the meal form on its own cases, and says
who prepares them while it prepares none."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.benefits.tab import BenefitsTab
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.coordinator.care_team_setting import CareTeamDialog
from ops_desktop.ui.coordinator.tab import CoordinatorTab
from ops_desktop.ui.services_team.meal_dialog import MealDecisionDialog
from tests.ui.looking import keep_grab
from tests.ui.test_care_team import _benefits_case

LEFT = Qt.MouseButton.LeftButton


def test_the_head_hands_meals_to_benefits_and_their_tab_offers_the_form(
        qtbot: QtBot, services: Services, coordinator: Actor, desk: Actor,
        benefits_worker: Actor, messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    sign = _benefits_case(services, desk, benefits_worker)
    bus = Bus()
    benefits = BenefitsTab(services, benefits_worker, bus)
    qtbot.addWidget(benefits)
    benefits.resize(1280, 800)
    benefits.show()
    entry = benefits.service_acts
    assert entry.note.isVisible() and "zespół usług" in entry.note.text()
    assert not any(b.isVisible() for b in entry.buttons())

    head = CoordinatorTab(services, coordinator, bus)
    qtbot.addWidget(head)
    head.show()

    def choose(dialog: CareTeamDialog) -> int:
        dialog.show()
        keep_grab(dialog, "service-act-teams-setting.png")
        meal_benefits = dialog.kinds["meal"][1]
        qtbot.mouseClick(meal_benefits, LEFT, pos=QPoint(8, meal_benefits.height() // 2))
        qtbot.mouseClick(dialog.save_button, LEFT)
        return 1

    monkeypatch.setattr(CareTeamDialog, "exec", choose)
    qtbot.mouseClick(head.care_team_button, LEFT)
    assert messages == []
    assert services.meals.preparing_team() == Team.BENEFITS.value
    assert services.care_decisions.preparing_team() == Team.SERVICES.value
    assert services.shelters.preparing_team() == Team.SERVICES.value
    # The benefits tab follows at once: the meal button, not the others, and no note.
    qtbot.waitUntil(entry.meal_button.isVisible)
    assert not entry.shelter_button.isVisible() and not entry.dps_button.isVisible()
    assert not entry.note.isVisible()
    keep_grab(benefits, "service-act-teams-benefits.png")
    offered: list[str] = []

    def look(dialog: MealDecisionDialog) -> int:
        offered.extend(dialog.case.itemText(i) for i in range(dialog.case.count()))
        return 0

    monkeypatch.setattr(MealDecisionDialog, "exec", look)
    qtbot.mouseClick(entry.meal_button, LEFT)
    assert any(text.startswith(sign) for text in offered), offered
    assert messages == []


def test_benefits_preparing_dps_also_prepares_the_fee_on_a_placement_it_chooses(
        qtbot: QtBot, services: Services, coordinator: Actor, desk: Actor,
        benefits_worker: Actor, messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The art. 61 fee decision goes with the placement: with DPS handed to benefits, their
    tab offers "Odpłatność za DPS…", says so while there is no placement, and then opens the
    fee form on the placement chosen."""
    
    from PySide6.QtWidgets import QInputDialog

    from ops_desktop.services.placements import PlacementInput
    from ops_desktop.ui.services_team.dps_dialogs import FeeDialog
    from ops_desktop.domain.vocabulary import Role
    from tests.conftest import _staff
    from tests.services.test_service_act_teams import _case

    services.placements.set_preparing_team(coordinator, Team.BENEFITS.value)
    bus = Bus()
    benefits = BenefitsTab(services, benefits_worker, bus)
    qtbot.addWidget(benefits)
    benefits.show()
    entry = benefits.service_acts
    qtbot.waitUntil(entry.fee_button.isVisible)
    assert not entry.meal_button.isVisible()
    qtbot.mouseClick(entry.fee_button, LEFT)
    assert messages and "Nie ma jeszcze skierowania" in messages[-1]

    services_worker = _staff(services, "uslugi", "Ewa Opiekun", "opiekunka",
                             frozenset({Role.SERVICES}))
    home = services.placements.add_home(services_worker, "DPS Lipowiec", "ul. Lipowa 1")
    case_id = _case(services, desk, benefits_worker, Team.BENEFITS, "85121711202")
    today = wall_today()
    placed = services.placements.prepare_placement(benefits_worker, PlacementInput(
        case_id, home.id, today, today))
    services.placements.sign(coordinator, placed.id)
    offered: list[str] = []

    def pick(parent: object, title: str, label: str, items: list[str], *rest: object
             ) -> tuple[str, bool]:
        offered.extend(items)
        return items[0], True

    opened: list[str] = []

    def look(dialog: FeeDialog) -> int:
        opened.append(dialog.placement.number)
        return 0

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    monkeypatch.setattr(FeeDialog, "exec", look)
    qtbot.mouseClick(entry.fee_button, LEFT)
    assert offered == [f"{placed.number} – {placed.person_name}, DPS Lipowiec"]
    assert opened == [placed.number]


def test_the_services_pages_turn_their_forms_off_for_a_kind_handed_to_benefits(
        qtbot: QtBot, services: Services, coordinator: Actor) -> None:
    """A services worker's meal, shelter and DPS pages: while the head has handed a kind to
    benefits, its "new decision" buttons are off and a line says who prepares it; handed
    back, they work again."""
    from ops_desktop.domain.vocabulary import Role
    from ops_desktop.ui.services_team.dps_page import DpsPage
    from ops_desktop.ui.services_team.meal_page import MealPage
    from ops_desktop.ui.services_team.shelter_page import ShelterPage
    from tests.conftest import _staff

    worker = _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))
    services.meals.set_preparing_team(coordinator, Team.BENEFITS.value)
    services.placements.set_preparing_team(coordinator, Team.BENEFITS.value)
    bus = Bus()
    meal, shelter, dps = (page(services, worker, bus) for page in (MealPage, ShelterPage,
                                                                   DpsPage))
    for page in (meal, shelter, dps):
        qtbot.addWidget(page)
        page.show()
    qtbot.waitUntil(meal.preparer.isVisible)
    assert not meal.new_button.isEnabled()
    assert "zespół świadczeń" in meal.preparer.text()
    assert not dps.placement_button.isEnabled() and not dps.fee_button.isEnabled()
    assert dps.preparer.isVisible()
    # Shelter decisions stayed with the services team.
    assert shelter.new_button.isEnabled() and not shelter.preparer.isVisible()
    # The line sits beside the turned-off button once the layout has placed it.
    qtbot.waitUntil(lambda: meal.preparer.x() > meal.new_button.x())
    keep_grab(meal, "service-act-teams-meal-page-handed-over.png")

    services.meals.set_preparing_team(coordinator, Team.SERVICES.value)
    bus.changed.emit()
    qtbot.waitUntil(meal.new_button.isEnabled)
    assert not meal.preparer.isVisible()
