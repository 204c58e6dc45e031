"""Queries over the actions and reviews every plan shares (a kontrakt socjalny, an
individual programme, a help plan: `plan_id` names it); only the services of those plans
call them, after their permission checks."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import PersonRow, PlanActionRow, PlanReviewRow


def actions(session: Session, plan_id: uuid.UUID) -> Sequence[PlanActionRow]:
    return session.scalars(select(PlanActionRow).where(
        PlanActionRow.plan_id == plan_id, PlanActionRow.deleted_at.is_(None)).order_by(
        PlanActionRow.position)).all()


def remove_actions(session: Session, plan_id: uuid.UUID) -> None:
    """A draft's actions table is written whole each time it is saved."""
    for row in actions(session, plan_id):
        session.delete(row)
    session.flush()


def reviews(session: Session, plan_id: uuid.UUID) -> Sequence[PlanReviewRow]:
    return session.scalars(select(PlanReviewRow).where(
        PlanReviewRow.plan_id == plan_id, PlanReviewRow.deleted_at.is_(None)).order_by(
        PlanReviewRow.reviewed_on, PlanReviewRow.created_at)).all()


def persons(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, PersonRow]:
    return {p.id: p for p in session.scalars(select(PersonRow).where(
        PersonRow.id.in_(ids), PersonRow.deleted_at.is_(None)))}
