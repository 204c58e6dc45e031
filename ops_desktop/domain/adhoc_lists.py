"""Ad-hoc lists (zestawienia własne): what the head may list, filter, sort and export.

A list is of one kind of record (persons, cases, decisions, payments) with chosen columns,
filters and a sort, saved under a name. Every field names the permission needed to read it,
so no list can show what the reader's roles could not read elsewhere; the grounds of help
(art. 7: health, violence, addiction) and any notes are not offered at all.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import POLISH_FORMS, POLISH_PAYMENT_METHODS

P = Permission
OPERATORS = ("eq", "contains", "from", "to")  # equals, contains, on or after, on or before
MAX_NAME = 60
MAX_ROWS = 100_000


@dataclass(frozen=True)
class ListField:
    key: str
    label: str  # the column's header on screen and in the file
    kind: str  # text, date, number, money, flag
    permission: Permission


def _f(key: str, label: str, kind: str, permission: Permission) -> ListField:
    return ListField(key, label, kind, permission)


CATALOGUE: dict[str, tuple[ListField, ...]] = {
    "persons": (
        _f("last_name", "Nazwisko", "text", P.SEARCH_PERSONS),
        _f("first_name", "Imię", "text", P.SEARCH_PERSONS),
        _f("pesel", "PESEL", "text", P.READ_PERSON_FILE),
        _f("birth_date", "Data urodzenia", "date", P.READ_PERSON_FILE),
        _f("city", "Miejscowość", "text", P.READ_PERSON_FILE),
        _f("street", "Ulica", "text", P.READ_PERSON_FILE),
        _f("postal_code", "Kod pocztowy", "text", P.READ_PERSON_FILE),
        _f("homeless", "Osoba bezdomna", "flag", P.READ_PERSON_FILE),
        _f("building", "Nr domu", "text", P.READ_PERSON_FILE),
        _f("flat", "Nr lokalu", "text", P.READ_PERSON_FILE),
        _f("sex", "Płeć", "text", P.READ_PERSON_FILE),
        _f("phone", "Telefon", "text", P.READ_PERSON_FILE),
    ),
    "cases": (
        _f("sign", "Znak sprawy", "text", P.READ_CASES),
        _f("team", "Zespół", "text", P.READ_CASES),
        _f("opened_on", "Data założenia", "date", P.READ_CASES),
        _f("closed_on", "Data zamknięcia", "date", P.READ_CASES),
        _f("last_name", "Nazwisko", "text", P.READ_CASES),
        _f("first_name", "Imię", "text", P.READ_CASES),
        _f("worker", "Pracownik", "text", P.READ_CASES),
        _f("city", "Miejscowość", "text", P.READ_PERSON_FILE),
    ),
    "decisions": (
        _f("case_sign", "Znak sprawy", "text", P.READ_DECISIONS),
        _f("party_name", "Strona", "text", P.READ_DECISIONS),
        _f("form", "Forma pomocy", "text", P.READ_DECISIONS),
        _f("kind", "Rodzaj decyzji", "text", P.READ_DECISIONS),
        _f("status", "Stan", "text", P.READ_DECISIONS),
        _f("issued_on", "Data wydania", "date", P.READ_DECISIONS),
        _f("amount", "Kwota", "money", P.READ_DECISIONS),
        _f("period_from", "Okres od", "date", P.READ_DECISIONS),
        _f("period_to", "Okres do", "date", P.READ_DECISIONS),
        _f("household_size", "Osób w rodzinie", "number", P.READ_DECISIONS),
        _f("income_per_person", "Dochód na osobę", "money", P.READ_DECISIONS),
        _f("criterion", "Kryterium dochodowe", "money", P.READ_DECISIONS),
        _f("payment_method", "Sposób wypłaty", "text", P.READ_DECISIONS),
        _f("signatory_name", "Podpisał(a)", "text", P.READ_DECISIONS),
    ),
    "payments": (
        _f("list_number", "Lista wypłat", "text", P.READ_PAYMENT_LISTS),
        _f("list_status", "Stan listy", "text", P.READ_PAYMENT_LISTS),
        _f("payment_date", "Data wypłaty", "date", P.READ_PAYMENT_LISTS),
        _f("benefit_month", "Miesiąc świadczenia", "date", P.READ_PAYMENT_LISTS),
        _f("case_sign", "Znak sprawy", "text", P.READ_PAYMENT_LISTS),
        _f("party_name", "Odbiorca", "text", P.READ_PAYMENT_LISTS),
        _f("form", "Forma pomocy", "text", P.READ_PAYMENT_LISTS),
        _f("amount", "Kwota", "money", P.READ_PAYMENT_LISTS),
        _f("method", "Sposób wypłaty", "text", P.READ_PAYMENT_LISTS),
        _f("chapter", "Rozdział", "text", P.READ_PAYMENT_LISTS),
        _f("issued_on", "Data decyzji", "date", P.READ_PAYMENT_LISTS),
    ),
}


# Fields stored as codes, shown and filtered by their Polish words.
_METHODS = {method.value: word for method, word in POLISH_PAYMENT_METHODS.items()}
CODE_WORDS: dict[str, dict[str, str]] = {
    "form": {form.value: word for form, word in POLISH_FORMS.items()},
    "payment_method": _METHODS,
    "method": _METHODS,
}


def shown(field: str, value: Any) -> Any:
    return CODE_WORDS.get(field, {}).get(value, value) if isinstance(value, str) else value


def stored(field: str, typed: str) -> str:
    """A filter's value as stored: the code of a Polish word typed for a coded field."""
    words = {w.lower(): code for code, w in CODE_WORDS.get(field, {}).items()}
    return words.get(typed.strip().lower(), typed)


@dataclass(frozen=True)
class ListFilter:
    field: str
    operator: str  # one of OPERATORS
    value: str  # as typed: text, an ISO date, a number


@dataclass(frozen=True)
class ListDefinition:
    name: str
    entity: str
    columns: tuple[str, ...]
    filters: tuple[ListFilter, ...] = ()
    sort: str | None = None
    descending: bool = False

    def to_json(self) -> str:
        return json.dumps({"entity": self.entity, "columns": list(self.columns),
                           "filters": [[f.field, f.operator, f.value] for f in self.filters],
                           "sort": self.sort, "descending": self.descending},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, name: str, text: str) -> ListDefinition:
        data: dict[str, Any] = json.loads(text)
        return cls(name=name, entity=data["entity"], columns=tuple(data["columns"]),
                   filters=tuple(ListFilter(*f) for f in data.get("filters", [])),
                   sort=data.get("sort"), descending=bool(data.get("descending", False)))

    def fields(self) -> dict[str, ListField]:
        return {f.key: f for f in CATALOGUE.get(self.entity, ())}


def definition_errors(d: ListDefinition) -> list[FieldError]:
    """What is wrong with a list's definition, each next to its field of the builder."""
    errors: list[FieldError] = []
    if not d.name.strip() or len(d.name) > MAX_NAME:
        errors.append(FieldError("name", "required" if not d.name.strip() else "too_long"))
    if d.entity not in CATALOGUE:
        return [*errors, FieldError("entity", "invalid")]
    known = d.fields()
    if not d.columns or any(c not in known for c in d.columns):
        errors.append(FieldError("columns", "invalid"))
    for number, f in enumerate(d.filters):
        # Each filter row's problem is said next to that row (filter_key), not for the form.
        if f.field not in known or f.operator not in OPERATORS:
            errors.append(FieldError(filter_key(number), "invalid"))
        elif f.operator != "contains" and (code := value_error(known[f.field], f.value)):
            errors.append(FieldError(filter_key(number), code))
    if d.sort is not None and d.sort not in known:
        errors.append(FieldError("sort", "invalid"))
    return errors


def filter_key(number: int) -> str:
    """The field name of the filter at `number` (0-based, in the definition's order)."""
    return f"filters.{number}"


def value_error(field: ListField, typed: str) -> str | None:
    """Why a typed value cannot be compared with a field of its kind, or None."""
    text = typed.strip()
    try:
        if field.kind == "date":
            dt.date.fromisoformat(text)
        elif field.kind == "number":
            int(text)
        elif field.kind == "money":
            amount = Decimal(text.replace(",", "."))
            if not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
                return "filter_amount_invalid"
    except (ValueError, InvalidOperation):
        return {"date": "filter_date_invalid", "number": "filter_number_invalid"}.get(
            field.kind, "filter_amount_invalid")
    return None


def require_valid(d: ListDefinition) -> None:
    errors = definition_errors(d)
    if errors:
        raise ValidationError(errors)


def used_fields(d: ListDefinition) -> set[str]:
    """Every field the list reads: shown, filtered or sorted on (each needs its permission)."""
    return {*d.columns, *(f.field for f in d.filters), *([d.sort] if d.sort else [])}
