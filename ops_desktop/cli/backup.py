"""Backups from the command line: `backup`, `restore` and `verify-backup`.

The passphrase comes from OPS_DESKTOP_BACKUP_PASSPHRASE (for a scheduled task) or is asked
for without echo. An encrypted database is unlocked first, as every command unlocks it
(cli/unlock.py: the PC's keyring slot, a login and password, or the recovery key), and its
key goes to the copy. Exit codes: 0 done, 1 the backup failed or did not pass its check,
2 the command cannot run (missing file, not SQLite, no passphrase).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ops_desktop import config
from ops_desktop.cli.unlock import key_after_sign_in
from ops_desktop.domain.clock import wall_now_aware
from ops_desktop.storage import backup as store
from ops_desktop.storage.backup import BackupError

PASSPHRASE_ENV = "OPS_DESKTOP_BACKUP_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 12

MESSAGES: dict[str, str] = {
    "not_a_backup": "To nie jest plik kopii zapasowej programu.",
    "unsupported_format": "Kopię wykonała nowsza wersja programu – zaktualizuj program.",
    "made_by_newer_program": "Kopię wykonała nowsza wersja programu – zaktualizuj program.",
    "wrong_passphrase": "Błędne hasło albo uszkodzony nagłówek pliku kopii.",
    "another_office": "Ta kopia pochodzi z innego ośrodka – nic nie przywrócono. Jeśli na "
                      "pewno ma zastąpić bazę tego ośrodka, powtórz polecenie z "
                      "--inny-osrodek",
    "another_pc": "Tę kopię zrobiono na innym komputerze biura ({detail}) – nic nie "
                  "przywrócono. Po jej przywróceniu ten komputer pracowałby w biurze jako "
                  "dalszy ciąg tamtego, a wpis tamtego komputera zostałby zamknięty. Jeśli "
                  "tak ma być (ten komputer zastępuje tamten), powtórz polecenie z "
                  "--inny-komputer",
    "damaged": "Plik kopii jest uszkodzony (niekompletny lub zmieniony).",
    "integrity_failed": "Kopia odszyfrowała się, ale zawarta w niej baza jest uszkodzona.",
    "counts_differ": "Liczba wierszy w kopii nie zgadza się z zapisaną przy jej wykonaniu.",
    "cancelled": "Przerwano – nie zapisano żadnego pliku.",
    "database_missing": "Nie ma pliku bazy danych.",
    "folder_missing": "Nie ma takiego folderu (czy dysk USB jest podłączony?).",
    "disk_full": "Brak miejsca na dysku.",
    "write_failed": "Nie udało się zapisać pliku kopii.",
    "read_failed": "Nie udało się odczytać pliku kopii.",
    "not_a_file_database": "Kopie zapasowe obsługują tylko bazę SQLite w pliku.",
    "not_configured": "Kopie zapasowe nie są skonfigurowane.",
    "database_in_use": "Baza jest otwarta w programie lub na innym komputerze – zamknij go i "
                       "spróbuj ponownie; nic nie zmieniono.",
}
# The command cannot run at all, rather than a backup that went wrong.
_USAGE_CODES = {"database_missing", "folder_missing", "not_a_file_database", "not_configured"}


def _say_error(exc: BackupError) -> int:
    text = MESSAGES.get(exc.code, exc.code)
    if "{detail}" in text:
        text = text.format(detail=f"„{exc.detail}”" if exc.detail else "nieznany tutaj")
    elif exc.detail:
        text += f" ({exc.detail})"
    print(f"Błąd: {text}", file=sys.stderr)
    return 2 if exc.code in _USAGE_CODES else 1


def _db_path(value: str | None) -> Path | None:
    url = config.database_url(value)
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix or "?" in url:
        print("Błąd: " + MESSAGES["not_a_file_database"], file=sys.stderr)
        return None
    return Path(url[len(prefix):])


def _passphrase(confirm: bool) -> str | None:
    """From the environment, or typed twice for a new backup (a typo would lock it for good)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    try:
        typed = getpass.getpass("Hasło kopii zapasowej: ")
        if confirm:
            if len(typed) < MIN_PASSPHRASE_LENGTH:
                print(f"Błąd: hasło musi mieć co najmniej {MIN_PASSPHRASE_LENGTH} znaków.",
                      file=sys.stderr)
                return None
            if getpass.getpass("Powtórz hasło: ") != typed:
                print("Błąd: hasła się różnią.", file=sys.stderr)
                return None
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return None
    if not typed:
        print(f"Błąd: podaj hasło (albo ustaw zmienną {PASSPHRASE_ENV}).", file=sys.stderr)
        return None
    return typed


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",") + " MB"


def cmd_backup(args: argparse.Namespace) -> int:
    from ops_desktop.services.backups import check_before_copy

    db = _db_path(args.backup_db)
    if db is None:
        return 2
    key, person = key_after_sign_in(str(db))
    # The key goes only where the file needs it: a plain file's calls stay as they were.
    # A newer program's database is said before anything is written.
    sent = check_before_copy(db, key=key)
    passphrase = _passphrase(confirm=True)
    if passphrase is None:
        return 2
    now = wall_now_aware()
    try:
        info = store.write_backup(db, args.to, passphrase, now, key=key)
        removed = store.rotate(args.to, info, now)
        from ops_desktop.services.backups import note_in_log

        # A copy of all data leaves the PC; in an office, its files after it stay.
        note_in_log(db, person, "backup", info.file, key=key, sent=sent)
    except BackupError as exc:
        return _say_error(exc)
    except OSError as exc:
        print(f"Błąd: {exc}", file=sys.stderr)
        return 1
    print(f"Zapisano i sprawdzono kopię: {info.file} ({_megabytes(info.size)}, "
          f"liczba wierszy: {info.rows}).")
    if removed:
        print(f"Usunięto starsze kopie według rotacji: {len(removed)}.")
    return 0


def _source_passphrase(source: Path) -> str | None:
    """The passphrase of an existing backup file; None (and why, on stderr) otherwise."""
    if not source.is_file():
        print(f"Błąd: nie ma pliku {source}.", file=sys.stderr)
        return None
    return _passphrase(confirm=False)


# Typed wrong: said, and nothing is replaced (the person tries again). Any other reason the
# file does not open (damage, missing key slots, nothing given) is what a restore is for.
_TYPED_WRONG = {"bad_credentials", "bad_recovery_key", "account_locked", "account_inactive"}


def _replaced_key(db: Path) -> tuple[bytes | None, bool]:
    """The key of the encrypted file the restore replaces, by the ways every command uses
    (cli/unlock.py), and whether to go on. With it the restore can tell whether the program
    still has the file open and which PC of the office it is; a file that cannot be
    unlocked is replaced without those checks, which is said."""
    from ops_desktop.cli.unlock import StoreLocked, key_for_reading, say_locked

    try:
        return key_for_reading(str(db)), True
    except StoreLocked as exc:
        if exc.code in _TYPED_WRONG:
            return None, say_locked(exc) == 0
        print(f"Uwaga: obecnej bazy nie otwarto ({exc.message}) – nie sprawdzono, czy program "
              "ma ją otwartą ani z którego komputera biura jest; zamknij program na tym "
              "komputerze przed przywróceniem.", file=sys.stderr)
        return None, True


def cmd_restore(args: argparse.Namespace) -> int:
    db = _db_path(args.backup_db)
    if db is None:
        return 2
    passphrase = _source_passphrase(args.source)
    if passphrase is None:
        return 2
    key, go_on = _replaced_key(db)
    if not go_on:
        return 2
    try:
        # The same path as the recovery dialog: the restore goes into the restored log.
        from ops_desktop.services.backups import restore_file

        aside = restore_file(args.source, passphrase, db,
                             other_office_confirmed=args.other_office,
                             other_pc_confirmed=args.other_pc, key=key)
    except BackupError as exc:
        return _say_error(exc)
    print(f"Przywrócono bazę {db} z kopii {args.source}.")
    if aside is not None:
        print(f"Poprzedni plik bazy zachowano jako {aside}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    passphrase = _source_passphrase(args.source)
    if passphrase is None:
        return 2
    try:
        info = store.verify_backup(args.source, passphrase)
    except BackupError as exc:
        return _say_error(exc)
    when = info.created_at.strftime("%d.%m.%Y %H:%M")
    print(f"Kopia jest poprawna: z {when}, liczba wierszy: {info.rows}, {_megabytes(info.size)}.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    made = sub.add_parser("backup", help="zaszyfrowana, sprawdzona kopia zapasowa bazy")
    made.add_argument("--db", dest="backup_db",
                      help="plik bazy (domyślnie OPS_DESKTOP_DB lub plik w katalogu danych)")
    made.add_argument("--to", required=True, type=Path, help="folder kopii, np. dysk USB")
    made.set_defaults(handler=cmd_backup)

    restore = sub.add_parser("restore", help="przywróć bazę z kopii (obecny plik zostaje zachowany)")
    restore.add_argument("--db", dest="backup_db", help="plik bazy, który zostanie zastąpiony")
    restore.add_argument("--from", dest="source", required=True, type=Path, help="plik kopii")
    restore.add_argument("--inny-osrodek", dest="other_office", action="store_true",
                         help="przywróć także kopię innego ośrodka (zastępuje jego bazą tę)")
    restore.add_argument("--inny-komputer", dest="other_pc", action="store_true",
                         help="przywróć także kopię zrobioną na innym komputerze biura "
                              "(ten komputer zastępuje tamten)")
    restore.set_defaults(handler=cmd_restore)

    verify = sub.add_parser("verify-backup", help="sprawdź, czy kopia daje się odtworzyć")
    verify.add_argument("--from", dest="source", required=True, type=Path, help="plik kopii")
    verify.set_defaults(handler=cmd_verify)
