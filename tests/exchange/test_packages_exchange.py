"""Service packages travel between the office's PCs: a package given at one PC's desk reaches
the teams' inboxes on the other, its part's state recorded there comes back; the same group's
package saved on two PCs while apart stays one package."""

from __future__ import annotations

import pytest

from ops_desktop.domain.packages import PackagePart, PartState, TargetGroup
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.exchange.conftest import sync_all
from tests.services.helpers import person, referral_intake


@pytest.fixture
def carer(services: Services) -> Actor:
    user_id = services.office.add_user("uslugi1", "Ewa Pierwsza", "", frozenset({Role.SERVICES}))
    return Actor(user_id, "Ewa Pierwsza", "", frozenset({Role.SERVICES}))


def test_a_package_given_on_one_pc_is_delivered_and_recorded_on_the_other(
        desk: Actor, carer: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pid = pc1.persons.register_household(desk, person(), [])
    intake_id = pc1.intake.record(desk, referral_intake(pid)).intake_id
    given = pc1.packages.give(desk, intake_id, TargetGroup.ELDERLY)
    sync_all(pc1, pc2)
    services_referral = next(i for t, i, _n in given.referrals if t is Team.SERVICES)
    assert services_referral in {r.id for r in pc2.referrals.inbox(carer, Team.SERVICES.value)}
    pc2.referrals.accept(carer, services_referral)
    part = next(p for p in pc2.packages.progress_of(carer, pid)[0].parts if p.label == "posiłek")
    pc2.packages.record_state(carer, part.id, PartState.DONE)
    sync_all(pc1, pc2)
    states = {p.label: p.state for p in pc1.packages.progress_of(coordinator, pid)[0].parts}
    assert states["posiłek"] is PartState.DONE
    assert states["usługi opiekuńcze"] is PartState.STARTED
    assert states["praca socjalna"] is PartState.NOT_STARTED


def test_one_groups_package_saved_on_two_pcs_apart_stays_one(
        coordinator: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pc1.packages.save(coordinator, TargetGroup.HOMELESS, "Bezdomni – wersja 1",
                      (PackagePart("schronienie", Team.SERVICES),))
    pc2.packages.save(coordinator, TargetGroup.HOMELESS, "Bezdomni – wersja 2",
                      (PackagePart("posiłek", Team.SERVICES),))
    sync_all(pc1, pc2)
    sync_all(pc1, pc2)
    one = [p for p in pc1.packages.catalogue(coordinator) if p.group is TargetGroup.HOMELESS]
    other = [p for p in pc2.packages.catalogue(coordinator) if p.group is TargetGroup.HOMELESS]
    assert len(one) == 1 and (one[0].name, one[0].parts) == (other[0].name, other[0].parts)
    assert not one[0].example
