"""Anonymising a person blanks the narratives of their planned social work – kontrakty
socjalne (with their annexes), individual programmes and help plans: the assessment or
diagnosis, the goals, the persons named on them, the actions' texts and the reviews' notes.
Variant, kind, dates and statuses stay for the registers. A signed one takes this one
change, once (storage/triggers.py CONTRACT_BLANK, PROGRAMME_BLANK);
personal_data_queries.anonymise calls this with the persons it anonymises."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select, update
from sqlalchemy.orm import Session

from ops_desktop.storage.models import (
    CaseRow,
    PlanActionRow,
    PlanReviewRow,
    ProgrammeRow,
    SocialContractRow,
)
from ops_desktop.storage.triggers import CONTRACT_BLANK, PLAN_ACTION_BLANK, PROGRAMME_BLANK

BLANKED: dict[str, dict[str, Any]] = {
    "social_contracts": dict(CONTRACT_BLANK),
    "programmes": dict(PROGRAMME_BLANK),
}
_PLANS: tuple[tuple[Any, dict[str, str]], ...] = (
    (SocialContractRow, CONTRACT_BLANK), (ProgrammeRow, PROGRAMME_BLANK))


def plans_about(model: Any, person_ids: Sequence[uuid.UUID]) -> ColumnElement[bool]:
    """Contracts (or programmes) made with the persons or on their own cases."""
    own_cases = select(CaseRow.id).where(CaseRow.person_id.in_(person_ids))
    return or_(model.person_id.in_(person_ids), model.case_id.in_(own_cases))


def _ids(model: Any, person_ids: Sequence[uuid.UUID]) -> Select:
    return select(model.id).where(plans_about(model, person_ids))


def blank(session: Session, person_ids: Sequence[uuid.UUID], actor_id: uuid.UUID | None,
          now: dt.datetime) -> int:
    """The plan rows first (their anonymised_at frees their actions), then the actions'
    texts and the reviews' notes; returns how many plans were blanked."""
    touched: dict[str, Any] = {"updated_at": now, "updated_by": actor_id}

    def run(model: Any, condition: ColumnElement[bool], **values: Any) -> int:
        stmt = (update(model).where(condition)
                .values(version=model.version + 1, **touched, **values)
                .execution_options(synchronize_session=False))
        return int(session.execute(stmt).rowcount)  # type: ignore[attr-defined]

    count = 0
    for model, blanked in _PLANS:
        count += run(model, plans_about(model, person_ids) & model.anonymised_at.is_(None),
                     anonymised_at=now, **blanked)
        run(PlanActionRow, PlanActionRow.plan_id.in_(_ids(model, person_ids)),
            **PLAN_ACTION_BLANK)
        run(PlanReviewRow, PlanReviewRow.plan_id.in_(_ids(model, person_ids)), note="")
    return count
