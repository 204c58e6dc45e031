"""The benefits team's view of undue-benefit claims across the office, and the recovery
decision on paper (art. 104 ust. 3 u.p.s.). The claims' rules – preparing, signing, payments,
waivers – stay in services/undue_claims.py; this reads them for the screen and the printer."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.permissions import Permission
from ops_desktop.services import mapping
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.services.undue_claims import ClaimView, UndueClaimService, _is_change
from ops_desktop.storage import audit, queries
from ops_desktop.storage import return_queries as ret_q
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import PersonRow


@dataclass(frozen=True)
class ListedClaim:
    claim: ClaimView
    person_name: str


@dataclass(frozen=True)
class ChangeChoice:
    """A signed decision changing or revoking a grant: what a new claim may follow."""

    decision_id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    case_sign: str
    issued_on: dt.date


class RecoveryDecisionService:
    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db = db
        self.office = office

    def claims(self, actor: Actor) -> list[ListedClaim]:
        """Every live claim of the office with its person, newest first."""
        require(actor, Permission.MANAGE_UNDUE_CLAIMS)
        with self.db.session(actor.user_id) as s:
            rows = list(ret_q.claims(s))
            names = _names(s, {r.person_id for r in rows})
            found = [ListedClaim(UndueClaimService._view(s, r), names.get(r.person_id, ""))
                     for r in rows]
        return sorted(found, key=lambda c: (c.claim.decided_on, c.claim.number), reverse=True)

    def change_choices(self, actor: Actor) -> list[ChangeChoice]:
        """The office's signed change or revocation decisions a recovery may follow."""
        require(actor, Permission.MANAGE_UNDUE_CLAIMS)
        with self.db.session(actor.user_id) as s:
            rows = [d for d in ret_q.signed_changes(s) if _is_change(d) and d.issued_on]
            names = _names(s, {d.person_id for d in rows})
            return sorted((ChangeChoice(d.id, d.person_id, names.get(d.person_id, ""),
                                        d.case_sign, d.issued_on) for d in rows
                           if d.issued_on is not None),
                          key=lambda c: (c.issued_on, c.case_sign), reverse=True)

    def document(self, actor: Actor, claim_id: uuid.UUID) -> bytes:
        """The recovery decision as the party receives it; a draft carries "PROJEKT"."""
        from ops_desktop.documents.data import PartyOnPaper, SignatoryOnPaper
        from ops_desktop.documents.recovery_decision import (
            RecoveryDocument,
            render_recovery_decision,
        )

        require(actor, Permission.MANAGE_UNDUE_CLAIMS)
        office = self.office.settings().on_paper()
        with self.db.session(actor.user_id) as s:
            view = UndueClaimService._view(s, UndueClaimService._claim(s, claim_id))
            person = queries.get(s, PersonRow, view.person_id)
            assert person is not None
            audit.record(s, actor.user_id, "print", "undue_claims", str(view.id), view.person_id)
            party = PartyOnPaper(mapping.full_name(person),
                                 tuple(mapping.address_line(person).split(", ", 1)),
                                 person.pesel, mapping.delivery_lines(person))
        signatory = (SignatoryOnPaper(view.signatory_name, view.signatory_position,
                                      view.authorisation_number) if view.signed else None)
        return render_recovery_decision(RecoveryDocument(
            office=office, number=view.number, decided_on=view.decided_on, party=party,
            change_sign=view.change_case_sign, change_issued_on=view.change_issued_on,
            amount_grosze=view.amount_grosze, repay_by=view.repay_by,
            instalments=view.instalments, deferred_to=view.deferred_to, deduct=view.deduct,
            reasoning=view.reasoning, signatory=signatory))


def _names(s: Session, person_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    found: dict[uuid.UUID, str] = {}
    for pid in person_ids:
        person = queries.get(s, PersonRow, pid)
        if person is not None:
            found[pid] = mapping.full_name(person)
    return found
