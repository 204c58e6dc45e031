"""Reading what the KPA deadlines of applications are counted from (services/deadlines.py)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select

from ops_desktop.storage.database import Session
from ops_desktop.storage.models import (
    ApplicationRow,
    CaseRow,
    DeadlinePauseRow,
    DecisionRow,
    DelayNoticeRow,
    PersonRow,
    UserRow,
)


@dataclass
class WaitingApplication:
    """What an application's running deadline and its carrier are read from, and how the
    head's lists name it: the columns alone, not whole rows (thousands are counted at once).
    `deadline_pauses` and `delay_notices` hold the live ones, as the row's relations do."""

    id: uuid.UUID
    case_id: uuid.UUID
    person_id: uuid.UUID
    received_on: dt.date
    particularly_complicated: bool
    status: str
    created_by: uuid.UUID | None
    case_sign: str
    team: str
    case_worker_id: uuid.UUID | None
    last_name: str
    first_name: str
    defects_called_on: dt.date | None = None
    defects_remedied_on: dt.date | None = None
    left_unexamined_on: dt.date | None = None
    deadline_pauses: list[Any] = field(default_factory=list)
    delay_notices: list[Any] = field(default_factory=list)
    procedural_acts: list[Any] = field(default_factory=list)  # signed suspensions, resumptions


# The signed postanowienia whose time does not count (art. 35 § 5): as the row's relation.
PAUSING_ACTS = (DecisionRow.kind.in_(("suspension", "resumption")), DecisionRow.status == "signed",
                DecisionRow.deleted_at.is_(None))


def waiting_applications(session: Session, status: str,
                         *only: ColumnElement[bool]) -> list[WaitingApplication]:
    """Every application still waiting (of those `only` admits), in four queries: the
    applications with their case and person's names, then the pauses, the notices and the
    signed suspensions and resumptions of those that have any."""
    live = (ApplicationRow.status == status, ApplicationRow.deleted_at.is_(None), *only)
    found = {r.id: WaitingApplication(*r) for r in session.execute(
        select(ApplicationRow.id, ApplicationRow.case_id, ApplicationRow.person_id,
               ApplicationRow.received_on, ApplicationRow.particularly_complicated,
               ApplicationRow.status, ApplicationRow.created_by, CaseRow.sign,
               CaseRow.team_code, CaseRow.worker_id, PersonRow.last_name, PersonRow.first_name,
               ApplicationRow.defects_called_on, ApplicationRow.defects_remedied_on,
               ApplicationRow.left_unexamined_on)
        .join(CaseRow, CaseRow.id == ApplicationRow.case_id)
        .join(PersonRow, PersonRow.id == ApplicationRow.person_id)
        .where(*live))}
    for pause in session.scalars(
            select(DeadlinePauseRow).join(ApplicationRow)
            .where(*live, DeadlinePauseRow.deleted_at.is_(None))):
        found[pause.application_id].deadline_pauses.append(pause)
    for notice in session.scalars(
            select(DelayNoticeRow).join(ApplicationRow)
            .where(*live, DelayNoticeRow.deleted_at.is_(None))):
        found[notice.application_id].delay_notices.append(notice)
    for act in session.execute(
            select(DecisionRow.application_id, DecisionRow.kind, DecisionRow.issued_on)
            .join(ApplicationRow).where(*live, *PAUSING_ACTS)):
        found[act.application_id].procedural_acts.append(act)
    return list(found.values())


def notice(session: Session, notice_id: uuid.UUID) -> DelayNoticeRow | None:
    return session.get(DelayNoticeRow, notice_id)


def user_names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = session.execute(select(UserRow.id, UserRow.full_name).where(UserRow.id.in_(ids)))
    return {row.id: row.full_name for row in rows}
