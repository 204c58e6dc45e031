"""A decision granting care (art. 50 u.p.s.): what it must state and the fee it fixes.

KPA art. 107 and art. 50 ust. 1–4 u.p.s.: the decision names the kind of care, its scope,
the hours (a week or a month), the period and the place, and who provides it; the fee
percentage follows from the income as a share of the art. 8 criterion by the table in force
in the first month granted. Usługi opiekuńcze, ordinary specjalistyczne and usługi
sąsiedzkie follow the council's resolution (art. 50 ust. 6; domain/care_fees.py) and its
hourly cost; specialist care for persons with mental disorders follows the minister's table
(art. 50 ust. 7; domain/suo_fees.py) and the hourly price the OPS sets, which the worker
types. The hours of a month may not exceed what the decision grants for the days of that
month it covers.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from enum import StrEnum

from ops_desktop.config import resource_path
from ops_desktop.domain.care_fees import HUNDRED, MAX_HOURLY_COST, FeeTables
from ops_desktop.domain.care_orders import MAX_INCOME, hours_errors
from ops_desktop.domain.errors import DomainError, FieldError
from ops_desktop.domain.fields import INVALID, choice_errors, date_errors, is_date, text_errors
from ops_desktop.domain.law import LawBook, in_force
from ops_desktop.domain.money import GROSZ, is_money
from ops_desktop.domain.payments import days_in_month
from ops_desktop.domain.suo_fees import UNCONFIRMED, SuoTable, suo_table
from ops_desktop.domain.vocabulary import CareKind

MAX_PLACE = 300
MAX_PROVIDER = 200
MAX_SCOPE = 2000
MAX_REASONING = 20000
HOURS_MAX = {"week": Decimal(168), "month": Decimal(744)}
HOUR = Decimal("0.01")


class HoursUnit(StrEnum):
    WEEK = "week"  # godzin tygodniowo
    MONTH = "month"  # godzin miesięcznie (SUO: the decision states hours per month)


def by_ministry_table(kind: CareKind) -> bool:
    """Only SUO for persons with mental disorders follow the minister's table."""
    return kind is CareKind.SPECIALIST_MENTAL


def terms_errors(kind: object, received_on: object, scope: object, hours: object,
                 unit: object, period_from: object, period_to: object, place: object,
                 provider: object, income: object, household_size: object,
                 hourly_cost: object, reasoning: object) -> list[FieldError]:
    """Every problem of the form at once, so the dialog marks each field."""
    errors = choice_errors("kind", kind, CareKind)
    errors += choice_errors("hours_unit", unit, HoursUnit)
    errors += date_errors("received_on", received_on, required=True)
    errors += text_errors("scope", scope, MAX_SCOPE, required=True, multiline=True)
    maximum = HOURS_MAX.get(str(unit), HOURS_MAX["month"])
    errors += hours_errors("hours", hours, maximum, required_positive=True)
    errors += date_errors("period_from", period_from, required=True)
    errors += date_errors("period_to", period_to, required=True)
    if is_date(period_from) and is_date(period_to):
        assert isinstance(period_from, dt.date) and isinstance(period_to, dt.date)
        if period_to < period_from:
            errors.append(FieldError("period_to", "end_before_start"))
        if is_date(received_on) and isinstance(received_on, dt.date) \
                and period_from < received_on.replace(day=1):
            errors.append(FieldError("period_from", "before_application_month"))
    errors += text_errors("place", place, MAX_PLACE, required=True)
    errors += text_errors("provider", provider, MAX_PROVIDER, required=True)
    if isinstance(income, str) and not income.strip():
        errors.append(FieldError("income", "required"))
    elif not is_money(income, MAX_INCOME):
        errors.append(FieldError("income", INVALID))
    if isinstance(household_size, bool) or not isinstance(household_size, int) \
            or not 1 <= household_size <= 30:
        errors.append(FieldError("household_size", INVALID))
    if kind is CareKind.SPECIALIST_MENTAL:
        if hourly_cost is None or (isinstance(hourly_cost, str) and not hourly_cost.strip()):
            errors.append(FieldError("hourly_cost", "required"))
        elif not is_money(hourly_cost, MAX_HOURLY_COST, allow_zero=False):
            errors.append(FieldError("hourly_cost", INVALID))
    errors += text_errors("reasoning", reasoning, MAX_REASONING, multiline=True)
    return errors


@dataclass(frozen=True)
class CareTerms:
    """The fee the decision fixes, with everything the paper says about how it was found."""

    hourly_cost: Decimal
    fee_percent: Decimal
    criterion: Decimal
    income_per_person: Decimal  # to the grosz, for the paper
    income_share: Decimal  # % of the criterion, to 0.01, for the paper
    fee_source: str  # the resolution or the regulation
    unconfirmed: bool  # the band is not confirmed in the sources (the paper says so)


def care_terms(kind: CareKind, income: Decimal, household_size: int, on: dt.date,
               council: FeeTables, council_cost: Decimal | None, law: LawBook,
               own_cost: Decimal | None = None,
               ministry: tuple[SuoTable, ...] | None = None) -> CareTerms:
    """The fee % for the household's monthly income `income` on `on` by the table in force.

    The share is compared unrounded: 100.004 % of the criterion is above "up to 100 %".
    """
    if not isinstance(income, Decimal) or not income.is_finite() or income < 0:
        raise DomainError("care_income_invalid")
    if isinstance(household_size, bool) or not isinstance(household_size, int) \
            or not 1 <= household_size <= 30:
        raise DomainError("care_household_invalid")
    params = law.in_force(on)
    single = household_size == 1
    criterion = params.single_criterion if single else params.family_criterion
    per_person = income / household_size
    share = per_person * HUNDRED / criterion
    if by_ministry_table(kind):
        if own_cost is None:
            raise DomainError("care_hourly_cost_missing")
        table = suo_table(on, ministry)
        band = table.band(share)
        percent = band.single if single else band.family
        cost, source, unconfirmed = own_cost, table.act, band.confirmed == UNCONFIRMED
    else:
        resolution = council.in_force(on)
        percent = resolution.fee_percent(share, single)
        cost = resolution.hourly_cost if council_cost is None else council_cost
        source, unconfirmed = resolution.resolution, resolution.example
    return CareTerms(hourly_cost=cost, fee_percent=percent, criterion=criterion,
                     income_per_person=per_person.quantize(GROSZ, rounding=ROUND_HALF_UP),
                     income_share=share.quantize(GROSZ, rounding=ROUND_HALF_UP),
                     fee_source=source, unconfirmed=unconfirmed)


def monthly_hours_limit(hours: Decimal, unit: HoursUnit, period_from: dt.date,
                        period_to: dt.date, month: dt.date) -> Decimal:
    """The hours the decision grants in `month`: a week's hours for each 7 days of the month
    it covers, or the month's hours in proportion to the days covered; rounded up to the
    hundredth, so the limit never cuts an hour the decision gives. 0 outside the period."""
    first = month.replace(day=1)
    days = days_in_month(first.year, first.month)
    last = first.replace(day=days)
    covered = (min(last, period_to) - max(first, period_from)).days + 1
    if covered <= 0:
        return Decimal(0)
    per = Decimal(7) if unit is HoursUnit.WEEK else Decimal(days)
    return (hours * covered / per).quantize(HOUR, rounding=ROUND_CEILING)


def fee_per_hour(terms: CareTerms) -> Decimal:
    return (terms.hourly_cost * terms.fee_percent / HUNDRED).quantize(GROSZ, ROUND_HALF_UP)


@dataclass(frozen=True)
class CareKindText:
    name: str
    name_genitive: str  # "usług opiekuńczych": a letter about the decision names it so
    legal_basis: str
    confirmed: str


@dataclass(frozen=True)
class CareKindTexts:
    """One dated set of the wording of decisions granting care (care_decisions.json)."""

    valid_from: dt.date
    kinds: dict[CareKind, CareKindText]
    introduction: str
    ruling: tuple[str, ...]
    figures_single: str
    figures_family: str
    fee_source: str
    fee_unconfirmed: str
    legal_reasoning: tuple[str, ...]


@functools.cache
def _kind_texts() -> tuple[CareKindTexts, ...]:
    raw = json.loads(resource_path("law", "care_decisions.json").read_text(encoding="utf-8"))
    sets = []
    for entry in raw["sets"]:
        kinds = {CareKind(code): CareKindText(str(k["name"]), str(k["name_genitive"]),
                                              str(k["legal_basis"]), str(k["confirmed"]))
                 for code, k in entry["kinds"].items()}
        if set(kinds) != set(CareKind):
            raise DomainError("care_decisions_data", "every kind of care needs its texts")
        sets.append(CareKindTexts(
            dt.date.fromisoformat(entry["valid_from"]), kinds, str(entry["introduction"]),
            tuple(map(str, entry["ruling"])), str(entry["figures_single"]),
            str(entry["figures_family"]), str(entry["fee_source"]),
            str(entry["fee_unconfirmed"]), tuple(map(str, entry["legal_reasoning"]))))
    return tuple(sorted(sets, key=lambda s: s.valid_from))


def care_texts(on: dt.date) -> CareKindTexts:
    """The wording in force on the day the decision is issued."""
    return in_force(_kind_texts(), on)


def kind_text(kind: CareKind, on: dt.date) -> CareKindText:
    """The kind's name and legal basis in the set in force on the day the decision is issued."""
    return in_force(_kind_texts(), on).kinds[kind]
