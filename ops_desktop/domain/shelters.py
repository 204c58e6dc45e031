"""Schronienie (art. 48a u.p.s.): the forms of shelter, the office's register of places and
what changed in it (the gmina reports changes to the voivode within 14 days, ust. 11c),
and how many places the granted decisions take on a day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ops_desktop.domain.errors import FieldError
from ops_desktop.domain.fields import INVALID, choice_errors, date_errors, text_errors

INSTITUTION_MAX = 200
ADDRESS_MAX = 200
PLACES_MAX = 10000


class ShelterKind(StrEnum):
    NIGHT_SHELTER = "night_shelter"  # noclegownia
    SHELTER = "shelter"  # schronisko dla osób bezdomnych
    SHELTER_WITH_CARE = "shelter_with_care"  # schronisko z usługami opiekuńczymi
    WARMING_CENTRE = "warming_centre"  # ogrzewalnia (interwencyjny pobyt)


POLISH_KINDS = {
    ShelterKind.NIGHT_SHELTER: "noclegownia",
    ShelterKind.SHELTER: "schronisko dla osób bezdomnych",
    ShelterKind.SHELTER_WITH_CARE: "schronisko dla osób bezdomnych z usługami opiekuńczymi",
    ShelterKind.WARMING_CENTRE: "ogrzewalnia",
}


@dataclass(frozen=True)
class ShelterEntry:
    """One line of the register: an institution's places of one kind, from a day (to a day)."""

    institution: str
    address: str
    kind: ShelterKind
    places: int
    valid_from: dt.date
    valid_to: dt.date | None = None


# The fields whose change the voivode hears of, in the order the report lists them.
REPORTED_FIELDS = ("institution", "address", "kind", "places", "valid_from", "valid_to")


def entry_errors(entry: object) -> list[FieldError]:
    if not isinstance(entry, ShelterEntry):
        return [FieldError("entry", INVALID)]
    errors = text_errors("institution", entry.institution, INSTITUTION_MAX, required=True)
    errors += text_errors("address", entry.address, ADDRESS_MAX, required=True)
    errors += choice_errors("kind", entry.kind, ShelterKind)
    places = entry.places
    if isinstance(places, bool) or not isinstance(places, int) or not 1 <= places <= PLACES_MAX:
        errors.append(FieldError("places", "places_invalid"))
    errors += date_errors("valid_from", entry.valid_from, required=True)
    dates = date_errors("valid_to", entry.valid_to)
    errors += dates
    if (not dates and entry.valid_to is not None and isinstance(entry.valid_from, dt.date)
            and entry.valid_to < entry.valid_from):
        errors.append(FieldError("valid_to", "end_before_start"))
    return errors


def changed_fields(before: ShelterEntry, after: ShelterEntry) -> list[tuple[str, str, str]]:
    """(field, old, new) as they print, for each reported field that differs."""
    found = []
    for name in REPORTED_FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            found.append((name, describe(name, old), describe(name, new)))
    return found


def describe(name: str, value: object) -> str:
    if value is None:
        return "—"
    if name == "kind":
        return POLISH_KINDS[ShelterKind(str(value))]
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def report_due(changed_on: dt.date, days: int) -> dt.date:
    """Art. 48a ust. 11c: the voivode hears of a change within `days` of it."""
    return changed_on + dt.timedelta(days=days)


def occupied(stays: Iterable[tuple[dt.date, dt.date]], on: dt.date) -> int:
    """How many granted stays (from, to; both inclusive) run on `on`."""
    return sum(1 for start, end in stays if start <= on <= end)


def open_on(entry: ShelterEntry, on: dt.date) -> bool:
    return entry.valid_from <= on and (entry.valid_to is None or on <= entry.valid_to)
