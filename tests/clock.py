"""One day for the whole test run, whenever it starts and however long it takes.

Many tests take "today" once, when their module is imported (`TODAY = wall_today()`), and
compare it with the day the program reads later. A run that crosses the office's midnight
(Europe/Warsaw) would see two days. So the run's clock is held inside its own office day:
started late in the evening, it travels back to LATEST_START of the same day and ticks
from there; at any other hour it is left as it is (a shift of zero), because files on disk
keep the real clock's times and the program compares some of them with "now" (leftover
copies, newest bundle in a folder): the smaller the shift, the less those comparisons move.

Processes the tests start read the shift from SHIFT_VARIABLE through the sitecustomize in
clock_site/ (on their PYTHONPATH), so a command line, a PC of the exchange tests or a
forkserver sees the same day as the test that started it; forked children inherit it.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import time_machine

from ops_desktop.domain.clock import office_zone

SHIFT_VARIABLE = "OPS_TEST_CLOCK_SHIFT"
# Two hours before the office's midnight: twice the longest run of the suite seen so far.
LATEST_START = dt.time(22, 0)
SITE = Path(__file__).resolve().parent / "clock_site"

_held: list[time_machine.travel] = []


def real_now() -> dt.datetime:
    """The machine's clock (aware UTC), also while a travel is on."""
    if time_machine.escape_hatch.is_travelling():
        return time_machine.escape_hatch.datetime.datetime.now(dt.UTC)
    return dt.datetime.now(dt.UTC)


def run_start(started: dt.datetime) -> dt.datetime:
    """Where the run's clock starts for a run started at `started` (aware)."""
    local = started.astimezone(office_zone())
    latest = dt.datetime.combine(local.date(), LATEST_START, tzinfo=office_zone())
    return min(local, latest)


def hold_the_day() -> None:
    """Start the run's clock (before any test module is imported) and pass it on."""
    start = run_start(dt.datetime.now(dt.UTC))  # a travel already on (a proof run) counts
    _held.append(time_machine.travel(start, tick=True))
    _held[-1].start()
    # The travel ticks from the first reading of the clock: read it now, not at some test.
    shift = dt.datetime.now(dt.UTC) - real_now()
    os.environ[SHIFT_VARIABLE] = repr(shift.total_seconds())
    path = os.environ.get("PYTHONPATH")
    if str(SITE) not in (path or "").split(os.pathsep):
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SITE), path]))
