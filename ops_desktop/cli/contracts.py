"""`ops-desktop print contracts --db FILE --out DIR`: every signed kontrakt socjalny and
annex to its own PDF, headless – and every signed individual programme and help plan the
signed-in user may read (they are planned and signed like a contract)."""

from __future__ import annotations

import sys
from pathlib import Path

from ops_desktop.cli.unlock import NO_HEAD, open_for_printing, say_not_permitted
from ops_desktop.documents.programme import render_programme
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
            name = f"{kind}_{doc.plan.case_sign.replace('/', '_')}_{contract_id.hex[-12:]}.pdf"
            (out / name).write_bytes(render_contract(doc))
        programmes = services.programmes.signed_ids(actor)
        for programme_id in programmes:
            paper = services.programmes.document(actor, programme_id)
            kind = "plan_pomocy" if paper.interview_on is not None else "program"
            name = f"{kind}_{paper.plan.case_sign.replace('/', '_')}_{programme_id.hex[-12:]}.pdf"
            (out / name).write_bytes(render_programme(paper))
        print(f"Zapisano {len(ids)} kontraktów socjalnych i aneksów oraz {len(programmes)} "
              f"programów indywidualnych i planów pomocy w {out}")
        return 0
    finally:
        services.close()
