"""What the benchmark scripts share: the 95th percentile, peak memory, the child-process
result line, opening a store as the head of the office, and a core kept busy.

Nothing from the program is imported at module level: a child that measures the start
must pay for every import itself, as the program does.
"""

from __future__ import annotations

import contextlib
import json
import resource
import statistics
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def emit(result: dict[str, Any]) -> None:
    """A child's result: one JSON line the parent looks for."""
    print("RESULT " + json.dumps(result), flush=True)


def open_as_head(db: Path) -> tuple[Any, Any]:
    """Services on the file and the head of the office (who sees every tab and may print)."""
    from ops_desktop.domain.vocabulary import Role
    from ops_desktop.services.context import Actor
    from ops_desktop.services.hub import Services

    services = Services.open(f"sqlite:///{db}")
    head = next(u for u in services.office.users() if Role.COORDINATOR in u.roles)
    return services, Actor.of(head)


def printable_ids(db: Path) -> list[str]:
    """Every signed decision of the ten years (the wording sets reach back to 2018)."""
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute(
            "SELECT id FROM decisions WHERE status = 'signed' AND anonymised_at IS NULL "
            "ORDER BY id")]
    finally:
        con.close()


@contextlib.contextmanager
def busy_core(on: bool = True) -> Iterator[None]:
    """One core kept busy by another process for the duration (`--busy-core`): the office's
    computer is seldom idle (an antivirus scan, a browser), and the figures should hold then."""
    if not on:
        yield
        return
    loop = subprocess.Popen([sys.executable, "-c", "while 1: pass"])
    try:
        yield
    finally:
        loop.kill()
        loop.wait()
