"""The store's clock can be set back only for a block (the demo office's replayed year)."""

from __future__ import annotations

import datetime as dt

import pytest

from ops_desktop.domain.clock import office_time, wall_now
from ops_desktop.storage.models import office_today, replayed_at, utcnow


def test_the_replayed_moment_holds_inside_the_block_only() -> None:
    moment = dt.datetime(2026, 3, 2, 9, 15)
    with replayed_at(moment):
        assert utcnow() == moment
        assert office_today() == office_time(moment).date()
    assert utcnow() - dt.datetime.now(dt.UTC).replace(tzinfo=None) < dt.timedelta(seconds=5)


def test_nothing_is_replayed_in_the_future() -> None:
    with pytest.raises(ValueError), replayed_at(wall_now() + dt.timedelta(days=2)):
        pass
    assert abs(utcnow() - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(seconds=5)
