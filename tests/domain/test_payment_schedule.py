"""The payment schedule of a decision against amounts computed by hand (art. 106 ust. 3)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.payment_rules import payment_rules
from ops_desktop.domain.payments import PaymentDue, due_in, payment_date, schedule

D = dt.date


def test_a_february_part_month() -> None:
    # 600,00 zł from 15 February 2027: 14 of 28 days = 600 × 14 / 28 = 300,00 zł.
    assert schedule(60000, D(2027, 2, 15), D(2027, 3, 31), False, D(2027, 3, 1)) == [
        PaymentDue(D(2027, 2, 1), 30000, 14, 28), PaymentDue(D(2027, 3, 1), 60000)]


def test_a_leap_year_february() -> None:
    # 2028 is a leap year: 15 of 29 days = 600 × 15 / 29 = 310,3448… → 310,34 zł.
    assert schedule(60000, D(2028, 2, 15), None, False, D(2028, 2, 1)) == [
        PaymentDue(D(2028, 2, 1), 31034, 15, 29)]


def test_a_period_starting_and_ending_mid_month() -> None:
    # From 3 December: 29 of 31 days = 561,2903… → 561,29; to 2 March: 2 of 31 = 38,709… → 38,71.
    dues = schedule(60000, D(2026, 12, 3), D(2027, 3, 2), False, D(2027, 12, 1))
    assert [(d.month, d.amount_grosze, d.days) for d in dues] == [
        (D(2026, 12, 1), 56129, 29), (D(2027, 1, 1), 60000, None),
        (D(2027, 2, 1), 60000, None), (D(2027, 3, 1), 3871, 2)]


def test_half_a_grosz_rounds_up() -> None:
    # 10,01 zł for 15 of April's 30 days = 5,005 zł exactly → 5,01 (half up; half even: 5,00).
    assert due_in(D(2027, 4, 1), 1001, D(2027, 4, 16), None, False) == PaymentDue(
        D(2027, 4, 1), 501, 15, 30)
    assert payment_rules(D(2027, 4, 1)).rounding == "half_up"
    assert payment_rules(D(2027, 4, 1)).rounding_confirmed is False  # UNCONFIRMED in the data


def test_the_grosze_the_signed_decision_froze_are_paid() -> None:
    # The act says 561,29 zł for the first month: the list pays what was signed.
    assert due_in(D(2026, 12, 1), 60000, D(2026, 12, 3), None, False, 56130).amount_grosze == 56130


def test_a_one_off_benefit_is_paid_once() -> None:
    assert schedule(30000, D(2027, 1, 15), None, True, D(2027, 6, 1)) == [
        PaymentDue(D(2027, 1, 1), 30000)]
    assert due_in(D(2027, 2, 1), 30000, D(2027, 1, 15), None, True) is None


def test_nothing_is_due_before_the_period_or_after_it() -> None:
    assert due_in(D(2026, 11, 1), 60000, D(2026, 12, 3), None, False) is None
    assert due_in(D(2027, 4, 1), 60000, D(2026, 12, 3), D(2027, 3, 2), False) is None


def test_the_payment_day_of_a_short_month() -> None:
    assert payment_date(D(2027, 2, 1), 31) == D(2027, 2, 28)
    assert payment_date(D(2028, 2, 1), 31) == D(2028, 2, 29)
    assert payment_date(D(2027, 3, 1), 10) == D(2027, 3, 10)
    for bad in (0, 32, True, "10"):
        with pytest.raises(DomainError):
            payment_date(D(2027, 3, 1), bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", [-1, 1.5, "600", True, None])
def test_amounts_are_whole_grosze(amount: object) -> None:
    with pytest.raises(DomainError):
        schedule(amount, D(2027, 1, 1), None, False, D(2027, 1, 1))  # type: ignore[arg-type]


months = st.integers(min_value=2018 * 12, max_value=2040 * 12)


@given(monthly=st.integers(min_value=0, max_value=10_000_00), first=months,
       count=st.integers(min_value=1, max_value=30))
def test_whole_months_pay_the_monthly_amount_each(monthly: int, first: int, count: int) -> None:
    start = D(first // 12, first % 12 + 1, 1)
    end_index = first + count
    end = D(end_index // 12, end_index % 12 + 1, 1) - dt.timedelta(days=1)
    dues = schedule(monthly, start, end, False, D(2100, 1, 1))
    assert len(dues) == count
    assert all(d.amount_grosze == monthly and d.days is None for d in dues)


@given(monthly=st.integers(min_value=0, max_value=10_000_00),
       start=st.dates(min_value=D(2018, 1, 1), max_value=D(2040, 12, 31)),
       length=st.integers(min_value=0, max_value=800))
def test_a_part_month_never_pays_more_than_a_whole_one(monthly: int, start: dt.date,
                                                       length: int) -> None:
    end = start + dt.timedelta(days=length)
    dues = schedule(monthly, start, end, False, end)
    assert dues[0].month == start.replace(day=1) and dues[-1].month == end.replace(day=1)
    for due in dues:
        assert isinstance(due.amount_grosze, int) and 0 <= due.amount_grosze <= monthly
        if due.days is not None:
            # Within half a grosz of the exact fraction.
            assert abs(due.amount_grosze * due.month_days - monthly * due.days) * 2 \
                <= due.month_days
