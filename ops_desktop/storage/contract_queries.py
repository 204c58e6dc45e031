"""Queries over kontrakty socjalne and the plans' actions and reviews; only
services/contracts.py calls them, after its permission checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import SocialContractRow
# The plan's actions and reviews, shared with the programmes (storage/plan_queries.py).
from ops_desktop.storage.plan_queries import actions, persons, remove_actions, reviews

__all__ = ["actions", "annexes", "broken", "contract", "contracts_of_case", "persons",
           "remove_actions", "reviews", "signed_contracts"]

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
