"""Entry point: the window by default, and the administrator's sub-commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class _Version(argparse.Action):
    """`--version`: read the version and the law data only when asked, not at every start."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="pokaż wersję programu i najnowszy okres parametrów ustawy")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from ops_desktop.about import version_text

        if sys.stdout is not None:  # a windowed Windows build has no console to print to
            print(version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ops-desktop",
        description="Program ośrodka pomocy społecznej: pierwszy kontakt, świadczenia, "
        "praca socjalna, usługi, koordynator.",
    )
    parser.add_argument("--db", help="plik bazy SQLite albo adres SQLAlchemy "
                        "(domyślnie OPS_DESKTOP_DB lub plik w katalogu danych użytkownika)")
    parser.add_argument("--demo", action="store_true",
                        help="wypełnij pustą bazę biurem demonstracyjnym i uruchom program")
    parser.add_argument("--lang", choices=("pl", "en"), help="język ekranu (domyślnie polski)")
    parser.add_argument("--user", help="login użytkownika (pomija okno wyboru)")
    parser.add_argument("--version", action=_Version)
    parser.add_argument("--self-test", action="store_true",
                        help="sprawdź instalację na tymczasowej bazie i zakończ")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="utwórz biuro demonstracyjne w podanej bazie")
    demo.add_argument("--db", dest="sub_db", required=True)
    demo.add_argument("--households", type=int, default=80)
    demo.add_argument("--persons", type=int, default=None,
                      help="wygeneruj historię dziesięciu lat dla tylu osób (szybko, bez usług)")
    printing = sub.add_parser("print", help="wydruki bez okna")
    printing.add_argument("what", choices=("decisions", "contracts", "payment-lists", "bills"))
    printing.add_argument("--db", dest="sub_db", required=True)
    printing.add_argument("--out", required=True, type=Path)
    printing.add_argument("--month", help="miesiąc rachunków RRRR-MM (tylko dla bills)")
    from ops_desktop.cli import register_all

    register_all(sub)
    return parser


def cmd_demo(db: str, households: int, persons: int | None = None) -> int:
    import dataclasses
    import json
    import time

    from ops_desktop.cli.unlock import LOGIN_ENV, PASSWORD_ENV, open_for_command
    from ops_desktop.services.demo import DEMO_PASSWORD, create_demo_office

    # A new file is encrypted like an office's (unless the explicit test flag is set); the
    # demo staff's password opens it, as it signs them in.
    services = open_for_command(db, create=True)
    if services.office.users():
        services.close()
        print("Baza już zawiera dane – biura demonstracyjnego nie utworzono.", file=sys.stderr)
        return 1
    encrypted = services.db.key is not None
    opens = (f"Plik jest zaszyfrowany; otwiera go login dowolnego pracownika biura i hasło "
             f"„{DEMO_PASSWORD}” (np. {LOGIN_ENV}=bzolkiewska {PASSWORD_ENV}={DEMO_PASSWORD})."
             if encrypted else "")
    if persons is not None and services.db.file is None:
        # The generator writes SQLite's file directly, at its own bulk settings.
        print("--persons tworzy historię tylko w pliku SQLite; na serwerze PostgreSQL użyj "
              "`demo` bez --persons.", file=sys.stderr)
        services.close()
        return 2
    if persons is not None:
        from ops_desktop.storage.bulk_demo import generate_history

        begun = time.perf_counter()
        create_demo_office(services, households=0)
        office = json.dumps(dataclasses.asdict(services.office.settings().on_paper()),
                            ensure_ascii=False)
        counts = generate_history(services.db, max(persons, 0), office)
        services.close()
        seconds = time.perf_counter() - begun
        print("Wygenerowano historię biura demonstracyjnego: "
              + ", ".join(f"{k}={v}" for k, v in counts.items() if k != "seconds")
              + f"; czas: {seconds:.1f} s ({counts['persons'] / max(seconds, 1e-9):.0f} osób/s)")
    else:
        counts = create_demo_office(services, households=households)
        services.close()
        print("Utworzono biuro demonstracyjne: "
              + ", ".join(f"{k}={v}" for k, v in counts.items()))
    if opens:
        print(opens)
    return 0


def cmd_print_decisions(db: str, out: Path) -> int:
    """Render every signed decision to its own PDF, as the coordinator's batch would."""
    from ops_desktop.cli.unlock import NO_HEAD, open_for_printing, say_not_permitted
    from ops_desktop.documents.decision import render_decision
    from ops_desktop.domain.errors import PermissionDenied

    services, actor = open_for_printing(db)
    # Who signed in reads them (the roles that print decisions), else the coordinator.
    if actor is None:
        services.close()
        print(NO_HEAD, file=sys.stderr)
        return 1
    try:
        ids = services.decisions.signed_ids(actor)
    except PermissionDenied:
        services.close()
        return say_not_permitted(actor)
    out.mkdir(parents=True, exist_ok=True)
    for decision_id in ids:
        doc = services.decisions.document(actor, decision_id)
        # The whole id: a case's grant and the decision changing it share the case sign,
        # and ids made in the same moment share their first (time) digits.
        name = doc.case_sign.replace("/", "_") + f"_{decision_id}.pdf"
        (out / name).write_bytes(render_decision(doc))
    services.close()
    print(f"Zapisano {len(ids)} decyzji w {out}")
    return 0


def _command(args: argparse.Namespace) -> int:
    """An administrator's command; a store it cannot use is said in words, not a traceback."""
    from ops_desktop.cli import say_storage_problem
    from ops_desktop.cli.unlock import StoreLocked, say_locked
    from ops_desktop.services.errors import StorageEnvironmentError

    try:
        if args.command == "demo":
            return cmd_demo(args.sub_db, args.households, args.persons)
        if args.command == "print" and args.what == "contracts":
            from ops_desktop.cli.contracts import print_contracts

            return print_contracts(args.sub_db, args.out)
        if args.command == "print" and args.what == "payment-lists":
            from ops_desktop.cli.payment_lists import print_payment_lists

            return print_payment_lists(args.sub_db, args.out)
        if args.command == "print" and args.what == "bills":
            from ops_desktop.cli.bills import BAD_MONTH, print_bills

            if args.month is None:
                print(BAD_MONTH, file=sys.stderr)
                return 2
            return print_bills(args.sub_db, args.month, args.out)
        if args.command == "print":
            return cmd_print_decisions(args.sub_db, args.out)
        return int(args.handler(args))
    except StorageEnvironmentError as exc:
        return say_storage_problem(exc.problem.value, exc.detail)
    except StoreLocked as exc:
        return say_locked(exc)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from ops_desktop import app

    if args.self_test:
        return app.self_test()
    if args.command is not None:
        return _command(args)
    app.setup_logging()
    return app.run_gui(args.db, args.demo, args.lang, args.user)


if __name__ == "__main__":
    # A batch of decisions is laid out by helper processes (documents/batch.py); in the
    # packaged program each helper starts as this executable and must become a helper here.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
