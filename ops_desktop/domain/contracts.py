"""Kontrakt socjalny (art. 108 u.p.s.; template of the regulation of 8.11.2010).

A written agreement between a social worker and a person or family on how they will work
together: the parties, an assessment of the situation, goals and a table of actions
(domain/plans.py), the period, the art. 11 ust. 2 notice and both sides' signatures.
Variant A: a person or family in a difficult life situation; variant B: one unemployed
person (a labour-office referral is attached when there is one), with the causes of
unemployment, qualifications and earlier activation. Once signed by both sides it never
changes; a change is an annex referring to it. The wording printed on it is dated data
(resources/law/contract_texts.json).
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
from ops_desktop.domain.fields import INVALID, date_errors, text_errors

MAX_ASSESSMENT = 5_000
MAX_REFERRAL = 200
MAX_ANNEX_TEXT = 5_000
MAX_END_NOTE = 2_000
MAX_WORKER_PHONE = 40


class Variant(StrEnum):
    A = "A"  # a person or family: resolving a difficult life situation
    B = "B"  # one unemployed person: activity, independence, preventing exclusion


class ContractStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"  # by both sides: never changes again


class EndReason(StrEnum):
    ACHIEVED = "achieved"
    ENDED_EARLY = "ended_early"
    BROKEN = "broken"  # a possible art. 11 ust. 2 ground: the benefits team sees the fact


@dataclass(frozen=True)
class Party:
    """The person or a family member as the contract names them (copied from the register
    when the draft is made, so the signed paper keeps saying what it said)."""

    name: str
    pesel: str
    address: str
    main: bool  # the person the contract is made with


@dataclass(frozen=True)
class Assessment:
    causes: str
    strengths: str
    limitations: str
    # variant B only
    unemployment_causes: str = ""
    qualifications: str = ""
    earlier_activation: str = ""  # earlier activation and why it failed


ASSESSMENT_FIELDS = ("causes", "strengths", "limitations")
ASSESSMENT_B_FIELDS = ("unemployment_causes", "qualifications", "earlier_activation")


def assessment_errors(variant: Variant, assessment: object) -> list[FieldError]:
    if not isinstance(assessment, Assessment):
        return [FieldError("assessment", INVALID)]
    errors: list[FieldError] = []
    for name in ASSESSMENT_FIELDS:
        errors += text_errors(name, getattr(assessment, name), MAX_ASSESSMENT, required=True,
                              multiline=True)
    for name in ASSESSMENT_B_FIELDS:
        errors += text_errors(name, getattr(assessment, name), MAX_ASSESSMENT,
                              required=variant is Variant.B, multiline=True)
        if variant is Variant.A and isinstance(getattr(assessment, name), str) \
                and getattr(assessment, name).strip():
            errors.append(FieldError(name, "variant_b_only"))
    return errors


def signing_errors(signed_on: object, starts_on: dt.date, today: dt.date) -> list[FieldError]:
    errors = date_errors("signed_on", signed_on, required=True)
    if not errors:
        if signed_on > today:  # type: ignore[operator]
            errors.append(FieldError("signed_on", "future_date"))
        elif signed_on > starts_on:  # type: ignore[operator]
            # the contract binds from "od": it cannot be signed after its period began
            errors.append(FieldError("signed_on", "after_start"))
    return errors


def ending_errors(reason: object, ended_on: object, note: object, signed_on: dt.date,
                  today: dt.date) -> list[FieldError]:
    errors = [] if isinstance(reason, EndReason) else [FieldError("reason", INVALID)]
    dated = date_errors("ended_on", ended_on, required=True)
    errors += dated
    if not dated:
        if ended_on > today:  # type: ignore[operator]
            errors.append(FieldError("ended_on", "future_date"))
        elif ended_on < signed_on:  # type: ignore[operator]
            errors.append(FieldError("ended_on", "before_signed"))
    return errors + text_errors("end_note", note, MAX_END_NOTE, multiline=True)


# --- the wording on paper, dated ----------------------------------------------------------

@dataclass(frozen=True)
class ContractTexts:
    valid_from: dt.date
    source: str
    confirmed: bool  # checked by the office's legal adviser
    title: str
    heading: str
    clause: str  # the art. 11 ust. 2 notice
    annex_title: str
    review_title: str


_TEXT_KEYS = ("source", "title", "heading", "clause", "annex_title", "review_title")


def _texts(raw: Any) -> ContractTexts:
    try:
        values = {k: raw[k] for k in _TEXT_KEYS}
        if not all(isinstance(v, str) and v for v in values.values()):
            raise ValueError("empty text")
        if not isinstance(raw["confirmed"], bool):
            raise ValueError("confirmed")
        return ContractTexts(valid_from=dt.date.fromisoformat(raw["valid_from"]),
                             confirmed=raw["confirmed"], **values)
    except (KeyError, TypeError, ValueError) as exc:
        raise DomainError("contract_texts_invalid", str(exc)) from exc


@cache
def _text_sets() -> tuple[ContractTexts, ...]:
    document = json.loads(resource_path("law", "contract_texts.json").read_text("utf-8"))
    return tuple(sorted((_texts(s) for s in document["sets"]), key=lambda t: t.valid_from))


def contract_texts(on: dt.date) -> ContractTexts:
    """The wording in force on `on` (the day the contract is made)."""
    in_force = [t for t in _text_sets() if t.valid_from <= on]
    if not in_force:
        raise DomainError("contract_texts_missing", on.isoformat())
    return in_force[-1]
