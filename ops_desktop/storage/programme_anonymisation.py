"""Anonymising a person blanks the narratives of their individual programmes and help
plans: the diagnosis, the goals, the persons named on it, the actions' texts and the
reviews' notes. Kind, dates and statuses stay for the registers. A signed programme takes
this one change, once (storage/triggers.py PROGRAMME_BLANK); personal_data_queries.anonymise
calls this with the persons it anonymises."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select, update
from sqlalchemy.orm import Session

from ops_desktop.storage.models import CaseRow, PlanActionRow, PlanReviewRow, ProgrammeRow
from ops_desktop.storage.triggers import PROGRAMME_ACTION_BLANK, PROGRAMME_BLANK

BLANKED: dict[str, dict[str, Any]] = {
    "programmes": dict(PROGRAMME_BLANK),
}


def programmes_about(person_ids: Sequence[uuid.UUID]) -> ColumnElement[bool]:
    """Programmes of the persons or on their own cases."""
    own_cases = select(CaseRow.id).where(CaseRow.person_id.in_(person_ids))
    return or_(ProgrammeRow.person_id.in_(person_ids), ProgrammeRow.case_id.in_(own_cases))


def _ids(person_ids: Sequence[uuid.UUID]) -> Select:
    return select(ProgrammeRow.id).where(programmes_about(person_ids))


def blank(session: Session, person_ids: Sequence[uuid.UUID], actor_id: uuid.UUID | None,
          now: dt.datetime) -> int:
    """The programme rows first (their anonymised_at frees their actions), then the actions'
    texts and the reviews' notes; returns how many programmes were blanked."""
    touched: dict[str, Any] = {"updated_at": now, "updated_by": actor_id}

    def run(model: Any, condition: ColumnElement[bool], **values: Any) -> int:
        stmt = (update(model).where(condition)
                .values(version=model.version + 1, **touched, **values)
                .execution_options(synchronize_session=False))
        return int(session.execute(stmt).rowcount)  # type: ignore[attr-defined]

    count = run(ProgrammeRow, programmes_about(person_ids) & ProgrammeRow.anonymised_at.is_(None),
                anonymised_at=now, **PROGRAMME_BLANK)
    run(PlanActionRow, PlanActionRow.plan_id.in_(_ids(person_ids)), **PROGRAMME_ACTION_BLANK)
    run(PlanReviewRow, PlanReviewRow.plan_id.in_(_ids(person_ids)), note="")
    return count
