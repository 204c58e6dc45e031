"""`ops-desktop verify --db FILE [--anchor HEAD|BACKUP]`: is the file sound, is the audit
log unbroken and does it extend a head noted before, is every signed act what was signed,
and are the store's protecting triggers as the program made them?

For the data-protection officer and the administrator, e.g. on a backup copy. The file is
opened read-only and never migrated, so checking it cannot change it; an encrypted file is
unlocked as every command unlocks it (cli/unlock.py), and a login and password only unwrap
its key there, without the sign-in that would write to the log. `--db` may also be a
PostgreSQL URL (a centre with a server): the audit log's chain is checked in a read-only
transaction; the file checks do not apply there (the server keeps its own pages).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from ops_desktop.cli.unlock import key_for_reading
from ops_desktop.domain.clock import office_time
from ops_desktop.storage.audit import Break, ChainReport
from ops_desktop.storage.backup import BackupError, read_backup_info
from ops_desktop.storage.file_check import (
    ActsReport,
    AnchorBreak,
    Head,
    PlansReport,
    StoreCheck,
    TriggerReport,
    UnreadableFile,
    check_file,
    check_server,
    parse_head,
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
    parser.add_argument("--anchor", dest="verify_anchor", default=None,
                        help="zanotowany wcześniej początek sprawdzenia: „nr:skrót” ostatniego "
                             "wpisu dziennika (np. z raportu statystycznego lub wydruku) "
                             "albo plik kopii zapasowej; sprawdza, czy dziennik go przedłuża")
    parser.set_defaults(handler=run)


class BadAnchor(Exception):
    pass


def _anchor(value: str | None) -> Head | None:
    """The head to hold the chain against: written down, or from a backup's header."""
    if value is None:
        return None
    head = parse_head(value)
    if head is not None:
        return head
    path = Path(value)
    if not path.is_file():
        raise BadAnchor("Kotwica musi mieć postać „nr:skrót” (numer i 64-znakowy skrót "
                        "ostatniego wpisu) albo wskazywać plik kopii zapasowej.")
    try:
        info = read_backup_info(path)
    except BackupError as exc:
        raise BadAnchor(f"Plik {path} nie jest kopią zapasową programu ({exc.code}).") from exc
    head = parse_head(info.audit_head)
    if head is None:
        raise BadAnchor(f"Kopia {path.name} nie zapisała początku dziennika "
                        "(kopia sprzed tego zabezpieczenia albo z pustym dziennikiem).")
    return head


def _local(utc: dt.datetime | None) -> str:
    if utc is None:
        return "nieznanej chwili"
    local = office_time(utc)
    return local.strftime("%d.%m.%Y %H:%M:%S")


def describe(report: ChainReport) -> str:
    """The chain check in words, for the command line."""
    if report.ok:
        if report.last_seq is None:
            return "Dziennik zdarzeń jest pusty."
        return (f"Łańcuch nienaruszony. Ostatni wpis: nr {report.last_seq}, "
                f"skrót {report.last_hash} (zanotuj go, by sprawdzić później, "
                "czy nie usunięto wpisów z końca dziennika ani go nie przeliczono: "
                f"verify --anchor {report.last_seq}:{report.last_hash}).")
    assert report.reason is not None and report.broken_seq is not None
    why = REASONS[report.reason].format(expected=report.expected_seq,
                                        before=report.broken_seq - 1)
    return (f"ŁAŃCUCH NARUSZONY. Pierwszy naruszony wpis: nr {report.broken_seq} "
            f"z {_local(report.broken_at)} – {why}.")


def _print_acts(acts: ActsReport) -> None:
    print(f"Akty podpisane: sprawdzono z wpisem podpisania: {acts.checked}, "
          f"podpisane przed zabezpieczeniem: {acts.before_protection}.")
    for key in acts.altered[:MAX_PROBLEMS]:
        print(f"  AKT ZMIENIONY PO PODPISANIU: decyzja {acts.named(key)} – jej treść różni "
              "się od zapisanej w dzienniku przy podpisaniu.")
    for key in acts.unsigned[:MAX_PROBLEMS]:
        print(f"  AKT BEZ PODPISANIA W PROGRAMIE: decyzja {acts.named(key)} jest podpisana, "
              "lecz dziennik nie zna jej podpisania (wstawiona lub podpisana poza programem).")
    for key in acts.orphaned[:MAX_PROBLEMS]:
        print(f"  WPIS PODPISANIA BEZ AKTU: dziennik zapisał podpisanie decyzji {key}, "
              "której podpisanego aktu nie ma w bazie (usunięta lub cofnięta do projektu).")
    shown = len(acts.altered[:MAX_PROBLEMS]) + len(acts.unsigned[:MAX_PROBLEMS]) + len(
        acts.orphaned[:MAX_PROBLEMS])
    hidden = len(acts.altered) + len(acts.unsigned) + len(acts.orphaned) - shown
    if hidden > 0:
        print(f"  … i {hidden} dalszych.")
    if acts.attestation_broken:
        print("  ZMIENIONO AKTY PODPISANE PRZED ZABEZPIECZENIEM albo dopisano do nich akt: "
              "nie zgadzają się z poświadczeniem zapisanym w dzienniku.")


def _print_plans(plans: PlansReport) -> None:
    print(f"Kontrakty i programy podpisane: sprawdzono z wpisem podpisania: {plans.checked}, "
          f"podpisane przed zabezpieczeniem: {plans.before_protection}.")
    for key in plans.altered[:MAX_PROBLEMS]:
        print(f"  ZMIENIONO PO PODPISANIU: {key} – jego treść lub działania różnią się od "
              "zapisanych w dzienniku przy podpisaniu.")
    for key in plans.unsigned[:MAX_PROBLEMS]:
        print(f"  PODPISANY POZA PROGRAMEM: {key} – żaden dziennik nie zna jego podpisania.")
    hidden = len(plans.altered) + len(plans.unsigned) - len(plans.altered[:MAX_PROBLEMS]) - len(
        plans.unsigned[:MAX_PROBLEMS])
    if hidden > 0:
        print(f"  … i {hidden} dalszych.")


def _print_triggers(triggers: TriggerReport) -> None:
    if triggers.ok:
        print("Zabezpieczenia bazy (wyzwalacze): w porządku.")
    if triggers.missing:
        print("BRAKUJE ZABEZPIECZEŃ BAZY (wyzwalaczy): " + ", ".join(triggers.missing)
              + " – usunięto je poza programem; program odtworzy je przy najbliższym "
              "uruchomieniu.")
    if triggers.unknown:
        print("NIEZNANE WYZWALACZE W BAZIE: " + ", ".join(triggers.unknown)
              + " – nie pochodzą od programu (mogą np. po cichu pomijać wpisy dziennika "
              "zdarzeń); usuń je po sprawdzeniu.")


ANCHOR_REASONS: dict[AnchorBreak, str] = {
    AnchorBreak.MISSING: "w dzienniku nie ma już wpisu nr {seq}: usunięto wpisy z końca "
                         "dziennika",
    AnchorBreak.DIFFERENT: "wpis nr {seq} ma inny skrót niż zanotowany: dziennik przeliczono "
                           "lub podmieniono",
}


def _print_store(store: StoreCheck, anchor: Head | None) -> None:
    report = store.chain
    print(f"Dziennik zdarzeń: sprawdzono wpisów: {report.checked}, "
          f"w tym zanonimizowanych: {report.redacted}.")
    if store.empty_with_data:
        print("DZIENNIK ZDARZEŃ JEST PUSTY, choć w bazie są osoby lub decyzje: "
              "usunięto go w całości.")
    else:
        print(describe(report))
    if store.unjustified_redactions:
        print(f"WYMAZANO TREŚĆ WPISÓW BEZ ANONIMIZACJI: {store.unjustified_redactions} wpisów "
              "nie należy do osoby zanonimizowanej zgodnie z dziennikiem.")
    if anchor is not None:
        if store.anchor is None and report.ok:
            print(f"Kotwica nr {anchor.seq} (skrót {anchor.hash}): dziennik ją przedłuża.")
        elif store.anchor is not None:
            print(f"DZIENNIK NIE PRZEDŁUŻA KOTWICY nr {anchor.seq}: "
                  + ANCHOR_REASONS[store.anchor].format(seq=anchor.seq) + ".")
    _print_acts(store.acts)
    _print_plans(store.plans)
    _print_triggers(store.triggers)


def _run_server(url: str, anchor: Head | None) -> int:
    print(f"Baza: {shown_url(url)}")
    print("Spójność pliku (PRAGMA integrity_check): nie dotyczy bazy na serwerze PostgreSQL "
          "(jej strony sprawdza serwer, np. pg_amcheck).")
    try:
        store = check_server(url, anchor)
    except UnreadableFile as exc:
        print(f"Nie można odczytać bazy: {exc.cause}")
        return 1
    _print_store(store, anchor)
    return 0 if store.ok else 1


def run(args: argparse.Namespace) -> int:
    try:
        anchor = _anchor(args.verify_anchor)
    except BadAnchor as exc:
        print(exc)
        return 1
    if "://" in args.verify_db and not args.verify_db.startswith("sqlite"):
        return _run_server(args.verify_db, anchor)
    path = Path(args.verify_db)
    print(f"Plik: {path}")
    if not path.is_file():
        print("Nie ma takiego pliku.")
        return 1
    # An encrypted file is read with its key, unlocked as every command unlocks it; nothing
    # is written to it, not even a sign-in: checking a file must not change it.
    key = key_for_reading(args.verify_db)
    try:
        result = check_file(path, anchor, key)
    except UnreadableFile as exc:
        if exc.no_audit_log:
            print("W pliku nie ma dziennika zdarzeń (to nie jest baza programu "
                  "albo baza sprzed jego wprowadzenia).")
        else:
            print(f"Nie można odczytać pliku jako bazy danych: {exc.cause}")
        return 1
    problems = result.problems
    sound = problems == ["ok"]
    if sound:
        print("Spójność pliku (PRAGMA integrity_check): w porządku.")
    else:
        print("Spójność pliku (PRAGMA integrity_check): WYKRYTO USZKODZENIA:")
        for line in problems[:MAX_PROBLEMS]:
            print(f"  {line}")
        if len(problems) > MAX_PROBLEMS:
            print(f"  … i {len(problems) - MAX_PROBLEMS} dalszych.")
    _print_store(result.store, anchor)
    members = result.members
    for member, copy in members.items():
        print(f"Dziennik komputera {member} (wpisów: {copy.checked}): {describe(copy)}")
    return 0 if sound and result.store.ok and all(c.ok for c in members.values()) else 1
