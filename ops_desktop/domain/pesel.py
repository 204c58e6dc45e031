"""PESEL numbers: a thin wrapper over stdnum.pl.pesel returning the office's own types and codes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.pl import pesel as stdnum_pesel

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.vocabulary import Sex


@dataclass(frozen=True)
class PeselInfo:
    """What a PESEL itself says about its holder (digits 1–6 and 10)."""

    birth_date: dt.date
    sex: Sex


# Centuries are encoded by adding to the month: 1800s +80, 1900s +0, 2000s +20, …
_MONTH_OFFSET = {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}


def encode(birth: dt.date, serial: int, sex_digit: int) -> str:
    """The PESEL of a birth date, a three-digit serial and the sex digit (odd: male),
    checksum included. For generated demo data; real numbers come from the registry."""
    month = birth.month + _MONTH_OFFSET[birth.year // 100]
    body = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial:03d}{sex_digit}"
    return body + str(stdnum_pesel.calc_check_digit(body))


def normalise(text: str) -> str:
    """Drop the spaces and hyphens people type between digit groups."""
    return str(stdnum_pesel.compact(text))


def is_valid(pesel: str) -> bool:
    """11 digits, a real birth date and the checksum (weights 1,3,7,9,...)."""
    return bool(stdnum_pesel.is_valid(pesel))


def decode(pesel: str) -> PeselInfo:
    """Birth date and sex encoded in a valid PESEL; DomainError("pesel_invalid") otherwise."""
    try:
        number = stdnum_pesel.validate(pesel)
        birth = stdnum_pesel.get_birth_date(number)
        sex = Sex.MALE if stdnum_pesel.get_gender(number) == "M" else Sex.FEMALE
    except StdnumValidationError as exc:
        raise DomainError("pesel_invalid", str(pesel)) from exc
    return PeselInfo(birth_date=birth, sex=sex)


def consistency_errors(pesel: str, birth_date: dt.date | None, sex: Sex | None) -> list[str]:
    """Codes for typed data contradicting the PESEL; an invalid PESEL gives "pesel_invalid"."""
    try:
        info = decode(pesel)
    except DomainError as exc:
        return [exc.code]
    errors: list[str] = []
    if birth_date is not None and birth_date != info.birth_date:
        errors.append("pesel_birth_date_mismatch")
    if sex is not None and Sex(sex) is not info.sex:
        errors.append("pesel_sex_mismatch")
    return errors
