"""Which backup copies to keep: grandfather-father-son rotation (7 daily, 4 weekly, 12 monthly).

The periods counted are the most recent ones *that have a backup*, not the calendar days
before today: an office closed for a month, or a USB disk left in a drawer for a year,
still finds its last copies on the disk. A copy dated after `now` (a PC whose clock was
wrong) is never deleted, since we cannot tell where it belongs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_POLICY = RotationPolicy()


def day_of(stamp: dt.datetime) -> Hashable:
    return stamp.date()


def iso_week_of(stamp: dt.datetime) -> Hashable:
    year, week, _ = stamp.isocalendar()
    return (year, week)


def month_of(stamp: dt.datetime) -> Hashable:
    return (stamp.year, stamp.month)


def _newest_per_period(stamps: list[dt.datetime], period: Callable[[dt.datetime], Hashable],
                       count: int) -> set[dt.datetime]:
    """The newest stamp of each of the `count` most recent periods that have one."""
    kept: set[dt.datetime] = set()
    seen: set[Hashable] = set()
    for stamp in sorted(stamps, reverse=True):
        key = period(stamp)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(stamp)
    return kept


def _comparable(stamp: dt.datetime) -> dt.datetime:
    # Backup names carry the wall-clock time; compare wall clocks, whatever the zones.
    return stamp.replace(tzinfo=None)


def backups_to_keep(stamps: Iterable[dt.datetime], now: dt.datetime,
                    policy: RotationPolicy = DEFAULT_POLICY) -> set[dt.datetime]:
    """The stamps whose copies stay; every other stamp's copy may be deleted."""
    current = _comparable(now)
    given = set(stamps)
    future = {s for s in given if _comparable(s) > current}
    past = [s for s in given if s not in future]
    by_clock: dict[dt.datetime, list[dt.datetime]] = {}
    for s in past:
        by_clock.setdefault(_comparable(s), []).append(s)
    clocks = list(by_clock)
    chosen = (_newest_per_period(clocks, day_of, policy.daily)
              | _newest_per_period(clocks, iso_week_of, policy.weekly)
              | _newest_per_period(clocks, month_of, policy.monthly))
    return future | {s for clock in chosen for s in by_clock[clock]}


def backups_to_delete(stamps: Iterable[dt.datetime], now: dt.datetime,
                      policy: RotationPolicy = DEFAULT_POLICY) -> set[dt.datetime]:
    given = set(stamps)
    return given - backups_to_keep(given, now, policy)
