"""The demo office's posiłek: a school child of a services client granted a free meal at
school after the family's interview, signed by the head, with the meals the school reported
for the two months before this one – so the demo's MRPiPS-03 row 1B.11 has figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.meals import MealKind
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.demo_placements import _at
from ops_desktop.services.hub import Services
from ops_desktop.services.meals import MealDecisionInput
from ops_desktop.storage.models import replayed_at

MEAL_ANSWERS = {
    "A": {"address": "Lipowiec, mieszkanie komunalne", "family_size": "3",
          "family": "Matka z dwojgiem dzieci w wieku szkolnym."},
    "H": {"needs": "Posiłek dla dziecka w szkole.",
          "expectations": "Obiad w stołówce szkolnej."},
    "I": {"conclusions": "Dochód na osobę w rodzinie w granicach programu „Posiłek w szkole "
                         "i w domu”; zasadne przyznanie posiłku dziecku."},
}
SCHOOL = "Szkoła Podstawowa nr 1 w Lipowcu – stołówka szkolna"
PRICE = Decimal("6.50")
# Meals the school reported for the months before this one (school days of a month).
REPORTED = (21, 19)


def _school_child(services: Services, worker: Actor, today: dt.date,
                  ) -> tuple[object, object] | None:
    """A services case whose household has a member of school age (7–17 today)."""
    for case in sorted(services.referrals.cases(worker, Team.SERVICES.value, 200, None, True),
                       key=lambda c: c.opened_on)[4:]:
        for m in services.persons.household(worker, case.person_id):
            born = m.birth_date
            if born is not None and m.person_id != case.person_id \
                    and 7 <= (today - born).days // 366 <= 17:
                return case, m
    return None


def meal_story(services: Services, actors: dict[Role, list[Actor]],
               today: dt.date) -> dict[str, int]:
    """Returns how many meal decisions were signed and months of meals recorded."""
    worker, head = actors[Role.SERVICES][0], actors[Role.COORDINATOR][0]
    found = _school_child(services, worker, today)
    if found is None:
        return {"meal_decisions": 0, "meal_months": 0}
    case, child = found
    first = add_months(today.replace(day=1), -len(REPORTED))
    learned = max(first - dt.timedelta(days=10), case.opened_on)  # type: ignore[attr-defined]
    with replayed_at(_at(learned, 9)):
        opened = services.interviews.open(worker, case.id, learned)  # type: ignore[attr-defined]
        services.interviews.save(worker, opened.id, MEAL_ANSWERS, learned, "w domu rodziny")
        services.interviews.complete(worker, opened.id)
    decided = max(learned, first - dt.timedelta(days=3))
    ends = add_months(first, 6) - dt.timedelta(days=1)
    with replayed_at(_at(decided, 11)):
        decision = services.meals.prepare(worker, MealDecisionInput(
            case_id=case.id, beneficiary_id=child.person_id,  # type: ignore[attr-defined]
            kind=MealKind.SCHOOL, place=SCHOOL, decided_on=decided, starts_on=first,
            ends_on=ends, days=120, per_day=1, price=PRICE, income=Decimal("3600.00"),
            household_size=3, interview_id=opened.id,
            reasoning="Matka samotnie wychowuje dzieci; dochód rodziny 1 200,00 zł na osobę."))
    with replayed_at(_at(decided, 13)):
        services.meals.sign(head, decision.id)
    for i, meals in enumerate(REPORTED):
        month = add_months(first, i)
        with replayed_at(_at(add_months(month, 1), 12)):
            services.meals.record_month(worker, decision.id, month, meals)
    return {"meal_decisions": 1, "meal_months": len(REPORTED)}
