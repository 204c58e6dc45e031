"""Personal data at the desk: field checks, PESEL-derived data, addresses, bank accounts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.errors import DomainError, FieldError
from ops_desktop.domain.person import (
    Address,
    PersonInput,
    derive_from_pesel,
    validate_iban,
    validate_person,
)
from ops_desktop.domain.vocabulary import IdDocumentType, Sex

TODAY = dt.date(2026, 11, 22)
HOME = Address("Polna", "3", "5", "66-530", "Drezdenko")
PESEL_MAN_1944 = "44051401359"
IBAN = "PL61109010140000071219812874"


def person(**changes: Any) -> PersonInput:
    base = PersonInput(first_name="Jan", last_name="Żółkiewski", pesel=PESEL_MAN_1944,
                       id_document_type=None, id_document_number=None, birth_date=None,
                       sex=None, address=HOME, phone="")
    return dataclasses.replace(base, **changes)


def address(**changes: str) -> Address:
    return dataclasses.replace(HOME, **changes)


def errors(p: PersonInput) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in validate_person(p, TODAY)}


def test_a_complete_person_is_valid() -> None:
    assert validate_person(person(), TODAY) == []
    assert validate_person(person(birth_date=dt.date(1944, 5, 14), sex=Sex.MALE,
                                  phone="+48 600 100 200"), TODAY) == []


def test_errors_are_field_errors_named_after_attributes() -> None:
    result = validate_person(person(first_name="", pesel="123"), TODAY)
    assert FieldError("first_name", "required") in result
    assert FieldError("pesel", "pesel_invalid") in result
    fields = {f.name for f in dataclasses.fields(PersonInput)} | {
        f.name for f in dataclasses.fields(Address)}
    assert all(e.field in fields for e in result)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"first_name": "  "}, ("first_name", "required")),
        ({"last_name": ""}, ("last_name", "required")),
        ({"first_name": "A" * 81}, ("first_name", "too_long")),
        ({"last_name": "Kowalska-" + "a" * 72}, ("last_name", "too_long")),
        ({"first_name": "Jan\x00"}, ("first_name", "invalid_characters")),
        ({"first_name": "Jan2"}, ("first_name", "invalid_characters")),
        ({"last_name": "---"}, ("last_name", "invalid_characters")),
        ({"last_name": "Kowalski; DROP"}, ("last_name", "invalid_characters")),
        ({"pesel": "44051401358"}, ("pesel", "pesel_invalid")),
        ({"birth_date": dt.date(1944, 5, 15)}, ("birth_date", "pesel_birth_date_mismatch")),
        ({"sex": Sex.FEMALE}, ("sex", "pesel_sex_mismatch")),
        ({"pesel": None}, ("pesel", "pesel_or_document_required")),
        ({"pesel": "", "id_document_number": "  "}, ("pesel", "pesel_or_document_required")),
        ({"pesel": None, "id_document_number": "FX123456"}, ("id_document_type", "required")),
        ({"id_document_type": IdDocumentType.PASSPORT}, ("id_document_number", "required")),
        ({"pesel": None, "id_document_type": IdDocumentType.PASSPORT,
          "id_document_number": "X" * 201}, ("id_document_number", "too_long")),
        ({"pesel": None, "id_document_type": IdDocumentType.PASSPORT,
          "id_document_number": "FX\n1"}, ("id_document_number", "invalid_characters")),
        ({"pesel": None, "id_document_type": IdDocumentType.PASSPORT, "id_document_number": "FX1",
          "birth_date": TODAY + dt.timedelta(days=1)}, ("birth_date", "future_date")),
        ({"pesel": None, "id_document_type": IdDocumentType.PASSPORT, "id_document_number": "FX1",
          "birth_date": dt.date(1095, 1, 1)}, ("birth_date", "too_old")),
        ({"address": address(postal_code="66530")}, ("postal_code", "postal_code_format")),
        ({"address": address(postal_code="66-5300")}, ("postal_code", "postal_code_format")),
        ({"address": address(postal_code="")}, ("postal_code", "required")),
        ({"address": address(city=" ")}, ("city", "required")),
        ({"address": address(city="D" * 201)}, ("city", "too_long")),
        ({"address": address(street="Polna\x07")}, ("street", "invalid_characters")),
        ({"phone": "600 100"}, ("phone", "phone_format")),
        ({"phone": "tel. 600100200"}, ("phone", "phone_format")),
        ({"phone": "6001002003004005006"}, ("phone", "phone_format")),
    ],
)
def test_each_problem_has_its_code(changes: dict[str, Any], expected: tuple[str, str]) -> None:
    assert expected in errors(person(**changes))


def test_names_may_hold_spaces_hyphens_and_apostrophes() -> None:
    ok = person(first_name="Anna Maria", last_name="O'Neill-Wiśniewska")
    assert validate_person(ok, TODAY) == []
    assert validate_person(person(last_name="D’Artagnan"), TODAY) == []
    assert validate_person(person(first_name="Ołeksandr", last_name="Шевченко"), TODAY) == []
    assert validate_person(person(first_name="A" * 80), TODAY) == []


def test_a_foreigner_with_a_document_needs_no_pesel() -> None:
    p = person(first_name="Olena", last_name="Kovalenko", pesel=None,
               id_document_type=IdDocumentType.PASSPORT, id_document_number="FX123456",
               birth_date=dt.date(1990, 3, 4))
    assert validate_person(p, TODAY) == []
    assert derive_from_pesel(p) == p


def test_consistent_birth_date_and_sex_are_accepted() -> None:
    assert validate_person(person(birth_date=dt.date(1944, 5, 14), sex=Sex.MALE), TODAY) == []


def test_birth_date_today_is_not_in_the_future() -> None:
    p = person(pesel=None, id_document_type=IdDocumentType.ID_CARD, id_document_number="ABC1",
               birth_date=TODAY)
    assert validate_person(p, TODAY) == []


NOWHERE = Address("", "", "", "", "")


def test_a_person_must_have_an_address_of_residence() -> None:
    assert errors(person(address=NOWHERE)) == {
        ("city", "required"), ("postal_code", "required"), ("building", "required")}
    assert errors(person(address=address(building=" "))) == {("building", "required")}


def test_a_homeless_person_needs_only_the_place_of_stay() -> None:
    # Art. 101 ust. 2 u.p.s.: the gmina of the place of stay is competent.
    assert errors(person(homeless=True, address=NOWHERE)) == {("city", "required")}
    stay = Address("", "", "", "", "Drezdenko")
    assert validate_person(person(homeless=True, address=stay), TODAY) == []
    assert errors(person(homeless=True, address=dataclasses.replace(stay, postal_code="66530"))) == {
        ("postal_code", "postal_code_format")}


def test_a_delivery_address_is_checked_on_its_own_fields() -> None:
    assert validate_person(person(delivery_address=NOWHERE), TODAY) == []
    assert errors(person(delivery_address=Address("Leśna", "", "", "6653", ""))) == {
        ("delivery_building", "required"), ("delivery_postal_code", "postal_code_format"),
        ("delivery_city", "required")}
    assert errors(person(delivery_address="ul. Leśna 1")) == {  # type: ignore[arg-type]
        ("delivery_address", "invalid")}
    assert errors(person(homeless="yes")) == {("homeless", "invalid")}  # type: ignore[arg-type]


# RLM, LRM, ALM, ZWSP, ZWNJ, ZWJ, word joiner, BOM, and the embeddings, overrides and isolates.
INVISIBLE = ["\u200f", "\u200e", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
             "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
             "\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("mark", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_bidi_and_zero_width_marks_are_refused_in_names_and_addresses(mark: str) -> None:
    """Two spellings that look the same ("Polna" and "Pol\u200bna") would make a second
    address or name the search and the duplicate check never match."""
    assert errors(person(first_name="J" + mark + "an", last_name=mark + "Nowak",
                         address=address(street="Pol" + mark + "na", building="3" + mark,
                                         flat=mark + "5", city="Drezdenko" + mark),
                         delivery_address=address(city=mark + "Lipowiec"))) == {
        ("first_name", "invisible_characters"), ("last_name", "invisible_characters"),
        ("street", "invisible_characters"), ("building", "invisible_characters"),
        ("flat", "invisible_characters"), ("city", "invisible_characters"),
        ("delivery_city", "invisible_characters")}


@pytest.mark.parametrize("phone", ["", "600100200", "600-100-200", "+48 600 100 200",
                                   "(95) 762 11 00"])
def test_phone_numbers_as_people_write_them(phone: str) -> None:
    assert validate_person(person(phone=phone), TODAY) == []


def test_all_problems_are_reported_at_once() -> None:
    p = person(first_name="", last_name="", pesel=None, phone="abc",
               address=address(postal_code="x"))
    assert errors(p) == {("first_name", "required"), ("last_name", "required"),
                         ("pesel", "pesel_or_document_required"), ("phone", "phone_format"),
                         ("postal_code", "postal_code_format")}


def test_derive_from_pesel_fills_birth_date_and_sex() -> None:
    derived = derive_from_pesel(person(pesel="440514 01359"))
    assert derived.pesel == PESEL_MAN_1944
    assert derived.birth_date == dt.date(1944, 5, 14) and derived.sex is Sex.MALE
    woman = derive_from_pesel(person(pesel="02270803624"))
    assert woman.birth_date == dt.date(2002, 7, 8) and woman.sex is Sex.FEMALE


def test_derive_from_an_invalid_pesel_raises() -> None:
    with pytest.raises(DomainError, match="pesel_invalid"):
        derive_from_pesel(person(pesel="44051401358"))


@pytest.mark.parametrize(
    ("addr", "lines"),
    [
        (HOME, ("ul. Polna 3/5", "66-530 Drezdenko")),
        (Address("Polna", "3", "", "66-530", "Drezdenko"), ("ul. Polna 3", "66-530 Drezdenko")),
        (Address("", "12", "", "66-530", "Kolonia"), ("Kolonia 12", "66-530 Kolonia")),
        (Address("al. Wojska Polskiego", "7", "", "66-400", "Gorzów Wielkopolski"),
         ("al. Wojska Polskiego 7", "66-400 Gorzów Wielkopolski")),
        (Address("Plac Wolności", "1", "2", "66-530", "Drezdenko"),
         ("Plac Wolności 1/2", "66-530 Drezdenko")),
        (Address(" Polna ", " 3 ", "", " 66-530 ", " Drezdenko "),
         ("ul. Polna 3", "66-530 Drezdenko")),
        (Address("ul. Szkolna", "4", "2", "66-999", "Lipowiec"),
         ("ul. Szkolna 4/2", "66-999 Lipowiec")),
        (Address("os. Kopernika", "12", "", "66-999", "Lipowiec"),
         ("os. Kopernika 12", "66-999 Lipowiec")),
        # Only the whole word names a street's kind: these are streets like any other.
        (Address("Placowa", "3", "", "66-999", "Lipowiec"), ("ul. Placowa 3", "66-999 Lipowiec")),
        (Address("Rondowa", "3", "", "66-999", "Lipowiec"), ("ul. Rondowa 3", "66-999 Lipowiec")),
        (Address("", "", "", "", ""), ()),
    ],
)
def test_address_lines(addr: Address, lines: tuple[str, ...]) -> None:
    assert addr.lines() == lines


@pytest.mark.parametrize(
    "text",
    [IBAN, "pl61 1090 1014 0000 0712 1981 2874", "61 1090 1014 0000 0712 1981 2874",
     "61109010140000071219812874", " PL61-1090-1014-0000-0712-1981-2874 "],
)
def test_validate_iban_accepts_polish_accounts(text: str) -> None:
    assert validate_iban(text) == IBAN


def test_validate_iban_accepts_a_foreign_account() -> None:
    assert validate_iban("DE89 3704 0044 0532 0130 00") == "DE89370400440532013000"


@pytest.mark.parametrize(
    "text",
    ["", "PL61109010140000071219812875", "61109010140000071219812875", "1090 1014",
     "PL6110901014000007121981287", "konto",
     # Arabic-Indic digits the checksum reads as 6 and 1: not an account a bank takes, and a
     # signed decision would keep them for good.
     "PL\u0666\u0661109010140000071219812874"],
)
def test_validate_iban_refuses(text: str) -> None:
    with pytest.raises(DomainError) as info:
        validate_iban(text)
    assert info.value.code == "iban_invalid"


@given(st.text(alphabet="0123456789", min_size=26, max_size=26))
def test_bare_26_digits_are_read_as_a_polish_iban(digits: str) -> None:
    try:
        result = validate_iban(digits)
    except DomainError:
        result = None
    # Valid exactly when the PL check (ISO 7064 mod 97) holds for these digits.
    number = int(digits[2:] + "2521" + digits[:2])  # P=25, L=21, then the check digits
    assert (result == "PL" + digits) is (number % 97 == 1)
