"""Assignment: the head moves work between the workers of a team – an open case, a referral
waiting in the team's inbox, an interview not yet completed.

Each piece of work names its worker in one column (cases.worker_id, referrals.assigned_to,
interviews.worker_id); a move changes that column, so the audit log keeps the old and the
new worker like any change of a field, and the exchange carries it to the office's other
PCs like any other change. Only a worker holding the team's role and still active takes
work; the head alone moves it (Permission.OVERSEE_TEAMS). The worker then finds it in their
own list: the case in "Moje sprawy", the referral marked as theirs in the team's inbox,
the interview under their name.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import require_id
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import ReferralStatus, Team
from ops_desktop.services.context import Actor, require
from ops_desktop.storage import account_queries, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import CaseRow, InterviewRow, ReferralRow, UserRow

NOT_TEAM_WORKER = "not_team_worker"
SAME_WORKER = "same_worker"
DRAFT = "draft"  # an interview moves only while it is not completed


class Work(StrEnum):
    """What the head can move: the dashboard's lists say which kind a row is."""

    CASE = "case"
    REFERRAL = "referral"
    INTERVIEW = "interview"


@dataclass(frozen=True)
class Worker:
    id: uuid.UUID
    full_name: str


def team_workers(s: Session, team: str) -> list[Worker]:
    """The active holders of the team's role (team codes are role codes), by name."""
    return sorted((Worker(u.id, u.full_name) for u in account_queries.active_holders_of(s, team)),
                  key=lambda w: w.full_name)


def hand_to(s: Session, row: CaseRow | ReferralRow | InterviewRow, column: str, team: str,
            worker_id: object, not_worker: str = NOT_TEAM_WORKER) -> None:
    """Set `row.column` to a worker of `team`: someone active who holds the team's role, and
    not the one who has it already (`not_worker` names the refusal a screen words)."""
    require_id("worker_id", worker_id)
    worker = queries.get(s, UserRow, worker_id)
    if worker is None or not worker.active or team not in worker.roles.split(","):
        raise ValidationError([FieldError("worker_id", not_worker)])
    if getattr(row, column) == worker_id:
        raise ValidationError([FieldError("worker_id", SAME_WORKER)])
    setattr(row, column, worker_id)
    if isinstance(row, InterviewRow):  # the questionnaire prints the conducting worker
        row.worker_name = worker.full_name
    s.flush()


class AssignmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def workers(self, actor: Actor, team: Team) -> list[Worker]:
        """Who work of the team can be given to."""
        require(actor, Permission.OVERSEE_TEAMS)
        if not isinstance(team, Team):
            raise ValidationError([FieldError("team", "invalid")])
        with self.db.session(actor.user_id) as s:
            return team_workers(s, team.value)

    def assign(self, actor: Actor, work: Work, ref_id: uuid.UUID, worker_id: uuid.UUID) -> None:
        """Give one piece of work to a worker of its team."""
        require(actor, Permission.OVERSEE_TEAMS)
        if not isinstance(work, Work):
            raise ValidationError([FieldError("work", "invalid")])
        require_id("ref_id", ref_id)
        require_id("worker_id", worker_id)
        with self.db.session(actor.user_id) as s:
            if work is Work.CASE:
                case = queries.get(s, CaseRow, ref_id)
                if case is None or case.deleted_at is not None:
                    raise NotFound("case", ref_id)
                if case.closed_on is not None:
                    raise ConflictError("case_closed", case.sign)
                hand_to(s, case, "worker_id", case.team_code, worker_id)
            elif work is Work.REFERRAL:
                referral = queries.get(s, ReferralRow, ref_id)
                if referral is None or referral.deleted_at is not None:
                    raise NotFound("referral", ref_id)
                if referral.status != ReferralStatus.PENDING.value:
                    raise ConflictError("referral_already_handled", referral.status)
                hand_to(s, referral, "assigned_to", referral.to_team, worker_id)
            else:
                interview = queries.get(s, InterviewRow, ref_id)
                case = queries.get(s, CaseRow, interview.case_id) if interview else None
                if interview is None or interview.deleted_at is not None or case is None:
                    raise NotFound("interview", ref_id)
                if interview.status != DRAFT:
                    raise ConflictError("interview_completed")
                hand_to(s, interview, "worker_id", case.team_code, worker_id)
