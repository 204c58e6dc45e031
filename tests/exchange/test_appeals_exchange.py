"""Appeals travel between the office's PCs: registered on one, granted or forwarded and
decided on another; a change decision signed on either PC settles the appeal on both, and
a remittal recorded on one reopens the application on both."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from ops_desktop.domain.appeals import AppealState, SkoOutcome
from ops_desktop.domain.vocabulary import ApplicationStatus
from ops_desktop.services.appeals import ForwardInput, OutcomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.exchange.conftest import sync_all
from tests.services.test_appeals import TODAY, _appeal, _signed, _woman
from tests.services.test_benefits import grant


def test_registered_on_one_pc_granted_on_another(
        benefits_worker: Actor, signer: Actor, coordinator: Actor,
        two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    decision = _signed(pc1, benefits_worker, signer)
    appeal = pc1.appeals.register(benefits_worker, _appeal(decision))
    sync_all(pc1, pc2)
    [seen] = pc2.appeals.pending(coordinator)
    assert seen.id == appeal.id and seen.state is AppealState.REGISTERED
    application_id = seen.application_id
    change = dataclasses.replace(grant(application_id, Decimal("800.00"),
                                       period_to=TODAY + dt.timedelta(days=90)),
                                 corrects_id=decision)
    draft = pc2.appeals.grant_in_full(benefits_worker, appeal.id, change)
    pc2.decisions.sign(coordinator, draft.id)
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        assert pc.appeals.get(benefits_worker, appeal.id).state is AppealState.GRANTED
        assert pc.appeals.pending(coordinator) == []


def test_forwarded_on_one_pc_remitted_on_another_reopens_on_both(
        benefits_worker: Actor, signer: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    decision = _signed(pc1, benefits_worker, signer, who=_woman())
    appeal = pc1.appeals.register(benefits_worker, _appeal(decision))
    pc1.appeals.forward(benefits_worker, appeal.id, ForwardInput(TODAY, ("Akta sprawy",)))
    sync_all(pc1, pc2)
    pc2.appeals.record_outcome(benefits_worker, appeal.id, OutcomeInput(
        SkoOutcome.QUASHED_REMITTED, TODAY, "SKO.4101.3.2026"))
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        view = pc.appeals.get(benefits_worker, appeal.id)
        assert view.sko_outcome is SkoOutcome.QUASHED_REMITTED and view.documents == ("Akta sprawy",)
        assert pc.applications.get(benefits_worker, view.application_id).status is \
            ApplicationStatus.REGISTERED
