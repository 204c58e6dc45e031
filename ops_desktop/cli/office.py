"""`office share`, `office join`, `office digest` and `sync`: an office of several PCs.

Exit codes: 0 done, 1 the exchange went wrong (a file refused, the folder away), 2 the
command cannot run (not a member, a database that exists already, a wrong code).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ops_desktop.cli.unlock import open_for_command
from ops_desktop.domain.clock import office_time
from ops_desktop.services.exchange import BundleError, ExchangeService, NotFound, RoundReport

MESSAGES: dict[str, str] = {
    "unreachable": "Folder wymiany jest niedostępny (czy udział sieciowy lub dysk USB jest "
                   "podłączony?).",
    "write_failed": "Nie udało się zapisać w folderze wymiany.",
    "already_member": "Ten komputer już należy do biura.",
    "already_shared": "W tym folderze wymiany działa już inne biuro.",
    "not_a_member": "Ten komputer nie należy do żadnego biura (najpierw: office share albo "
                    "office join).",
    "not_a_file_database": "Udostępnić można tylko bazę SQLite w pliku.",
    "database_exists": "Plik bazy już istnieje – dołączenie tworzy nową bazę.",
    "invalid_name": "Podaj nazwę komputera (do 80 znaków).",
    "wrong_passphrase": "Błędny kod zaproszenia albo uszkodzony plik zaproszenia.",
    "not_a_backup": "To nie jest plik zaproszenia programu.",
    "not_an_invitation": "Ten plik nie jest zaproszeniem do biura.",
    "invitation_outdated": "To zaproszenie jest już nieaktualne: pliki, których ten komputer "
                           "by potrzebował, zostały usunięte z folderu wymiany. Poproś "
                           "administratora o nowe zaproszenie (office invite).",
    "codes_exhausted": "Brak wolnych numerów komputerów w biurze.",
    "database_in_use": "Baza jest otwarta w programie – zamknij go i spróbuj ponownie.",
    "removed_from_office": "Ten komputer odłączono od biura – wymiana nie jest już możliwa.",
    "cannot_remove_self": "Nie można odłączyć komputera, na którym wydano polecenie.",
    "made_by_newer_program": "Zaproszenie utworzyła nowsza wersja programu – zaktualizuj "
                             "program.",
    "unsupported_format": "Zaproszenie utworzyła nowsza wersja programu – zaktualizuj program.",
    "damaged": "Plik zaproszenia jest uszkodzony.",
    "stick_unreachable": "Folder do wymiany (pendrive) jest niedostępny – czy jest podłączony?",
    "same_folder": "To jest folder wymiany tego komputera – wskaż folder na pendrivie.",
    "foreign_office": "Na pendrivie są pliki innego biura – niczego nie skopiowano.",
    "restored_unsent": "Ten komputer przywrócono z kopii zapasowej, a część zmian zapisanych w tej"
                       " kopii nie dotarła wcześniej do folderu wymiany: wymiana jest wstrzymana, "
                       "aby ich nie zgubić. Wezwij administratora.",
    "restored_unclear": "Plik bazy tego komputera zastąpiono starszą kopią poza programem, a pliku"
                        " wymiany potrzebnego, by odróżnić zmiany z tej kopii od wpisanych "
                        "później, już nie ma: wymiana jest wstrzymana. Przywróć kopię poleceniem "
                        "`ops-desktop restore` albo dołącz ten komputer do biura ponownie z nowym "
                        "zaproszeniem.",
    "relay_cut": "Kopiowanie przerwano (pendrive wyjęty albo folder niedostępny); skopiowane "
                 "pliki zostają, resztę przeniesie następna wymiana.",
}
CONTINUED = ("Bazę tego komputera przywrócono z kopii zapasowej: komputer działa dalej w "
             "biurze pod nowym numerem (jego numery spraw mają teraz nowy znak), a zmiany "
             "wysłane po wykonaniu kopii wróciły z folderu wymiany.")
PROBLEMS: dict[str, str] = {
    "altered": "plik zmieniony lub uszkodzony – odrzucony",
    "foreign_office": "plik innego biura – odrzucony",
    "newer_format": "plik nowszej wersji programu – zaktualizuj program",
    "missing_file": "brakuje wcześniejszego pliku",
    "clock_ahead": "zegar tamtego komputera wyprzedza ten o ponad dwa dni",
    "damaged": "plik uszkodzony – odrzucony",
    "not_a_bundle": "to nie jest plik wymiany – pominięty",
    "key_missing": "zapisany nowym kluczem biura, którego ten komputer jeszcze nie dostał "
                   "– czeka",
    "old_key": "zapisany starym kluczem biura po zmianie klucza – odrzucony",
    "continues_removed": "to kopia komputera odłączonego od biura, przywrócona z kopii "
                         "zapasowej – jego pliki są odrzucane",
    "restored_gap": "to zmiany tego komputera sprzed przywrócenia kopii, których nie ma już "
                    "w folderze (kopia starsza niż ostatnia); mają je inne komputery: dołącz "
                    "ten komputer ponownie z nowym zaproszeniem",
}


def _opened(value: str) -> ExchangeService:
    """The exchange over the store named by `--db`, unlocked as every command unlocks it
    (cli/unlock.py: an unattended `sync` by the PC's keyring slot)."""
    return open_for_command(value).exchange


T = TypeVar("T")


def _fail(exc: BundleError) -> int:
    text = MESSAGES.get(exc.code, exc.code)
    print(f"Błąd: {text}" + (f" ({exc.detail})" if exc.detail else ""), file=sys.stderr)
    return 1 if exc.code in ("unreachable", "write_failed", "stick_unreachable",
                             "relay_cut") else 2


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    office = sub.add_parser("office", help="biuro na kilku komputerach bez serwera")
    actions = office.add_subparsers(dest="office_command", required=True)
    share = actions.add_parser("share", help="udostępnij biuro: zaproszenie i jego kod")
    share.add_argument("--db", dest="office_db", required=True)
    share.add_argument("--exchange", required=True, type=Path, help="folder wymiany")
    share.add_argument("--name", required=True, help="nazwa tego komputera")
    share.add_argument("--invitation", required=True, type=Path, help="plik zaproszenia")
    share.set_defaults(handler=run_share)
    invite = actions.add_parser("invite", help="nowe zaproszenie do biura z tego komputera "
                                "(starsze przestają wstrzymywać usuwanie plików)")
    invite.add_argument("--db", dest="office_db", required=True)
    invite.add_argument("--invitation", required=True, type=Path, help="plik zaproszenia")
    invite.set_defaults(handler=run_invite)
    join = actions.add_parser("join", help="dołącz do biura z zaproszenia")
    join.add_argument("--db", dest="office_db", required=True, type=Path,
                      help="nowy plik bazy tego komputera")
    join.add_argument("--invitation", required=True, type=Path)
    join.add_argument("--code", required=True)
    join.add_argument("--name", required=True, help="nazwa tego komputera")
    join.add_argument("--exchange", type=Path, default=None,
                      help="folder wymiany, gdy na tym komputerze ma inną ścieżkę")
    join.set_defaults(handler=run_join)
    digest = actions.add_parser("digest", help="skrót wszystkich wspólnych danych biura")
    digest.add_argument("--db", dest="office_db", required=True)
    digest.set_defaults(handler=run_digest)
    relay = actions.add_parser("relay", help="przenieś pliki wymiany między folderem wymiany "
                               "tego komputera a drugim folderem (np. dyskiem USB laptopa)")
    relay.add_argument("--db", dest="office_db", required=True)
    relay.add_argument("--with", dest="other", required=True, type=Path)
    relay.set_defaults(handler=run_relay)
    remove = actions.add_parser("remove", help="odłącz komputer od biura (zgubiony, "
                                "skradziony, wycofany)")
    remove.add_argument("--db", dest="office_db", required=True)
    remove.add_argument("--member", required=True, type=int, help="numer komputera")
    remove.set_defaults(handler=run_remove)
    status = actions.add_parser("status", help="stan wymiany tego komputera")
    status.add_argument("--db", dest="office_db", required=True)
    status.set_defaults(handler=run_status)
    sync = sub.add_parser("sync", help="jedna wymiana zmian przez folder wymiany")
    sync.add_argument("--db", dest="office_db", required=True)
    sync.set_defaults(handler=run_sync)


def _then_report(db: str, work: Callable[[ExchangeService], T],
                 report: Callable[[T], int]) -> int:
    """Open the store, do `work` on its exchange and close the store again (also when the
    work fails), then `report` what it did: its return is the exit code. A refusal of the
    exchange is said as _fail says it, and nothing is reported."""
    service = _opened(db)
    try:
        done = work(service)
    except BundleError as exc:
        return _fail(exc)
    finally:
        service.close()
    return report(done)


def run_share(args: argparse.Namespace) -> int:
    return _then_report(args.office_db, lambda service: service.share(
        args.exchange, args.name, args.invitation), lambda code: _print_invitation(
        args.invitation, code))


def run_invite(args: argparse.Namespace) -> int:
    return _then_report(args.office_db, lambda service: service.invite(args.invitation),
                        lambda code: _print_invitation(args.invitation, code))


def _print_invitation(invitation: Path, code: str) -> int:
    print(f"Zaproszenie zapisano: {invitation}")
    print("Kod zaproszenia (pokazywany tylko raz – przekaż go osobno, nie z plikiem):")
    print(code)
    return 0


def run_join(args: argparse.Namespace) -> int:
    try:
        service = ExchangeService.join(args.invitation, args.code,
                                       Path(args.office_db).expanduser().resolve(),
                                       args.name, args.exchange)
    except BundleError as exc:
        return _fail(exc)
    status = service.status()
    service.close()
    assert status is not None
    print(f"Dołączono do biura jako komputer nr {status.member_code} „{status.member_name}”; "
          f"folder wymiany: {status.folder}")
    return 0


def describe(report: RoundReport) -> list[str]:
    lines = [f"Wysłano zmian: {report.exported}; przyjęto: {report.applied}."]
    if report.continued_from:
        lines.append(CONTINUED)
    if report.copied_elsewhere:
        lines.append("Kopię zapasową tego komputera przywrócono na innym komputerze, który "
                     "pracuje teraz w biurze pod własnym numerem; ten komputer pracuje dalej.")
    if report.pruned_files or report.pruned_changes:
        lines.append(f"Usunięto plików przyjętych przez wszystkie komputery: "
                     f"{report.pruned_files}; wpisów z kolejki wysłanych zmian: "
                     f"{report.pruned_changes}.")
    for reason, count in sorted(report.quarantined.items()):
        lines.append(f"Odłożono do wyjaśnienia ({reason}): {count}.")
    for p in report.problems:
        lines.append(f"Komputer {p.member}, plik {p.file}: {PROBLEMS.get(p.code, p.code)}.")
    return lines


def run_sync(args: argparse.Namespace) -> int:
    return _then_report(args.office_db, lambda service: service.sync(), _print_round)


def _print_round(report: RoundReport) -> int:
    for line in describe(report):
        print(line)
    return 1 if report.problems or report.quarantined else 0


def run_digest(args: argparse.Namespace) -> int:
    service = _opened(args.office_db)
    try:
        print(service.digest())
    finally:
        service.close()
    return 0


def _local(utc: dt.datetime | None) -> str:
    if utc is None:
        return "nigdy"
    return office_time(utc).strftime("%d.%m.%Y %H:%M")


def run_status(args: argparse.Namespace) -> int:
    service = _opened(args.office_db)
    try:
        status = service.status()
    finally:
        service.close()
    if status is None:
        print(f"Błąd: {MESSAGES['not_a_member']}", file=sys.stderr)
        return 2
    print(f"Komputer nr {status.member_code} „{status.member_name}”, folder wymiany: "
          f"{status.folder}")
    print(f"Ostatnia wymiana: {_local(status.last_exchange)}; zmian czeka na wysłanie: "
          f"{status.waiting}; konflikty do rozstrzygnięcia: {status.open_conflicts}; "
          f"odłożone zmiany: {status.quarantined}.")
    for other in status.others:
        note = " – BRAK WIEŚCI od ponad 3 dni" if other.silent else ""
        print(f"  nr {other.code} „{other.name}”: ostatni plik {_local(other.last_heard)}{note}")
    return 0


def run_relay(args: argparse.Namespace) -> int:
    def report(counts: tuple[int, int]) -> int:
        sent, received = counts
        print(f"Skopiowano plików na {args.other}: {sent}; z {args.other}: {received}.")
        return 0

    return _then_report(args.office_db, lambda service: service.relay(args.other), report)


def run_remove(args: argparse.Namespace) -> int:
    def report(generation: int) -> int:
        print(f"Komputer nr {args.member} odłączono od biura; pozostałe komputery przestaną "
              "czytać jego pliki po najbliższej wymianie. Nowy klucz biura (nr "
              f"{generation}) dostaną przy najbliższej wymianie; odłączony komputer go nie "
              "dostanie.")
        return 0

    try:
        return _then_report(args.office_db, lambda service: service.remove_member(
            args.member), report)
    except NotFound:  # raised by the work, after the store is closed again
        print(f"Błąd: w biurze nie ma komputera nr {args.member}.", file=sys.stderr)
        return 2
