"""Odwołanie (KPA art. 127–140): whether an appeal came in time, the organ's own 7 days, and
what the Samorządowe Kolegium Odwoławcze may decide.

The numbers and citations are dated data (resources/law/appeals.json); the counting is KPA
art. 57: a deadline in days starts the day after the event (§ 1) and one that ends on a
Saturday or a public holiday moves to the next working day (§ 4). Qt-free and store-free.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.act_kinds import act_book
from ops_desktop.domain.calendar import next_working_day_if_needed
from ops_desktop.domain.errors import DomainError


class Timeliness(StrEnum):
    IN_TIME = "in_time"
    LATE = "late"
    # The day the decision reached the party is not known: the program does not guess.
    UNKNOWN = "unknown"


class AppealState(StrEnum):
    REGISTERED = "registered"  # the organ's 7 days run
    GRANTING = "granting"  # art. 132 § 1: a decision changing the appealed one is prepared
    GRANTED = "granted"  # that decision is signed: the appeal is settled by the office itself
    FORWARDED = "forwarded"  # art. 133: sent with the file to the SKO, its outcome awaited
    SKO_DECIDED = "sko_decided"  # the SKO's outcome is recorded


# The states in which the organ's 7 days still run.
OPEN_STATES = frozenset({AppealState.REGISTERED, AppealState.GRANTING})


class SkoOutcome(StrEnum):
    """KPA art. 138: what the appeal body did with the appealed decision."""

    UPHELD = "upheld"  # § 1 pkt 1
    QUASHED_DECIDED = "quashed_decided"  # § 1 pkt 2: quashed and decided on the merits
    QUASHED_DISCONTINUED = "quashed_discontinued"  # § 1 pkt 2: quashed and discontinued
    QUASHED_REMITTED = "quashed_remitted"  # § 2: sent back to be decided again


@dataclass(frozen=True)
class Outcome:
    citation: str
    source: str
    confirmed: bool


@dataclass(frozen=True)
class OrderRemedy:
    """Zażalenie on a postanowienie (art. 141–144): the party's days are the kind's
    (resources/law/acts.json); the organ's 7 days and its two ways on are the appeal's
    (art. 144 applies art. 132–133), cited as such on the cover letter."""

    party_days_citation: str
    self_review_citation: str
    forwarding_citation: str
    confirmed: bool


@dataclass(frozen=True)
class AppealRules:
    valid_from: dt.date
    appeal_days: int
    appeal_days_source: str
    organ_days: int
    organ_days_source: str
    self_review_citation: str
    forwarding_citation: str
    confirmed: bool
    outcomes: dict[SkoOutcome, Outcome]
    order_remedy: OrderRemedy


def _parse(raw: dict[str, Any]) -> AppealRules:
    try:
        rules = AppealRules(
            valid_from=dt.date.fromisoformat(raw["valid_from"]),
            appeal_days=int(raw["appeal_days"]),
            appeal_days_source=str(raw["appeal_days_source"]),
            organ_days=int(raw["organ_days"]),
            organ_days_source=str(raw["organ_days_source"]),
            self_review_citation=str(raw["self_review_citation"]),
            forwarding_citation=str(raw["forwarding_citation"]),
            confirmed=bool(raw["confirmed"]),
            outcomes={SkoOutcome(k): Outcome(str(v["citation"]), str(v["source"]),
                                             bool(v["confirmed"]))
                      for k, v in raw["outcomes"].items()},
            order_remedy=OrderRemedy(**{k: (bool(v) if k == "confirmed" else str(v))
                                        for k, v in raw["order_remedy"].items()
                                        if k != "source"}))
    except (KeyError, TypeError, ValueError) as exc:
        raise DomainError("law_file_invalid", f"appeals.json: {exc!r}") from exc
    if set(rules.outcomes) != set(SkoOutcome) or rules.appeal_days < 1 or rules.organ_days < 1:
        raise DomainError("law_file_invalid", "appeals.json: every outcome and both deadlines")
    return rules


@functools.cache
def _sets() -> tuple[AppealRules, ...]:
    data = json.loads(resource_path("law", "appeals.json").read_text(encoding="utf-8"))
    return tuple(sorted((_parse(s) for s in data["sets"]), key=lambda r: r.valid_from))


def appeal_rules(on: dt.date) -> AppealRules:
    """The set in force on `on` (the day the appeal was lodged)."""
    chosen = [r for r in _sets() if r.valid_from <= on]
    if not chosen:
        raise DomainError("no_law_parameters", on.isoformat())
    return chosen[-1]


def _days_after(event: dt.date, days: int) -> dt.date:
    """KPA art. 57 § 1 and § 4: `days` after the event's day, moved off a day without work."""
    return next_working_day_if_needed(event + dt.timedelta(days=days))


def party_deadline(delivered_on: dt.date, days: int | None = None) -> dt.date:
    """The last day the party may lodge its remedy: 14 days from delivery for an appeal
    (art. 129 § 2), or the postanowienie's `days` for a zażalenie (art. 141 § 2)."""
    if days is None:
        days = appeal_rules(delivered_on).appeal_days
    return _days_after(delivered_on, days)


def timeliness(delivered_on: dt.date | None, lodged_on: dt.date,
               days: int | None = None) -> Timeliness:
    """In time when lodged (posted, per art. 57 § 5) by the party's last day; unknown when the
    day of delivery is. An appeal lodged before delivery is not late (the decision exists)."""
    if delivered_on is None:
        return Timeliness.UNKNOWN
    last = party_deadline(delivered_on, days)
    return Timeliness.IN_TIME if lodged_on <= last else Timeliness.LATE


def organ_deadline(received_on: dt.date) -> dt.date:
    """Art. 133: the office forwards the appeal within 7 days of receiving it (or grants it in
    full by a new decision under art. 132 within the same days)."""
    return _days_after(received_on, appeal_rules(received_on).organ_days)


def organ_days_left(received_on: dt.date, today: dt.date) -> int:
    """Calendar days to the organ's last day; negative once it has passed."""
    return (organ_deadline(received_on) - today).days


@dataclass(frozen=True)
class Remedy:
    """What lies against an act (resources/law/acts.json): odwołanie on a decision, zażalenie
    on an appealable postanowienie, each with the party's days; none on the others."""

    name: str  # "odwołanie" | "zażalenie"
    days: int
    appealable: bool

    @property
    def against_order(self) -> bool:
        return self.name == ZAZALENIE


ZAZALENIE = "zażalenie"


def remedy_of(kind: str, issued_on: dt.date) -> Remedy:
    """The remedy against an act of `kind` issued on `issued_on`, read from the act's kind."""
    act = act_book(issued_on).kind(kind)
    return Remedy(act.remedy, act.appeal_days, act.appealable and act.appeal_days > 0)
