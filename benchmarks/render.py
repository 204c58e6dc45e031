"""Decision printing: single renders per second and a batch into one PDF (speed and memory).

    python -m ops_desktop demo --db render.sqlite --persons 20000
    python benchmarks/render.py --db render.sqlite [--single 150] [--counts 100,1000]

Each measurement runs in a fresh child process of this script (`--child NAME`), which prints
one JSON line back, so the peak RSS (getrusage ru_maxrss) is that child's own: services
opened, reportlab and the fonts loaded, then the work. Printed:

- single renders through DecisionService.render (reading the decision included): decisions
  per second from the median, median and p95 in ms, and the median CPU time (on a busy
  machine the CPU time is the steadier figure to compare);
- per batch size: DecisionService.render_batch time (wall and CPU), decisions/s, pages, PDF size, the child's
  RSS just before the batch and its peak RSS (a flat peak across batch sizes means memory
  does not grow with the batch), and the CPU time and peak RSS of the helper processes that
  lay out slices of a long batch on the other cores.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import kit  # noqa: E402  (benchmarks/kit.py, beside this script)


def _current_rss_mb() -> float:
    # VmRSS now (not the peak), so the batch's own growth can be told apart from start-up.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")






def _printable_ids(db: Path) -> list[Any]:
    import uuid

    return [uuid.UUID(str(i)) for i in kit.printable_ids(db)]


def child_single(db: Path, count: int) -> None:
    services, actor = kit.open_as_head(db)
    ids = _printable_ids(db)
    sample = random.Random(3).sample(ids, min(len(ids), count))
    services.decisions.render(actor, sample[0])  # reportlab and the fonts, once
    times: list[float] = []
    cpu: list[float] = []
    for did in sample:
        start, start_cpu = time.perf_counter(), time.process_time()
        services.decisions.render(actor, did)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    kit.emit({"ms": times, "cpu_ms": cpu, "printable": len(ids)})
    services.close()


def child_batch(db: Path, count: int) -> None:
    services, actor = kit.open_as_head(db)
    ids = _printable_ids(db)
    chosen = random.Random(5).sample(ids, min(count, len(ids)))
    services.decisions.render(actor, chosen[0])  # reportlab and the fonts, as in the program
    before = _current_rss_mb()
    start, start_cpu = time.perf_counter(), time.process_time()
    pdf = services.decisions.render_batch(actor, chosen)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - start_cpu
    peak = kit.peak_rss_mb()
    # The helper processes that laid out slices (documents/batch.py), ended by now.
    helpers = resource.getrusage(resource.RUSAGE_CHILDREN)
    helpers_cpu = helpers.ru_utime + helpers.ru_stime
    helpers_peak = helpers.ru_maxrss / 1024
    from io import BytesIO

    from pypdf import PdfReader

    pages = len(PdfReader(BytesIO(pdf or b"")).pages)
    kit.emit({"seconds": seconds, "cpu_seconds": cpu_seconds, "count": len(chosen), "pages": pages, "bytes": len(pdf or b""),
           "rss_before_mb": before, "peak_rss_mb": peak, "helpers_cpu_seconds": helpers_cpu,
           "helpers_peak_rss_mb": helpers_peak})
    services.close()


def _child(name: str, db: Path, count: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--db", str(db), "--child", name, "--count", str(count)],
        capture_output=True, text=True, check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[len("RESULT "):])
            return result
    raise RuntimeError(f"child {name} failed:\n{done.stdout}\n{done.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--single", type=int, default=150, help="single renders to time")
    parser.add_argument("--counts", default="1000", help="batch sizes, comma-separated")
    parser.add_argument("--child", choices=("single", "batch"))
    parser.add_argument("--count", type=int, default=0)
    args = parser.parse_args()
    if not args.db.exists():
        parser.error(f"no such database: {args.db}")
    if args.child == "single":
        child_single(args.db, args.count)
        return 0
    if args.child == "batch":
        child_batch(args.db, args.count)
        return 0

    if args.single:
        one = _child("single", args.db, args.single)
        ms = one["ms"]
        median = statistics.median(ms)
        cpu = statistics.median(one["cpu_ms"])
        print(f"single render ({len(ms)} distinct signed decisions of {one['printable']}): "
              f"{1000 / median:.1f} decisions/s, median {median:.1f} ms, p95 {kit.p95(ms):.1f} ms "
              f"(CPU: median {cpu:.1f} ms, {1000 / cpu:.1f}/s)")
    for count in (int(c) for c in args.counts.split(",") if c.strip()):
        batch = _child("batch", args.db, count)
        print(f"batch of {batch['count']}: {batch['seconds']:.2f} s "
              f"({batch['count'] / batch['seconds']:.1f} decisions/s; CPU {batch['cpu_seconds']:.2f} s), "
              f"{batch['pages']} pages, "
              f"{batch['bytes'] / 1e6:.1f} MB PDF, RSS before {batch['rss_before_mb']:.0f} MB, "
              f"peak RSS {batch['peak_rss_mb']:.0f} MB; helper processes: CPU "
              f"{batch['helpers_cpu_seconds']:.2f} s, peak RSS of one {batch['helpers_peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
