"""`ops-desktop reset-password --db FILE --login LOGIN`: when the only administrator forgot.

Offices have no IT department, so the way back in must not need one: whoever can open the
database file on the office PC may set a temporary password, which must be changed at the
next sign-in. An encrypted file is opened by an administrator's login and password or, when
nobody remembers one, by the recovery key from the safe (OPS_DESKTOP_RECOVERY_KEY), never by
the PC's keyring slot; the temporary password gets its own key slot. The reset is written
to the audit log like any other change.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

PASSWORD_ENV = "OPS_DESKTOP_NEW_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "reset-password",
        help="nadaj tymczasowe hasło użytkownikowi (np. administratorowi, który zapomniał "
             "hasła); zaszyfrowaną bazę otwiera wtedy klucz odzyskiwania z sejfu "
             "(zmienna OPS_DESKTOP_RECOVERY_KEY)")
    parser.add_argument("--db", dest="reset_db", required=True, type=Path)
    parser.add_argument("--login", required=True)
    parser.set_defaults(handler=run)


def _new_password() -> str:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    first = getpass.getpass("Nowe tymczasowe hasło: ")
    if first != getpass.getpass("Powtórz hasło: "):
        raise ValueError("password_mismatch")
    return first


def run(args: argparse.Namespace) -> int:
    from ops_desktop.cli.unlock import StoreLocked, Way, open_store, say_locked
    from ops_desktop.domain.permissions import Permission, allows
    from ops_desktop.domain.errors import DomainError, NotFound, ValidationError

    if not args.reset_db.exists():
        print(f"Nie ma pliku bazy {args.reset_db}.", file=sys.stderr)
        return 2
    # Never the PC's keyring slot: it opens the store for whatever runs under the PC's
    # account, and the only administrator keeps the role after a reset. A login and
    # password must be an administrator's (the window's rule for resets); the recovery key
    # is the office's own way back in.
    opened = open_store(str(args.reset_db), keyring=False)
    services = opened.services
    if opened.person is not None and not allows(opened.person.roles, Permission.MANAGE_USERS):
        services.close()
        return say_locked(StoreLocked("not_administrator"))
    try:
        # The recovery key from the safe is the office's own way back in: the account keeps
        # its roles. Opened otherwise, whoever reset the password knows it, so the roles that
        # read case content wait for a second person (services/accounts.py).
        services.accounts.reset_from_command_line(
            args.login, _new_password(), with_recovery_key=opened.way is Way.RECOVERY_KEY)
    except NotFound:
        print(f"Nie ma użytkownika o loginie {args.login}.", file=sys.stderr)
        return 1
    except (ValueError, DomainError) as exc:
        codes = ", ".join(e.code for e in exc.errors) if isinstance(exc, ValidationError) else str(exc)
        print(f"Hasła nie zmieniono: {codes}. Hasło: co najmniej 10 znaków, bez loginu.",
              file=sys.stderr)
        return 1
    finally:
        services.close()
    print(f"Ustawiono tymczasowe hasło dla {args.login}; przy logowaniu trzeba je zmienić.")
    if opened.way is not Way.RECOVERY_KEY:
        print("Role konta z dostępem do treści spraw czekają teraz na potwierdzenie drugiej "
              "osoby (koordynatora lub innego administratora); reset po otwarciu bazy kluczem "
              "odzyskiwania (OPS_DESKTOP_RECOVERY_KEY) zachowuje role.")
    return 0
