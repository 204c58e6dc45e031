"""Who is acting: the signed-in user, and the permission checks every use case makes first."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from ops_desktop.domain.errors import PasswordChangeRequired, PermissionDenied, RolesChanged
from ops_desktop.domain.permissions import Permission, permissions_of
from ops_desktop.domain.vocabulary import ROLE_TEAM, Role, Team
from ops_desktop.services.views import UserView


@dataclass(frozen=True)
class Standing:
    """The account as the store holds it now, read at each use case of a signed-in actor."""

    active: bool
    roles: frozenset[Role]
    must_change_password: bool


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    full_name: str
    position: str
    roles: frozenset[Role]
    # Set by AccountService for whoever signed in: reads the account afresh, so a role taken
    # away or given, or a temporary password, is caught at the next use case (`require`).
    # Actors made by the program itself (the demo, tools, tests) carry none.
    standing: Callable[[], Standing] | None = field(default=None, compare=False, repr=False)

    def may(self, permission: Permission) -> bool:
        return permission in permissions_of(self.roles)

    @classmethod
    def of(cls, user: UserView) -> Actor:
        return cls(user.id, user.full_name, user.position, user.roles)

    def teams(self) -> set[Team]:
        """The teams whose inboxes and cases the actor works in (the head: all of them)."""
        if Role.COORDINATOR in self.roles:
            return set(Team)
        return {ROLE_TEAM[r] for r in self.roles if r in ROLE_TEAM}


def check_standing(actor: Actor) -> None:
    """Refuse a signed-in actor whose account changed since sign-in: switched off, other
    roles (removed or added: the window was built for the old ones), or a temporary password
    not yet changed."""
    if actor.standing is None:
        return
    now = actor.standing()
    if not now.active:
        raise PermissionDenied("account_inactive")
    if now.must_change_password:
        raise PasswordChangeRequired()
    if now.roles != actor.roles:
        raise RolesChanged()


def require(actor: Actor, permission: Permission) -> None:
    """Refuse unless the actor's account still stands as signed in and one of its roles
    grants `permission` (domain/permissions.py)."""
    check_standing(actor)
    if not actor.may(permission):
        raise PermissionDenied(permission.value)


def require_any(actor: Actor, *permissions: Permission) -> None:
    """Refuse unless the account still stands and holds at least one of `permissions`."""
    check_standing(actor)
    if not any(actor.may(p) for p in permissions):
        raise PermissionDenied(permissions[0].value)


def require_team(actor: Actor, permission: Permission, team: str) -> None:
    """Refuse unless the actor holds `permission` and works in `team`."""
    require(actor, permission)
    if team not in {t.value for t in actor.teams()}:
        raise PermissionDenied(permission.value)
