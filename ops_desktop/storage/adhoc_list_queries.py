"""The rows of an ad-hoc list: each field of domain/adhoc_lists.py as a column expression.

Only services/adhoc_lists.py calls this, after checking every field the list reads against
the reader's permissions. Filters compare in the database; text filters ignore case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from ops_desktop.domain.adhoc_lists import ListDefinition, ListFilter
from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.storage.models import (
    CaseRow,
    DecisionRow,
    PaymentItemRow,
    PaymentListRow,
    PersonRow,
    UserRow,
)

Expressions = dict[str, ColumnElement[Any]]


def _persons() -> tuple[Select, Expressions]:
    p = PersonRow
    return (select().select_from(p).where(p.deleted_at.is_(None), p.anonymised_at.is_(None)),
            {"last_name": p.last_name, "first_name": p.first_name, "pesel": p.pesel,
             "birth_date": p.birth_date, "city": p.city, "street": p.street,
             "postal_code": p.postal_code, "homeless": p.homeless, "building": p.building,
             "flat": p.flat, "sex": p.sex, "phone": p.phone})


def _cases() -> tuple[Select, Expressions]:
    c, p, u = CaseRow, PersonRow, UserRow
    return (select().select_from(c).join(p, p.id == c.person_id)
            .outerjoin(u, u.id == c.worker_id).where(c.deleted_at.is_(None)),
            {"sign": c.sign, "team": c.team_code, "opened_on": c.opened_on,
             "closed_on": c.closed_on, "last_name": p.last_name, "first_name": p.first_name,
             "worker": u.full_name, "city": p.city})


def _decisions() -> tuple[Select, Expressions]:
    d = DecisionRow
    return (select().select_from(d).where(d.deleted_at.is_(None)),
            {"case_sign": d.case_sign, "party_name": d.party_name, "form": d.form,
             "kind": d.kind, "status": d.status, "issued_on": d.issued_on,
             "amount": d.amount_grosze, "period_from": d.period_from,
             "period_to": d.period_to, "household_size": d.household_size,
             "income_per_person": d.income_per_person_grosze,
             "criterion": d.criterion_grosze, "payment_method": d.payment_method,
             "signatory_name": d.signatory_name})


def _payments() -> tuple[Select, Expressions]:
    i, lst = PaymentItemRow, PaymentListRow
    return (select().select_from(i).join(lst, lst.id == i.list_id)
            .where(i.deleted_at.is_(None), lst.deleted_at.is_(None)),
            {"list_number": lst.number, "list_status": lst.status,
             "payment_date": lst.payment_date, "benefit_month": i.benefit_month,
             "case_sign": i.case_sign, "party_name": i.party_name, "form": i.form,
             "amount": i.amount_grosze, "method": lst.method, "chapter": lst.chapter,
             "issued_on": i.issued_on})


SOURCES = {"persons": _persons, "cases": _cases, "decisions": _decisions,
           "payments": _payments}
MONEY = {"amount", "income_per_person", "criterion"}  # stored in grosze


def _value(column: ColumnElement[Any], key: str, text: str) -> Any:
    """The typed value of a filter, or the problem next to the filters."""
    python = column.type.python_type
    try:
        if python is dt.date:
            return dt.date.fromisoformat(text.strip())
        if key in MONEY:
            return int(Decimal(text.strip().replace(",", ".")) * 100)
        if python is int:
            return int(text.strip())
        if python is bool:
            return text.strip().lower() in ("1", "tak", "true")
    except (ValueError, InvalidOperation) as exc:
        raise ValidationError([FieldError("filters", "invalid")]) from exc
    return text


def _condition(column: ColumnElement[Any], key: str, f: ListFilter) -> ColumnElement[bool]:
    if f.operator == "contains":
        return func.lower(column).contains(f.value.strip().lower(), autoescape=True)
    value = _value(column, key, f.value)
    if f.operator == "from":
        return column >= value
    if f.operator == "to":
        return column <= value
    return column == value


def rows(session: Session, d: ListDefinition, limit: int) -> list[Sequence[Any]]:
    base, expressions = SOURCES[d.entity]()
    stmt = base.add_columns(*(expressions[c].label(c) for c in d.columns))
    for f in d.filters:
        stmt = stmt.where(_condition(expressions[f.field], f.field, f))
    if d.sort is not None:
        key = expressions[d.sort]
        stmt = stmt.order_by(key.desc() if d.descending else key.asc())
    return [tuple(Decimal(v) / 100 if c in MONEY and v is not None else v
                  for c, v in zip(d.columns, r, strict=True))
            for r in session.execute(stmt.limit(limit))]
