"""The running KPA deadline of an application: art. 35 (one month, two when particularly
complicated), counted by art. 57, shifted by periods that do not count (art. 35 § 5), replaced
by the new date of a notice of delay (art. 36), and ended by a signed decision.

The months and the notice's wording are dated data (resources/law/kpa_deadlines.json); what is
not confirmed there (art. 57 § 3, art. 35 § 5, the ponaglenie instruction) stays marked.

How art. 35 § 5 is applied – an interpretation, marked unconfirmed in the data: the periods the
worker records (suspension, waiting for the party's documents, delay by the party's fault)
lengthen the deadline by their calendar days; overlapping periods count once; the shifted day,
if a Saturday or a holiday, moves to the next working day (art. 57 § 4).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.calendar import add_months, add_working_days, next_working_day_if_needed
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.law import in_force

# The office's warning, not the law's: a deadline this many working days ahead is "near".
DUE_SOON_WORKING_DAYS = 3


@dataclass(frozen=True)
class NoticeWording:
    title: str
    legal_basis: str
    introduction: str
    reason: str
    new_deadline: str
    instruction_title: str
    instruction: tuple[str, ...]
    confirmed: bool
    cite: str


@dataclass(frozen=True)
class DeadlineLaw:
    valid_from: dt.date
    source: str
    ordinary_months: int
    complicated_months: int
    notice: NoticeWording
    unconfirmed: tuple[str, ...]  # the cites of every part not yet confirmed


@dataclass(frozen=True)
class Pause:
    """A period that does not count (art. 35 § 5), both days included."""

    first_day: dt.date
    last_day: dt.date


@dataclass(frozen=True)
class Notice:
    """A notice of delay (art. 36): from the day it was given, `new_deadline` runs."""

    notified_on: dt.date
    new_deadline: dt.date
    order: int = 0  # two notices on one day: the later recorded wins


@dataclass(frozen=True)
class Deadline:
    started_on: dt.date
    months: int
    statutory_on: dt.date  # art. 35 counted by art. 57, with the periods that do not count
    paused_days: int
    due_on: dt.date  # the running deadline: the last notice's date, else `statutory_on`
    by_notice: bool
    ended: bool  # a signed decision (or discontinuance) ended the proceedings

    def overdue_on(self, today: dt.date) -> bool:
        return not self.ended and today > self.due_on

    def due_soon_on(self, today: dt.date) -> bool:
        """Still running, not overdue, and due within DUE_SOON_WORKING_DAYS working days."""
        return (not self.ended and today <= self.due_on
                and self.due_on <= add_working_days(today, DUE_SOON_WORKING_DAYS))


def paused_days(started_on: dt.date, pauses: Iterable[Pause]) -> int:
    """Distinct calendar days after the start covered by any pause (overlaps count once)."""
    days = 0
    reach = started_on  # every day up to and including `reach` has been counted or skipped
    for p in sorted(pauses, key=lambda p: p.first_day):
        first = max(p.first_day, reach + dt.timedelta(days=1))
        if p.last_day >= first:
            days += (p.last_day - first).days + 1
            reach = p.last_day
    return days


def statutory_deadline(started_on: dt.date, months: int, pauses: Iterable[Pause] = ()) -> dt.date:
    """Art. 35 § 3 from `started_on`, art. 57 § 3 for the month, art. 35 § 5 periods added,
    then art. 57 § 4: never a Saturday, Sunday or public holiday."""
    end = add_months(started_on, months) + dt.timedelta(days=paused_days(started_on, pauses))
    return next_working_day_if_needed(end)


def case_deadline(started_on: dt.date, complicated: bool, law: DeadlineLaw,
                  pauses: Sequence[Pause] = (), notices: Sequence[Notice] = (),
                  ended: bool = False) -> Deadline:
    months = law.complicated_months if complicated else law.ordinary_months
    statutory = statutory_deadline(started_on, months, pauses)
    latest = max(notices, key=lambda n: (n.notified_on, n.order), default=None)
    return Deadline(
        started_on=started_on, months=months, statutory_on=statutory,
        paused_days=paused_days(started_on, pauses),
        due_on=latest.new_deadline if latest else statutory, by_notice=latest is not None,
        ended=ended)


# --- the dated data ----------------------------------------------------------------------


def _invalid(detail: str) -> DomainError:
    return DomainError("law_file_invalid", f"kpa_deadlines.json: {detail}")


def _set(raw: Any) -> DeadlineLaw:
    try:
        n = raw["notice"]
        notice = NoticeWording(str(n["title"]), str(n["legal_basis"]), str(n["introduction"]),
                               str(n["reason"]), str(n["new_deadline"]),
                               str(n["instruction_title"]), tuple(map(str, n["instruction"])),
                               bool(n["confirmed"]), str(n["cite"]))
        parts = (raw["months"], raw["month_end"], raw["not_counted"], n)
        law = DeadlineLaw(dt.date.fromisoformat(raw["valid_from"]), str(raw["source"]),
                          int(raw["months"]["ordinary"]), int(raw["months"]["complicated"]),
                          notice, tuple(str(p["cite"]) for p in parts if not p["confirmed"]))
    except (KeyError, TypeError, ValueError) as e:
        raise _invalid(repr(e)) from e
    if not 0 < law.ordinary_months <= law.complicated_months:
        raise _invalid("months")
    return law


@functools.cache
def _sets() -> tuple[DeadlineLaw, ...]:
    document = json.loads(resource_path("law", "kpa_deadlines.json").read_text("utf-8"))
    return tuple(sorted(map(_set, document["sets"]), key=lambda s: s.valid_from))


def deadline_law(on: dt.date) -> DeadlineLaw:
    """The set in force on `on`; the earliest for a day before every set."""
    return in_force(_sets(), on)
