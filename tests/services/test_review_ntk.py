"""Review of this round's read paths (interviews, payment lists) against need to know, on a
real store: what one team wrote stays with those who may read it, and anonymisation leaves
none of the person's data behind in the new tables."""

from __future__ import annotations

import datetime as dt

import pytest

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from tests.conftest import _staff

from .helpers import PESEL_MAN_1944, SECRET, START, contract_a, interview_answers
from .test_interviews import _case, _completed
from .test_personal_data import World, _all_cells, _close, world  # noqa: F401 (fixture)

YESTERDAY = wall_today() - dt.timedelta(days=1)


def _anonymised_cells(services: Services, head: Actor, world: World) -> list[str]:  # noqa: F811
    """Jan's cases closed long ago, Jan anonymised: every text cell the store then holds."""
    _close(services, [world.benefits_sign, world.social_sign])
    services.personal_data.anonymise(head, [world.jan], "ANONIMIZUJ 1", dt.date(2025, 1, 1))
    return _all_cells(services)


def test_the_services_team_is_not_handed_social_works_interview_answers_to_carry_forward(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    """A person with a social-work case and a services case: the carer opening the services
    team's interview must not get social work's answers (the diagnosis there may tell of
    addiction or violence) – another team's interview is not theirs to read."""
    social = _case(services, desk, social_worker)
    done = _completed(services, social_worker, social)
    carer = _staff(services, "uslugi", "Ewa Opiekun", "", frozenset({Role.SERVICES}))
    own = _case(services, desk, carer, Team.SERVICES, pid=done.person_id)
    opened = services.interviews.open(carer, own, YESTERDAY)
    carried = services.interviews.carried_forward(carer, opened.id)
    assert SECRET not in str(carried)
    # Social work still carries its own interview forward.
    again = services.interviews.open(social_worker, social, YESTERDAY)
    assert services.interviews.carried_forward(social_worker, again.id) == interview_answers()


def test_anonymisation_blanks_the_family_interviews_answers(
        services: Services, coordinator: Actor, world: World) -> None:  # noqa: F811
    """An interview on the person's case holds the family's whole situation: once the person
    is anonymised, its answers and place are gone like the notes are."""
    case_id = next(c.id for c in services.persons.file(coordinator, world.jan).cases
                   if c.sign == world.social_sign)
    _completed(services, coordinator, case_id)
    assert [c for c in _all_cells(services) if SECRET in c]
    cells = _anonymised_cells(services, coordinator, world)
    assert not [c for c in cells if SECRET in c]
    assert not [c for c in cells if "Lipowiec, ul. Polna 3/5" in c]


def test_anonymisation_blanks_the_payee_on_an_approved_payment_list(
        services: Services, coordinator: Actor, benefits_worker: Actor,
        world: World) -> None:  # noqa: F811
    # The decision pays from next month: its first month goes on a list, approved.
    lists = services.payments.prepare(benefits_worker,
                                      add_months(wall_today().replace(day=1), 1))
    for made in lists:
        services.payments.approve(coordinator, made.id)
    cells = _anonymised_cells(services, coordinator, world)
    assert not [c for c in cells if PESEL_MAN_1944 in c]
    assert not [c for c in cells if "Jan Żółkiewski" in c]


def test_anonymisation_blanks_a_signed_kontrakt_socjalny(
        services: Services, coordinator: Actor, social_worker: Actor,
        world: World) -> None:  # noqa: F811
    case_id = next(c.id for c in services.persons.file(coordinator, world.jan).cases
                   if c.sign == world.social_sign)
    draft = services.contracts.draft(social_worker, case_id, contract_a((world.maria,)))
    services.contracts.sign(social_worker, draft.id, START)
    assert [c for c in _all_cells(services) if SECRET in c]
    cells = _anonymised_cells(services, coordinator, world)
    assert not [c for c in cells if SECRET in c]
    assert not [c for c in cells if PESEL_MAN_1944 in c]
