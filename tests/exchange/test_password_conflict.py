"""A password changed on two PCs while apart: the later one wins on both, with its key slot
(services/key_upkeep.py), and the coordinator cannot take the earlier one back from the
conflict entry (need-to-know hides the field): it would stand in the store without the slot
that opens the file."""

from __future__ import annotations

import pytest

from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from tests.exchange.conftest import sync_all

TEMPORARY = "Tymczasowe-haslo-31"


@pytest.fixture
def desk_password(services: Services, desk: Actor) -> str:
    services.accounts.reset_from_command_line("desk", TEMPORARY)
    return TEMPORARY


# The colleagues and the password are set before the office is shared (parameter order).
def test_the_coordinator_cannot_take_back_a_password_that_lost(
        desk: Actor, coordinator: Actor, desk_password: str,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pc1.accounts.change_password(desk, desk_password, "Wiosenne-deszcze-17")
    pc2.accounts.change_password(desk, desk_password, "Letnie-burze-2026")
    sync_all(pc1, pc2)
    exchange = ExchangeService(pc1.db)
    lost = [c for c in exchange.conflicts(coordinator) if c.field == "password_hash"]
    assert len(lost) == 1
    with pytest.raises(PermissionDenied):
        exchange.take_lost_value(coordinator, lost[0].id)
    assert pc1.accounts.sign_in("desk", "Letnie-burze-2026").actor.user_id == desk.user_id
