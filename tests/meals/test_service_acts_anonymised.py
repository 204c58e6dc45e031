"""Retention anonymisation blanks what a signed meal, shelter and DPS decision says of the
person in free text – the reasons, and a meal's place (the child's school) – as it blanks the
other decisions' reasoning; the figures and dates stay for the registers (a real store file,
or PostgreSQL with OPS_TEST_DB_URL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text as sql

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.placements import PlacementInput
from ops_desktop.services.shelters import ShelterDecisionInput
from ops_desktop.storage import personal_data_queries as pdq

from ..placements.test_placement_services import _completed, _home, _shelter
from .test_meal_services import TODAY, _case, _input, _interview
from .test_meal_services import carer  # noqa: F401 - a fixture

STORY = "Mieszka sam po pobycie w szpitalu psychiatrycznym."


def test_anonymising_blanks_the_reasons_and_place_of_signed_meal_shelter_and_dps_decisions(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:  # noqa: F811
    case_id, pid = _case(services, desk, carer)
    meal = services.meals.prepare(carer, _input(
        case_id, pid, _interview(services, carer, case_id), reasoning=STORY))
    stay = services.shelters.prepare_decision(carer, ShelterDecisionInput(
        case_id, _shelter(services, carer), _completed(services, carer, case_id), TODAY,
        TODAY, TODAY + dt.timedelta(days=30), STORY))
    placed = services.placements.prepare_placement(carer, PlacementInput(
        case_id, _home(services, carer), TODAY, TODAY, STORY))
    for sign, act in ((services.meals.sign, meal), (services.shelters.sign, stay),
                      (services.placements.sign, placed)):
        sign(coordinator, act.id)
    # Signed, they are never changed otherwise: not even blanked before the anonymisation
    # is of a person (the store's trigger only lets the blanking through).
    with services.db.engine.connect() as c, pytest.raises(Exception, match="immutable"):
        c.execute(sql("UPDATE meal_decisions SET days = 1"))

    with services.db.session(coordinator.user_id) as s:
        pdq.anonymise(s, [pid], coordinator.user_id, ("Osoba", "zanonimizowana"),
                      dt.datetime(2040, 1, 1))
    with services.db.engine.connect() as c:
        meal_row = c.execute(sql("SELECT reasoning, place, days, price_grosze, status "
                                 "FROM meal_decisions")).one()
        shelter_row = c.execute(sql("SELECT reasoning, status FROM shelter_decisions")).one()
        dps_row = c.execute(sql("SELECT reasoning, status FROM dps_decisions")).one()
    assert tuple(meal_row) == ("", "", 21, 650, "signed")
    assert tuple(shelter_row) == ("", "signed")
    assert tuple(dps_row) == ("", "signed")
    words = "\n".join(str(v) for row in (meal_row, shelter_row, dps_row) for v in row)
    assert STORY not in words and "Szkoła Podstawowa" not in words
