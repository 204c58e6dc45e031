"""How long the office keeps a person's files, and when their personal data must go.

DOMAIN.md §10: retention follows the office's file classification list (jednolity rzeczowy
wykaz akt). A category "B10" file is kept 10 full years counted from 1 January of the year
after the case was closed; category "A" files go to the state archive and are never destroyed
here. After the period the office anonymises the person (ops_desktop.services.personal_data).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ops_desktop.domain.errors import FieldError
from ops_desktop.domain.vocabulary import Team

MAX_YEARS = 100
# A: archival, kept for ever; B<n>/BE<n>: kept n years; Bc: destroyed after practical use.
_CATEGORY = re.compile(r"^(A|Bc|BE?(\d{1,3}))$")
_DOCUMENT_CLASS = re.compile(r"^[a-z0-9_.:-]{1,60}$")
ARCHIVAL = "A"

# The phrase the head types to confirm an anonymisation of `n` persons.
CONFIRMATION_WORD = "ANONIMIZUJ"


@dataclass(frozen=True)
class RetentionRule:
    """One class of documents, its archival category and how many years it is kept."""

    document_class: str  # "case_file.benefits": the case files of one team
    category: str  # "B10", "BE5", "Bc" or "A"
    years: int

    @property
    def permanent(self) -> bool:
        return self.category == ARCHIVAL


def case_file_class(team: str) -> str:
    """The document class of a team's individual case files (akta sprawy)."""
    return f"case_file.{team}"


# Defaults only: the office sets these from its own file classification list (the head's
# order introducing the jednolity rzeczowy wykaz akt), which may differ per team.
DEFAULT_RULES: tuple[RetentionRule, ...] = tuple(
    RetentionRule(case_file_class(team.value), "B10", 10) for team in Team
)


def destroy_after(closed_on: dt.date, years: int) -> dt.date:
    """The first day the file may go: 1 January of (closed year + 1 + years).

    A B10 file of a case closed on 15 June 2015 is counted from 1 January 2016; its ten
    years end on 31 December 2025, so it may be destroyed from 1 January 2026.
    """
    if years < 0:
        raise ValueError("years must not be negative")
    return dt.date(closed_on.year + 1 + years, 1, 1)


def is_past(closed_on: dt.date, rule: RetentionRule, today: dt.date) -> bool:
    """True when the rule's retention of a file closed on `closed_on` has run out by `today`."""
    if rule.permanent:
        return False
    return today >= destroy_after(closed_on, rule.years)


def confirmation_phrase(count: int) -> str:
    """What must be typed to anonymise `count` persons: "ANONIMIZUJ 3"."""
    return f"{CONFIRMATION_WORD} {count}"


def validate_rules(rules: Sequence[RetentionRule]) -> list[FieldError]:
    """Every problem of a list of rules, on fields `rules.<index>.<field>`."""
    errors: list[FieldError] = []
    seen: set[str] = set()
    for i, rule in enumerate(rules):
        prefix = f"rules.{i}."
        if not _DOCUMENT_CLASS.match(rule.document_class):
            errors.append(FieldError(prefix + "document_class", "invalid_characters"))
        elif rule.document_class in seen:
            errors.append(FieldError(prefix + "document_class", "duplicate"))
        seen.add(rule.document_class)
        match = _CATEGORY.match(rule.category)
        if match is None:
            errors.append(FieldError(prefix + "category", "retention_category_invalid"))
        if not 0 <= rule.years <= MAX_YEARS:
            errors.append(FieldError(prefix + "years", "retention_years_invalid"))
        elif match is not None and match.group(2) is not None and int(match.group(2)) != rule.years:
            # "B10" means ten years: a rule saying otherwise is a typing mistake.
            errors.append(FieldError(prefix + "years", "retention_years_mismatch"))
    return errors


def with_defaults(stored: Iterable[RetentionRule]) -> list[RetentionRule]:
    """The stored rules, plus a default for every case-file class the office has not set."""
    rules = list(stored)
    known = {r.document_class for r in rules}
    rules += [r for r in DEFAULT_RULES if r.document_class not in known]
    return rules


def rule_for(rules: Iterable[RetentionRule], document_class: str) -> RetentionRule:
    """The rule of a class; an unknown class falls back to B10 (the common case-file category)."""
    for rule in rules:
        if rule.document_class == document_class:
            return rule
    return RetentionRule(document_class, "B10", 10)
