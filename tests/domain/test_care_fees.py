"""Care-service fees worked out by hand on the sample table (resources/law/care_fees.json)
and the 2025 criteria (single 1010 zł, per person in a family 823 zł)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.care_fees import (
    FeeTables,
    default_fee_tables,
    fee_for,
    monthly_bill,
)
from ops_desktop.domain.errors import DomainError

D = Decimal
JAN_2026 = dt.date(2026, 1, 1)
TABLES = default_fee_tables()


def percent(income: str, size: int, on: dt.date = JAN_2026) -> Decimal:
    return fee_for(D(income), size, on, TABLES).fee_percent


@pytest.mark.parametrize(("income", "size", "expected"), [
    # single person: criterion 1010 zł
    ("0", 1, "0"),
    ("1010.00", 1, "0"),  # exactly 100 %: free
    ("1010.01", 1, "5"),  # just above 100 %
    ("1212.00", 1, "5"),  # exactly 120 %
    ("1212.01", 1, "10"),
    ("1515.00", 1, "10"),  # 150 %
    ("1515.01", 1, "15"),
    ("2626.00", 1, "25"),  # 260 %: single 25 %
    ("2626.01", 1, "40"),
    ("4040.00", 1, "60"),  # 400 %
    ("4040.01", 1, "100"),
    # family: 823 zł per person; the whole family's income is divided by its size
    ("2469.00", 3, "0"),  # 823,00 per person = 100 %
    ("2469.03", 3, "5"),  # 823,01 per person
    ("4279.60", 2, "30"),  # 2139,80 per person = 260 %: family 30 % (single would pay 25 %)
    ("4279.62", 2, "50"),  # just above 260 %
])
def test_band_edges(income: str, size: int, expected: str) -> None:
    assert percent(income, size) == D(expected)


def test_the_criterion_of_the_day_applies() -> None:
    # 2024: single criterion 776 zł
    assert percent("776.00", 1, dt.date(2024, 6, 1)) == 0
    assert percent("776.01", 1, dt.date(2024, 6, 1)) == 5
    # the same income in 2025 (criterion 1010) is free
    assert percent("776.01", 1, dt.date(2025, 1, 1)) == 0


def test_no_table_before_the_first_resolution() -> None:
    with pytest.raises(DomainError, match="no_care_fee_table"):
        fee_for(D("500"), 1, dt.date(2023, 12, 31), TABLES)


def test_monthly_bill_by_hand() -> None:
    fee = fee_for(D("1600.00"), 1, JAN_2026, TABLES)  # 158,42 % → 15 %
    assert fee.income_share == D("158.42")
    assert fee.fee_per_hour == D("5.25")  # 35 zł × 15 %
    assert monthly_bill(D("40"), fee) == D("210.00")
    assert monthly_bill(D("12.5"), fee) == D("65.63")  # 65,625 rounded half up once
    assert monthly_bill(D("0"), fee) == D("0.00")


def test_the_office_hourly_cost_replaces_the_resolutions() -> None:
    fee = fee_for(D("1300"), 1, JAN_2026, TABLES, hourly_cost=D("42.80"))  # 128,71 % → 10 %
    assert monthly_bill(D("30"), fee) == D("128.40")  # 30 × 42,80 × 10 %


def test_hostile_values_refused() -> None:
    for income in (D("-1"), D("NaN"), D("Infinity"), 1000, 1000.0):
        with pytest.raises(DomainError):
            fee_for(income, 1, JAN_2026, TABLES)  # type: ignore[arg-type]
    for size in (0, -2, True, 31, "2"):
        with pytest.raises(DomainError):
            fee_for(D("1000"), size, JAN_2026, TABLES)  # type: ignore[arg-type]
    fee = fee_for(D("1600"), 1, JAN_2026, TABLES)
    for hours in (D("-1"), D("745"), D("NaN"), 10.5):
        with pytest.raises(DomainError):
            monthly_bill(hours, fee)  # type: ignore[arg-type]


def _table(**change: object) -> str:
    table = {"valid_from": "2026-01-01", "resolution": "Uchwała nr X/1/2025",
             "legal_basis": "art. 50 ust. 6", "hourly_cost": "30.00",
             "bands": [{"up_to": "100", "single": "0", "family": "0"},
                       {"up_to": None, "single": "50", "family": "50"}]}
    table.update(change)
    return json.dumps({"tables": [table]})


def test_an_office_table_is_checked() -> None:
    assert FeeTables.from_json(_table()).in_force(JAN_2026).hourly_cost == D("30.00")
    for bad in (
        _table(hourly_cost=30),  # a float-able number, not text
        _table(valid_from="1.01.2026"),
        _table(bands=[]),
        _table(bands=[{"up_to": "100", "single": "0", "family": "0"}]),  # no open end
        _table(bands=[{"up_to": "100", "single": "20", "family": "0"},
                      {"up_to": None, "single": "10", "family": "10"}]),  # falls
        _table(bands=[{"up_to": "100", "single": "0", "family": "0"},
                      {"up_to": None, "single": "101", "family": "10"}]),
        _table(resolution=""),
        "[]", "not json",
    ):
        with pytest.raises(DomainError, match="care_fee_table_invalid"):
            FeeTables.from_json(bad)


def test_the_shipped_table_is_marked_as_an_example() -> None:
    table = TABLES.in_force(JAN_2026)
    assert table.example and table.confirmed == "V" and "PRZYKŁAD" in table.resolution


incomes = st.decimals(min_value=0, max_value=20000, places=2)
sizes = st.integers(min_value=1, max_value=8)


@given(incomes, incomes, sizes)
def test_more_income_never_pays_less(a: Decimal, b: Decimal, size: int) -> None:
    low, high = sorted((a, b))
    assert percent(str(low), size) <= percent(str(high), size)


@given(incomes, st.decimals(min_value=0, max_value=744, places=2),
       st.decimals(min_value=0, max_value=744, places=2))
def test_more_hours_never_cost_less(income: Decimal, h1: Decimal, h2: Decimal) -> None:
    fee = fee_for(income, 1, JAN_2026, TABLES)
    low, high = sorted((h1, h2))
    assert monthly_bill(low, fee) <= monthly_bill(high, fee)
    assert monthly_bill(high, fee) <= (high * fee.hourly_cost).quantize(D("0.01")) + D("0.01")
