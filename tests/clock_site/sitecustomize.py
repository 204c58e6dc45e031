"""Started by the tests (tests/clock.py): this process keeps the test run's day.

Python imports `sitecustomize` at start-up from the PYTHONPATH the tests give their child
processes; it moves this process's clock by the run's shift and lets it tick, so a command
line started by a test reads the same office day as the test.
"""

from __future__ import annotations

import datetime as dt
import os

_SHIFT = os.environ.get("OPS_TEST_CLOCK_SHIFT")
_held = []
if _SHIFT:
    import time_machine

    _held.append(time_machine.travel(
        dt.datetime.now(dt.UTC) + dt.timedelta(seconds=float(_SHIFT)), tick=True))
    _held[-1].start()
    dt.datetime.now(dt.UTC)  # the travel ticks from the first reading of the clock
