"""What the law asks of the family interview around benefits (resources/law/interview_rules.json):
which decisions need a completed interview before they are signed (art. 106 ust. 4 u.p.s.),
and how often the interview of a person living on a benefit is updated (art. 107 ust. 4).

Both are dated data: the set in force on a day is the latest that began on or before it.
An item the office's legal adviser has not confirmed keeps `confirmed` false and says so.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.law import in_force


@dataclass(frozen=True)
class RefusalExemption:
    """A refusal recorded instead of an interview (an InterviewStatus code) that lets a
    decision of `kinds` be signed without one, and the sentence its paper says."""

    ground: str
    kinds: frozenset[str]
    wording: str
    source: str
    confirmed: bool  # False: DO POTWIERDZENIA, as DOMAIN-TEAMS.md marks it


@dataclass(frozen=True)
class InterviewRules:
    valid_from: dt.date
    update_months: int  # a completed interview is updated at least this often
    update_source: str
    update_forms: frozenset[str]  # BenefitForm codes whose current benefit calls for it
    unconfirmed_update_forms: frozenset[str]
    decision_source: str
    decision_kinds: frozenset[str]  # DecisionKind codes that need an interview
    decision_forms: frozenset[str]  # BenefitForm codes that need an interview
    refusal_exemptions: tuple[RefusalExemption, ...] = ()

    def requires_interview(self, kind: str, form: str) -> bool:
        """A decision of this kind on this form of help is signed only after an interview."""
        return kind in self.decision_kinds and form in self.decision_forms

    def exemption(self, kind: str, interview_status: str) -> RefusalExemption | None:
        """The exemption a decision of `kind` takes from an interview refused as
        `interview_status` says (art. 107 ust. 4a/5), or None."""
        return next((e for e in self.refusal_exemptions
                     if e.ground == interview_status and kind in e.kinds), None)

    def update_due(self, conducted_on: dt.date) -> dt.date:
        """The day the interview conducted on `conducted_on` must be updated by."""
        return add_months(conducted_on, self.update_months)


def _rules(raw: Any) -> InterviewRules:
    try:
        update, decision = raw["update"], raw["decision"]
        months = int(update["months"])
        if not 1 <= months <= 24:
            raise ValueError("update months")
        forms = update["forms"]
        return InterviewRules(
            valid_from=dt.date.fromisoformat(raw["valid_from"]),
            update_months=months, update_source=str(update["source"]),
            update_forms=frozenset(str(f["form"]) for f in forms),
            unconfirmed_update_forms=frozenset(str(f["form"]) for f in forms
                                               if not f["confirmed"]),
            decision_source=str(decision["source"]),
            decision_kinds=frozenset(str(k["kind"]) for k in decision["kinds"]),
            decision_forms=frozenset(str(f["form"]) for f in decision["forms"]
                                     if f["requires_interview"]),
            refusal_exemptions=tuple(
                RefusalExemption(str(e["ground"]), frozenset(str(k) for k in e["kinds"]),
                                 str(e["wording"]), str(e["source"]), bool(e["confirmed"]))
                for e in decision.get("refusal_exemptions", ())))
    except (KeyError, TypeError, ValueError) as exc:
        raise DomainError("interview_rules_invalid", str(exc)) from exc


@cache
def _sets() -> tuple[InterviewRules, ...]:
    document = json.loads(resource_path("law", "interview_rules.json").read_text("utf-8"))
    return tuple(sorted((_rules(s) for s in document["sets"]), key=lambda r: r.valid_from))


def interview_rules(on: dt.date) -> InterviewRules:
    """The rules in force on `on`."""
    return in_force(_sets(), on)
