"""Hostile input at every appeal write: stored exactly as given, or a typed, worded refusal
that writes nothing (tests/services/test_hostile_input.py's rule, applied to appeals)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.appeals import SkoOutcome
from ops_desktop.services.appeals import AppealInput, ForwardInput, OutcomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from .strategies import mostly, odd_amounts, odd_dates, text_or_wrong, wrong_type
from .test_appeals import TODAY, _signed
from .test_hostile_input import HOSTILE, WORST_TEXT, Refused, attempt, ids, refused, spoil


@pytest.fixture
def decision(services: Services, benefits_worker: Actor, signer: Actor) -> uuid.UUID:
    return _signed(services, benefits_worker, signer, days_ago=20)


def _appeal_fields(decision: uuid.UUID) -> dict[str, st.SearchStrategy[Any]]:
    return {
        "decision_id": ids(decision),
        "lodged_on": odd_dates(),
        "received_on": odd_dates(),
        "delivered_on": st.one_of(st.none(), odd_dates()),
        "lodged_by": text_or_wrong(st.just("Jan Żółkiewski")),
        "summary": text_or_wrong(st.just("Za niska kwota.\r\nProszę o zmianę.")),
    }


def _valid(decision: uuid.UUID) -> AppealInput:
    return AppealInput(decision, TODAY - dt.timedelta(days=5), TODAY - dt.timedelta(days=4),
                       "Jan Żółkiewski", "Za niska kwota.", TODAY - dt.timedelta(days=15))


def _settle(services: Services, actor: Actor) -> None:
    """Close every appeal still open (each example registers against the same decision)."""
    for view in services.appeals.appeals(actor):
        if view.sko_outcome is None:
            if view.forwarded_on is None:
                services.appeals.forward(actor, view.id, ForwardInput(TODAY, ("Akta",)))
            services.appeals.record_outcome(actor, view.id, OutcomeInput(
                SkoOutcome.UPHELD, TODAY, "SKO.1.2026"))


@HOSTILE
@given(data=st.data())
def test_registering_an_appeal_stores_what_was_typed_or_writes_nothing(
        services: Services, benefits_worker: Actor, decision: uuid.UUID,
        data: st.DataObject) -> None:
    _settle(services, benefits_worker)
    given_input = spoil(data.draw, _valid(decision), _appeal_fields(decision))
    view = attempt(services, lambda: services.appeals.register(benefits_worker, given_input))
    if isinstance(view, Refused):
        return
    assert (view.lodged_on, view.received_on, view.delivered_on, view.lodged_by, view.summary) == (
        given_input.lodged_on, given_input.received_on, given_input.delivered_on,
        given_input.lodged_by.strip(), given_input.summary.strip())
    assert view.lodged_on <= view.received_on <= TODAY


@HOSTILE
@given(data=st.data())
def test_forwarding_and_the_outcome_store_what_was_typed_or_change_nothing(
        services: Services, benefits_worker: Actor, decision: uuid.UUID,
        data: st.DataObject) -> None:
    _settle(services, benefits_worker)
    appeal = services.appeals.register(benefits_worker, _valid(decision))
    documents = data.draw(mostly(st.lists(text_or_wrong(st.just("Akta sprawy")), min_size=1,
                                          max_size=4).map(tuple), wrong_type()))
    forwarded_on = data.draw(mostly(st.just(TODAY), odd_dates()))
    forwarded = attempt(services, lambda: services.appeals.forward(
        benefits_worker, appeal.id, ForwardInput(forwarded_on, documents)))
    if isinstance(forwarded, Refused):
        services.appeals.forward(benefits_worker, appeal.id, ForwardInput(TODAY, ("Akta",)))
    else:
        assert forwarded.documents == tuple(d.strip() for d in documents if d.strip())
    outcome = OutcomeInput(
        data.draw(mostly(st.sampled_from(list(SkoOutcome)), st.one_of(st.just("upheld"),
                                                                       wrong_type()))),
        data.draw(mostly(st.just(TODAY), odd_dates())),
        data.draw(text_or_wrong(st.just("SKO.4101.1.2026"))))
    recorded = attempt(services, lambda: services.appeals.record_outcome(
        benefits_worker, appeal.id, outcome))
    if not isinstance(recorded, Refused):
        assert (recorded.sko_outcome, recorded.sko_decided_on, recorded.sko_sign) == (
            outcome.outcome, outcome.decided_on, outcome.sko_sign.strip())


def test_the_worst_text_is_refused_next_to_its_field(
        services: Services, benefits_worker: Actor, decision: uuid.UUID) -> None:
    for field in ("lodged_by", "summary"):
        for text in WORST_TEXT:
            bad = AppealInput(**{**_valid(decision).__dict__, field: text})
            assert field in {f for f, _ in refused(services, lambda: services.appeals.register(
                benefits_worker, bad))}, (field, text)
    appeal = services.appeals.register(benefits_worker, _valid(decision))
    for text in WORST_TEXT:
        assert {f for f, _ in refused(services, lambda: services.appeals.forward(
            benefits_worker, appeal.id, ForwardInput(TODAY, ("Akta", text))))} == {"documents"}
    assert refused(services, lambda: services.appeals.forward(
        benefits_worker, appeal.id, ForwardInput(TODAY, ("Akta",) * 41))) == {
        ("documents", "invalid")}


@HOSTILE
@given(data=st.data())
def test_the_sko_content_and_the_consent_store_what_was_typed_or_change_nothing(
        services: Services, benefits_worker: Actor, decision: uuid.UUID,
        data: st.DataObject) -> None:
    _settle(services, benefits_worker)
    others = data.draw(text_or_wrong(st.just("Maria Żółkiewska")))
    registered = attempt(services, lambda: services.appeals.register(
        benefits_worker, AppealInput(**{**_valid(decision).__dict__, "other_parties": others})))
    if isinstance(registered, Refused):
        registered = services.appeals.register(benefits_worker, AppealInput(
            **{**_valid(decision).__dict__, "other_parties": "Maria Żółkiewska"}))
    consent_on = data.draw(mostly(st.just(TODAY), odd_dates()))
    consented = attempt(services, lambda: services.appeals.record_consent(
        benefits_worker, registered.id, consent_on))
    if not isinstance(consented, Refused):
        assert consented.others_consented_on == consent_on <= TODAY
    services.appeals.forward(benefits_worker, registered.id, ForwardInput(TODAY, ("Akta",)))
    outcome = OutcomeInput(
        SkoOutcome.QUASHED_DECIDED, TODAY, "SKO.4101.1.2026",
        amount=data.draw(st.one_of(st.none(), odd_amounts())),
        period_from=data.draw(st.one_of(st.none(), odd_dates())),
        period_to=data.draw(st.one_of(st.none(), odd_dates())))
    recorded = attempt(services, lambda: services.appeals.record_outcome(
        benefits_worker, registered.id, outcome))
    if not isinstance(recorded, Refused):
        assert (recorded.sko_amount, recorded.sko_period_from, recorded.sko_period_to) == (
            outcome.amount, outcome.period_from, outcome.period_to)
