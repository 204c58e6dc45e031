"""`ops-desktop move-to-server --db FILE --to URL`: an office's file onto a PostgreSQL server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

MESSAGES = {
    "database_missing": "Nie ma takiego pliku bazy.",
    "store_not_empty": "Baza na serwerze nie jest pusta (czy program już na niej uruchomiono?) – "
                       "przeniesienie wymaga nowej, pustej bazy.",
    "revision_differs": "Plik i baza na serwerze mają różne wersje schematu.",
    "target_not_a_server": "Bazę przenosi się na serwer PostgreSQL, nie do innego pliku "
                           "SQLite (ten nie byłby zaszyfrowany).",
    "copy_incomplete": "Kopia na serwerze nie zgadza się z plikiem – niczego nie zapisano.",
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("move-to-server",
                            help="przenieś bazę z pliku SQLite do pustej bazy PostgreSQL")
    parser.add_argument("--db", dest="move_db", required=True, type=Path,
                        help="plik bazy SQLite biura (zamknij wcześniej program na każdym PC)")
    parser.add_argument("--to", dest="move_to", required=True,
                        help="adres pustej bazy, np. postgresql+psycopg://ops@serwer/ops")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ops_desktop.cli.unlock import key_after_sign_in
    from ops_desktop.domain.errors import DomainError
    from ops_desktop.services.errors import StorageEnvironmentError
    from ops_desktop.services.server_move import move_to_server

    key, _person = key_after_sign_in(str(args.move_db))
    # An encrypted file's key goes to the move (the server keeps the data from then on); a
    # plain file is moved as it always was.
    try:
        counts = move_to_server(args.move_db, args.move_to, key=key)
    except DomainError as exc:
        print("Błąd: " + MESSAGES.get(exc.code, exc.code) + (f" ({exc.detail})" if exc.detail else ""),
              file=sys.stderr)
        return 1
    except StorageEnvironmentError as exc:
        print(f"Błąd bazy: {exc.problem.value}: {exc.detail}", file=sys.stderr)
        return 1
    print("Przeniesiono: " + ", ".join(f"{k}={v}" for k, v in counts.items() if v))
    print("Odtąd każdy komputer uruchamia program z --db " + _shown(args.move_to) + "; "
          "plik zostaw bez zmian jako kopię sprzed przeniesienia.")
    return 0


def _shown(url: str) -> str:
    """The URL without its password, for the screen."""
    head, sep, tail = url.rpartition("@")
    if not sep or ":" not in head.split("//", 1)[-1]:
        return url
    scheme, _, credentials = head.partition("//")
    return f"{scheme}//{credentials.split(':', 1)[0]}:***@{tail}"
