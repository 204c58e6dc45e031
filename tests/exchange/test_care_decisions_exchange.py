"""A care decision prepared on the services team's PC travels with its terms to the head's
PC, is signed there, and comes back signed; its terms are the same on both."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ops_desktop.domain.care_decisions import HoursUnit
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import CareKind, DecisionStatus, Role
from ops_desktop.services.care_decisions import CareDecisionInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.exchange.conftest import services_case, sync_all


@pytest.fixture
def carer(services: Services) -> Actor:
    """A services worker, set up before the office is shared (fixtures in order)."""
    user_id = services.office.add_user("uslugi1", "Ewa Pierwsza", "", frozenset({Role.SERVICES}))
    return Actor(user_id, "Ewa Pierwsza", "", frozenset({Role.SERVICES}))


def test_prepared_on_one_pc_signed_on_the_other(desk: Actor, coordinator: Actor, carer: Actor,
                                                two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    _pid, case_id = services_case(pc1, desk, carer)
    month = wall_today().replace(day=1)
    draft = pc1.care_decisions.prepare(carer, CareDecisionInput(
        case_id, CareKind.CARE, month, "Zakupy.", Decimal("8"), HoursUnit.WEEK, month,
        month + dt.timedelta(days=180), "mieszkanie Strony", "opiekunki MGOPS",
        Decimal("1600.00"), 1))
    sync_all(pc1, pc2)
    assert pc2.care_decisions.terms(coordinator, draft.id) == pc1.care_decisions.terms(
        carer, draft.id)
    pc2.decisions.sign(coordinator, draft.id)
    sync_all(pc1, pc2)
    back = pc1.care_decisions.terms(carer, draft.id)
    assert back.status is DecisionStatus.SIGNED and back.fee_percent == Decimal("15")
