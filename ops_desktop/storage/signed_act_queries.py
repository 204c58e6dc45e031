"""The DPS, shelter and meal decisions by their signing state, alike for the three tables
(each has the signing columns of models_placements._Signed): the drafts to sign, and the
signed ones a page at a time, newest signed first, counted, or those of one office day.
Only services/placement_common.py calls these, after its permission checks.

The signed ones are read along each table's index (status, deleted_at, signed_at, id)
(migration 0044_signed_acts_paging), so a page deep in a year of meal decisions costs what
the first does and the count reads the index alone."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.storage.queries import _after

DRAFT, SIGNED = "draft", "signed"


def drafts(session: Session, model: Any) -> Sequence[Any]:
    """The drafts waiting for the head, the latest decided first."""
    return session.scalars(select(model).where(
        model.status == DRAFT, model.deleted_at.is_(None))
        .order_by(model.decided_on.desc(), model.number.desc())).all()


def _signed(model: Any) -> Any:
    return select(model).where(model.status == SIGNED, model.deleted_at.is_(None))


def signed_page(session: Session, model: Any, limit: int,
                after: tuple[dt.datetime, uuid.UUID] | None = None) -> Sequence[Any]:
    """Up to `limit` signed decisions after `after` (the last one shown: when it was signed,
    its id), the latest signed first."""
    return session.scalars(_after(_signed(model), (model.signed_at, model.id), after)
                           .limit(limit)).all()


def count_signed(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.count(model.id)).where(
        model.status == SIGNED, model.deleted_at.is_(None))) or 0)


def signed_between(session: Session, model: Any, start: dt.datetime, end: dt.datetime
                   ) -> Sequence[Any]:
    """Those signed from `start` up to (not including) `end`, naive UTC as the store keeps
    them; the latest signed first."""
    return session.scalars(_signed(model).where(
        model.signed_at >= start, model.signed_at < end)
        .order_by(model.signed_at.desc(), model.id.desc())).all()
