"""How every administrator's command opens the office's store, encrypted at rest or not.

An encrypted file is unlocked by the first of these that is there:
1. the key slot the administrator bound to this PC's system account (`keyring bind`, the OS
   keyring) – backups and exchanges run by the task scheduler with nobody at the PC;
2. OPS_DESKTOP_LOGIN and OPS_DESKTOP_PASSWORD – a scheduled task run under a person's name;
3. OPS_DESKTOP_RECOVERY_KEY – the key from the safe, when nobody can sign in;
4. at a terminal: a login and password typed in (the password without echo).
A login and password then sign in as at the window (written to the audit log; a locked or
switched-off account is refused), so a command is no back door around the sign-in rules.

A plain file (an office from before encryption) opens as before, with a note that the window
encrypts it once an administrator signs in; a server's database opens as before.
"""

from __future__ import annotations

import getpass
import os
import sys
import uuid
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ops_desktop import config
from ops_desktop.domain.errors import SignInRefused
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services import store_access
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.store_access import StoreKind, UnlockRefused

LOGIN_ENV = "OPS_DESKTOP_LOGIN"
PASSWORD_ENV = "OPS_DESKTOP_PASSWORD"
RECOVERY_ENV = "OPS_DESKTOP_RECOVERY_KEY"

WAYS_TEXT = (
    "Otwórz ją jednym ze sposobów: "
    f"(1) login i hasło użytkownika – w zmiennych {LOGIN_ENV} i {PASSWORD_ENV} albo wpisane, "
    "gdy polecenie uruchomiono w oknie konsoli; "
    f"(2) klucz odzyskiwania z sejfu – w zmiennej {RECOVERY_ENV}; "
    "(3) powiązanie z kontem systemowym tego komputera, które administrator tworzy "
    "poleceniem `ops-desktop keyring bind --db PLIK` (dla zadań zaplanowanych)."
)

MESSAGES: dict[str, str] = {
    "locked": "Baza {file} jest zaszyfrowana. " + WAYS_TEXT,
    "bad_credentials": "Nieprawidłowy login lub hasło – bazy nie otwarto.",
    "bad_recovery_key": "Nieprawidłowy klucz odzyskiwania – bazy nie otwarto.",
    "account_locked": "Konto jest czasowo zablokowane po nieudanych logowaniach – spróbuj "
                      "później; bazy nie otwarto.",
    "account_inactive": "Konto jest wyłączone – bazy nie otwarto.",
    "key_slots_missing": "Obok zaszyfrowanej bazy brakuje pliku kluczy {file}.keys – bez niego "
                         "bazy nie można otworzyć (przywróć go z kopii zapasowej).",
    "key_slots_damaged": "Plik kluczy {file}.keys obok bazy jest uszkodzony – przywróć go z "
                         "kopii zapasowej.",
    "key_slots_newer_format": "Plik kluczy obok bazy zapisała nowsza wersja programu – "
                              "zaktualizuj program.",
    "keyring_unavailable": "Magazyn haseł systemu (w Windows: Menedżer poświadczeń) jest "
                           "niedostępny na tym koncie – nic nie zmieniono.",
    "not_a_file": "To polecenie dotyczy tylko bazy w pliku SQLite.",
    "no_database": "Nie ma pliku bazy {file}.",
    "not_administrator": "To polecenie wykonuje administrator: podaj login i hasło "
                         "administratora albo klucz odzyskiwania.",
    "print_needs_person": "Wydruk dokumentów spraw wykonuje osoba, która może je czytać: "
                          "podaj jej login i hasło (OPS_DESKTOP_LOGIN i OPS_DESKTOP_PASSWORD). "
                          "Klucz odzyskiwania i powiązanie z kontem systemowym komputera "
                          "otwierają bazę, ale nie dają wglądu w sprawy.",
}
PLAIN_NOTE = ("Uwaga: plik bazy {file} nie jest jeszcze zaszyfrowany – program zaszyfruje go, "
              "gdy administrator zaloguje się w oknie programu.")


class Way(StrEnum):
    """How the store was opened; the audit log and the messages name it."""

    KEYRING = "keyring"
    PASSWORD = "password"
    RECOVERY_KEY = "recovery_key"
    NO_KEY = "no_key"  # a plain file, a new test database, or a server


class StoreLocked(Exception):
    """The command could not open its store; `code` is a key of MESSAGES."""

    def __init__(self, code: str, file: str = "") -> None:
        super().__init__(f"{code}: {file}")
        self.code = code
        self.file = file

    @property
    def message(self) -> str:
        return MESSAGES.get(self.code, self.code).format(file=self.file)


def say_locked(exc: StoreLocked) -> int:
    """The refusal in words on stderr; exit code 2: the command could not run."""
    print(f"Błąd: {exc.message}", file=sys.stderr)
    return 2


@dataclass(frozen=True)
class Credentials:
    login: str
    password: str


@dataclass(frozen=True)
class Key:
    """The key of an encrypted file and what gave it."""

    value: bytes
    way: Way
    credentials: Credentials | None = None


@dataclass
class Opened:
    services: Services
    way: Way
    person: Actor | None  # who signed in; None when no person did (keyring, recovery key …)


def open_for_command(db_arg: str | None, *, create: bool = False) -> Services:
    """The store named by `--db` (or OPS_DESKTOP_DB, or the default file), opened for a
    command; StoreLocked when it cannot be unlocked, nothing written then."""
    return open_store(db_arg, create=create).services


def open_store(db_arg: str | None, *, create: bool = False,
               keyring: bool = True) -> Opened:
    """open_for_command() telling also how it was opened and who signed in; `create`: a new
    file may be made (encrypted, unless the explicit test flag is set); `keyring`: whether
    the PC's own slot may open it (not for what only an administrator may do)."""
    url = config.database_url(db_arg)
    kind = store_access.kind_of(url)
    path = store_access.sqlite_path(url)
    if kind is StoreKind.NEW and path is not None:
        if not create:
            raise StoreLocked("no_database", str(path))
        return Opened(_create(url, path), Way.NO_KEY, None)
    if kind is not StoreKind.ENCRYPTED:
        services = Services.open(url)
        _note_if_plain(kind, path)
        return Opened(services, Way.NO_KEY, None)
    assert path is not None
    key = find_key(url, path, keyring=keyring)
    services = Services.open(url, key.value)
    if key.credentials is None:
        return Opened(services, key.way, None)
    try:
        signed = services.accounts.sign_in(key.credentials.login, key.credentials.password)
    except SignInRefused as exc:
        services.close()
        raise StoreLocked(exc.code, str(path)) from exc
    return Opened(services, key.way, signed.actor)


def open_for_printing(db_arg: str | None) -> tuple[Services, Actor | None]:
    """The store opened for a print command and who reads it: the person who signed in with
    a login and password (the services then refuse what their roles may not read, as in the
    window); with no person (the PC's slot, the recovery key, a plain file) the office's
    head as before, or None when the office has none. An encrypted file opened by the
    PC's keyring slot or the recovery key is refused: both are the administrator's, who
    reads no case content."""
    try:
        opened = open_store(db_arg, keyring=False)
    except StoreLocked as exc:
        if exc.code == "locked":  # nobody's password: the PC's own slot is not a reader
            raise StoreLocked("print_needs_person") from exc
        raise
    if opened.person is not None:
        return opened.services, opened.person
    if opened.way is not Way.NO_KEY:
        opened.services.close()
        raise StoreLocked("print_needs_person")
    heads = [u for u in opened.services.office.users() if Role.COORDINATOR in u.roles]
    return opened.services, Actor.of(heads[0]) if heads else None


NO_HEAD = "W bazie nie ma koordynatora."
NOT_PERMITTED = "Konto {name} nie ma uprawnień do tych dokumentów – nic nie zapisano."


def say_not_permitted(actor: Actor) -> int:
    """A print command refused for the signed-in person's roles; exit code 2."""
    print(f"Błąd: {NOT_PERMITTED.format(name=actor.full_name)}", file=sys.stderr)
    return 2


def key_after_sign_in(db_arg: str | None) -> tuple[bytes | None, uuid.UUID | None]:
    """The key of an encrypted file for a command that works on the file itself (a backup),
    once the person or the PC proved they may open it, and who signed in to do it (a login
    and password sign in, so the log names them); (None, None) for a plain file, a missing
    one or a server, which are not opened here."""
    url = config.database_url(db_arg)
    kind = store_access.kind_of(url)
    if kind is not StoreKind.ENCRYPTED:
        _note_if_plain(kind, store_access.sqlite_path(url))
        return None, None
    opened = open_store(db_arg)
    key = opened.services.db.key
    opened.services.close()
    return key, None if opened.person is None else opened.person.user_id


def key_for_reading(db_arg: str | None) -> bytes | None:
    """The key of the file named by `--db` for a command that only reads it (verify) and so
    writes no sign-in into it; None for a plain file, a missing one or a server."""
    url = config.database_url(db_arg)
    kind = store_access.kind_of(url)
    if kind is not StoreKind.ENCRYPTED:
        _note_if_plain(kind, store_access.sqlite_path(url))
        return None
    path = store_access.sqlite_path(url)
    assert path is not None
    return find_key(url, path, keyring=True).value


def _note_if_plain(kind: StoreKind, path: Path | None) -> None:
    """One line on stderr for an office's file from before encryption (not for a test
    database kept plain by the explicit flag)."""
    if kind is StoreKind.PLAIN and not store_access.plain_allowed():
        print(PLAIN_NOTE.format(file=path), file=sys.stderr)


def find_key(url: str, path: Path, *, keyring: bool) -> Key:
    """The first way that is there, in the order of the module's note; a way that is there
    but wrong is refused at once rather than passed over, so a typo is not silently hidden
    by the next way."""
    try:
        if keyring:
            found = store_access.unlock_with_keyring(url)
            if found is not None:
                return Key(found, Way.KEYRING)
        login, password = os.environ.get(LOGIN_ENV, ""), os.environ.get(PASSWORD_ENV, "")
        if login and password:
            return _with_password(url, Credentials(login, password))
        recovery = os.environ.get(RECOVERY_ENV, "")
        if recovery:
            return Key(store_access.unlock_with_recovery(url, recovery), Way.RECOVERY_KEY)
        typed = _typed_at_terminal(login)
        if isinstance(typed, Credentials):
            return _with_password(url, typed)
        if typed is not None:
            return Key(store_access.unlock_with_recovery(url, typed), Way.RECOVERY_KEY)
    except UnlockRefused as exc:
        raise StoreLocked(exc.code, str(path)) from exc
    raise StoreLocked("locked", str(path))


def _with_password(url: str, credentials: Credentials) -> Key:
    value = store_access.unlock_with_password(url, credentials.login, credentials.password)
    return Key(value, Way.PASSWORD, credentials)


def _typed_at_terminal(login: str) -> Credentials | str | None:
    """At a terminal: the login (unless the environment gave it) and the password, or, when
    no login is typed, the recovery key (both without echo); None when nothing was typed."""
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    try:
        if not login:
            sys.stderr.write("Baza jest zaszyfrowana. Login (albo Enter, by podać klucz "
                             "odzyskiwania): ")
            sys.stderr.flush()
            login = sys.stdin.readline().strip()
            if not login:
                return getpass.getpass("Klucz odzyskiwania: ").strip() or None
        password = getpass.getpass("Hasło: ")
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return None
    return Credentials(login, password) if password else None


def _create(url: str, path: Path) -> Services:
    """A new file: encrypted from its first byte (its key slots first), unless the explicit
    test flag keeps it plain."""
    key = store_access.new_office_key(url)
    try:
        return Services.open(url, key)
    except BaseException:
        if key is not None:  # slots of a file that was never made open nothing
            store_access.slots_file(path).unlink(missing_ok=True)
        raise
