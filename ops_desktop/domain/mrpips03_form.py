"""The MRPiPS-03 form's divisions, rows and columns as dated data (resources/law/mrpips03.json).

The program does not hard-code the form: a new edition of the form is a new entry with its
`valid_from`, and the one in force on the first day of the reported period applies. Each row
names where the program takes its figures from (`source`); a row whose source is "none" is
one the program keeps no data for, and the report says so instead of printing 0.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import Any

from ops_desktop.config import resource_path

SOURCES = frozenset({"decisions", "services", "social_work", "contracts", "grounds",
                     "family_types", "total", "none"})


@dataclass(frozen=True)
class FormColumn:
    key: str  # the figure it shows (persons, benefits, amount, families, members, …)
    number: str  # as numbered on the form
    label: str
    money: bool


@dataclass(frozen=True)
class FormRow:
    code: str
    label: str
    source: str
    confirmed: str  # C / P / M as in the data's sources
    form: str | None = None  # BenefitForm code (source "decisions")
    household: str | None = None  # "single" / "family": zasiłek stały by household
    ground: str | None = None  # art. 7 code
    # art. 7 code of decisions counted elsewhere: a zasiłek celowy for a natural disaster is a
    # delegated task (division 1A), so the own tasks' celowy rows leave it out
    not_ground: str | None = None
    size_from: int | None = None
    size_to: int | None = None
    with_children: bool = False
    unit: str = ""  # what column 2 counts
    note: str = ""
    # source "services": the services counted (storage/service_fact_queries.READERS)
    services: tuple[str, ...] = ()
    # False: the row's place on the form (its number in CAS) is not confirmed by the sources
    number_confirmed: bool = True

    @property
    def available(self) -> bool:
        return self.source != "none"


@dataclass(frozen=True)
class FormDivision:
    code: str
    title: str
    kind: str
    confirmed: str
    columns: tuple[FormColumn, ...]
    rows: tuple[FormRow, ...]


@dataclass(frozen=True)
class FormEdition:
    valid_from: dt.date
    divisions: tuple[FormDivision, ...]
    sources: tuple[str, ...]


def _row(data: dict[str, Any], division_confirmed: str) -> FormRow:
    source = data["source"]
    if source not in SOURCES:
        raise ValueError(f"MRPiPS-03 row {data['code']}: unknown source {source!r}")
    if (source == "services") != bool(data.get("services")):
        raise ValueError(f"MRPiPS-03 row {data['code']}: a services row names its services")
    return FormRow(code=data["code"], label=data["label"], source=source,
                   confirmed=data.get("confirmed", division_confirmed), form=data.get("form"),
                   household=data.get("household"), ground=data.get("ground"),
                   not_ground=data.get("not_ground"),
                   size_from=data.get("size_from"), size_to=data.get("size_to"),
                   with_children=bool(data.get("with_children", False)),
                   unit=data.get("unit", ""), note=data.get("note", ""),
                   services=tuple(data.get("services", ())),
                   number_confirmed=bool(data.get("number_confirmed", True)))


def parse_editions(text: str) -> tuple[FormEdition, ...]:
    document = json.loads(text)
    editions = []
    for edition in document["forms"]:
        divisions = tuple(
            FormDivision(code=d["code"], title=d["title"], kind=d["kind"],
                         confirmed=d["confirmed"],
                         columns=tuple(FormColumn(c["key"], c["number"], c["label"],
                                                  c.get("format") == "money")
                                       for c in d["columns"]),
                         rows=tuple(_row(r, d["confirmed"]) for r in d["rows"]))
            for d in edition["divisions"])
        editions.append(FormEdition(dt.date.fromisoformat(edition["valid_from"]), divisions,
                                    tuple(document["sources"])))
    return tuple(sorted(editions, key=lambda e: e.valid_from))


@functools.cache
def shipped_editions() -> tuple[FormEdition, ...]:
    return parse_editions(resource_path("law", "mrpips03.json").read_text(encoding="utf-8"))


def edition_for(start: dt.date) -> FormEdition:
    """The form in force on the period's first day (the earliest one for older periods)."""
    editions = shipped_editions()
    fitting = [e for e in editions if e.valid_from <= start]
    return fitting[-1] if fitting else editions[0]
