"""Queries over the terms of decisions granting care; only services/care_decisions.py and
services/care_paper.py call them, after their permission checks."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import CareDecisionTermsRow, DecisionRow


def terms(session: Session, decision_id: uuid.UUID) -> CareDecisionTermsRow | None:
    return session.scalar(select(CareDecisionTermsRow).where(
        CareDecisionTermsRow.decision_id == decision_id,
        CareDecisionTermsRow.deleted_at.is_(None)))


def signed_for_person(session: Session, person_id: uuid.UUID,
                      forms: frozenset[str]) -> list[DecisionRow]:
    """The person's signed decisions granting care, newest first (for linking an order)."""
    stmt = (select(DecisionRow)
            .where(DecisionRow.person_id == person_id, DecisionRow.status == "signed",
                   DecisionRow.kind == "grant", DecisionRow.form.in_(forms),
                   DecisionRow.deleted_at.is_(None))
            .order_by(DecisionRow.issued_on.desc(), DecisionRow.id))
    return list(session.scalars(stmt))
