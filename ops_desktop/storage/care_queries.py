"""Queries over care-service orders, deliveries and bills; only services/care_services.py
calls them, after its permission checks."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import (
    CareBillRow,
    CareDeliveryRow,
    CareOrderRow,
    CaseRow,
    PersonRow,
)

# One order as the screen lists it: the row, its case's sign, the person.
OrderRecord = tuple[CareOrderRow, str, PersonRow]


def _listed() -> Select:
    return (select(CareOrderRow, CaseRow.sign, PersonRow)
            .join(CaseRow, CaseRow.id == CareOrderRow.case_id)
            .join(PersonRow, PersonRow.id == CareOrderRow.person_id)
            .where(CareOrderRow.deleted_at.is_(None)))


def orders(session: Session, limit: int, offset: int) -> list[OrderRecord]:
    """Every order, the person's surname first (then the start), a stable order."""
    stmt = _listed().order_by(PersonRow.last_name, PersonRow.first_name,
                              CareOrderRow.starts_on.desc(), CareOrderRow.id)
    return [(o, sign, p) for o, sign, p in session.execute(stmt.limit(limit).offset(offset))]


def count_orders(session: Session) -> int:
    return int(session.scalar(select(func.count(CareOrderRow.id))
                              .where(CareOrderRow.deleted_at.is_(None))) or 0)


def order(session: Session, order_id: uuid.UUID) -> OrderRecord | None:
    found = session.execute(_listed().where(CareOrderRow.id == order_id)).first()
    return None if found is None else (found[0], found[1], found[2])


def delivery(session: Session, order_id: uuid.UUID, month: dt.date) -> CareDeliveryRow | None:
    return session.scalars(select(CareDeliveryRow).where(
        CareDeliveryRow.order_id == order_id, CareDeliveryRow.month == month,
        CareDeliveryRow.deleted_at.is_(None)).order_by(CareDeliveryRow.created_at)).first()


def deliveries(session: Session, order_id: uuid.UUID) -> list[CareDeliveryRow]:
    return list(session.scalars(select(CareDeliveryRow).where(
        CareDeliveryRow.order_id == order_id, CareDeliveryRow.deleted_at.is_(None))
        .order_by(CareDeliveryRow.month)))


def bills(session: Session, order_id: uuid.UUID) -> list[CareBillRow]:
    """The order's bills, by month, each month's in the order issued."""
    return list(session.scalars(select(CareBillRow).where(
        CareBillRow.order_id == order_id, CareBillRow.deleted_at.is_(None))
        .order_by(CareBillRow.month, CareBillRow.created_at)))


def bills_of_month(session: Session, order_id: uuid.UUID, month: dt.date) -> list[CareBillRow]:
    return [b for b in bills(session, order_id) if b.month == month]


def bill(session: Session, bill_id: uuid.UUID) -> CareBillRow | None:
    row = session.get(CareBillRow, bill_id)
    return None if row is None or row.deleted_at is not None else row
