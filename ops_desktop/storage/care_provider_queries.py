"""Queries over care providers, carers, assignments, the weekly schedule, each carer's hours
and supervision; only the services in services/care_*.py call them, after their checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import (
    CareAssignmentRow,
    CareDeliveryRow,
    CareHoursRow,
    CareOrderRow,
    CareProviderRow,
    CarerRow,
    CareScheduleRow,
    CareSupervisionRow,
    CaseRow,
    PersonRow,
)


def providers(session: Session) -> list[CareProviderRow]:
    return list(session.scalars(select(CareProviderRow).where(
        CareProviderRow.deleted_at.is_(None)).order_by(CareProviderRow.name, CareProviderRow.id)))


def live(session: Session, model: type, row_id: uuid.UUID):  # type: ignore[no-untyped-def]
    row = session.get(model, row_id)
    return None if row is None or row.deleted_at is not None else row


def carers(session: Session, provider_id: uuid.UUID | None = None) -> list[CarerRow]:
    stmt = select(CarerRow).where(CarerRow.deleted_at.is_(None))
    if provider_id is not None:
        stmt = stmt.where(CarerRow.provider_id == provider_id)
    return list(session.scalars(stmt.order_by(CarerRow.name, CarerRow.id)))


def assignments(session: Session, order_id: uuid.UUID) -> list[CareAssignmentRow]:
    return list(session.scalars(select(CareAssignmentRow).where(
        CareAssignmentRow.order_id == order_id, CareAssignmentRow.deleted_at.is_(None))
        .order_by(CareAssignmentRow.starts_on, CareAssignmentRow.id)))


def assigned_orders(session: Session, carer_ids: Iterable[uuid.UUID]) -> list[CareAssignmentRow]:
    return list(session.scalars(select(CareAssignmentRow).where(
        CareAssignmentRow.carer_id.in_(list(carer_ids)), CareAssignmentRow.deleted_at.is_(None))))


def schedule(session: Session, order_id: uuid.UUID) -> list[CareScheduleRow]:
    return list(session.scalars(select(CareScheduleRow).where(
        CareScheduleRow.order_id == order_id, CareScheduleRow.deleted_at.is_(None))
        .order_by(CareScheduleRow.weekday, CareScheduleRow.starts_min, CareScheduleRow.id)))


def hours_of_order(session: Session, order_id: uuid.UUID) -> list[CareHoursRow]:
    """Every carer's hours under the order, by month, day (the month's totals first), from."""
    return list(session.scalars(select(CareHoursRow).where(
        CareHoursRow.order_id == order_id, CareHoursRow.deleted_at.is_(None))
        .order_by(CareHoursRow.month, CareHoursRow.worked_on.is_not(None),
                  CareHoursRow.worked_on, CareHoursRow.starts_min, CareHoursRow.id)))


def month_total_x100(session: Session, order_id: uuid.UUID, month: dt.date) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(CareHoursRow.hours_x100), 0)).where(
        CareHoursRow.order_id == order_id, CareHoursRow.month == month,
        CareHoursRow.deleted_at.is_(None))) or 0)


def month_has_hours(session: Session, order_id: uuid.UUID, month: dt.date) -> bool:
    """Some carer's hours are kept for the order's month."""
    return session.scalar(select(CareHoursRow.id).where(
        CareHoursRow.order_id == order_id, CareHoursRow.month == month,
        CareHoursRow.deleted_at.is_(None)).limit(1)) is not None


def delivery(session: Session, order_id: uuid.UUID, month: dt.date) -> CareDeliveryRow | None:
    return session.scalars(select(CareDeliveryRow).where(
        CareDeliveryRow.order_id == order_id, CareDeliveryRow.month == month,
        CareDeliveryRow.deleted_at.is_(None)).order_by(CareDeliveryRow.created_at)).first()


def persons_by_pesel(session: Session, pesel: str) -> list[PersonRow]:
    return list(session.scalars(select(PersonRow).where(
        PersonRow.pesel == pesel, PersonRow.deleted_at.is_(None))))


def orders_of_person(session: Session, person_id: uuid.UUID) -> list[CareOrderRow]:
    return list(session.scalars(select(CareOrderRow).where(
        CareOrderRow.person_id == person_id, CareOrderRow.deleted_at.is_(None))
        .order_by(CareOrderRow.starts_on, CareOrderRow.id)))


def orders_of_case_sign(session: Session, sign: str) -> list[CareOrderRow]:
    return list(session.scalars(select(CareOrderRow).join(
        CaseRow, CaseRow.id == CareOrderRow.case_id).where(
        func.upper(CaseRow.sign) == sign.upper(), CareOrderRow.deleted_at.is_(None))
        .order_by(CareOrderRow.starts_on, CareOrderRow.id)))


def supervisions(session: Session, order_id: uuid.UUID | None,
                 provider_id: uuid.UUID | None) -> list[CareSupervisionRow]:
    """Checks and complaints about an order's client (all their orders) or a provider, the
    latest first."""
    stmt = select(CareSupervisionRow).where(CareSupervisionRow.deleted_at.is_(None))
    if order_id is not None:
        person = select(CareOrderRow.person_id).where(CareOrderRow.id == order_id)
        stmt = stmt.where(or_(CareSupervisionRow.order_id == order_id,
                              CareSupervisionRow.person_id.in_(person.scalar_subquery())))
    if provider_id is not None:
        stmt = stmt.where(CareSupervisionRow.provider_id == provider_id)
    return list(session.scalars(stmt.order_by(CareSupervisionRow.held_on.desc(),
                                              CareSupervisionRow.created_at.desc())))
