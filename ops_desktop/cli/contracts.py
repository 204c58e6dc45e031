"""`ops-desktop print contracts --db FILE --out DIR`: every signed kontrakt socjalny and
annex to its own PDF, headless."""

from __future__ import annotations

import sys
from pathlib import Path

from ops_desktop.cli.unlock import NO_HEAD, open_for_printing, say_not_permitted
from ops_desktop.documents.social_contract import render_contract
from ops_desktop.domain.errors import PermissionDenied


def print_contracts(db: str, out: Path) -> int:
    services, actor = open_for_printing(db)
    try:
        # Who signed in reads them (only social work and the head may), else the head.
        if actor is None:
            print(NO_HEAD, file=sys.stderr)
            return 1
        try:
            ids = services.contracts.signed_ids(actor)
        except PermissionDenied:
            return say_not_permitted(actor)
        out.mkdir(parents=True, exist_ok=True)
        for contract_id in ids:
            doc = services.contracts.document(actor, contract_id)
            kind = "aneks" if doc.annex_text else "kontrakt"
            name = f"{kind}_{doc.case_sign.replace('/', '_')}_{contract_id.hex[-12:]}.pdf"
            (out / name).write_bytes(render_contract(doc))
        print(f"Zapisano {len(ids)} kontraktów socjalnych i aneksów w {out}")
        return 0
    finally:
        services.close()
