"""Grandfather-father-son rotation: what stays of the backups, for any set of dates."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.backup_rotation import (
    backups_to_delete,
    backups_to_keep,
    day_of,
    iso_week_of,
    month_of,
)

NOW = dt.datetime(2026, 12, 31, 18, 0)
stamps_strategy = st.lists(
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2027, 1, 31)),
    max_size=80,
)


@given(stamps_strategy)
def test_keeps_only_given_stamps_and_never_more_than_the_policy(stamps: list[dt.datetime]) -> None:
    kept = backups_to_keep(stamps, NOW)
    future = {s for s in stamps if s > NOW}
    assert kept <= set(stamps)
    assert len(kept - future) <= 7 + 4 + 12
    assert future <= kept  # a wrong clock never costs a copy
    assert backups_to_delete(stamps, NOW) == set(stamps) - kept


@given(stamps_strategy)
def test_the_newest_copy_always_stays(stamps: list[dt.datetime]) -> None:
    past = [s for s in stamps if s <= NOW]
    if past:
        assert max(past) in backups_to_keep(stamps, NOW)


@given(stamps_strategy)
def test_rotation_is_idempotent(stamps: list[dt.datetime]) -> None:
    kept = backups_to_keep(stamps, NOW)
    assert backups_to_keep(kept, NOW) == kept


@given(stamps_strategy)
def test_each_recent_period_keeps_its_newest(stamps: list[dt.datetime]) -> None:
    kept = backups_to_keep(stamps, NOW)
    past = sorted((s for s in stamps if s <= NOW), reverse=True)
    for period, count in ((day_of, 7), (iso_week_of, 4), (month_of, 12)):
        newest: dict[object, dt.datetime] = {}
        for s in past:
            newest.setdefault(period(s), s)
        recent = sorted(newest.values(), reverse=True)[:count]
        assert set(recent) <= kept
    # and anything kept is the newest of its own day
    for s in kept - {s for s in stamps if s > NOW}:
        assert s == max(p for p in past if p.date() == s.date())


def test_a_long_silence_still_keeps_the_last_copies() -> None:
    old = [dt.datetime(2024, 3, d, 16) for d in range(1, 11)]
    kept = backups_to_keep(old, NOW)
    assert dt.datetime(2024, 3, 10, 16) in kept
    # seven days (4–10 March), and 3 March as the newest of the week before
    assert kept == {dt.datetime(2024, 3, d, 16) for d in range(3, 11)}


def test_aware_and_naive_stamps_compare_by_wall_clock() -> None:
    warsaw = dt.timezone(dt.timedelta(hours=1))
    stamps = [dt.datetime(2026, 12, 30, 9, tzinfo=warsaw), dt.datetime(2026, 12, 30, 10)]
    kept = backups_to_keep(stamps, NOW.replace(tzinfo=warsaw))
    assert kept == {dt.datetime(2026, 12, 30, 10)}
