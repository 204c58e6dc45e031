"""`simulate`: an office's staff at work on one database (services/simulation.py).

Only on a demo office. Exit codes: 0 done (refusals a person would see are counted, not
failures), 2 the database is not a demo office, has no staff to work with, or a kind of
work is unknown. Any other error is a bug of the program and ends the command
with Python's own traceback and a non-zero code.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from ops_desktop.cli.unlock import open_for_command
from ops_desktop.services.demo import DEMO_MARK
from ops_desktop.services.simulation import WEIGHTS, Committed, Simulation, committed_lines


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    simulate = sub.add_parser("simulate", help="symulacja pracy zespołów ośrodka na bazie "
                              "(przez te same usługi co okno programu)")
    simulate.add_argument("--db", dest="simulate_db", required=True)
    simulate.add_argument("--actions", type=int, required=True, help="ile czynności")
    simulate.add_argument("--seed", type=int, default=0, help="ziarno losowania")
    simulate.add_argument("--log", type=Path, default=None,
                          help="dopisz zatwierdzone czynności do pliku JSONL (zamiast na ekran)")
    simulate.add_argument("--work", default=",".join(WEIGHTS),
                          help="rodzaje pracy na tym komputerze, po przecinku (domyślnie "
                          "wszystkie: " + ",".join(WEIGHTS) + ")")
    simulate.set_defaults(handler=run_simulate)


def run_simulate(args: argparse.Namespace) -> int:
    services = open_for_command(args.simulate_db)
    out: TextIO | None = None
    try:
        if services.office.setting(DEMO_MARK) != "1":
            # The staff act here with nobody signed in (a keyring slot or any colleague's
            # password opens the file): on a real office that would be invented persons and
            # decisions signed in the head's name.
            print("Błąd: symulacja działa tylko na biurze demonstracyjnym "
                  "(`ops-desktop demo --db PLIK`), nie na bazie ośrodka.", file=sys.stderr)
            return 2
        work = frozenset(k.strip() for k in args.work.split(",") if k.strip())
        if not work <= set(WEIGHTS):
            print("Błąd: nieznany rodzaj pracy: " + ", ".join(sorted(work - set(WEIGHTS))),
                  file=sys.stderr)
            return 2
        simulation = Simulation(services, args.seed)
        if not simulation.staff:
            print("Błąd: w bazie nie ma pracowników (np. `ops-desktop demo --db PLIK`).",
                  file=sys.stderr)
            return 2
        out = args.log.open("a", encoding="utf-8") if args.log is not None else None

        def report(done: Committed) -> None:
            line = json.dumps(done.as_dict(), ensure_ascii=False, sort_keys=True)
            if out is None:
                print(line)
            else:  # flushed per action: a killed run still leaves what it committed
                out.write(line + "\n")
                out.flush()

        outcome = simulation.run(max(args.actions, 0), report, work)
    finally:
        if out is not None:
            out.close()
        services.close()
    for line in committed_lines(outcome):
        print(line)
    return 0
