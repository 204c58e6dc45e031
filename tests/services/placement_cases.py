"""The permission matrix's rows for DPS placements and shelters (test_permissions.py adds
them to its table): the services team prepares and keeps the register, the head signs,
and nobody else reads any of it (the fee decision names relatives and their incomes)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.dps_fees import Relation
from ops_desktop.domain.shelters import ShelterEntry, ShelterKind
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.placements import FeeInput, PlacementInput, RelativeInput
from ops_desktop.services.shelters import ShelterDecisionInput

from .helpers import interview_answers

SRV, HEAD = Role.SERVICES, Role.COORDINATOR
TODAY = wall_today()
YESTERDAY = TODAY - dt.timedelta(days=1)
ENTRY = ShelterEntry("Noclegownia Caritas", "ul. Kolejowa 2", ShelterKind.NIGHT_SHELTER, 30,
                     dt.date(2026, 1, 1))


def home(w: Any) -> uuid.UUID:
    made = w.services.placements.add_home(w.setup, "DPS Lipowiec", "ul. Lipowa 1")
    w.services.placements.set_cost(w.setup, made.id, dt.date(2026, 1, 1), Decimal("6000"))
    return made.id


def placement(w: Any, signed: bool = False) -> uuid.UUID:
    made = w.services.placements.prepare_placement(w.setup, PlacementInput(
        w.team_case(Team.SERVICES), home(w), TODAY, TODAY))
    return w.services.placements.sign(w.setup, made.id).id if signed else made.id


def fee(w: Any) -> FeeInput:
    return FeeInput(placement(w), TODAY, TODAY, Decimal("1500"), (RelativeInput(
        "Anna Kolega", Relation.SPOUSE, 1, Decimal("5000"), Decimal("100"), YESTERDAY),))


def shelter(w: Any) -> uuid.UUID:
    return w.services.shelters.add_shelter(w.setup, ENTRY, TODAY).id


def shelter_input(w: Any) -> ShelterDecisionInput:
    case_id = w.team_case(Team.SERVICES)
    opened = w.services.interviews.open(w.setup, case_id, YESTERDAY)
    w.services.interviews.save(w.setup, opened.id, interview_answers(), YESTERDAY, "w domu")
    w.services.interviews.complete(w.setup, opened.id)
    return ShelterDecisionInput(case_id, shelter(w), opened.id, TODAY, TODAY,
                                TODAY + dt.timedelta(days=30))


def shelter_decision(w: Any) -> uuid.UUID:
    return w.services.shelters.prepare_decision(w.setup, shelter_input(w)).id


Call = Callable[[Any, Any], object]
PLACEMENT_CASES: dict[str, tuple[Call, set[Role]]] = {
    "placements.add_home": (lambda w, a: w.services.placements.add_home(
        a, "DPS Zielona", "ul. Zielona 3"), {SRV, HEAD}),
    "placements.set_cost": (lambda w, a: w.services.placements.set_cost(
        a, home(w), dt.date(2026, 6, 1), Decimal("6200")), {SRV, HEAD}),
    "placements.homes": (lambda w, a: w.services.placements.homes(a), {SRV, HEAD}),
    "placements.prepare_placement": (lambda w, a: w.services.placements.prepare_placement(
        a, PlacementInput(w.team_case(Team.SERVICES), home(w), TODAY, TODAY)), {SRV, HEAD}),
    "placements.preview_fee": (lambda w, a: w.services.placements.preview_fee(a, fee(w)),
                               {SRV, HEAD}),
    "placements.prepare_fee": (lambda w, a: w.services.placements.prepare_fee(a, fee(w)),
                               {SRV, HEAD}),
    "placements.sign": (lambda w, a: w.services.placements.sign(a, placement(w)), {HEAD}),
    "placements.discard": (lambda w, a: w.services.placements.discard(a, placement(w)),
                           {SRV, HEAD}),
    "placements.decisions": (lambda w, a: w.services.placements.decisions(a), {SRV, HEAD}),
    "placements.drafts": (lambda w, a: w.services.placements.drafts(a), {SRV, HEAD}),
    "placements.signed_page": (lambda w, a: w.services.placements.signed_page(a, 10), {SRV, HEAD}),
    "placements.signed_count": (lambda w, a: w.services.placements.signed_count(a), {SRV, HEAD}),
    "placements.issued_on_day": (lambda w, a: w.services.placements.issued_on_day(a, TODAY),
                            {SRV, HEAD}),
    "placements.document": (lambda w, a: w.services.placements.document(a, placement(w)),
                            {SRV, HEAD}),
    "shelters.add_shelter": (lambda w, a: w.services.shelters.add_shelter(a, ENTRY, TODAY),
                             {SRV, HEAD}),
    "shelters.change_shelter": (lambda w, a: w.services.shelters.change_shelter(
        a, shelter(w), ShelterEntry(ENTRY.institution, ENTRY.address, ENTRY.kind, 31,
                                    ENTRY.valid_from), TODAY), {SRV, HEAD}),
    "shelters.register": (lambda w, a: w.services.shelters.register(a), {SRV, HEAD}),
    "shelters.changes": (lambda w, a: w.services.shelters.changes(a, YESTERDAY, TODAY),
                         {SRV, HEAD}),
    "shelters.change_report": (lambda w, a: w.services.shelters.change_report(
        a, YESTERDAY, TODAY), {SRV, HEAD}),
    "shelters.interviews": (lambda w, a: w.services.shelters.interviews(
        a, w.team_case(Team.SERVICES)), {SRV, HEAD}),
    "shelters.prepare_decision": (lambda w, a: w.services.shelters.prepare_decision(
        a, shelter_input(w)), {SRV, HEAD}),
    "shelters.sign": (lambda w, a: w.services.shelters.sign(a, shelter_decision(w)), {HEAD}),
    "shelters.discard": (lambda w, a: w.services.shelters.discard(a, shelter_decision(w)),
                         {SRV, HEAD}),
    "shelters.decisions": (lambda w, a: w.services.shelters.decisions(a), {SRV, HEAD}),
    "shelters.drafts": (lambda w, a: w.services.shelters.drafts(a), {SRV, HEAD}),
    "shelters.signed_page": (lambda w, a: w.services.shelters.signed_page(a, 10), {SRV, HEAD}),
    "shelters.signed_count": (lambda w, a: w.services.shelters.signed_count(a), {SRV, HEAD}),
    "shelters.issued_on_day": (lambda w, a: w.services.shelters.issued_on_day(a, TODAY),
                            {SRV, HEAD}),
    "shelters.document": (lambda w, a: w.services.shelters.document(a, shelter_decision(w)),
                          {SRV, HEAD}),
}
