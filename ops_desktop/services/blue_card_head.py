"""Form A recorded by the head (coordinator) from persons of the register, not from a case:
which social-work case the procedure then runs on.

A police form A often reaches the head first. The procedure goes on the open social-work
case of one of the victims (the first named that has one), so it shows in the team's lists
and in the carrying worker's "Moje sprawy" with its deadlines; when no victim has one, a
new social-work case is opened for the first victim, carried by the social worker the head
names (a new case is in the audit log like any other).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.assignment import NOT_TEAM_WORKER, team_workers
from ops_desktop.services.office import OfficeService
from ops_desktop.services.referrals import new_case
from ops_desktop.storage import blue_card_queries as card_q
from ops_desktop.storage import queries
from ops_desktop.storage.database import Session
from ops_desktop.storage.models import CaseRow, office_today

TEAM = Team.SOCIAL_WORK.value


@dataclass(frozen=True)
class HeadFormAInput:
    """Form A as the head records it: the persons come from the register; `worker_id` is the
    social worker who carries a case opened for it."""

    worker_id: uuid.UUID | None
    filled_on: dt.date
    filled_by: str
    victims: tuple[uuid.UUID, ...]
    using_violence: tuple[uuid.UUID, ...]
    note: str = ""


def head_case(s: Session, office: OfficeService, victims: tuple[uuid.UUID, ...],
              worker_id: object) -> tuple[CaseRow, bool]:
    """(the case the procedure runs on, whether it was opened now)."""
    for person_id in victims:
        case = queries.open_case(s, person_id, TEAM)
        if case is not None and case.deleted_at is None:
            return case, False
    if worker_id is None:
        raise ValidationError([FieldError("worker_id", "required")])
    if worker_id not in {w.id for w in team_workers(s, TEAM)}:
        raise ValidationError([FieldError("worker_id", NOT_TEAM_WORKER)])
    if not card_q.live_persons(s, {victims[0]}):
        raise ValidationError([FieldError("victims", "not_found")])
    assert isinstance(worker_id, uuid.UUID)
    return new_case(s, office, victims[0], TEAM, office_today(), worker_id), True
