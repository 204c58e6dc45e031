"""Posiłek on a real store: the decision's meals and cost by hand, free up to exactly 200%
of the criterion and paid a grosz above, an interview first, the head's signature, the store
refusing to change a signed decision, the months given bound by the decision, and the paper
read back with pypdf with every element of KPA art. 107."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import uuid
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from ops_desktop.domain.meals import MealKind
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.meals import MealDecisionInput

from ..conftest import _staff
from ..services.helpers import interview_answers, person, referral_intake

D = Decimal
TODAY = wall_today()
FIRST = TODAY.replace(day=1)


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "pracownik socjalny",
                  frozenset({Role.SERVICES}))


def _case(services: Services, desk: Actor, worker: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    return services.referrals.accept(worker, rid).id, pid


def _interview(services: Services, worker: Actor, case_id: uuid.UUID) -> uuid.UUID:
    opened = services.interviews.open(worker, case_id, TODAY - dt.timedelta(days=2))
    services.interviews.save(worker, opened.id, interview_answers(),
                             TODAY - dt.timedelta(days=2), "w domu")
    services.interviews.complete(worker, opened.id)
    return opened.id


def _input(case_id: uuid.UUID, pid: uuid.UUID, interview_id: uuid.UUID | None,
           **changes: object) -> MealDecisionInput:
    data = MealDecisionInput(
        case_id=case_id, beneficiary_id=pid, kind=MealKind.SCHOOL,
        place="Szkoła Podstawowa nr 1 – stołówka", decided_on=TODAY, starts_on=FIRST,
        ends_on=add_months(FIRST, 1) - dt.timedelta(days=1), days=21, per_day=1,
        price=D("6.50"), income=D("2020.00"), household_size=1, interview_id=interview_id,
        reasoning="Osoba nie może sama zapewnić sobie posiłku.")
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)


def test_meals_and_cost_by_hand_free_up_to_200_percent_paid_above(
        services: Services, desk: Actor, carer: Actor) -> None:
    case_id, pid = _case(services, desk, carer)
    # 21 school days × 1 meal × 6,50 zł = 136,50 zł; a single person's criterion from 2025
    # is 1 010 zł, 200% = 2 020,00 zł: exactly that is free ("nie przekracza")
    at = services.meals.terms(carer, _input(case_id, pid, None))
    assert (at.meals, at.total, at.threshold, at.free) == (21, D("136.50"), D("2020.00"), True)
    above = services.meals.terms(carer, _input(case_id, pid, None, income=D("2020.01")))
    assert above.free is False
    # a family of 3: 823 zł × 200% = 1 646,00 zł a person; 4 938,00 ÷ 3 = 1 646,00 is free,
    # 4 938,03 ÷ 3 = 1 646,01 is paid; 2 meals a day × 20 days × 7,25 zł = 290,00 zł
    family = _input(case_id, pid, None, household_size=3, income=D("4938.00"), days=20,
                    per_day=2, price=D("7.25"))
    terms = services.meals.terms(carer, family)
    assert (terms.meals, terms.total, terms.threshold, terms.free) == (
        40, D("290.00"), D("1646.00"), True)
    assert not services.meals.terms(carer, dataclasses.replace(
        family, income=D("4938.03"))).free


def test_an_interview_first_then_the_head_signs_and_the_store_keeps_it(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    case_id, pid = _case(services, desk, carer)
    with pytest.raises(ValidationError) as refused:
        services.meals.prepare(carer, _input(case_id, pid, None))
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("interview_id", "meal_needs_interview")]
    with pytest.raises(ValidationError) as stranger:
        services.meals.prepare(carer, _input(case_id, uuid.uuid4(),
                                             _interview(services, carer, case_id)))
    assert stranger.value.errors[0].code == "meal_not_household"
    draft = services.meals.prepare(carer, _input(case_id, pid, _interview(services, carer,
                                                                          case_id)))
    assert draft.number.startswith("POS/") and not draft.signed
    with pytest.raises(PermissionDenied):
        services.meals.sign(carer, draft.id)
    with pytest.raises(ValidationError, match="meal_not_signed"):
        services.meals.record_month(carer, draft.id, FIRST, 5)
    signed = services.meals.sign(coordinator, draft.id)
    assert signed.signed
    with pytest.raises(DomainError):
        services.meals.discard(carer, draft.id)
    # the store itself refuses to change or delete the signed decision
    with services.db.session(coordinator.user_id) as s:
        with pytest.raises(Exception, match="signed meal decision is immutable"):
            s.execute(text("UPDATE meal_decisions SET days = 22"))
    with services.db.session(coordinator.user_id) as s:
        with pytest.raises(Exception, match="signed meal decision is immutable"):
            s.execute(text("DELETE FROM meal_decisions"))


def test_the_months_given_are_bound_by_the_decision(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    case_id, pid = _case(services, desk, carer)
    decision = services.meals.prepare(carer, _input(
        case_id, pid, _interview(services, carer, case_id),
        ends_on=add_months(FIRST, 2) - dt.timedelta(days=1), days=40))
    services.meals.sign(coordinator, decision.id)
    given = services.meals.record_month(carer, decision.id, FIRST, 21)
    assert (given.meals, given.amount) == (21, D("136.50"))  # free: the office pays 21 × 6,50
    with pytest.raises(ValidationError) as too_many:
        services.meals.record_month(carer, decision.id, add_months(FIRST, 1), 20)
    assert [(e.field, e.code) for e in too_many.value.errors] == [
        ("meals", "meal_count_above_granted")]
    with pytest.raises(ValidationError) as outside:
        services.meals.record_month(carer, decision.id, add_months(FIRST, 2), 1)
    assert outside.value.errors[0].code == "meal_month_outside_period"
    # typing a month again corrects it: 21 + 19 = 40, all granted
    services.meals.record_month(carer, decision.id, add_months(FIRST, 1), 19)
    services.meals.record_month(carer, decision.id, FIRST, 20)
    assert [m.meals for m in services.meals.months(carer, decision.id)] == [20, 19]
    (view,) = services.meals.decisions(carer)
    assert (view.meals, view.given, view.total) == (40, 39, D("260.00"))


def test_the_decision_prints_every_element_of_art_107(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    case_id, pid = _case(services, desk, carer)
    draft = services.meals.prepare(carer, _input(case_id, pid, _interview(services, carer,
                                                                          case_id)))
    assert "PROJEKT" in _text(services.meals.document(carer, draft.id))
    signed = services.meals.sign(coordinator, draft.id)
    words = _text(services.meals.document(coordinator, signed.id))
    for expected in ("DECYZJA", signed.number, "w sprawie przyznania pomocy w formie posiłku",
                     "art. 48b ust. 1", "posiłek dla dziecka w szkole",
                     "Szkoła Podstawowa nr 1 – stołówka", "w liczbie 21 posiłków",
                     "(dni wydawania: 21, posiłków dziennie: 1)", "nieodpłatnie", "200% kryterium",
                     "2 020,00 zł", "6,50 zł", "136,50 zł", "UZASADNIENIE",
                     "rodzinnego wywiadu środowiskowego", "POUCZENIE", "14 dni",
                     coordinator.full_name, "Otrzymują"):
        assert expected in words, expected
    assert "PROJEKT" not in words


@pytest.mark.parametrize("changes, field", [
    ({"price": 6.5}, "price"), ({"price": D("0")}, "price"), ({"price": None}, "price"),
    ({"income": "2020"}, "income"), ({"household_size": True}, "household_size"),
    ({"days": 0}, "days"), ({"days": 2.5}, "days"), ({"per_day": 6}, "per_day"),
    ({"days": 40}, "days"),  # more days than the 28–31 of the month granted
    ({"starts_on": wall_now()}, "starts_on"), ({"ends_on": FIRST - dt.timedelta(1)},
                                                      "ends_on"),
    ({"decided_on": None}, "decided_on"), ({"kind": "breakfast"}, "kind"),
    ({"place": "  "}, "place"), ({"place": "x\x00"}, "place"), ({"place": "x" * 201}, "place"),
    ({"reasoning": 5}, "reasoning"), ({"beneficiary_id": "abc"}, "beneficiary_id"),
    ({"interview_id": 7}, "interview_id"),
])
def test_hostile_values_come_back_under_their_fields(
        services: Services, desk: Actor, carer: Actor, changes: dict[str, object],
        field: str) -> None:
    case_id, pid = _case(services, desk, carer)
    with pytest.raises(ValidationError) as refused:
        interview = changes.pop("interview_id", None)
        services.meals.prepare(carer, _input(case_id, pid, interview, **changes))  # type: ignore[arg-type]
    assert field in {e.field for e in refused.value.errors}


@pytest.mark.parametrize("month, meals, field", [
    (wall_now(), 1, "month"), ("2026-01", 1, "month"), (FIRST.replace(day=2), 1, "month"),
    (FIRST, -1, "meals"), (FIRST, "5", "meals"), (FIRST, True, "meals"),
])
def test_hostile_months_come_back_under_their_fields(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor, month: object,
        meals: object, field: str) -> None:
    case_id, pid = _case(services, desk, carer)
    decision = services.meals.prepare(carer, _input(case_id, pid,
                                                    _interview(services, carer, case_id)))
    services.meals.sign(coordinator, decision.id)
    with pytest.raises(ValidationError) as refused:
        services.meals.record_month(carer, decision.id, month, meals)  # type: ignore[arg-type]
    assert [e.field for e in refused.value.errors] == [field]


def test_a_signed_meal_decision_waits_in_the_print_centre(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    from ops_desktop.services.print_centre import PrintKind, QueueFilter

    case_id, pid = _case(services, desk, carer)
    draft = services.meals.prepare(carer, _input(case_id, pid, _interview(services, carer,
                                                                          case_id)))
    only_meals = QueueFilter(TODAY, TODAY, frozenset({PrintKind.MEAL_DECISION}))
    assert services.print_centre.queue(carer, only_meals) == []  # a draft is not issued
    signed = services.meals.sign(coordinator, draft.id)
    (item,) = services.print_centre.queue(carer, only_meals)
    assert (item.record_id, item.number, item.team) == (signed.id, signed.number, "services")
    stack = services.print_centre.render(carer, [item])
    assert stack is not None and not stack.skipped
    assert "w sprawie przyznania pomocy w formie posiłku" in _text(stack.pdf)


def test_the_partys_copy_of_their_data_lists_the_meal_decision(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    """RODO art. 15: the party's copy names the meal decision, where and when it is given."""
    case_id, pid = _case(services, desk, carer)
    draft = services.meals.prepare(carer, _input(case_id, pid, _interview(services, carer,
                                                                          case_id)))
    services.meals.sign(coordinator, draft.id)
    (placement,) = services.personal_data.export(coordinator, pid).placements
    assert (placement.kind, placement.number, placement.place, placement.status) == (
        "meal", draft.number, "Szkoła Podstawowa nr 1 – stołówka", "signed")
    words = _text(services.personal_data.export_pdf(coordinator, pid))
    assert "przyznanie posiłku" in words and "Szkoła Podstawowa nr 1 – stołówka" in words
