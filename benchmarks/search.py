"""Person search at the scale of a whole city: what the desk waits for per keystroke.

    python -m ops_desktop demo --db big.sqlite --persons 500000
    python benchmarks/search.py --db big.sqlite [--queries 50] [--seed 7]

Opens the store through the services (migrating it if needed, so the first run after an
upgrade also builds any new index) and samples persons at random; from each it derives what a
desk worker types: a surname's first 3 letters ("now"), 7 letters ("kowalsk"), surname plus
the start of the first name ("kowalski ja"), first name plus the start of the surname
("jan kow"), the whole PESEL and its first 3 or 4 digits ("850", "8512"), and the surname typed
without Polish letters. Per kind it prints the median and 95th percentile in milliseconds of
`persons.search` (the first page the list shows, 200 rows), of `persons.count`, and of both
together (one refresh of the list), plus the median number of persons found.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
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
from ops_desktop.domain.vocabulary import Role  # noqa: E402
from ops_desktop.services.context import Actor  # noqa: E402
from ops_desktop.services.hub import Services  # noqa: E402

PAGE = 200  # ui/table_model.py: rows fetched per page


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
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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


def _ms(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    start = time.perf_counter()
    services = Services.open(f"sqlite:///{args.db}")
    opened = time.perf_counter() - start
    actor = Actor(uuid.uuid4(), "Pomiar", "pracownik socjalny", frozenset({Role.FIRST_CONTACT}))
    people = _sample(args.db, args.queries, args.seed)
    print(f"store {args.db.name}: opened (and migrated if needed) in {opened:.1f} s; "
          f"{len(people)} sampled persons per kind\n")
    head = (f"{'query kind':30} {'example':22} {'search med/p95':>15} {'count med/p95':>15} "
            f"{'both med/p95':>15} {'found med':>9}")
    print(head)
    print("-" * len(head))
    # One untimed pass so the first kind does not pay for a cold page cache alone.
    for last, first, pesel in people[:5]:
        services.persons.search(actor, last, PAGE)
    try:
        for kind, make in KINDS.items():
            searches: list[float] = []
            counts: list[float] = []
            both: list[float] = []
            found: list[int] = []
            for last, first, pesel in people:
                text = make(last, first, pesel)
                s_ms, _rows = _ms(lambda: services.persons.search(actor, text, PAGE))
                c_ms, total = _ms(lambda: services.persons.count(actor, text))
                searches.append(s_ms)
                counts.append(c_ms)
                both.append(s_ms + c_ms)
                found.append(int(total))  # type: ignore[call-overload]
            example = repr(make(*people[0]))[:22]
            print(f"{kind:30} {example:22} "
                  f"{statistics.median(searches):7.1f}/{kit.p95(searches):7.1f} "
                  f"{statistics.median(counts):7.1f}/{kit.p95(counts):7.1f} "
                  f"{statistics.median(both):7.1f}/{kit.p95(both):7.1f} "
                  f"{statistics.median(found):9.0f}")
    finally:
        services.close()


if __name__ == "__main__":
    main()
