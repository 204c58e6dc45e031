"""Queries for the Niebieska Karta procedures. Only services/blue_card.py calls these, after
its permission checks: nothing here is filtered by role."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import (
    BlueCardPartyRow,
    BlueCardRow,
    BlueCardStepRow,
    CaseRow,
    PersonRow,
    UserRow,
)


@dataclass(frozen=True)
class CardRecord:
    row: BlueCardRow
    case_sign: str
    person_name: str  # the case's person
    parties: list[tuple[BlueCardPartyRow, str]]  # each party and their name
    steps: list[tuple[BlueCardStepRow, str]]  # each step and who recorded it


def _name(last: str, first: str) -> str:
    return f"{last} {first}"


def _records(session: Session, rows: list[BlueCardRow]) -> list[CardRecord]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    cases = {c.id: c for c in session.scalars(
        select(CaseRow).where(CaseRow.id.in_({r.case_id for r in rows})))}
    persons = {p.id: p for p in session.scalars(select(PersonRow).where(
        PersonRow.id.in_({c.person_id for c in cases.values()})))}
    parties: dict[uuid.UUID, list[tuple[BlueCardPartyRow, str]]] = {i: [] for i in ids}
    for party, last, first in session.execute(
            select(BlueCardPartyRow, PersonRow.last_name, PersonRow.first_name)
            .join(PersonRow, PersonRow.id == BlueCardPartyRow.person_id)
            .where(BlueCardPartyRow.blue_card_id.in_(ids), BlueCardPartyRow.deleted_at.is_(None))
            .order_by(BlueCardPartyRow.role.desc(), PersonRow.last_name, PersonRow.first_name)):
        parties[party.blue_card_id].append((party, _name(last, first)))
    steps: dict[uuid.UUID, list[tuple[BlueCardStepRow, str]]] = {i: [] for i in ids}
    for step, who in session.execute(
            select(BlueCardStepRow, UserRow.full_name)
            .join(UserRow, UserRow.id == BlueCardStepRow.recorded_by)
            .where(BlueCardStepRow.blue_card_id.in_(ids), BlueCardStepRow.deleted_at.is_(None))
            .order_by(BlueCardStepRow.done_on, BlueCardStepRow.created_at)):
        steps[step.blue_card_id].append((step, who))
    out = []
    for row in rows:
        case = cases[row.case_id]
        person = persons[case.person_id]
        out.append(CardRecord(row, case.sign, _name(person.last_name, person.first_name),
                              parties[row.id], steps[row.id]))
    return out


def cards(session: Session, open_only: bool) -> list[CardRecord]:
    """Every procedure (or the open ones), the oldest form A first. Few in a gmina: read whole."""
    stmt = select(BlueCardRow).where(BlueCardRow.deleted_at.is_(None))
    if open_only:
        stmt = stmt.where(BlueCardRow.closed_on.is_(None))
    return _records(session, list(session.scalars(
        stmt.order_by(BlueCardRow.form_a_on, BlueCardRow.created_at))))


def card(session: Session, card_id: uuid.UUID) -> CardRecord | None:
    row = session.get(BlueCardRow, card_id)
    if row is None or row.deleted_at is not None:
        return None
    return _records(session, [row])[0]


def live_persons(session: Session, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """Which of `ids` are persons on record (not removed)."""
    if not ids:
        return set()
    return set(session.scalars(select(PersonRow.id).where(
        PersonRow.id.in_(ids), PersonRow.deleted_at.is_(None))))


def names(session: Session, ids: list[uuid.UUID]) -> list[tuple[uuid.UUID, str]]:
    """The persons' ids and names, by surname; two of one name (a mother and a daughter
    both Lena) are told apart by the year of birth."""
    if not ids:
        return []
    stmt = (select(PersonRow.id, PersonRow.last_name, PersonRow.first_name, PersonRow.birth_date)
            .where(PersonRow.id.in_(ids), PersonRow.deleted_at.is_(None))
            .order_by(PersonRow.last_name, PersonRow.first_name, PersonRow.birth_date))
    rows = list(session.execute(stmt))
    counted = Counter(_name(last, first) for _i, last, first, _born in rows)
    return [(i, _name(last, first) + (f" (ur. {born.year})" if counted[_name(last, first)] > 1
                                       and born is not None else ""))
            for i, last, first, born in rows]
