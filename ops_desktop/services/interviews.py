"""Rodzinny wywiad środowiskowy: opened, filled in, completed, updated, printed and linked.

Social work conducts interviews on its cases, the services team on its own cases, the head
on either (domain/permissions.py; `_case`). A draft is saved as often as needed (what was
written is checked field by field, never required yet); completing it needs the compulsory
segments, the day and the place. The answers of the household's last completed interview
can be carried forward into the form for the worker to confirm. Once a signed decision
relies on an interview (its application is linked to it) the interview is frozen: nothing
in it changes, and a later change is a Part IV update referring to it. The benefits team
links an undecided application to a completed interview and learns only its date and
status, never the answers.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field

from ops_desktop.documents.social_work_data import InterviewOnPaper
from ops_desktop.domain.errors import (
    ConflictError,
    FieldError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ops_desktop.domain.fields import INVALID, flag_errors, require_id
from ops_desktop.domain.interviews import (
    LINKABLE,
    REFUSALS,
    Answers,
    InterviewKind,
    InterviewStatus,
    answers_errors,
    clean_answers,
    completion_errors,
    conducted_errors,
    deadline,
    interview_form,
    is_overdue,
    learned_errors,
    overdue_learned_until,
)
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import ApplicationStatus, DecisionStatus, Team
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import audit, queries
from ops_desktop.storage import interview_list_queries as lq
from ops_desktop.storage import interview_queries as iq
from ops_desktop.storage.database import Database
from ops_desktop.storage.models import (
    CaseRow,
    InterviewLinkRow,
    InterviewRow,
    PersonRow,
    office_today,
    utcnow,
)

ENTITY = "interviews"
# The teams that conduct interviews (DOMAIN.md §1): social work, and services for its clients.
CONDUCTING = (Team.SOCIAL_WORK.value, Team.SERVICES.value)


@dataclass(frozen=True)
class InterviewView:
    id: uuid.UUID
    case_id: uuid.UUID
    case_sign: str
    person_id: uuid.UUID
    person_name: str
    kind: InterviewKind
    parent_id: uuid.UUID | None
    status: InterviewStatus
    learned_on: dt.date
    urgent: bool
    due_on: dt.date
    overdue: bool
    conducted_on: dt.date | None
    place: str
    worker_name: str
    form_valid_from: dt.date
    answers: Answers = field(default_factory=dict)  # empty in lists
    # Recorded, not shown: with the day learned of and the id, the list's order key.
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class LinkedInterview:
    """All the benefits team learns of an interview: that it is there, its date, its state."""

    interview_id: uuid.UUID
    conducted_on: dt.date | None
    status: InterviewStatus


def _status(row: InterviewRow, frozen: set[uuid.UUID]) -> InterviewStatus:
    return InterviewStatus.FROZEN if row.id in frozen else InterviewStatus(row.status)


def _view(row: InterviewRow, sign: str, name: str, frozen: set[uuid.UUID],
          answers: bool = False) -> InterviewView:
    status = _status(row, frozen)
    due = deadline(row.learned_on, row.urgent)
    return InterviewView(
        id=row.id, case_id=row.case_id, case_sign=sign, person_id=row.person_id,
        person_name=name, kind=InterviewKind(row.kind), parent_id=row.parent_id, status=status,
        learned_on=row.learned_on, urgent=row.urgent, due_on=due,
        overdue=is_overdue(due, status, office_today()), conducted_on=row.conducted_on,
        place=row.place, worker_name=row.worker_name, form_valid_from=row.form_valid_from,
        answers=json.loads(row.answers) if answers else {}, created_at=row.created_at)


class InterviewService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- who may touch which interview ----------------------------------------------------

    @staticmethod
    def _teams(actor: Actor) -> list[str]:
        return [t.value for t in actor.teams() if t.value in CONDUCTING]

    def _case(self, s: object, actor: Actor, case_id: uuid.UUID) -> CaseRow:
        case = queries.get(s, CaseRow, case_id)  # type: ignore[arg-type]
        if case is None or case.deleted_at is not None:
            raise NotFound("case", case_id)
        if case.team_code not in CONDUCTING:
            raise ConflictError("not_interview_case", case.sign)
        if case.team_code not in self._teams(actor):
            # the services team's interviews are for its own clients, and the same for
            # social work: another team's case is not theirs to read
            raise PermissionDenied(Permission.READ_INTERVIEWS.value)
        return case

    def _row(self, s: object, actor: Actor, interview_id: uuid.UUID) -> tuple[InterviewRow, CaseRow]:
        require_id("interview_id", interview_id)
        row = iq.interview(s, interview_id)  # type: ignore[arg-type]
        if row is None:
            raise NotFound("interview", interview_id)
        return row, self._case(s, actor, row.case_id)

    @staticmethod
    def _name(s: object, person_id: uuid.UUID) -> str:
        p = queries.get(s, PersonRow, person_id)  # type: ignore[arg-type]
        return f"{p.first_name} {p.last_name}" if p else ""

    def _full(self, s: object, row: InterviewRow, case: CaseRow) -> InterviewView:
        return _view(row, case.sign, self._name(s, row.person_id),
                     iq.frozen_ids(s, [row.id]), answers=True)  # type: ignore[arg-type]

    def _changeable(self, s: object, row: InterviewRow) -> None:
        if iq.frozen_ids(s, [row.id]):  # type: ignore[arg-type]
            raise ConflictError("interview_frozen")

    # --- reading --------------------------------------------------------------------------

    def interviews(self, actor: Actor) -> list[InterviewView]:
        """Every interview on the cases of the actor's teams, the earliest learned of first,
        each with its deadline (without the answers)."""
        require(actor, Permission.READ_INTERVIEWS)
        with self.db.session(actor.user_id) as s:
            found = iq.listed(s, self._teams(actor))
            frozen = iq.frozen_ids(s, [r.id for r, *_ in found])
            audit.record(s, actor.user_id, "view", ENTITY, None, None, {"list": len(found)})
            return [_view(r, sign, f"{first} {last}", frozen) for r, sign, first, last in found]

    def window(self, actor: Actor, limit: int,
               after: InterviewView | None = None) -> list[InterviewView]:
        """Up to `limit` interviews on the cases of the actor's teams after `after` (the last
        one shown), the latest learned of first: "Wywiady" reads the list as it scrolls."""
        require(actor, Permission.READ_INTERVIEWS)
        key = None if after is None else (after.learned_on, after.created_at, after.id)
        with self.db.session(actor.user_id) as s:
            found = lq.window(s, self._teams(actor), limit, key)
            frozen = iq.frozen_ids(s, [r.id for r, *_ in found])
            if after is None:  # the list opened (or read again) is recorded, not each scroll
                audit.record(s, actor.user_id, "view", ENTITY, None, None, {"list": len(found)})
            return [_view(r, sign, f"{first} {last}", frozen) for r, sign, first, last in found]

    def counts(self, actor: Actor) -> tuple[int, int]:
        """(interviews on the cases of the actor's teams, of them overdue today), counted in
        the store: the list itself is read a window at a time."""
        require(actor, Permission.READ_INTERVIEWS)
        today = office_today()
        teams = self._teams(actor)
        # Interviews are opened only on the conducting teams' cases (`_case`): one who reads
        # both teams' counts them all without looking up each one's case (the head: 180,000).
        every = set(teams) >= set(CONDUCTING)
        with self.db.session(actor.user_id) as s:
            return lq.counts(s, None if every else teams, InterviewStatus.DRAFT.value,
                             overdue_learned_until(False, today),
                             overdue_learned_until(True, today))

    def interview(self, actor: Actor, interview_id: uuid.UUID) -> InterviewView:
        require(actor, Permission.READ_INTERVIEWS)
        with self.db.session(actor.user_id) as s:
            row, case = self._row(s, actor, interview_id)
            audit.record(s, actor.user_id, "view", ENTITY, str(row.id), row.person_id)
            return self._full(s, row, case)

    def carried_forward(self, actor: Actor, interview_id: uuid.UUID) -> Answers:
        """The answers of the household's last completed interview, as this interview's form
        asks them (an update's segment A is Part I's C), for the worker to confirm; nothing
        is saved until the worker saves."""
        require(actor, Permission.WRITE_INTERVIEWS)
        with self.db.session(actor.user_id) as s:
            row, _case = self._row(s, actor, interview_id)
            # Only an interview on a case of the actor's teams: the services team does not
            # get social work's answers (nor the reverse) by opening an interview of its own.
            last = iq.last_completed(s, queries.household_member_ids(s, row.person_id), row.id,
                                     self._teams(actor))
            if last is None:
                return {}
            audit.record(s, actor.user_id, "view", ENTITY, str(last.id), last.person_id,
                         {"carried_forward_to": str(row.id)})
            return _carried(json.loads(last.answers), InterviewKind(last.kind),
                            InterviewKind(row.kind), row.form_valid_from)

    # --- writing --------------------------------------------------------------------------

    def open(self, actor: Actor, case_id: uuid.UUID, learned_on: dt.date,
             urgent: bool = False, update_of: uuid.UUID | None = None) -> InterviewView:
        """A new interview for the case's person; with `update_of`, a Part IV update of that
        completed interview (on the same case)."""
        require(actor, Permission.WRITE_INTERVIEWS)
        require_id("case_id", case_id)
        errors = learned_errors(learned_on, office_today()) + flag_errors("urgent", urgent)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            case = self._case(s, actor, case_id)
            if case.closed_on is not None:
                raise ConflictError("case_closed", case.sign)
            kind = InterviewKind.INTERVIEW
            if update_of is not None:
                parent, _ = self._row(s, actor, update_of)
                if parent.case_id != case.id or parent.status != InterviewStatus.COMPLETED.value:
                    raise ConflictError("update_needs_completed")
                kind = InterviewKind.UPDATE
            row = InterviewRow(
                case_id=case.id, person_id=case.person_id, parent_id=update_of, kind=kind.value,
                form_valid_from=interview_form(office_today()).valid_from,
                learned_on=learned_on, urgent=urgent, worker_id=actor.user_id,
                worker_name=actor.full_name, status=InterviewStatus.DRAFT.value)
            queries.add(s, row)
            return self._full(s, row, case)

    def save(self, actor: Actor, interview_id: uuid.UUID, answers: Answers,
             conducted_on: dt.date | None = None, place: str = "") -> InterviewView:
        """Save what was written. A completed interview that no signed decision relies on may
        still be corrected, and must stay complete."""
        require(actor, Permission.WRITE_INTERVIEWS)
        with self.db.session(actor.user_id) as s:
            row, case = self._row(s, actor, interview_id)
            self._changeable(s, row)
            kind, form = InterviewKind(row.kind), interview_form(row.form_valid_from)
            errors = answers_errors(form, kind, answers) + conducted_errors(
                conducted_on, row.learned_on, place, office_today(), required=False)
            if errors:
                raise ValidationError(errors)
            cleaned = clean_answers(answers)
            if row.status == InterviewStatus.COMPLETED.value:
                errors = completion_errors(form, kind, cleaned) + conducted_errors(
                    conducted_on, row.learned_on, place, office_today())
                if errors:
                    raise ValidationError(errors)
            row.answers = json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
            row.conducted_on, row.place = conducted_on, place.strip()
            s.flush()
            return self._full(s, row, case)

    def complete(self, actor: Actor, interview_id: uuid.UUID) -> InterviewView:
        """The interview is done: its compulsory segments, the day and the place are there."""
        require(actor, Permission.WRITE_INTERVIEWS)
        with self.db.session(actor.user_id) as s:
            row, case = self._row(s, actor, interview_id)
            if row.status != InterviewStatus.DRAFT.value:
                raise ConflictError("interview_completed")
            kind, form = InterviewKind(row.kind), interview_form(row.form_valid_from)
            errors = completion_errors(form, kind, json.loads(row.answers)) + conducted_errors(
                row.conducted_on, row.learned_on, row.place, office_today())
            if errors:
                raise ValidationError(errors)
            row.status, row.completed_at = InterviewStatus.COMPLETED.value, utcnow()
            s.flush()
            return self._full(s, row, case)

    def refuse(self, actor: Actor, interview_id: uuid.UUID, ground: InterviewStatus,
               on: dt.date, place: str) -> InterviewView:
        """The person would not let the interview be conducted, or would not sign the
        statement of assets, at the visit of `on` in `place`: recorded instead of completing
        the interview, it is the ground of a refusal the benefits team may sign without one
        (art. 107 ust. 4a/5, domain/interview_rules.py)."""
        require(actor, Permission.WRITE_INTERVIEWS)
        if not isinstance(ground, str) or ground not in REFUSALS:
            raise ValidationError([FieldError("ground", INVALID)])
        ground = InterviewStatus(ground)
        with self.db.session(actor.user_id) as s:
            row, case = self._row(s, actor, interview_id)
            if row.status != InterviewStatus.DRAFT.value:
                raise ConflictError("interview_completed")
            errors = conducted_errors(on, row.learned_on, place, office_today())
            if errors:
                raise ValidationError(errors)
            row.conducted_on, row.place = on, place.strip()
            row.status, row.completed_at = ground.value, utcnow()
            s.flush()
            return self._full(s, row, case)

    def document(self, actor: Actor, interview_id: uuid.UUID) -> InterviewOnPaper:
        """The questionnaire with its answers as it prints; putting it on paper is logged."""
        require(actor, Permission.READ_INTERVIEWS)
        office = OfficeService(self.db).settings().on_paper()
        with self.db.session(actor.user_id) as s:
            row, case = self._row(s, actor, interview_id)
            view = self._full(s, row, case)
            parent = None if row.parent_id is None else iq.interview(s, row.parent_id)
            audit.record(s, actor.user_id, "print", ENTITY, str(row.id), row.person_id)
        form = interview_form(view.form_valid_from)
        return InterviewOnPaper(
            office=office, title=form.title, source=form.source, case_sign=view.case_sign,
            person_name=view.person_name, part=form.part(view.kind), answers=view.answers,
            learned_on=view.learned_on, urgent=view.urgent, due_on=view.due_on,
            conducted_on=view.conducted_on, place=view.place, worker_name=view.worker_name,
            draft=view.status is InterviewStatus.DRAFT,
            updates_conducted_on=None if parent is None else parent.conducted_on)

    def render(self, actor: Actor, interview_id: uuid.UUID) -> bytes:
        from ops_desktop.documents.interview import render_interview  # reportlab: when printed
        return render_interview(self.document(actor, interview_id))

    # --- the benefits team ----------------------------------------------------------------

    def link_application(self, actor: Actor, application_id: uuid.UUID,
                         interview_id: uuid.UUID) -> LinkedInterview:
        """The undecided application relies on this completed interview of the applicant's
        household; its decision's reasoning will cite the interview's date."""
        require(actor, Permission.LINK_INTERVIEWS)
        require_id("application_id", application_id)
        require_id("interview_id", interview_id)
        with self.db.session(actor.user_id) as s:
            app = iq.application(s, application_id)
            if app is None:
                raise NotFound("application", application_id)
            if app.status != ApplicationStatus.REGISTERED.value:
                raise ConflictError("application_decided")
            row = iq.interview(s, interview_id)
            if row is None or row.person_id not in queries.household_member_ids(s, app.person_id):
                raise NotFound("interview", interview_id)
            if row.status not in LINKABLE:  # done, or refused (art. 107 ust. 4a/5)
                raise ConflictError("interview_not_completed")
            link = iq.link(s, application_id)
            if link is None:
                queries.add(s, InterviewLinkRow(id=application_id, application_id=application_id,
                                                interview_id=interview_id))
            else:
                link.interview_id = interview_id
            # A draft decision names the interview it was prepared with: it is stale now.
            for draft in queries.decisions_for_application(s, application_id):
                if draft.status == DecisionStatus.DRAFT.value:
                    s.delete(draft)
            s.flush()
            return LinkedInterview(row.id, row.conducted_on, _status(row, iq.frozen_ids(s, [row.id])))

    def linked(self, actor: Actor, application_id: uuid.UUID) -> LinkedInterview | None:
        require(actor, Permission.READ_APPLICATIONS)
        require_id("application_id", application_id)
        with self.db.session(actor.user_id) as s:
            row = iq.linked_interview(s, application_id)
            if row is None:
                return None
            return LinkedInterview(row.id, row.conducted_on,
                                   _status(row, iq.frozen_ids(s, [row.id])))

    def linkable(self, actor: Actor, application_id: uuid.UUID) -> list[LinkedInterview]:
        """The applicant's household's completed (or refused) interviews, newest first: date
        and state."""
        require(actor, Permission.LINK_INTERVIEWS)
        require_id("application_id", application_id)
        with self.db.session(actor.user_id) as s:
            app = iq.application(s, application_id)
            if app is None:
                raise NotFound("application", application_id)
            rows = iq.completed_of(s, queries.household_member_ids(s, app.person_id))
            frozen = iq.frozen_ids(s, [r.id for r in rows])
            return [LinkedInterview(r.id, r.conducted_on, _status(r, frozen)) for r in rows]


def _carried(answers: Answers, source: InterviewKind, target: InterviewKind,
             on: dt.date) -> Answers:
    """Answers moved to the target form: same segment where the kinds match; an update's
    segment A mirrors Part I segment C (and the reverse); only fields the form has."""
    form = interview_form(on)
    if source is target:
        mapping = {s.code: s.code for s in form.segments(target)}
    elif target is InterviewKind.UPDATE:
        mapping = {"C": "A"}
    else:
        mapping = {"A": "C"}
    out: Answers = {}
    for segment in form.segments(target):
        wanted = {f.code for f in segment.fields}
        for src, dst in mapping.items():
            if dst == segment.code and src in answers:
                kept = {k: v for k, v in answers[src].items() if k in wanted}
                if kept:
                    out[dst] = kept
    return out
