"""Niebieska Karta (ustawa o przeciwdziałaniu przemocy domowej art. 9a–9d; Dz.U. 2023 poz. 1870):
the procedure's steps, their working-day timers and its closing grounds.

The steps, the days and the closing grounds are dated data (resources/law/blue_card.json),
each with its source and whether a lawyer has checked it; the code only chains them. The
procedure starts with form A (who filled it, when, every victim and every person using
violence); each step's clock runs from the step before it, counted in working days
(domain/calendar.add_working_days). The notice to an absent person using violence is due only
when the group's first meeting found someone absent.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.errors import DomainError, FieldError
from ops_desktop.domain.fields import INVALID, date_errors, text_errors
from ops_desktop.domain.law import in_force

FORM_A = "form_a"  # the event that starts the first clock
MAX_FILLED_BY = 200
MAX_NOTE = 2000
MAX_PARTIES = 20


class PartyRole(StrEnum):
    VICTIM = "victim"  # osoba doznająca przemocy domowej
    USING_VIOLENCE = "using_violence"  # osoba stosująca przemoc domową


@dataclass(frozen=True)
class StepRule:
    code: str
    after: str  # the step (or "form_a") whose date starts this step's clock
    working_days: int
    title: str
    confirmed: bool
    cite: str
    only_when_absent: bool = False


@dataclass(frozen=True)
class Item:
    """A form recorded without a timer (C, D), a closing ground, or a letter."""

    code: str
    title: str
    confirmed: bool
    cite: str


@dataclass(frozen=True)
class BlueCardLaw:
    valid_from: dt.date
    source: str
    steps: tuple[StepRule, ...]
    forms: tuple[Item, ...]
    closing_reasons: tuple[Item, ...]
    letters: tuple[Item, ...]

    @property
    def step_codes(self) -> tuple[str, ...]:
        return tuple(s.code for s in self.steps)

    @property
    def recordable(self) -> tuple[str, ...]:
        """What the worker records with a date: every step and every form."""
        return self.step_codes + tuple(f.code for f in self.forms)

    def title(self, code: str) -> str:
        for item in (*self.steps, *self.forms, *self.closing_reasons, *self.letters):
            if item.code == code:
                return item.title
        return code


def _invalid(detail: str) -> DomainError:
    return DomainError("law_file_invalid", f"blue_card.json: {detail}")


def _item(raw: Any) -> Item:
    try:
        return Item(str(raw["code"]), str(raw["title"]), bool(raw["confirmed"]), str(raw["cite"]))
    except (KeyError, TypeError) as e:
        raise _invalid(repr(e)) from e


def _set(raw: Any) -> BlueCardLaw:
    try:
        steps = tuple(StepRule(str(s["code"]), str(s["after"]), int(s["working_days"]),
                               str(s["title"]), bool(s["confirmed"]), str(s["cite"]),
                               bool(s.get("only_when_absent", False))) for s in raw["steps"])
        law = BlueCardLaw(dt.date.fromisoformat(raw["valid_from"]), str(raw["source"]), steps,
                          tuple(map(_item, raw["forms"])),
                          tuple(map(_item, raw["closing_reasons"])),
                          tuple(map(_item, raw["letters"])))
    except (KeyError, TypeError, ValueError) as e:
        raise _invalid(repr(e)) from e
    known = {FORM_A}
    for step in law.steps:  # each clock starts from something recorded before it
        if step.after not in known or step.working_days < 0:
            raise _invalid(f"step {step.code}")
        known.add(step.code)
    return law


@functools.cache
def _sets() -> tuple[BlueCardLaw, ...]:
    document = json.loads(resource_path("law", "blue_card.json").read_text("utf-8"))
    return tuple(sorted(map(_set, document["sets"]), key=lambda s: s.valid_from))


def blue_card_law(on: dt.date) -> BlueCardLaw:
    """The rules in force on `on` (the day form A was filled); the first set before it."""
    return in_force(_sets(), on)


@dataclass(frozen=True)
class OpenStep:
    """A step the procedure waits for, and the last working day it is due."""

    code: str
    due_on: dt.date

    def is_overdue(self, today: dt.date) -> bool:
        return self.due_on < today


def open_steps(law: BlueCardLaw, form_a_on: dt.date, done: dict[str, dt.date],
               someone_absent: bool) -> list[OpenStep]:
    """Every step not yet recorded whose clock has started, with its due date. A step waits
    for the one before it: the group cannot be appointed before form A reached the chair."""
    dates = {FORM_A: form_a_on, **done}
    waiting = []
    for step in law.steps:
        if step.code in done or step.after not in dates:
            continue
        if step.only_when_absent and not someone_absent:
            continue
        waiting.append(OpenStep(step.code, add_working_days(dates[step.after], step.working_days)))
    return waiting


def form_a_errors(filled_on: object, filled_by: object, victims: object,
                  using_violence: object, note: object, today: dt.date) -> list[FieldError]:
    """Every problem of form A as recorded, so the form marks them all at once."""
    errors = date_errors("filled_on", filled_on, required=True)
    if not errors and filled_on > today:  # type: ignore[operator]
        errors.append(FieldError("filled_on", "future_date"))
    errors += text_errors("filled_by", filled_by, MAX_FILLED_BY, required=True)
    lists_ok = True
    for field, ids in (("victims", victims), ("using_violence", using_violence)):
        if not isinstance(ids, (list, tuple, frozenset, set)) or len(ids) > MAX_PARTIES:
            errors.append(FieldError(field, INVALID))
            lists_ok = False
        elif not ids:
            errors.append(FieldError(field, "required"))
    if lists_ok and set(victims) & set(using_violence):  # type: ignore[arg-type]
        errors.append(FieldError("using_violence", "party_both_roles"))
    return errors + text_errors("note", note, MAX_NOTE, multiline=True)


def step_errors(law: BlueCardLaw, code: object, done_on: object, form_a_on: dt.date,
                done: dict[str, dt.date], today: dt.date, note: object) -> list[FieldError]:
    """A step or form recorded: one the procedure knows, not yet recorded, dated between the
    step it follows (form A for a form) and today."""
    if not isinstance(code, str) or code not in law.recordable:
        return [FieldError("step", INVALID)]
    if code in done:
        return [FieldError("step", "step_already_recorded")]
    rule = next((s for s in law.steps if s.code == code), None)
    if rule is not None and rule.after != FORM_A and rule.after not in done:
        return [FieldError("step", "step_not_yet_due")]
    errors = date_errors("done_on", done_on, required=True)
    if not errors:
        assert isinstance(done_on, dt.date)
        earliest = done.get(rule.after, form_a_on) if rule else form_a_on
        if done_on > today:
            errors.append(FieldError("done_on", "future_date"))
        elif done_on < earliest:
            errors.append(FieldError("done_on", "before_previous_step"))
    return errors + text_errors("note", note, MAX_NOTE, multiline=True)


def close_errors(law: BlueCardLaw, reason: object, closed_on: object, form_a_on: dt.date,
                 today: dt.date) -> list[FieldError]:
    errors = [] if reason in {r.code for r in law.closing_reasons} else [
        FieldError("reason", "required" if reason in (None, "") else INVALID)]
    date = date_errors("closed_on", closed_on, required=True)
    if not date:
        assert isinstance(closed_on, dt.date)
        if closed_on > today:
            date.append(FieldError("closed_on", "future_date"))
        elif closed_on < form_a_on:
            date.append(FieldError("closed_on", "before_previous_step"))
    return errors + date
