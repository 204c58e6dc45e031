"""The fee % of specialist care for persons with mental disorders by the minister's table in
force for the month, worked out by hand at every band edge (exactly at the limit, one grosz
above) for single persons and families, for both tables; and the hours a decision grants in
a month. Criteria: until 2024 single 776 zł, per person 600 zł; from 2025 1010 zł and 823 zł.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ops_desktop.domain.care_decisions import HoursUnit, care_terms, monthly_hours_limit
from ops_desktop.domain.care_fees import default_fee_tables
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.law import default_lawbook
from ops_desktop.domain.suo_fees import default_suo_tables, suo_table
from ops_desktop.domain.vocabulary import CareKind

D = Decimal
OLD = dt.date(2023, 4, 1)  # the 2005 table, criterion 776 / 600
NEW = dt.date(2026, 3, 1)  # the table from 1.05.2023, criterion 1010 / 823


def _percent(income: str, size: int, on: dt.date) -> Decimal:
    return care_terms(CareKind.SPECIALIST_MENTAL, D(income), size, on, default_fee_tables(),
                      None, default_lawbook(), D("40.00")).fee_percent


# (single person's income: 776 × limit %, and one grosz above) → fee %
OLD_SINGLE = [
    ("776.00", "0"), ("776.01", "1.5"),  # 100 %
    ("1028.20", "1.5"), ("1028.21", "3"),  # 132,5 %
    ("1280.40", "3"), ("1280.41", "5"),  # 165 %
    ("1455.00", "5"), ("1455.01", "7"),  # 187,5 %
    ("1707.20", "7"), ("1707.21", "11"),  # 220 %
    ("1843.00", "11"), ("1843.01", "15"),  # 237,5 %
    ("1978.80", "15"), ("1978.81", "22.5"),  # 255 %
    ("2056.40", "22.5"), ("2056.41", "30"),  # 265 %
    ("2134.00", "30"), ("2134.01", "45"),  # 275 %
    ("2192.20", "45"), ("2192.21", "60"),  # 282,5 %
    ("2250.40", "60"), ("2250.41", "75"),  # 290 %
    ("2405.60", "75"), ("2405.61", "90"),  # 310 %
    ("2560.80", "90"), ("2560.81", "100"),  # 330 %
]
# (a family of two: 2 × 600 × limit %, and one grosz above – half a grosz a person) → fee %
OLD_FAMILY = [
    ("1200.00", "0"), ("1200.01", "3.5"),  # 100 %
    ("1590.00", "3.5"), ("1590.01", "7"),  # 132,5 %
    ("1980.00", "7"), ("1980.01", "11"),  # 165 %
    ("2250.00", "11"), ("2250.01", "15"),  # 187,5 %
    ("2640.00", "15"), ("2640.01", "20"),  # 220 %
    ("2850.00", "20"), ("2850.01", "25"),  # 237,5 %
    ("3060.00", "25"), ("3060.01", "32.5"),  # 255 %
    ("3180.00", "32.5"), ("3180.01", "40"),  # 265 %
    ("3300.00", "40"), ("3300.01", "55"),  # 275 %
    ("3390.00", "55"), ("3390.01", "70"),  # 282,5 %
    ("3480.00", "70"), ("3480.01", "85"),  # 290 %
    ("3720.00", "85"), ("3720.01", "100"),  # 310 %
    ("3960.00", "100"), ("3960.01", "100"),  # 330 %
]
# From 1.05.2023 (single: 1010 × limit %); the bands between 220 % and 600 % are marked
# unconfirmed in the data and tested as the data holds them.
NEW_SINGLE = [
    ("1010.00", "0"), ("1010.01", "1.5"),  # 100 %
    ("2222.00", "1.5"), ("2222.01", "3"),  # 220 %
    ("2626.00", "3"), ("2626.01", "5"),  # 260 %
    ("3030.00", "5"), ("3030.01", "7"),  # 300 %
    ("3434.00", "7"), ("3434.01", "11"),  # 340 %
    ("3838.00", "11"), ("3838.01", "15"),  # 380 %
    ("4242.00", "15"), ("4242.01", "22.5"),  # 420 %
    ("4545.00", "22.5"), ("4545.01", "30"),  # 450 %
    ("4848.00", "30"), ("4848.01", "45"),  # 480 %
    ("5151.00", "45"), ("5151.01", "60"),  # 510 %
    ("5454.00", "60"), ("5454.01", "75"),  # 540 %
    ("5757.00", "75"), ("5757.01", "90"),  # 570 %
    ("6060.00", "90"), ("6060.01", "100"),  # 600 %
]
# A family of three: 3 × 823 × limit %.
NEW_FAMILY = [
    ("2469.00", "0"), ("2469.01", "3.5"),  # 100 %
    ("5431.80", "3.5"), ("5431.81", "7"),  # 220 %
    ("6419.40", "7"), ("6419.41", "11"),  # 260 %
    ("7407.00", "11"), ("7407.01", "15"),  # 300 %
    ("14073.30", "85"), ("14073.31", "100"),  # 570 %
    ("14814.00", "100"), ("14814.01", "100"),  # 600 %
]


@pytest.mark.parametrize(("income", "expected"), OLD_SINGLE)
def test_old_table_single(income: str, expected: str) -> None:
    assert _percent(income, 1, OLD) == D(expected)


@pytest.mark.parametrize(("income", "expected"), OLD_FAMILY)
def test_old_table_family(income: str, expected: str) -> None:
    assert _percent(income, 2, OLD) == D(expected)


@pytest.mark.parametrize(("income", "expected"), NEW_SINGLE)
def test_new_table_single(income: str, expected: str) -> None:
    assert _percent(income, 1, NEW) == D(expected)


@pytest.mark.parametrize(("income", "expected"), NEW_FAMILY)
def test_new_table_family(income: str, expected: str) -> None:
    assert _percent(income, 3, NEW) == D(expected)


def test_the_table_in_force_for_the_month_applies() -> None:
    # 1100 zł of a single person is 141,75 % of 776 zł: 3 % until April 2023, 1,5 % from May.
    assert _percent("1100.00", 1, dt.date(2023, 4, 1)) == D("3")
    assert _percent("1100.00", 1, dt.date(2023, 5, 1)) == D("1.5")
    assert suo_table(dt.date(2023, 4, 30)).valid_from < dt.date(2023, 5, 1)
    assert suo_table(dt.date(2023, 5, 1)).valid_from == dt.date(2023, 5, 1)
    with pytest.raises(DomainError):
        suo_table(dt.date(2000, 1, 1))


def test_unconfirmed_bands_are_marked_and_said() -> None:
    new = suo_table(NEW)
    assert [b.confirmed for b in new.bands][2:-1] == ["UNCONFIRMED"] * 11
    assert all(b.confirmed == "C" for b in default_suo_tables()[0].bands)
    terms = care_terms(CareKind.SPECIALIST_MENTAL, D("3000.00"), 1, NEW, default_fee_tables(),
                       None, default_lawbook(), D("40.00"))
    assert terms.unconfirmed and terms.fee_percent == D("5")  # 297,03 %
    confirmed = care_terms(CareKind.SPECIALIST_MENTAL, D("1500.00"), 1, NEW,
                           default_fee_tables(), None, default_lawbook(), D("40.00"))
    assert not confirmed.unconfirmed


def test_other_care_follows_the_council_and_its_hourly_cost() -> None:
    # 1600 / 1010 = 158,42 % → 15 % by the (sample) resolution, at its 35 zł an hour
    for kind in (CareKind.CARE, CareKind.SPECIALIST, CareKind.NEIGHBOURHOOD):
        terms = care_terms(kind, D("1600.00"), 1, NEW, default_fee_tables(), None,
                           default_lawbook(), D("99.00"))
        assert (terms.fee_percent, terms.hourly_cost) == (D("15"), D("35.00"))
    with pytest.raises(DomainError):
        care_terms(CareKind.SPECIALIST_MENTAL, D("1600.00"), 1, NEW, default_fee_tables(),
                   None, default_lawbook())


@pytest.mark.parametrize(("hours", "unit", "start", "end", "month", "expected"), [
    ("10", HoursUnit.WEEK, "2026-01-01", "2026-12-31", "2026-02-01", "40.00"),  # 10 × 28 / 7
    ("10", HoursUnit.WEEK, "2026-01-01", "2026-12-31", "2026-09-01", "42.86"),  # 42,857… up
    ("10", HoursUnit.WEEK, "2026-09-16", "2026-12-31", "2026-09-01", "21.43"),  # 15 days
    ("30", HoursUnit.MONTH, "2026-01-01", "2026-12-31", "2026-03-01", "30.00"),
    ("30", HoursUnit.MONTH, "2026-09-16", "2026-12-31", "2026-09-01", "15.00"),  # 15 of 30
    ("30", HoursUnit.MONTH, "2026-01-01", "2026-01-10", "2026-01-01", "9.68"),  # 9,677… up
    ("30", HoursUnit.MONTH, "2026-01-01", "2026-12-31", "2027-01-01", "0"),  # after the period
])
def test_hours_granted_in_a_month(hours: str, unit: HoursUnit, start: str, end: str,
                                  month: str, expected: str) -> None:
    assert monthly_hours_limit(D(hours), unit, dt.date.fromisoformat(start),
                               dt.date.fromisoformat(end),
                               dt.date.fromisoformat(month)) == D(expected)
