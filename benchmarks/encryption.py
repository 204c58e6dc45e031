"""What encryption at rest costs: the same office twice, plain and encrypted, side by side.

    QT_QPA_PLATFORM=offscreen python benchmarks/encryption.py [--persons 50000] [--city]
        [--work DIR] [--rounds 2] [--busy-core] [--pragma[-both] "PRAGMA …"] [--only search,…]
        [--plain-on-sqlcipher]

Two offices are generated exactly as `demo --persons` makes one (the demo staff, then
storage/bulk_demo.generate_history with the same seed): one plain SQLite file, one created
encrypted with a new office key (store_access.new_office_key, SQLCipher with a raw key). The
default size runs in a few minutes on two cores; `--city` makes 500,000 persons (about
1.7 GB per file, generation alone takes minutes). `--work DIR` keeps the two files and reuses
them on the next run.

Every figure is taken in fresh child processes of this script (`--child NAME`), plain and
encrypted alternately, round after round, so the load of a shared machine falls on both:
- person search: one refresh of the desk's list (first page + count), the query kinds of
  benchmarks/search.py over the same sampled persons;
- list pages: the first page + count and the next pages of the benefits applications and
  the social-work cases (what the scale benchmark scrolls), and the two teams' inboxes;
- a batch print of 40 signed decisions into one PDF, rendering included;
- cold start: a fresh interpreter with the program's modules imported, timed from opening the
  store (open_database: the file checks, the schema, the triggers) to the head's main window
  shown (the first screen's reads); unlocking by password is timed on its own: it is Argon2id,
  slow on purpose, and a plain file has none;
- a backup written, when storage/backup.write_backup accepts the database key.

The table gives per operation the median and p95 of both and the overhead in % (encrypted
over plain, medians and p95s); the target is ≤ 15 %. Figures are printed, never asserted.
`--pragma` adds statements run on every encrypted connection right after the key, to try
SQLCipher settings without changing the program (e.g. "PRAGMA cache_size=-32000"),
`--pragma-both` on plain connections as well (a setting both kinds of file would get); `--only`
measures a part (start, search, lists, batch, backup); `--plain-on-sqlcipher` reads the plain
file through the wheel's own SQLite build as well, so what remains is the cipher's cost.
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import kit  # noqa: E402  (benchmarks/kit.py, beside this script)

# Nothing from the program is imported at module level: the cold-start child imports it
# before its clock starts, the same for both files.

TARGET_PCT = 15.0
SEED = 2026
BATCH = 40
PAGE = 50           # ui/table_model.py: FIRST_PAGE and PAGE
PAGES_WALKED = 20   # the next pages read after the first, as scrolling asks for them
PLAIN, ENCRYPTED = "plain", "encrypted"
KEY_VARIABLE = "OPS_BENCHMARK_DEMO_KEY"  # the demo file's key, parent to child


# --- the two offices ----------------------------------------------------------------------

def _files(work: Path, persons: int) -> dict[str, Path]:
    return {v: work / f"office-{persons}-{v}.sqlite" for v in (PLAIN, ENCRYPTED)}


def build(path: Path, persons: int, encrypted: bool) -> float:
    """A demo office of `persons` persons at `path` (as `demo --persons`); the encrypted one
    gets a key slot for the head of the office with the demo password. Returns seconds."""
    from ops_desktop.domain.vocabulary import Role
    from ops_desktop.services import store_access
    from ops_desktop.services.demo import DEMO_PASSWORD, create_demo_office
    from ops_desktop.services.hub import Services
    from ops_desktop.storage.bulk_demo import generate_history
    from ops_desktop.storage.key_slots import KeySlots

    url = f"sqlite:///{path}"
    begun = time.perf_counter()
    key = None
    if encrypted:
        saved = os.environ.pop(store_access.PLAIN_FLAG, None)  # an office's file: never plain
        try:
            key = store_access.new_office_key(url)
        finally:
            if saved is not None:
                os.environ[store_access.PLAIN_FLAG] = saved
        assert key is not None
    services = Services.open(url, key)
    create_demo_office(services, households=0, seed=SEED)
    office = json.dumps(dataclasses.asdict(services.office.settings().on_paper()),
                        ensure_ascii=False)
    generate_history(services.db, persons, office, seed=SEED)
    head = next(u for u in services.office.users() if Role.COORDINATOR in u.roles)
    services.db.checkpoint()
    services.close()
    if key is not None:
        # The demo staff are made without the sign-in's slot upkeep: the head gets the slot
        # a first sign-in on this PC would give.
        slots = KeySlots.load(path)
        slots.add_password(key, head.login, DEMO_PASSWORD)
        slots.save()
    return time.perf_counter() - begun


# --- children -------------------------------------------------------------------------------

def _followed_by(original: Callable[[Any, Any], None],
                 statements: list[str]) -> Callable[[Any, Any], None]:
    """`original(connection, …)` and then `statements` on the same connection."""

    def wrapped(dbapi_connection: Any, second: Any) -> None:
        original(dbapi_connection, second)
        cursor = dbapi_connection.cursor()
        for statement in statements:
            cursor.execute(statement)
        cursor.close()

    return wrapped


def _extra_pragmas(encrypted: list[str], both: list[str]) -> None:
    """Settings under trial: `encrypted` run on every encrypted connection right after the
    key; `both` on every connection, plain or encrypted, after the program's own pragmas (a
    setting the program would give both kinds of file, judged fairly)."""
    from ops_desktop.storage import cipher, database

    if encrypted:
        cipher.apply_key = _followed_by(cipher.apply_key, encrypted)
    if both:
        database._sqlite_pragmas = _followed_by(database._sqlite_pragmas, both)


def _plain_on_sqlcipher() -> None:
    """The plain file through SQLCipher's own SQLite build, without a key: tells the cost of
    encryption from that of another SQLite version (the wheel carries its own)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url

    from ops_desktop.storage import cipher, database

    original = database.create_db_engine

    def create_db_engine(url: str, key: bytes | None = None) -> Any:
        if key is not None or make_url(url).get_backend_name() != "sqlite":
            return original(url, key)
        engine = create_engine(url, module=cipher.dbapi, connect_args={"timeout": 5},
                               hide_parameters=True)
        event.listen(engine, "connect", database._sqlite_pragmas)
        return engine

    database.create_db_engine = create_db_engine


def _unlock(db: Path) -> tuple[bytes | None, float, str]:
    """The key by the head's password (None for the plain file), the seconds it took, login."""
    from ops_desktop.services import store_access
    from ops_desktop.services.demo import DEMO_PASSWORD
    from ops_desktop.storage.key_slots import KeySlots

    url = f"sqlite:///{db}"
    if store_access.kind_of(url) is not store_access.StoreKind.ENCRYPTED:
        return None, 0.0, ""
    login = sorted(KeySlots.load(db).logins())[0]
    start = time.perf_counter()
    key = store_access.unlock_with_password(url, login, DEMO_PASSWORD)
    return key, time.perf_counter() - start, login


def _open_as_head(db: Path, key: bytes | None) -> tuple[Any, Any]:
    from ops_desktop.domain.vocabulary import Role
    from ops_desktop.services.context import Actor
    from ops_desktop.services.hub import Services

    services = Services.open(f"sqlite:///{db}", key)
    head = next(u for u in services.office.users() if Role.COORDINATOR in u.roles)
    return services, Actor.of(head)


class Samples:
    """Per operation, the wall-clock milliseconds (what a person waits) and the CPU
    milliseconds of this process and its ended helpers (what encryption adds, little moved by
    the other work of a shared machine)."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    def time(self, names: str | tuple[str, ...], fn: Callable[[], Any]) -> Any:
        wall, cpu = time.perf_counter(), _cpu_s()
        result = fn()
        wall_ms, cpu_ms = (time.perf_counter() - wall) * 1000, (_cpu_s() - cpu) * 1000
        for name in (names,) if isinstance(names, str) else names:
            self.wall.setdefault(name, []).append(wall_ms)
            self.cpu.setdefault(name, []).append(cpu_ms)
        return result

    def as_json(self) -> dict[str, Any]:
        return {"wall": self.wall, "cpu": self.cpu}


def _cpu_s() -> float:
    import resource

    ended = resource.getrusage(resource.RUSAGE_CHILDREN)  # render_batch's layout helpers
    return time.process_time() + ended.ru_utime + ended.ru_stime


def _peak_rss_mb() -> float:
    """This process's own peak (VmHWM): getrusage's maximum carries the parent's over exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return kit.peak_rss_mb()


def child_cold_start(db: Path) -> None:
    """Imports first (untimed, the same for both files), then unlock, then open + first screen."""
    import scale  # benchmarks/scale.py: the application object as the program makes it

    app = scale._app()
    # The window's tabs are imported on first use; import them before the clock starts.
    import ops_desktop.ui.admin.tab  # noqa: F401
    import ops_desktop.ui.audit_tab  # noqa: F401
    import ops_desktop.ui.benefits.tab  # noqa: F401
    import ops_desktop.ui.coordinator.tab  # noqa: F401
    import ops_desktop.ui.first_contact.tab  # noqa: F401
    import ops_desktop.ui.social_work.tab  # noqa: F401
    import ops_desktop.ui.team_tab  # noqa: F401
    from ops_desktop.ui.main_window import MainWindow

    key, unlock_s, _login = _unlock(db)
    samples = Samples()
    wall, cpu = time.perf_counter(), _cpu_s()
    services, actor = samples.time("cold start: open_database", lambda: _open_as_head(db, key))
    window = MainWindow(services, actor)
    window.show()
    app.processEvents()
    name = "cold start: open + head's window shown"
    samples.wall[name] = [(time.perf_counter() - wall) * 1000]
    samples.cpu[name] = [(_cpu_s() - cpu) * 1000]
    kit.emit({**samples.as_json(), "unlock_ms": unlock_s * 1000})
    window.close()
    services.close()


def _walk(samples: Samples, name: str, page: Callable[[Any], list[Any]],
          count: Callable[[], int]) -> None:
    """The first page with its count, then the next pages after the last row shown."""
    rows = samples.time(f"{name}: first page + count", lambda: (page(None), count()))[0]
    for _ in range(PAGES_WALKED):
        if len(rows) < PAGE:
            break
        rows = samples.time(f"{name}: next page", lambda last=rows[-1]: page(last))


def child_operations(db: Path, queries: list[tuple[str, str]], repeats: int,
                     only: set[str]) -> None:
    """Search, list pages, batch print and a backup, on one store opened as the program does."""
    # The key from the parent: an unlock here would put Argon2's 64 MiB in the peak RSS.
    given = os.environ.get(KEY_VARIABLE)
    key = bytes.fromhex(given) if given else None
    services, actor = _open_as_head(db, key)
    samples = Samples()
    if "search" in only:
        _search(samples, services, actor, queries)
    if "lists" in only:
        _lists(samples, services, actor, repeats)
    if "batch" in only:
        _batch(samples, services, actor, repeats)
    backup = "backup" in only and _backup(samples, services, db, key, repeats)
    services.close()
    kit.emit({**samples.as_json(), "backup": backup, "rss_mb": _peak_rss_mb()})


def _search(samples: Samples, services: Any, actor: Any, queries: list[tuple[str, str]]) -> None:
    """One refresh of the desk's list per query, as benchmarks/search.py times it: the first
    page and the count up to 501; all kinds together and each kind."""
    import search as search_bench  # benchmarks/search.py

    def refresh(text: str) -> Any:
        return services.persons.find(actor, text, search_bench.PAGE, search_bench.COUNTED)

    for _kind, text in queries[:5]:  # warm the page cache, as search.py does
        refresh(text)
    for kind, text in queries:
        samples.time(("search: every kind", f"search: {kind}"), lambda text=text: refresh(text))


def _lists(samples: Samples, services: Any, actor: Any, repeats: int) -> None:
    """The lists the scale benchmark reads: first pages with their counts, then next pages,
    and the first page of both teams' inboxes."""
    from ops_desktop.domain.vocabulary import Team

    benefits, social = Team.BENEFITS.value, Team.SOCIAL_WORK.value
    for _ in range(repeats):
        _walk(samples, "benefits applications",
              lambda after: services.applications.page(actor, False, PAGE, after),
              lambda: services.applications.count(actor, False))
        _walk(samples, "social-work cases",
              lambda after: services.referrals.cases(actor, social, PAGE, after, False),
              lambda: services.referrals.cases_count(actor, social, False))
        for team in (benefits, social):
            samples.time("team inbox: first page + count", lambda team=team: (
                services.referrals.inbox(actor, team, PAGE, 0),
                services.referrals.inbox_count(actor, team)))


def _batch(samples: Samples, services: Any, actor: Any, repeats: int) -> None:
    """40 signed decisions chosen at random into one PDF, read from the store and rendered."""
    ids = services.decisions.signed_ids(actor)
    rng = random.Random(SEED)
    services.decisions.render(actor, ids[0])  # reportlab and the fonts, once, untimed
    for _ in range(repeats):
        chosen = rng.sample(ids, min(BATCH, len(ids)))
        samples.time(f"batch print of {BATCH} signed decisions",
                     lambda chosen=chosen: services.decisions.render_batch(actor, chosen))


def _backup(samples: Samples, services: Any, db: Path, key: bytes | None, repeats: int) -> bool:
    """A backup written into a temporary folder, when write_backup takes the database key
    (an encrypted file cannot be copied without it); False when it does not (yet)."""
    import datetime as dt

    from ops_desktop.storage import backup

    if "key" not in inspect.signature(backup.write_backup).parameters:
        return False
    services.db.checkpoint()
    for i in range(max(1, repeats // 2)):
        with tempfile.TemporaryDirectory() as folder:
            now = dt.datetime(2026, 1, 1, 12, 0, i)
            samples.time("backup written", lambda folder=folder, now=now: backup.write_backup(
                db, Path(folder), "benchmark-passphrase", now, key=key))
    return True


# --- the parent -----------------------------------------------------------------------------

def _child(name: str, db: Path, *extra: str, key: bytes | None = None) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--db", str(db), *extra]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(KEY_VARIABLE, None)
    if key is not None:
        env[KEY_VARIABLE] = key.hex()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[len("RESULT "):]))
    raise RuntimeError(f"child {name} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def _queries(plain: Path, per_kind: int) -> list[tuple[str, str]]:
    """What the desk types, per kind of benchmarks/search.py, from persons sampled in the
    plain file (the encrypted one holds the same persons: same generator, same seed)."""
    import search as search_bench

    people = search_bench._sample(plain, per_kind, 7)
    return [(kind, make(*person)) for kind, make in search_bench.KINDS.items()
            for person in people]


def _pct(enc: float, plain: float) -> float:
    return (enc - plain) / plain * 100 if plain else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=50_000)
    parser.add_argument("--city", action="store_true", help="500,000 persons (slow to generate)")
    parser.add_argument("--work", type=Path, help="keep the two files here and reuse them")
    parser.add_argument("--rounds", type=int, default=2,
                        help="plain/encrypted alternations of the operations child")
    parser.add_argument("--starts", type=int, default=7, help="cold starts of each file")
    parser.add_argument("--per-kind", type=int, default=15, help="sampled persons per query kind")
    parser.add_argument("--busy-core", action="store_true",
                        help="keep one core busy with another process during the run")
    parser.add_argument("--pragma", action="append", default=[],
                        help="a statement run on every encrypted connection after the key")
    parser.add_argument("--only", default="start,search,lists,batch,backup",
                        help="what to measure, of start,search,lists,batch,backup (fewer to try a setting)")
    parser.add_argument("--pragma-both", action="append", default=[],
                        help="a statement run on every connection, plain and encrypted")
    parser.add_argument("--plain-on-sqlcipher", action="store_true",
                        help="read the plain file with SQLCipher's SQLite build too (no key)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--queries", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _extra_pragmas(args.pragma, args.pragma_both)
        if args.plain_on_sqlcipher:
            _plain_on_sqlcipher()
        if args.child == "cold_start":
            child_cold_start(args.db)
        else:
            queries = json.loads(args.queries.read_text(encoding="utf-8"))
            child_operations(args.db, queries, args.repeats, set(args.only.split(",")))
        return 0
    persons = 500_000 if args.city else args.persons
    with kit.busy_core(args.busy_core):
        if args.work is not None:
            args.work.mkdir(parents=True, exist_ok=True)
            return run(args.work, persons, args)
        with tempfile.TemporaryDirectory(prefix="ops-enc-bench-") as work:
            return run(Path(work), persons, args)


def _log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run(work: Path, persons: int, args: argparse.Namespace) -> int:
    files = _files(work, persons)
    for variant, path in files.items():
        if not path.exists():
            _log(f"generating the {variant} office ({persons} persons)")
            seconds = build(path, persons, variant == ENCRYPTED)
            _log(f"  {seconds:.1f} s")
    trial = [arg for p in args.pragma for arg in ("--pragma", p)] + ["--only", args.only]
    trial += [arg for p in args.pragma_both for arg in ("--pragma-both", p)]
    trial += ["--plain-on-sqlcipher"] if args.plain_on_sqlcipher else []
    only = set(args.only.split(","))
    queries_file = work / "queries.json"
    queries = _queries(files[PLAIN], args.per_kind)
    queries_file.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")

    samples: dict[str, Samples] = {PLAIN: Samples(), ENCRYPTED: Samples()}

    def add(variant: str, result: dict[str, Any]) -> None:
        for name, values in result["wall"].items():
            samples[variant].wall.setdefault(name, []).extend(values)
            samples[variant].cpu.setdefault(name, []).extend(result["cpu"][name])

    # Each file opened once first: a migration or a first checkpoint is no one's cold start.
    for variant, path in files.items():
        _child("cold_start", path, *trial)
    unlocks: list[float] = []
    starts = args.starts if "start" in only else 0
    if starts:
        _log(f"cold start, {starts} runs of each file, alternately")
    for _ in range(starts):
        for variant, path in files.items():
            result = _child("cold_start", path, *trial)
            add(variant, result)
            if variant == ENCRYPTED:
                unlocks.append(result["unlock_ms"])
    keys = {variant: _unlock(path)[0] for variant, path in files.items()}
    backup_measured = False
    rss: dict[str, float] = {}
    for r in range(args.rounds if only & {"search", "lists", "batch", "backup"} else 0):
        for variant, path in (files.items() if r % 2 == 0 else reversed(files.items())):
            _log(f"round {r + 1}/{args.rounds}: {args.only} ({variant})")
            result = _child("operations", path, "--queries", str(queries_file), *trial,
                            key=keys[variant])
            backup_measured = result["backup"]
            rss[variant] = max(rss.get(variant, 0.0), result["rss_mb"])
            add(variant, result)

    print_table(samples, unlocks, persons, files, args, backup_measured, len(queries))
    if rss:
        print(f"* peak RSS of the operations child: {rss.get(PLAIN, 0):.0f} MB plain, "
              f"{rss.get(ENCRYPTED, 0):.0f} MB encrypted")
    return 0


def _row(name: str, plain: Samples, enc: Samples) -> tuple[str, ...]:
    pw, ew = plain.wall[name], enc.wall[name]
    pm, pp, em, ep = statistics.median(pw), kit.p95(pw), statistics.median(ew), kit.p95(ew)
    over_m, over_p = _pct(em, pm), _pct(ep, pp)
    over_cpu = _pct(statistics.median(enc.cpu[name]), statistics.median(plain.cpu[name]))
    met = "yes" if over_m <= TARGET_PCT else ("CPU only" if over_cpu <= TARGET_PCT else "NO")
    return (name, str(min(len(pw), len(ew))), f"{pm:.1f} / {pp:.1f}", f"{em:.1f} / {ep:.1f}",
            f"{over_m:+.0f} % / {over_p:+.0f} %", f"{over_cpu:+.0f} %", met)


def print_table(samples: dict[str, Samples], unlocks: list[float], persons: int,
                files: dict[str, Path], args: argparse.Namespace, backup_measured: bool,
                queries: int) -> None:
    head = ("operation", "n", "plain med/p95 ms", "encrypted med/p95 ms", "overhead med/p95",
            "CPU overhead", "≤ 15 %?")
    rows = [_row(name, samples[PLAIN], samples[ENCRYPTED]) for name in samples[PLAIN].wall
            if name in samples[ENCRYPTED].wall]
    if unlocks:
        rows.append(("unlock by password (Argon2id, on purpose)", str(len(unlocks)), "—",
                     f"{statistics.median(unlocks):.0f} / {kit.p95(unlocks):.0f}", "—", "—", "—"))
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    line = "  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    sizes = {v: sum(p.stat().st_size for p in (f, Path(f"{f}-wal")) if p.exists())
             for v, f in files.items()}
    print()
    print(f"* target: encrypted within {TARGET_PCT:g} % of plain, wall-clock median over median "
          "(p95 beside it); CPU overhead: the medians of CPU time (this process and its ended "
          "helpers), what encryption adds however loaded the machine; 'CPU only': the wall-clock "
          "figure is over, the CPU figure within")
    print(f"* offices: {persons} persons each (demo --persons, seed {SEED}); files "
          f"{sizes[PLAIN] / 1e6:.0f} MB plain, {sizes[ENCRYPTED] / 1e6:.0f} MB encrypted")
    only = set(args.only.split(","))
    if only - {"start"}:
        print(f"* {args.rounds} rounds of fresh child processes, plain and encrypted alternately; "
              f"search: {queries} queries per round (benchmarks/search.py kinds); list pages of "
              f"{PAGE} rows, {PAGES_WALKED} next pages walked per list")
    if "start" in only:
        print(f"* cold start: {args.starts} fresh interpreters per file, the program's modules "
              "imported before the clock; open_database = the file's checks (the whole file "
              "read when it is under 128 MB), schema, triggers; window shown = the head's "
              "first screen read and painted")
    if "backup" in args.only.split(",") and not backup_measured:
        print("* backup: not measured – storage/backup.write_backup takes no database key yet")
    if args.pragma:
        print("* encrypted connections also ran: " + "; ".join(args.pragma))
    if args.pragma_both:
        print("* every connection, plain and encrypted, also ran: " + "; ".join(args.pragma_both))
    if args.plain_on_sqlcipher:
        print("* the plain file was read through SQLCipher's SQLite build (no key), not sqlite3")
    print(f"* load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (shared machine)"
          + ("; one core kept busy by another process" if args.busy_core else ""))


if __name__ == "__main__":
    sys.exit(main())
