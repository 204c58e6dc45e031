"""Queries over the social-work log; only services/social_work_log.py, services/caseload.py and
services/statistics.py call them, after their permission checks."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Select, and_, case, distinct, func, select
from sqlalchemy.orm import Session, aliased

from ops_desktop.storage.counted_persons import CountedPerson, living_in
from ops_desktop.storage.models import CaseRow, PersonRow, SocialWorkLogRow

# One entry as the screen lists it: the row, its case's sign, the person's name.
EntryRecord = tuple[SocialWorkLogRow, str, str]


@dataclass(frozen=True)
class SocialWorkBehind:
    """One case counted in the row: its sign and how much social work it had in the period."""

    case_sign: str
    entries: int
    minutes: int
    first_on: dt.date
    last_on: dt.date


def _listed() -> Select:
    return (
        select(SocialWorkLogRow, CaseRow.sign,
               (PersonRow.last_name + " " + PersonRow.first_name).label("name"))
        .join(CaseRow, CaseRow.id == SocialWorkLogRow.case_id)
        .join(PersonRow, PersonRow.id == SocialWorkLogRow.person_id)
        .where(SocialWorkLogRow.deleted_at.is_(None))
    )


def _of_author(stmt: Select, author_id: uuid.UUID, start: dt.date | None,
               end: dt.date | None) -> Select:
    stmt = stmt.where(SocialWorkLogRow.author_id == author_id)
    if start is not None:
        stmt = stmt.where(SocialWorkLogRow.worked_on >= start)
    if end is not None:
        stmt = stmt.where(SocialWorkLogRow.worked_on <= end)
    return stmt


def entries_of_author(session: Session, author_id: uuid.UUID, start: dt.date | None,
                      end: dt.date | None, limit: int, offset: int) -> list[EntryRecord]:
    """The author's entries, newest work first (then the newest written), a stable order."""
    stmt = _of_author(_listed(), author_id, start, end).order_by(
        SocialWorkLogRow.worked_on.desc(), SocialWorkLogRow.created_at.desc(),
        SocialWorkLogRow.id.desc()).limit(limit).offset(offset)
    return [(row, sign, name) for row, sign, name in session.execute(stmt)]


def count_of_author(session: Session, author_id: uuid.UUID, start: dt.date | None,
                    end: dt.date | None) -> int:
    stmt = _of_author(select(func.count(SocialWorkLogRow.id)).where(
        SocialWorkLogRow.deleted_at.is_(None)), author_id, start, end)
    return int(session.scalar(stmt) or 0)


def entry(session: Session, entry_id: uuid.UUID) -> EntryRecord | None:
    found = session.execute(_listed().where(SocialWorkLogRow.id == entry_id)).first()
    return None if found is None else (found[0], found[1], found[2])


def _in_period(start: dt.date, end: dt.date) -> list:
    return [SocialWorkLogRow.deleted_at.is_(None), SocialWorkLogRow.worked_on >= start,
            SocialWorkLogRow.worked_on <= end]


def minutes_by_author(session: Session, start: dt.date, end: dt.date) -> dict[uuid.UUID, int]:
    stmt = (select(SocialWorkLogRow.author_id, func.sum(SocialWorkLogRow.minutes))
            .where(*_in_period(start, end)).group_by(SocialWorkLogRow.author_id))
    return {author: int(total or 0) for author, total in session.execute(stmt)}


def social_work_count(session: Session, start: dt.date,
                      end: dt.date) -> tuple[int, int, int, int, int]:
    """The MRPiPS-03 "praca socjalna" row of a period as (persons, families, persons in those
    families, entries, minutes): each person and family once however many entries.

    A family is the person's household as recorded now (a person with no household is a
    family of one), as in the decisions' rows; the persons in it are its members now. An
    entry naming a record merged into another counts the record it was merged into
    (storage/counted_persons.py), so one person is counted once.
    """
    person = CountedPerson()
    worked = (select(person.id.label("person_id"), person.family.label("family"),
                     SocialWorkLogRow.minutes)
              .select_from(person.joined(SocialWorkLogRow, SocialWorkLogRow.person_id))
              .where(*_in_period(start, end)).subquery())
    totals = session.execute(select(
        func.count(distinct(worked.c.person_id)), func.count(distinct(worked.c.family)),
        func.count(), func.coalesce(func.sum(worked.c.minutes), 0))).one()
    families = select(worked.c.family).distinct().subquery()
    member = aliased(PersonRow)
    size = (select(func.count(member.id)).where(*living_in(member, families.c.family))
            .scalar_subquery())
    members = session.scalar(select(func.coalesce(func.sum(
        case((size > 0, size), else_=1)), 0)).select_from(families))
    return (int(totals[0]), int(totals[1]), int(members or 0), int(totals[2]),
            int(totals[3]))


def social_work_behind(session: Session, start: dt.date, end: dt.date) -> list[SocialWorkBehind]:
    """The cases whose entries the row counts, in the order of the case register."""
    stmt = (select(CaseRow.sign, func.count(SocialWorkLogRow.id),
                   func.sum(SocialWorkLogRow.minutes), func.min(SocialWorkLogRow.worked_on),
                   func.max(SocialWorkLogRow.worked_on))
            .join(CaseRow, and_(CaseRow.id == SocialWorkLogRow.case_id))
            .where(*_in_period(start, end))
            .group_by(CaseRow.sign).order_by(CaseRow.sign))
    return [SocialWorkBehind(sign, int(n), int(m or 0), first, last)
            for sign, n, m, first, last in session.execute(stmt)]
