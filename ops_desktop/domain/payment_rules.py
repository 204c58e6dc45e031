"""Dated payment data (resources/law/payments.json): the budget chapter of each form of help,
the rounding of a part month and the Elixir-O constants, each with its source and whether
the office has confirmed it. Nothing here is certain until its `confirmed` says so."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.vocabulary import BenefitForm

# The only rounding domain/payments.py implements (payments.prorated): 0,005 zł up.
HALF_UP = "half_up"


@dataclass(frozen=True)
class Chapter:
    code: str  # rozdział klasyfikacji budżetowej, e.g. "85214"
    name: str
    source: str
    confirmed: bool


@dataclass(frozen=True)
class ElixirRules:
    transaction_code: str
    classification: str
    line_end: str
    code_page: str  # the default; a bank profile of the office may set another
    source: str
    confirmed: bool


@dataclass(frozen=True)
class PaymentRules:
    valid_from: dt.date
    chapters: dict[BenefitForm, Chapter]
    rounding: str
    rounding_source: str
    rounding_confirmed: bool
    elixir: ElixirRules

    def chapter_of(self, form: BenefitForm) -> Chapter:
        return self.chapters[form]


def _invalid(detail: str) -> DomainError:
    return DomainError("law_file_invalid", f"payments.json: {detail}")


def _parse(raw: dict[str, Any]) -> PaymentRules:
    try:
        chapters = {BenefitForm(form): Chapter(str(c["code"]), str(c["name"]), str(c["source"]),
                                               bool(c["confirmed"]))
                    for form, c in raw["chapters"].items()}
        rounding, elixir = raw["rounding"], raw["elixir"]
        rules = PaymentRules(
            valid_from=dt.date.fromisoformat(raw["valid_from"]), chapters=chapters,
            rounding=str(rounding["rule"]), rounding_source=str(rounding["source"]),
            rounding_confirmed=bool(rounding["confirmed"]),
            elixir=ElixirRules(str(elixir["transaction_code"]), str(elixir["classification"]),
                               str(elixir["line_end"]), str(elixir["code_page"]),
                               str(elixir["source"]), bool(elixir["confirmed"])))
    except (KeyError, TypeError, ValueError) as exc:
        raise _invalid(repr(exc)) from exc
    if set(chapters) != set(BenefitForm):
        raise _invalid("every form of help needs its chapter")
    if rules.rounding != HALF_UP:
        raise _invalid(f"rounding {rules.rounding!r} is not implemented")
    return rules


@functools.cache
def _sets() -> tuple[PaymentRules, ...]:
    data = json.loads(resource_path("law", "payments.json").read_text(encoding="utf-8"))
    return tuple(sorted((_parse(s) for s in data["sets"]), key=lambda r: r.valid_from))


def payment_rules(on: dt.date) -> PaymentRules:
    """The set in force on `on` (the first day of a benefit month)."""
    chosen = [r for r in _sets() if r.valid_from <= on]
    if not chosen:
        raise DomainError("no_payment_rules", on.isoformat())
    return chosen[-1]
