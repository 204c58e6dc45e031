"""Social-work notes on a case: interviews, visits, work with the family, Niebieska Karta.

Only the social-work team and the head read or write them (DOMAIN.md §10): benefits staff
see incomes and decisions, never these narratives. Every reading is logged (who read whose
notes), as opening a person's file is. A note is a record of fact: its author
may correct the text on the day it was written; after that it stays as written and a
later note says what changed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import (
    ConflictError,
    FieldError,
    NotFound,
    ValidationError,
)
from ops_desktop.domain.fields import INVALID, date_errors, require_page
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.text import has_control_characters
from ops_desktop.domain.vocabulary import NoteKind, Team
from ops_desktop.services.context import Actor, require_team
from ops_desktop.services.mapping import local_time
from ops_desktop.storage import audit, queries
from ops_desktop.storage import social_work_queries as notes_q
from ops_desktop.storage.database import Database
from ops_desktop.storage.models import CaseRow, SocialWorkNoteRow

MAX_NOTE_TEXT = 20_000
TEAM = Team.SOCIAL_WORK.value
VIEWED = "social_work_notes"  # the entity a reading of notes is logged under


@dataclass(frozen=True)
class NoteView:
    id: uuid.UUID
    case_id: uuid.UUID
    case_sign: str
    person_id: uuid.UUID
    kind: NoteKind
    noted_on: dt.date  # the day of the visit, interview or meeting the note records
    text: str
    author_id: uuid.UUID
    author_name: str
    written_at: dt.datetime  # office wall clock
    edited: bool  # the author corrected it on the day it was written

    @property
    def first_line(self) -> str:
        return self.text.split("\n", 1)[0]

    @property
    def niebieska_karta(self) -> bool:
        """Niebieska Karta records: the screen marks them so nobody reads one unawares."""
        return self.kind is NoteKind.NIEBIESKA_KARTA

    def editable_by(self, user_id: uuid.UUID, today: dt.date) -> bool:
        return user_id == self.author_id and self.written_at.date() == today


def _note_view(record: notes_q.NoteRecord) -> NoteView:
    row, author_name, case_sign = record
    return NoteView(
        id=row.id,
        case_id=row.case_id,
        case_sign=case_sign,
        person_id=row.person_id,
        kind=NoteKind(row.kind),
        noted_on=row.noted_on,
        text=row.text,
        author_id=row.author_id,
        author_name=author_name,
        written_at=local_time(row.created_at),
        edited=row.version > 1,
    )


def clean_text(text: str) -> str:
    """Line ends as one "\\n" and no blank edges: what is stored and compared."""
    return text.replace("\r\n", "\n").strip()


def text_errors(text: str) -> list[FieldError]:
    cleaned = clean_text(text)
    if not cleaned:
        return [FieldError("text", "required")]
    if len(cleaned) > MAX_NOTE_TEXT:
        return [FieldError("text", "too_long")]
    # A note runs over many lines and may be indented; other control characters do not belong.
    if has_control_characters(cleaned.replace("\n", " ").replace("\t", " ")):
        return [FieldError("text", "invalid_characters")]
    return []


def note_errors(kind: NoteKind | str, noted_on: dt.date, text: str, today: dt.date,
                case_opened_on: dt.date) -> list[FieldError]:
    """What is wrong with a new note on a case opened on `case_opened_on`."""
    errors: list[FieldError] = []
    if not isinstance(kind, str) or kind not in {k.value for k in NoteKind}:
        errors.append(FieldError("kind", "invalid_choice"))
    # A datetime is not a day (comparing the two raises TypeError), nor is anything else.
    errors += date_errors("noted_on", noted_on, required=True)
    if not errors or errors[-1].field != "noted_on":
        if noted_on > today:
            errors.append(FieldError("noted_on", "future_date"))
        elif noted_on < case_opened_on:
            errors.append(FieldError("noted_on", "before_case_opened"))
    if not isinstance(text, str):
        return errors + [FieldError("text", INVALID)]
    return errors + text_errors(text)


class SocialWorkService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _social_work_case(case: CaseRow | None, case_id: uuid.UUID) -> CaseRow:
        if case is None or case.deleted_at is not None:
            raise NotFound("case", case_id)
        if case.team_code != TEAM:
            raise ConflictError("not_social_work_case", case.sign)
        return case

    def add_note(self, actor: Actor, case_id: uuid.UUID, kind: NoteKind | str,
                 noted_on: dt.date, text: str) -> NoteView:
        """Record a note on a social-work case; the actor is its author."""
        require_team(actor, Permission.WRITE_SOCIAL_WORK_NOTES, TEAM)
        with self.db.session(actor.user_id) as s:
            case = self._social_work_case(queries.get(s, CaseRow, case_id), case_id)
            if case.closed_on is not None:
                raise ConflictError("case_closed", case.sign)
            errors = note_errors(kind, noted_on, text, wall_today(), case.opened_on)
            if errors:
                raise ValidationError(errors)
            row = SocialWorkNoteRow(case_id=case.id, person_id=case.person_id,
                                    kind=NoteKind(kind).value, noted_on=noted_on,
                                    text=clean_text(text), author_id=actor.user_id)
            queries.add(s, row)
            record = notes_q.note(s, row.id)
            assert record is not None
            return _note_view(record)

    def notes(self, actor: Actor, case_id: uuid.UUID, limit: int = 200,
              offset: int = 0) -> list[NoteView]:
        """The case's notes, the latest event first."""
        require_team(actor, Permission.READ_SOCIAL_WORK_NOTES, TEAM)
        require_page(limit, offset)
        with self.db.session(actor.user_id) as s:
            case = self._social_work_case(queries.get(s, CaseRow, case_id), case_id)
            if offset == 0:  # opening the notes; the following pages are the same reading
                audit.record(s, actor.user_id, "view", VIEWED, None, case.person_id,
                             {"case": case.sign})
            return [_note_view(r) for r in notes_q.notes_of_case(s, case_id, limit, offset)]

    def count(self, actor: Actor, case_id: uuid.UUID) -> int:
        require_team(actor, Permission.READ_SOCIAL_WORK_NOTES, TEAM)
        with self.db.session(actor.user_id) as s:
            self._social_work_case(queries.get(s, CaseRow, case_id), case_id)
            return notes_q.count_notes_of_case(s, case_id)

    def note(self, actor: Actor, note_id: uuid.UUID) -> NoteView:
        require_team(actor, Permission.READ_SOCIAL_WORK_NOTES, TEAM)
        with self.db.session(actor.user_id) as s:
            record = notes_q.note(s, note_id)
            if record is None:
                raise NotFound("social_work_note", note_id)
            audit.record(s, actor.user_id, "view", VIEWED, str(note_id), record[0].person_id,
                         {"case": record[2]})
            return _note_view(record)

    def notes_for_person(self, actor: Actor, person_id: uuid.UUID, limit: int = 200,
                         offset: int = 0) -> list[NoteView]:
        """Every note on the person's social-work cases, the latest event first."""
        require_team(actor, Permission.READ_SOCIAL_WORK_NOTES, TEAM)
        require_page(limit, offset)
        with self.db.session(actor.user_id) as s:
            if offset == 0:
                audit.record(s, actor.user_id, "view", VIEWED, None, person_id)
            return [_note_view(r) for r in notes_q.notes_of_person(s, person_id, limit, offset)]

    def count_for_person(self, actor: Actor, person_id: uuid.UUID) -> int:
        require_team(actor, Permission.READ_SOCIAL_WORK_NOTES, TEAM)
        with self.db.session(actor.user_id) as s:
            return notes_q.count_notes_of_person(s, person_id)

    def edit_note(self, actor: Actor, note_id: uuid.UUID, text: str) -> NoteView:
        """Correct the text of one's own note on the day it was written; otherwise it is locked."""
        require_team(actor, Permission.WRITE_SOCIAL_WORK_NOTES, TEAM)
        with self.db.session(actor.user_id) as s:
            record = notes_q.note(s, note_id)
            if record is None:
                raise NotFound("social_work_note", note_id)
            if not _note_view(record).editable_by(actor.user_id, wall_today()):
                raise ConflictError("note_locked")
            errors = text_errors(text)
            if errors:
                raise ValidationError(errors)
            row = record[0]
            cleaned = clean_text(text)
            if row.text != cleaned:
                row.text = cleaned
                s.flush()
            return _note_view((row, record[1], record[2]))
