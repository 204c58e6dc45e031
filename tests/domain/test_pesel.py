"""PESEL: decoding birth date and sex for every century the number can encode, and consistency."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.pl import pesel as stdnum_pesel

from ops_desktop.domain import pesel
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.vocabulary import Sex

# DOMAIN.md §2: month + 80 for the 1800s, +0, +20, +40, +60 for 1900s … 2200s.
MONTH_OFFSET = {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}
WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def check_digit(body: str) -> str:
    return str((10 - sum(w * int(c) for w, c in zip(WEIGHTS, body, strict=True)) % 10) % 10)


def build(birth: dt.date, serial: int, sex_digit: int) -> str:
    month = birth.month + MONTH_OFFSET[birth.year // 100]
    body = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial:03d}{sex_digit}"
    return body + check_digit(body)


def independent_is_valid(number: str) -> bool:
    if len(number) != 11 or not number.isdigit() or check_digit(number[:10]) != number[10]:
        return False
    month = int(number[2:4])
    century = {0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}[month // 20]
    try:
        dt.date(century + int(number[:2]), month % 20, int(number[4:6]))
    except ValueError:
        return False
    return True


def test_known_numbers() -> None:
    assert pesel.decode("44051401359") == pesel.PeselInfo(dt.date(1944, 5, 14), Sex.MALE)
    assert pesel.decode("02270803624") == pesel.PeselInfo(dt.date(2002, 7, 8), Sex.FEMALE)
    assert pesel.decode("85121711202") == pesel.PeselInfo(dt.date(1985, 12, 17), Sex.FEMALE)


@pytest.mark.parametrize("bad", ["44051401358", "4405140135", "440514013590", "4405140135X",
                                 "4405320135" + check_digit("4405320135"),  # 32 May, right checksum
                                 "", "abcdefghijk"])
def test_invalid_numbers(bad: str) -> None:
    assert not pesel.is_valid(bad)
    with pytest.raises(DomainError) as info:
        pesel.decode(bad)
    assert info.value.code == "pesel_invalid"


def test_normalise_removes_what_people_type_between_digits() -> None:
    assert pesel.normalise(" 440514 01359 ") == "44051401359"
    assert pesel.normalise("440514-01359") == "44051401359"
    assert pesel.is_valid(pesel.normalise("440514 01359"))


def test_consistency_errors() -> None:
    number = "44051401359"
    assert pesel.consistency_errors(number, None, None) == []
    assert pesel.consistency_errors(number, dt.date(1944, 5, 14), Sex.MALE) == []
    assert pesel.consistency_errors(number, dt.date(1944, 5, 15), Sex.MALE) == [
        "pesel_birth_date_mismatch"]
    assert pesel.consistency_errors(number, None, Sex.FEMALE) == ["pesel_sex_mismatch"]
    assert pesel.consistency_errors(number, dt.date(1945, 5, 14), Sex.FEMALE) == [
        "pesel_birth_date_mismatch", "pesel_sex_mismatch"]
    assert pesel.consistency_errors("44051401358", None, None) == ["pesel_invalid"]


@given(
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2299, 12, 31)),
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=0, max_value=9),
)
def test_decode_round_trips_date_and_sex(birth: dt.date, serial: int, sex_digit: int) -> None:
    number = build(birth, serial, sex_digit)
    assert pesel.is_valid(number)
    info = pesel.decode(number)
    assert info.birth_date == birth
    assert info.sex is (Sex.MALE if sex_digit % 2 else Sex.FEMALE)
    assert pesel.consistency_errors(number, birth, info.sex) == []


@given(
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2299, 12, 31)),
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.integers(min_value=1, max_value=9),
)
def test_a_wrong_check_digit_is_refused(birth: dt.date, serial: int, sex_digit: int,
                                        shift: int) -> None:
    number = build(birth, serial, sex_digit)
    wrong = number[:10] + str((int(number[10]) + shift) % 10)
    assert not pesel.is_valid(wrong)


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_random_digits_validate_iff_the_rules_say_so(number: str) -> None:
    assert pesel.is_valid(number) is stdnum_pesel.is_valid(number)
    assert pesel.is_valid(number) is independent_is_valid(number)
