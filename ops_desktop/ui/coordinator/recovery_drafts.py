"""Recovery decisions (art. 104 ust. 3 u.p.s.) waiting for a signature, as rows of the head's
signing list beside the decisions' drafts: the same columns, signed by the undue-claims
service, previewed by the recovery decision's printer."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.domain.money import from_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import DecisionStatus
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

RECOVERY = "recovery"  # the act kind's code in resources/law/acts.json


@dataclass(frozen=True)
class RecoveryDraft:
    """A claim whose recovery decision is not signed yet, named as the list names a decision."""

    id: uuid.UUID
    case_sign: str  # the change decision's case, which the recovery follows
    person_name: str
    number: str
    amount: Decimal
    decided_on: dt.date
    kind: str = RECOVERY
    form: str = ""  # the recovery is of every form the change decision paid
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    status: DecisionStatus = DecisionStatus.DRAFT
    # The list's remark column: a recovery decision follows a signed change, not an
    # interview (art. 106 ust. 4 u.p.s. is about granting or refusing a benefit).
    interview_missing: bool = False


def recovery_drafts(services: Services, actor: Actor) -> list[RecoveryDraft]:
    """The office's recovery decisions to sign, oldest first; none for whoever may not
    handle undue claims (the list then holds the decisions alone)."""
    if not actor.may(Permission.MANAGE_UNDUE_CLAIMS):
        return []
    found = [RecoveryDraft(c.claim.id, c.claim.change_case_sign, c.person_name, c.claim.number,
                           from_grosze(c.claim.amount_grosze), c.claim.decided_on)
             for c in services.recovery_decisions.claims(actor)
             if not c.claim.signed and c.claim.waived_on is None]
    return sorted(found, key=lambda d: (d.decided_on, d.number))
