"""What the DPS, shelter and meal decisions share: the services team's open case they are made
on, the party and signatory on paper, and the head's signature with a valid authorisation."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from ops_desktop.documents.data import PartyOnPaper, SignatoryOnPaper
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, NotFound, PermissionDenied
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services import mapping
from ops_desktop.services.context import Actor, require
from ops_desktop.storage import queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import CaseRow, PersonRow, UserRow, utcnow

TEAM = Team.SERVICES.value
DRAFT, SIGNED = "draft", "signed"
V = TypeVar("V")


def services_case(s: Session, case_id: uuid.UUID) -> CaseRow:
    """An open case of the services team: these decisions are its work."""
    case = queries.get(s, CaseRow, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("case", case_id)
    if case.team_code != TEAM:
        raise ConflictError("not_services_case", case.sign)
    if case.closed_on is not None:
        raise ConflictError("case_closed", case.sign)
    return case


def number(s: Session, register: str, prefix: str, on: dt.date) -> str:
    n = queries.next_number(s, register, on.year)
    return f"{prefix}/{n}{queries.number_mark(s)}/{on.year}"


def sign(s: Session, actor_id: uuid.UUID, row: Any) -> None:
    """The head (a holder of an authorisation valid on the decision's day and today) signs;
    the decision's terms are final from now on (the service refuses any change)."""
    if row.status != DRAFT:
        raise ConflictError("decision_signed")
    auth = queries.valid_authorisation(s, actor_id, row.decided_on)
    if auth is None or queries.valid_authorisation(s, actor_id, wall_today()) is None:
        raise PermissionDenied("sign_decision")
    user = queries.get(s, UserRow, actor_id)
    assert user is not None
    row.status, row.signed_at, row.signed_by = SIGNED, utcnow(), actor_id
    row.signatory_name, row.signatory_position = user.full_name, user.position
    row.authorisation_number = auth.order_number


def discard(row: Any) -> None:
    if row.status != DRAFT:
        raise ConflictError("decision_signed")
    row.deleted_at = utcnow()


def party(s: Session, person_id: uuid.UUID) -> PartyOnPaper:
    person = queries.get(s, PersonRow, person_id)
    assert person is not None
    return PartyOnPaper(mapping.full_name(person),
                        tuple(mapping.address_line(person).split(", ", 1)),
                        person.pesel, mapping.delivery_lines(person))


def person_name(s: Session, person_id: uuid.UUID) -> str:
    person = queries.get(s, PersonRow, person_id)
    return mapping.full_name(person) if person is not None else ""


def case_sign(s: Session, case_id: uuid.UUID) -> str:
    case = queries.get(s, CaseRow, case_id)
    return case.sign if case is not None else ""


def signatory(row: Any) -> SignatoryOnPaper | None:
    if row.status != SIGNED:
        return None
    return SignatoryOnPaper(row.signatory_name, row.signatory_position, row.authorisation_number)


class SignedDecisions(Generic[V]):
    """The head's signature, the team's discarding of a draft and the list, alike for the
    services team's decisions kept in their own tables (DPS, shelter, posiłek). A service
    names how it finds a row (`_decision`), shows it (`_view`) and lists them (`_rows`)."""

    db: Database

    def _decision(self, s: Session, decision_id: object) -> Any:
        raise NotImplementedError

    def _view(self, s: Session, row: Any) -> V:
        raise NotImplementedError

    def _rows(self, s: Session) -> Sequence[Any]:
        raise NotImplementedError

    def _before_signing(self, s: Session, row: Any) -> None:
        """What must hold before the head signs (none unless the service says)."""

    def sign(self, actor: Actor, decision_id: uuid.UUID) -> V:
        require(actor, Permission.SIGN_DECISION)
        require(actor, Permission.READ_PLACEMENTS)
        with self.db.session(actor.user_id, meanwhile="decision_signed_meanwhile") as s:
            row = self._decision(s, decision_id)
            self._before_signing(s, row)
            sign(s, actor.user_id, row)
            s.flush()
            return self._view(s, row)

    def discard(self, actor: Actor, decision_id: uuid.UUID) -> None:
        require(actor, Permission.WRITE_PLACEMENTS)
        with self.db.session(actor.user_id) as s:
            discard(self._decision(s, decision_id))

    def decisions(self, actor: Actor) -> list[V]:
        require(actor, Permission.READ_PLACEMENTS)
        with self.db.session(actor.user_id) as s:
            return [self._view(s, r) for r in self._rows(s)]
