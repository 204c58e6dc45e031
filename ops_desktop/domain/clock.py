"""The office's clock: the one place the program asks what day and time it is.

People read days on the office's wall clock (Europe/Warsaw), whatever zone the PC is set to:
a deadline, a decision's date, "today" in a form and the audit log's date filter all count
the same day. Stored times stay naive UTC (`utcnow`); they are put on the office's clock
only where people read them.

The demo office replays a year of an office's work (services/demo.py): while it does, the
store's clock (utcnow, office_now, office_today) reads the replayed moment, so every row's
times and the audit log tell that story; the wall clock (wall_now, wall_today) does not. A context variable: only the replaying code sees it, never another thread.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

OFFICE_TIMEZONE = "Europe/Warsaw"

_replayed: ContextVar[dt.datetime | None] = ContextVar("replayed_moment", default=None)


@functools.cache
def office_zone() -> dt.tzinfo:
    """Europe/Warsaw; the PC's own zone where no time-zone database is installed."""
    import zoneinfo  # at first use: a start-up that never reads a date pays nothing

    try:
        return zoneinfo.ZoneInfo(OFFICE_TIMEZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = dt.datetime.now().astimezone().tzinfo
        assert zone is not None
        return zone


def utcnow() -> dt.datetime:
    """The store's clock: naive UTC (the replayed moment while the demo office is made)."""
    moment = _replayed.get()
    return moment if moment is not None else dt.datetime.now(dt.UTC).replace(tzinfo=None)


def office_now() -> dt.datetime:
    """The office's wall-clock time now, naive: what a person in the office reads."""
    return office_now_aware().replace(tzinfo=None)


def office_now_aware() -> dt.datetime:
    """The office's time now with its zone (for a file name or a paper that states it)."""
    return office_time(utcnow())


def office_time(utc: dt.datetime) -> dt.datetime:
    """A stored time (naive UTC, or aware) on the office's clock, aware."""
    aware = utc if utc.tzinfo is not None else utc.replace(tzinfo=dt.UTC)
    return aware.astimezone(office_zone())


def utc_of_office(local: dt.datetime) -> dt.datetime:
    """A time read on the office's clock (naive wall time, or aware) as the store keeps it."""
    aware = local if local.tzinfo is not None else local.replace(tzinfo=office_zone())
    return aware.astimezone(dt.UTC).replace(tzinfo=None)


def office_today() -> dt.date:
    """The office's date now: the day every deadline, form and list counts from."""
    return office_now().date()


# The wall clock: the office's day and time by the machine's own clock, which the demo
# replay does not move. Outside the replay it reads what office_now/office_today read;
# while the demo office is made, the checks against the real present (no birth date or
# intake "in the future") keep the real day, as they did before there was one clock.
def wall_now_aware() -> dt.datetime:
    """The office's time now with its zone, by the real clock."""
    return office_time(dt.datetime.now(dt.UTC))


def wall_now() -> dt.datetime:
    """The office's wall-clock time now, naive, by the real clock."""
    return wall_now_aware().replace(tzinfo=None)


def wall_today() -> dt.date:
    """The office's date now by the real clock."""
    return wall_now().date()


@contextmanager
def replayed_at(moment_utc: dt.datetime) -> Iterator[None]:
    """Run the block as if the store's clock read `moment_utc` (naive UTC, not in the future)."""
    if moment_utc > dt.datetime.now(dt.UTC).replace(tzinfo=None):
        raise ValueError("a replayed moment cannot be in the future")
    token = _replayed.set(moment_utc)
    try:
        yield
    finally:
        _replayed.reset(token)
