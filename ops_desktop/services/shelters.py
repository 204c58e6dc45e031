"""Schronienie (art. 48a u.p.s.): the office's register of shelter places, its change report
to the voivode, and the decisions granting a place, by the services team.

The register lists each institution's places by kind, from a day (to a day). Every line
added and every field changed is recorded with its day: the voivode keeps the register of
places and hears of changes within 14 days (ust. 11c), so the report prints what changed,
when, and by when it was due. A decision granting a place is prepared only after the
person's completed interview (it names its date); the head signs it like any decision. A
shelter's occupancy on a day is counted from the signed decisions whose stay runs then.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from ops_desktop.documents.letters_data import PlacementDocument, ShelterChangeLine
from ops_desktop.documents.values import date_long
from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import date_errors, id_errors, require_id, text_errors
from ops_desktop.domain.interviews import InterviewStatus
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.placement_law import placement_law
from ops_desktop.domain.shelters import (
    POLISH_KINDS,
    ShelterEntry,
    ShelterKind,
    changed_fields,
    describe,
    entry_errors,
    occupied,
    open_on,
    report_due,
)
from ops_desktop.services import placement_common as common
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.services.preparing_teams import ActKind
from ops_desktop.storage import audit, queries
from ops_desktop.storage import placement_queries as pq
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import office_today
from ops_desktop.storage.models_placements import (
    ShelterChangeRow,
    ShelterDecisionRow,
    ShelterRow,
)

ENTITY = "shelter_decisions"
REASONING_MAX = 20000
ADDED = "added"  # the field of a change that adds a line to the register


@dataclass(frozen=True)
class ShelterView:
    id: uuid.UUID
    entry: ShelterEntry
    occupied: int  # signed stays running on the day asked

    @property
    def free(self) -> int:
        return max(0, self.entry.places - self.occupied)


@dataclass(frozen=True)
class ShelterDecisionInput:
    case_id: uuid.UUID
    shelter_id: uuid.UUID
    interview_id: uuid.UUID
    decided_on: dt.date
    starts_on: dt.date
    ends_on: dt.date
    reasoning: str = ""


@dataclass(frozen=True)
class ShelterDecisionView:
    id: uuid.UUID
    number: str
    person_id: uuid.UUID
    person_name: str
    case_sign: str
    shelter: str
    kind: ShelterKind
    decided_on: dt.date
    starts_on: dt.date
    ends_on: dt.date
    interview_on: dt.date | None
    signed: bool
    signed_on: dt.date | None = None  # the office's day the head signed it (issued)
    signed_at: dt.datetime | None = None  # the moment, naive UTC: the signed list's key
    signatory_name: str = ""


def _entry(row: ShelterRow) -> ShelterEntry:
    return ShelterEntry(row.institution, row.address, ShelterKind(row.kind), row.places,
                        row.valid_from, row.valid_to)


def decision_errors(data: object) -> list[FieldError]:
    if not isinstance(data, ShelterDecisionInput):
        return [FieldError("decision", "invalid")]
    errors = id_errors("case_id", data.case_id) + id_errors("shelter_id", data.shelter_id)
    errors += id_errors("interview_id", data.interview_id)
    errors += date_errors("decided_on", data.decided_on, required=True)
    dates = date_errors("starts_on", data.starts_on, required=True)
    dates += date_errors("ends_on", data.ends_on, required=True)
    errors += dates + text_errors("reasoning", data.reasoning, REASONING_MAX, multiline=True)
    if not dates and data.ends_on < data.starts_on:
        errors.append(FieldError("ends_on", "end_before_start"))
    return errors


class ShelterService(common.SignedDecisions[ShelterDecisionView]):
    KIND = ActKind.SHELTER
    ROW = ShelterDecisionRow

    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db, self.office = db, office

    # --- the register -----------------------------------------------------------------------

    def add_shelter(self, actor: Actor, entry: ShelterEntry, changed_on: dt.date) -> ShelterView:
        """A new line of the register; the report to the voivode lists it as added."""
        require(actor, Permission.WRITE_PLACEMENTS)
        errors = entry_errors(entry) + date_errors("changed_on", changed_on, required=True)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = ShelterRow(institution=entry.institution.strip(), address=entry.address.strip(),
                             kind=entry.kind.value, places=entry.places,
                             valid_from=entry.valid_from, valid_to=entry.valid_to)
            queries.add(s, row)
            queries.add(s, ShelterChangeRow(
                shelter_id=row.id, changed_on=changed_on, field=ADDED,
                new_value=f"{describe('kind', row.kind)}, {row.places} miejsc"))
            return ShelterView(row.id, _entry(row), 0)

    def change_shelter(self, actor: Actor, shelter_id: uuid.UUID, entry: ShelterEntry,
                       changed_on: dt.date) -> ShelterView:
        """A line of the register changed on `changed_on`: each changed field is recorded
        with its old and new value for the voivode."""
        require(actor, Permission.WRITE_PLACEMENTS)
        errors = entry_errors(entry) + date_errors("changed_on", changed_on, required=True)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = self._shelter(s, shelter_id)
            cleaned = ShelterEntry(entry.institution.strip(), entry.address.strip(), entry.kind,
                                   entry.places, entry.valid_from, entry.valid_to)
            changes = changed_fields(_entry(row), cleaned)
            if not changes:
                raise ConflictError("nothing_changed")
            for name, old, new in changes:
                queries.add(s, ShelterChangeRow(shelter_id=row.id, changed_on=changed_on,
                                                field=name, old_value=old, new_value=new))
            row.institution, row.address, row.kind = cleaned.institution, cleaned.address, \
                cleaned.kind.value
            row.places, row.valid_from, row.valid_to = cleaned.places, cleaned.valid_from, \
                cleaned.valid_to
            s.flush()
            return ShelterView(row.id, _entry(row), self._occupied(s, row.id, office_today()))

    def register(self, actor: Actor, on: dt.date | None = None) -> list[ShelterView]:
        """The register with each line's occupancy on `on` (today by default)."""
        self._reader(actor)  # the preparer chooses a line of the register
        day = on or office_today()
        with self.db.session(actor.user_id) as s:
            return [ShelterView(r.id, _entry(r), self._occupied(s, r.id, day))
                    for r in pq.shelters(s)]

    def changes(self, actor: Actor, since: dt.date, until: dt.date) -> list[ShelterChangeLine]:
        require(actor, Permission.READ_PLACEMENTS)
        errors = date_errors("since", since, required=True)
        errors += date_errors("until", until, required=True)
        if errors:
            raise ValidationError(errors)
        if until < since:
            raise ValidationError([FieldError("until", "end_before_start")])
        days = int(placement_law(until).texts["voivode_report"]["days"])
        with self.db.session(actor.user_id) as s:
            lines = []
            for c in pq.shelter_changes(s, since, until):
                shelter = queries.get(s, ShelterRow, c.shelter_id)
                assert shelter is not None
                lines.append(ShelterChangeLine(
                    changed_on=c.changed_on, institution=shelter.institution,
                    kind=POLISH_KINDS[ShelterKind(shelter.kind)], field=c.field,
                    old_value=c.old_value, new_value=c.new_value,
                    due_on=report_due(c.changed_on, days)))
            return lines

    def change_report(self, actor: Actor, since: dt.date, until: dt.date) -> bytes:
        """The report to the voivode of the register's changes in the period."""
        from ops_desktop.documents.shelter_report import render_shelter_report
        lines = self.changes(actor, since, until)
        office = self.office.settings().on_paper()
        law = placement_law(until)
        with self.db.session(actor.user_id) as s:
            audit.record(s, actor.user_id, "print", "shelter_changes", f"{since}..{until}", None)
        return render_shelter_report(office, law.texts["voivode_report"], since, until, lines,
                                     office_today())

    # --- the decisions ----------------------------------------------------------------------

    # interviews (the household's, to choose from): common.SignedDecisions

    def prepare_decision(self, actor: Actor, data: ShelterDecisionInput) -> ShelterDecisionView:
        """A draft decision granting a place: only after a completed interview of the person's
        household, in a line of the register open on the first day, with a place free."""
        self._preparer(actor)
        errors = decision_errors(data)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            case = self._case(s, data.case_id)
            interview = pq.interview(s, data.interview_id)
            if interview is None or interview.person_id not in queries.household_member_ids(
                    s, case.person_id):
                raise ValidationError([FieldError("interview_id", "interview_missing")])
            if interview.status != InterviewStatus.COMPLETED.value or \
                    interview.conducted_on is None:
                raise ValidationError([FieldError("interview_id", "shelter_needs_interview")])
            if interview.conducted_on > data.decided_on:
                raise ValidationError([FieldError("decided_on", "before_interview")])
            shelter = self._shelter(s, data.shelter_id)
            if not open_on(_entry(shelter), data.starts_on):
                raise ValidationError([FieldError("shelter_id", "shelter_not_open")])
            if self._occupied(s, shelter.id, data.starts_on) >= shelter.places:
                raise ValidationError([FieldError("shelter_id", "shelter_full")])
            row = ShelterDecisionRow(
                person_id=case.person_id, case_id=case.id, shelter_id=shelter.id,
                interview_id=interview.id,
                number=common.number(s, "shelter_decision", "SCH", data.decided_on),
                decided_on=data.decided_on, starts_on=data.starts_on, ends_on=data.ends_on,
                reasoning=data.reasoning.strip())
            queries.add(s, row)
            return self._view(s, row)

    # sign, discard and decisions: common.SignedDecisions

    def document(self, actor: Actor, decision_id: uuid.UUID) -> bytes:
        from ops_desktop.documents.placement_decision import render_placement_decision
        self._reader(actor)
        office = self.office.settings().on_paper()
        with self.db.session(actor.user_id) as s:
            row = self._decision(s, decision_id)
            shelter = self._shelter(s, row.shelter_id)
            interview = pq.interview(s, row.interview_id)
            party = common.party(s, row.person_id)
            sign_ = common.case_sign(s, row.case_id)
            audit.record(s, actor.user_id, "print", ENTITY, str(row.id), row.person_id)
        law = placement_law(row.decided_on)
        ruling = law.text("shelter", "ruling").format(
            party=party.full_name, kind=POLISH_KINDS[ShelterKind(shelter.kind)],
            shelter=shelter.institution, address=shelter.address,
            starts_on=date_long(row.starts_on), ends_on=date_long(row.ends_on))
        conducted = interview.conducted_on if interview is not None else None
        told = law.text("shelter", "interview").format(conducted_on=date_long(conducted))
        return render_placement_decision(PlacementDocument(
            office=office, number=row.number, case_sign=sign_, decided_on=row.decided_on,
            party=party, subject=law.text("shelter", "subject"),
            legal_basis=law.text("shelter", "legal_basis"), ruling=(ruling,),
            reasoning=(told, row.reasoning), appeal_days=law.appeal_days,
            signatory=common.signatory(row),
            distribution=("Strona", shelter.institution, "a/a")))

    # --- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _occupied(s: Session, shelter_id: uuid.UUID, on: dt.date) -> int:
        return occupied(((d.starts_on, d.ends_on) for d in pq.shelter_decisions(s, shelter_id)
                         if d.status == common.SIGNED), on)

    @staticmethod
    def _shelter(s: Session, shelter_id: object) -> ShelterRow:
        row = queries.get(s, ShelterRow, require_id("shelter_id", shelter_id))
        if row is None or row.deleted_at is not None:
            raise NotFound("shelter", shelter_id)
        return row

    @staticmethod
    def _rows(s: Session) -> Sequence[ShelterDecisionRow]:
        return pq.shelter_decisions(s)

    @staticmethod
    def _decision(s: Session, decision_id: object) -> ShelterDecisionRow:
        row = queries.get(s, ShelterDecisionRow, require_id("decision_id", decision_id))
        if row is None or row.deleted_at is not None:
            raise NotFound("shelter_decision", decision_id)
        return row

    @staticmethod
    def _view(s: Session, row: ShelterDecisionRow) -> ShelterDecisionView:
        shelter = queries.get(s, ShelterRow, row.shelter_id)
        interview = pq.interview(s, row.interview_id)
        assert shelter is not None
        return ShelterDecisionView(
            id=row.id, number=row.number, person_id=row.person_id,
            person_name=common.person_name(s, row.person_id),
            case_sign=common.case_sign(s, row.case_id), shelter=shelter.institution,
            kind=ShelterKind(shelter.kind), decided_on=row.decided_on, starts_on=row.starts_on,
            ends_on=row.ends_on, interview_on=interview.conducted_on if interview else None,
            signed=row.status == common.SIGNED, signed_on=common.signed_on(row),
            signed_at=row.signed_at, signatory_name=row.signatory_name or "")
