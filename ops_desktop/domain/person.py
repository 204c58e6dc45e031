"""A client's personal data as typed at the desk: address, identity, validation, bank account."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from stdnum import iban as stdnum_iban

from ops_desktop.domain import pesel as pesel_rules
from ops_desktop.domain.errors import DomainError, FieldError
from ops_desktop.domain.fields import (
    INVALID,
    choice_errors,
    date_errors,
    flag_errors,
    optional_text_errors,
    text_errors,
)
from ops_desktop.domain.text import has_invisible_characters
from ops_desktop.domain.vocabulary import IdDocumentType, Sex

# The sizes of the columns in storage/models.py (PersonRow): longer text is refused here,
# next to the field, never cut or left to the database.
NAME_MAX = 80
TEXT_MAX = 200
DOCUMENT_NUMBER_MAX = 40
PHONE_MAX = 40
# The postal code's own format (NN-NNN) keeps it within its six characters.
ADDRESS_MAX = {"street": 120, "building": 20, "flat": 20, "postal_code": TEXT_MAX, "city": 120}
# Delivery-address fields are reported as "delivery_<part>" ("delivery_postal_code").
DELIVERY_PREFIX = "delivery_"
# No living client was born this many years ago; an older date is a typing error (e.g. 1095).
OLDEST_AGE_YEARS = 130

# ASCII digits only: \d would also take Arabic-Indic and other digits a post office cannot read.
_POSTAL_CODE = re.compile(r"[0-9]{2}-[0-9]{3}")
# A phone as people write it: optional +, digits in groups separated by spaces, hyphens, brackets.
_PHONE = re.compile(r"\+?[\d \-()]+")
_PHONE_DIGITS = (9, 15)  # a Polish number has 9 digits; E.164 allows at most 15
# Apostrophes seen in names: ASCII, typographic (O’Neill) and the modifier letter (Ukrainian ʼ).
_NAME_PUNCTUATION = frozenset(" -'\u2019\u02bc")
# Street names already carrying their kind keep it; the rest get the usual "ul.". An
# abbreviation ends with its dot ("al.Róż" too); a whole word must end there ("Plac Wolności",
# but "Placowa" and "Rondowa" are streets like any other).
_STREET_ABBREVIATIONS = ("ul.", "al.", "pl.", "os.")
_STREET_WORDS = ("ulica", "aleja", "aleje", "plac", "osiedle", "rondo", "skwer", "bulwar")


def street_with_kind(street: str) -> str:
    """ "Polna" → "ul. Polna"; a street typed with its kind ("al. Wojska Polskiego",
    "Plac Wolności", "ul. Szkolna") is kept as typed; "" stays ""."""
    street = street.strip()
    if not street:
        return ""
    lower = street.lower()
    first_word = lower.split(maxsplit=1)[0]
    if lower.startswith(_STREET_ABBREVIATIONS) or first_word in _STREET_WORDS:
        return street
    return f"ul. {street}"


@dataclass(frozen=True)
class Address:
    """A Polish postal address; `street` is empty in villages without street names."""

    street: str
    building: str
    flat: str
    postal_code: str
    city: str

    @property
    def is_empty(self) -> bool:
        return not any(part.strip() for part in dataclasses.astuple(self))

    def lines(self) -> tuple[str, ...]:
        """Lines for an envelope or a decision: ("ul. Polna 3/5", "66-530 Drezdenko")."""
        street, city = self.street.strip(), self.city.strip()
        number = self.building.strip()
        if self.flat.strip():
            number = f"{number}/{self.flat.strip()}"
        if street:
            first = f"{street_with_kind(street)} {number}".strip()
        else:
            # A village without streets is addressed by its name and house number ("Kolonia 12").
            first = f"{city} {number}" if number else ""
        second = f"{self.postal_code.strip()} {city}".strip()
        return tuple(line for line in (first, second) if line)


@dataclass(frozen=True)
class PersonInput:
    """What the desk typed about one person; birth date and sex may come from the PESEL."""

    first_name: str
    last_name: str
    pesel: str | None
    id_document_type: IdDocumentType | None
    id_document_number: str | None
    birth_date: dt.date | None
    sex: Sex | None
    address: Address
    phone: str = ""
    # Osoba bezdomna: no address of residence; `address` then holds the place of stay (at
    # least its town), which decides the competent gmina (art. 101 ust. 2 u.p.s.).
    homeless: bool = False
    # Adres do doręczeń (KPA art. 40–41): where letters go when it differs from residence.
    delivery_address: Address | None = None


# A mark the person cannot see in the field (pasted with the text): said as such, since
# "invalid characters" in a field that looks right would leave them guessing.
INVISIBLE = "invisible_characters"


def _invisible_errors(field: str, value: object) -> list[FieldError]:
    if isinstance(value, str) and has_invisible_characters(value):
        return [FieldError(field, INVISIBLE)]
    return []


def _name_errors(field: str, value: object) -> list[FieldError]:
    errors = _invisible_errors(field, value) or text_errors(field, value, NAME_MAX, required=True)
    if errors:
        return errors
    assert isinstance(value, str)
    text = value.strip()
    has_letter = any(c.isalpha() for c in text)
    allowed = all(c.isalpha() or unicodedata.combining(c) or c in _NAME_PUNCTUATION for c in text)
    if not has_letter or not allowed:
        return [FieldError(field, "invalid_characters")]
    return []


def _normalised_pesel(value: str | None) -> str:
    """The PESEL without the spaces and hyphens typed between groups; "" when none was given."""
    return pesel_rules.normalise(value) if value else ""


def _identity_errors(p: PersonInput, today: dt.date) -> list[FieldError]:
    errors = optional_text_errors("pesel", p.pesel, TEXT_MAX)
    errors += optional_text_errors("id_document_number", p.id_document_number, DOCUMENT_NUMBER_MAX)
    errors += choice_errors("id_document_type", p.id_document_type, IdDocumentType, required=False)
    errors += choice_errors("sex", p.sex, Sex, required=False)
    errors += date_errors("birth_date", p.birth_date)
    if errors:
        return errors  # the rules below read these fields as what they claim to be
    pesel = _normalised_pesel(p.pesel)
    document = (p.id_document_number or "").strip()
    if pesel:
        if not pesel_rules.is_valid(pesel) or _birth_date_errors(
                pesel_rules.decode(pesel).birth_date, today):
            # A PESEL dated in the future (or two centuries ago) is a typing error as well.
            errors.append(FieldError("pesel", "pesel_invalid"))
        else:
            # The mismatch is shown next to the field the worker typed against the PESEL.
            for code in pesel_rules.consistency_errors(pesel, p.birth_date, p.sex):
                field = "birth_date" if code == "pesel_birth_date_mismatch" else "sex"
                errors.append(FieldError(field, code))
    elif not document:
        # Clients without a PESEL are identified by a document, never by an invented number.
        errors.append(FieldError("pesel", "pesel_or_document_required"))
    if p.birth_date is not None:
        errors += [FieldError("birth_date", code) for code in _birth_date_errors(p.birth_date, today)]
    if document and p.id_document_type is None:
        errors.append(FieldError("id_document_type", "required"))
    if p.id_document_type is not None and not document and pesel:
        errors.append(FieldError("id_document_number", "required"))
    return errors


def _birth_date_errors(birth_date: dt.date, today: dt.date) -> list[str]:
    if birth_date > today:
        return ["future_date"]
    if birth_date.year < today.year - OLDEST_AGE_YEARS:
        return ["too_old"]
    return []


def _address_errors(a: object, prefix: str = "", place_only: bool = False) -> list[FieldError]:
    """A full postal address: town, postal code (NN-NNN) and house number; the street may be
    empty in villages without street names. `place_only` (the place of stay of a homeless
    person) needs the town alone, and checks what else is given."""
    if not isinstance(a, Address):
        return [FieldError(prefix + "address", INVALID)]
    errors: list[FieldError] = []
    for field, limit in ADDRESS_MAX.items():
        errors += _invisible_errors(prefix + field, getattr(a, field)) or text_errors(
            prefix + field, getattr(a, field), limit)
    if errors and any(e.code == INVALID for e in errors):
        return errors  # the rules below need text in every part
    bad = {e.field for e in errors}
    required = ("city",) if place_only else ("city", "postal_code", "building")
    for field in required:
        if prefix + field not in bad and not getattr(a, field).strip():
            errors.append(FieldError(prefix + field, "required"))
            bad.add(prefix + field)
    code = a.postal_code.strip()
    if prefix + "postal_code" not in bad and code and not _POSTAL_CODE.fullmatch(code):
        errors.append(FieldError(prefix + "postal_code", "postal_code_format"))
    return errors


def _residence_errors(p: PersonInput) -> list[FieldError]:
    """An address of residence, unless the person is homeless (then the place of stay)."""
    errors = flag_errors("homeless", p.homeless)
    if errors:
        return errors + _address_errors(p.address)
    errors += _address_errors(p.address, place_only=bool(p.homeless))
    delivery = p.delivery_address
    if delivery is not None and not (isinstance(delivery, Address) and delivery.is_empty):
        errors += _address_errors(delivery, DELIVERY_PREFIX)
    return errors


def _phone_errors(phone: object) -> list[FieldError]:
    errors = text_errors("phone", phone, PHONE_MAX)
    if errors:
        return errors
    assert isinstance(phone, str)
    text = phone.strip()
    if not text:
        return []
    digits = sum(c.isdigit() for c in text)
    low, high = _PHONE_DIGITS
    if not _PHONE.fullmatch(text) or not low <= digits <= high or not text.isascii():
        return [FieldError("phone", "phone_format")]
    return []


def validate_person(p: PersonInput, today: dt.date) -> list[FieldError]:
    """Every problem with the input at once, so the form can mark all fields in one pass."""
    if not isinstance(p, PersonInput):
        return [FieldError("person", INVALID)]
    errors = _name_errors("first_name", p.first_name) + _name_errors("last_name", p.last_name)
    errors += _identity_errors(p, today)
    errors += _residence_errors(p)
    errors += _phone_errors(p.phone)
    return errors


def derive_from_pesel(p: PersonInput) -> PersonInput:
    """The input with the PESEL normalised and birth date and sex taken from it."""
    number = _normalised_pesel(p.pesel)
    if not number:
        return dataclasses.replace(p, pesel=None)
    info = pesel_rules.decode(number)
    return dataclasses.replace(p, pesel=number, birth_date=info.birth_date, sex=info.sex)


def validate_iban(text: str) -> str:
    """The compact IBAN ("PL" + 26 digits); a bare 26-digit Polish account number counts as PL.

    Raises DomainError("iban_invalid") for anything else, including an empty field.
    """
    if not isinstance(text, str):
        raise DomainError("iban_invalid", repr(text))
    compact = str(stdnum_iban.compact(text))
    if not compact.isascii():
        # The checksum reads any Unicode digit ("PL٦١…" passes it), but a bank, a transfer
        # file and the signed decision need the account in ASCII digits.
        raise DomainError("iban_invalid", text)
    if len(compact) == 26 and compact.isdigit():
        compact = "PL" + compact
    if not stdnum_iban.is_valid(compact):
        raise DomainError("iban_invalid", text)
    return compact
