"""The limits an order's weekly hours set, worked out by hand on the calendar of 2026."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ops_desktop.domain.care_hours import monthly_limit, read_hours, weeks_limit

D = Decimal
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_a_month_typed_as_a_total_is_held_to_its_share_of_the_weeks() -> None:
    # September 2026: 30 days (4 2/7 weeks), 22 working days (4.4 weeks of five) → 44 h
    assert monthly_limit(D(10), *YEAR, dt.date(2026, 9, 1)) == D("44.00")
    # February 2026: 28 days, 20 working days → exactly 4 weeks either way
    assert monthly_limit(D(10), *YEAR, dt.date(2026, 2, 1)) == D("40.00")
    # March 2026: 31 days = 4 3/7 weeks = 44.2857… h, rounded up to the hundredth, beats
    # its 22 working days (44 h)
    assert monthly_limit(D(10), *YEAR, dt.date(2026, 3, 1)) == D("44.29")
    # An order from 16 November: 15 days, 11 working days → 2.2 weeks → 13.2 h of 6 a week
    assert monthly_limit(D(6), dt.date(2026, 11, 16), YEAR[1], dt.date(2026, 11, 1)) == D("13.20")
    assert monthly_limit(D(6), dt.date(2027, 1, 1), dt.date(2027, 6, 30),
                         dt.date(2026, 11, 1)) == 0


def test_days_are_held_to_every_week_the_month_touches() -> None:
    # September 2026 touches ISO weeks 36 (Tue 1 – Sun 6) to 40 (Mon 28 – Wed 30): five.
    assert weeks_limit(D(6), *YEAR, dt.date(2026, 9, 1)) == D(30)
    # A Tuesday-and-Thursday schedule of 3 h in a month with five of each (December 2026
    # starts on a Tuesday): 30 h, more than the month's share (6 × 23 / 5 = 27.6) but never
    # more than 6 h in any week.
    assert weeks_limit(D(6), *YEAR, dt.date(2026, 12, 1)) == D(30)
    assert monthly_limit(D(6), *YEAR, dt.date(2026, 12, 1)) == D("27.60")


def test_a_line_is_read_with_times_hours_or_both() -> None:
    read = read_hours("KLIENT;Data;Od;Do;Godziny;Opiekun\n"
                      "44051401359;01.09.2026;8:15;10:45;;Ewa  Nowak\n"
                      "44051401359;2026-09-02;;;1,75;Ewa Nowak\n"
                      "44051401359;03.09.2026;08:00;24:00;16;Ewa Nowak\n")
    assert [(r.starts_min, r.ends_min, r.hours, r.carer) for r in read] == [  # type: ignore[union-attr]
        (495, 645, D("2.50"), "Ewa Nowak"), (None, None, D("1.75"), "Ewa Nowak"),
        (480, 1440, D("16.00"), "Ewa Nowak")]
