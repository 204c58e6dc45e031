"""Queries over social-work notes; only services/social_work.py calls them, after its checks."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import CaseRow, SocialWorkNoteRow, UserRow

# One note as the screen lists it: the row with its author's name and its case's sign.
NoteRecord = tuple[SocialWorkNoteRow, str, str]


def _with_author_and_case() -> Select:
    return (
        select(SocialWorkNoteRow, func.coalesce(UserRow.full_name, ""), CaseRow.sign)
        .outerjoin(UserRow, UserRow.id == SocialWorkNoteRow.author_id)
        .join(CaseRow, CaseRow.id == SocialWorkNoteRow.case_id)
        .where(SocialWorkNoteRow.deleted_at.is_(None))
    )


def _newest_first(stmt: Select) -> Select:
    # The day of the event first, then the moment it was written, then the id: a stable order
    # for paging even when several notes share a day.
    return stmt.order_by(SocialWorkNoteRow.noted_on.desc(), SocialWorkNoteRow.created_at.desc(),
                         SocialWorkNoteRow.id.desc())


def _records(session: Session, stmt: Select) -> list[NoteRecord]:
    return [(row, author, sign) for row, author, sign in session.execute(stmt)]


def notes_of_case(session: Session, case_id: uuid.UUID, limit: int,
                  offset: int = 0) -> list[NoteRecord]:
    stmt = _with_author_and_case().where(SocialWorkNoteRow.case_id == case_id)
    return _records(session, _newest_first(stmt).limit(limit).offset(offset))


def count_notes_of_case(session: Session, case_id: uuid.UUID) -> int:
    stmt = select(func.count(SocialWorkNoteRow.id)).where(
        SocialWorkNoteRow.case_id == case_id, SocialWorkNoteRow.deleted_at.is_(None))
    return int(session.scalar(stmt) or 0)


def notes_of_person(session: Session, person_id: uuid.UUID, limit: int,
                    offset: int = 0) -> list[NoteRecord]:
    stmt = _with_author_and_case().where(SocialWorkNoteRow.person_id == person_id)
    return _records(session, _newest_first(stmt).limit(limit).offset(offset))


def note(session: Session, note_id: uuid.UUID) -> NoteRecord | None:
    found = session.execute(_with_author_and_case().where(SocialWorkNoteRow.id == note_id)).first()
    return None if found is None else (found[0], found[1], found[2])



def count_notes_of_person(session: Session, person_id: uuid.UUID) -> int:
    stmt = select(func.count(SocialWorkNoteRow.id)).where(
        SocialWorkNoteRow.person_id == person_id, SocialWorkNoteRow.deleted_at.is_(None))
    return int(session.scalar(stmt) or 0)
