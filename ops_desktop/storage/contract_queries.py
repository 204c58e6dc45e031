"""Queries over kontrakty socjalne and the plans' actions and reviews; only
services/contracts.py calls them, after its permission checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import (
    PersonRow,
    PlanActionRow,
    PlanReviewRow,
    SocialContractRow,
)

_LIVE = SocialContractRow.deleted_at.is_(None)


def contract(session: Session, contract_id: uuid.UUID) -> SocialContractRow | None:
    row = session.get(SocialContractRow, contract_id)
    return None if row is None or row.deleted_at is not None else row


def contracts_of_case(session: Session, case_id: uuid.UUID) -> Sequence[SocialContractRow]:
    """The case's contracts and annexes, the earliest period first."""
    return session.scalars(select(SocialContractRow).where(
        SocialContractRow.case_id == case_id, _LIVE).order_by(
        SocialContractRow.starts_on, SocialContractRow.created_at)).all()


def annexes(session: Session, contract_id: uuid.UUID) -> Sequence[SocialContractRow]:
    return session.scalars(select(SocialContractRow).where(
        SocialContractRow.annex_of_id == contract_id, _LIVE).order_by(
        SocialContractRow.created_at)).all()


def signed_contracts(session: Session) -> Sequence[uuid.UUID]:
    """Every signed contract and annex, in the order they were signed."""
    return session.scalars(select(SocialContractRow.id).where(
        SocialContractRow.status == "signed", _LIVE).order_by(
        SocialContractRow.signed_at, SocialContractRow.id)).all()


def broken(session: Session,
           person_ids: Sequence[uuid.UUID]) -> list[tuple[uuid.UUID, dt.date | None]]:
    """(person, day it was broken) of every contract these persons broke: nothing more is
    selected, so nothing more can leak."""
    found = session.execute(select(SocialContractRow.person_id, SocialContractRow.ended_on).where(
        SocialContractRow.person_id.in_(person_ids), SocialContractRow.end_reason == "broken",
        _LIVE).order_by(SocialContractRow.ended_on)).all()
    return [(person, on) for person, on in found]


def actions(session: Session, plan_id: uuid.UUID) -> Sequence[PlanActionRow]:
    return session.scalars(select(PlanActionRow).where(
        PlanActionRow.plan_id == plan_id, PlanActionRow.deleted_at.is_(None)).order_by(
        PlanActionRow.position)).all()


def remove_actions(session: Session, plan_id: uuid.UUID) -> None:
    """A draft's actions table is written whole each time it is saved."""
    for row in actions(session, plan_id):
        session.delete(row)
    session.flush()


def reviews(session: Session, plan_id: uuid.UUID) -> Sequence[PlanReviewRow]:
    return session.scalars(select(PlanReviewRow).where(
        PlanReviewRow.plan_id == plan_id, PlanReviewRow.deleted_at.is_(None)).order_by(
        PlanReviewRow.reviewed_on, PlanReviewRow.created_at)).all()


def persons(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, PersonRow]:
    return {p.id: p for p in session.scalars(select(PersonRow).where(
        PersonRow.id.in_(ids), PersonRow.deleted_at.is_(None)))}


