"""The head chooses which team prepares meal, shelter and DPS decisions, one choice per kind
(care keeps its own stored choice); the services hold each team to it with the refusal that
names the preparing team, and the benefits team prepares them on its own cases when chosen
(on a real SQLite file)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.meals import MealKind
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.meals import MealDecisionInput
from ops_desktop.services.placements import PlacementInput
from ops_desktop.services.preparing_teams import ActKind, PreparedByOtherTeam, \
    preparing_teams
from ops_desktop.services.shelters import ShelterDecisionInput

from ..conftest import _staff
from .helpers import PESEL_WOMAN_1985, interview_answers, person, referral_intake
from .placement_cases import ENTRY

TODAY = wall_today()
YESTERDAY = TODAY - dt.timedelta(days=1)


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _case(services: Services, desk: Actor, worker: Actor, team: Team, pesel: str) -> uuid.UUID:
    pid = services.persons.register_household(desk, person("Maria", "Nowak", pesel), [])
    return _referred(services, desk, worker, team, pid)


def _referred(services: Services, desk: Actor, worker: Actor, team: Team,
              person_id: uuid.UUID) -> uuid.UUID:
    rid = services.intake.record(desk, referral_intake(person_id, team)).referral_id
    assert rid is not None
    return services.referrals.accept(worker, rid).id


def _interview(services: Services, desk: Actor, head: Actor, case_id: uuid.UUID
               ) -> uuid.UUID:
    """A completed interview of the case's person; on a benefits case the social-work team
    conducts it on its own case (the head accepts the referral here)."""
    party = services.meals.members(head, case_id)[0].id
    if services.cases.get(head, case_id).team == Team.BENEFITS.value:
        case_id = _referred(services, desk, head, Team.SOCIAL_WORK, party)
    opened = services.interviews.open(head, case_id, YESTERDAY)
    services.interviews.save(head, opened.id, interview_answers(), YESTERDAY, "w domu")
    services.interviews.complete(head, opened.id)
    return opened.id


def _meal(services: Services, desk: Actor, head: Actor, case_id: uuid.UUID
          ) -> MealDecisionInput:
    party = services.meals.members(head, case_id)[0].id
    first = TODAY.replace(day=1)
    return MealDecisionInput(case_id, party, MealKind.HOT_MEAL, "Bar „Smak”", TODAY, first,
                             first + dt.timedelta(days=27), 20, 1, Decimal("12.00"),
                             Decimal("1500.00"), 1, _interview(services, desk, head, case_id))


def test_a_draft_left_on_the_other_teams_case_is_dropped_by_that_team_only(
        services: Services, desk: Actor, carer: Actor, benefits_worker: Actor,
        coordinator: Actor) -> None:
    """The services team left a DPS draft on its case; the head then hands DPS to benefits.
    Benefits may not drop the services team's draft; the services team still may."""
    services_case = _case(services, desk, carer, Team.SERVICES, PESEL_WOMAN_1985)
    home = services.placements.add_home(carer, "DPS Lipowiec", "ul. Lipowa 1")
    left = services.placements.prepare_placement(carer, PlacementInput(
        services_case, home.id, TODAY, TODAY))
    services.placements.set_preparing_team(coordinator, Team.BENEFITS.value)
    with pytest.raises(PreparedByOtherTeam) as refused:
        services.placements.discard(benefits_worker, left.id)
    assert refused.value.code == "dps_decisions_by_services"
    services.placements.discard(carer, left.id)
    assert [d.id for d in services.placements.decisions(carer)] == []


def test_benefits_prepare_meal_shelter_and_dps_decisions_only_when_the_head_says(
        services: Services, desk: Actor, carer: Actor, benefits_worker: Actor,
        coordinator: Actor) -> None:
    services_case = _case(services, desk, carer, Team.SERVICES, PESEL_WOMAN_1985)
    benefits_case = _case(services, desk, benefits_worker, Team.BENEFITS, "02270803624")
    assert set(preparing_teams(services.meals.db).values()) == {Team.SERVICES.value}
    meal = _meal(services, desk, coordinator, services_case)
    # By default the services team prepares them; benefits is told so, in words.
    with pytest.raises(PreparedByOtherTeam) as refused:
        services.meals.prepare(benefits_worker, meal)
    assert refused.value.code == "meal_decisions_by_services"
    assert isinstance(refused.value, PermissionDenied)
    with pytest.raises(PreparedByOtherTeam) as refused:
        services.placements.homes(benefits_worker)
    assert refused.value.code == "dps_decisions_by_services"
    services.meals.discard(carer, services.meals.prepare(carer, meal).id)

    # Meals handed to benefits: the services team is refused, benefits prepare on their case.
    services.meals.set_preparing_team(coordinator, Team.BENEFITS.value)
    assert services.meals.preparing_team() == Team.BENEFITS.value
    assert services.care_decisions.preparing_team() == Team.SERVICES.value  # kinds apart
    with pytest.raises(PreparedByOtherTeam) as refused:
        services.meals.prepare(carer, meal)
    assert refused.value.code == "meal_decisions_by_benefits"
    with pytest.raises(ConflictError, match="not_benefits_case"):
        services.meals.prepare(benefits_worker, meal)
    own = _meal(services, desk, coordinator, benefits_case)
    draft = services.meals.prepare(benefits_worker, own)
    assert services.meals.document(benefits_worker, draft.id)[:4] == b"%PDF"
    assert [d.id for d in services.meals.decisions(benefits_worker)] == [draft.id]
    assert services.meals.sign(coordinator, draft.id).signed
    # Shelter and DPS are still the services team's: the meal choice did not move them.
    with pytest.raises(PreparedByOtherTeam):
        services.shelters.register(benefits_worker)

    # Shelter and DPS handed over too: benefits prepare both on their own case.
    services.shelters.set_preparing_team(coordinator, Team.BENEFITS.value)
    services.placements.set_preparing_team(coordinator, Team.BENEFITS.value)
    shelter = services.shelters.add_shelter(carer, ENTRY, TODAY)
    assert [v.id for v in services.shelters.register(benefits_worker)] == [shelter.id]
    stay = services.shelters.prepare_decision(benefits_worker, ShelterDecisionInput(
        benefits_case, shelter.id, own.interview_id, TODAY, TODAY,
        TODAY + dt.timedelta(days=30)))
    with pytest.raises(PreparedByOtherTeam) as refused:
        services.shelters.discard(carer, stay.id)
    assert refused.value.code == "shelter_decisions_by_benefits"
    home = services.placements.add_home(carer, "DPS Lipowiec", "ul. Lipowa 1")
    placed = services.placements.prepare_placement(benefits_worker, PlacementInput(
        benefits_case, home.id, TODAY, TODAY))
    with pytest.raises(PreparedByOtherTeam):
        services.placements.prepare_placement(carer, PlacementInput(
            services_case, home.id, TODAY, TODAY))
    services.placements.discard(benefits_worker, placed.id)

    # Nothing but the two teams is taken, and only the head chooses.
    with pytest.raises(ValidationError):
        services.shelters.set_preparing_team(coordinator, "first_contact")
    with pytest.raises(PermissionDenied):
        services.meals.set_preparing_team(benefits_worker, Team.SERVICES.value)
    assert preparing_teams(services.meals.db) == {
        ActKind.CARE: Team.SERVICES.value, ActKind.MEAL: Team.BENEFITS.value,
        ActKind.SHELTER: Team.BENEFITS.value, ActKind.DPS: Team.BENEFITS.value}
