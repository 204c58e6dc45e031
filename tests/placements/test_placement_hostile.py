"""Hostile input to every new write of DPS placements and shelters: wrong types, control
characters, absurd sizes and numbers come back as field errors with words on screen, and
nothing is stored."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.dps_fees import Relation
from ops_desktop.domain.errors import ValidationError
from ops_desktop.domain.shelters import ShelterEntry, ShelterKind
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.placements import FeeInput, PlacementInput, RelativeInput
from ops_desktop.services.shelters import ShelterDecisionInput
from ops_desktop.ui.labels import ERRORS

from ..conftest import _staff
from ..services.helpers import person, referral_intake

TODAY = wall_today()
D = Decimal


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "", frozenset({Role.SERVICES}))


def refused(call: object) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as info:
        call()  # type: ignore[operator]
    assert {e.code for e in info.value.errors} <= ERRORS.keys()
    return {e.field: info.value.codes_for(e.field) for e in info.value.errors}


def test_homes_and_costs(services: Services, carer: Actor) -> None:
    assert set(refused(lambda: services.placements.add_home(carer, "DPS\x00", "x" * 201))) == {
        "name", "address"}
    home = services.placements.add_home(carer, "DPS", "ul. Lipowa 1")
    for cost in (1.5, D("-1"), D("NaN"), D("1e9"), "6500"):
        assert "monthly_cost" in refused(lambda c=cost: services.placements.set_cost(
            carer, home.id, TODAY, c))  # type: ignore[arg-type]
    assert "valid_from" in refused(lambda: services.placements.set_cost(
        carer, home.id, wall_now(), D("6500")))  # type: ignore[arg-type]
    assert services.placements.homes(carer)[0].costs == ()


def test_placement_and_fee(services: Services, desk: Actor, carer: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case_id = services.referrals.accept(carer, rid).id
    home = services.placements.add_home(carer, "DPS", "ul. Lipowa 1")
    services.placements.set_cost(carer, home.id, dt.date(2026, 1, 1), D("6500"))
    assert set(refused(lambda: services.placements.prepare_placement(carer, PlacementInput(
        "x", None, "2026-01-01", TODAY, "\x07")))) == {  # type: ignore[arg-type]
        "case_id", "home_id", "decided_on", "reasoning"}
    assert refused(lambda: services.placements.prepare_placement(carer, "nie")) == {
        "placement": ["invalid"]}  # type: ignore[arg-type]
    placement = services.placements.prepare_placement(carer, PlacementInput(
        case_id, home.id, TODAY, TODAY))
    bad = RelativeInput("", "brat", 0, 1.0, D("-5"), None)  # type: ignore[arg-type]
    fields = refused(lambda: services.placements.prepare_fee(carer, FeeInput(
        placement.id, TODAY, TODAY, D("2000"), (bad,))))
    assert set(fields) == {f"relatives.0.{f}" for f in (
        "name", "relation", "members", "household_income", "agreed", "agreed_on")}
    assert refused(lambda: services.placements.prepare_fee(carer, FeeInput(
        placement.id, TODAY, TODAY, D("2000"), [object()] * 31))) == {  # type: ignore[arg-type]
        "relatives": ["invalid"]}
    ok = RelativeInput("Adam", Relation.SPOUSE, 1, D("4000"), D("10"), TODAY)
    assert refused(lambda: services.placements.prepare_fee(carer, FeeInput(
        placement.id, TODAY, TODAY - dt.timedelta(days=1), D("2000"), (ok,)))) == {
        "starts_on": ["before_placement"]}
    assert [d.kind for d in services.placements.decisions(carer)] == ["placement"]


def test_register_and_shelter_decision(services: Services, carer: Actor) -> None:
    for entry in (ShelterEntry("Noclegownia", "ul. Kolejowa", "hotel", 5, TODAY),  # type: ignore[arg-type]
                  ShelterEntry("Noclegownia", "ul. Kolejowa", ShelterKind.SHELTER, True, TODAY),  # type: ignore[arg-type]
                  ShelterEntry("Noclegownia", "ul. Kolejowa", ShelterKind.SHELTER, 5, "dziś"),  # type: ignore[arg-type]
                  "wpis"):
        assert refused(lambda e=entry: services.shelters.add_shelter(carer, e, TODAY))
    assert "changed_on" in refused(lambda: services.shelters.add_shelter(carer, ShelterEntry(
        "Noclegownia", "ul. Kolejowa", ShelterKind.SHELTER, 5, TODAY), None))  # type: ignore[arg-type]
    assert services.shelters.register(carer) == []
    fields = refused(lambda: services.shelters.prepare_decision(carer, ShelterDecisionInput(
        uuid.uuid4().hex, None, 7, TODAY, TODAY, TODAY - dt.timedelta(days=1),  # type: ignore[arg-type]
        "x" * 20001)))
    assert set(fields) == {"case_id", "shelter_id", "interview_id", "ends_on", "reasoning"}
    assert services.shelters.decisions(carer) == []
