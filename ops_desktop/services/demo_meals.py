"""The demo office's posiłek: a mother bringing up her son of ten alone comes to the desk,
which refers her to the services team; after the family's interview the boy is granted a free
school dinner (1 200 zł a person is within 200% of the criterion), the head signs, and the
school reports the meals given in the two months before this one – so the demo's MRPiPS-03
row 1B.11 has figures."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.meals import MealKind
from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import (
    Channel,
    Ground,
    IntakeOutcome,
    Relation,
    Role,
    Sex,
    Team,
)
from ops_desktop.services.context import Actor
from ops_desktop.services.demo_placements import _at
from ops_desktop.services.demo_story import born, make_pesel
from ops_desktop.services.hub import Services
from ops_desktop.services.intake import IntakeInput
from ops_desktop.services.meals import MealDecisionInput
from ops_desktop.services.persons import MemberInput
from ops_desktop.storage.models import replayed_at

MEAL_ANSWERS = {
    "A": {"address": "ul. Szkolna 4/2, Lipowiec", "family_size": "2",
          "family": "Matka samotnie wychowująca syna w wieku szkolnym."},
    "H": {"needs": "Posiłek dla dziecka w szkole.",
          "expectations": "Obiad w stołówce szkolnej."},
    "I": {"diagnosis": "Rodzina niepełna; dochód matki z pracy nie wystarcza na pełne "
                       "wyżywienie syna.",
          "conclusions": "Dochód na osobę w rodzinie w granicach programu „Posiłek w szkole "
                         "i w domu”; zasadne przyznanie posiłku dziecku."},
    "J": {"plan": "Obiad w stołówce szkolnej przez semestr; kontakt z pracownikiem co miesiąc.",
          "contract": "nie"},
}
# The desk's reason for the referral (not one of the demo's random intake stories).
MEAL_REASON = "Posiłek dla dziecka w szkole (program „Posiłek w szkole i w domu”)."
SCHOOL = "Szkoła Podstawowa nr 1 w Lipowcu – stołówka szkolna"
PRICE = Decimal("6.50")
# Meals the school reported for the months before this one (school days of a month).
REPORTED = (21, 19)


def _family(services: Services, desk: Actor, today: dt.date) -> tuple[uuid.UUID, uuid.UUID]:
    """A mother and her son of ten, registered at the desk: (the mother, the son)."""
    rng = random.Random(4813)
    home = Address("ul. Szkolna", "4", "2", "66-999", "Lipowiec")
    mother_born, son_born = born(rng, today, 36), born(rng, today, 10)

    def someone(first: str, last: str, birth: dt.date, sex: Sex) -> PersonInput:
        return PersonInput(first_name=first, last_name=last,
                           pesel=make_pesel(rng, birth, sex), id_document_type=None,
                           id_document_number=None, birth_date=birth, sex=sex, address=home,
                           phone="")

    mother = services.persons.register_household(
        desk, someone("Monika", "Zielińska", mother_born, Sex.FEMALE),
        [MemberInput(Relation.CHILD, someone("Kacper", "Zieliński", son_born, Sex.MALE))])
    son = next(m.person_id for m in services.persons.household(desk, mother)
               if m.person_id != mother)
    return mother, son


def meal_story(services: Services, actors: dict[Role, list[Actor]],
               today: dt.date) -> dict[str, int]:
    """Returns how many meal decisions were signed and months of meals recorded."""
    desk, worker = actors[Role.FIRST_CONTACT][0], actors[Role.SERVICES][0]
    head = actors[Role.COORDINATOR][0]
    # An office made for its staff alone (the city-sized generator fills it) gets no family.
    if not services.referrals.cases(worker, Team.SERVICES.value, 1, None, True):
        return {"meal_decisions": 0, "meal_months": 0}
    first = add_months(today.replace(day=1), -len(REPORTED))
    learned = first - dt.timedelta(days=12)
    with replayed_at(_at(learned - dt.timedelta(days=2), 9)):
        mother, son = _family(services, desk, today)
        referral = services.intake.record(desk, IntakeInput(
            person_id=mother, received_at=_at(learned - dt.timedelta(days=2), 9),
            channel=Channel.IN_PERSON,
            problem="Samotnie wychowuje syna; nie starcza na obiady w szkole.",
            grounds=(Ground.POVERTY,), outcome=IntakeOutcome.REFERRED,
            refer_to=Team.SERVICES, referral_reason=MEAL_REASON)).referral_id
        assert referral is not None
    with replayed_at(_at(learned - dt.timedelta(days=1), 11)):  # the team takes it next day
        case = services.referrals.accept(worker, referral)
    with replayed_at(_at(learned, 10)):
        opened = services.interviews.open(worker, case.id, learned)
        services.interviews.save(worker, opened.id, MEAL_ANSWERS, learned, "w domu rodziny")
        services.interviews.complete(worker, opened.id)
    decided = first - dt.timedelta(days=5)
    ends = add_months(first, 6) - dt.timedelta(days=1)
    with replayed_at(_at(decided, 11)):
        decision = services.meals.prepare(worker, MealDecisionInput(
            case_id=case.id, beneficiary_id=son, kind=MealKind.SCHOOL, place=SCHOOL,
            decided_on=decided, starts_on=first, ends_on=ends, days=120, per_day=1,
            price=PRICE, income=Decimal("2400.00"), household_size=2, interview_id=opened.id,
            reasoning="Matka samotnie wychowuje syna; dochód rodziny 1 200,00 zł na osobę."))
    with replayed_at(_at(decided, 13)):
        services.meals.sign(head, decision.id)
    for i, meals in enumerate(REPORTED):
        month = add_months(first, i)
        with replayed_at(_at(add_months(month, 1), 12)):
            services.meals.record_month(worker, decision.id, month, meals)
    return {"meal_decisions": 1, "meal_months": len(REPORTED)}
