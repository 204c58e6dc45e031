"""What one page read from disk costs through the cipher, beside the same page read plain.

    python benchmarks/cipher_pages.py [--rows 200000] [--runs 5]

The encryption benchmark (encryption.py) finds searches and next list pages over the 15 %
target. Its cost is per page read into the cache: this probe isolates it. One table of
`--rows` rows (about 7,000 pages of 4 KiB) is written once per setting into a temporary
folder, then scanned whole by a fresh connection with the program's page cache (64 MiB),
best of `--runs`; the file is in the system's cache by then, so what is timed is SQLite
reading and, when encrypted, decrypting and checking each page. Printed: microseconds per
page for

- the plain file through the standard `sqlite3` and through SQLCipher's own build (its
  SQLite version, no key);
- SQLCipher with the program's settings (AES-256-CBC, HMAC-SHA512 per page), and with
  HMAC-SHA256, HMAC-SHA1 and no HMAC (other file formats, for comparison only);
- when `pysqlite3mc` (SQLite3 Multiple Ciphers, a DB-API module) is installed: its plain
  build and its `sqlcipher`, `chacha20` and `aegis` ciphers. It is not a dependency of the
  program: its wheels are for Linux only.
"""

from __future__ import annotations

import argparse
import secrets
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE = "PRAGMA cache_size=-65536"  # storage/database.py: the program's page cache


def _fill(conn: Any, rows: int) -> None:
    conn.execute("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT, c TEXT)")
    conn.executemany("INSERT INTO t(b, c) VALUES (?, ?)",
                     ((f"name{i}" * 3, "x" * 100) for i in range(rows)))
    conn.commit()


def _scan(open_conn: Callable[[], Any], runs: int) -> tuple[float, int]:
    """Best per-page microseconds of a whole-table scan by a fresh connection, and pages."""
    best, pages = float("inf"), 0
    for _ in range(runs):
        conn = open_conn()
        try:
            conn.execute(CACHE)
            start = time.perf_counter()
            conn.execute("SELECT count(*), sum(length(c)) FROM t").fetchone()
            elapsed = time.perf_counter() - start
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
        finally:
            conn.close()
        best = min(best, elapsed)
    return best * 1e6 / max(pages, 1), pages


def _keyed(module: Any, path: Path, key: str, before: tuple[str, ...] = (),
           after: tuple[str, ...] = ()) -> Callable[[], Any]:
    """A connection opener: `before` the key (SQLite3 Multiple Ciphers' choice of cipher),
    then the raw key as the program gives it, then `after` (SQLCipher's settings)."""

    def open_conn() -> Any:
        conn = module.connect(str(path))
        for statement in (*before, f"PRAGMA key = \"x'{key}'\"", *after):
            conn.execute(statement)
        return conn

    return open_conn


def measure(work: Path, rows: int, runs: int) -> list[tuple[str, float, int]]:
    from sqlcipher3 import dbapi2 as sqlcipher

    key = secrets.token_bytes(32).hex()
    results: list[tuple[str, float, int]] = []

    plain = work / "plain.sqlite"
    with sqlite3.connect(plain) as conn:
        _fill(conn, rows)
    results.append(("plain, standard sqlite3 " + sqlite3.sqlite_version,
                    *_scan(lambda: sqlite3.connect(plain), runs)))
    results.append(("plain, SQLCipher's build " + sqlcipher.sqlite_version,
                    *_scan(lambda: sqlcipher.connect(str(plain)), runs)))
    for name, settings in (
            ("SQLCipher, HMAC-SHA512 (the program's)", ()),
            ("SQLCipher, HMAC-SHA256", ("PRAGMA cipher_hmac_algorithm = HMAC_SHA256",)),
            ("SQLCipher, HMAC-SHA1", ("PRAGMA cipher_hmac_algorithm = HMAC_SHA1",)),
            ("SQLCipher, no HMAC", ("PRAGMA cipher_use_hmac = OFF",))):
        path = work / f"sqlcipher-{len(results)}.sqlite"
        open_conn = _keyed(sqlcipher, path, key, after=settings)
        conn = open_conn()
        _fill(conn, rows)
        conn.close()
        results.append((name, *_scan(open_conn, runs)))

    try:
        from pysqlite3mc import dbapi2 as mc  # type: ignore[import-not-found]
    except ImportError:
        return results
    mc_plain = work / "mc-plain.sqlite"
    conn = mc.connect(str(mc_plain))
    _fill(conn, rows)
    conn.close()
    results.append(("plain, SQLite3 Multiple Ciphers' build " + mc.sqlite_version,
                    *_scan(lambda: mc.connect(str(mc_plain)), runs)))
    for cipher in ("sqlcipher", "chacha20", "aegis"):
        path = work / f"mc-{cipher}.sqlite"
        open_conn = _keyed(mc, path, key, before=(f"PRAGMA cipher='{cipher}'",))
        conn = open_conn()
        _fill(conn, rows)
        conn.close()
        results.append((f"SQLite3 Multiple Ciphers, {cipher}", *_scan(open_conn, runs)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ops-cipher-pages-") as work:
        results = measure(Path(work), args.rows, args.runs)
    plain_us = results[0][1]
    print(f"{'setting':58} {'µs/page':>8} {'× plain':>8} {'pages':>7}")
    for name, us, pages in results:
        print(f"{name:58} {us:8.2f} {us / plain_us:7.2f}× {pages:7d}")
    print(f"\n{args.rows} rows scanned whole by a fresh connection, best of {args.runs}; "
          "× plain: over the standard sqlite3's plain read")


if __name__ == "__main__":
    main()
