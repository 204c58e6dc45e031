"""One office clock: "today" is the office's day in Warsaw, whatever zone the PC keeps."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine

from ops_desktop.domain.clock import (
    office_now,
    office_time,
    office_today,
    office_zone,
    replayed_at,
    utc_of_office,
    utcnow,
    wall_now,
    wall_today,
)
from ops_desktop.i18n.format import office_zone as zone_for_formatting
from tests.clock import SHIFT_VARIABLE, real_now, run_start

ROOT = Path(__file__).resolve().parents[2]
WARSAW = office_zone()


@pytest.fixture
def pc_on_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A PC whose own zone is UTC (as a server or a wrongly set laptop)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_half_an_hour_after_warsaws_midnight_is_the_next_day_on_a_utc_pc(pc_on_utc: None
                                                                          ) -> None:
    # 23:30 UTC on 4 December is 00:30 on 5 December in the office.
    with time_machine.travel(dt.datetime(2026, 12, 4, 23, 30, tzinfo=dt.UTC), tick=False):
        assert dt.date.today() == dt.date(2026, 12, 4)  # the PC's own day
        assert office_today() == dt.date(2026, 12, 5)
        assert wall_today() == dt.date(2026, 12, 5)
        assert office_now() == dt.datetime(2026, 12, 5, 0, 30)
        assert utcnow() == dt.datetime(2026, 12, 4, 23, 30)  # stored times stay UTC


def test_the_replay_moves_the_stores_clock_not_the_wall() -> None:
    moment = dt.datetime(2026, 3, 31, 22, 15)  # 00:15 on 1 April in Warsaw (summer time)
    with replayed_at(moment):
        assert office_today() == dt.date(2026, 4, 1)
        assert wall_today() == office_time(dt.datetime.now(dt.UTC)).date()
        assert abs(wall_now() - office_time(dt.datetime.now(dt.UTC)).replace(tzinfo=None)) \
            < dt.timedelta(seconds=5)


@pytest.mark.parametrize("local", [dt.datetime(2026, 3, 29, 1, 30),   # winter time
                                   dt.datetime(2026, 3, 29, 3, 30),   # summer time
                                   dt.datetime(2026, 12, 24, 23, 59)])
def test_office_time_and_back(local: dt.datetime) -> None:
    utc = utc_of_office(local)
    assert office_time(utc).replace(tzinfo=None) == local


def test_the_formatting_and_the_clock_read_one_zone() -> None:
    assert zone_for_formatting() is WARSAW


@pytest.mark.parametrize(("started", "held"), [
    (dt.datetime(2026, 12, 4, 23, 59), dt.datetime(2026, 12, 4, 22, 0)),
    (dt.datetime(2026, 12, 5, 0, 1), dt.datetime(2026, 12, 5, 0, 1)),
    (dt.datetime(2026, 7, 1, 10, 0), dt.datetime(2026, 7, 1, 10, 0)),
])
def test_a_test_run_started_late_is_held_inside_its_day(started: dt.datetime,
                                                        held: dt.datetime) -> None:
    assert run_start(started.replace(tzinfo=WARSAW)) == held.replace(tzinfo=WARSAW)


def test_a_process_the_tests_start_reads_the_runs_day(monkeypatch: pytest.MonkeyPatch) -> None:
    far = dt.datetime(2031, 1, 2, 12, 0, tzinfo=WARSAW)
    monkeypatch.setenv(SHIFT_VARIABLE, repr((far - real_now()).total_seconds()))
    code = "from ops_desktop.domain.clock import wall_today; print(wall_today())"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == "2031-01-02"


def test_this_run_is_held_in_the_day_it_started() -> None:
    # conftest started the hold: the shift handed to processes is the one this process keeps
    import os

    shift = dt.timedelta(seconds=float(os.environ[SHIFT_VARIABLE]))
    assert abs(dt.datetime.now(dt.UTC) - (real_now() + shift)) < dt.timedelta(seconds=1)
