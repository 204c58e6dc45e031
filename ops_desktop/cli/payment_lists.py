"""`ops-desktop print payment-lists --db FILE --out DIR`: every approved payment list as a PDF
and, for a bank-transfer list, its Elixir-O file (.txt) beside it, headless."""

from __future__ import annotations

import sys
from pathlib import Path

from ops_desktop.cli.unlock import NO_HEAD, open_for_printing, say_not_permitted
from ops_desktop.domain.errors import DomainError, PermissionDenied
from ops_desktop.domain.vocabulary import PaymentMethod

APPROVED = "approved"


def file_stem(number: str, month: str) -> str:
    """`LW/3/2026` of December 2026 → `lista_2026-12_LW_3_2026`: safe on every file system."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in number)
    return f"lista_{month}_{safe}"


def print_payment_lists(db: str, out: Path) -> int:
    services, actor = open_for_printing(db)
    try:
        # Who signed in reads them (benefits and the head only), else the head.
        if actor is None:
            print(NO_HEAD, file=sys.stderr)
            return 1
        try:
            lists = services.payments.lists(actor, APPROVED)
        except PermissionDenied:
            return say_not_permitted(actor)
        out.mkdir(parents=True, exist_ok=True)
        files = 0
        for view in lists:
            stem = file_stem(view.number, view.benefit_month.strftime("%Y-%m"))
            (out / f"{stem}.pdf").write_bytes(services.payments.document(actor, view.id))
            files += 1
            if view.method is PaymentMethod.BANK_TRANSFER:
                try:
                    (out / f"{stem}.txt").write_bytes(services.payments.elixir(actor, view.id))
                    files += 1
                except DomainError as exc:
                    print(f"Lista {view.number}: pliku Elixir-O nie zapisano ({exc.code}).",
                          file=sys.stderr)
        print(f"Zapisano {len(lists)} zatwierdzonych list wypłat ({files} plików) w {out}")
        return 0
    finally:
        services.close()
