"""`ops-desktop verify --db FILE`: is the file sound and is the audit log unbroken?

For the data-protection officer and the administrator, e.g. on a backup copy. The file is
opened read-only and never migrated, so checking it cannot change it. `--db` may also be a
PostgreSQL URL (a centre with a server): the audit log's chain is checked in a read-only
transaction; the file checks do not apply there (the server keeps its own pages).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from ops_desktop.storage.audit import Break, ChainReport
from ops_desktop.storage.file_check import (
    UnreadableFile,
    check_file,
    check_server,
    shown_url,
)

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
    parser.add_argument("--db", dest="verify_db", required=True,
                        help="plik bazy SQLite (otwierany tylko do odczytu) "
                             "albo adres bazy PostgreSQL")
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


def _run_server(url: str) -> int:
    print(f"Baza: {shown_url(url)}")
    print("Spójność pliku (PRAGMA integrity_check): nie dotyczy bazy na serwerze PostgreSQL "
          "(jej strony sprawdza serwer, np. pg_amcheck).")
    try:
        report = check_server(url)
    except UnreadableFile as exc:
        print(f"Nie można odczytać bazy: {exc.cause}")
        return 1
    print(f"Dziennik zdarzeń: sprawdzono wpisów: {report.checked}, "
          f"w tym zanonimizowanych: {report.redacted}.")
    print(describe(report))
    return 0 if report.ok else 1


def run(args: argparse.Namespace) -> int:
    if "://" in args.verify_db and not args.verify_db.startswith("sqlite"):
        return _run_server(args.verify_db)
    path = Path(args.verify_db)
    print(f"Plik: {path}")
    if not path.is_file():
        print("Nie ma takiego pliku.")
        return 1
    try:
        result = check_file(path)
    except UnreadableFile as exc:
        if exc.no_audit_log:
            print("W pliku nie ma dziennika zdarzeń (to nie jest baza programu "
                  "albo baza sprzed jego wprowadzenia).")
        else:
            print(f"Nie można odczytać pliku jako bazy danych: {exc.cause}")
        return 1
    problems, report = result.problems, result.chain
    sound = problems == ["ok"]
    if sound:
        print("Spójność pliku (PRAGMA integrity_check): w porządku.")
    else:
        print("Spójność pliku (PRAGMA integrity_check): WYKRYTO USZKODZENIA:")
        for line in problems[:MAX_PROBLEMS]:
            print(f"  {line}")
        if len(problems) > MAX_PROBLEMS:
            print(f"  … i {len(problems) - MAX_PROBLEMS} dalszych.")
    print(f"Dziennik zdarzeń: sprawdzono wpisów: {report.checked}, "
          f"w tym zanonimizowanych: {report.redacted}.")
    print(describe(report))
    members = result.members
    for member, copy in members.items():
        print(f"Dziennik komputera {member} (wpisów: {copy.checked}): {describe(copy)}")
    return 0 if sound and report.ok and all(c.ok for c in members.values()) else 1
