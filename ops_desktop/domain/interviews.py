"""Rodzinny wywiad środowiskowy (art. 106 ust. 4, art. 107 u.p.s.; Dz.U. 2021 poz. 893).

The questionnaire is data (resources/law/interview_form.json): its parts, their segments and
each segment's fields, dated and with its source; what the office has not checked against
the regulation's annex stays marked unconfirmed and is shown so. Part I is the interview
(segments A–J; A, H, I and J compulsory), Part IV its update. Answers are kept per segment
as {field code: text}. The clock runs from the day the office learned of the need: 14
working days, 2 when urgent (domain/calendar.interview_deadline).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.errors import DomainError, FieldError
from ops_desktop.domain.fields import INVALID, date_errors, text_errors

MAX_ANSWER = 5_000
MAX_LINE = 300
MAX_PLACE = 200
MAX_NUMBER = 999


class InterviewKind(StrEnum):
    INTERVIEW = "interview"  # Part I
    UPDATE = "update"  # Part IV: aktualizacja, referring to the interview it updates


class InterviewStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"
    # The person would not let the interview be conducted, or would not sign the statement of
    # assets (art. 107 ust. 4a/5 u.p.s.): recorded instead of completing the interview, on
    # the day of the visit (conducted_on), and a ground to refuse the benefit
    # (domain/interview_rules.py).
    REFUSED_INTERVIEW = "refused_interview"
    REFUSED_STATEMENT = "refused_statement"
    # Not stored: an interview a signed decision refers to (through the application linked
    # to it) is frozen, whichever PC signed the decision and whenever it arrived here.
    FROZEN = "frozen"


REFUSALS = frozenset({InterviewStatus.REFUSED_INTERVIEW, InterviewStatus.REFUSED_STATEMENT})
# What a benefits worker may link an application to: an interview done, or one refused.
LINKABLE = frozenset({InterviewStatus.COMPLETED, *REFUSALS})


class FieldKind(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    NUMBER = "number"
    YESNO = "yesno"


YES, NO = "tak", "nie"


@dataclass(frozen=True)
class FormField:
    code: str
    label: str
    kind: FieldKind
    required: bool  # in a compulsory segment, needed before the interview is completed
    confirmed: bool


@dataclass(frozen=True)
class Segment:
    code: str
    title: str
    compulsory: bool
    confirmed: bool
    fields: tuple[FormField, ...]


@dataclass(frozen=True)
class Part:
    code: str
    title: str
    kind: str  # "interview", "update", or "not_kept" (listed, not filled in the program)
    confirmed: bool
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class InterviewForm:
    valid_from: dt.date
    source: str
    confirmed: bool
    title: str
    working_days: int
    urgent_working_days: int
    parts: tuple[Part, ...]

    def part(self, kind: InterviewKind) -> Part:
        return next(p for p in self.parts if p.kind == kind.value)

    def segments(self, kind: InterviewKind) -> tuple[Segment, ...]:
        return self.part(kind).segments

    def compulsory(self, kind: InterviewKind) -> tuple[str, ...]:
        return tuple(s.code for s in self.segments(kind) if s.compulsory)


Answers = dict[str, dict[str, str]]  # {segment code: {field code: what was written}}


def _field(raw: Any) -> FormField:
    if not (isinstance(raw["code"], str) and raw["code"] and isinstance(raw["label"], str)):
        raise ValueError("field")
    return FormField(raw["code"], raw["label"], FieldKind(raw["kind"]),
                     bool(raw.get("required", False)), bool(raw["confirmed"]))


def _segment(raw: Any) -> Segment:
    fields = tuple(_field(f) for f in raw["fields"])
    if len({f.code for f in fields}) != len(fields):
        raise ValueError(f"segment {raw['code']}: field codes repeat")
    return Segment(raw["code"], raw["title"], bool(raw["compulsory"]), bool(raw["confirmed"]),
                   fields)


def _form(raw: Any) -> InterviewForm:
    try:
        parts = tuple(Part(p["code"], p["title"], p["kind"], bool(p["confirmed"]),
                           tuple(_segment(s) for s in p["segments"])) for p in raw["parts"])
        kinds = [p.kind for p in parts]
        if kinds.count("interview") != 1 or kinds.count("update") != 1:
            raise ValueError("one interview part and one update part")
        return InterviewForm(dt.date.fromisoformat(raw["valid_from"]), raw["source"],
                             bool(raw["confirmed"]), raw["title"], int(raw["working_days"]),
                             int(raw["urgent_working_days"]), parts)
    except (KeyError, TypeError, ValueError) as exc:
        raise DomainError("interview_form_invalid", str(exc)) from exc


@cache
def _forms() -> tuple[InterviewForm, ...]:
    document = json.loads(resource_path("law", "interview_form.json").read_text("utf-8"))
    return tuple(sorted((_form(s) for s in document["sets"]), key=lambda f: f.valid_from))


def interview_form(on: dt.date) -> InterviewForm:
    """The questionnaire in force on `on` (the day the interview was opened)."""
    in_force = [f for f in _forms() if f.valid_from <= on]
    if not in_force:
        raise DomainError("interview_form_missing", on.isoformat())
    return in_force[-1]


def deadline(learned_on: dt.date, urgent: bool) -> dt.date:
    """§3 ust. 2–3 of the regulation: from the day the office learned of the need, the
    form's working days (14), or its urgent ones (2).

    A need learned of before the earliest questionnaire the data holds (an office's records
    carried over from before 11.11.2021) takes that questionnaire's days: the list of every
    interview, and the head's dashboard, must not fail on one old record. The earlier
    regulation (2016) set the same 14 and 2 working days (not checked against its text)."""
    forms = _forms()
    in_force = [f for f in forms if f.valid_from <= learned_on]
    form = in_force[-1] if in_force else forms[0]
    return add_working_days(learned_on, form.urgent_working_days if urgent else form.working_days)


def is_overdue(due_on: dt.date, status: InterviewStatus, today: dt.date) -> bool:
    return status is InterviewStatus.DRAFT and today > due_on


def overdue_learned_until(urgent: bool, today: dt.date) -> dt.date:
    """The latest day of learning of the need whose interview, still a draft, is overdue
    `today`: a long list counts its overdue drafts in the store by this day. The deadline
    never falls earlier for a later day of learning, so every earlier day is overdue too."""
    day = today - dt.timedelta(days=1)
    while deadline(day, urgent) >= today:
        day -= dt.timedelta(days=1)
    return day


def field_name(segment: str, field: str) -> str:
    """The name an answer's error carries: the form puts the message under that field."""
    return f"{segment}.{field}"


def _answer_errors(name: str, f: FormField, value: object) -> list[FieldError]:
    if f.kind is FieldKind.MULTILINE:
        return text_errors(name, value, MAX_ANSWER, multiline=True)
    errors = text_errors(name, value, MAX_LINE)
    if errors or not isinstance(value, str) or not value.strip():
        return errors
    if f.kind is FieldKind.NUMBER and not (value.strip().isdigit()
                                           and int(value.strip()) <= MAX_NUMBER):
        return [FieldError(name, "not_a_number")]
    if f.kind is FieldKind.YESNO and value.strip() not in (YES, NO):
        return [FieldError(name, INVALID)]
    return []


def answers_errors(form: InterviewForm, kind: InterviewKind, answers: object) -> list[FieldError]:
    """What is wrong with the answers as written (nothing is required yet: a draft may be
    saved half filled); every field checked, so the form marks all at once."""
    if not isinstance(answers, dict):
        return [FieldError("answers", INVALID)]
    segments = {s.code: s for s in form.segments(kind)}
    errors: list[FieldError] = []
    for code, given in answers.items():
        segment = segments.get(code) if isinstance(code, str) else None
        if segment is None or not isinstance(given, dict):
            errors.append(FieldError("answers", INVALID))
            continue
        fields = {f.code: f for f in segment.fields}
        for name, value in given.items():
            if name not in fields:
                errors.append(FieldError("answers", INVALID))
                continue
            errors += _answer_errors(field_name(code, name), fields[name], value)
    return errors


def completion_errors(form: InterviewForm, kind: InterviewKind,
                      answers: Answers) -> list[FieldError]:
    """The required fields of the compulsory segments left blank."""
    return [FieldError(field_name(s.code, f.code), "required")
            for s in form.segments(kind) if s.compulsory for f in s.fields
            if f.required and not answers.get(s.code, {}).get(f.code, "").strip()]


def clean_answers(answers: Answers) -> Answers:
    """Trimmed, blank answers left out (a blank is no answer)."""
    out: Answers = {}
    for code, given in answers.items():
        kept = {k: v.replace("\r\n", "\n").strip() for k, v in given.items() if v.strip()}
        if kept:
            out[code] = kept
    return out


def conducted_errors(conducted_on: object, learned_on: dt.date, place: object,
                     today: dt.date, required: bool = True) -> list[FieldError]:
    """The day the interview was conducted and where: needed to complete it."""
    errors = date_errors("conducted_on", conducted_on, required=required)
    if not errors and conducted_on is not None:
        if conducted_on > today:  # type: ignore[operator]
            errors.append(FieldError("conducted_on", "future_date"))
        elif conducted_on < learned_on:  # type: ignore[operator]
            errors.append(FieldError("conducted_on", "before_learned"))
    return errors + text_errors("place", place, MAX_PLACE, required=required)


def learned_errors(learned_on: object, today: dt.date) -> list[FieldError]:
    errors = date_errors("learned_on", learned_on, required=True)
    if not errors and learned_on > today:  # type: ignore[operator]
        errors.append(FieldError("learned_on", "future_date"))
    return errors
