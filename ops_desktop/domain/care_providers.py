"""Who delivers care services and when: providers, carers, the weekly schedule, supervision.

A provider is either the office's own carers (employed by the OPS) or a firm under contract
(art. 25 u.p.s. commissioning: its contract number and the dates it runs); each is paid an
hourly price. Carers belong to a provider. A client's week is a set of slots (weekday,
from–to, carer) whose hours together never exceed the hours per week the order grants.
Supervision records a check of the care or a complaint, dated, with what was found and the
follow-up. Names are names: invisible and bidirectional marks are refused, so two spellings
that look alike never make two carers.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from ops_desktop.domain.care_fees import MAX_HOURLY_COST
from ops_desktop.domain.errors import FieldError
from ops_desktop.domain.fields import INVALID, date_errors, is_date, text_errors
from ops_desktop.domain.money import is_money
from ops_desktop.domain.text import has_invisible_characters

MAX_NAME = 200
MAX_CARER = 120
MAX_CONTRACT = 80
MAX_PHONE = 40
MAX_WHO = 200
MAX_NARRATIVE = 4000
MINUTES_A_DAY = 24 * 60
INVISIBLE = "invisible_characters"


class ProviderKind(enum.StrEnum):
    OWN = "own"  # the office's own carers
    CONTRACTED = "contracted"  # a firm or organisation under contract


class SupervisionKind(enum.StrEnum):
    CHECK = "check"  # a check of the quality of care (a visit, a call)
    COMPLAINT = "complaint"  # a complaint by the client, their family or anyone


def name_errors(field: str, value: object, limit: int, required: bool = True) -> list[FieldError]:
    """A single-line name: as any text field, and without invisible or bidirectional marks."""
    if isinstance(value, str) and has_invisible_characters(value):
        return [FieldError(field, INVISIBLE)]
    return text_errors(field, value, limit, required=required)


def provider_errors(kind: object, name: object, contract_number: object, valid_from: object,
                    valid_to: object, hourly_price: object) -> list[FieldError]:
    """Every problem of a provider at once. A contracted firm needs its contract number."""
    errors: list[FieldError] = []
    if not isinstance(kind, ProviderKind):
        errors.append(FieldError("kind", INVALID))
    errors += name_errors("name", name, MAX_NAME)
    errors += name_errors("contract_number", contract_number, MAX_CONTRACT,
                          required=kind is ProviderKind.CONTRACTED)
    errors += date_errors("valid_from", valid_from, required=True)
    errors += date_errors("valid_to", valid_to)
    if is_date(valid_from) and is_date(valid_to):
        assert isinstance(valid_from, dt.date) and isinstance(valid_to, dt.date)
        if valid_to < valid_from:
            errors.append(FieldError("valid_to", "end_before_start"))
    if isinstance(hourly_price, str) and not hourly_price.strip():
        errors.append(FieldError("hourly_price", "required"))
    elif not is_money(hourly_price, MAX_HOURLY_COST, allow_zero=False):
        errors.append(FieldError("hourly_price", INVALID))
    return errors


def carer_errors(name: object, phone: object) -> list[FieldError]:
    return name_errors("name", name, MAX_CARER) + name_errors("phone", phone, MAX_PHONE,
                                                              required=False)


def minutes_errors(field: str, value: object) -> list[FieldError]:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MINUTES_A_DAY:
        return [FieldError(field, INVALID)]
    return []


def slot_errors(weekday: object, starts_min: object, ends_min: object) -> list[FieldError]:
    """A slot of the week: ISO weekday 1–7, from before to, both within the day."""
    errors: list[FieldError] = []
    if isinstance(weekday, bool) or not isinstance(weekday, int) or not 1 <= weekday <= 7:
        errors.append(FieldError("weekday", INVALID))
    errors += minutes_errors("starts_at", starts_min) + minutes_errors("ends_at", ends_min)
    if not errors and ends_min <= starts_min:  # type: ignore[operator]
        errors.append(FieldError("ends_at", "end_before_start"))
    return errors


def slot_hours(starts_min: int, ends_min: int) -> Decimal:
    """The hours of a slot, exact to the hundredth (a quarter of an hour is 0.25)."""
    return (Decimal(ends_min - starts_min) / 60).quantize(Decimal("0.01"))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def supervision_errors(kind: object, held_on: object, conducted_by: object, findings: object,
                       follow_up: object, follow_up_by: object,
                       today: dt.date) -> list[FieldError]:
    """A check or complaint: the day (not in the future), who, what was found (required),
    the follow-up and its date (not before the check)."""
    errors: list[FieldError] = []
    if not isinstance(kind, SupervisionKind):
        errors.append(FieldError("kind", INVALID))
    errors += date_errors("held_on", held_on, required=True)
    if is_date(held_on) and held_on > today:  # type: ignore[operator]
        errors.append(FieldError("held_on", "future_date"))
    errors += name_errors("conducted_by", conducted_by, MAX_WHO)
    errors += text_errors("findings", findings, MAX_NARRATIVE, required=True, multiline=True)
    errors += text_errors("follow_up", follow_up, MAX_NARRATIVE, multiline=True)
    errors += date_errors("follow_up_by", follow_up_by)
    if is_date(held_on) and is_date(follow_up_by) and follow_up_by < held_on:  # type: ignore[operator]
        errors.append(FieldError("follow_up_by", "end_before_start"))
    return errors
