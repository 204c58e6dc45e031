"""The head starts a Niebieska Karta from form A naming persons of the register, on a real
SQLite file: on a victim's open social-work case, or on a new case carried by the social
worker the head names; either way it is in the team's list and the worker's "Moje sprawy"
with its deadline."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.errors import PermissionDenied, ValidationError
from ops_desktop.services.blue_card_head import HeadFormAInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import BlueCardRow, CaseRow

from .strategies import text_or_wrong, wrong_type
from .test_blue_card import TODAY, WITNESS, Family, family  # noqa: F401 – the fixture
from .test_hostile_input import HOSTILE, Refused, attempt, ids, spoil
from .test_social_work_log import _without_pesel


def _head_form(victim: object, using: object, worker: object) -> HeadFormAInput:
    return HeadFormAInput(worker, TODAY - dt.timedelta(days=1), WITNESS, (victim,),  # type: ignore[arg-type]
                          (using,), "Zgłoszenie policji.")  # type: ignore[arg-type]


def test_on_the_victims_open_case_it_joins_the_workers_list(
        services: Services, coordinator: Actor, social_worker: Actor, family: Family) -> None:
    started = services.blue_cards.start_for_persons(
        coordinator, _head_form(family.wife, family.husband, None))
    assert not started.new_case and started.card.case_id == family.case_id
    assert [c.id for c in services.blue_cards.procedures(social_worker)] == [started.card.id]
    mine = {i.case_id: i for i in services.caseload.my_cases(social_worker)}[family.case_id]
    assert (mine.next_due, mine.next_kind) == (
        add_working_days(TODAY - dt.timedelta(days=1), 5), "blue_card_step")


def test_without_a_case_the_head_names_the_worker_and_a_case_opens(
        services: Services, coordinator: Actor, social_worker: Actor, desk: Actor) -> None:
    victim = services.persons.register_household(desk, _without_pesel("Ewa", "Kos"), [])
    # The person using violence lives elsewhere: anyone of the register may be named.
    other = services.persons.register_household(desk, _without_pesel("Adam", "Gil"), [])
    for worker, code in ((None, "required"), (desk.user_id, "not_team_worker"),
                         (coordinator.user_id, "not_team_worker")):
        with pytest.raises(ValidationError) as refused:
            services.blue_cards.start_for_persons(coordinator, _head_form(victim, other, worker))
        assert {e.field: e.code for e in refused.value.errors} == {"worker_id": code}
    with services.db.session() as s:  # a refusal leaves no case and no procedure behind
        assert s.scalar(select(func.count()).select_from(CaseRow)) == 0
        assert s.scalar(select(func.count()).select_from(BlueCardRow)) == 0
    started = services.blue_cards.start_for_persons(
        coordinator, _head_form(victim, other, social_worker.user_id))
    assert started.new_case and started.card.person_name == "Kos Ewa"
    assert [(p.name, p.role.value) for p in started.card.parties] == [
        ("Kos Ewa", "victim"), ("Gil Adam", "using_violence")]
    [item] = services.caseload.my_cases(social_worker)
    assert item.case_id == started.card.case_id and item.next_kind == "blue_card_step"
    with services.db.session() as s:
        case = s.get(CaseRow, started.card.case_id)
        assert case is not None and case.team_code == "social_work"
        assert (case.worker_id, case.person_id) == (social_worker.user_id, victim)


def test_only_the_head_starts_from_the_register(
        services: Services, social_worker: Actor, desk: Actor, family: Family) -> None:
    for actor in (social_worker, desk):
        with pytest.raises(PermissionDenied):
            services.blue_cards.start_for_persons(
                actor, _head_form(family.wife, family.husband, social_worker.user_id))


@HOSTILE
@given(data=st.data())
def test_the_heads_form_a_stores_what_was_typed_or_writes_nothing(
        services: Services, coordinator: Actor, social_worker: Actor, family: Family,
        data: st.DataObject) -> None:
    base = _head_form(family.wife, family.husband, social_worker.user_id)
    people = st.lists(st.one_of(st.sampled_from([family.wife, family.husband]), st.uuids(),
                                wrong_type()), max_size=3).map(tuple)
    form = spoil(data.draw, base, {
        "worker_id": st.one_of(ids(social_worker.user_id), st.just(coordinator.user_id)),
        "filled_on": st.one_of(st.dates(), wrong_type(), st.none()),
        "filled_by": text_or_wrong(st.just(WITNESS)),
        "victims": st.one_of(people, wrong_type()),
        "using_violence": st.one_of(people, wrong_type()),
        "note": text_or_wrong(st.just("Zgłoszenie policji.")),
    })
    started = attempt(services, lambda: services.blue_cards.start_for_persons(coordinator, form))
    if isinstance(started, Refused):
        return
    assert (started.card.filled_by, started.card.note) == (form.filled_by.strip(),
                                                           form.note.strip())
    assert {p.person_id for p in started.card.parties} == (set(form.victims)
                                                           | set(form.using_violence))
