"""The SKO's outcome recorded completely (KPA art. 138) on a real store: a decision the SKO
quashed and decided itself pays the SKO's amount and period from the next payment list on,
while months already listed stay as they were; the new content belongs to that outcome only."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from ops_desktop.domain.appeals import SkoOutcome
from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ValidationError
from ops_desktop.domain.vocabulary import BenefitForm, DecisionKind
from ops_desktop.services.appeals import AppealInput, ForwardInput, OutcomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.payments import BankProfile

from .test_benefits import application, grant

TODAY = wall_today()
NEXT = add_months(TODAY.replace(day=1), 1)
AFTER = add_months(NEXT, 1)


def _forwarded(services: Services, worker: Actor, signer: Actor,
               kind: DecisionKind = DecisionKind.GRANT) -> tuple[uuid.UUID, uuid.UUID]:
    _, app = application(services, worker, BenefitForm.PERIODIC, Decimal("100"))
    if kind is DecisionKind.GRANT:
        data = grant(app.id, Decimal("600.00"), period_to=add_months(NEXT, 3) - dt.timedelta(1))
    else:
        data = grant(app.id, None, kind=DecisionKind.REFUSAL, period_from=None,
                     reasoning="Dochód przekracza kryterium.")
    draft = services.decisions.prepare(worker, data)
    services.decisions.sign(signer, draft.id)
    appeal = services.appeals.register(worker, AppealInput(
        draft.id, TODAY, TODAY, "Jan Żółkiewski (strona)", "Kwota jest za niska.", TODAY))
    services.appeals.forward(worker, appeal.id, ForwardInput(TODAY, ("Akta sprawy",)))
    return draft.id, appeal.id


def _paid(services: Services, worker: Actor, coordinator: Actor, month: dt.date
          ) -> list[tuple[int, dt.date | None, int | None]]:
    lines = []
    for made in services.payments.prepare(worker, month):
        services.payments.approve(coordinator, made.id)
        lines += [(line.amount_grosze, line.issued_on, line.days)
                  for line in services.payments.paper(worker, made.id).lines]
    return lines


def test_a_changed_amount_flows_to_the_next_payment_list(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor,
        admin: Actor) -> None:
    services.payments.set_bank_profile(admin, BankProfile(10, "PL61109010140000071219812874",
                                                          "cp1250"))
    _decision, appeal_id = _forwarded(services, benefits_worker, signer)
    # Next month goes on a list under the appealed decision, before the SKO decides.
    assert _paid(services, benefits_worker, coordinator, NEXT) == [(60000, TODAY, None)]
    decided = services.appeals.record_outcome(benefits_worker, appeal_id, OutcomeInput(
        SkoOutcome.QUASHED_DECIDED, TODAY, "SKO.4101.12.2026", amount=Decimal("812.50"),
        period_from=NEXT, period_to=AFTER + dt.timedelta(days=14)))
    assert (decided.sko_amount, decided.sko_period_from) == (Decimal("812.50"), NEXT)
    # The month after pays the SKO's amount for its first 15 days: 812.50 zł ÷ the month's
    # days × 15, under the SKO's decision; the month already listed is not paid again.
    month_days = (add_months(AFTER, 1) - AFTER).days
    expected = int((Decimal(81250) * 15 / month_days).to_integral_value())
    assert _paid(services, benefits_worker, coordinator, AFTER) == [(expected, TODAY, 15)]
    # Its period has ended: nothing more is due.
    with pytest.raises(Exception, match="nothing_due"):
        services.payments.prepare(benefits_worker, add_months(AFTER, 1))


def test_a_refusal_the_sko_changed_into_a_grant_is_paid(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor,
        admin: Actor) -> None:
    services.payments.set_bank_profile(admin, BankProfile(10, "PL61109010140000071219812874",
                                                          "cp1250"))
    _decision, appeal_id = _forwarded(services, benefits_worker, signer, DecisionKind.REFUSAL)
    with pytest.raises(Exception, match="nothing_due"):
        services.payments.prepare(benefits_worker, NEXT)
    services.appeals.record_outcome(benefits_worker, appeal_id, OutcomeInput(
        SkoOutcome.QUASHED_DECIDED, TODAY, "SKO.4101.13.2026", amount=Decimal("400.00"),
        period_from=NEXT))
    assert _paid(services, benefits_worker, coordinator, NEXT) == [(40000, TODAY, None)]


def test_the_new_content_belongs_to_a_decision_on_the_merits(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    _decision, appeal_id = _forwarded(services, benefits_worker, signer)
    with pytest.raises(ValidationError) as caught:
        services.appeals.record_outcome(benefits_worker, appeal_id, OutcomeInput(
            SkoOutcome.UPHELD, TODAY, "SKO.1", amount=Decimal("10"), period_from=NEXT))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("amount", "not_for_outcome"), ("period_from", "not_for_outcome")}
    with pytest.raises(ValidationError) as caught:
        services.appeals.record_outcome(benefits_worker, appeal_id, OutcomeInput(
            SkoOutcome.QUASHED_DECIDED, TODAY, "SKO.1", amount=Decimal("-1"),
            period_from=NEXT, period_to=NEXT - dt.timedelta(days=1)))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("amount", "amount_invalid"), ("period_to", "end_before_start")}
    with pytest.raises(ValidationError) as caught:
        services.appeals.record_outcome(benefits_worker, appeal_id, OutcomeInput(
            SkoOutcome.QUASHED_DECIDED, TODAY, "SKO.1", period_from=NEXT))
    assert [(e.field, e.code) for e in caught.value.errors] == [("amount", "required")]
    # Nothing was recorded by the refusals.
    assert services.appeals.get(benefits_worker, appeal_id).sko_outcome is None
