"""Queries over payment lists; only services/payments.py calls them, after its permission checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, aliased

from ops_desktop.storage.models import AppealRow, DecisionRow, PaymentItemRow, PaymentListRow

SIGNED = "signed"
GRANT = "grant"
# The SKO's outcomes that quash the appealed decision (KPA art. 138 § 1 pkt 2, § 2): it pays
# nothing more (domain/appeals.py names them).
QUASHED = ("quashed_decided", "quashed_discontinued", "quashed_remitted")
SKO_DECIDED = "quashed_decided"  # § 1 pkt 2: quashed and decided; its content is paid


def payable_decisions(session: Session, month_end: dt.date) -> Sequence[DecisionRow]:
    """Signed granting decisions with an amount that started by `month_end`, none of them
    replaced by a signed correcting decision (the correction is paid instead) or quashed by
    the SKO on appeal – unless the SKO decided the case itself with an amount, which is then
    paid under the appealed decision (`sko_contents`), a refusal's too."""
    correcting = aliased(DecisionRow)
    replaced = (select(correcting.corrects_id)
                .where(correcting.corrects_id.is_not(None), correcting.status == SIGNED,
                       correcting.deleted_at.is_(None)))
    quashed = select(AppealRow.decision_id).where(AppealRow.sko_outcome.in_(QUASHED),
                                                  AppealRow.deleted_at.is_(None))
    by_sko = select(AppealRow.decision_id).where(*_sko_content(), AppealRow.sko_period_from
                                                 <= month_end)
    own = and_(DecisionRow.kind == GRANT, DecisionRow.amount_grosze.is_not(None),
               DecisionRow.period_from.is_not(None), DecisionRow.period_from <= month_end,
               DecisionRow.id.not_in(quashed))
    stmt = (select(DecisionRow)
            .where(DecisionRow.status == SIGNED, DecisionRow.deleted_at.is_(None),
                   DecisionRow.anonymised_at.is_(None), DecisionRow.id.not_in(replaced),
                   or_(own, DecisionRow.id.in_(by_sko)))
            .order_by(DecisionRow.party_name, DecisionRow.id))
    return session.scalars(stmt).all()


def _sko_content() -> tuple[ColumnElement[bool], ...]:
    return (AppealRow.sko_outcome == SKO_DECIDED, AppealRow.sko_amount_grosze.is_not(None),
            AppealRow.sko_period_from.is_not(None), AppealRow.deleted_at.is_(None))


def sko_contents(session: Session, decision_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, AppealRow]:
    """The appeals whose SKO decided the case itself with an amount, by appealed decision."""
    if not decision_ids:
        return {}
    rows = session.scalars(select(AppealRow).where(
        *_sko_content(), AppealRow.decision_id.in_(tuple(decision_ids)))
        .order_by(AppealRow.sko_decided_on, AppealRow.created_at)).all()
    return {row.decision_id: row for row in rows}  # a later outcome wins


def listed_months(session: Session, decision_ids: Sequence[uuid.UUID]) -> set[tuple[uuid.UUID, dt.date]]:
    """(decision, benefit month) pairs already on a live list, draft or approved."""
    if not decision_ids:
        return set()
    stmt = (select(PaymentItemRow.decision_id, PaymentItemRow.benefit_month)
            .join(PaymentListRow, PaymentListRow.id == PaymentItemRow.list_id)
            .where(PaymentItemRow.deleted_at.is_(None), PaymentListRow.deleted_at.is_(None),
                   PaymentItemRow.decision_id.in_(decision_ids)))
    return {(d, m) for d, m in session.execute(stmt)}


def lists(session: Session, status: str | None = None) -> Sequence[PaymentListRow]:
    stmt = select(PaymentListRow).where(PaymentListRow.deleted_at.is_(None))
    if status is not None:
        stmt = stmt.where(PaymentListRow.status == status)
    return session.scalars(stmt.order_by(PaymentListRow.benefit_month.desc(),
                                         PaymentListRow.method, PaymentListRow.chapter,
                                         PaymentListRow.number)).all()


def items(session: Session, list_id: uuid.UUID) -> Sequence[PaymentItemRow]:
    return session.scalars(select(PaymentItemRow)
                           .where(PaymentItemRow.list_id == list_id,
                                  PaymentItemRow.deleted_at.is_(None))
                           .order_by(PaymentItemRow.position)).all()
