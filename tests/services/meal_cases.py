"""The permission matrix's rows for posiłek (test_permissions.py adds them to its table):
the services team prepares decisions and records the meals given, the head signs, and nobody
else reads any of it (the decision states the family's income)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.meals import MealKind
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.meals import MealDecisionInput

from .helpers import interview_answers

SRV, HEAD = Role.SERVICES, Role.COORDINATOR
TODAY = wall_today()
FIRST = TODAY.replace(day=1)


def meal_input(w: Any) -> MealDecisionInput:
    case_id = w.team_case(Team.SERVICES)
    opened = w.services.interviews.open(w.setup, case_id, TODAY - dt.timedelta(days=1))
    w.services.interviews.save(w.setup, opened.id, interview_answers(),
                               TODAY - dt.timedelta(days=1), "w domu")
    w.services.interviews.complete(w.setup, opened.id)
    party = w.services.meals.members(w.setup, case_id)[0].id
    return MealDecisionInput(case_id, party, MealKind.HOT_MEAL, "Bar „Smak”", TODAY, FIRST,
                             FIRST + dt.timedelta(days=27), 20, 1, Decimal("12.00"),
                             Decimal("1500.00"), 1, opened.id)


def meal_decision(w: Any, signed: bool = False) -> uuid.UUID:
    made = w.services.meals.prepare(w.setup, meal_input(w))
    return w.services.meals.sign(w.setup, made.id).id if signed else made.id


Call = Callable[[Any, Any], object]
MEAL_CASES: dict[str, tuple[Call, set[Role]]] = {
    "meals.members": (lambda w, a: w.services.meals.members(
        a, w.team_case(Team.SERVICES)), {SRV, HEAD}),
    "meals.interviews": (lambda w, a: w.services.meals.interviews(
        a, w.team_case(Team.SERVICES)), {SRV, HEAD}),
    "meals.terms": (lambda w, a: w.services.meals.terms(a, meal_input(w)), {SRV, HEAD}),
    "meals.prepare": (lambda w, a: w.services.meals.prepare(a, meal_input(w)), {SRV, HEAD}),
    "meals.sign": (lambda w, a: w.services.meals.sign(a, meal_decision(w)), {HEAD}),
    "meals.discard": (lambda w, a: w.services.meals.discard(a, meal_decision(w)), {SRV, HEAD}),
    "meals.decisions": (lambda w, a: w.services.meals.decisions(a), {SRV, HEAD}),
    # The head's signing list and list of signed decisions (services/placement_common.py).
    "meals.drafts": (lambda w, a: w.services.meals.drafts(a), {SRV, HEAD}),
    "meals.signed_page": (lambda w, a: w.services.meals.signed_page(a, 10), {SRV, HEAD}),
    "meals.signed_count": (lambda w, a: w.services.meals.signed_count(a), {SRV, HEAD}),
    "meals.issued_on_day": (lambda w, a: w.services.meals.issued_on_day(a, TODAY),
                            {SRV, HEAD}),
    "meals.document": (lambda w, a: w.services.meals.document(a, meal_decision(w)),
                       {SRV, HEAD}),
    "meals.record_month": (lambda w, a: w.services.meals.record_month(
        a, meal_decision(w, signed=True), FIRST, 10), {SRV, HEAD}),
    "meals.months": (lambda w, a: w.services.meals.months(a, meal_decision(w, signed=True)),
                     {SRV, HEAD}),
}
