"""Monthly benefits are paid by calendar month; a part month pro rata by its days.

Art. 106 ust. 3 u.p.s.: cash benefits are granted and paid for calendar months from the month
of the application; for an incomplete month the benefit is the full monthly amount divided by
the number of days of that calendar month (not 30) and multiplied by the days covered.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.money import GROSZ

# Exact enough that the quotient rounds as the exact fraction would: a month has 28–31 days,
# so a quotient is either short and exact or far (relatively) from a half grosz.
_PRECISION = 50


def days_in_month(year: int, month: int) -> int:
    return _stdlib_calendar.monthrange(year, month)[1]


def month_end(d: dt.date) -> dt.date:
    """The last day of the calendar month of `d`."""
    return d.replace(day=days_in_month(d.year, d.month))


def whole_months_end(start: dt.date, months: int) -> dt.date:
    """The last day of the `months`-th calendar month counted from the month of `start`.

    A period "for three months" from 3 December ends on 28 February: December (a part month
    from the first day of entitlement), January and February whole.
    """
    if months < 1:
        raise DomainError("period_invalid", f"months={months!r}")
    index = start.year * 12 + (start.month - 1) + months - 1
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, days_in_month(year, month + 1))


def prorated(monthly: Decimal, days: int, month_days: int) -> Decimal:
    """monthly ÷ month_days × days, rounded half up to the grosz (0,005 zł up).

    Multiplying first keeps the only rounding at the end: 600,00 zł for 29 of 31 days is
    17 400 / 31 = 561,2903… → 561,29 zł.
    """
    if not isinstance(monthly, Decimal) or not monthly.is_finite() or monthly < 0:
        raise DomainError("amount_invalid", repr(monthly))
    if not 28 <= month_days <= 31 or not 0 < days <= month_days:
        raise DomainError("period_invalid", f"{days}/{month_days}")
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        exact = monthly * days / month_days
    return exact.quantize(GROSZ, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class PartMonth:
    """A calendar month the benefit period covers only in part, and what it pays."""

    first_day: dt.date  # the first day of the month covered
    days: int  # days of the month covered
    month_days: int  # days of that calendar month
    amount: Decimal


def part_month(monthly: Decimal, first: dt.date, last: dt.date) -> PartMonth | None:
    """The pay for the days `first`..`last` of one calendar month; None when it is whole."""
    if (first.year, first.month) != (last.year, last.month) or last < first:
        raise DomainError("period_invalid", f"{first}..{last}")
    month_days = days_in_month(first.year, first.month)
    days = (last - first).days + 1
    if days == month_days:
        return None
    return PartMonth(first, days, month_days, prorated(monthly, days, month_days))


def first_part_month(monthly: Decimal, start: dt.date, end: dt.date | None) -> PartMonth | None:
    """The first month of a period from `start` when it is not whole (None: indefinite end)."""
    last = month_end(start) if end is None else min(month_end(start), end)
    return part_month(monthly, start, last)


def last_part_month(monthly: Decimal, start: dt.date, end: dt.date | None) -> PartMonth | None:
    """The last month of a period ending mid-month, when it is not also the first month."""
    if end is None or (end.year, end.month) == (start.year, start.month):
        return None
    return part_month(monthly, end.replace(day=1), end)
