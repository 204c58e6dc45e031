"""An order of usługi opiekuńcze and the hours delivered: what is valid (art. 50 u.p.s.).

The decision granting care states the scope, hours, period and place; the order carries
them into the services team's monthly work, with the income and household size the fee is
computed from. Hours are Decimal with at most two decimals (the store keeps hundredths).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from ops_desktop.domain.errors import FieldError
from ops_desktop.domain.fields import INVALID, date_errors, is_date, text_errors
from ops_desktop.domain.money import is_money

MAX_WEEKLY_HOURS = Decimal(168)
MAX_MONTHLY_HOURS = Decimal(744)
MAX_INCOME = Decimal(1000000)
MAX_SCOPE = 2000
MAX_DECISION_REF = 120
MAX_CARER = 120
MAX_PROVIDER = 200


def hours_errors(field: str, hours: object, maximum: Decimal,
                 required_positive: bool = False) -> list[FieldError]:
    if isinstance(hours, str) and not hours.strip():  # the field left empty on the screen
        return [FieldError(field, "required")]
    if not isinstance(hours, Decimal) or not hours.is_finite():
        return [FieldError(field, INVALID)]
    if hours != hours.quantize(Decimal("0.01")):
        return [FieldError(field, "hours_two_decimals")]
    if hours < 0 or hours > maximum or (required_positive and hours == 0):
        return [FieldError(field, "hours_out_of_range")]
    return []


def to_hundredths(hours: Decimal) -> int:
    return int(hours * 100)


def from_hundredths(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(Decimal("0.01"))


def order_errors(decision_ref: object, scope: object, hours_per_week: object,
                 starts_on: object, ends_on: object, carer_name: object, provider: object,
                 income: object, household_size: object) -> list[FieldError]:
    """Every problem of an order at once, so the form marks them all."""
    errors = text_errors("decision_ref", decision_ref, MAX_DECISION_REF, required=True)
    errors += text_errors("scope", scope, MAX_SCOPE, required=True, multiline=True)
    errors += hours_errors("hours_per_week", hours_per_week, MAX_WEEKLY_HOURS, True)
    errors += date_errors("starts_on", starts_on, required=True)
    errors += date_errors("ends_on", ends_on, required=True)
    if is_date(starts_on) and is_date(ends_on):
        assert isinstance(starts_on, dt.date) and isinstance(ends_on, dt.date)
        if ends_on < starts_on:
            errors.append(FieldError("ends_on", "end_before_start"))
    errors += text_errors("carer_name", carer_name, MAX_CARER, required=True)
    errors += text_errors("provider", provider, MAX_PROVIDER)
    if isinstance(income, str) and not income.strip():
        errors.append(FieldError("income", "required"))
    elif not is_money(income, MAX_INCOME):
        errors.append(FieldError("income", INVALID))
    if isinstance(household_size, bool) or not isinstance(household_size, int) \
            or not 1 <= household_size <= 30:
        errors.append(FieldError("household_size", INVALID))
    return errors


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def billable_from(month: dt.date) -> dt.date:
    """The first day a month's bill may be issued: the 1st of the next month. A bill is for
    hours delivered, and until the month is over more of them may still come."""
    first = first_of_month(month)
    return (first + dt.timedelta(days=31)).replace(day=1)


def parse_hours(text: str) -> Decimal:
    """Hours as a worker types them: "40", "12,5", "12.25"; ValueError otherwise."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    if not cleaned or not all(c.isascii() and (c.isdigit() or c == ".") for c in cleaned):
        raise ValueError(text)
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
