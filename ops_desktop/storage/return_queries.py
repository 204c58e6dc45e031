"""Queries over returned transfers, undue-benefit claims and their movements; only the
payment services call them, after their permission checks."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ops_desktop.storage.models import (
    DecisionRow,
    ClaimInstalmentRow,
    ClaimMovementRow,
    PaymentItemRow,
    PaymentListRow,
    PaymentReturnRow,
    UndueClaimRow,
)


def live_item(session: Session, item_id: uuid.UUID) -> tuple[PaymentItemRow, PaymentListRow] | None:
    """An item with its list, both not dropped."""
    stmt = (select(PaymentItemRow, PaymentListRow)
            .join(PaymentListRow, PaymentListRow.id == PaymentItemRow.list_id)
            .where(PaymentItemRow.id == item_id, PaymentItemRow.deleted_at.is_(None),
                   PaymentListRow.deleted_at.is_(None)))
    found = session.execute(stmt).first()
    return None if found is None else (found[0], found[1])


def return_of(session: Session, item_id: uuid.UUID) -> PaymentReturnRow | None:
    return session.scalars(select(PaymentReturnRow).where(
        PaymentReturnRow.item_id == item_id, PaymentReturnRow.deleted_at.is_(None))).first()


def awaiting_reissue(session: Session) -> Sequence[tuple[PaymentReturnRow, PaymentItemRow]]:
    """Returns no live item pays again yet (none set, or its draft list was dropped)."""
    again = aliased(PaymentItemRow)
    live_again = (select(again.id).join(PaymentListRow, PaymentListRow.id == again.list_id)
                  .where(again.deleted_at.is_(None), PaymentListRow.deleted_at.is_(None)))
    stmt = (select(PaymentReturnRow, PaymentItemRow)
            .join(PaymentItemRow, PaymentItemRow.id == PaymentReturnRow.item_id)
            .where(PaymentReturnRow.deleted_at.is_(None),
                   (PaymentReturnRow.reissue_item_id.is_(None))
                   | PaymentReturnRow.reissue_item_id.not_in(live_again))
            .order_by(PaymentReturnRow.returned_on, PaymentReturnRow.id))
    return [(r, i) for r, i in session.execute(stmt)]


def returns_reissued_by(session: Session, item_ids: Sequence[uuid.UUID]) -> Sequence[PaymentReturnRow]:
    if not item_ids:
        return []
    return session.scalars(select(PaymentReturnRow).where(
        PaymentReturnRow.reissue_item_id.in_(item_ids),
        PaymentReturnRow.deleted_at.is_(None))).all()


def returns_of_items(session: Session, item_ids: Sequence[uuid.UUID]) -> Sequence[PaymentReturnRow]:
    if not item_ids:
        return []
    return session.scalars(select(PaymentReturnRow).where(
        PaymentReturnRow.item_id.in_(item_ids), PaymentReturnRow.deleted_at.is_(None))).all()


def claims(session: Session, person_id: uuid.UUID | None = None) -> Sequence[UndueClaimRow]:
    stmt = select(UndueClaimRow).where(UndueClaimRow.deleted_at.is_(None))
    if person_id is not None:
        stmt = stmt.where(UndueClaimRow.person_id == person_id)
    return session.scalars(stmt.order_by(UndueClaimRow.decided_on, UndueClaimRow.number)).all()


def deducting_claims(session: Session, person_ids: Sequence[uuid.UUID]) -> Sequence[UndueClaimRow]:
    """Claims set to be deducted from current payments, not waived, oldest first."""
    if not person_ids:
        return []
    return session.scalars(select(UndueClaimRow).where(
        UndueClaimRow.deleted_at.is_(None), UndueClaimRow.deduct.is_(True),
        UndueClaimRow.waived_on.is_(None), UndueClaimRow.person_id.in_(person_ids))
        .order_by(UndueClaimRow.decided_on, UndueClaimRow.id)).all()


def instalments(session: Session, claim_id: uuid.UUID) -> Sequence[ClaimInstalmentRow]:
    return session.scalars(select(ClaimInstalmentRow).where(
        ClaimInstalmentRow.claim_id == claim_id, ClaimInstalmentRow.deleted_at.is_(None))
        .order_by(ClaimInstalmentRow.number)).all()


def movements(session: Session, claim_ids: Sequence[uuid.UUID]) -> Sequence[ClaimMovementRow]:
    """Payments and deductions of the claims; a deduction only while its item is live."""
    if not claim_ids:
        return []
    live_items = (select(PaymentItemRow.id)
                  .join(PaymentListRow, PaymentListRow.id == PaymentItemRow.list_id)
                  .where(PaymentItemRow.deleted_at.is_(None), PaymentListRow.deleted_at.is_(None)))
    stmt = (select(ClaimMovementRow)
            .where(ClaimMovementRow.claim_id.in_(claim_ids), ClaimMovementRow.deleted_at.is_(None),
                   ClaimMovementRow.item_id.is_(None) | ClaimMovementRow.item_id.in_(live_items))
            .order_by(ClaimMovementRow.moved_on, ClaimMovementRow.created_at))
    return session.scalars(stmt).all()


def deductions_of_items(session: Session, item_ids: Sequence[uuid.UUID]) -> Sequence[ClaimMovementRow]:
    if not item_ids:
        return []
    return session.scalars(select(ClaimMovementRow).where(
        ClaimMovementRow.item_id.in_(item_ids), ClaimMovementRow.deleted_at.is_(None))).all()


def person_items(session: Session, person_id: uuid.UUID) -> Sequence[tuple[PaymentItemRow, PaymentListRow]]:
    """Every item of the person on a live list, with its list, in the order paid."""
    stmt = (select(PaymentItemRow, PaymentListRow)
            .join(PaymentListRow, PaymentListRow.id == PaymentItemRow.list_id)
            .where(PaymentItemRow.person_id == person_id, PaymentItemRow.deleted_at.is_(None),
                   PaymentListRow.deleted_at.is_(None))
            .order_by(PaymentListRow.payment_date, PaymentListRow.number, PaymentItemRow.position))
    return [(i, li) for i, li in session.execute(stmt)]


def person_returns(session: Session, person_id: uuid.UUID) -> Sequence[PaymentReturnRow]:
    return session.scalars(select(PaymentReturnRow).where(
        PaymentReturnRow.person_id == person_id, PaymentReturnRow.deleted_at.is_(None))
        .order_by(PaymentReturnRow.returned_on)).all()


def signed_changes(session: Session, person_id: uuid.UUID | None = None) -> Sequence[DecisionRow]:
    """The person's (or, without one, the office's) signed decisions that name a decision
    they change."""
    stmt = select(DecisionRow).where(
        DecisionRow.status == "signed", DecisionRow.corrects_id.is_not(None),
        DecisionRow.deleted_at.is_(None))
    if person_id is not None:
        stmt = stmt.where(DecisionRow.person_id == person_id)
    return session.scalars(stmt.order_by(DecisionRow.issued_on)).all()
