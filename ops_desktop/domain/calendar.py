"""Deadlines in working days and months: KPA art. 57 and the family-interview regulation."""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
import threading
from functools import cache
from typing import Any

# Saturdays count as days off for deadlines (KPA art. 57 §4), as do Sundays.
_WEEKEND = frozenset({5, 6})


@cache
def _pl_holidays() -> Any:
    """Public holidays under the Act of 18 January 1951 (as amended), kept current by
    `holidays`; the object fills in each year on first use. Loaded at the first deadline,
    not at the program's start: the package reads every country's rules when imported."""
    import holidays

    return holidays.country_holidays("PL")


def preload(today: dt.date) -> None:
    """Load the holidays package and fill in the years around `today` – about a fifth of a
    second the first deadline shown would otherwise wait for (the program calls this in the
    background while its sign-in dialog waits for a password)."""
    for year in (today.year - 1, today.year, today.year + 1):
        is_holiday(dt.date(year, 1, 1))


# Deadlines set in law, kept here as named data rather than literals inside the functions.
INTERVIEW_WORKING_DAYS = 14  # Dz.U. 2021 poz. 893: wywiad within 14 working days
INTERVIEW_URGENT_WORKING_DAYS = 2  # same regulation: urgent cases within 2 working days
APPEAL_DAYS = 14  # KPA art. 129 § 2: odwołanie within 14 days of delivery
KPA_CASE_MONTHS = 1  # KPA art. 35 § 3: a case needing investigation, one month


# The holidays object fills in a year on first use and is not safe to fill from two threads
# at once (a year is marked done before it is filled): the sign-in's background loading and
# the window's warm-up compute deadlines beside the GUI thread.
_FILLING = threading.Lock()


def is_holiday(d: dt.date) -> bool:
    with _FILLING:
        return d in _pl_holidays()


def is_working_day(d: dt.date) -> bool:
    """Not a Saturday, a Sunday or a Polish public holiday."""
    return d.weekday() not in _WEEKEND and not is_holiday(d)


def next_working_day_if_needed(d: dt.date) -> dt.date:
    """KPA art. 57 §4: a deadline ending on a Saturday or holiday moves to the next working day."""
    while not is_working_day(d):
        d += dt.timedelta(days=1)
    return d


def add_working_days(start: dt.date, n: int) -> dt.date:
    """The n-th working day after `start` (the day of the event itself is not counted)."""
    if n < 0:
        raise ValueError("n must not be negative")
    d = start
    for _ in range(n):
        d += dt.timedelta(days=1)
        while not is_working_day(d):
            d += dt.timedelta(days=1)
    return d


def add_months(d: dt.date, n: int) -> dt.date:
    """The same day n calendar months later (or earlier); the month's last day when it has none.

    This is the rule of KPA art. 57 §3 for deadlines set in months.
    """
    index = d.year * 12 + (d.month - 1) + n
    year, month = divmod(index, 12)
    last = _stdlib_calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(d.day, last))


def kpa_deadline(received_on: dt.date, months: int = KPA_CASE_MONTHS) -> dt.date:
    """KPA art. 35 §3 (1 month; 2 when particularly complicated), counted per art. 57 §3–4."""
    return next_working_day_if_needed(add_months(received_on, months))


def interview_deadline(learned_on: dt.date, urgent: bool) -> dt.date:
    """Rozporządzenie z 8.04.2021 (Dz.U. 2021 poz. 893): wywiad within 14 working days, urgent 2."""
    days = INTERVIEW_URGENT_WORKING_DAYS if urgent else INTERVIEW_WORKING_DAYS
    return add_working_days(learned_on, days)


def appeal_deadline(delivered_on: dt.date) -> dt.date:
    """KPA art. 129 §2: 14 days from delivery, counted per art. 57 §1 and moved per art. 57 §4."""
    return next_working_day_if_needed(delivered_on + dt.timedelta(days=APPEAL_DAYS))
