"""Posiłek (art. 48b u.p.s.): the meals a decision grants, whether they are free under the
programme "Posiłek w szkole i w domu" (income within its multiple of the criterion), what
they cost, and how many a month may be recorded as given.

The dated rules and wording are resources/law/meals.json; the criterion is the one in force
on the decision's day (resources/law, domain/law.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.errors import DomainError, FieldError
from ops_desktop.domain.fields import INVALID, choice_errors, date_errors, text_errors
from ops_desktop.domain.law import LawParameters, in_force
from ops_desktop.domain.money import GROSZ, amount_errors, is_money

PLACE_MAX = 200
REASONING_MAX = 20000
DAYS_MAX = 366
PER_DAY_MAX = 5
PRICE_MAX = Decimal("200.00")
INCOME_MAX = Decimal("1000000.00")
HOUSEHOLD_MAX = 30


class MealKind(StrEnum):
    HOT_MEAL = "hot_meal"  # jeden gorący posiłek dziennie
    SCHOOL = "school"  # posiłek dla dziecka w szkole


@dataclass(frozen=True)
class MealLaw:
    valid_from: dt.date
    source: str
    confirmed: str
    programme: str
    free_threshold: Decimal  # free when income per person ≤ this × the criterion
    appeal_days: int
    texts: Mapping[str, Any]

    def text(self, key: str) -> str:
        return str(self.texts[key])

    def kind_text(self, kind: MealKind) -> str:
        return str(self.texts["kinds"][kind.value])

    @property
    def threshold_percent(self) -> str:
        return format((self.free_threshold * 100).normalize(), "f")


_TEXT_KEYS = ("legal_basis", "subject", "kinds", "ruling", "free", "paid", "interview",
              "reasoning")


def _parse(raw: Mapping[str, Any]) -> MealLaw:
    try:
        law = MealLaw(valid_from=dt.date.fromisoformat(raw["valid_from"]),
                      source=str(raw["source"]), confirmed=str(raw["confirmed"]),
                      programme=str(raw["programme"]),
                      free_threshold=Decimal(raw["free_threshold"]),
                      appeal_days=int(raw["appeal_days"]),
                      texts={k: raw[k] for k in _TEXT_KEYS})
    except (KeyError, ValueError, ArithmeticError, TypeError) as exc:
        raise DomainError("meals_file_invalid", str(exc)) from exc
    if law.free_threshold <= 0 or set(law.texts["kinds"]) != {k.value for k in MealKind}:
        raise DomainError("meals_file_invalid", f"{law.valid_from}: threshold or kinds")
    return law


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[MealLaw, ...]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return tuple(sorted((_parse(s) for s in raw["sets"]), key=lambda s: s.valid_from))


def meal_law(on: dt.date) -> MealLaw:
    """The set in force on `on` (the decision's day)."""
    return in_force(_load(resource_path("law", "meals.json")), on)


@dataclass(frozen=True)
class MealTerms:
    """What a decision grants and on what terms, every figure as it prints."""

    meals: int  # days × meals a day
    price: Decimal  # one meal
    total: Decimal  # meals × price
    income_per_person: Decimal  # the household's income ÷ its members
    criterion: Decimal  # single person's, or per person in a family
    threshold: Decimal  # criterion × the programme's multiple
    free: bool  # income within the threshold: the office pays the whole price


def money(value: Decimal) -> Decimal:
    return value.quantize(GROSZ, rounding=ROUND_HALF_UP)


def meal_terms(days: int, per_day: int, price: Decimal, income: Decimal, household_size: int,
               law: MealLaw, criteria: LawParameters) -> MealTerms:
    """Free when the income per person does not exceed ("nie przekracza", ≤) the threshold:
    the single person's criterion for one, the per-person one for a family."""
    meals = days * per_day
    criterion = criteria.single_criterion if household_size == 1 else criteria.family_criterion
    per_person = money(income / household_size)
    threshold = money(criterion * law.free_threshold)
    return MealTerms(meals, price, money(price * meals), per_person, criterion, threshold,
                     per_person <= threshold)


def _count_errors(field: str, value: object, maximum: int) -> list[FieldError]:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= maximum:
        return [FieldError(field, "meal_count_invalid")]
    return []


def terms_errors(kind: object, place: object, starts_on: object, ends_on: object,
                 days: object, per_day: object, price: object, income: object,
                 household_size: object, reasoning: object) -> list[FieldError]:
    errors = choice_errors("kind", kind, MealKind)
    errors += text_errors("place", place, PLACE_MAX, required=True)
    dates = date_errors("starts_on", starts_on, required=True)
    dates += date_errors("ends_on", ends_on, required=True)
    errors += dates
    if not dates and ends_on < starts_on:  # type: ignore[operator]
        errors.append(FieldError("ends_on", "end_before_start"))
    errors += _count_errors("days", days, DAYS_MAX) + _count_errors("per_day", per_day,
                                                                    PER_DAY_MAX)
    if not dates and not errors and isinstance(days, int):
        if days > (ends_on - starts_on).days + 1:  # type: ignore[operator]
            errors.append(FieldError("days", "meal_days_beyond_period"))
    errors += amount_errors("price", price, PRICE_MAX, allow_zero=False)
    if not is_money(income, INCOME_MAX):
        errors.append(FieldError("income", INVALID))
    if isinstance(household_size, bool) or not isinstance(household_size, int) \
            or not 1 <= household_size <= HOUSEHOLD_MAX:
        errors.append(FieldError("household_size", INVALID))
    errors += text_errors("reasoning", reasoning, REASONING_MAX, multiline=True)
    return errors


def month_errors(month: object, meals: object, starts_on: dt.date, ends_on: dt.date,
                 granted: int, given_elsewhere: int) -> list[FieldError]:
    """A month's meals given under a decision: a month of its period, a count that is not
    negative, and never more in all than the decision granted."""
    if not isinstance(month, dt.date) or isinstance(month, dt.datetime) or month.day != 1:
        return [FieldError("month", INVALID)]
    last = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1) \
        - dt.timedelta(days=1)
    if last < starts_on or month > ends_on:
        return [FieldError("month", "meal_month_outside_period")]
    if isinstance(meals, bool) or not isinstance(meals, int) or meals < 0:
        return [FieldError("meals", "meal_count_invalid")]
    if given_elsewhere + meals > granted:
        return [FieldError("meals", "meal_count_above_granted")]
    return []
