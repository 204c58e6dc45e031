"""Person search at the scale of a whole city: what the desk waits for per keystroke.

    python -m ops_desktop demo --db big.sqlite --persons 500000
    python benchmarks/search.py --db big.sqlite [--queries 50] [--seed 7] [--busy-core]

Opens the store through the services (migrating it if needed, so the first run after an
upgrade also builds any new index) and samples persons at random; from each it derives what a
desk worker types: a surname's first 3 letters ("now"), 7 letters ("kowalsk"), surname plus
the start of the first name ("kowalski ja"), first name plus the start of the surname
("jan kow"), the whole PESEL and its first 3 or 4 digits ("850", "8512"), and the surname typed
without Polish letters. Per kind it prints the median and 95th percentile in milliseconds of
one refresh of the desk's list as the desk asks it, `persons.find`: the first page the list
shows (50 rows) and the count up to 501 ("ponad 500" beyond), plus the median number found.

Absolute times move with the machine and its load, so each query is also sent straight to
SQLite, right after the desk's, on a plain DB-API connection (SQLCipher's for an encrypted
office, kit.read_only): the FTS5 index for names
(`SELECT rowid FROM person_search WHERE person_search MATCH ?`, every match, no order, no
rows read) and for PESEL digits the range on the unique index (`SELECT rowid FROM persons
WHERE pesel >= ? AND pesel < ?`). "ratio" is the desk's p95 over that reference's p95
(target ≤ 2×); the desk's own target stays 20 ms per keystroke.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kit  # noqa: E402  (benchmarks/kit.py, beside this script)

from ops_desktop.domain.text import fold  # noqa: E402
from ops_desktop.services.persons import COUNT_SHOWN_UP_TO, SearchQuery  # noqa: E402
from ops_desktop.storage.queries import _name_match  # noqa: E402
from ops_desktop.domain.vocabulary import Role  # noqa: E402
from ops_desktop.services.context import Actor  # noqa: E402
from ops_desktop.services.hub import Services  # noqa: E402

PAGE = 50  # ui/table_model.py PagedTableModel.FIRST_PAGE: the rows a refresh reads first
COUNTED = COUNT_SHOWN_UP_TO + 1  # ui/first_contact/tab.py: "ponad 500" beyond
TARGET_MS = 20.0
TARGET_RATIO = 2.0


def _ascii_surname(last: str) -> str:
    # What a desk worker types without Polish letters: the folded surname, lower case.
    return fold(last).split(" ")[0]


KINDS: dict[str, Callable[[str, str, str], str]] = {
    "surname 3 letters": lambda last, first, pesel: _ascii_surname(last)[:3],
    "surname 7 letters": lambda last, first, pesel: _ascii_surname(last)[:7],
    "surname + first name prefix": lambda last, first, pesel: f"{last} {first[:2]}",
    "first name + surname prefix": lambda last, first, pesel: f"{first} {last[:3]}",
    "surname without diacritics": lambda last, first, pesel: _ascii_surname(last),
    "full PESEL": lambda last, first, pesel: pesel,
    "PESEL 3 digits": lambda last, first, pesel: pesel[:3],
    "PESEL 4 digits": lambda last, first, pesel: pesel[:4],
}


def _sample(path: Path, n: int, seed: int) -> list[tuple[str, str, str]]:
    con = kit.read_only(path)
    try:
        top = con.execute("SELECT max(rowid) FROM persons").fetchone()[0] or 0
        rng = random.Random(seed)
        found: list[tuple[str, str, str]] = []
        while len(found) < n and top:
            row = con.execute(
                "SELECT last_name, first_name, pesel FROM persons WHERE rowid = ? "
                "AND pesel IS NOT NULL AND search_name != '' AND deleted_at IS NULL",
                (rng.randint(1, top),),
            ).fetchone()
            if row:
                found.append(row)
        return found
    finally:
        con.close()


class Straight:
    """The same query sent straight to SQLite: what the index alone answers, for comparison."""

    def __init__(self, path: Path) -> None:
        self.con = kit.read_only(path)

    def __call__(self, text: str) -> int:
        q = SearchQuery.parse(text)
        if q.digits:
            low, high = q.digits, q.digits[:-1] + chr(ord(q.digits[-1]) + 1)
            rows = self.con.execute("SELECT rowid FROM persons WHERE pesel >= ? AND pesel < ?",
                                    (low, high)).fetchall()
        else:
            rows = self.con.execute("SELECT rowid FROM person_search WHERE person_search MATCH ?",
                                    (_name_match(q.folded),)).fetchall()
        return len(rows)

    def close(self) -> None:
        self.con.close()


def refresh(services: Services, actor: Actor, text: str) -> tuple[float, int]:
    """One refresh of the desk's list as the desk asks it: the first page and the count."""
    ms, (_rows, total) = _ms(lambda: services.persons.find(actor, text, PAGE, COUNTED))
    return ms, total


def _ms(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--busy-core", action="store_true",
                        help="keep one core busy with another process during the run")
    args = parser.parse_args()
    with kit.busy_core(args.busy_core):
        measure(args)


def measure(args: argparse.Namespace) -> None:

    start = time.perf_counter()
    services = Services.open(f"sqlite:///{args.db}", kit.demo_key(args.db))
    opened = time.perf_counter() - start
    actor = Actor(uuid.uuid4(), "Pomiar", "pracownik socjalny", frozenset({Role.FIRST_CONTACT}))
    people = _sample(args.db, args.queries, args.seed)
    print(f"store {args.db.name}: opened (and migrated if needed) in {opened:.1f} s; "
          f"{len(people)} sampled persons per kind\n")
    head = (f"{'query kind':30} {'example':22} {'desk med/p95':>15} {'SQLite med/p95':>15} "
            f"{'ratio':>7} {'met':>5} {'best':>7} {'found med':>9}")
    print(head)
    print("-" * len(head))
    straight = Straight(args.db)
    # One untimed pass so the first kind does not pay for a cold page cache alone.
    for last, first, pesel in people[:5]:
        services.persons.search(actor, last, PAGE)
        straight(last)
    try:
        for kind, make in KINDS.items():
            desk: list[float] = []
            direct: list[float] = []
            found: list[int] = []
            for last, first, pesel in people:
                text = make(last, first, pesel)
                d_ms, total = refresh(services, actor, text)
                desk.append(d_ms)
                direct.append(_ms(lambda: straight(text))[0])
                found.append(total)
            example = repr(make(*people[0]))[:22]
            ratio = kit.p95(desk) / kit.p95(direct)
            met = "yes" if kit.p95(desk) <= TARGET_MS and ratio <= TARGET_RATIO else (
                "ratio" if ratio <= TARGET_RATIO else ("20 ms" if kit.p95(desk) <= TARGET_MS else "NO"))
            # The best of each, over the same queries: what is left when the load is not.
            best = min(desk) / max(min(direct), 1e-3)
            print(f"{kind:30} {example:22} "
                  f"{statistics.median(desk):7.1f}/{kit.p95(desk):7.1f} "
                  f"{statistics.median(direct):7.1f}/{kit.p95(direct):7.1f} "
                  f"{ratio:6.2f}x {met:>5} {best:6.2f}x {statistics.median(found):9.0f}")
    finally:
        straight.close()
        services.close()
    print("\nratio: p95 over p95; best: fastest over fastest (little moved by the machine's "
          "load); ")
    print(f"met: 'yes' both targets (p95 ≤ {TARGET_MS:g} ms and ≤ {TARGET_RATIO:g}× straight SQLite); "
          "'ratio' / '20 ms' only that one. found: up to 501 (the desk shows 'ponad 500'). "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
          + ("; one core kept busy by another process" if args.busy_core else ""))


if __name__ == "__main__":
    main()
