"""Queries over individual programmes and help plans; only services/programmes.py calls
them, after its permission checks."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import ProgrammeRow

_LIVE = ProgrammeRow.deleted_at.is_(None)


def programme(session: Session, programme_id: uuid.UUID) -> ProgrammeRow | None:
    row = session.get(ProgrammeRow, programme_id)
    return None if row is None or row.deleted_at is not None else row


def programmes_of_case(session: Session, case_id: uuid.UUID,
                       help_plans: bool) -> Sequence[ProgrammeRow]:
    """The case's individual programmes (or its help plans), the earliest period first."""
    kind = ProgrammeRow.kind == "help_plan"
    return session.scalars(select(ProgrammeRow).where(
        ProgrammeRow.case_id == case_id, _LIVE, kind if help_plans else ~kind).order_by(
        ProgrammeRow.starts_on, ProgrammeRow.created_at)).all()


def signed_programmes(session: Session) -> Sequence[uuid.UUID]:
    """Every signed programme and help plan, in the order they were signed."""
    return session.scalars(select(ProgrammeRow.id).where(
        ProgrammeRow.status == "signed", _LIVE).order_by(
        ProgrammeRow.signed_at, ProgrammeRow.id)).all()
