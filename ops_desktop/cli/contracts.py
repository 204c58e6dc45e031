"""`ops-desktop print contracts --db FILE --out DIR`: every signed kontrakt socjalny and
annex to its own PDF, headless."""

from __future__ import annotations

import sys
from pathlib import Path

from ops_desktop.cli.unlock import open_for_command
from ops_desktop.documents.social_contract import render_contract
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.context import Actor


def print_contracts(db: str, out: Path) -> int:
    services = open_for_command(db)
    try:
        # The command line acts as the office's head, who reads every team's contracts.
        heads = [u for u in services.office.users() if Role.COORDINATOR in u.roles]
        if not heads:
            print("W bazie nie ma koordynatora.", file=sys.stderr)
            return 1
        actor = Actor.of(heads[0])
        out.mkdir(parents=True, exist_ok=True)
        ids = services.contracts.signed_ids(actor)
        for contract_id in ids:
            doc = services.contracts.document(actor, contract_id)
            kind = "aneks" if doc.annex_text else "kontrakt"
            name = f"{kind}_{doc.case_sign.replace('/', '_')}_{contract_id.hex[-12:]}.pdf"
            (out / name).write_bytes(render_contract(doc))
        print(f"Zapisano {len(ids)} kontraktów socjalnych i aneksów w {out}")
        return 0
    finally:
        services.close()
