"""The signed DPS decisions (placements and fee decisions alike) and shelter decisions are
read a page at a time, the latest signed first, counted and read for one office day, as the
meal decisions are (services/placement_common.py); their drafts apart. On SQLite, and on
PostgreSQL with OPS_TEST_DB_URL."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.clock import replayed_at, utc_of_office, wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.placements import PlacementInput
from ops_desktop.services.shelters import ShelterDecisionInput
from tests.meals.signed_meals import at
from tests.placements.test_placement_services import (  # noqa: F401 - a fixture
    _case,
    _completed,
    _fee,
    _home,
    _shelter,
    carer,
)
from tests.services.helpers import foreigner

TODAY = wall_today()
DAY = TODAY - dt.timedelta(days=4)


def test_signed_dps_decisions_of_both_kinds_come_a_page_at_a_time(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    case_id, home_id = _case(services, desk, carer), _home(services, carer)
    placement = services.placements.prepare_placement(carer, PlacementInput(
        case_id, home_id, DAY, DAY))
    with replayed_at(utc_of_office(at(DAY, 9))):
        services.placements.sign(coordinator, placement.id)
    fee = services.placements.prepare_fee(carer, _fee(placement.id, decided_on=DAY,
                                                      starts_on=DAY))
    with replayed_at(utc_of_office(at(DAY + dt.timedelta(days=2), 9))):
        services.placements.sign(coordinator, fee.id)
    draft = services.placements.prepare_placement(carer, PlacementInput(
        _case(services, desk, carer, foreigner()), home_id, TODAY, TODAY))

    first = services.placements.signed_page(coordinator, 1)
    second = services.placements.signed_page(coordinator, 1, first[0])
    assert [d.id for d in first + second] == [fee.id, placement.id]  # latest signed first
    assert services.placements.signed_page(coordinator, 1, second[0]) == []
    assert services.placements.signed_count(coordinator) == 2
    assert [d.id for d in services.placements.drafts(coordinator)] == [draft.id]
    assert [d.id for d in services.placements.issued_on_day(coordinator, DAY)] == [placement.id]


def test_signed_shelter_decisions_are_paged_counted_and_read_by_day(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    case_id = _case(services, desk, carer)
    decision = services.shelters.prepare_decision(carer, ShelterDecisionInput(
        case_id, _shelter(services, carer, places=2), _completed(services, carer, case_id),
        TODAY, TODAY, TODAY + dt.timedelta(days=30)))
    assert services.shelters.signed_count(coordinator) == 0
    assert services.shelters.signed_page(coordinator, 10) == []
    assert [d.id for d in services.shelters.drafts(coordinator)] == [decision.id]
    services.shelters.sign(coordinator, decision.id)
    (signed,) = services.shelters.signed_page(coordinator, 10)
    assert signed.id == decision.id and signed.signed_on == TODAY and signed.signed_at
    assert services.shelters.signed_count(coordinator) == 1
    assert services.shelters.drafts(coordinator) == []
    assert [d.id for d in services.shelters.issued_on_day(coordinator, TODAY)] == [decision.id]
    assert services.shelters.issued_on_day(coordinator, TODAY - dt.timedelta(days=1)) == []
