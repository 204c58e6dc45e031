"""Queries over the terms of decisions granting care; only services/care_decisions.py and
services/care_paper.py call them, after their permission checks."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import CareDecisionTermsRow, DecisionRow


def terms(session: Session, decision_id: uuid.UUID) -> CareDecisionTermsRow | None:
    return session.scalar(select(CareDecisionTermsRow).where(
        CareDecisionTermsRow.decision_id == decision_id,
        CareDecisionTermsRow.deleted_at.is_(None)))


def _live(forms: frozenset[str]):  # type: ignore[no-untyped-def]
    return (select(CareDecisionTermsRow, DecisionRow)
            .join(DecisionRow, DecisionRow.id == CareDecisionTermsRow.decision_id)
            .where(CareDecisionTermsRow.deleted_at.is_(None), DecisionRow.deleted_at.is_(None),
                   DecisionRow.form.in_(sorted(forms))))


def page(session: Session, forms: frozenset[str], limit: int, offset: int
         ) -> list[tuple[CareDecisionTermsRow, DecisionRow]]:
    stmt = _live(forms).order_by(DecisionRow.created_at.desc(), DecisionRow.id)
    return [(t, d) for t, d in session.execute(stmt.limit(limit).offset(offset))]


def count(session: Session, forms: frozenset[str]) -> int:
    return int(session.scalar(select(func.count()).select_from(_live(forms).subquery())) or 0)
