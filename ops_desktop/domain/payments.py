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


# --- the payment schedule of a signed decision ------------------------------------------


@dataclass(frozen=True)
class PaymentDue:
    """What one benefit month of a decision pays: a whole month, a part month, or once."""

    month: dt.date  # the first day of the benefit month
    amount_grosze: int
    days: int | None = None  # days covered, when a part month
    month_days: int | None = None  # days of that calendar month, when a part month


def _grosze(amount: Decimal) -> int:
    return int((amount / GROSZ).to_integral_value())


def _month_index(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def _first_of(index: int) -> dt.date:
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1)


def schedule(monthly_grosze: int, period_from: dt.date, period_to: dt.date | None,
             one_off: bool, until: dt.date,
             first_month_grosze: int | None = None,
             last_month_grosze: int | None = None) -> list[PaymentDue]:
    """The payments of a granted benefit up to the month of `until`, month by month.

    A one-off benefit (zasiłek celowy) is paid once, in the month it starts. A monthly one is
    paid for every calendar month of its period (art. 106 ust. 3 u.p.s.); a first or last
    month covered in part pays the grosze the signed decision froze for it
    (`first_month_grosze`, `last_month_grosze`), else the pro rata amount computed here –
    the same rule the decision used, so both agree. An indefinite period (zasiłek stały)
    runs until `until`.
    """
    if isinstance(monthly_grosze, bool) or not isinstance(monthly_grosze, int) or monthly_grosze < 0:
        raise DomainError("amount_invalid", repr(monthly_grosze))
    if period_to is not None and period_to < period_from:
        raise DomainError("period_invalid", f"{period_from}..{period_to}")
    if one_off:
        if _month_index(period_from) > _month_index(until):
            return []
        return [PaymentDue(period_from.replace(day=1), monthly_grosze)]
    monthly = Decimal(monthly_grosze) * GROSZ
    last_index = _month_index(until)
    if period_to is not None:
        last_index = min(last_index, _month_index(period_to))
    dues: list[PaymentDue] = []
    for index in range(_month_index(period_from), last_index + 1):
        first = _first_of(index)
        start = max(first, period_from)
        end = month_end(first) if period_to is None else min(month_end(first), period_to)
        part = part_month(monthly, start, end)
        if part is None:
            dues.append(PaymentDue(first, monthly_grosze))
            continue
        frozen = (first_month_grosze if start == period_from else
                  last_month_grosze if end == period_to else None)
        amount = frozen if frozen is not None else _grosze(part.amount)
        dues.append(PaymentDue(first, amount, part.days, part.month_days))
    return dues


def due_in(month: dt.date, monthly_grosze: int, period_from: dt.date,
           period_to: dt.date | None, one_off: bool, first_month_grosze: int | None = None,
           last_month_grosze: int | None = None) -> PaymentDue | None:
    """The payment of the benefit month of `month`, or None when nothing is due for it."""
    dues = schedule(monthly_grosze, period_from, period_to, one_off, month,
                    first_month_grosze, last_month_grosze)
    return dues[-1] if dues and dues[-1].month == month.replace(day=1) else None


def payment_date(month: dt.date, payment_day: int) -> dt.date:
    """The day the office pays a benefit month: its payment day, or the month's last day when
    the month is shorter (a 31 set by the office pays February on the 28th or 29th)."""
    if isinstance(payment_day, bool) or not isinstance(payment_day, int) or not 1 <= payment_day <= 31:
        raise DomainError("payment_day_invalid", repr(payment_day))
    return month.replace(day=min(payment_day, days_in_month(month.year, month.month)))
