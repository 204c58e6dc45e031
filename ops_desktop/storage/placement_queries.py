"""Queries over DPS homes, costs and decisions, the shelter register and shelter decisions;
only services/placements.py and services/shelters.py call them, after their checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import InterviewRow
from ops_desktop.storage.models_placements import (
    DpsCostRow,
    DpsDecisionRow,
    DpsHomeRow,
    ShelterChangeRow,
    ShelterDecisionRow,
    ShelterRow,
)


def homes(session: Session) -> Sequence[DpsHomeRow]:
    return session.scalars(select(DpsHomeRow).where(DpsHomeRow.deleted_at.is_(None))
                           .order_by(DpsHomeRow.name)).all()


def costs(session: Session, home_id: uuid.UUID) -> Sequence[DpsCostRow]:
    return session.scalars(select(DpsCostRow).where(
        DpsCostRow.home_id == home_id, DpsCostRow.deleted_at.is_(None))
        .order_by(DpsCostRow.valid_from)).all()


def cost_on(session: Session, home_id: uuid.UUID, on: dt.date) -> DpsCostRow | None:
    """The cost in force on `on`: the latest that began on or before it."""
    return session.scalars(select(DpsCostRow).where(
        DpsCostRow.home_id == home_id, DpsCostRow.deleted_at.is_(None),
        DpsCostRow.valid_from <= on).order_by(DpsCostRow.valid_from.desc()).limit(1)).first()


def dps_decisions(session: Session, person_id: uuid.UUID | None = None
                  ) -> Sequence[DpsDecisionRow]:
    stmt = select(DpsDecisionRow).where(DpsDecisionRow.deleted_at.is_(None))
    if person_id is not None:
        stmt = stmt.where(DpsDecisionRow.person_id == person_id)
    return session.scalars(stmt.order_by(DpsDecisionRow.decided_on.desc(),
                                         DpsDecisionRow.number.desc())).all()


def shelters(session: Session) -> Sequence[ShelterRow]:
    return session.scalars(select(ShelterRow).where(ShelterRow.deleted_at.is_(None))
                           .order_by(ShelterRow.institution, ShelterRow.valid_from)).all()


def shelter_changes(session: Session, since: dt.date, until: dt.date
                    ) -> Sequence[ShelterChangeRow]:
    return session.scalars(select(ShelterChangeRow).where(
        ShelterChangeRow.deleted_at.is_(None), ShelterChangeRow.changed_on >= since,
        ShelterChangeRow.changed_on <= until)
        .order_by(ShelterChangeRow.changed_on, ShelterChangeRow.created_at)).all()


def shelter_decisions(session: Session, shelter_id: uuid.UUID | None = None
                      ) -> Sequence[ShelterDecisionRow]:
    stmt = select(ShelterDecisionRow).where(ShelterDecisionRow.deleted_at.is_(None))
    if shelter_id is not None:
        stmt = stmt.where(ShelterDecisionRow.shelter_id == shelter_id)
    return session.scalars(stmt.order_by(ShelterDecisionRow.decided_on.desc(),
                                         ShelterDecisionRow.number.desc())).all()


def interview(session: Session, interview_id: uuid.UUID) -> InterviewRow | None:
    row = session.get(InterviewRow, interview_id)
    return None if row is None or row.deleted_at is not None else row


def interviews_of(session: Session, person_ids: Sequence[uuid.UUID]) -> Sequence[InterviewRow]:
    """The interviews of these persons, drafts too, newest first (learned_on)."""
    return session.scalars(select(InterviewRow).where(
        InterviewRow.person_id.in_(person_ids), InterviewRow.deleted_at.is_(None))
        .order_by(InterviewRow.learned_on.desc(), InterviewRow.created_at.desc())).all()
