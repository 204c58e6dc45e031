"""Payment lists travel between the office's PCs: a list prepared on one PC is approved by
the head on another, and the approval comes back; the approved list is final on both."""

from __future__ import annotations

import pytest

from ops_desktop.domain.errors import ConflictError
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.payments import BankProfile
from tests.exchange.conftest import sync_all
from tests.services.test_payments import NEXT, OFFICE_ACCOUNT, _signed


def test_prepared_on_one_pc_approved_on_another(
        admin: Actor, benefits_worker: Actor, signer: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pc1.payments.set_bank_profile(admin, BankProfile(10, OFFICE_ACCOUNT, "cp1250"))
    _signed(pc1, benefits_worker, signer, "600.00")
    made = pc1.payments.prepare(benefits_worker, NEXT)[0]
    sync_all(pc1, pc2)
    waiting = pc2.payments.lists(coordinator, "draft")
    assert [(v.id, v.items, v.total_grosze) for v in waiting] == [(made.id, 1, 60000)]
    pc2.payments.approve(coordinator, made.id)
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        view = pc.payments.get(benefits_worker, made.id)
        assert view.approved and view.approved_name == coordinator.full_name
        with pytest.raises(ConflictError, match="list_approved"):
            pc.payments.discard(benefits_worker, made.id)
    # The bank profile travelled too: PC 2 writes the same bank file.
    assert pc1.payments.elixir(benefits_worker, made.id) == pc2.payments.elixir(
        benefits_worker, made.id)
    # Nothing is due twice on either PC.
    for pc in (pc1, pc2):
        with pytest.raises(ConflictError, match="nothing_due"):
            pc.payments.prepare(benefits_worker, NEXT)
