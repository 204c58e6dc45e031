"""`ops-desktop print bills --db FILE --month YYYY-MM --out DIR`: every client's bill for
usługi opiekuńcze of the month to its own PDF, headless. A month whose bill was corrected
prints the correction; each bill printed is in the log, as the coordinator's prints are."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ops_desktop.cli.reading import as_reader
from ops_desktop.documents.care_bill import render_care_bill
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

BAD_MONTH = "Błąd: miesiąc podaj jako RRRR-MM, np. 2026-11."
MONTH_NOT_OVER = ("Błąd: miesiąc {month} jeszcze się nie skończył – rachunki za niego wystawia "
                  "się od {opens} r.")


def parse_month(text: str) -> dt.date | None:
    """`2026-11` → 1 November 2026; anything else (`2026-13`, `11.2026`) → None."""
    parts = text.strip().split("-")
    if len(parts) != 2 or not all(p.isascii() and p.isdigit() for p in parts) \
            or len(parts[0]) != 4 or len(parts[1]) != 2:
        return None
    try:
        return dt.date(int(parts[0]), int(parts[1]), 1)
    except ValueError:
        return None


def file_name(number: str, case_sign: str) -> str:
    """`UO/3/2026`, `OPS.8310.4.2026` → `rachunek_UO_3_2026_OPS.8310.4.2026.pdf`."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in f"{number}_{case_sign}")
    return f"rachunek_{safe.strip('.')}.pdf"


def print_bills(db: str, month_text: str, out: Path) -> int:
    month = parse_month(month_text)
    if month is None:
        print(BAD_MONTH, file=sys.stderr)
        return 2

    def work(services: Services, actor: Actor) -> int:
        # Read as who signed in (the services team and the head only), else the head.
        opens = services.care_services.month_billable_from(actor, month)
        if opens is not None:
            # A month not over has no bills: they are issued from the 1st of the next one.
            print(MONTH_NOT_OVER.format(month=f"{month:%m.%Y}", opens=f"{opens:%d.%m.%Y}"),
                  file=sys.stderr)
            return 2
        ids = services.care_payments.bills_to_print(actor, month)
        out.mkdir(parents=True, exist_ok=True)
        for bill_id in ids:
            paper = services.care_services.bill_paper(actor, bill_id)  # audited as printed
            (out / file_name(paper.number, paper.case_sign)).write_bytes(
                render_care_bill(paper))
        print(f"Rachunki za usługi opiekuńcze za {month:%m.%Y}: zapisano {len(ids)} w {out}")
        return 0

    return as_reader(db, work)
