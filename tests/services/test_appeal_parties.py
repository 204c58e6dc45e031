"""Art. 132 KPA on a real store: the office grants an appeal in full itself only when every
party appealed – the decision's party alone, or with the other parties' consent (§ 2);
otherwise it is refused with the reason and the appeal goes to the SKO."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from ops_desktop.domain.appeals import AppealState
from ops_desktop.domain.errors import ConflictError, ValidationError
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from .test_appeals import TODAY, _appeal, _signed
from .test_benefits import grant


def _change(services: Services, worker: Actor, decision: object):  # type: ignore[no-untyped-def]
    before = services.decisions.get(worker, decision)  # type: ignore[arg-type]
    return dataclasses.replace(grant(before.application_id, Decimal("800.00"),
                                     period_to=TODAY + dt.timedelta(90)), corrects_id=decision)


def test_a_party_that_did_not_appeal_stops_the_office_granting_it_itself(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    decision = _signed(services, benefits_worker, signer)
    appeal = services.appeals.register(benefits_worker, _appeal(
        decision, other_parties="  Maria Żółkiewska (współwłaścicielka)\n\n"))
    assert appeal.other_parties == ("Maria Żółkiewska (współwłaścicielka)",)
    assert not appeal.all_parties_agree
    with pytest.raises(ConflictError, match="appeal_not_all_parties"):
        services.appeals.grant_in_full(benefits_worker, appeal.id,
                                       _change(services, benefits_worker, decision))
    assert services.appeals.get(benefits_worker, appeal.id).state is AppealState.REGISTERED
    # The consent is dated no earlier than the appeal's receipt, and not in the future.
    with pytest.raises(ValidationError) as caught:
        services.appeals.record_consent(benefits_worker, appeal.id, TODAY + dt.timedelta(1))
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("others_consented_on", "future_date")]
    consented = services.appeals.record_consent(benefits_worker, appeal.id, TODAY)
    assert consented.all_parties_agree and consented.others_consented_on == TODAY
    draft = services.appeals.grant_in_full(benefits_worker, appeal.id,
                                           _change(services, benefits_worker, decision))
    assert services.appeals.get(benefits_worker, appeal.id).granting_decision_id == draft.id


def test_the_only_party_appealing_may_be_granted_and_has_no_consent_to_record(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    decision = _signed(services, benefits_worker, signer)
    appeal = services.appeals.register(benefits_worker, _appeal(decision))
    assert appeal.other_parties == () and appeal.all_parties_agree
    with pytest.raises(ConflictError, match="no_other_parties"):
        services.appeals.record_consent(benefits_worker, appeal.id, TODAY)
    services.appeals.grant_in_full(benefits_worker, appeal.id,
                                   _change(services, benefits_worker, decision))
    assert services.appeals.get(benefits_worker, appeal.id).state is AppealState.GRANTING
