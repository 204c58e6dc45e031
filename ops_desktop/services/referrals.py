"""Team inboxes: a referral is accepted (opening or reusing the team's case), returned to the
desk with a reason, or forwarded with a reason to the team it is meant for."""

from __future__ import annotations

import datetime as dt
import uuid

from ops_desktop.domain.errors import (
    ConflictError,
    FieldError,
    NotFound,
    ValidationError,
)
from ops_desktop.domain.fields import choice_errors, require_id, require_page, text_errors
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import ReferralStatus, Team
from ops_desktop.services import mapping, need_to_know
from ops_desktop.services.context import Actor, require_team
from ops_desktop.services.office import OfficeService
from ops_desktop.services.views import CaseView, ReferralView
from ops_desktop.storage import queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    CaseRow,
    ReferralForwardRow,
    ReferralRow,
    office_today,
    utcnow,
)

OPEN = (ReferralStatus.PENDING.value,)
# Two workers took the same referral at once: the one who comes second is told so.
HANDLED_MEANWHILE = "referral_handled_meanwhile"
MAX_REASON = 4000


def new_case(session: Session, office: OfficeService, person_id: uuid.UUID, team: str,
             on: dt.date, worker_id: uuid.UUID | None = None) -> CaseRow:
    """Open a case with the next sign in the team's register, e.g. OPS.8310.127.2026,
    carried by `worker_id` (services/caseload.py)."""
    settings = office.settings()
    klass = settings.class_for(team)
    mark = queries.number_mark(session)  # "-2" on the office's second PC, else nothing
    number = queries.next_number(session, f"case.{klass}{mark}", on.year)
    case = CaseRow(person_id=person_id, team_code=team, opened_on=on, worker_id=worker_id,
                   sign=f"{settings.sign_unit}{mark}.{klass}.{number}.{on.year}")
    queries.add(session, case)
    return case


def case_for(session: Session, office: OfficeService, person_id: uuid.UUID, team: str,
             on: dt.date, worker_id: uuid.UUID | None = None) -> CaseRow:
    """The person's open case in this team, or a new one carried by `worker_id`."""
    return queries.open_case(session, person_id, team) or new_case(
        session, office, person_id, team, on, worker_id
    )


class ReferralService:
    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db = db
        self.office = office

    def inbox(self, actor: Actor, team: str, limit: int = 200, offset: int = 0) -> list[ReferralView]:
        require_team(actor, Permission.READ_INBOX, team)
        require_page(limit, offset)
        with self.db.session(actor.user_id) as s:
            return [need_to_know.referral(actor, r)
                    for r in queries.inbox(s, team, OPEN, limit, offset)]

    def inbox_count(self, actor: Actor, team: str) -> int:
        require_team(actor, Permission.READ_INBOX, team)
        with self.db.session(actor.user_id) as s:
            return queries.count_inbox(s, team, OPEN)

    def _pending(self, s: Session, referral_id: uuid.UUID, actor: Actor) -> ReferralRow:
        row = queries.get(s, ReferralRow, require_id("referral_id", referral_id))
        if row is None:
            raise NotFound("referral", referral_id)
        require_team(actor, Permission.DECIDE_REFERRAL, row.to_team)
        if row.status != ReferralStatus.PENDING.value:
            raise ConflictError("referral_already_handled", row.status)
        return row

    def accept(self, actor: Actor, referral_id: uuid.UUID) -> CaseView:
        """Take the referral: the team now carries the case."""
        with self.db.session(actor.user_id, meanwhile=HANDLED_MEANWHILE) as s:
            row = self._pending(s, referral_id, actor)
            # A new case is carried by the worker the head gave the referral to
            # (services/assignment.py), else by who accepts it; an open one keeps its worker.
            case = case_for(s, self.office, row.person_id, row.to_team, office_today(),
                            row.assigned_to or actor.user_id)
            row.status = ReferralStatus.ACCEPTED.value
            row.decided_at = utcnow()
            row.decided_by = actor.user_id
            row.case_id = case.id
            return mapping.case_view(case)

    def return_(self, actor: Actor, referral_id: uuid.UUID, reason: str) -> None:
        """Send the referral back to the team that sent it; the reason is required."""
        errors = text_errors("return_reason", reason, MAX_REASON, required=True, multiline=True)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id, meanwhile=HANDLED_MEANWHILE) as s:
            row = self._pending(s, referral_id, actor)
            row.status = ReferralStatus.RETURNED.value
            row.decided_at = utcnow()
            row.decided_by = actor.user_id
            row.return_reason = reason.strip()

    def forward(self, actor: Actor, referral_id: uuid.UUID, to_team: Team, reason: str) -> None:
        """Pass a referral meant for another team on to that team; the reason is required.

        The referral keeps its number (the person holds a slip with it) and its place in the
        queue; it leaves this inbox for the other team's, and each forwarding is kept, so the
        receiving team sees who sent it on and why, and the desk sees it in the history.
        Back to the desk goes by `return_`, which the desk answers.
        """
        errors = choice_errors("forward_to", to_team, Team)
        if not errors and to_team is Team.FIRST_CONTACT:
            errors.append(FieldError("forward_to", "forward_to_desk"))
        errors += text_errors("forward_reason", reason, MAX_REASON, required=True,
                              multiline=True)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id, meanwhile=HANDLED_MEANWHILE) as s:
            row = self._pending(s, referral_id, actor)
            if row.to_team == to_team.value:
                raise ValidationError([FieldError("forward_to", "forward_to_same_team")])
            s.add(ReferralForwardRow(referral_id=row.id, from_team=row.to_team,
                                     to_team=to_team.value, reason=reason.strip(),
                                     forwarded_by=actor.user_id))
            row.to_team = to_team.value
            row.assigned_to = None  # a worker of the team it left is no one's to give it to

    def returned_to(self, actor: Actor, team: str, days: int = 30,
                    limit: int = 200) -> list[ReferralView]:
        """Referrals the team sent that came back lately, newest first, so none is lost."""
        require_team(actor, Permission.READ_RETURNED, team)
        require_page(limit)
        since = utcnow() - dt.timedelta(days=days)
        with self.db.session(actor.user_id) as s:
            rows = queries.returned_referrals(s, team, since, limit)
            return [need_to_know.referral(actor, r) for r in rows]

    def cases(self, actor: Actor, team: str, limit: int = 200,
              after: CaseView | None = None, open_only: bool = False) -> list[CaseView]:
        """The team's cases (only the open ones, or all), newest first; `after` is the last
        case shown (the next page)."""
        require_team(actor, Permission.READ_CASES, team)
        require_page(limit)
        key = None if after is None else (after.opened_on, after.id)
        with self.db.session(actor.user_id) as s:
            rows = queries.team_cases(s, team, limit, key, open_only)
            return [mapping.case_view(c) for c in rows]

    def cases_count(self, actor: Actor, team: str, open_only: bool = False) -> int:
        require_team(actor, Permission.READ_CASES, team)
        with self.db.session(actor.user_id) as s:
            return queries.count_team_cases(s, team, open_only)
