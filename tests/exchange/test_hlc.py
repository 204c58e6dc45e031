"""The hybrid logical clock: monotonic, merges other PCs' stamps, tolerates a day of skew."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.domain.hlc import MAX_AHEAD_MS, Clock, ClockSkewError, Stamp

DAY = 24 * 3600 * 1000
NOW = 1_790_000_000_000
moments = st.integers(min_value=NOW - DAY, max_value=NOW + DAY)


@given(st.lists(moments, min_size=1, max_size=50))
def test_stamps_only_grow_whatever_the_wall_clock_does(walls: list[int]) -> None:
    clock, last = Clock(), None
    for wall in walls:
        clock, stamp = clock.tick(wall, "a")
        assert last is None or stamp > last
        assert stamp.text() == Stamp.parse(stamp.text()).text()
        assert last is None or stamp.text() > last.text()  # as text too: the store sorts text
        last = stamp


@given(moments, moments, st.integers(min_value=0, max_value=5))
def test_a_change_made_after_seeing_another_sorts_after_it(mine: int, theirs: int,
                                                           counter: int) -> None:
    # Their PC's clock may be a day ahead of or behind ours.
    remote = Stamp(theirs, counter, "b")
    clock = Clock().receive(remote, mine)
    _, stamp = clock.tick(mine, "a")
    assert stamp > remote and stamp.text() > remote.text()


@given(st.integers(min_value=0, max_value=99))
def test_equal_times_go_to_the_larger_member_everywhere(counter: int) -> None:
    a, b = Stamp(NOW, counter, "0a"), Stamp(NOW, counter, "0b")
    assert max(a, b) == b and max(a.text(), b.text()) == b.text()


def test_a_stamp_far_in_the_future_is_refused() -> None:
    with pytest.raises(ClockSkewError):
        Clock().receive(Stamp(NOW + MAX_AHEAD_MS + 1, 0, "b"), NOW)
    Clock().receive(Stamp(NOW + DAY, 0, "b"), NOW)  # a day ahead is tolerated


def test_the_clock_survives_being_stored() -> None:
    clock, _ = Clock().tick(NOW, "a")
    clock, _ = clock.tick(NOW, "a")
    assert Clock.parse(clock.text()) == clock == Clock(NOW, 1)
