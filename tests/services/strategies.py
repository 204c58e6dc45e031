"""Hypothesis strategies for hostile input: what a careless paste, a broken import or an attacker
could hand to a service, next to the valid values the office really types."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import IdDocumentType, Sex

SQL_FRAGMENTS = (
    "'; DROP TABLE persons;--",
    "Robert'); DROP TABLE intakes;--",
    "' OR '1'='1",
    '" OR 1=1 --',
    "1; DELETE FROM users",
    "%",
    "_",
    "%_%",
    "\\",
    "\\%",
    "NULL",
    "*/ SELECT * FROM decisions /*",
)
CONTROL_CHARACTERS = tuple(chr(c) for c in (*range(0x20), 0x7F, 0x85, 0x9B))
# Direction marks, embeddings, overrides and isolates; zero-width and byte-order marks.
BIDI_AND_INVISIBLE = (
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\u200b", "\u200d", "\ufeff", "\u2028", "\u2029",
)
LONE_SURROGATES = ("\ud800", "\udbff", "\udc00", "\udfff")
ODD_CHARACTERS = CONTROL_CHARACTERS + BIDI_AND_INVISIBLE + LONE_SURROGATES

IBAN = "PL61109010140000071219812874"
VALID_IBANS = (IBAN, "PL61 1090 1014 0000 0712 1981 2874", "61109010140000071219812874",
               "DE89370400440532013000")


def _pesel_check_digit(body: str) -> str:
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return str((10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10)


def build_pesel(birth: dt.date, serial: int, sex_digit: int) -> str:
    """A PESEL with a correct check digit for a birth date in 1800–2299."""
    century_offset = {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[birth.year // 100]
    body = (f"{birth.year % 100:02d}{birth.month + century_offset:02d}{birth.day:02d}"
            f"{serial:03d}{sex_digit}")
    return body + _pesel_check_digit(body)


def very_long_text() -> st.SearchStrategy[str]:
    return st.builds(lambda piece, n: (piece * n)[: max(n, 10_001)],
                     st.sampled_from(["a", "Ż", "'", "%", "ab ", "\u202e", "0"]),
                     st.integers(10_001, 20_000))


def hostile_text() -> st.SearchStrategy[str]:
    """Strings no form should store as they are, or should store exactly as given."""
    return st.one_of(
        st.text(max_size=40),
        st.sampled_from(SQL_FRAGMENTS),
        st.text(alphabet=st.sampled_from(ODD_CHARACTERS + tuple("aŻ '%_;-1")), max_size=30),
        st.builds(lambda a, b, c: a + b + c, st.sampled_from(SQL_FRAGMENTS),
                  st.sampled_from(ODD_CHARACTERS), st.text(max_size=10)),
        very_long_text(),
        # One character over a column of the store (String(20), (40), (80), (120), (200)...).
        st.builds(lambda c, n: c * n, st.sampled_from(["Ż", "a", "1"]),
                  st.sampled_from([7, 12, 21, 41, 61, 81, 121, 201, 301, 4001, 20_001])),
        st.sampled_from(["", " ", "\t", "\n", "\r\n", "\x00", "   \u3000  "]),
    )


def wrong_type() -> st.SearchStrategy[Any]:
    """Anything but the str, date or Decimal a field expects."""
    return st.one_of(
        st.none(),
        st.integers(),
        st.floats(allow_nan=True),
        st.binary(max_size=12),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
        st.lists(st.integers(), max_size=2),
        st.booleans(),
        st.just(Decimal("1.50")),
        st.just(dt.date(2020, 1, 1)),
        st.just(uuid.UUID(int=7)),
        st.just(object()),
    )


def text_or_wrong(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(valid, hostile_text(), wrong_type())


def mostly(valid: st.SearchStrategy[Any], hostile: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Usually `valid`, sometimes `hostile`: so the saving path is tried as often as refusals."""
    return st.integers(0, 3).flatmap(lambda n: hostile if n == 3 else valid)


def valid_pesels() -> st.SearchStrategy[str]:
    return st.builds(build_pesel, st.dates(dt.date(1930, 1, 1), wall_today()),
                     st.integers(0, 999), st.integers(0, 9))


def odd_dates() -> st.SearchStrategy[Any]:
    """Dates at the ends of the calendar, around today, datetimes and time-zone-aware times."""
    today = wall_today()
    return st.one_of(
        st.dates(),
        st.sampled_from([dt.date.min, dt.date.max, dt.date(1, 1, 1), dt.date(9999, 12, 31),
                         today, today + dt.timedelta(days=1), today - dt.timedelta(days=1),
                         dt.date(1900, 2, 28), dt.date(2000, 2, 29)]),
        st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
        st.datetimes(timezones=st.just(dt.UTC), min_value=dt.datetime(1, 1, 2),
                     max_value=dt.datetime(9999, 12, 30)),
        wrong_type(),
    )


def odd_amounts() -> st.SearchStrategy[Any]:
    """Negative, three decimals, NaN, infinities, huge, floats, ints, strings."""
    return st.one_of(
        st.decimals(allow_nan=True, allow_infinity=True),
        st.decimals(min_value=0, max_value=10_000, places=2),
        st.sampled_from([Decimal(x) for x in (
            "NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "-0.01", "-0", "0", "0.001",
            "1229.005", "1E+30", "1E-30", "99999999999999999999999999999999.99", "1000000",
            "1000000.01", "750.00", "1.5")]),
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(),
        st.sampled_from(["750,00", "1 229,50 zł", "abc"]),
        wrong_type(),
    )


def pesels() -> st.SearchStrategy[Any]:
    """Valid PESELs (with spaces sometimes), PESELs of the future, wrong checksums, junk."""
    valid = st.builds(build_pesel, st.dates(dt.date(1900, 1, 1), wall_today()),
                      st.integers(0, 999), st.integers(0, 9))
    return st.one_of(
        valid,
        valid.map(lambda p: f"{p[:6]} {p[6:]}"),
        st.builds(build_pesel, st.dates(dt.date(1800, 1, 1), dt.date(2299, 12, 31)),
                  st.integers(0, 999), st.integers(0, 9)),
        valid.map(lambda p: p[:10] + str((int(p[10]) + 1) % 10)),
        st.from_regex(r"\d{11}", fullmatch=True),
        st.from_regex(r"[0-9٠-٩²]{11}", fullmatch=True),
        st.none(),
        hostile_text(),
        wrong_type(),
    )


def postal_codes() -> st.SearchStrategy[Any]:
    return st.one_of(st.from_regex(r"\d{2}-\d{3}", fullmatch=True),
                     st.sampled_from(["66530", "66-5300", "6-530", "AB-CDE", "٦٦-٥٣٠"]),
                     hostile_text(), wrong_type())


def ibans() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(VALID_IBANS),
        st.from_regex(r"PL\d{26}", fullmatch=True),
        st.from_regex(r"\d{24}", fullmatch=True).map(
            lambda d: f"PL{stdnum_iban.calc_check_digits('PL00' + d)}{d}"),
        st.sampled_from([IBAN[:-1] + "5", IBAN + "0", "PL" + "0" * 26, "XX00"]),
        hostile_text(),
        wrong_type(),
    )


VALID_NAMES = st.sampled_from(["Jan", "Żółkiewski", "Anna-Maria", "O’Neill", "Kovalenko",
                               "Łucja", "van der Berg", "Ǆurić", "Søren"])

PERSON_FIELDS = ("first_name", "last_name", "pesel", "id_document_type", "id_document_number",
                 "birth_date", "sex", "address", "phone")
ADDRESS_FIELDS = ("street", "building", "flat", "postal_code", "city")


def _hostile_value(field: str) -> st.SearchStrategy[Any]:
    return {
        "first_name": text_or_wrong(VALID_NAMES),
        "last_name": text_or_wrong(VALID_NAMES),
        "pesel": pesels(),
        "id_document_type": st.one_of(st.sampled_from(list(IdDocumentType)),
                                      st.sampled_from(["passport", "id_card"]), wrong_type()),
        "id_document_number": st.one_of(st.just("ABC123456"), hostile_text(), wrong_type()),
        "birth_date": odd_dates(),
        "sex": st.one_of(st.sampled_from(list(Sex)), st.sampled_from(["M", "F", "X"]),
                         wrong_type()),
        "address": st.one_of(addresses(), wrong_type()),
        "phone": st.one_of(st.sampled_from(["600 100 200", "+48 (95) 762-10-00"]),
                           st.text(alphabet="0123456789 -()+", max_size=60),
                           hostile_text(), wrong_type()),
    }[field]


@st.composite
def addresses(draw: st.DrawFn) -> Any:
    """A valid address with a few parts spoilt (or an empty one, refused for everyone)."""
    if draw(st.integers(0, 9)) == 0:
        return Address("", "", "", "", "")
    values: dict[str, Any] = {"street": "Polna", "building": "3", "flat": "5",
                              "postal_code": "66-530", "city": "Drezdenko"}
    for field in draw(st.sets(st.sampled_from(ADDRESS_FIELDS), max_size=2)):
        values[field] = draw(postal_codes() if field == "postal_code"
                             else text_or_wrong(st.just(values[field])))
    return Address(**values)


@st.composite
def person_inputs(draw: st.DrawFn, pesel: st.SearchStrategy[Any] | None = None) -> Any:
    """A person the desk could type, with up to three fields replaced by hostile values.

    About one in four is left valid (a fresh random PESEL), so saving is tried as well.
    """
    values: dict[str, Any] = dict(
        first_name=draw(VALID_NAMES), last_name=draw(VALID_NAMES),
        pesel=draw(valid_pesels() if pesel is None else mostly(valid_pesels(), pesel)),
        id_document_type=None, id_document_number=None, birth_date=None, sex=None,
        address=Address("Polna", "3", "5", "66-530", "Drezdenko"), phone="")
    spoilt = draw(st.sets(st.sampled_from(PERSON_FIELDS), max_size=3))
    if draw(st.integers(0, 3)) == 0:
        spoilt = set()
    for field in spoilt:
        values[field] = draw(_hostile_value(field))
    if draw(st.integers(0, 20)) == 0:
        return draw(wrong_type())  # not a PersonInput at all
    return PersonInput(**values)
