"""The office of several PCs: how fast changes travel through the exchange folder, printed
as a table (never asserted in the test suite).

    python benchmarks/sync.py [--households N] [--changes K] [--import-changes C]
                              [--laptop-own L] [--laptop-office O] [--units U] [--suites]

On the demo office (N households) shared by PC 1 and joined by PC 2, folder on the local
disk, all work done through the services as the demo office's staff:

- a change visible on another member: PC 1 and PC 2 run as separate processes, each a
  round every POLL_SECONDS; the desk on PC 1 registers a person and refers them at random
  moments (K of them), PC 2 looks for each after every round. Once with rounds only, once
  with PC 1 also sending its changes right after each write (`ExchangeService.send`);
- C changes (households going through desk, benefits and social work) imported by PC 2 in
  one round;
- a laptop back after a month away: L changes of its own, O from the office, exchanged both
  ways until both digests are equal;
- the change capture's cost on the write paths: the same households on a standalone PC and
  on a member PC, U each, in turn;
- the bytes in the folder per 1,000 changes;
- with `--suites`: `pytest tests/storage tests/services` on SQLite and on PostgreSQL
  (OPS_TEST_DB_URL, default the role `.ci/run` makes), each once – slow.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from benchmarks.kit import p95  # noqa: E402
from benchmarks.sync_work import Staff  # noqa: E402
from ops_desktop.services.demo import create_demo_office  # noqa: E402
from ops_desktop.services.exchange import POLL_SECONDS, ExchangeService  # noqa: E402
from ops_desktop.services.hub import Services  # noqa: E402
from ops_desktop.storage import backup_file, change_feed  # noqa: E402

WORK = Path(__file__).resolve().parent / "sync_work.py"
PG_URL = "postgresql+psycopg://ops_ci:ops_ci@localhost/ops_ci"

Row = tuple[str, str, str, str]  # measure, figure, target, met


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def copy_db(source: Path, target: Path) -> None:
    with contextlib.closing(sqlite3.connect(source)) as a, \
            contextlib.closing(sqlite3.connect(target)) as b:
        a.backup(b)


class Office:
    """PC 1 (shared the demo office) and PC 2 (joined) on one local exchange folder."""

    def __init__(self, work: Path, households: int) -> None:
        self.folder = work / "wymiana"
        self.folder.mkdir()
        self.pc1, self.pc2 = work / "pc1.sqlite", work / "pc2.sqlite"
        # For the capture's cost: the same demo office alone, and as a member of an office
        # of its own (PC 1 grows with the other measures).
        self.standalone, self.member = work / "standalone.sqlite", work / "member.sqlite"
        services = Services.open(f"sqlite:///{self.pc1}")
        create_demo_office(services, households=households)
        services.close()
        copy_db(self.pc1, self.standalone)
        copy_db(self.pc1, self.member)
        backup_file.SCRYPT_N = 2**10  # the invitation's key derivation is not measured
        code = ExchangeService.open(f"sqlite:///{self.pc1}").share(
            self.folder, "Sekretariat", work / "zaproszenie.opsbak")
        ExchangeService.join(work / "zaproszenie.opsbak", code, self.pc2, "Laptop").close()
        (work / "wymiana-2").mkdir()
        ExchangeService.open(f"sqlite:///{self.member}").share(
            work / "wymiana-2", "Pokój 12", work / "zaproszenie-2.opsbak")
        self.used: set[str] = set()

    @contextlib.contextmanager
    def open(self, path: Path) -> Iterator[Services]:
        services = Services.open(f"sqlite:///{path}")
        try:
            yield services
        finally:
            services.close()

    def sync_all(self) -> None:
        for path in (self.pc1, self.pc2, self.pc1, self.pc2):
            with self.open(path) as services:
                ExchangeService(services.db).sync()

    def work(self, path: Path, changes: int, seed: int) -> int:
        """Households through the office on one PC until `changes` changes wait to go."""
        with self.open(path) as services:
            exchange = ExchangeService(services.db)
            staff = Staff(services, seed, self.used)
            start = self.waiting(exchange)
            while self.waiting(exchange) - start < changes:
                staff.household()
            return self.waiting(exchange) - start

    @staticmethod
    def waiting(exchange: ExchangeService) -> int:
        status = exchange.status()
        assert status is not None
        return status.waiting

    def digests(self) -> tuple[str, str]:
        out = []
        for path in (self.pc1, self.pc2):
            with self.open(path) as services:
                out.append(ExchangeService(services.db).digest())
        return out[0], out[1]


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def latency(office: Office, work: Path, changes: int, send: bool) -> list[Row]:
    """Two PCs as separate processes, each polling; seconds from commit to visible."""
    log = work / f"latency-{int(send)}.log"
    start = time.time() + 3  # both processes have imported the program by then
    # The reader's timer runs half a poll after the writer's: the average offset of two
    # PCs' timers started at unrelated moments.
    apart = POLL_SECONDS * 0.6
    common = ["--start", str(start), "--changes", str(changes)]
    writer = subprocess.Popen([sys.executable, str(WORK), "writer", str(office.pc1), str(log),
                               *common, "--seconds-apart", str(apart),
                               "--seed", str(11 + int(send))]
                              + (["--send"] if send else []))
    until = start + changes * 2 * apart + 6 * POLL_SECONDS
    reader = subprocess.run([sys.executable, str(WORK), "reader", str(office.pc2), str(log),
                             "--start", str(start + POLL_SECONDS / 2),
                             "--changes", str(changes), "--until", str(until)],
                            capture_output=True, text=True, check=True)
    writer.wait()
    result = next(line for line in reader.stdout.splitlines() if line.startswith("RESULT "))
    import json

    data = json.loads(result[len("RESULT "):])
    seen, rounds = data["latency"] or [float("nan")], data["rounds"]
    how = "rounds + send after a write" if send else "rounds only"
    met = "yes" if len(seen) == changes and p95(seen) <= 5 else "NO"
    return [
        (f"change visible on PC 2, p95 ({how})", f"{p95(seen):.2f} s", "≤ 5 s", met),
        (f"change visible on PC 2, median ({how})",
         f"{statistics.median(seen):.2f} s ({len(seen)}/{changes} seen)", "", ""),
        (f"PC 2's round, median / max ({how})",
         f"{1000 * statistics.median(rounds):.0f} / {1000 * max(rounds):.0f} ms", "", ""),
    ]


def bulk_import(office: Office, changes: int) -> tuple[list[Row], int]:
    made = office.work(office.pc1, changes, seed=21)
    with office.open(office.pc1) as services:
        send_s, sent = timed(ExchangeService(services.db).send)
    with office.open(office.pc2) as services:
        round_s, report = timed(ExchangeService(services.db).sync)
    rate = report.applied / round_s
    return [
        (f"{sent:,} changes written to the folder (PC 1)", f"{send_s:.2f} s", "", ""),
        (f"{report.applied:,} changes imported, one round (PC 2)",
         f"{round_s:.2f} s ({rate:,.0f}/s)", "≤ 10 s", "yes" if round_s <= 10 else "NO"),
    ], made


def folder_bytes(office: Office) -> list[Row]:
    """The folder's files per 1,000 changes: the changes' bundles, and the audit log's."""
    changes = audit = count = 0
    for path in office.folder.glob("*/*.opsx"):
        if path.name.startswith("audit-"):
            audit += path.stat().st_size
            continue
        first, _, last = path.stem.partition("-")
        if not (first.isdigit() and last.isdigit()):
            continue  # acknowledgements, key files: a few small files per PC
        count += int(last) - int(first) + 1
        changes += path.stat().st_size
    return [("folder bytes per 1,000 changes: changes' files",
             f"{1000 * changes / count / 1024:,.0f} KiB", "", ""),
            ("  … and the audit log's files beside them",
             f"{1000 * audit / count / 1024:,.0f} KiB", "", "")]


def laptop(office: Office, own: int, from_office: int) -> list[Row]:
    """PC 2 away for a month: its own work and the office's, then exchanged both ways."""
    office.sync_all()
    made_own = office.work(office.pc2, own, seed=31)
    made_office = office.work(office.pc1, from_office, seed=41)
    with office.open(office.pc1) as services:  # the office exchanged all month
        ExchangeService(services.db).send()
    rounds: list[float] = []
    total = 0.0
    for path in (office.pc2, office.pc1, office.pc2, office.pc1):
        with office.open(path) as services:
            took, _ = timed(ExchangeService(services.db).sync)
        rounds.append(took)
        total += took
    one, two = office.digests()
    return [(f"laptop back: {made_own:,} own + {made_office:,} office changes, both ways",
             f"{total:.1f} s (rounds {', '.join(f'{r:.1f}' for r in rounds)})", "", ""),
            ("  digests equal afterwards", "yes" if one == two else "NO", "yes",
             "yes" if one == two else "NO")]


class CaptureClock:
    """Time spent inside the change capture (the flush listener)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.cpu = 0.0  # this process's CPU time in it: a busy machine's waits left out
        self._listener = change_feed._capture

    def install(self) -> None:
        def listener(session: Session, context: Any) -> None:
            start, cpu_start = time.perf_counter(), time.process_time()
            self._listener(session, context)
            self.seconds += time.perf_counter() - start
            self.cpu += time.process_time() - cpu_start

        event.remove(Session, "after_flush", self._listener)
        event.listen(Session, "after_flush", listener)


def overhead(office: Office, units: int) -> list[Row]:
    """The same households on a standalone PC and a member PC, in turn."""
    times: dict[bool, list[float]] = {True: [], False: []}
    cpu: dict[bool, list[float]] = {True: [], False: []}
    clock = CaptureClock()
    clock.install()
    with office.open(office.standalone) as alone, office.open(office.member) as member:
        staffs = {False: Staff(alone, 51, office.used), True: Staff(member, 52, office.used)}
        for i in range(2 * units + 4):
            is_member = (i % 4) in (0, 3)  # on, off, off, on: a busy machine slows both alike
            cpu_start = time.process_time()
            took, _ = timed(staffs[is_member].household)
            if i >= 4:  # the first of each: caches, the file's first pages
                times[is_member].append(took)
                cpu[is_member].append(time.process_time() - cpu_start)
    off, on = statistics.median(times[False]), statistics.median(times[True])
    share = 100 * (on - off) / off
    # This process's CPU time does not count the waits for a core other processes hold.
    cpu_off, cpu_on = statistics.median(cpu[False]), statistics.median(cpu[True])
    cpu_share = 100 * (cpu_on - cpu_off) / cpu_off
    inside = 1000 * clock.seconds / (len(times[True]) + 2)
    inside_cpu = 1000 * clock.cpu / (len(times[True]) + 2)
    return [("one household through the office (20+ writes): standalone PC, median",
             f"{1000 * off:.0f} ms (p95 {1000 * p95(times[False]):.0f})", "", ""),
            ("  … on a member PC, median",
             f"{1000 * on:.0f} ms (p95 {1000 * p95(times[True]):.0f})", "", ""),
            ("  change capture overhead on the write paths, wall clock", f"{share:+.1f} %",
             "≤ 10 %", "yes" if share <= 10 else "NO"),
            ("  … in CPU time of the process (standalone / member median)",
             f"{cpu_share:+.1f} % ({1000 * cpu_off:.0f} / {1000 * cpu_on:.0f} ms)", "≤ 10 %",
             "yes" if cpu_share <= 10 else "NO"),
            ("  time inside the capture code per household",
             f"{inside:.1f} ms ({100 * inside / 1000 / off:.1f} % of standalone)", "", ""),
            ("  … its CPU time per household (of the standalone CPU time)",
             f"{inside_cpu:.1f} ms ({100 * inside_cpu / 1000 / cpu_off:.1f} %)", "≤ 10 %",
             "yes" if inside_cpu / 1000 / cpu_off <= 0.10 else "NO")]


def suites() -> list[Row]:
    """The storage and services suites on SQLite and on PostgreSQL, once each."""
    rows: list[Row] = []
    for name, url in (("SQLite", ""), ("PostgreSQL", os.environ.get("OPS_TEST_DB_URL", PG_URL))):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPS_TEST_DB_URL=url)
        before = load()
        took, done = timed(lambda env=env: subprocess.run(
            [sys.executable, "-m", "pytest", "tests/storage", "tests/services", "-q",
             "-p", "no:cacheprovider"], cwd=ROOT, env=env, capture_output=True, text=True))
        summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "?"
        rows.append((f"tests/storage + tests/services on {name}",
                     f"{took / 60:.1f} min ({summary}; load {before} → {load()})", "", ""))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--households", type=int, default=20)
    parser.add_argument("--changes", type=int, default=30, help="changes timed for latency")
    parser.add_argument("--import-changes", type=int, default=10000)
    parser.add_argument("--laptop-own", type=int, default=5000)
    parser.add_argument("--laptop-office", type=int, default=20000)
    parser.add_argument("--units", type=int, default=60, help="households per PC, overhead")
    parser.add_argument("--suites", action="store_true", help="also time the two suites")
    parser.add_argument("--only", default="latency,import,laptop,overhead",
                        help="comma-separated parts to run")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    print(f"{os.cpu_count()} cores, load average {load()} at the start. The machine may be "
          "shared with other busy processes: the figures are what this run saw, not a "
          "quiet machine's.")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        office = Office(work, args.households)
        if "latency" in parts:
            rows += latency(office, work, args.changes, send=False)
            rows += latency(office, work, args.changes, send=True)
            office.sync_all()
        if "import" in parts:
            rows += bulk_import(office, args.import_changes)[0]
            rows += folder_bytes(office)
        if "laptop" in parts:
            rows += laptop(office, args.laptop_own, args.laptop_office)
        if "overhead" in parts:
            rows += overhead(office, args.units)
    if args.suites:
        rows += suites()
    print(f"\nexchange through a folder on the local disk, poll every {POLL_SECONDS} s")
    print(f"{'measure':66} {'figure':40} {'target':8} met")
    for name, figure, target, met in rows:
        print(f"{name:66} {figure:40} {target:8} {met}")
    print(f"\nload average at the end: {load()} (1, 5, 15 min; {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
