"""SQL for accounts: users by login, every account (also inactive) for the administrator,
and the grants of roles that wait for a second person."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import PendingGrantRow, UserRow


def user_by_login(session: Session, login: str) -> UserRow | None:
    stmt = select(UserRow).where(func.lower(UserRow.login) == login.strip().lower())
    return session.scalars(stmt).first()


def all_users(session: Session) -> Sequence[UserRow]:
    return session.scalars(select(UserRow).order_by(UserRow.active.desc(), UserRow.full_name)).all()


def count_users(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(UserRow)) or 0)


def active_holders_of(session: Session, role: str) -> list[UserRow]:
    # Roles are a short comma-separated list per user; offices have tens of users, not more.
    return [u for u in session.scalars(select(UserRow).where(UserRow.active))
            if role in u.roles.split(",")]


def pending_grants(session: Session, user_id: UUID | None = None) -> Sequence[PendingGrantRow]:
    """Grants still waiting for a second person, oldest first; of one user if named."""
    stmt = select(PendingGrantRow).where(PendingGrantRow.outcome.is_(None),
                                         PendingGrantRow.deleted_at.is_(None))
    if user_id is not None:
        stmt = stmt.where(PendingGrantRow.user_id == user_id)
    return session.scalars(stmt.order_by(PendingGrantRow.requested_at)).all()
