"""DPS placements (art. 54, 59 u.p.s.) and the art. 61 fee decisions, by the services team.

The office keeps the homes it refers to and each home's average monthly cost from a day
(the figure it enters when the home announces it). The team prepares the decision directing
a person to a home, and the fee decision: the resident pays at most 70% of their income,
the spouse, descendants and ascendants what their written agreements say (never more than
their income above 300% of the criterion allows), the gmina the rest of the cost in force on
the day the fee starts (domain/dps_fees.py). The fee decision keeps every figure it prints.
The head signs both like any decision; a signed one never changes (a later decision would
change it). The relatives' incomes are read only by the services team and the head.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.documents.letters_data import PlacementDocument
from ops_desktop.documents.values import date_long, money
from ops_desktop.domain.dps_fees import (
    POLISH_RELATIONS,
    FeeSplit,
    Relation,
    RelativeIncome,
    split_fee,
)
from ops_desktop.domain.errors import DomainError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import (
    INVALID,
    choice_errors,
    date_errors,
    id_errors,
    require_id,
    text_errors,
)
from ops_desktop.domain.law import LawBook, default_lawbook
from ops_desktop.domain.money import amount_errors, from_grosze, to_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.placement_law import placement_law
from ops_desktop.services import placement_common as common
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.services.preparing_teams import ActKind
from ops_desktop.storage import audit, queries
from ops_desktop.storage import placement_queries as pq
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models_placements import DpsCostRow, DpsDecisionRow, DpsHomeRow

PLACEMENT, FEE = "placement", "fee"
ENTITY = "dps_decisions"
NAME_MAX = 200
REASONING_MAX = 20000
MAX_AMOUNT = Decimal("999999.99")
MAX_MEMBERS = 30


@dataclass(frozen=True)
class HomeView:
    id: uuid.UUID
    name: str
    address: str
    costs: tuple[tuple[dt.date, Decimal, str], ...]  # (from, monthly cost, source), oldest first


@dataclass(frozen=True)
class PlacementInput:
    case_id: uuid.UUID
    home_id: uuid.UUID
    decided_on: dt.date
    starts_on: dt.date
    reasoning: str = ""


@dataclass(frozen=True)
class RelativeInput:
    name: str
    relation: Relation
    members: int  # 1: a single person (samotnie gospodarujący)
    household_income: Decimal  # own income when single, the family's otherwise
    agreed: Decimal  # the monthly amount of the written agreement
    agreed_on: dt.date


@dataclass(frozen=True)
class FeeInput:
    placement_id: uuid.UUID
    decided_on: dt.date
    starts_on: dt.date
    resident_income: Decimal
    relatives: tuple[RelativeInput, ...] = ()
    reasoning: str = ""


@dataclass(frozen=True)
class DpsDecisionView:
    id: uuid.UUID
    kind: str  # placement | fee
    number: str
    person_id: uuid.UUID
    person_name: str
    case_sign: str
    home_name: str
    decided_on: dt.date
    starts_on: dt.date
    signed: bool
    placement_id: uuid.UUID | None
    cost: Decimal | None
    resident: Decimal | None
    relatives: Decimal | None
    gmina: Decimal | None
    signed_on: dt.date | None = None  # the office's day the head signed it (issued)
    signed_at: dt.datetime | None = None  # the moment, naive UTC: the signed list's key
    signatory_name: str = ""


def placement_errors(data: object) -> list[FieldError]:
    if not isinstance(data, PlacementInput):
        return [FieldError("placement", INVALID)]
    errors = id_errors("case_id", data.case_id) + id_errors("home_id", data.home_id)
    errors += date_errors("decided_on", data.decided_on, required=True)
    errors += date_errors("starts_on", data.starts_on, required=True)
    errors += text_errors("reasoning", data.reasoning, REASONING_MAX, multiline=True)
    return errors


def relative_errors(i: int, r: object) -> list[FieldError]:
    where = f"relatives.{i}"
    if not isinstance(r, RelativeInput):
        return [FieldError(where, INVALID)]
    errors = text_errors(f"{where}.name", r.name, NAME_MAX, required=True)
    errors += choice_errors(f"{where}.relation", r.relation, Relation)
    if isinstance(r.members, bool) or not isinstance(r.members, int) \
            or not 1 <= r.members <= MAX_MEMBERS:
        errors.append(FieldError(f"{where}.members", "members_invalid"))
    errors += amount_errors(f"{where}.household_income", r.household_income, MAX_AMOUNT)
    errors += amount_errors(f"{where}.agreed", r.agreed, MAX_AMOUNT, allow_zero=False)
    errors += date_errors(f"{where}.agreed_on", r.agreed_on, required=True)
    return errors


def fee_errors(data: object) -> list[FieldError]:
    if not isinstance(data, FeeInput):
        return [FieldError("fee", INVALID)]
    errors = id_errors("placement_id", data.placement_id)
    errors += date_errors("decided_on", data.decided_on, required=True)
    errors += date_errors("starts_on", data.starts_on, required=True)
    errors += amount_errors("resident_income", data.resident_income, MAX_AMOUNT)
    errors += text_errors("reasoning", data.reasoning, REASONING_MAX, multiline=True)
    if not isinstance(data.relatives, tuple) or len(data.relatives) > MAX_MEMBERS:
        return errors + [FieldError("relatives", INVALID)]
    for i, r in enumerate(data.relatives):
        errors += relative_errors(i, r)
    return errors


def _relatives_json(data: FeeInput, split: FeeSplit) -> str:
    agreed_on = {(r.name.strip(), r.relation): r.agreed_on for r in data.relatives}
    return json.dumps([{
        "name": s.relative.name, "relation": s.relative.relation.value,
        "members": s.relative.members, "income_grosze": s.relative.household_income_grosze,
        "agreed_grosze": s.relative.agreed_grosze, "limit_grosze": s.limit_grosze,
        "pays_grosze": s.pays_grosze,
        "agreed_on": agreed_on[(s.relative.name, s.relative.relation)].isoformat(),
    } for s in split.relatives], ensure_ascii=False)


class PlacementService(common.SignedDecisions[DpsDecisionView]):
    KIND = ActKind.DPS
    ROW = DpsDecisionRow

    def __init__(self, db: Database, office: OfficeService, lawbook: LawBook | None = None) -> None:
        self.db, self.office = db, office
        self.lawbook = lawbook or default_lawbook()

    # --- the homes and their costs ------------------------------------------------------

    def add_home(self, actor: Actor, name: str, address: str) -> HomeView:
        require(actor, Permission.WRITE_PLACEMENTS)
        errors = text_errors("name", name, NAME_MAX, required=True)
        errors += text_errors("address", address, NAME_MAX, required=True)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = DpsHomeRow(name=name.strip(), address=address.strip())
            queries.add(s, row)
            return self._home(s, row)

    def set_cost(self, actor: Actor, home_id: uuid.UUID, valid_from: dt.date,
                 monthly_cost: Decimal, source: str = "") -> HomeView:
        """The home's average monthly cost of a resident from `valid_from` (one per day)."""
        require(actor, Permission.WRITE_PLACEMENTS)
        errors = id_errors("home_id", home_id)
        errors += date_errors("valid_from", valid_from, required=True)
        errors += amount_errors("monthly_cost", monthly_cost, MAX_AMOUNT, allow_zero=False)
        errors += text_errors("source", source, NAME_MAX)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            home = self._home_row(s, home_id)
            same_day = [c for c in pq.costs(s, home.id) if c.valid_from == valid_from]
            if same_day:
                same_day[0].monthly_cost_grosze = to_grosze(monthly_cost)
                same_day[0].source = source.strip()
            else:
                queries.add(s, DpsCostRow(home_id=home.id, valid_from=valid_from,
                                          monthly_cost_grosze=to_grosze(monthly_cost),
                                          source=source.strip()))
            s.flush()
            return self._home(s, home)

    def homes(self, actor: Actor) -> list[HomeView]:
        self._reader(actor)  # the preparer chooses the home
        with self.db.session(actor.user_id) as s:
            return [self._home(s, h) for h in pq.homes(s)]

    # --- the decisions --------------------------------------------------------------------

    def prepare_placement(self, actor: Actor, data: PlacementInput) -> DpsDecisionView:
        """A draft decision directing the person of a services case to a home."""
        self._preparer(actor)
        errors = placement_errors(data)
        if errors:
            raise ValidationError(errors)
        if data.starts_on < data.decided_on:
            raise ValidationError([FieldError("starts_on", "before_decision")])
        with self.db.session(actor.user_id) as s:
            case = self._case(s, data.case_id)
            home = self._home_row(s, data.home_id)
            row = DpsDecisionRow(
                person_id=case.person_id, case_id=case.id, home_id=home.id, kind=PLACEMENT,
                number=common.number(s, "dps_decision", "DPS", data.decided_on),
                decided_on=data.decided_on, starts_on=data.starts_on,
                reasoning=data.reasoning.strip())
            queries.add(s, row)
            return self._view(s, row)

    def preview_fee(self, actor: Actor, data: FeeInput) -> FeeSplit:
        """The split as the fee decision would fix it: shown before it is prepared."""
        self._reader(actor)
        with self.db.session(actor.user_id) as s:
            split, _cost = self._split(s, data)
            return split

    def prepare_fee(self, actor: Actor, data: FeeInput) -> DpsDecisionView:
        """A draft art. 61 fee decision on a placement, with the figures it will print."""
        self._preparer(actor)
        with self.db.session(actor.user_id) as s:
            split, cost = self._split(s, data)
            placement = self._decision(s, data.placement_id)
            self._case(s, placement.case_id)
            row = DpsDecisionRow(
                person_id=placement.person_id, case_id=placement.case_id,
                home_id=placement.home_id, placement_id=placement.id, kind=FEE,
                number=common.number(s, "dps_decision", "DPS", data.decided_on),
                decided_on=data.decided_on, starts_on=data.starts_on,
                reasoning=data.reasoning.strip(), cost_grosze=split.cost_grosze,
                cost_from=cost.valid_from, resident_income_grosze=split.resident_income_grosze,
                resident_grosze=split.resident_grosze, relatives=_relatives_json(data, split),
                gmina_grosze=split.gmina_grosze)
            queries.add(s, row)
            return self._view(s, row)

    # sign, discard and decisions: common.SignedDecisions

    def _before_signing(self, s: Session, row: DpsDecisionRow) -> None:
        """The head signs a fee decision only once its placement is signed."""
        if row.kind == FEE:
            placement = self._decision(s, row.placement_id)
            if placement.status != common.SIGNED:
                raise DomainError("placement_not_signed", placement.number)

    @staticmethod
    def _rows(s: Session) -> Sequence[DpsDecisionRow]:
        return pq.dps_decisions(s)

    def document(self, actor: Actor, decision_id: uuid.UUID) -> bytes:
        """The decision as the party receives it; a draft carries "PROJEKT"."""
        from ops_desktop.documents.placement_decision import render_placement_decision
        self._reader(actor)
        office = self.office.settings().on_paper()
        with self.db.session(actor.user_id) as s:
            row = self._decision(s, decision_id)
            home = self._home_row(s, row.home_id)
            party = common.party(s, row.person_id)
            sign_ = common.case_sign(s, row.case_id)
            audit.record(s, actor.user_id, "print", ENTITY, str(row.id), row.person_id)
        law = placement_law(row.decided_on)
        part = "placement" if row.kind == PLACEMENT else "fee"
        if row.kind == PLACEMENT:
            ruling: tuple[str, ...] = (law.text(part, "ruling").format(
                party=party.full_name, home=home.name, address=home.address,
                starts_on=date_long(row.starts_on)),)
            rule: tuple[str, ...] = ()
        else:
            ruling = self._fee_ruling(row, home, party.full_name)
            rule = (law.text("fee", "reasoning").format(share=law.share_percent,
                                                        threshold=law.threshold_percent),)
        return render_placement_decision(PlacementDocument(
            office=office, number=row.number, case_sign=sign_, decided_on=row.decided_on,
            party=party, subject=law.text(part, "subject"),
            legal_basis=law.text(part, "legal_basis"), ruling=ruling,
            reasoning=(row.reasoning, *rule), appeal_days=law.appeal_days,
            signatory=common.signatory(row),
            # The home admits the resident and collects the fee: it gets a copy.
            distribution=("Strona", home.name, "a/a")))

    # --- helpers ----------------------------------------------------------------------------

    def _split(self, s: Session, data: FeeInput) -> tuple[FeeSplit, DpsCostRow]:
        errors = fee_errors(data)
        if errors:
            raise ValidationError(errors)
        placement = self._decision(s, data.placement_id)
        if placement.kind != PLACEMENT:
            raise ValidationError([FieldError("placement_id", INVALID)])
        if data.starts_on < placement.starts_on:
            raise ValidationError([FieldError("starts_on", "before_placement")])
        cost = pq.cost_on(s, placement.home_id, data.starts_on)
        if cost is None:
            raise ValidationError([FieldError("starts_on", "no_dps_cost")])
        params = self.lawbook.in_force(data.starts_on)
        law = placement_law(data.starts_on)
        relatives = [RelativeIncome(r.name.strip(), r.relation, r.members,
                                    to_grosze(r.household_income), to_grosze(r.agreed))
                     for r in data.relatives]
        try:
            split = split_fee(cost.monthly_cost_grosze, to_grosze(data.resident_income),
                              relatives, to_grosze(params.single_criterion),
                              to_grosze(params.family_criterion), law.resident_share,
                              law.relative_threshold)
        except DomainError as exc:
            if exc.code != "agreement_above_capacity":
                raise
            i = next(i for i, r in enumerate(relatives) if r.name == exc.detail)
            raise ValidationError([FieldError(f"relatives.{i}.agreed", exc.code)]) from None
        return split, cost

    @staticmethod
    def _fee_ruling(row: DpsDecisionRow, home: DpsHomeRow, party: str) -> tuple[str, ...]:
        law = placement_law(row.decided_on)
        t = law.texts["fee"]
        assert row.cost_grosze is not None and row.resident_grosze is not None
        assert row.gmina_grosze is not None and row.resident_income_grosze is not None
        points = [str(t["resident"]).format(
            party=party, home=home.name, starts_on=date_long(row.starts_on),
            resident=money(from_grosze(row.resident_grosze)), share=law.share_percent,
            income=money(from_grosze(row.resident_income_grosze)))]
        paying = [r for r in json.loads(row.relatives) if r["pays_grosze"] > 0]
        points += [str(t["relative"]).format(
            name=r["name"], relation=POLISH_RELATIONS[Relation(r["relation"])],
            pays=money(from_grosze(r["pays_grosze"])),
            agreed_on=date_long(dt.date.fromisoformat(r["agreed_on"]))) for r in paying]
        if not paying:
            points.append(str(t["no_relative"]).format(threshold=law.threshold_percent))
        points.append(str(t["gmina"]).format(
            cost=money(from_grosze(row.cost_grosze)),
            cost_from=date_long(row.cost_from) if row.cost_from else "",
            gmina=money(from_grosze(row.gmina_grosze))))
        return tuple(points)

    @staticmethod
    def _home_row(s: Session, home_id: object) -> DpsHomeRow:
        row = queries.get(s, DpsHomeRow, require_id("home_id", home_id))
        if row is None or row.deleted_at is not None:
            raise NotFound("dps_home", home_id)
        return row

    @staticmethod
    def _home(s: Session, row: DpsHomeRow) -> HomeView:
        return HomeView(row.id, row.name, row.address, tuple(
            (c.valid_from, from_grosze(c.monthly_cost_grosze), c.source)
            for c in pq.costs(s, row.id)))

    @staticmethod
    def _decision(s: Session, decision_id: object) -> DpsDecisionRow:
        row = queries.get(s, DpsDecisionRow, require_id("decision_id", decision_id))
        if row is None or row.deleted_at is not None:
            raise NotFound("dps_decision", decision_id)
        return row

    @staticmethod
    def _view(s: Session, row: DpsDecisionRow) -> DpsDecisionView:
        home = queries.get(s, DpsHomeRow, row.home_id)
        relatives = sum(r["pays_grosze"] for r in json.loads(row.relatives))

        def zl(g: int | None) -> Decimal | None:
            return None if g is None else from_grosze(g)

        return DpsDecisionView(
            id=row.id, kind=row.kind, number=row.number, person_id=row.person_id,
            person_name=common.person_name(s, row.person_id),
            case_sign=common.case_sign(s, row.case_id), home_name=home.name if home else "",
            decided_on=row.decided_on, starts_on=row.starts_on,
            signed=row.status == common.SIGNED, placement_id=row.placement_id,
            cost=zl(row.cost_grosze), resident=zl(row.resident_grosze),
            relatives=zl(relatives) if row.kind == FEE else None, gmina=zl(row.gmina_grosze),
            signed_on=common.signed_on(row), signed_at=row.signed_at,
            signatory_name=row.signatory_name or "")
