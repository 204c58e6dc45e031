"""Queries over appeals; only services/appeals.py calls them, after its permission checks."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import AppealRow, DecisionRow


def appeals(session: Session, states: Collection[str] | None = None) -> Sequence[AppealRow]:
    """Newest received first; only those in `states` when given."""
    stmt = select(AppealRow).where(AppealRow.deleted_at.is_(None))
    if states is not None:
        stmt = stmt.where(AppealRow.state.in_(tuple(states)))
    return session.scalars(stmt.order_by(AppealRow.received_on.desc(), AppealRow.id)).all()


def open_on_decision(session: Session, decision_id: uuid.UUID,
                     closed_states: Collection[str]) -> AppealRow | None:
    """An appeal against the decision that is not settled yet."""
    return session.scalars(
        select(AppealRow).where(AppealRow.decision_id == decision_id,
                                AppealRow.deleted_at.is_(None),
                                AppealRow.state.not_in(tuple(closed_states)))).first()


def corrections_of(session: Session, decision_ids: Collection[uuid.UUID]
                   ) -> dict[uuid.UUID, list[DecisionRow]]:
    """The decisions (drafts and signed) that change each of the given decisions."""
    found: dict[uuid.UUID, list[DecisionRow]] = defaultdict(list)
    if not decision_ids:
        return found
    rows = session.scalars(select(DecisionRow).where(
        DecisionRow.corrects_id.in_(tuple(decision_ids)), DecisionRow.deleted_at.is_(None))
        .order_by(DecisionRow.created_at, DecisionRow.id)).all()
    for row in rows:
        assert row.corrects_id is not None
        found[row.corrects_id].append(row)
    return found


def signed_on_application(session: Session, application_id: uuid.UUID) -> Sequence[DecisionRow]:
    return session.scalars(select(DecisionRow).where(
        DecisionRow.application_id == application_id, DecisionRow.status == "signed",
        DecisionRow.deleted_at.is_(None)).order_by(DecisionRow.issued_on, DecisionRow.id)).all()


def signed_of_case(session: Session, case_sign: str) -> Sequence[DecisionRow]:
    """The signed decisions bearing the case sign, newest first."""
    return session.scalars(select(DecisionRow).where(
        DecisionRow.case_sign == case_sign, DecisionRow.status == "signed",
        DecisionRow.deleted_at.is_(None))
        .order_by(DecisionRow.issued_on.desc(), DecisionRow.signed_at.desc())).all()
