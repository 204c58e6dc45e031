"""Who is acting: the signed-in user and the roles the services check before any work."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.vocabulary import ROLE_TEAM, Role, Team
from ops_desktop.services.views import UserView


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    full_name: str
    position: str
    roles: frozenset[Role]

    def has(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles)) or Role.COORDINATOR in self.roles

    @classmethod
    def of(cls, user: UserView) -> Actor:
        return cls(user.id, user.full_name, user.position, user.roles)

    def teams(self) -> set[Team]:
        if Role.COORDINATOR in self.roles:
            return set(Team)
        return {ROLE_TEAM[r] for r in self.roles if r in ROLE_TEAM}


def require(actor: Actor, action: str, *roles: Role) -> None:
    """Refuse unless the actor holds one of `roles` (the coordinator supervises every team)."""
    if not actor.has(*roles):
        raise PermissionDenied(action)


def require_team(actor: Actor, action: str, team: str) -> None:
    if team not in {t.value for t in actor.teams()}:
        raise PermissionDenied(action)
