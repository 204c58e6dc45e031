"""`ops-desktop report mrpips03 --db FILE --year YYYY [--half 1] --out FILE.xlsx`: the MRPiPS-03
report made headless, as the head makes it in the window; the file's suffix (.xlsx, .csv,
.pdf) chooses the format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".pdf": "pdf"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("report", help="sprawozdania bez okna")
    parser.add_argument("report_kind", choices=("mrpips03",))
    parser.add_argument("--db", dest="report_db", required=True)
    parser.add_argument("--year", dest="report_year", required=True, type=int)
    parser.add_argument("--half", dest="report_half", type=int, choices=(1,), default=None,
                        help="1: pierwsze półrocze; bez tej opcji: cały rok")
    parser.add_argument("--out", dest="report_out", required=True, type=Path,
                        help="plik wynikowy: .xlsx, .csv albo .pdf")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ops_desktop.cli.unlock import NO_HEAD, open_for_printing, say_not_permitted
    from ops_desktop.domain.errors import PermissionDenied, ValidationError

    out: Path = args.report_out
    kind = FORMATS.get(out.suffix.lower())
    if kind is None:
        print("Błąd: plik wynikowy musi mieć rozszerzenie .xlsx, .csv albo .pdf.", file=sys.stderr)
        return 2
    services, actor = open_for_printing(args.report_db)
    try:
        # Who signed in makes it (only the head may), else the office's head.
        if actor is None:
            print(NO_HEAD, file=sys.stderr)
            return 1
        try:
            report = services.mrpips03.report(actor, args.report_year, args.report_half)
            data = services.mrpips03.export(actor, report, kind)
        except PermissionDenied:
            return say_not_permitted(actor)
        except ValidationError:
            print(f"Błąd: rok {args.report_year} jest poza zakresem lat, które program "
                  "obejmuje.", file=sys.stderr)
            return 2
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        print(f"Zapisano sprawozdanie MRPiPS-03 za {report.period.polish} w {out}")
        return 0
    finally:
        services.close()
