"""The administrator records the mayor's orders (upoważnienia); nobody else may, or list them."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.services.office import DEFAULT_SCOPE

ADMIN = NewAccount("admin", "Robert Krawczyk", "informatyk", "Kasztanowa-7-aleja")


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.accounts.set_up_office(SETTINGS, ADMIN).actor


@pytest.fixture
def worker_id(services: Services, admin: Actor) -> uuid.UUID:
    return services.accounts.create_account(admin, NewAccount(
        "pzielinski", "Piotr Zieliński", "specjalista ds. świadczeń", "Jarzębinowa-12",
        frozenset({Role.BENEFITS})))


def test_administrator_grants_an_authorisation_and_the_worker_may_sign_within_it(
        services: Services, admin: Actor, worker_id: uuid.UUID) -> None:
    assert not services.office.user(worker_id).can_sign_today
    today = wall_today()
    auth_id = services.office.grant_authorisation_as(
        admin, worker_id, "  Zarządzenie nr 7/2026  ", today - dt.timedelta(days=1),
        today + dt.timedelta(days=30))
    assert services.office.user(worker_id).can_sign_today
    [view] = services.office.authorisations(admin, worker_id)
    assert view.id == auth_id and view.user_id == worker_id
    assert view.order_number == "Zarządzenie nr 7/2026"  # stored trimmed
    assert view.scope == DEFAULT_SCOPE
    assert view.valid_on(today) and not view.valid_on(today + dt.timedelta(days=31))


def test_authorisations_are_listed_newest_first_and_include_expired_ones(
        services: Services, admin: Actor, worker_id: uuid.UUID) -> None:
    services.office.grant_authorisation_as(admin, worker_id, "Zarządzenie nr 1/2024",
                                           dt.date(2024, 1, 2), dt.date(2024, 12, 31))
    services.office.grant_authorisation_as(admin, worker_id, "Zarządzenie nr 3/2025",
                                           dt.date(2025, 1, 2), None, "decyzje w sprawie usług")
    listed = services.office.authorisations(admin, worker_id)
    assert [a.order_number for a in listed] == ["Zarządzenie nr 3/2025", "Zarządzenie nr 1/2024"]
    assert listed[0].valid_to is None and listed[0].scope == "decyzje w sprawie usług"
    assert services.office.authorisations(admin, admin.user_id) == []


@pytest.mark.parametrize("who", ["desk", "coordinator", "benefits_worker"])
def test_nobody_but_the_administrator_grants_or_lists_authorisations(
        request: pytest.FixtureRequest, services: Services, admin: Actor,
        worker_id: uuid.UUID, who: str) -> None:
    other: Actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        services.office.grant_authorisation_as(other, worker_id, "Zarządzenie nr 9/2026",
                                               dt.date(2026, 1, 2))
    with pytest.raises(PermissionDenied):
        services.office.authorisations(other, worker_id)
    assert services.office.authorisations(admin, worker_id) == []
    assert not services.office.user(worker_id).can_sign_today


def test_an_auditor_may_not_grant_either(services: Services, admin: Actor,
                                         worker_id: uuid.UUID) -> None:
    iod = Actor(uuid.uuid4(), "Irena Szymańska", "IOD", frozenset({Role.AUDITOR}))
    with pytest.raises(PermissionDenied):
        services.office.grant_authorisation_as(iod, worker_id, "Zarządzenie nr 9/2026",
                                               dt.date(2026, 1, 2))


def test_every_problem_of_the_order_is_reported_at_once_and_nothing_is_saved(
        services: Services, admin: Actor, worker_id: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as err:
        services.office.grant_authorisation_as(admin, worker_id, "  ", dt.date(2026, 5, 1),
                                               dt.date(2026, 4, 30), "x" * 301)
    assert {(e.field, e.code) for e in err.value.errors} == {
        ("order_number", "required"), ("valid_to", "end_before_start"), ("scope", "too_long")}
    with pytest.raises(ValidationError) as err:
        services.office.grant_authorisation_as(admin, worker_id, "Nr\x07 1", dt.date(2026, 5, 1))
    assert err.value.codes_for("order_number") == ["invalid_characters"]
    assert services.office.authorisations(admin, worker_id) == []


def test_one_day_order_is_allowed(services: Services, admin: Actor, worker_id: uuid.UUID) -> None:
    day = dt.date(2026, 5, 4)
    services.office.grant_authorisation_as(admin, worker_id, "Zarządzenie nr 5/2026", day, day)
    [view] = services.office.authorisations(admin, worker_id)
    assert view.valid_on(day) and not view.valid_on(day + dt.timedelta(days=1))


def test_an_unknown_user_is_not_found(services: Services, admin: Actor) -> None:
    with pytest.raises(NotFound):
        services.office.grant_authorisation_as(admin, uuid.uuid4(), "Zarządzenie nr 5/2026",
                                               dt.date(2026, 5, 4))
    with pytest.raises(NotFound):
        services.office.authorisations(admin, uuid.uuid4())
