"""Reading what the KPA deadlines of applications are counted from (services/deadlines.py)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ops_desktop.storage.database import Session
from ops_desktop.storage.models import ApplicationRow, DelayNoticeRow, UserRow


def open_applications(session: Session, status: str) -> Sequence[ApplicationRow]:
    """Every application still waiting, with what its deadline and its worker come from."""
    stmt = (
        select(ApplicationRow)
        .where(ApplicationRow.status == status, ApplicationRow.deleted_at.is_(None))
        .options(selectinload(ApplicationRow.person), selectinload(ApplicationRow.case),
                 selectinload(ApplicationRow.deadline_pauses),
                 selectinload(ApplicationRow.delay_notices))
    )
    return session.scalars(stmt).all()


def notice(session: Session, notice_id: uuid.UUID) -> DelayNoticeRow | None:
    return session.get(DelayNoticeRow, notice_id)


def user_names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = session.execute(select(UserRow.id, UserRow.full_name).where(UserRow.id.in_(ids)))
    return {row.id: row.full_name for row in rows}
