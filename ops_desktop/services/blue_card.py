"""Niebieska Karta: starting the procedure with form A, recording its steps and forms C and D
against their working-day deadlines, closing it with its reason.

Only the social-work team and the head read or write a procedure (READ_/WRITE_BLUE_CARD); no
other read path – the person file, referral slips, another team's inbox, the statistics, the
data-subject export – touches these tables. The desk's "suspected violence" is the intake's
art. 7 ground "przemoc domowa", which already reaches social work with the referral and no
other team (services/need_to_know.py); nothing more is needed at the desk. Every change is in
the audit log with the narratives as "[treść poufna]" (storage/audit.py). Each open step's
deadline counts in the worker's "Moje sprawy" (services/caseload.py); the head sees the
overdue ones of every procedure.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field

from ops_desktop.documents.social_work_data import FormALetter
from ops_desktop.domain.blue_card import (
    BlueCardLaw,
    OpenStep,
    PartyRole,
    blue_card_law,
    close_errors,
    form_a_errors,
    open_steps,
    step_errors,
)
from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import INVALID, require_id
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services import caseload
from ops_desktop.services.blue_card_head import HeadFormAInput, head_case
from ops_desktop.services.context import Actor, require, require_team
from ops_desktop.services.office import OfficeService
from ops_desktop.services.social_work_log import open_social_work_case
from ops_desktop.storage import audit, queries
from ops_desktop.storage import blue_card_queries as card_q
from ops_desktop.storage.caseload_queries import DueDate
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    BlueCardPartyRow,
    BlueCardRow,
    BlueCardStepRow,
    CaseRow,
    office_today,
)

TEAM = Team.SOCIAL_WORK.value
ENTITY = "blue_cards"
# Every table of the procedure: the audit entries about them are the procedure's too.
ENTITIES = frozenset({"blue_cards", "blue_card_parties", "blue_card_steps"})
DEADLINE_KIND = "blue_card_step"  # the caseload's code for a Niebieska Karta step


@dataclass(frozen=True)
class FormAInput:
    """Form A as the worker records it: who filled it (an institution or a person – police,
    school, the OPS worker), when, and every victim and person using violence."""

    case_id: uuid.UUID
    filled_on: dt.date
    filled_by: str
    victims: tuple[uuid.UUID, ...]
    using_violence: tuple[uuid.UUID, ...]
    note: str = ""


@dataclass(frozen=True)
class Party:
    person_id: uuid.UUID
    name: str
    role: PartyRole


@dataclass(frozen=True)
class StepDone:
    code: str
    done_on: dt.date
    recorded_by: str
    note: str


@dataclass(frozen=True)
class BlueCardView:
    id: uuid.UUID
    case_id: uuid.UUID
    case_sign: str
    person_name: str
    form_a_on: dt.date
    filled_by: str
    note: str
    someone_absent: bool
    parties: tuple[Party, ...]
    done: tuple[StepDone, ...]
    waiting: tuple[OpenStep, ...]  # the open steps, the earliest due first
    closed_on: dt.date | None
    close_reason: str | None
    law: BlueCardLaw = field(repr=False)

    @property
    def next_step(self) -> OpenStep | None:
        return self.waiting[0] if self.waiting and self.closed_on is None else None

    def overdue(self, today: dt.date) -> tuple[OpenStep, ...]:
        if self.closed_on is not None:
            return ()
        return tuple(s for s in self.waiting if s.is_overdue(today))

    def of_role(self, role: PartyRole) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if p.role is role)


@dataclass(frozen=True)
class HeadStarted:
    """A procedure the head started, and whether a new case was opened for it."""

    card: BlueCardView
    new_case: bool


def _view(record: card_q.CardRecord) -> BlueCardView:
    row = record.row
    law = blue_card_law(row.law_valid_from)
    done = {s.kind: s.done_on for s, _ in record.steps}
    waiting = [] if row.closed_on else open_steps(law, row.form_a_on, done, row.someone_absent)
    return BlueCardView(
        id=row.id, case_id=row.case_id, case_sign=record.case_sign,
        person_name=record.person_name, form_a_on=row.form_a_on, filled_by=row.filled_by,
        note=row.note, someone_absent=row.someone_absent,
        parties=tuple(Party(p.person_id, name, PartyRole(p.role)) for p, name in record.parties),
        done=tuple(StepDone(s.kind, s.done_on, who, s.note) for s, who in record.steps),
        waiting=tuple(sorted(waiting, key=lambda s: s.due_on)),
        closed_on=row.closed_on, close_reason=row.close_reason, law=law)


def blue_card_due_dates(s: Session, cases: Collection[uuid.UUID] | None = None
                        ) -> list[DueDate]:
    """The caseload's deadline source: each open step of every open procedure (of `cases`
    when given), on its case. Open procedures are few: read whole."""
    return [DueDate(v.case_id, step.due_on, DEADLINE_KIND)
            for v in map(_view, card_q.cards(s, open_only=True))
            if cases is None or v.case_id in cases for step in v.waiting]


caseload.add_deadline_source(blue_card_due_dates)


def _ids(field_name: str, value: object) -> tuple[uuid.UUID, ...]:
    if not isinstance(value, (tuple, list)) or not all(isinstance(i, uuid.UUID) for i in value):
        raise ValidationError([FieldError(field_name, INVALID)])
    return tuple(dict.fromkeys(value))  # the same person named twice counts once


def _checked(data: object) -> tuple[tuple[uuid.UUID, ...], tuple[uuid.UUID, ...]]:
    """Form A's victims and persons using violence, once everything in it is valid."""
    if not isinstance(data, (FormAInput, HeadFormAInput)):
        raise ValidationError([FieldError("form_a", INVALID)])
    victims = _ids("victims", data.victims)
    using = _ids("using_violence", data.using_violence)
    errors = form_a_errors(data.filled_on, data.filled_by, victims, using, data.note,
                           office_today())
    if errors:
        raise ValidationError(errors)
    return victims, using


class BlueCardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def start(self, actor: Actor, data: FormAInput) -> BlueCardView:
        """Start a procedure on an open social-work case by recording form A."""
        require_team(actor, Permission.WRITE_BLUE_CARD, TEAM)
        victims, using = _checked(data)
        with self.db.session(actor.user_id) as s:
            return self._record(s, actor, open_social_work_case(s, data.case_id), data,
                                victims, using)

    def start_for_persons(self, actor: Actor, data: HeadFormAInput) -> HeadStarted:
        """The head starts a procedure from form A naming persons of the register: on the open
        social-work case of a victim, else on a new case of the first victim carried by the
        social worker the head names. It then runs in the team's lists like any other."""
        require(actor, Permission.OVERSEE_TEAMS)
        require_team(actor, Permission.WRITE_BLUE_CARD, TEAM)
        victims, using = _checked(data)
        with self.db.session(actor.user_id) as s:
            case, new = head_case(s, OfficeService(self.db), victims, data.worker_id)
            return HeadStarted(self._record(s, actor, case, data, victims, using), new)

    def _record(self, s: Session, actor: Actor, case: CaseRow, data: FormAInput |
                HeadFormAInput, victims: tuple[uuid.UUID, ...],
                using: tuple[uuid.UUID, ...]) -> BlueCardView:
        if data.filled_on < case.opened_on - dt.timedelta(days=30):
            # Form A may come with the referral (filled by the police days before), not
            # from a past the case never knew.
            raise ValidationError([FieldError("filled_on", "form_a_too_early")])
        known = card_q.live_persons(s, set(victims) | set(using))
        for name, ids in (("victims", victims), ("using_violence", using)):
            if set(ids) - known:
                raise ValidationError([FieldError(name, "not_found")])
        law = blue_card_law(data.filled_on)
        row = BlueCardRow(case_id=case.id, law_valid_from=law.valid_from,
                          form_a_on=data.filled_on, filled_by=data.filled_by.strip(),
                          note=data.note.strip(), recorded_by=actor.user_id)
        queries.add(s, row)
        for role, ids in ((PartyRole.VICTIM, victims), (PartyRole.USING_VIOLENCE, using)):
            for person_id in ids:
                queries.add(s, BlueCardPartyRow(blue_card_id=row.id, person_id=person_id,
                                                role=role.value))
        return self._get(s, row.id)

    @staticmethod
    def _get(s: Session, card_id: object) -> BlueCardView:
        record = card_q.card(s, require_id("blue_card_id", card_id))
        if record is None:
            raise NotFound("blue_card", card_id)
        return _view(record)

    @staticmethod
    def _open(s: Session, card_id: object) -> tuple[BlueCardRow, BlueCardView]:
        view = BlueCardService._get(s, card_id)
        if view.closed_on is not None:
            raise ConflictError("blue_card_closed")
        row = queries.get(s, BlueCardRow, view.id)
        assert row is not None
        return row, view

    def record_step(self, actor: Actor, card_id: uuid.UUID, code: str, done_on: dt.date,
                    note: str = "", someone_absent: bool = False) -> BlueCardView:
        """A step done (form A to the chair, the group appointed, its first meeting, the
        absent person notified) or form C / D filled, on the day it happened. At the first
        meeting the worker says whether a person using violence was absent: the notice to
        appear then falls due."""
        require_team(actor, Permission.WRITE_BLUE_CARD, TEAM)
        if not isinstance(someone_absent, bool):
            raise ValidationError([FieldError("someone_absent", INVALID)])
        with self.db.session(actor.user_id) as s:
            row, view = self._open(s, card_id)
            done = {d.code: d.done_on for d in view.done}
            errors = step_errors(view.law, code, done_on, view.form_a_on, done, office_today(),
                                 note)
            if errors:
                raise ValidationError(errors)
            queries.add(s, BlueCardStepRow(blue_card_id=row.id, kind=code, done_on=done_on,
                                           note=note.strip(), recorded_by=actor.user_id))
            if code == "first_meeting" and someone_absent:
                row.someone_absent = True
                s.flush()
            return self._get(s, row.id)

    def close(self, actor: Actor, card_id: uuid.UUID, reason: str,
              closed_on: dt.date) -> BlueCardView:
        """Close the procedure with one of the regulation's grounds; its clocks stop."""
        require_team(actor, Permission.WRITE_BLUE_CARD, TEAM)
        with self.db.session(actor.user_id) as s:
            row, view = self._open(s, card_id)
            errors = close_errors(view.law, reason, closed_on, view.form_a_on, office_today())
            if errors:
                raise ValidationError(errors)
            row.closed_on, row.close_reason = closed_on, reason
            s.flush()
            return self._get(s, row.id)

    def procedures(self, actor: Actor, open_only: bool = True) -> list[BlueCardView]:
        """The procedures the team runs, the most pressing first (an overdue step on top)."""
        require_team(actor, Permission.READ_BLUE_CARD, TEAM)
        with self.db.session(actor.user_id) as s:
            audit.record(s, actor.user_id, "view", ENTITY, None, None)
            views = [_view(r) for r in card_q.cards(s, open_only)]
        far = dt.date.max
        return sorted(views, key=lambda v: (v.closed_on is not None,
                                            v.next_step.due_on if v.next_step else far))

    def procedure(self, actor: Actor, card_id: uuid.UUID) -> BlueCardView:
        require_team(actor, Permission.READ_BLUE_CARD, TEAM)
        with self.db.session(actor.user_id) as s:
            view = self._get(s, card_id)
            audit.record(s, actor.user_id, "view", ENTITY, str(view.id), None)
            return view

    def letter(self, actor: Actor, card_id: uuid.UUID) -> FormALetter:
        """The letter handing form A to the team's chair, signed by the actor; printing it is
        logged."""
        require_team(actor, Permission.READ_BLUE_CARD, TEAM)
        office = OfficeService(self.db).settings().on_paper()
        with self.db.session(actor.user_id) as s:
            view = self._get(s, card_id)
            audit.record(s, actor.user_id, "print", ENTITY, str(view.id), None)
        rule = next(r for r in view.law.steps if r.code == "to_chair")
        wording = next((x for x in view.law.letters if x.code == "form_a_to_chair"), None)
        return FormALetter(
            office=office, case_sign=view.case_sign, written_on=office_today(),
            form_a_on=view.form_a_on, filled_by=view.filled_by,
            victims=len(view.of_role(PartyRole.VICTIM)),
            using_violence=len(view.of_role(PartyRole.USING_VIOLENCE)),
            due_on=add_working_days(view.form_a_on, rule.working_days),
            source=view.law.source, worker_name=actor.full_name,
            worker_position=actor.position,
            unconfirmed=wording.cite if wording and not wording.confirmed else "")

    def render_letter(self, actor: Actor, card_id: uuid.UUID) -> bytes:
        from ops_desktop.documents.blue_card_letter import render_form_a_letter
        return render_form_a_letter(self.letter(actor, card_id))

    def household_of_case(self, actor: Actor, case_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        """Who form A can name from the case: everyone in its person's household (id, name)."""
        require_team(actor, Permission.WRITE_BLUE_CARD, TEAM)
        with self.db.session(actor.user_id) as s:
            case = open_social_work_case(s, case_id)
            return card_q.names(s, queries.household_member_ids(s, case.person_id))

    def overdue(self, actor: Actor) -> list[tuple[BlueCardView, OpenStep]]:
        """For the head: every overdue step of every open procedure, the longest overdue
        first – the escalation of a deadline the team missed."""
        require(actor, Permission.OVERSEE_TEAMS)
        require(actor, Permission.READ_BLUE_CARD)
        today = office_today()
        with self.db.session(actor.user_id) as s:
            views = [_view(r) for r in card_q.cards(s, open_only=True)]
        late = [(v, step) for v in views for step in v.overdue(today)]
        return sorted(late, key=lambda pair: pair[1].due_on)

    def overdue_count(self, actor: Actor) -> int:
        return len(self.overdue(actor))
