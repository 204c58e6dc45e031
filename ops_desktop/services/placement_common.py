"""What the DPS, shelter and meal decisions share: the preparing team's open case they are made
on (the services team's, unless the head hands the kind to benefits: services/preparing_teams.py),
the party and signatory on paper, and the head's signature with a valid authorisation."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from ops_desktop.documents.data import PartyOnPaper, SignatoryOnPaper
from ops_desktop.domain.clock import office_time, utc_of_office, wall_today
from ops_desktop.domain.errors import ConflictError, FieldError, PermissionDenied, ValidationError
from ops_desktop.domain.fields import INVALID, is_date, require_id, require_page
from ops_desktop.domain.interviews import InterviewStatus
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import mapping
from ops_desktop.services import preparing_teams as teams
from ops_desktop.services.context import Actor, require
from ops_desktop.storage import placement_queries as pq
from ops_desktop.storage import queries
from ops_desktop.storage import signed_act_queries as sq
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import CaseRow, PersonRow, UserRow, utcnow

DRAFT, SIGNED = "draft", "signed"
V = TypeVar("V")


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


def signed_on(row: Any) -> dt.date | None:
    """The office's (local) day the head signed: the day the decision was issued."""
    if row.status != SIGNED or row.signed_at is None:
        return None
    return office_time(row.signed_at).date()


def signatory(row: Any) -> SignatoryOnPaper | None:
    if row.status != SIGNED:
        return None
    return SignatoryOnPaper(row.signatory_name, row.signatory_position, row.authorisation_number)


class SignedKey(Protocol):
    """The last signed decision a list shows, which the next page is read after: any row
    of the list that says when it was signed and its id (a service's view, or the head's
    list row built from one)."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def signed_at(self) -> dt.datetime | None: ...


def _keyset(after: SignedKey | None) -> tuple[dt.datetime, uuid.UUID] | None:
    if after is None:
        return None
    at, key = getattr(after, "signed_at", None), getattr(after, "id", None)
    if not isinstance(at, dt.datetime) or not isinstance(key, uuid.UUID):
        # A draft (never signed) or anything else is no place in the signed list.
        raise ValidationError([FieldError("after", INVALID)])
    return at, key


def office_day_utc(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The office's (local) day as the store's naive UTC times: from its midnight up to the
    next one (23 or 25 hours on the days the clocks change)."""
    start = dt.datetime.combine(day, dt.time())
    return utc_of_office(start), utc_of_office(start + dt.timedelta(days=1))


@dataclass(frozen=True)
class InterviewChoice:
    id: uuid.UUID
    conducted_on: dt.date | None
    completed: bool


class SignedDecisions(Generic[V]):
    """The head's signature, the team's discarding of a draft and the list, alike for the
    services team's decisions kept in their own tables (DPS, shelter, posiłek). A service
    names its table (`ROW`), how it finds a row (`_decision`), shows it (`_view`) and lists
    them (`_rows`)."""

    db: Database
    KIND: teams.ActKind
    ROW: Any  # the table's row class, with the signing columns (models_placements._Signed)

    def preparing_team(self) -> str:
        """The team that prepares this kind of decision (the head's setting)."""
        return teams.preparing_team(self.db, self.KIND)

    def set_preparing_team(self, actor: Actor, team: str) -> None:
        """The head hands this kind to the benefits team, or back (audited setting)."""
        teams.set_preparing_team(self.db, actor, self.KIND, team)

    def _preparer(self, actor: Actor) -> str:
        """The team preparing this kind, when the actor may and works in it."""
        return teams.require_preparer(self.db, actor, self.KIND)

    def _reader(self, actor: Actor) -> None:
        teams.require_reader(self.db, actor, self.KIND)

    def _case(self, s: Session, case_id: object) -> CaseRow:
        """An open case of the team that prepares this kind now."""
        team = teams.team_in(queries.settings(s), self.KIND)
        return teams.preparing_case(s, require_id("case_id", case_id), team)

    def interviews(self, actor: Actor, case_id: uuid.UUID) -> list[InterviewChoice]:
        """The interviews of the case's household, drafts too, newest first: the screen lists
        them all, and a draft chosen is refused with the reason (only a completed one with its
        date grounds a shelter or meal decision). Whoever prepares the kind reads them."""
        self._reader(actor)
        with self.db.session(actor.user_id) as s:
            case = self._case(s, case_id)
            rows = pq.interviews_of(s, queries.household_member_ids(s, case.person_id))
            return [InterviewChoice(r.id, r.conducted_on,
                                    r.status == InterviewStatus.COMPLETED.value) for r in rows]

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
        """A draft is dropped by the team whose case it is on: the one preparing the kind
        now, and also the other for a draft it left when the head moved the kind."""
        require(actor, teams.PREPARING[self.KIND])
        with self.db.session(actor.user_id) as s:
            row = self._decision(s, decision_id)
            case = queries.get(s, CaseRow, row.case_id)
            team = self.preparing_team() if case is None else case.team_code
            if team not in {t.value for t in actor.teams()}:
                raise teams.PreparedByOtherTeam(team, self.KIND)
            discard(row)

    def decisions(self, actor: Actor) -> list[V]:
        self._reader(actor)
        with self.db.session(actor.user_id) as s:
            return [self._view(s, r) for r in self._rows(s)]

    # --- the head's signing list and list of signed decisions ---------------------------------

    def drafts(self, actor: Actor) -> list[V]:
        """The drafts waiting for the head's signature (few), the latest decided first; the
        signed ones are not read with them."""
        self._reader(actor)
        with self.db.session(actor.user_id) as s:
            return [self._view(s, r) for r in sq.drafts(s, self.ROW)]

    def signed_page(self, actor: Actor, limit: int, after: SignedKey | None = None) -> list[V]:
        """Up to `limit` signed decisions, the latest signed first (so the latest issued);
        `after` is the last one shown (the next page)."""
        self._reader(actor)
        require_page(limit)
        key = _keyset(after)
        with self.db.session(actor.user_id) as s:
            return [self._view(s, r) for r in sq.signed_page(s, self.ROW, limit, key)]

    def signed_count(self, actor: Actor) -> int:
        self._reader(actor)
        with self.db.session(actor.user_id) as s:
            return sq.count_signed(s, self.ROW)

    def issued_on_day(self, actor: Actor, day: dt.date) -> list[V]:
        """Those signed (issued) on the office's `day`, the latest signed first: the day's
        print reads these, not every signed decision."""
        self._reader(actor)
        if not is_date(day):
            raise ValidationError([FieldError("issued_on", INVALID)])
        start, end = office_day_utc(day)
        with self.db.session(actor.user_id) as s:
            return [self._view(s, r) for r in sq.signed_between(s, self.ROW, start, end)]
