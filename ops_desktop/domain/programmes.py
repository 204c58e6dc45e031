"""Individual programmes and the help plan: planned social work with a person.

An individual programme (indywidualny program wychodzenia z bezdomności, usamodzielnienia,
zatrudnienia socjalnego, integracji) and the help plan (plan pomocy) that follows a family
interview's part J are planned like a kontrakt socjalny: a diagnosis, a main goal, specific
goals, a table of actions and dated reviews (domain/plans.py, shared). They are signed by the
person and the worker and never change afterwards; they end once, with a reason
(domain/contracts.EndReason). Which kinds there are, their printed names and legal bases are
dated data (resources/law/programme_kinds.json), most of them still to be confirmed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.errors import DomainError, FieldError
from ops_desktop.domain.fields import INVALID, text_errors

MAX_DIAGNOSIS = 5_000
MAX_WORKER_PHONE = 40
HELP_PLAN = "help_plan"  # the kind that is made from an interview's part J


class ProgrammeStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"  # by the person and the worker: never changes again


@dataclass(frozen=True)
class ProgrammeKind:
    code: str
    title: str  # as printed
    basis: str  # the legal basis as printed
    source: str
    confirmed: bool  # checked by the office's legal adviser
    from_interview: bool  # made from a family interview's part J


_KIND_KEYS = ("code", "title", "basis", "source")


def _kind(raw: Any) -> ProgrammeKind:
    try:
        values = {k: raw[k] for k in _KIND_KEYS}
        if not all(isinstance(v, str) and v for v in values.values()):
            raise ValueError("empty text")
        if not isinstance(raw["confirmed"], bool) or not isinstance(raw["from_interview"], bool):
            raise ValueError("flag")
        return ProgrammeKind(confirmed=raw["confirmed"], from_interview=raw["from_interview"],
                             **values)
    except (KeyError, TypeError, ValueError) as exc:
        raise DomainError("programme_kinds_invalid", str(exc)) from exc


@cache
def _kind_sets() -> tuple[tuple[dt.date, tuple[ProgrammeKind, ...]], ...]:
    document = json.loads(resource_path("law", "programme_kinds.json").read_text("utf-8"))
    sets = ((dt.date.fromisoformat(s["valid_from"]), tuple(_kind(k) for k in s["kinds"]))
            for s in document["sets"])
    return tuple(sorted(sets, key=lambda s: s[0]))


def programme_kinds(on: dt.date) -> tuple[ProgrammeKind, ...]:
    """The kinds in force on `on` (the day the programme is drawn up)."""
    in_force = [kinds for valid_from, kinds in _kind_sets() if valid_from <= on]
    if not in_force:
        raise DomainError("programme_kinds_missing", on.isoformat())
    return in_force[-1]


def programme_kind(code: str, on: dt.date) -> ProgrammeKind | None:
    return next((k for k in programme_kinds(on) if k.code == code), None)


def kind_errors(code: object, on: dt.date, from_interview: bool) -> list[FieldError]:
    """The kind must be one in force; a help plan only from an interview, and an individual
    programme never."""
    kind = programme_kind(code, on) if isinstance(code, str) else None
    if kind is None:
        return [FieldError("kind", INVALID)]
    if kind.from_interview != from_interview:
        return [FieldError("kind", "help_plan_from_interview" if kind.from_interview
                           else "not_from_interview")]
    return []


def diagnosis_errors(diagnosis: object, worker_phone: object) -> list[FieldError]:
    return (text_errors("diagnosis", diagnosis, MAX_DIAGNOSIS, required=True, multiline=True)
            + text_errors("worker_phone", worker_phone, MAX_WORKER_PHONE))


def interview_plan(answers: dict[str, dict[str, str]], update: bool) -> tuple[str, list[str]]:
    """What a help plan starts from: the worker's conclusions (the diagnosis) and the planned
    help, one line a goal/action, from part I segments I and J – or, for a Part IV update,
    its segment C."""
    conclusions = answers.get("C" if update else "I", {}).get("conclusions", "")
    plan = answers.get("C" if update else "J", {}).get("plan", "")
    lines = [line.strip(" -•\t") for line in plan.splitlines()]
    return conclusions.strip(), [line for line in lines if line]
