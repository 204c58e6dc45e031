"""Hostile input to every write of a programme: the worst text, values of the wrong type,
odd dates and ids – stored as typed, or refused by field with words on screen and nothing
written (the harness of test_hostile_input.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.contracts import EndReason
from ops_desktop.domain.plans import Action, ActionStatus, Performer
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import ProgrammeRow

from .helpers import START, person, referral_intake
from .programme_helpers import programme_input
from .strategies import hostile_text, mostly, odd_dates, text_or_wrong, wrong_type
from .test_hostile_input import HOSTILE, REFUSED, attempt


@pytest.fixture
def case_id(services: Services, desk: Actor, social_worker: Actor) -> uuid.UUID:
    """One social-work case for every example of a test."""
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    return services.referrals.accept(social_worker, rid).id


@HOSTILE
@given(data=st.data())
def test_drawing_up_stores_what_was_typed_or_writes_nothing(
        services: Services, social_worker: Actor, case_id: uuid.UUID,
        data: st.DataObject) -> None:
    good = programme_input()
    action = Action(data.draw(text_or_wrong(st.just("Terapia")), label="what"),
                    data.draw(mostly(st.just(Performer.PERSON), wrong_type()), label="who"),
                    data.draw(text_or_wrong(st.just("")), label="who_name"),
                    data.draw(mostly(st.just(START + dt.timedelta(10)), odd_dates()), label="due"),
                    data.draw(text_or_wrong(st.just("zaświadczenie")), label="assessed"))
    made = dataclasses.replace(
        good, kind=data.draw(text_or_wrong(st.just("homelessness")), label="kind"),
        worker_phone=data.draw(text_or_wrong(st.just("95 761 00 01")), label="phone"),
        diagnosis=data.draw(text_or_wrong(st.just("Bez domu.")), label="diagnosis"),
        main_goal=data.draw(text_or_wrong(st.just("Mieszkanie.")), label="main_goal"),
        specific_goals=data.draw(mostly(st.tuples(hostile_text()), wrong_type()), label="goals"),
        actions=(action,),
        starts_on=data.draw(mostly(st.just(START), odd_dates()), label="starts_on"))
    saved = attempt(services, lambda: services.programmes.draft(social_worker, case_id, made))
    if saved is REFUSED:
        return
    with services.db.session() as s:
        row = s.get(ProgrammeRow, saved.id)  # type: ignore[union-attr]
        assert row is not None and row.diagnosis == made.diagnosis.replace("\r\n", "\n").strip()


@HOSTILE
@given(data=st.data())
def test_signing_reviewing_and_ending_with_hostile_values_change_nothing_or_as_asked(
        services: Services, social_worker: Actor, case_id: uuid.UUID,
        data: st.DataObject) -> None:
    draft = services.programmes.draft(social_worker, case_id, programme_input())
    on = data.draw(mostly(st.just(START), odd_dates()), label="signed_on")
    signed = attempt(services, lambda: services.programmes.sign(social_worker, draft.id, on))
    if signed is REFUSED:
        return
    first = signed.actions[0].id  # type: ignore[union-attr]
    statuses = data.draw(mostly(st.just({first: ActionStatus.DONE}), st.one_of(
        wrong_type(), st.just({uuid.uuid4(): ActionStatus.DONE}), st.just({first: "done"}))),
        label="statuses")
    note = data.draw(text_or_wrong(st.just("Uwagi.")), label="note")
    day = data.draw(mostly(st.just(wall_today()), odd_dates()), label="reviewed_on")
    attempt(services, lambda: services.programmes.review(social_worker, draft.id, day,
                                                         statuses, note))
    reason = data.draw(mostly(st.just(EndReason.ACHIEVED), wrong_type()), label="reason")
    attempt(services, lambda: services.programmes.end(social_worker, draft.id, reason, day, note))
    ids = data.draw(st.one_of(wrong_type(), st.just(uuid.uuid4())), label="id")
    attempt(services, lambda: services.programmes.programme(social_worker, ids))
