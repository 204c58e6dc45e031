"""`ops-desktop verify --db FILE`: is the file sound and is the audit log unbroken?

For the data-protection officer and the administrator, e.g. on a backup copy. The file is
opened read-only and never migrated, so checking it cannot change it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from ops_desktop.storage.audit import Break, ChainReport, verify_chain
from ops_desktop.storage.audit_copies import verify_copies

REASONS: dict[Break, str] = {
    Break.MISSING: "brakuje wcześniejszych wpisów (usunięto wpisy nr {expected}–{before})",
    Break.LINK: "wpis nie jest powiązany z poprzednim (wpis wstawiono, podmieniono "
                "lub przeliczono wpis wcześniejszy)",
    Break.DIGEST: "zmieniono zapis zmian we wpisie",
    Break.HASH: "zmieniono treść wpisu",
    Break.MALFORMED: "wpis ma nieprawidłowy format",
}

MAX_PROBLEMS = 10


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "verify", help="sprawdź spójność pliku bazy i nienaruszalność dziennika zdarzeń")
    parser.add_argument("--db", dest="verify_db", required=True, type=Path,
                        help="plik bazy SQLite (otwierany tylko do odczytu)")
    parser.set_defaults(handler=run)


def _local(utc: dt.datetime | None) -> str:
    if utc is None:
        return "nieznanej chwili"
    local = utc.replace(tzinfo=dt.UTC).astimezone()
    return local.strftime("%d.%m.%Y %H:%M:%S")


def describe(report: ChainReport) -> str:
    """The chain check in words, for the command line."""
    if report.ok:
        if report.last_seq is None:
            return "Dziennik zdarzeń jest pusty."
        return (f"Łańcuch nienaruszony. Ostatni wpis: nr {report.last_seq}, "
                f"skrót {report.last_hash} (zanotuj go, by sprawdzić później, "
                "czy nie usunięto wpisów z końca dziennika).")
    assert report.reason is not None and report.broken_seq is not None
    why = REASONS[report.reason].format(expected=report.expected_seq,
                                        before=report.broken_seq - 1)
    return (f"ŁAŃCUCH NARUSZONY. Pierwszy naruszony wpis: nr {report.broken_seq} "
            f"z {_local(report.broken_at)} – {why}.")


def check(path: Path) -> tuple[list[str], ChainReport | None]:
    """PRAGMA integrity_check and the chain on a read-only connection to `path`."""
    uri = path.resolve().as_uri() + "?mode=ro"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        with engine.connect() as conn:
            problems = [str(r[0]) for r in conn.execute(text("PRAGMA integrity_check"))]
            return problems, verify_chain(conn)
    finally:
        engine.dispose()


def check_members(path: Path) -> dict[str, ChainReport]:
    """The chains of the office's other PCs as this PC holds them, by PC name and number."""
    uri = path.resolve().as_uri() + "?mode=ro"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("exchange_member_audit"):
                return {}
            names = {str(r[0]): f"nr {r[2]} „{r[1]}”" for r in conn.execute(
                text("SELECT id, name, code FROM office_members"))}
            return {names.get(uuid.UUID(m).hex, names.get(m, m)): report
                    for m, report in verify_copies(conn).items()}
    finally:
        engine.dispose()


def run(args: argparse.Namespace) -> int:
    path: Path = args.verify_db
    print(f"Plik: {path}")
    if not path.is_file():
        print("Nie ma takiego pliku.")
        return 1
    try:
        problems, report = check(path)
    except DBAPIError as exc:
        cause = str(exc.orig) if exc.orig is not None else str(exc)
        if "no such table" in cause:
            print("W pliku nie ma dziennika zdarzeń (to nie jest baza programu "
                  "albo baza sprzed jego wprowadzenia).")
        else:
            print(f"Nie można odczytać pliku jako bazy danych: {cause}")
        return 1
    sound = problems == ["ok"]
    if sound:
        print("Spójność pliku (PRAGMA integrity_check): w porządku.")
    else:
        print("Spójność pliku (PRAGMA integrity_check): WYKRYTO USZKODZENIA:")
        for line in problems[:MAX_PROBLEMS]:
            print(f"  {line}")
        if len(problems) > MAX_PROBLEMS:
            print(f"  … i {len(problems) - MAX_PROBLEMS} dalszych.")
    assert report is not None
    print(f"Dziennik zdarzeń: sprawdzono wpisów: {report.checked}, "
          f"w tym zanonimizowanych: {report.redacted}.")
    print(describe(report))
    members = check_members(path)
    for member, copy in members.items():
        print(f"Dziennik komputera {member} (wpisów: {copy.checked}): {describe(copy)}")
    return 0 if sound and report.ok and all(c.ok for c in members.values()) else 1
