"""Half-year statistics at the scale of a large office: what the head waits for.

    python -m ops_desktop demo --db big.sqlite --persons 500000
    python benchmarks/half_year_statistics.py --db big.sqlite [--year 2025] [--runs 7]

Opens the store through the services (migrating it if needed) and times, over `--runs` runs
after one untimed warm-up, `statistics.half_year` for the first half and for the whole year,
`statistics.cases_behind` for the largest row of the year (the list the head opens), and
`statistics.render` (the PDF), and the MRPiPS-03 report by the form's rows for the year
(`mrpips03.report`) and its XLSX (`mrpips03.export`). Prints the median and 95th percentile
in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kit  # noqa: E402  (benchmarks/kit.py, beside this script)

from ops_desktop.domain.vocabulary import DecisionKind, Role  # noqa: E402
from ops_desktop.services.context import Actor  # noqa: E402
from ops_desktop.services.hub import Services  # noqa: E402


def _latest_full_year(path: Path) -> int:
    """The last year with signed decisions before the newest one (a year that has ended)."""
    con = kit.read_only(path)
    try:
        newest = con.execute("SELECT max(issued_on) FROM decisions WHERE status = 'signed'"
                             ).fetchone()[0]
    finally:
        con.close()
    return int(str(newest)[:4]) - 1 if newest else time.localtime().tm_year - 1


def _timed(fn: Callable[[], object], runs: int) -> tuple[list[float], object]:
    result = fn()  # warm-up: the first run also pays for a cold page cache
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return times, result




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--year", type=int, default=None)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.db.exists():
        parser.error(f"no such file: {args.db}")

    start = time.perf_counter()
    services = Services.open(f"sqlite:///{args.db}", kit.demo_key(args.db))
    opened = time.perf_counter() - start
    year = args.year or _latest_full_year(args.db)
    head = Actor(uuid.uuid4(), "Pomiar", "Kierownik Ośrodka", frozenset({Role.COORDINATOR}))
    stats = services.statistics
    print(f"store {args.db.name}: opened (and migrated if needed) in {opened:.1f} s; "
          f"year {year}; {args.runs} timed runs each\n")
    print(f"{'what':44} {'median ms':>10} {'p95 ms':>10}  result")
    try:
        first, report = _timed(lambda: stats.half_year(head, year, 1), args.runs)
        whole, year_report = _timed(lambda: stats.half_year(head, year, None), args.runs)
        grants = year_report.row(None, DecisionKind.GRANT)  # type: ignore[attr-defined]
        largest = max((b for b in year_report.benefits  # type: ignore[attr-defined]
                       if b.form is not None), key=lambda b: b.decisions)
        listed, cases = _timed(lambda: stats.cases_behind(head, year, None, largest.form,
                                                          largest.kind), args.runs)
        printed, pdf = _timed(lambda: stats.render(head, year_report), args.runs)  # type: ignore[arg-type]
        form, by_form = _timed(lambda: services.mrpips03.report(head, year, None), args.runs)
        xlsx_times, xlsx = _timed(lambda: services.mrpips03.export(
            head, by_form, "xlsx"), args.runs)  # type: ignore[arg-type]
        rows = [
            (f"half_year({year}, first half)", first,
             f"{report.row(None, DecisionKind.GRANT).decisions} grants"),  # type: ignore[attr-defined]
            (f"half_year({year}, whole year)", whole,
             f"{grants.decisions} grants to {grants.persons} persons"),
            (f"cases_behind({largest.form.value}, {largest.kind.value})", listed,
             f"{len(cases)} cases"),  # type: ignore[arg-type]
            ("render (PDF of the year)", printed, f"{len(pdf) // 1024} KiB"),  # type: ignore[arg-type]
            (f"mrpips03.report({year}, whole year)", form,
             f"{by_form.cell('1B.99', 'persons')} persons helped"),  # type: ignore[attr-defined]
            ("mrpips03.export (XLSX of the year)", xlsx_times,
             f"{len(xlsx) // 1024} KiB"),  # type: ignore[arg-type]
        ]
        for what, times, result in rows:
            print(f"{what:44} {statistics.median(times):10.1f} {kit.p95(times):10.1f}  {result}")
    finally:
        services.close()


if __name__ == "__main__":
    main()
