"""What the benchmark scripts share: the 95th percentile, peak memory, the child-process
result line, opening a store as the head of the office, and a core kept busy.

Nothing from the program is imported at module level: a child that measures the start
must pay for every import itself, as the program does.
"""

from __future__ import annotations


import contextlib
import functools
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

    services = Services.open(f"sqlite:///{db}", demo_key(db))
    head = next(u for u in services.office.users() if Role.COORDINATOR in u.roles)
    return services, Actor.of(head)


@functools.cache
def demo_key(db: Path) -> bytes | None:
    """The key of a demo office encrypted at rest (`ops-desktop demo` makes one), unlocked
    by a staff member's demo password; None for a plain file."""
    from ops_desktop.services import store_access
    from ops_desktop.services.demo import DEMO_PASSWORD
    from ops_desktop.storage.key_slots import KeySlots

    url = f"sqlite:///{db}"
    if store_access.kind_of(url) is not store_access.StoreKind.ENCRYPTED:
        return None
    return store_access.unlock_with_password(url, sorted(KeySlots.load(db).logins())[0],
                                             DEMO_PASSWORD)


def read_only(db: Path) -> Any:
    """A plain DB-API connection to the store, read-only, encrypted or not: the yardsticks'
    queries go through the same driver (SQLCipher for an encrypted office) as the program's."""
    from ops_desktop.storage import cipher

    return cipher.connect(cipher.read_only_uri(db), demo_key(db), uri=True)


def printable_ids(db: Path) -> list[str]:
    """Every signed decision of the ten years (the wording sets reach back to 2018)."""
    con = read_only(db)  # the demo office is encrypted
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
