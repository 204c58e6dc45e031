"""Speed figures on a generated office, printed as a table (never asserted in the test suite).

    python benchmarks/run.py [--households N] [--db FILE]

Measures person search (surname prefix, full PESEL, PESEL prefix), opening a person's file,
the first page of a team's case list, decision PDF rendering and a batch into one PDF.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ops_desktop.services.context import Actor  # noqa: E402
from ops_desktop.services.demo import create_demo_office  # noqa: E402
from ops_desktop.services.hub import Services  # noqa: E402


def timings(action: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=300)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    path = args.db or Path(tmp.name) / "bench.sqlite"
    services = Services.open(f"sqlite:///{path}")
    if not services.office.users():
        start = time.perf_counter()
        counts = create_demo_office(services, households=args.households)
        print(f"generated {counts['persons']} persons in {time.perf_counter() - start:.1f} s")
    head = Actor.of(next(u for u in services.office.users() if u.login == "bzolkiewska"))
    sample = services.persons.search(head, "k", limit=1)[0]
    pesel = sample.pesel or ""
    rows: list[tuple[str, list[float]]] = [
        ("search surname prefix 'kow'", timings(lambda: services.persons.search(head, "kow"), 50)),
        ("search full PESEL", timings(lambda: services.persons.search(head, pesel), 50)),
        ("search PESEL prefix (4 digits)", timings(lambda: services.persons.search(head, pesel[:4]), 50)),
        ("open a person's file", timings(lambda: services.persons.file(head, sample.id), 30)),
        ("benefits case list, first page", timings(
            lambda: services.referrals.cases(head, "benefits", limit=200), 20)),
    ]
    ids = services.decisions.signed_ids(head)
    if ids:
        services.decisions.render(head, ids[0])  # load reportlab and fonts once
        render = timings(lambda: services.decisions.render(head, ids[0]), 20)
        rows.append(("render one decision PDF", render))
        batch = ids[:100]
        start = time.perf_counter()
        services.decisions.render_batch(head, batch)
        batch_s = time.perf_counter() - start
    print(f"\n{'measure':40} {'median ms':>10} {'p95 ms':>10}")
    for name, values in rows:
        print(f"{name:40} {statistics.median(values):10.2f} {p95(values):10.2f}")
    if ids:
        rate = 1000 / statistics.median(render)
        print(f"\ndecision rendering: {rate:.0f} per second (one core)")
        print(f"batch of {len(batch)} decisions into one PDF: {batch_s:.2f} s")
    services.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
