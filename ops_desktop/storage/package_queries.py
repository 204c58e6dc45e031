"""Queries over service packages; only services/packages.py and services/intake.py call them,
after their permission checks."""

from __future__ import annotations

import uuid

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.orm import Session, selectinload

from ops_desktop.storage.models import (
    PackageAssignmentRow,
    PackagePartRow,
    PersonRow,
    ServicePackageRow,
)

DONE = "done"  # domain/packages.PartState.DONE; the store knows only the code


def catalogue(session: Session) -> list[ServicePackageRow]:
    return list(session.scalars(select(ServicePackageRow).where(
        ServicePackageRow.deleted_at.is_(None))))


def package(session: Session, group: str) -> ServicePackageRow | None:
    return session.scalar(select(ServicePackageRow).where(ServicePackageRow.group_code == group))


def given_for_intake(session: Session, intake_id: uuid.UUID, group: str) -> bool:
    return session.scalar(select(exists().where(
        PackageAssignmentRow.intake_id == intake_id, PackageAssignmentRow.group_code == group,
        PackageAssignmentRow.deleted_at.is_(None)))) or False


def of_person(session: Session, person_id: uuid.UUID) -> list[PackageAssignmentRow]:
    """The person's packages, newest first, with their parts and the parts' referrals."""
    stmt = (select(PackageAssignmentRow)
            .where(PackageAssignmentRow.person_id == person_id,
                   PackageAssignmentRow.deleted_at.is_(None))
            .options(selectinload(PackageAssignmentRow.parts).selectinload(PackagePartRow.referral))
            .order_by(PackageAssignmentRow.created_at.desc(), PackageAssignmentRow.id.desc()))
    return list(session.scalars(stmt))


def part(session: Session, part_id: uuid.UUID) -> PackagePartRow | None:
    return session.scalar(select(PackagePartRow).where(PackagePartRow.id == part_id,
                                                       PackagePartRow.deleted_at.is_(None)))


def _open_part():  # type: ignore[no-untyped-def]
    """A live part of the assignment not yet recorded done."""
    return exists().where(PackagePartRow.assignment_id == PackageAssignmentRow.id,
                          PackagePartRow.deleted_at.is_(None), PackagePartRow.state != DONE)


def use_by_group(session: Session) -> list[tuple[str, int, int]]:
    """(group, packages given, of them with every part done) for each group in use."""
    stmt = (select(PackageAssignmentRow.group_code, func.count(),
                   func.sum(case((_open_part(), 0), else_=1)))
            .where(PackageAssignmentRow.deleted_at.is_(None))
            .group_by(PackageAssignmentRow.group_code))
    return [(g, int(n), int(done or 0)) for g, n, done in session.execute(stmt)]


def in_group(session: Session, group: str, limit: int, offset: int
             ) -> list[tuple[PackageAssignmentRow, str]]:
    """The packages given for a group, newest first, each with the person's name."""
    stmt = (select(PackageAssignmentRow,
                   (PersonRow.last_name + " " + PersonRow.first_name).label("name"))
            .join(PersonRow, PersonRow.id == PackageAssignmentRow.person_id)
            .where(PackageAssignmentRow.group_code == group,
                   PackageAssignmentRow.deleted_at.is_(None))
            .options(selectinload(PackageAssignmentRow.parts).selectinload(PackagePartRow.referral))
            .order_by(PackageAssignmentRow.created_at.desc(), PackageAssignmentRow.id.desc())
            .limit(limit).offset(offset))
    return [(row, name) for row, name in session.execute(stmt)]


def referral_group(session: Session, referral_id: uuid.UUID) -> str | None:
    """The target group of the package a referral carries, or None for an ordinary one."""
    return session.scalar(
        select(PackageAssignmentRow.group_code)
        .join(PackagePartRow, and_(PackagePartRow.assignment_id == PackageAssignmentRow.id,
                                   PackagePartRow.referral_id == referral_id))
        .limit(1))

