"""Who is acting: the signed-in user, and the permission checks every use case makes first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.permissions import Permission, permissions_of
from ops_desktop.domain.vocabulary import ROLE_TEAM, Role, Team
from ops_desktop.services.views import UserView


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    full_name: str
    position: str
    roles: frozenset[Role]

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


def require(actor: Actor, permission: Permission) -> None:
    """Refuse unless one of the actor's roles grants `permission` (domain/permissions.py)."""
    if not actor.may(permission):
        raise PermissionDenied(permission.value)


def require_team(actor: Actor, permission: Permission, team: str) -> None:
    """Refuse unless the actor holds `permission` and works in `team`."""
    require(actor, permission)
    if team not in {t.value for t in actor.teams()}:
        raise PermissionDenied(permission.value)
