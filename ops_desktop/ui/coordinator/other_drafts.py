"""Acts other than the decisions' own drafts that wait for the head's signature, as rows of
the signing list beside them: recovery decisions (art. 104 ust. 3 u.p.s.), DPS placements
with their art. 61 fee decisions, shelter and meal decisions. Each is named with the list's
columns and carries its own service's signing and printing, so the head signs them in one
stack with the decisions, as any decision. Signed, the DPS, shelter and meal decisions stand
in the list of signed decisions too, each kind read a page at a time in its place by issue
date (`signed_sources`), and "Drukuj wydane dziś" prints those issued today."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ops_desktop.domain.money import from_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import DecisionStatus
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.meals import MealDecisionView
from ops_desktop.services.placements import DpsDecisionView
from ops_desktop.services.shelters import ShelterDecisionView
from ops_desktop.ui.coordinator.merged_pages import Source

# The act kinds' codes as the list words them (ui/labels.SIGNED_ACT_KINDS).
RECOVERY, DPS_PLACEMENT, DPS_FEE, SHELTER = "recovery", "dps_placement", "dps_fee", "shelter"
MEAL = "meal"


@dataclass(frozen=True)
class OtherDraft:
    """An act to sign that is not a row of the decisions' table, named as the list names a
    decision; `sign` and `document` are its own service's (the actor is theirs to check)."""

    id: uuid.UUID
    case_sign: str
    person_name: str
    number: str
    amount: Decimal | None
    decided_on: dt.date
    kind: str
    sign: Callable[[Actor], object] = field(compare=False, repr=False)
    document: Callable[[Actor], bytes] = field(compare=False, repr=False)
    file_stem: str = "projekt_decyzji"
    form: str = ""  # no benefit form: the kind says what it is
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    status: DecisionStatus = DecisionStatus.DRAFT
    issued_on: dt.date | None = None  # signed: the day it was signed (issued)
    signed_at: dt.datetime | None = None  # signed: the moment (the signed list's key)
    signatory_name: str = ""
    # The list's remark column: none of these grants or refuses a benefit, so art. 106
    # ust. 4 u.p.s. (an interview first) is not theirs; a shelter checks its own interview.
    interview_missing: bool = False


def _recovery(services: Services, actor: Actor) -> list[OtherDraft]:
    if not actor.may(Permission.MANAGE_UNDUE_CLAIMS):
        return []
    return [OtherDraft(
        c.claim.id, c.claim.change_case_sign, c.person_name, c.claim.number,
        from_grosze(c.claim.amount_grosze), c.claim.decided_on, RECOVERY,
        sign=lambda a, i=c.claim.id: services.undue_claims.sign(a, i),
        document=lambda a, i=c.claim.id: services.recovery_decisions.document(a, i),
        file_stem=f"projekt_decyzji_zwrot_{c.claim.number.replace('/', '_')}")
        for c in services.recovery_decisions.claims(actor)
        if not c.claim.signed and c.claim.waived_on is None]


def _dps(services: Services, d: DpsDecisionView) -> OtherDraft:
    prefix = "decyzja" if d.signed else "projekt_decyzji"
    return OtherDraft(
        d.id, d.case_sign, d.person_name, d.number, None, d.decided_on,
        DPS_PLACEMENT if d.kind == "placement" else DPS_FEE,
        sign=lambda a, i=d.id: services.placements.sign(a, i),
        document=lambda a, i=d.id: services.placements.document(a, i),
        file_stem=f"{prefix}_DPS_{d.case_sign}", period_from=d.starts_on, **_signing(d))


def _shelter(services: Services, d: ShelterDecisionView) -> OtherDraft:
    prefix = "decyzja" if d.signed else "projekt_decyzji"
    return OtherDraft(
        d.id, d.case_sign, d.person_name, d.number, None, d.decided_on, SHELTER,
        sign=lambda a, i=d.id: services.shelters.sign(a, i),
        document=lambda a, i=d.id: services.shelters.document(a, i),
        file_stem=f"{prefix}_schronienie_{d.case_sign}", period_from=d.starts_on,
        period_to=d.ends_on, **_signing(d))


def _meal(services: Services, d: MealDecisionView) -> OtherDraft:
    prefix = "decyzja" if d.signed else "projekt_decyzji"
    return OtherDraft(
        d.id, d.case_sign, d.person_name, d.number, d.total, d.decided_on, MEAL,
        sign=lambda a, i=d.id: services.meals.sign(a, i),
        document=lambda a, i=d.id: services.meals.document(a, i),
        file_stem=f"{prefix}_posilek_{d.case_sign}", period_from=d.starts_on,
        period_to=d.ends_on, **_signing(d))


def _signing(d: DpsDecisionView | ShelterDecisionView | MealDecisionView) -> dict[str, Any]:
    return {"status": DecisionStatus.SIGNED if d.signed else DecisionStatus.DRAFT,
            "issued_on": d.signed_on, "signed_at": d.signed_at,
            "signatory_name": d.signatory_name}


# Each kind's service and how its views become the list's rows, in the order the kinds stand
# among themselves on a day (after the benefit decisions of that day).
_KINDS: tuple[tuple[str, Callable[[Services, Any], OtherDraft]], ...] = (
    ("placements", _dps), ("shelters", _shelter), ("meals", _meal))


def _placements(services: Services, actor: Actor) -> list[OtherDraft]:
    """The DPS, shelter and meal drafts (few): the signed ones are read a page at a time."""
    if not actor.may(Permission.READ_PLACEMENTS):
        return []
    return [make(services, d) for name, make in _KINDS
            for d in getattr(services, name).drafts(actor)]


def other_drafts(services: Services, actor: Actor) -> list[OtherDraft]:
    """Every such act to sign that the actor may read, oldest first; none for whoever reads
    none of them (the list then holds the decisions alone)."""
    found = _recovery(services, actor) + _placements(services, actor)
    return sorted(found, key=lambda d: (d.decided_on, d.number))


def signed_sources(services: Services, actor: Actor) -> list[Source]:
    """The signed DPS, shelter and meal decisions the actor may read, each kind a source of
    the head's merged list (ui/coordinator/merged_pages.py): read a page at a time, the
    latest signed first, after the kind's own last row shown."""
    if not actor.may(Permission.READ_PLACEMENTS):
        return []

    def source(name: str, make: Callable[[Services, Any], OtherDraft]) -> Source:
        service = getattr(services, name)
        return Source(lambda last, limit: [make(services, d) for d in service.signed_page(
            actor, limit, last)], lambda: service.signed_count(actor))

    return [source(name, make) for name, make in _KINDS]


def other_signed(services: Services, actor: Actor, issued_on: dt.date) -> list[OtherDraft]:
    """The DPS, shelter and meal decisions the actor may read signed on `issued_on` (the
    day's print), each kind read for that day alone."""
    if not actor.may(Permission.READ_PLACEMENTS):
        return []
    return [make(services, d) for name, make in _KINDS
            for d in getattr(services, name).issued_on_day(actor, issued_on)]
