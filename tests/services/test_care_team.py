"""Which team prepares care decisions is the head's setting; the service holds each team to
it and says in words which team prepares them (on a real SQLite file)."""

from __future__ import annotations

import uuid

import pytest

from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.care_decisions import PreparedByOtherTeam
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from ..conftest import _staff
from .helpers import PESEL_WOMAN_1985, person, referral_intake
from .test_care_decisions import _case, _input


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _benefits_case(services: Services, desk: Actor, worker: Actor) -> uuid.UUID:
    pid = services.persons.register_household(desk, person("Maria", "Nowak",
                                                           PESEL_WOMAN_1985), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.BENEFITS)).referral_id
    assert rid is not None
    return services.referrals.accept(worker, rid).id


def test_the_wrong_team_is_told_which_team_prepares_them(
        services: Services, desk: Actor, carer: Actor, benefits_worker: Actor,
        coordinator: Actor) -> None:
    services_case = _case(services, desk, carer)
    benefits_case = _benefits_case(services, desk, benefits_worker)
    with pytest.raises(PreparedByOtherTeam) as refused:
        services.care_decisions.prepare(benefits_worker, _input(benefits_case))
    assert refused.value.code == "care_decisions_by_services"
    assert isinstance(refused.value, PermissionDenied)  # still a refusal of permission
    # The desk may not prepare them at all: the plain refusal, not a team's name.
    with pytest.raises(PermissionDenied) as plain:
        services.care_decisions.prepare(desk, _input(services_case))
    assert plain.value.code == "permission_denied"

    services.care_decisions.set_preparing_team(coordinator, Team.BENEFITS.value)
    with pytest.raises(PreparedByOtherTeam) as refused:
        services.care_decisions.terms_for(carer, _input(services_case).kind,
                                          _input(services_case).income, 1,
                                          _input(services_case).period_from)
    assert refused.value.code == "care_decisions_by_benefits"
    # Benefits prepare on their own case, never on the services team's.
    with pytest.raises(ConflictError, match="not_benefits_case"):
        services.care_decisions.prepare(benefits_worker, _input(services_case))
    draft = services.care_decisions.prepare(benefits_worker, _input(benefits_case))
    # The benefits worker sees the draft on paper (the services team reads care anyway).
    assert services.care_decisions.render(benefits_worker, draft.id)[:4] == b"%PDF"
    services.care_decisions.discard(benefits_worker, draft.id)

    # Handed back: benefits are refused again, in words.
    services.care_decisions.set_preparing_team(coordinator, Team.SERVICES.value)
    with pytest.raises(PreparedByOtherTeam):
        services.care_decisions.prepare(benefits_worker, _input(benefits_case))
    with pytest.raises(ValidationError):
        services.care_decisions.set_preparing_team(coordinator, "first_contact")
    with pytest.raises(ValidationError):
        services.care_decisions.set_preparing_team(coordinator, "benefits'; DROP TABLE x")
    assert services.care_decisions.preparing_team() == Team.SERVICES.value
