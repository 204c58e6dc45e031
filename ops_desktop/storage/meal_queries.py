"""Queries over meal decisions and the meals given a month; only services/meals.py and the
MRPiPS-03 reader call them, after their checks."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.storage.models_meals import MealDecisionRow, MealMonthRow


def decisions(session: Session) -> Sequence[MealDecisionRow]:
    return session.scalars(select(MealDecisionRow).where(MealDecisionRow.deleted_at.is_(None))
                           .order_by(MealDecisionRow.decided_on.desc(),
                                     MealDecisionRow.number.desc())).all()


def months(session: Session, decision_id: uuid.UUID) -> list[MealMonthRow]:
    """The months recorded under a decision, oldest first; a month two PCs recorded apart
    counts once, as the latest written."""
    rows = session.scalars(select(MealMonthRow).where(
        MealMonthRow.decision_id == decision_id, MealMonthRow.deleted_at.is_(None))
        .order_by(MealMonthRow.month, MealMonthRow.updated_at)).all()
    latest = {r.month: r for r in rows}
    return [latest[m] for m in sorted(latest)]
