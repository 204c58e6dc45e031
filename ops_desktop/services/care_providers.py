"""Providers of care services, their carers, who serves whom, and each client's week.

The services team (and the head) keep the register of providers – the office's own carers
and firms under contract with the contract's number, dates and the hourly price – assign a
provider's carers to a care order (services/care_services.py) and plan the client's week:
slots of a weekday, from–to and the carer, never more hours than the order grants a week.
Nothing here is a health fact; the order it hangs on is read only by the services team.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.domain.care_orders import from_hundredths
from ops_desktop.domain.care_providers import (
    ProviderKind,
    carer_errors,
    overlaps,
    provider_errors,
    slot_errors,
    slot_hours,
)
from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import INVALID, date_errors, is_date, require_id
from ops_desktop.domain.money import from_grosze, to_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor, require_team
from ops_desktop.storage import audit, queries
from ops_desktop.storage import care_provider_queries as cp_q
from ops_desktop.storage import care_queries as care_q
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    CareAssignmentRow,
    CareOrderRow,
    CareProviderRow,
    CarerRow,
    CareScheduleRow,
    office_today,
    utcnow,
)

TEAM = Team.SERVICES.value


@dataclass(frozen=True)
class ProviderInput:
    kind: ProviderKind
    name: str
    contract_number: str
    valid_from: dt.date
    valid_to: dt.date | None
    hourly_price: Decimal


@dataclass(frozen=True)
class ProviderView(ProviderInput):
    id: uuid.UUID
    carers: int  # active ones

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class CarerView:
    id: uuid.UUID
    provider_id: uuid.UUID
    provider_name: str
    name: str
    phone: str
    active: bool


@dataclass(frozen=True)
class AssignmentView:
    id: uuid.UUID
    order_id: uuid.UUID
    carer: CarerView
    starts_on: dt.date
    ends_on: dt.date | None


@dataclass(frozen=True)
class SlotView:
    id: uuid.UUID
    order_id: uuid.UUID
    weekday: int  # ISO: 1 Monday … 7 Sunday
    starts_min: int
    ends_min: int
    hours: Decimal
    carer_id: uuid.UUID
    carer_name: str


def provider_view(row: CareProviderRow, carers: int = 0) -> ProviderView:
    return ProviderView(
        kind=ProviderKind(row.kind), name=row.name, contract_number=row.contract_number,
        valid_from=row.valid_from, valid_to=row.valid_to,
        hourly_price=from_grosze(row.hourly_price_grosze), id=row.id, carers=carers)


def carer_view(row: CarerRow, provider: CareProviderRow) -> CarerView:
    return CarerView(row.id, provider.id, provider.name, row.name, row.phone, row.active)


def assigned_on(assignment: CareAssignmentRow, first: dt.date, last: dt.date) -> bool:
    """The assignment covers some day of first..last."""
    return assignment.starts_on <= last and (assignment.ends_on is None
                                             or first <= assignment.ends_on)


def retire(s: Session, model: type, row_id: object, what: str):  # type: ignore[no-untyped-def]
    """Remove a row the team entered by mistake (a tombstone travels to the other PCs)."""
    row = cp_q.live(s, model, require_id(f"{what}_id", row_id))
    if row is None:
        raise NotFound(what, row_id)
    row.deleted_at = utcnow()
    s.flush()
    return row


def live_order(s: Session, order_id: object) -> CareOrderRow:
    record = care_q.order(s, require_id("order_id", order_id))
    if record is None:
        raise NotFound("care_order", order_id)
    return record[0]


def live_carer(s: Session, carer_id: object) -> tuple[CarerRow, CareProviderRow]:
    carer = cp_q.live(s, CarerRow, require_id("carer_id", carer_id))
    if carer is None:
        raise NotFound("carer", carer_id)
    return carer, s.get(CareProviderRow, carer.provider_id)  # type: ignore[return-value]


class CareProvidersService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- providers ---------------------------------------------------------------------

    def _checked(self, data: ProviderInput) -> None:
        if not isinstance(data, ProviderInput):
            raise ValidationError([FieldError("provider", INVALID)])
        errors = provider_errors(data.kind, data.name, data.contract_number, data.valid_from,
                                 data.valid_to, data.hourly_price)
        if errors:
            raise ValidationError(errors)

    def add_provider(self, actor: Actor, data: ProviderInput) -> ProviderView:
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        self._checked(data)
        with self.db.session(actor.user_id) as s:
            row = CareProviderRow(
                kind=data.kind.value, name=data.name.strip(),
                contract_number=data.contract_number.strip(), valid_from=data.valid_from,
                valid_to=data.valid_to, hourly_price_grosze=to_grosze(data.hourly_price))
            queries.add(s, row)
            return provider_view(row)

    def change_provider(self, actor: Actor, provider_id: uuid.UUID,
                        data: ProviderInput) -> ProviderView:
        """A new contract, its end, a new price: the provider's facts as they are now."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        self._checked(data)
        with self.db.session(actor.user_id) as s:
            row = cp_q.live(s, CareProviderRow, require_id("provider_id", provider_id))
            if row is None:
                raise NotFound("care_provider", provider_id)
            row.kind, row.name = data.kind.value, data.name.strip()
            row.contract_number = data.contract_number.strip()
            row.valid_from, row.valid_to = data.valid_from, data.valid_to
            row.hourly_price_grosze = to_grosze(data.hourly_price)
            s.flush()
            return provider_view(row, len(cp_q.carers(s, row.id)))

    def providers(self, actor: Actor) -> list[ProviderView]:
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            counts: dict[uuid.UUID, int] = {}
            for carer in cp_q.carers(s):
                counts[carer.provider_id] = counts.get(carer.provider_id, 0) + carer.active
            return [provider_view(p, counts.get(p.id, 0)) for p in cp_q.providers(s)]

    # --- carers --------------------------------------------------------------------------

    def add_carer(self, actor: Actor, provider_id: uuid.UUID, name: str,
                  phone: str = "") -> CarerView:
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        errors = carer_errors(name, phone)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            provider = cp_q.live(s, CareProviderRow, require_id("provider_id", provider_id))
            if provider is None:
                raise NotFound("care_provider", provider_id)
            wanted = " ".join(name.split()).casefold()
            if any(" ".join(c.name.split()).casefold() == wanted
                   for c in cp_q.carers(s, provider.id)):
                raise ValidationError([FieldError("name", "care_carer_exists")])
            row = CarerRow(provider_id=provider.id, name=" ".join(name.split()),
                           phone=phone.strip(), active=True)
            queries.add(s, row)
            return carer_view(row, provider)

    def set_carer_active(self, actor: Actor, carer_id: uuid.UUID, active: bool) -> CarerView:
        """A carer who left stays in the register (their hours name them) but is not offered."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        if not isinstance(active, bool):
            raise ValidationError([FieldError("active", INVALID)])
        with self.db.session(actor.user_id) as s:
            carer, provider = live_carer(s, carer_id)
            if carer.active != active:
                carer.active = active
                s.flush()
            return carer_view(carer, provider)

    def carers(self, actor: Actor, provider_id: uuid.UUID | None = None) -> list[CarerView]:
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        if provider_id is not None:
            require_id("provider_id", provider_id)
        with self.db.session(actor.user_id) as s:
            providers = {p.id: p for p in cp_q.providers(s)}
            return [carer_view(c, providers[c.provider_id]) for c in cp_q.carers(s, provider_id)
                    if c.provider_id in providers]

    # --- who serves whom -----------------------------------------------------------------

    def assign(self, actor: Actor, order_id: uuid.UUID, carer_id: uuid.UUID,
               starts_on: dt.date, ends_on: dt.date | None = None) -> AssignmentView:
        """The carer serves the order's client from `starts_on` (within the order's period,
        while the provider's contract runs)."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        errors = date_errors("starts_on", starts_on, required=True)
        errors += date_errors("ends_on", ends_on)
        if not errors and ends_on is not None and ends_on < starts_on:
            errors.append(FieldError("ends_on", "end_before_start"))
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            order = live_order(s, order_id)
            carer, provider = live_carer(s, carer_id)
            if not carer.active:
                raise ValidationError([FieldError("carer_id", "care_carer_inactive")])
            if not order.starts_on <= starts_on <= order.ends_on:
                raise ValidationError([FieldError("starts_on", "care_date_outside_order")])
            if starts_on < provider.valid_from or (provider.valid_to is not None
                                                   and starts_on > provider.valid_to):
                raise ValidationError([FieldError("carer_id", "care_contract_not_valid")])
            last = ends_on or order.ends_on
            if any(a.carer_id == carer.id and assigned_on(a, starts_on, last)
                   for a in cp_q.assignments(s, order.id)):
                raise ConflictError("care_carer_already_assigned", carer.name)
            row = CareAssignmentRow(order_id=order.id, carer_id=carer.id, starts_on=starts_on,
                                    ends_on=ends_on)
            queries.add(s, row)
            return AssignmentView(row.id, order.id, carer_view(carer, provider), starts_on,
                                  ends_on)

    def end_assignment(self, actor: Actor, assignment_id: uuid.UUID,
                       ends_on: dt.date) -> AssignmentView:
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        if not is_date(ends_on):
            raise ValidationError([FieldError("ends_on", INVALID)])
        with self.db.session(actor.user_id) as s:
            row = cp_q.live(s, CareAssignmentRow, require_id("assignment_id", assignment_id))
            if row is None:
                raise NotFound("care_assignment", assignment_id)
            if ends_on < row.starts_on:
                raise ValidationError([FieldError("ends_on", "end_before_start")])
            row.ends_on = ends_on
            s.flush()
            carer, provider = live_carer(s, row.carer_id)
            return AssignmentView(row.id, row.order_id, carer_view(carer, provider),
                                  row.starts_on, row.ends_on)

    def assignments(self, actor: Actor, order_id: uuid.UUID) -> list[AssignmentView]:
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            order = live_order(s, order_id)
            shown = []
            for a in cp_q.assignments(s, order.id):
                carer, provider = live_carer(s, a.carer_id)
                shown.append(AssignmentView(a.id, order.id, carer_view(carer, provider),
                                            a.starts_on, a.ends_on))
            return shown

    # --- the weekly schedule -------------------------------------------------------------

    def add_slot(self, actor: Actor, order_id: uuid.UUID, weekday: int, starts_min: int,
                 ends_min: int, carer_id: uuid.UUID) -> SlotView:
        """A visit in the client's week. The carer must serve the client now or later; the
        slots of a day never overlap; the week's slots never exceed the order's hours."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        errors = slot_errors(weekday, starts_min, ends_min)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            order = live_order(s, order_id)
            carer, _provider = live_carer(s, carer_id)
            if not any(a.carer_id == carer.id and (a.ends_on is None
                                                   or a.ends_on >= office_today())
                       for a in cp_q.assignments(s, order.id)):
                raise ValidationError([FieldError("carer_id", "care_carer_not_assigned")])
            slots = cp_q.schedule(s, order.id)
            if any(x.weekday == weekday and overlaps((x.starts_min, x.ends_min),
                                                     (starts_min, ends_min)) for x in slots):
                raise ValidationError([FieldError("starts_at", "care_schedule_overlap")])
            week = sum((slot_hours(x.starts_min, x.ends_min) for x in slots), Decimal(0))
            if week + slot_hours(starts_min, ends_min) > from_hundredths(
                    order.hours_per_week_x100):
                raise ValidationError([FieldError("ends_at", "care_schedule_over_weekly")])
            row = CareScheduleRow(order_id=order.id, carer_id=carer.id, weekday=weekday,
                                  starts_min=starts_min, ends_min=ends_min)
            queries.add(s, row)
            return SlotView(row.id, order.id, weekday, starts_min, ends_min,
                            slot_hours(starts_min, ends_min), carer.id, carer.name)

    def remove_slot(self, actor: Actor, slot_id: uuid.UUID) -> None:
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            retire(s, CareScheduleRow, slot_id, "slot")

    def schedule(self, actor: Actor, order_id: uuid.UUID) -> list[SlotView]:
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            order = live_order(s, order_id)
            audit.record(s, actor.user_id, "view", "care_schedule", str(order.id),
                         order.person_id)
            names = {c.id: c.name for c in cp_q.carers(s)}
            return [SlotView(x.id, order.id, x.weekday, x.starts_min, x.ends_min,
                             slot_hours(x.starts_min, x.ends_min), x.carer_id,
                             names.get(x.carer_id, "")) for x in cp_q.schedule(s, order.id)]
