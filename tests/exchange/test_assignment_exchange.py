"""The head's moves of work travel between the office's PCs: a referral given to a worker
on one PC is that worker's on the other, the interview moved there names its new worker,
and the dashboard on the other PC counts them under that worker."""

from __future__ import annotations


import pytest

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.assignment import Work
from ops_desktop.services.context import Actor
from ops_desktop.services.dashboard import Figure
from ops_desktop.services.hub import Services
from tests.exchange.conftest import sync_all
from tests.services.helpers import PESEL_WOMAN_1985, person, referral_intake

SW = Team.SOCIAL_WORK.value


@pytest.fixture
def colleague(services: Services) -> Actor:
    """A second social worker, set up before the office is shared (fixtures in order)."""
    user_id = services.office.add_user("sw2", "Jan Drugi", "", frozenset({Role.SOCIAL_WORK}))
    return Actor(user_id, "Jan Drugi", "", frozenset({Role.SOCIAL_WORK}))


def test_a_referral_and_an_interview_moved_on_one_pc_are_moved_on_the_other(
        desk: Actor, social_worker: Actor, coordinator: Actor, colleague: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    waiting = pc1.intake.record(desk, referral_intake(
        pc1.persons.register_household(desk, person(), []), Team.SOCIAL_WORK)).referral_id
    other = pc1.intake.record(desk, referral_intake(pc1.persons.register_household(
        desk, person("Anna", "Nowak", PESEL_WOMAN_1985), []),
        Team.SOCIAL_WORK)).referral_id
    assert waiting is not None and other is not None
    case_id = pc1.referrals.accept(social_worker, other).id
    interview = pc1.interviews.open(social_worker, case_id, wall_today())
    sync_all(pc1, pc2)

    pc2.assignment.assign(coordinator, Work.REFERRAL, waiting, colleague.user_id)
    pc2.assignment.assign(coordinator, Work.INTERVIEW, interview.id, colleague.user_id)
    sync_all(pc1, pc2)
    assert [r.assigned_to for r in pc1.referrals.inbox(colleague, SW)] == [colleague.user_id]
    assert pc1.interviews.interview(colleague, interview.id).worker_name == "Jan Drugi"
    row = pc1.dashboard.figures(coordinator).row(SW, colleague.user_id)
    assert row is not None and row.count(Figure.REFERRALS).total == 1
