"""Odpłatność za usługi opiekuńcze (art. 50 ust. 6 u.p.s.): the fee per hour and the monthly bill.

The gmina council's resolution sets the cost of one hour of care and a table: the person's
income (single) or the income per person in the family, as a percentage of the art. 8
criterion, gives the fee as a percentage of the hourly cost. The tables are dated data
(resources/law/care_fees.json, or the office's own from its settings); the one in force on
the first day of the billed month applies. The bill for a month is hours delivered × hourly
cost × fee %, rounded to the grosz once, at the end. Money is Decimal, never float.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.law import LawBook, default_lawbook
from ops_desktop.domain.money import GROSZ

HUNDRED = Decimal(100)
MAX_HOURS = Decimal(744)  # every hour of a 31-day month: more is a typing error
MAX_HOURLY_COST = Decimal(1000)


@dataclass(frozen=True)
class FeeBand:
    """Income up to `up_to` % of the criterion (inclusive; None: no limit) → fee %."""

    up_to: Decimal | None
    single: Decimal  # fee % of the hourly cost for a person keeping house alone
    family: Decimal  # fee % for a person in a family (income per person)


@dataclass(frozen=True)
class FeeTable:
    """One council resolution's table, in force from `valid_from`."""

    valid_from: dt.date
    resolution: str  # the resolution's number and date, printed on the bill
    legal_basis: str
    confirmed: str
    example: bool  # the shipped sample the office replaces with its own resolution
    hourly_cost: Decimal  # the resolution's cost of one hour (the office setting may override)
    bands: tuple[FeeBand, ...]

    def fee_percent(self, income_share: Decimal, single: bool) -> Decimal:
        """The fee % for income as `income_share` % of the criterion."""
        for band in self.bands:
            if band.up_to is None or income_share <= band.up_to:
                return band.single if single else band.family
        raise DomainError("care_fee_table_invalid", "no band covers the income")


def _invalid(detail: str) -> DomainError:
    return DomainError("care_fee_table_invalid", detail)


def _decimal(raw: Any, where: str, maximum: Decimal) -> Decimal:
    # Percentages and amounts are JSON strings: a JSON number would pass through float.
    if not isinstance(raw, str):
        raise _invalid(f"{where}: must be a string")
    try:
        value = Decimal(raw.strip())
    except InvalidOperation as exc:
        raise _invalid(f"{where}: not a number: {raw!r}") from exc
    if not value.is_finite() or value < 0 or value > maximum:
        raise _invalid(f"{where}: out of range: {raw!r}")
    return value


def _text(raw: Any, where: str) -> str:
    if not isinstance(raw, str) or not raw.strip() or len(raw) > 500:
        raise _invalid(f"{where}: must be a non-empty text")
    return raw.strip()


def table_from_mapping(data: Mapping[str, Any], where: str = "table") -> FeeTable:
    if not isinstance(data, Mapping):
        raise _invalid(f"{where}: must be an object")
    try:
        valid_from = dt.date.fromisoformat(data.get("valid_from"))  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise _invalid(f"{where}.valid_from: not an ISO date") from exc
    raw_bands = data.get("bands")
    if not isinstance(raw_bands, list) or not raw_bands:
        raise _invalid(f"{where}.bands: must be a non-empty list")
    bands: list[FeeBand] = []
    for i, raw in enumerate(raw_bands):
        at = f"{where}.bands[{i}]"
        if not isinstance(raw, Mapping):
            raise _invalid(f"{at}: must be an object")
        up_to = raw.get("up_to")
        bands.append(FeeBand(
            None if up_to is None else _decimal(up_to, f"{at}.up_to", Decimal(100000)),
            _decimal(raw.get("single"), f"{at}.single", HUNDRED),
            _decimal(raw.get("family"), f"{at}.family", HUNDRED)))
    limits = [b.up_to for b in bands]
    if limits[-1] is not None or None in limits[:-1]:
        raise _invalid(f"{where}.bands: only the last band is open-ended")
    closed = [b for b in limits if b is not None]
    if closed != sorted(set(closed)):
        raise _invalid(f"{where}.bands: limits must rise")
    # A higher income never pays a smaller share (the resolution's table rises).
    for kind in ("single", "family"):
        fees = [getattr(b, kind) for b in bands]
        if fees != sorted(fees):
            raise _invalid(f"{where}.bands: {kind} fees must not fall")
    example = data.get("example", False)
    if not isinstance(example, bool):
        raise _invalid(f"{where}.example: must be true or false")
    return FeeTable(
        valid_from=valid_from, resolution=_text(data.get("resolution"), f"{where}.resolution"),
        legal_basis=_text(data.get("legal_basis"), f"{where}.legal_basis"),
        confirmed=_text(data.get("confirmed", "V"), f"{where}.confirmed"), example=example,
        hourly_cost=_decimal(data.get("hourly_cost"), f"{where}.hourly_cost", MAX_HOURLY_COST),
        bands=tuple(bands))


class FeeTables:
    """Every resolution the office has had, oldest first; answers "which applied in month X"."""

    def __init__(self, tables: Sequence[FeeTable]) -> None:
        ordered = sorted(tables, key=lambda t: t.valid_from)
        if not ordered:
            raise _invalid("no tables")
        starts = [t.valid_from for t in ordered]
        if len(set(starts)) != len(starts):
            raise _invalid("two tables start on the same day")
        self.tables: tuple[FeeTable, ...] = tuple(ordered)
        self._starts = starts

    @classmethod
    def from_json(cls, text: str) -> FeeTables:
        try:
            document = json.loads(text)
        except (json.JSONDecodeError, TypeError) as exc:
            raise _invalid(f"not JSON: {exc}") from exc
        if not isinstance(document, dict) or not isinstance(document.get("tables"), list):
            raise _invalid('top level must be an object with a "tables" list')
        return cls([table_from_mapping(t, f"tables[{i}]")
                    for i, t in enumerate(document["tables"])])

    def in_force(self, on: dt.date) -> FeeTable:
        index = bisect.bisect_right(self._starts, on) - 1
        if index < 0:
            raise DomainError("no_care_fee_table", on.isoformat())
        return self.tables[index]


@functools.cache
def default_fee_tables() -> FeeTables:
    """The sample table shipped with the program (resources/law/care_fees.json)."""
    return FeeTables.from_json(resource_path("law", "care_fees.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class CareFee:
    """Everything the bill states about how its fee was found."""

    criterion: Decimal  # the art. 8 criterion that applied (single or per person)
    income_per_person: Decimal
    income_share: Decimal  # income as % of the criterion, two decimals (for the paper)
    fee_percent: Decimal
    hourly_cost: Decimal
    fee_per_hour: Decimal  # hourly cost × fee %, to the grosz (for the paper; the bill
    # multiplies the unrounded figure)
    table: FeeTable


def fee_for(income: Decimal, household_size: int, on: dt.date, tables: FeeTables,
            hourly_cost: Decimal | None = None, law: LawBook | None = None) -> CareFee:
    """The fee for a household's monthly net income `income` (the whole family's, or the
    single person's) on the day `on`, by the table and criterion in force then."""
    if not isinstance(income, Decimal) or not income.is_finite() or income < 0:
        raise DomainError("care_income_invalid")
    if isinstance(household_size, bool) or not isinstance(household_size, int) \
            or not 1 <= household_size <= 30:
        raise DomainError("care_household_invalid")
    params = (law or default_lawbook()).in_force(on)
    table = tables.in_force(on)
    single = household_size == 1
    criterion = params.single_criterion if single else params.family_criterion
    per_person = income / household_size
    # The share is compared unrounded: 100.004 % of the criterion is above "up to 100 %".
    share = per_person * HUNDRED / criterion
    percent = table.fee_percent(share, single)
    cost = table.hourly_cost if hourly_cost is None else hourly_cost
    return CareFee(criterion=criterion,
                   income_per_person=per_person.quantize(GROSZ, rounding=ROUND_HALF_UP),
                   income_share=share.quantize(GROSZ, rounding=ROUND_HALF_UP),
                   fee_percent=percent, hourly_cost=cost,
                   fee_per_hour=(cost * percent / HUNDRED).quantize(GROSZ, ROUND_HALF_UP),
                   table=table)


def monthly_bill(hours: Decimal, fee: CareFee) -> Decimal:
    """hours delivered × hourly cost × fee %, to the grosz (half up) once at the end."""
    if not isinstance(hours, Decimal) or not hours.is_finite() or not 0 <= hours <= MAX_HOURS:
        raise DomainError("care_hours_invalid")
    return (hours * fee.hourly_cost * fee.fee_percent / HUNDRED).quantize(
        GROSZ, rounding=ROUND_HALF_UP)
