"""`keyring bind|unbind --db FILE` and `recovery-key new --db FILE`: the administrator's keys
of an encrypted office.

Each needs an administrator's login and password (OPS_DESKTOP_LOGIN / OPS_DESKTOP_PASSWORD or
typed) or the recovery key (OPS_DESKTOP_RECOVERY_KEY); the PC's own keyring slot never
proves it. Exit codes: 0 done, 2 the command cannot run (locked, not an administrator, not
an encrypted file, the OS keyring unreachable).
"""

from __future__ import annotations

import argparse
import sys

from ops_desktop.cli.unlock import Opened, StoreLocked, Way, open_store, say_locked
from ops_desktop.domain.errors import DomainError, PermissionDenied
from ops_desktop.services.key_administration import KeyAdministration
from ops_desktop.services.store_access import UnlockRefused

NOT_ENCRYPTED = ("Baza nie jest zaszyfrowana (albo jest na serwerze) – klucze dotyczą tylko "
                 "zaszyfrowanego pliku bazy.")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    keyring = sub.add_parser(
        "keyring", help="powiąż zaszyfrowaną bazę z kontem systemowym tego komputera "
        "(kopie i wymiana z harmonogramu zadań bez logowania)")
    actions = keyring.add_subparsers(dest="keyring_command", required=True)
    recovery = sub.add_parser("recovery-key", help="klucz odzyskiwania zaszyfrowanej bazy")
    recovery_actions = recovery.add_subparsers(dest="recovery_command", required=True)
    for parent, name, work, text in (
            (actions, "bind", "bind", "powiąż: polecenia uruchomione na tym koncie systemowym "
             "otworzą bazę bez hasła (tylko administrator albo klucz odzyskiwania)"),
            (actions, "unbind", "unbind", "usuń powiązanie z kontem systemowym"),
            (recovery_actions, "new", "recovery_key", "nowy klucz odzyskiwania, pokazany "
             "jeden raz; poprzedni przestaje działać (tylko administrator albo dotychczasowy "
             "klucz odzyskiwania)")):
        parser = parent.add_parser(name, help=text)
        parser.add_argument("--db", dest="keys_db", required=True)
        parser.set_defaults(handler=lambda args, work=work: _run(args, work))


def _as_administrator(args: argparse.Namespace) -> Opened | None:
    """The store opened by an administrator's password or the recovery key; None (and why,
    on stderr) for a plain file or a server."""
    opened = open_store(args.keys_db, keyring=False)
    if opened.way is Way.NO_KEY:
        opened.services.close()
        print(f"Błąd: {NOT_ENCRYPTED}", file=sys.stderr)
        return None
    return opened


def _run(args: argparse.Namespace, work: str) -> int:
    opened = _as_administrator(args)
    if opened is None:
        return 2
    keys = KeyAdministration(opened.services.db)
    try:
        if work == "bind":
            account = keys.bind_this_pc(opened.person)
            print(f"Powiązano bazę z kontem systemowym {account}: polecenia (np. backup, sync) "
                  "uruchomione na tym koncie otworzą ją bez hasła. Wpis w dzienniku zdarzeń "
                  "zapisano. Usunięcie powiązania: keyring unbind.")
        elif work == "unbind":
            unbound = keys.unbind_this_pc(opened.person)
            print("To konto systemowe nie było powiązane z bazą." if unbound is None else
                  f"Usunięto powiązanie bazy z kontem systemowym {unbound}.")
        else:
            recovery = keys.new_recovery_key(opened.person)
            print("Nowy klucz odzyskiwania (pokazywany tylko raz – zapisz go na papierze i "
                  "schowaj w sejfie; poprzedni klucz już nie otwiera bazy):")
            print(recovery)
    except PermissionDenied:
        return say_locked(StoreLocked("not_administrator"))
    except UnlockRefused as exc:
        return say_locked(StoreLocked(exc.code, str(opened.services.db.file)))
    except DomainError:
        print(f"Błąd: {NOT_ENCRYPTED}", file=sys.stderr)
        return 2
    finally:
        opened.services.close()
    return 0
