"""Meal decisions the head signed on days of the test's choosing: each is prepared and
signed while the store's clock reads that day (domain/clock.replayed_at), as the demo office
does, so its signed_at (the issue day on the office's clock) is that moment."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.clock import replayed_at, utc_of_office
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.meals import MealDecisionView
from tests.meals.test_meal_services import _input
from tests.services.helpers import PESEL_WOMAN_2002, interview_answers, person, referral_intake


@dataclass(frozen=True)
class Household:
    case_id: uuid.UUID
    person_id: uuid.UUID
    interview_id: uuid.UUID  # completed the day before the first decision


def household(services: Services, desk: Actor, carer: Actor, since: dt.date) -> Household:
    """A services-team case of a household (a woman, not the other tests' Jan) with an
    interview completed the day before `since`."""
    pid = services.persons.register_household(
        desk, person("Ewa", "Lis", PESEL_WOMAN_2002), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case_id = services.referrals.accept(carer, rid).id
    before = since - dt.timedelta(days=1)
    opened = services.interviews.open(carer, case_id, before)
    services.interviews.save(carer, opened.id, interview_answers(), before, "w domu")
    services.interviews.complete(carer, opened.id)
    return Household(case_id, pid, opened.id)


def signed_meals(services: Services, desk: Actor, carer: Actor, head: Actor,
                 moments: list[dt.datetime], home: Household | None = None
                 ) -> list[MealDecisionView]:
    """Meal decisions of one household, each decided on and signed at one of `moments`
    (naive, on the office's clock), in the order given; the views as signed."""
    home = home or household(services, desk, carer, min(moments).date())
    signed = []
    for moment in moments:
        with replayed_at(utc_of_office(moment)):
            made = services.meals.prepare(carer, _input(home.case_id, home.person_id,
                                                        home.interview_id,
                                                        decided_on=moment.date()))
            signed.append(services.meals.sign(head, made.id))
    return signed


def at(day: dt.date, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))
