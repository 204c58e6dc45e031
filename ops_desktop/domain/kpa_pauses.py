"""The periods of KPA art. 35 § 5 that the program reads from the acts it holds, so nobody
types them: the wait for the remedy of formal defects after an art. 64 § 2 call, and a
suspension (art. 97) until the postanowienie resuming the proceedings (art. 101).

How they are counted – an interpretation, marked unconfirmed with art. 35 § 5 in
resources/law/kpa_deadlines.json: the day the office acts (sends the call, suspends) still
counts; from the day after it up to and including the day the obstacle ends (the remedy, the
resumption) nothing counts. A call not yet answered and a suspension not yet lifted run up
to today. The periods join those the worker records; overlapping days count once
(domain/kpa_deadlines.paused_days). Qt-free and store-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ops_desktop.domain.kpa_deadlines import Pause

SUSPENSION = "suspension"
RESUMPTION = "resumption"
ONE_DAY = dt.timedelta(days=1)


def _after(start: dt.date, end: dt.date) -> list[Pause]:
    """The days after `start` through `end`, when there are any."""
    return [Pause(start + ONE_DAY, end)] if end > start else []


def call_pause(called_on: dt.date | None, remedied_on: dt.date | None,
               left_unexamined_on: dt.date | None, today: dt.date) -> list[Pause]:
    """Art. 64 § 2: from the call until the defects are remedied (or, unanswered, today)."""
    if called_on is None:
        return []
    return _after(called_on, remedied_on or left_unexamined_on or today)


def suspension_pauses(acts: Iterable[tuple[str, dt.date]], today: dt.date) -> list[Pause]:
    """Art. 97 to art. 101: each signed suspension until the next signed resumption (or,
    still suspended, today). `acts` are (kind, day of issue) of the application's signed
    postanowienia; other kinds are ignored."""
    pauses: list[Pause] = []
    since: dt.date | None = None
    # A suspension and a resumption signed on one day: the suspension came first.
    for kind, issued_on in sorted(acts, key=lambda a: (a[1], a[0] != SUSPENSION)):
        if kind == SUSPENSION and since is None:
            since = issued_on
        elif kind == RESUMPTION and since is not None:
            pauses += _after(since, issued_on)
            since = None
    if since is not None:
        pauses += _after(since, today)
    return pauses
