"""Individual programmes and help plans: drawn up, signed, reviewed, ended and printed.

An individual programme (leaving homelessness and the others, domain/programmes.py) is the
social-work team's, on its own cases. A help plan follows a completed family interview and
starts from its part J; it is drawn up by the team that conducted the interview – social
work, or the services team for its own clients (DOMAIN.md §1: it "runs the family interview
and plans the support"). The head reads and prints both and writes neither. Like a kontrakt
socjalny a draft is edited freely and a signed one never changes – this service refuses and
the store's triggers refuse (storage/triggers.py); dated reviews record each action's status
and it ends once, with its reason. The goals, actions and reviews are the contract's model
and code (domain/plans.py, services/plan_records.py).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from ops_desktop.documents.social_work_data import PlanOnPaper, ProgrammeOnPaper
from ops_desktop.domain.contracts import EndReason, Party, ending_errors, signing_errors
from ops_desktop.domain.errors import (
    ConflictError,
    FieldError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ops_desktop.domain.fields import INVALID, require_id
from ops_desktop.domain.interviews import InterviewKind, InterviewStatus
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.plans import (
    Action,
    ActionStatus,
    Goal,
    Performer,
    Period,
    Review,
    actions_errors,
    goals_errors,
    period_errors,
)
from ops_desktop.domain.programmes import (
    HELP_PLAN,
    ProgrammeKind,
    ProgrammeStatus,
    diagnosis_errors,
    interview_plan,
    kind_errors,
    programme_kind,
    programme_kinds,
)
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services import caseload
from ops_desktop.services import plan_records as plans
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import audit, plan_acts, queries
from ops_desktop.storage import caseload_queries as load_q
from ops_desktop.storage import programme_queries as pq
from ops_desktop.storage.database import Database
from ops_desktop.storage.models import (
    CaseRow,
    InterviewRow,
    ProgrammeRow,
    office_today,
    utcnow,
)

ENTITY = "programmes"
# Who carries individual programmes, and who plans help after an interview (DOMAIN.md §1).
PROGRAMME_TEAMS = (Team.SOCIAL_WORK.value,)
HELP_PLAN_TEAMS = (Team.SOCIAL_WORK.value, Team.SERVICES.value)


@dataclass(frozen=True)
class ProgrammeInput:
    """What the worker writes into a draft programme or help plan."""

    kind: str  # a code of programme_kinds.json
    worker_phone: str
    diagnosis: str
    main_goal: str
    specific_goals: tuple[str, ...]
    actions: tuple[Action, ...]
    starts_on: dt.date
    ends_on: dt.date


@dataclass(frozen=True)
class ProgrammeView:
    id: uuid.UUID
    case_id: uuid.UUID
    case_sign: str
    person_id: uuid.UUID
    kind: ProgrammeKind
    interview_id: uuid.UUID | None
    status: ProgrammeStatus
    parties: tuple[Party, ...]
    worker_name: str
    worker_phone: str
    diagnosis: str
    main_goal: str
    specific_goals: tuple[Goal, ...]
    period: Period
    actions: tuple[Action, ...]
    reviews: tuple[Review, ...]
    signed_on: dt.date | None
    ended_on: dt.date | None
    end_reason: EndReason | None
    end_note: str

    @property
    def signed(self) -> bool:
        return self.status is ProgrammeStatus.SIGNED

    @property
    def help_plan(self) -> bool:
        return self.interview_id is not None


def _kind_of(row: ProgrammeRow) -> ProgrammeKind:
    kind = programme_kind(row.kind, row.kinds_valid_from)
    if kind is None:  # a kind dropped from the data later: still shown by its code
        return ProgrammeKind(row.kind, row.kind, "", "", False, row.interview_id is not None)
    return kind


def _view(s: object, row: ProgrammeRow) -> ProgrammeView:
    case = queries.get(s, CaseRow, row.case_id)  # type: ignore[arg-type]
    return ProgrammeView(
        id=row.id, case_id=row.case_id, case_sign=case.sign if case else "",
        person_id=row.person_id, kind=_kind_of(row), interview_id=row.interview_id,
        status=ProgrammeStatus(row.status), parties=plans.parties_of(row.parties),
        worker_name=row.worker_name, worker_phone=row.worker_phone, diagnosis=row.diagnosis,
        main_goal=row.main_goal,
        specific_goals=tuple(Goal(g) for g in json.loads(row.specific_goals)),
        period=Period(row.starts_on, row.ends_on), actions=plans.actions_of(s, row.id),
        reviews=plans.reviews_of(s, row.id), signed_on=row.signed_on, ended_on=row.ended_on,
        end_reason=EndReason(row.end_reason) if row.end_reason else None,
        end_note=row.end_note)


def programme_errors(data: object, on: dt.date, from_interview: bool) -> list[FieldError]:
    """What is wrong with a draft: every field checked, so the form marks all at once."""
    if not isinstance(data, ProgrammeInput):
        return [FieldError("programme", INVALID)]
    errors = kind_errors(data.kind, on, from_interview)
    errors += diagnosis_errors(data.diagnosis, data.worker_phone)
    errors += goals_errors(data.main_goal, list(data.specific_goals)
                           if isinstance(data.specific_goals, tuple) else data.specific_goals)
    dated = period_errors(data.starts_on, data.ends_on)
    errors += dated
    period = None if dated else Period(data.starts_on, data.ends_on)
    return errors + actions_errors(data.actions, period)


class ProgrammeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- who may touch which programme ---------------------------------------------------

    @staticmethod
    def _case(s: object, actor: Actor, case_id: uuid.UUID, help_plan: bool) -> CaseRow:
        require_id("case_id", case_id)
        case = queries.get(s, CaseRow, case_id)  # type: ignore[arg-type]
        if case is None or case.deleted_at is not None:
            raise NotFound("case", case_id)
        teams = HELP_PLAN_TEAMS if help_plan else PROGRAMME_TEAMS
        if case.team_code not in teams:
            raise ConflictError("not_programme_case", case.sign)
        if case.team_code not in {t.value for t in actor.teams()}:
            # the services team plans help for its own clients only; nobody reads another
            # team's plans
            raise PermissionDenied(Permission.READ_PROGRAMMES.value)
        return case

    def _row(self, s: object, actor: Actor, programme_id: uuid.UUID) -> ProgrammeRow:
        require_id("programme_id", programme_id)
        row = pq.programme(s, programme_id)  # type: ignore[arg-type]
        if row is None:
            raise NotFound("programme", programme_id)
        self._case(s, actor, row.case_id, row.interview_id is not None)
        return row

    # --- reading -------------------------------------------------------------------------

    def kinds(self, actor: Actor, help_plan: bool = False) -> tuple[ProgrammeKind, ...]:
        """The kinds a new programme may be of today (or the help plan's)."""
        require(actor, Permission.READ_PROGRAMMES)
        return tuple(k for k in programme_kinds(office_today())
                     if k.from_interview == help_plan)

    def programme(self, actor: Actor, programme_id: uuid.UUID) -> ProgrammeView:
        require(actor, Permission.READ_PROGRAMMES)
        with self.db.session(actor.user_id) as s:
            row = self._row(s, actor, programme_id)
            audit.record(s, actor.user_id, "view", ENTITY, str(row.id), row.person_id)
            return _view(s, row)

    def programmes_of_case(self, actor: Actor, case_id: uuid.UUID,
                           help_plans: bool = False) -> list[ProgrammeView]:
        """The case's individual programmes (or its help plans), the earliest first."""
        require(actor, Permission.READ_PROGRAMMES)
        with self.db.session(actor.user_id) as s:
            case = self._case(s, actor, case_id, help_plans)
            audit.record(s, actor.user_id, "view", ENTITY, None, case.person_id,
                         {"case": case.sign})
            return [_view(s, r) for r in pq.programmes_of_case(s, case_id, help_plans)]

    def document(self, actor: Actor, programme_id: uuid.UUID) -> ProgrammeOnPaper:
        """The programme as it prints; putting it on paper is logged."""
        require(actor, Permission.READ_PROGRAMMES)
        office = OfficeService(self.db).settings().on_paper()
        with self.db.session(actor.user_id) as s:
            row = self._row(s, actor, programme_id)
            view = _view(s, row)
            interview = (None if row.interview_id is None
                         else queries.get(s, InterviewRow, row.interview_id))  # type: ignore[arg-type]
            audit.record(s, actor.user_id, "print", ENTITY, str(row.id), row.person_id)
        return ProgrammeOnPaper(
            plan=PlanOnPaper.of(office, view), kind=view.kind, diagnosis=view.diagnosis,
            interview_on=interview.conducted_on if interview is not None else None)

    def render(self, actor: Actor, programme_id: uuid.UUID) -> bytes:
        from ops_desktop.documents.programme import render_programme  # reportlab: when printed
        return render_programme(self.document(actor, programme_id))

    def signed_ids(self, actor: Actor) -> list[uuid.UUID]:
        """The signed programmes and help plans on the cases of the actor's teams."""
        require(actor, Permission.READ_PROGRAMMES)
        teams = {t.value for t in actor.teams()}
        with self.db.session(actor.user_id) as s:
            found = []
            for pid in pq.signed_programmes(s):
                row = pq.programme(s, pid)
                case = queries.get(s, CaseRow, row.case_id) if row else None
                if case is not None and case.team_code in teams:
                    found.append(pid)
            return found

    # --- the help plan's start -----------------------------------------------------------

    def _interview(self, s: object, actor: Actor, interview_id: uuid.UUID
                   ) -> tuple[InterviewRow, CaseRow]:
        require_id("interview_id", interview_id)
        interview = queries.get(s, InterviewRow, interview_id)  # type: ignore[arg-type]
        if interview is None or interview.deleted_at is not None:
            raise NotFound("interview", interview_id)
        case = self._case(s, actor, interview.case_id, help_plan=True)
        if interview.status != InterviewStatus.COMPLETED.value:
            raise ConflictError("help_plan_needs_interview")
        return interview, case

    def proposal(self, actor: Actor, interview_id: uuid.UUID) -> ProgrammeInput:
        """A help plan as the interview's part J plans it, for the worker to complete: the
        worker's conclusions as the diagnosis, each planned line a goal and an action of
        the worker's, due at the end of a three-month period. Nothing is saved."""
        require(actor, Permission.WRITE_PROGRAMMES)
        with self.db.session(actor.user_id) as s:
            interview, _case = self._interview(s, actor, interview_id)
            audit.record(s, actor.user_id, "view", "interviews", str(interview.id),
                         interview.person_id)
            conclusions, lines = interview_plan(
                json.loads(interview.answers), interview.kind == InterviewKind.UPDATE.value)
        starts = office_today()
        ends = starts + dt.timedelta(days=90)
        return ProgrammeInput(
            kind=HELP_PLAN, worker_phone="", diagnosis=conclusions,
            main_goal=lines[0] if lines else "", specific_goals=tuple(lines),
            actions=tuple(Action(line, Performer.WORKER, "", ends, "") for line in lines),
            starts_on=starts, ends_on=ends)

    # --- writing -------------------------------------------------------------------------

    def _fill(self, s: object, row: ProgrammeRow, case: CaseRow, data: ProgrammeInput,
              actor: Actor) -> None:
        errors = programme_errors(data, row.kinds_valid_from, row.interview_id is not None)
        if errors:
            raise ValidationError(errors)
        row.kind = data.kind
        row.parties = plans.parties_json(s, case, ())
        row.worker_name = actor.full_name
        row.worker_phone = data.worker_phone.strip()
        row.diagnosis = plans.clean(data.diagnosis)
        row.main_goal = plans.clean(data.main_goal)
        row.specific_goals = json.dumps([g.strip() for g in data.specific_goals],
                                        ensure_ascii=False)
        row.starts_on, row.ends_on = data.starts_on, data.ends_on

    def _new(self, s: object, actor: Actor, case: CaseRow, data: ProgrammeInput,
             interview_id: uuid.UUID | None) -> ProgrammeView:
        if case.closed_on is not None:
            raise ConflictError("case_closed", case.sign)
        row = ProgrammeRow(case_id=case.id, person_id=case.person_id,
                           kinds_valid_from=office_today(), interview_id=interview_id,
                           status=ProgrammeStatus.DRAFT.value)
        self._fill(s, row, case, data, actor)
        queries.add(s, row)  # type: ignore[arg-type]
        plans.write_actions(s, row.id, data.actions)
        return _view(s, row)

    def draft(self, actor: Actor, case_id: uuid.UUID, data: ProgrammeInput) -> ProgrammeView:
        """A new draft individual programme on a social-work case, with the case's person."""
        require(actor, Permission.WRITE_PROGRAMMES)
        with self.db.session(actor.user_id) as s:
            return self._new(s, actor, self._case(s, actor, case_id, help_plan=False), data,
                             None)

    def draft_help_plan(self, actor: Actor, interview_id: uuid.UUID,
                        data: ProgrammeInput) -> ProgrammeView:
        """A new draft help plan following a completed interview, on the interview's case."""
        require(actor, Permission.WRITE_PROGRAMMES)
        with self.db.session(actor.user_id) as s:
            interview, case = self._interview(s, actor, interview_id)
            return self._new(s, actor, case, data, interview.id)

    def _draft_row(self, s: object, actor: Actor, programme_id: uuid.UUID) -> ProgrammeRow:
        row = self._row(s, actor, programme_id)
        if row.status != ProgrammeStatus.DRAFT.value:
            raise ConflictError("programme_signed")
        return row

    def update_draft(self, actor: Actor, programme_id: uuid.UUID,
                     data: ProgrammeInput) -> ProgrammeView:
        require(actor, Permission.WRITE_PROGRAMMES)
        with self.db.session(actor.user_id) as s:
            row = self._draft_row(s, actor, programme_id)
            case = self._case(s, actor, row.case_id, row.interview_id is not None)
            self._fill(s, row, case, data, actor)
            s.flush()  # type: ignore[attr-defined]
            plans.write_actions(s, row.id, data.actions)
            return _view(s, row)

    def sign(self, actor: Actor, programme_id: uuid.UUID, signed_on: dt.date) -> ProgrammeView:
        """Record that the person and the worker signed on `signed_on`: it never changes."""
        require(actor, Permission.WRITE_PROGRAMMES)
        with self.db.session(actor.user_id) as s:
            row = self._draft_row(s, actor, programme_id)
            errors = signing_errors(signed_on, row.starts_on, office_today())
            if errors:
                raise ValidationError(errors)
            if not plans.actions_of(s, row.id):
                raise ConflictError("programme_no_actions")
            row.status = ProgrammeStatus.SIGNED.value
            row.signed_on, row.signed_at, row.signed_by = signed_on, utcnow(), actor.user_id
            s.flush()  # type: ignore[attr-defined]
            # what was signed, anchored in the log (storage/plan_acts.py)
            plan_acts.record_plan_signing(s, actor.user_id, "programmes", row.id,  # type: ignore[arg-type]
                                          row.person_id)
            return _view(s, row)

    def _running(self, s: object, actor: Actor, programme_id: uuid.UUID) -> ProgrammeRow:
        row = self._row(s, actor, programme_id)
        if row.status != ProgrammeStatus.SIGNED.value:
            raise ConflictError("programme_not_signed")
        if row.ended_on is not None:
            raise ConflictError("programme_ended")
        return row

    def review(self, actor: Actor, programme_id: uuid.UUID, reviewed_on: dt.date,
               statuses: dict[uuid.UUID, ActionStatus], note: str) -> ProgrammeView:
        """A dated review of a signed, running programme: each action's status."""
        require(actor, Permission.WRITE_PROGRAMMES)
        with self.db.session(actor.user_id) as s:
            row = self._running(s, actor, programme_id)
            plans.add_review(s, row.id, row.signed_on or row.starts_on, reviewed_on, statuses,
                             note)
            return _view(s, row)

    def end(self, actor: Actor, programme_id: uuid.UUID, reason: EndReason, ended_on: dt.date,
            note: str = "") -> ProgrammeView:
        """The programme ends: its goals achieved, ended early, or not kept by the person."""
        require(actor, Permission.WRITE_PROGRAMMES)
        with self.db.session(actor.user_id) as s:
            row = self._running(s, actor, programme_id)
            errors = ending_errors(reason, ended_on, note, row.signed_on or row.starts_on,
                                   office_today())
            if errors:
                raise ValidationError(errors)
            row.ended_on, row.end_reason, row.end_note = ended_on, reason.value, plans.clean(note)
            s.flush()  # type: ignore[attr-defined]
            return _view(s, row)

# A running programme's or help plan's actions and closing review count in "Moje sprawy" and
# the head's workload as a contract's do.
caseload.add_deadline_source(load_q.programme_due_dates)
