"""Four eyes on privilege: a role that reads case content, or the administrator's, is given
only when a second person confirms it.

Without this an administrator could create a second administrator whose temporary password
it knows, sign in as that account and give itself the head's role, then read Niebieska Karta
notes. Now the administrator's grant of such a role is a request (pending_grants) that gives
no access; the head or another administrator confirms or rejects it. Neither whoever asked
nor whoever would receive the role may confirm it. Taking a role away needs nobody else.

The office's initial set-up (AccountService.set_up_office: the wizard's first accounts) and
accounts stored by the program itself (OfficeService.add_user: the demo office, tests) are
the exceptions; neither is reachable from a running office's window.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.errors import ConflictError, NotFound, SecondPersonRequired
from ops_desktop.domain.permissions import NEEDS_SECOND_PERSON, Permission
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services import mapping
from ops_desktop.services.context import Actor, require
from ops_desktop.storage import account_queries, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import PendingGrantRow, UserRow, utcnow

CONFIRMED = "confirmed"
REJECTED = "rejected"


@dataclass(frozen=True)
class PendingGrant:
    id: uuid.UUID
    user_id: uuid.UUID
    login: str
    full_name: str
    roles: frozenset[Role]
    requested_by: str  # the full name of whoever asked
    requested_at: dt.datetime


def split(wanted: frozenset[Role], held: frozenset[Role]) -> tuple[frozenset[Role], frozenset[Role]]:
    """(the roles given at once, the roles that wait for a second person): keeping or taking
    away a role is at once, and so is a role that reads no case content (the auditor)."""
    waiting = frozenset(r for r in wanted - held if r in NEEDS_SECOND_PERSON)
    return wanted - waiting, waiting


def request(s: Session, user_id: uuid.UUID, roles: frozenset[Role],
            requested_by: uuid.UUID) -> None:
    """Record a request for `roles` (less any already waiting for this user), if any remain."""
    waiting: set[Role] = set()
    for row in account_queries.pending_grants(s, user_id):
        waiting |= mapping.roles_of(row.roles)
    remaining = roles - waiting
    if remaining:
        s.add(PendingGrantRow(user_id=user_id, roles=mapping.roles_text(remaining),
                              requested_by=requested_by))


class GrantService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def pending(self, actor: Actor) -> list[PendingGrant]:
        """What waits for a second person: shown to the administrators and the head."""
        require(actor, Permission.CONFIRM_GRANTS)
        with self.db.session(actor.user_id) as s:
            names = {u.id: u for u in account_queries.all_users(s)}
            return [PendingGrant(g.id, g.user_id, names[g.user_id].login,
                                 names[g.user_id].full_name, mapping.roles_of(g.roles),
                                 names[g.requested_by].full_name if g.requested_by in names else "",
                                 g.requested_at)
                    for g in account_queries.pending_grants(s)]

    def pending_count(self, actor: Actor) -> int:
        return len(self.pending(actor))

    def confirm(self, actor: Actor, grant_id: uuid.UUID) -> None:
        """The second person's yes: the user gets the roles (at their next action)."""
        require(actor, Permission.CONFIRM_GRANTS)
        with self.db.session(actor.user_id, meanwhile="grant_decided") as s:
            grant = self._decidable(s, actor, grant_id)
            user = queries.get(s, UserRow, grant.user_id)
            if user is None:
                raise NotFound("user", grant.user_id)
            user.roles = mapping.roles_text(mapping.roles_of(user.roles)
                                            | mapping.roles_of(grant.roles))
            self._decide(grant, actor, CONFIRMED)

    def reject(self, actor: Actor, grant_id: uuid.UUID) -> None:
        """The second person's no. The asker cannot reject either: a request, once made, is
        decided by someone else, so its outcome is never the asker's alone."""
        require(actor, Permission.CONFIRM_GRANTS)
        with self.db.session(actor.user_id, meanwhile="grant_decided") as s:
            self._decide(self._decidable(s, actor, grant_id), actor, REJECTED)

    @staticmethod
    def _decidable(s: Session, actor: Actor, grant_id: uuid.UUID) -> PendingGrantRow:
        grant = queries.get(s, PendingGrantRow, grant_id)
        if grant is None or grant.deleted_at is not None:
            raise NotFound("pending_grant", grant_id)
        if grant.outcome is not None:
            raise ConflictError("grant_decided")
        if grant.requested_by == actor.user_id:
            raise SecondPersonRequired("own_grant_request")
        if grant.user_id == actor.user_id:
            raise SecondPersonRequired("grant_for_self")
        return grant

    @staticmethod
    def _decide(grant: PendingGrantRow, actor: Actor, outcome: str) -> None:
        grant.outcome = outcome
        grant.decided_by = actor.user_id
        grant.decided_at = utcnow()
