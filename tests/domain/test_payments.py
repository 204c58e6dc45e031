"""Art. 106 ust. 3 u.p.s.: a part month pays the monthly amount ÷ its days × days covered."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.payments import (
    days_in_month,
    first_part_month,
    last_part_month,
    prorated,
    whole_months_end,
)

amounts = st.integers(min_value=0, max_value=10_000_00).map(lambda g: Decimal(g) / 100)
dates = st.dates(min_value=dt.date(2018, 1, 1), max_value=dt.date(2040, 12, 31))


def test_the_worked_example_december_2026() -> None:
    # An application received 3.12.2026: 29 of December's 31 days at 600 zł a month.
    part = first_part_month(Decimal("600.00"), dt.date(2026, 12, 3), dt.date(2027, 2, 28))
    assert part is not None
    assert (part.days, part.month_days, part.amount) == (29, 31, Decimal("561.29"))


def test_february_divides_by_its_own_days_not_thirty() -> None:
    # 15 of 28 days: 500 × 15 / 28 = 267,857… → 267,86 (by 30 days it would be 250,00).
    assert prorated(Decimal("500.00"), 15, 28) == Decimal("267.86")
    assert prorated(Decimal("500.00"), 15, 29) == Decimal("258.62")


def test_a_half_grosz_rounds_up() -> None:
    # 0,31 zł × 15 / 31 = 0,15 exactly.
    assert prorated(Decimal("0.31"), 15, 31) == Decimal("0.15")
    # 0,05 × 15 / 30 = 0,025 → 0,03 (half up, not to even).
    assert prorated(Decimal("0.05"), 15, 30) == Decimal("0.03")


def test_whole_months_end_on_the_last_day_of_a_month() -> None:
    assert whole_months_end(dt.date(2026, 12, 3), 3) == dt.date(2027, 2, 28)
    assert whole_months_end(dt.date(2027, 12, 1), 3) == dt.date(2028, 2, 29)
    assert whole_months_end(dt.date(2026, 1, 31), 1) == dt.date(2026, 1, 31)
    with pytest.raises(DomainError):
        whole_months_end(dt.date(2026, 1, 1), 0)


def test_whole_months_have_no_part_month() -> None:
    assert first_part_month(Decimal("600"), dt.date(2027, 1, 1), dt.date(2027, 3, 31)) is None
    assert last_part_month(Decimal("600"), dt.date(2027, 1, 1), dt.date(2027, 3, 31)) is None
    assert first_part_month(Decimal("600"), dt.date(2027, 1, 1), None) is None


def test_a_period_ending_mid_month_pays_its_last_month_in_part() -> None:
    part = last_part_month(Decimal("600.00"), dt.date(2026, 12, 3), dt.date(2027, 3, 2))
    assert part is not None
    assert (part.first_day, part.days, part.month_days, part.amount) == (
        dt.date(2027, 3, 1), 2, 31, Decimal("38.71"))


def test_a_period_inside_one_month_is_one_part_month() -> None:
    start, end = dt.date(2026, 12, 10), dt.date(2026, 12, 20)
    part = first_part_month(Decimal("310.00"), start, end)
    assert part is not None and (part.days, part.amount) == (11, Decimal("110.00"))
    assert last_part_month(Decimal("310.00"), start, end) is None


@given(amounts, st.integers(min_value=28, max_value=31), st.data())
def test_prorated_is_the_exact_fraction_rounded_half_up(monthly: Decimal, month_days: int,
                                                        data: st.DataObject) -> None:
    days = data.draw(st.integers(min_value=1, max_value=month_days))
    exact = Fraction(monthly) * days / month_days
    got = prorated(monthly, days, month_days)
    # Checked against the fraction itself, with no Decimal division: a whole number of grosze
    # within half a grosz of the exact value, a tie going up (exact − got = −½ grosz).
    assert got == got.quantize(Decimal("0.01"))
    diff = exact - Fraction(got)
    assert Fraction(-1, 200) <= diff < Fraction(1, 200)
    assert Decimal("0") <= got <= monthly
    if days == month_days:
        assert got == monthly


@given(amounts, dates)
def test_first_month_covers_the_days_from_start_to_month_end(monthly: Decimal,
                                                              start: dt.date) -> None:
    part = first_part_month(monthly, start, None)
    month_days = days_in_month(start.year, start.month)
    if start.day == 1:
        assert part is None
    else:
        assert part is not None
        assert part.days == month_days - start.day + 1
        assert part.amount == prorated(monthly, part.days, month_days)


@given(amounts, dates, st.integers(min_value=1, max_value=24))
def test_a_whole_months_period_has_only_its_first_month_in_part(
        monthly: Decimal, start: dt.date, months: int) -> None:
    end = whole_months_end(start, months)
    assert end.day == days_in_month(end.year, end.month)
    assert last_part_month(monthly, start, end) is None
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months - 1
