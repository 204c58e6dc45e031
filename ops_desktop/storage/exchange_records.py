"""Which record of the office an exchange entry is about, in the facts a coordinator knows.

A conflict entry and a refused change name a row by its table and id. The coordinator knows
a person by name and PESEL, a case by its sign, a referral by its number: this gathers those
facts for the row – from the row itself, or, where this PC does not hold it (a refused
insert, a row not yet arrived), from the fields the change carried.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.storage.change_feed import decode
from ops_desktop.storage.models import (
    ApplicationRow,
    Base,
    CaseRow,
    IntakeRow,
    OfficeMemberRow,
    PersonRow,
    QuarantineRow,
    ReferralRow,
    UserRow,
)

# The day that tells a record of a person apart from their others (an intake, an application).
_DAY_FIELDS = ("received_on", "received_at", "noted_on", "issued_on", "valid_from")


@dataclass(frozen=True)
class RecordFacts:
    person_id: uuid.UUID | None = None
    first_name: str = ""
    last_name: str = ""
    pesel: str | None = None
    case_sign: str = ""
    number: str = ""  # a referral's number, an authorisation's order
    day: dt.date | None = None
    name: str = ""  # a user's, a team's, a PC's name; a setting's key
    grounds: str = ""  # the art. 7 grounds the record carries (codes), for need to know


def _classes() -> dict[str, type[Any]]:
    return {m.local_table.name: m.class_ for m in Base.registry.mappers}  # type: ignore[attr-defined]


def _values(session: Session, table: str, row_id: str,
            fields: Mapping[str, Any]) -> dict[str, Any]:
    """The row's columns as this PC holds them, else what the change carried."""
    if table == "settings":
        return {"key": row_id}
    cls = _classes().get(table)
    if cls is None:
        return {}
    try:
        key = uuid.UUID(row_id)
    except ValueError:
        return {}
    obj = session.get(cls, key)
    if obj is not None:
        return {c.key: getattr(obj, c.key) for c in cls.__table__.columns}
    out: dict[str, Any] = {}
    for name, value in fields.items():
        try:
            out[name] = decode(table, name, value)
        except (KeyError, ValueError, TypeError):
            out[name] = value
    return out


def as_id(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _day(values: Mapping[str, Any]) -> dt.date | None:
    for name in _DAY_FIELDS:
        value = values.get(name)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
    return None


def describe(session: Session, table: str, row_id: str,
             fields: Mapping[str, Any] | None = None) -> RecordFacts:
    values = _values(session, table, row_id, fields or {})
    person_id = as_id(row_id) if table == "persons" else as_id(values.get("person_id"))
    case_id = as_id(row_id) if table == "cases" else as_id(values.get("case_id"))
    number = str(values.get("number") or values.get("order_number") or "")
    grounds = str(values.get("grounds") or "")
    name = str(values.get("full_name") or values.get("name") or values.get("key") or "")
    if table == "households":
        person_id = session.scalars(select(PersonRow.id).where(
            PersonRow.household_id == as_id(row_id)).order_by(PersonRow.created_at)).first()
    if table == "referral_forwards":
        referral = session.get(ReferralRow, as_id(values.get("referral_id")))
        if referral is not None:
            person_id, case_id, number = referral.person_id, referral.case_id, referral.number
    if table == "referrals" and values.get("intake_id") is not None:
        intake = session.get(IntakeRow, as_id(values.get("intake_id")))
        grounds = intake.grounds if intake is not None else grounds
    if table == "incomes" and values.get("application_id") is not None:
        application = session.get(ApplicationRow, as_id(values.get("application_id")))
        if application is not None:
            case_id, grounds = application.case_id, application.grounds
    if table == "authorisations":
        user = session.get(UserRow, as_id(values.get("user_id")))
        name = user.full_name if user is not None else ""
    person = session.get(PersonRow, person_id) if person_id is not None else None
    case = session.get(CaseRow, case_id) if case_id is not None else None
    sign = case.sign if case is not None else str(values.get("case_sign") or "")
    return RecordFacts(
        person_id=person_id,
        first_name=person.first_name if person else "", last_name=person.last_name if person else "",
        pesel=person.pesel if person else None, case_sign=sign, number=number,
        day=_day(values), name="" if table in ("persons", "households") else name, grounds=grounds)


def user_names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    return {i: n for i, n in session.execute(select(UserRow.id, UserRow.full_name)
                                             .where(UserRow.id.in_(ids)))}


def member_names(session: Session) -> dict[str, str]:
    """Every PC the office has had, by member id (a removed one still has its name)."""
    return {str(i): n for i, n in session.execute(select(OfficeMemberRow.id, OfficeMemberRow.name))}


def refused_change(row: QuarantineRow) -> dict[str, Any]:
    """The change as it came (its author, stamp and fields)."""
    try:
        data = json.loads(row.change)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
