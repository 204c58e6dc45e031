"""Queries over care bills and the fees paid on them; only services/care_payments.py and the
print command's service call them, after their permission checks."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import (
    CareBillPaymentRow,
    CareBillRow,
    CareOrderRow,
    CaseRow,
    PersonRow,
)

# A client as the balance lists them: the person, the case sign of their care order.
Client = tuple[PersonRow, str]


def bills_up_to(session: Session, month: dt.date,
                person_id: uuid.UUID | None = None) -> list[CareBillRow]:
    """Every bill of the months up to `month`, in the order issued (a correction after the
    bill it corrects), of one person or of all."""
    stmt = (select(CareBillRow).where(CareBillRow.deleted_at.is_(None),
                                      CareBillRow.month <= month)
            .order_by(CareBillRow.month, CareBillRow.created_at, CareBillRow.id))
    if person_id is not None:
        stmt = stmt.where(CareBillRow.person_id == person_id)
    return list(session.scalars(stmt))


def paid_per_bill(session: Session, bill_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    """What was paid on each of the bills, in grosze."""
    paid: dict[uuid.UUID, int] = {}
    for i in range(0, len(bill_ids), 500):
        stmt = (select(CareBillPaymentRow.bill_id, func.sum(CareBillPaymentRow.amount_grosze))
                .where(CareBillPaymentRow.deleted_at.is_(None),
                       CareBillPaymentRow.bill_id.in_(bill_ids[i:i + 500]))
                .group_by(CareBillPaymentRow.bill_id))
        paid.update({r[0]: int(r[1] or 0) for r in session.execute(stmt)})
    return paid


def clients(session: Session, person_ids: set[uuid.UUID]) -> dict[uuid.UUID, Client]:
    """The persons billed, each with the case sign of their (latest) care order."""
    found: dict[uuid.UUID, Client] = {}
    ids = list(person_ids)
    for i in range(0, len(ids), 500):
        stmt = (select(PersonRow, CaseRow.sign)
                .join(CareOrderRow, CareOrderRow.person_id == PersonRow.id)
                .join(CaseRow, CaseRow.id == CareOrderRow.case_id)
                .where(PersonRow.id.in_(ids[i:i + 500]), CareOrderRow.deleted_at.is_(None))
                .order_by(CareOrderRow.starts_on))
        for person, sign in session.execute(stmt):
            found[person.id] = (person, sign)
    return found


def payments_of(session: Session, person_id: uuid.UUID) -> list[CareBillPaymentRow]:
    return list(session.scalars(
        select(CareBillPaymentRow).where(CareBillPaymentRow.person_id == person_id,
                                         CareBillPaymentRow.deleted_at.is_(None))
        .order_by(CareBillPaymentRow.paid_on, CareBillPaymentRow.created_at)))


def withdrawal_of(session: Session, payment_id: uuid.UUID) -> CareBillPaymentRow | None:
    """The row withdrawing a payment, if one was recorded."""
    return session.scalars(select(CareBillPaymentRow).where(
        CareBillPaymentRow.cancels_id == payment_id,
        CareBillPaymentRow.deleted_at.is_(None))).first()


def bill_ids_of_month(session: Session, month: dt.date) -> list[uuid.UUID]:
    """The month's bills that no later bill corrects: one a client and order, to print."""
    stmt = (select(CareBillRow.id, CareBillRow.corrects_id)
            .join(PersonRow, PersonRow.id == CareBillRow.person_id)
            .where(CareBillRow.deleted_at.is_(None), CareBillRow.month == month)
            .order_by(PersonRow.last_name, PersonRow.first_name, CareBillRow.created_at))
    rows = list(session.execute(stmt))
    corrected = {r.corrects_id for r in rows if r.corrects_id is not None}
    return [r.id for r in rows if r.id not in corrected]
