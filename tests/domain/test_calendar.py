"""Working days and deadlines: KPA art. 57, the 14/2-working-day family interview, appeals."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.calendar import (
    add_months,
    add_working_days,
    appeal_deadline,
    interview_deadline,
    is_working_day,
    kpa_deadline,
    next_working_day_if_needed,
)

D = dt.date
DATES = st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31))


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 11, 11), False),  # Narodowe Święto Niepodległości (a Wednesday)
        (D(2026, 11, 12), True),
        (D(2026, 11, 14), False),  # Saturday
        (D(2026, 11, 15), False),  # Sunday
        (D(2026, 11, 1), False),
        (D(2026, 4, 6), False),  # Easter Monday
        (D(2026, 6, 4), False),  # Corpus Christi
        (D(2026, 5, 1), False),
        (D(2026, 12, 24), False),  # Wigilia is a public holiday from 2025
        (D(2024, 12, 24), True),  # … but was a working Tuesday in 2024
        (D(2026, 1, 6), False),
        (D(2026, 1, 7), True),
    ],
)
def test_is_working_day(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working


@pytest.mark.parametrize(
    ("day", "moved_to"),
    [
        (D(2026, 11, 14), D(2026, 11, 16)),  # Saturday → Monday
        (D(2026, 11, 11), D(2026, 11, 12)),  # holiday → next day
        (D(2026, 12, 24), D(2026, 12, 28)),  # Wigilia, both Christmas days, Sunday
        (D(2026, 11, 12), D(2026, 11, 12)),  # a working day stays
    ],
)
def test_next_working_day_if_needed(day: dt.date, moved_to: dt.date) -> None:
    assert next_working_day_if_needed(day) == moved_to


@pytest.mark.parametrize(
    ("delivered", "deadline"),
    [
        (D(2026, 10, 31), D(2026, 11, 16)),  # 14 days end on Saturday 14 November → Monday
        (D(2026, 10, 28), D(2026, 11, 12)),  # ends on 11 November → Thursday
        (D(2026, 11, 2), D(2026, 11, 16)),  # ends on a Monday: unchanged
        (D(2026, 12, 11), D(2026, 12, 28)),  # 25 Dec holiday, 26 Saturday, 27 Sunday
    ],
)
def test_appeal_deadline(delivered: dt.date, deadline: dt.date) -> None:
    assert appeal_deadline(delivered) == deadline


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2026, 11, 10), 0, D(2026, 11, 10)),
        (D(2026, 11, 10), 1, D(2026, 11, 12)),  # the day after is a holiday
        (D(2026, 11, 10), 2, D(2026, 11, 13)),
        (D(2026, 11, 13), 1, D(2026, 11, 16)),  # Friday → Monday
        (D(2026, 11, 14), 1, D(2026, 11, 16)),  # counting from a Saturday
    ],
)
def test_add_working_days(start: dt.date, n: int, expected: dt.date) -> None:
    assert add_working_days(start, n) == expected


def test_add_working_days_refuses_negative() -> None:
    with pytest.raises(ValueError):
        add_working_days(D(2026, 11, 10), -1)


@pytest.mark.parametrize(
    ("learned", "urgent", "deadline"),
    [
        (D(2026, 11, 2), False, D(2026, 11, 23)),  # 14 working days, 11 November skipped
        (D(2026, 11, 2), True, D(2026, 11, 4)),
        (D(2026, 11, 13), True, D(2026, 11, 17)),  # urgent from a Friday
        (D(2026, 12, 18), False, D(2027, 1, 13)),  # across Christmas, New Year and Epiphany
    ],
)
def test_interview_deadline(learned: dt.date, urgent: bool, deadline: dt.date) -> None:
    assert interview_deadline(learned, urgent) == deadline


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (D(2026, 1, 31), 1, D(2026, 2, 28)),  # end of month clamped
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
        (D(2026, 11, 15), 3, D(2027, 2, 15)),
        (D(2026, 12, 15), 1, D(2027, 1, 15)),
        (D(2026, 1, 15), -13, D(2024, 12, 15)),
        (D(2026, 5, 31), 0, D(2026, 5, 31)),
    ],
)
def test_add_months(day: dt.date, n: int, expected: dt.date) -> None:
    assert add_months(day, n) == expected


@pytest.mark.parametrize(
    ("received", "months", "deadline"),
    [
        (D(2026, 3, 16), 1, D(2026, 4, 16)),
        (D(2026, 10, 11), 1, D(2026, 11, 12)),  # 11 November → next working day
        (D(2026, 12, 31), 2, D(2027, 3, 1)),  # 28 Feb 2027 is a Sunday
        (D(2026, 3, 15), 2, D(2026, 5, 15)),
    ],
)
def test_kpa_deadline(received: dt.date, months: int, deadline: dt.date) -> None:
    assert kpa_deadline(received, months) == deadline


def test_kpa_deadline_defaults_to_one_month() -> None:
    assert kpa_deadline(D(2026, 3, 16)) == D(2026, 4, 16)


@given(DATES)
def test_next_working_day_is_working_and_not_earlier(day: dt.date) -> None:
    moved = next_working_day_if_needed(day)
    assert is_working_day(moved) and moved >= day
    assert (moved == day) is is_working_day(day)
    assert all(not is_working_day(day + dt.timedelta(days=i)) for i in range((moved - day).days))


@given(DATES, st.integers(min_value=1, max_value=40))
def test_add_working_days_counts_exactly_n_working_days(start: dt.date, n: int) -> None:
    end = add_working_days(start, n)
    assert is_working_day(end)
    between = [start + dt.timedelta(days=i) for i in range(1, (end - start).days + 1)]
    assert sum(is_working_day(d) for d in between) == n


@given(DATES, st.integers(min_value=-60, max_value=60))
def test_add_months_round_trips_for_days_every_month_has(day: dt.date, n: int) -> None:
    moved = add_months(day, n)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == n
    if day.day <= 28:
        assert moved.day == day.day and add_months(moved, -n) == day
    else:
        assert moved.day <= day.day


@given(DATES, st.integers(min_value=1, max_value=40))
def test_a_later_receipt_never_has_an_earlier_kpa_deadline(received: dt.date, later: int) -> None:
    # The benefits list sorts by deadline by reading the receipt order: this must hold.
    assert kpa_deadline(received) <= kpa_deadline(received + dt.timedelta(days=later))


def test_preloading_fills_in_the_years_around_today_that_deadlines_ask_about() -> None:
    from ops_desktop.domain import calendar

    calendar.preload(dt.date(2031, 6, 1))
    assert {2030, 2031, 2032} <= set(calendar._pl_holidays().years)
    # What a deadline then asks is answered from what was filled in, the same as before.
    assert not calendar.is_working_day(dt.date(2031, 11, 11))  # Narodowe Święto Niepodległości
    assert calendar.is_working_day(dt.date(2031, 11, 12))


def test_holidays_filled_in_from_several_threads_at_once_are_all_there() -> None:
    # The sign-in's background loading and the warm-up compute deadlines beside the GUI
    # thread; the holidays object marks a year done before filling it in.
    import sys
    import threading

    from ops_desktop.domain import calendar

    calendar._pl_holidays.cache_clear()
    days = [dt.date(year, 11, 11) for year in range(1990, 2060)]
    results: list[list[bool]] = []
    switching = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=lambda k=k: results.append(
            [calendar.is_holiday(d) for d in days[k:] + days[:k]])) for k in range(0, 70, 10)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(switching)
        calendar._pl_holidays.cache_clear()
    assert len(results) == 7
    assert all(all(found) for found in results)  # 11 November is a holiday every year
