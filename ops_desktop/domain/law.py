"""Dated parameter sets of the law (criteria, amounts, shares), loaded from data, picked by date."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Protocol, TypeVar

from ops_desktop.config import resource_path
from ops_desktop.domain.errors import DomainError

# Tags from DOMAIN.md: confirmed, partly confirmed, verify before printing.
CONFIRMATION_TAGS = frozenset({"C", "P", "V"})


@dataclass(frozen=True)
class LawParameters:
    """One period of the law (DOMAIN.md §4 table); every amount is złoty as an exact Decimal."""

    valid_from: dt.date
    source: str  # citation printed as the legal basis, in Polish
    confirmed: str  # "C" / "P" / "V" as in DOMAIN.md
    single_criterion: Decimal  # kryterium dochodowe osoby samotnie gospodarującej
    family_criterion: Decimal  # kryterium dochodowe na osobę w rodzinie
    farm_income_per_ha: Decimal  # miesięczny dochód z 1 ha przeliczeniowego
    permanent_multiplier: Decimal  # zasiłek stały: share of the criterion (1.00, from 2024 1.30)
    permanent_cap_single: Decimal  # zasiłek stały: ceiling for a single person
    permanent_minimum: Decimal  # zasiłek stały: floor
    periodic_minimum: Decimal  # zasiłek okresowy: never below this a month
    periodic_min_share: Decimal  # zasiłek okresowy: never below this share of the difference
    periodic_single_cap: Decimal  # zasiłek okresowy: ceiling for a single person
    retirement_age_women: int
    retirement_age_men: int


_AMOUNT_FIELDS: tuple[str, ...] = (
    "single_criterion", "family_criterion", "farm_income_per_ha", "permanent_multiplier",
    "permanent_cap_single", "permanent_minimum", "periodic_minimum", "periodic_min_share",
    "periodic_single_cap",
)
_AGE_FIELDS: tuple[str, ...] = ("retirement_age_women", "retirement_age_men")
_TEXT_FIELDS: tuple[str, ...] = ("source", "confirmed")


def _invalid(detail: str) -> DomainError:
    return DomainError("law_file_invalid", detail)


def _amount(raw: Any, where: str) -> Decimal:
    # Amounts must be JSON strings: a JSON number would pass through float and lose exactness.
    if not isinstance(raw, str):
        raise _invalid(f"{where}: amount must be a string, got {type(raw).__name__}")
    try:
        value = Decimal(raw.strip())
    except InvalidOperation as exc:
        raise _invalid(f"{where}: not a decimal amount: {raw!r}") from exc
    if not value.is_finite() or value < 0:
        raise _invalid(f"{where}: not a non-negative amount: {raw!r}")
    return value


def _age(raw: Any, where: str) -> int:
    # bool is an int subclass in Python; `true` in the file is a mistake, not an age.
    if isinstance(raw, bool) or not isinstance(raw, int) or not 0 < raw < 150:
        raise _invalid(f"{where}: not an age in years: {raw!r}")
    return raw


def _date(raw: Any, where: str) -> dt.date:
    if not isinstance(raw, str):
        raise _invalid(f"{where}: date must be an ISO string")
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise _invalid(f"{where}: not an ISO date: {raw!r}") from exc


def _text(raw: Any, where: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise _invalid(f"{where}: text required")
    return raw.strip()


def parameters_from_mapping(data: Mapping[str, Any], where: str = "period") -> LawParameters:
    """Build one period from its JSON object; unknown keys are ignored for newer files."""
    if not isinstance(data, Mapping):
        raise _invalid(f"{where}: not an object")
    missing = [f.name for f in fields(LawParameters) if f.name not in data]
    if missing:
        raise _invalid(f"{where}: missing {', '.join(missing)}")
    values: dict[str, Any] = {"valid_from": _date(data["valid_from"], f"{where}.valid_from")}
    for name in _TEXT_FIELDS:
        values[name] = _text(data[name], f"{where}.{name}")
    if values["confirmed"] not in CONFIRMATION_TAGS:
        raise _invalid(f"{where}.confirmed: one of {sorted(CONFIRMATION_TAGS)}")
    for name in _AMOUNT_FIELDS:
        values[name] = _amount(data[name], f"{where}.{name}")
    for name in _AGE_FIELDS:
        values[name] = _age(data[name], f"{where}.{name}")
    if values["periodic_min_share"] > 1:
        raise _invalid(f"{where}.periodic_min_share: a share cannot exceed 1")
    return LawParameters(**values)


class LawBook:
    """All periods of the law the office knows, oldest first; answers "what applied on day X"."""

    def __init__(self, periods: Sequence[LawParameters]) -> None:
        ordered = sorted(periods, key=lambda p: p.valid_from)
        if not ordered:
            raise _invalid("no periods")
        starts = [p.valid_from for p in ordered]
        if len(set(starts)) != len(starts):
            raise _invalid("two periods start on the same day")
        self._periods: tuple[LawParameters, ...] = tuple(ordered)
        self._starts: list[dt.date] = starts

    @classmethod
    def from_json(cls, text: str) -> LawBook:
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _invalid(f"not JSON: {exc}") from exc
        if not isinstance(document, dict) or not isinstance(document.get("periods"), list):
            raise _invalid('top level must be an object with a "periods" list')
        return cls([parameters_from_mapping(item, f"periods[{i}]")
                    for i, item in enumerate(document["periods"])])

    @classmethod
    def load(cls, path: Path) -> LawBook:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise _invalid(f"{path}: {exc}") from exc
        return cls.from_json(text)

    @property
    def periods(self) -> tuple[LawParameters, ...]:
        return self._periods

    def in_force(self, on: dt.date) -> LawParameters:
        """The latest period that started on or before `on`."""
        index = bisect.bisect_right(self._starts, on) - 1
        if index < 0:
            raise DomainError("no_law_parameters", on.isoformat())
        return self._periods[index]


class _Dated(Protocol):
    valid_from: dt.date


_D = TypeVar("_D", bound=_Dated)


def in_force(sets: Sequence[_D], on: dt.date) -> _D:
    """Of dated sets sorted by `valid_from`, the one in force on `on`: the latest that began
    on or before it; the earliest for a day before every set."""
    chosen = sets[0]
    for candidate in sets:
        if candidate.valid_from <= on:
            chosen = candidate
    return chosen


@functools.cache
def default_lawbook() -> LawBook:
    """The parameter sets shipped with the program (resources/law/parameters.json)."""
    return LawBook.load(resource_path("law", "parameters.json"))
