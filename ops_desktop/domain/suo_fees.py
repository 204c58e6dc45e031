"""Odpłatność za specjalistyczne usługi opiekuńcze dla osób z zaburzeniami psychicznymi.

Art. 50 ust. 7 u.p.s.: the minister's regulation (Dz.U. 2005 nr 189 poz. 1598, changed by
Dz.U. 2023 poz. 395 from 1.05.2023) sets the table – income as a percentage of the art. 8
criterion gives the fee as a percentage of the hourly price the OPS sets. Both tables are
dated data (resources/law/suo_fees.json); the one in force on the billed month's first day
applies. Bands the sources do not confirm carry their mark, and the decision says so.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.care_fees import HUNDRED, _decimal, _invalid, _text
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.law import in_force

UNCONFIRMED = "UNCONFIRMED"


@dataclass(frozen=True)
class SuoBand:
    up_to: Decimal | None  # income as % of the criterion, inclusive; None: no limit
    single: Decimal
    family: Decimal
    confirmed: str  # C, P or UNCONFIRMED


@dataclass(frozen=True)
class SuoTable:
    valid_from: dt.date
    act: str  # the regulation as the decision cites it
    bands: tuple[SuoBand, ...]

    def band(self, income_share: Decimal) -> SuoBand:
        for band in self.bands:
            if band.up_to is None or income_share <= band.up_to:
                return band
        raise _invalid("no band covers the income")

    def fee_percent(self, income_share: Decimal, single: bool) -> Decimal:
        band = self.band(income_share)
        return band.single if single else band.family


def _band(raw: Any, where: str) -> SuoBand:
    if not isinstance(raw, dict):
        raise _invalid(f"{where}: must be an object")
    up_to = raw.get("up_to")
    return SuoBand(None if up_to is None else _decimal(up_to, f"{where}.up_to", Decimal(100000)),
                   _decimal(raw.get("single"), f"{where}.single", HUNDRED),
                   _decimal(raw.get("family"), f"{where}.family", HUNDRED),
                   _text(raw.get("confirmed"), f"{where}.confirmed"))


def tables_from_json(text: str) -> tuple[SuoTable, ...]:
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, TypeError) as exc:
        raise _invalid(f"not JSON: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("tables"), list):
        raise _invalid('top level must be an object with a "tables" list')
    tables = []
    for i, raw in enumerate(document["tables"]):
        where = f"tables[{i}]"
        try:
            valid_from = dt.date.fromisoformat(raw.get("valid_from"))
        except (TypeError, ValueError, AttributeError) as exc:
            raise _invalid(f"{where}.valid_from: not an ISO date") from exc
        bands = tuple(_band(b, f"{where}.bands[{j}]") for j, b in enumerate(raw.get("bands") or []))
        limits = [b.up_to for b in bands]
        if not bands or limits[-1] is not None or None in limits[:-1]:
            raise _invalid(f"{where}.bands: only the last band is open-ended")
        tables.append(SuoTable(valid_from, _text(raw.get("act"), f"{where}.act"), bands))
    if not tables:
        raise _invalid("no tables")
    return tuple(sorted(tables, key=lambda t: t.valid_from))


@functools.cache
def default_suo_tables() -> tuple[SuoTable, ...]:
    return tables_from_json(resource_path("law", "suo_fees.json").read_text(encoding="utf-8"))


def suo_table(on: dt.date, tables: tuple[SuoTable, ...] | None = None) -> SuoTable:
    """The table in force on `on` (the first day of the month billed or granted)."""
    tables = tables or default_suo_tables()
    if on < tables[0].valid_from:
        raise DomainError("no_care_fee_table", on.isoformat())
    return in_force(tables, on)
