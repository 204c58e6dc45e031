"""Each carer's hours under a care order: typed per month, or imported from a provider's file.

The services team types a carer's hours for a month, or imports the provider's file of
visits (domain/care_hours.py gives its columns). Every hour is checked against the order:
the client must be known and have an order covering the day, the carer must be the
provider's and serve that client, no day is in the future, the week and the month stay
within the order's hours, the same visit is never counted twice (so a file imported again
adds nothing) and a carer's month is either typed as a total or kept day by day, never
both. A file's good lines are saved even when others are refused; each refusal keeps its
line number and reason. The month's hours of all carers are the order's delivery that the
bill is computed from (services/care_services.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PureWindowsPath

from ops_desktop.domain import pesel as pesel_rules
from ops_desktop.domain.care_hours import (
    FileUnreadable,
    HoursLine,
    Rejection,
    decode,
    iso_week,
    monthly_limit,
    read_hours,
    weeks_limit,
)
from ops_desktop.domain.care_orders import (
    MAX_MONTHLY_HOURS,
    first_of_month,
    from_hundredths,
    hours_errors,
    to_hundredths,
)
from ops_desktop.domain.care_providers import name_errors, overlaps
from ops_desktop.domain.errors import FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import date_errors, require_id
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.text import fold
from ops_desktop.services.care_providers import (
    TEAM,
    assigned_on,
    live_carer,
    live_order,
    retire,
)
from ops_desktop.services.care_services import granted_hours
from ops_desktop.services.context import Actor, require_team
from ops_desktop.storage import audit
from ops_desktop.storage import care_provider_queries as cp_q
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    CareDeliveryRow,
    CareHoursRow,
    CareOrderRow,
    CareProviderRow,
    CarerRow,
    office_today,
    utcnow,
)

MANUAL, IMPORT = "manual", "import"
MAX_FILE_NAME = 200


@dataclass(frozen=True)
class HoursEntryView:
    id: uuid.UUID
    order_id: uuid.UUID
    carer_id: uuid.UUID
    carer_name: str
    month: dt.date
    worked_on: dt.date | None  # None: the carer's month typed as a total
    starts_min: int | None
    ends_min: int | None
    hours: Decimal
    source: str
    source_file: str
    source_line: int | None


@dataclass(frozen=True)
class MonthHoursView:
    """The order's month as both pages show it: the figure the bill is computed from."""

    order_id: uuid.UUID
    month: dt.date
    total: Decimal  # the bill's hours: the carers' sum, or the order's total typed
    per_carer: bool  # kept per carer ("Harmonogram i godziny"); else typed on the care page
    granted: Decimal | None  # what the signed decision grants in the month; None: no decision


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    accepted: int
    hours: Decimal
    rejected: list[Rejection]


@dataclass(frozen=True)
class _Hours:
    """An entry being checked: a day's visit or (worked_on None) a carer's month."""

    carer_id: uuid.UUID
    month: dt.date
    worked_on: dt.date | None
    starts_min: int | None
    ends_min: int | None
    hours: Decimal


class _Ledger:
    """An order's hours as saved so far, against which a new entry is checked."""

    def __init__(self, s: Session, order: CareOrderRow) -> None:
        self.order = order
        self.rows = cp_q.hours_of_order(s, order.id)
        self.assignments = cp_q.assignments(s, order.id)
        self.weekly = from_hundredths(order.hours_per_week_x100)
        self.s = s
        self.granted: dict[dt.date, Decimal | None] = {}
        self.typed: dict[dt.date, bool] = {}

    def granted_in(self, month: dt.date) -> Decimal | None:
        """The month's hours the order's signed decision grants (None: no decision linked)."""
        if month not in self.granted:
            self.granted[month] = granted_hours(self.s, self.order, month)
        return self.granted[month]

    def typed_for_order(self, month: dt.date) -> bool:
        """The month's hours were typed as the order's total on the care page (no carer's
        hours kept): carers' hours would silently replace that figure, so they wait until it
        is cleared there – one figure per month, never two that disagree."""
        if month not in self.typed:
            delivery = cp_q.delivery(self.s, self.order.id, month)
            self.typed[month] = (delivery is not None and delivery.hours_x100 > 0
                                 and not any(r.month == month for r in self.rows))
        return self.typed[month]

    def _sum(self, rows: list[CareHoursRow]) -> Decimal:
        return sum((from_hundredths(r.hours_x100) for r in rows), Decimal(0))

    def refusal(self, new: _Hours, replacing: CareHoursRow | None = None) -> str | None:
        """Why the entry cannot be saved (a reason code), or None."""
        order, today = self.order, office_today()
        first = new.worked_on or new.month
        last = new.worked_on or _month_end(new.month)
        if last < order.starts_on or first > order.ends_on:
            return "care_date_outside_order"
        if first > today:
            return "future_date"
        if self.typed_for_order(new.month):
            return "care_hours_order_total"
        if not any(a.carer_id == new.carer_id and assigned_on(a, first, last)
                   for a in self.assignments):
            return "care_carer_not_assigned"
        mine = [r for r in self.rows if r.carer_id == new.carer_id and r.month == new.month
                and r is not replacing]
        if new.worked_on is None and any(r.worked_on is not None for r in mine):
            return "care_hours_daily"
        if new.worked_on is not None:
            if any(r.worked_on is None for r in mine):
                return "care_month_typed"
            same_day = [r for r in mine if r.worked_on == new.worked_on]
            if any(_same_visit(r, new) for r in same_day):
                return "care_hours_duplicate"
            if any(_clashes(r, new) for r in same_day):
                return "care_hours_overlap"
            week = [r for r in self.rows if r.worked_on is not None
                    and iso_week(r.worked_on) == iso_week(new.worked_on)]
            if self._sum(week) + new.hours > self.weekly:
                return "care_week_limit"
        month = [r for r in self.rows if r.month == new.month and r is not replacing]
        share = monthly_limit if new.worked_on is None else weeks_limit
        limit = min(share(self.weekly, order.starts_on, order.ends_on, new.month),
                    MAX_MONTHLY_HOURS)
        if self._sum(month) + new.hours > limit:
            return "care_month_limit"
        # An order carrying out a decision is also held to the hours the decision grants
        # for the days of that month it covers (the same bound as hours typed for the order).
        granted = self.granted_in(new.month)
        if granted is not None and self._sum(month) + new.hours > granted:
            return "hours_above_decision"
        return None

    def add(self, s: Session, new: _Hours, **source: object) -> CareHoursRow:
        row = CareHoursRow(order_id=self.order.id, carer_id=new.carer_id, month=new.month,
                           worked_on=new.worked_on, starts_min=new.starts_min,
                           ends_min=new.ends_min, hours_x100=to_hundredths(new.hours),
                           **source)
        s.add(row)
        self.rows.append(row)
        return row


def _month_end(month: dt.date) -> dt.date:
    following = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _under_contract(provider: CareProviderRow, first: dt.date, last: dt.date) -> bool:
    """The provider's contract runs on some day of first..last."""
    return provider.valid_from <= last and (provider.valid_to is None
                                            or first <= provider.valid_to)


def _same_visit(row: CareHoursRow, new: _Hours) -> bool:
    return (row.starts_min, row.ends_min) == (new.starts_min, new.ends_min) and (
        new.starts_min is not None or row.hours_x100 == to_hundredths(new.hours))


def _clashes(row: CareHoursRow, new: _Hours) -> bool:
    """A visit with times overlaps another with times; a day without times clashes with
    any other entry of the carer that day (it is the whole day's total)."""
    if row.starts_min is None or new.starts_min is None:
        return True
    assert row.ends_min is not None and new.ends_min is not None
    return overlaps((row.starts_min, row.ends_min), (new.starts_min, new.ends_min))


def sync_delivery(s: Session, order_id: uuid.UUID, month: dt.date) -> None:
    """The order's month as the bill reads it: the sum of its carers' hours."""
    total = cp_q.month_total_x100(s, order_id, month)
    delivery = cp_q.delivery(s, order_id, month)
    if delivery is None:
        s.add(CareDeliveryRow(order_id=order_id, month=month, hours_x100=total))
    elif delivery.hours_x100 != total:
        delivery.hours_x100 = total
    s.flush()


def _entry_view(row: CareHoursRow, names: dict[uuid.UUID, str]) -> HoursEntryView:
    return HoursEntryView(row.id, row.order_id, row.carer_id, names.get(row.carer_id, ""),
                          row.month, row.worked_on, row.starts_min, row.ends_min,
                          from_hundredths(row.hours_x100), row.source, row.source_file,
                          row.source_line)


def _file_name(name: object) -> str:
    """The file's own name (no folders), as it is kept with each imported line."""
    errors = name_errors("file", name, 10_000)
    if errors:
        raise ValidationError(errors)
    assert isinstance(name, str)
    base = PureWindowsPath(name.strip()).name
    return base if len(base) <= MAX_FILE_NAME else base[:MAX_FILE_NAME]


class CareHoursService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def month_limit(self, actor: Actor, order_id: uuid.UUID, month: dt.date) -> Decimal:
        """The most hours a carer's month typed as a total may bring the month to (shown
        beside the entry; days imported are held to the weeks, domain/care_hours.py)."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        errors = date_errors("month", month, required=True)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            order = live_order(s, order_id)
            first = first_of_month(month)
            limit = monthly_limit(from_hundredths(order.hours_per_week_x100), order.starts_on,
                                  order.ends_on, first)
            granted = granted_hours(s, order, first)
            return limit if granted is None else min(limit, granted)

    def month_hours(self, actor: Actor, order_id: uuid.UUID, month: dt.date) -> MonthHoursView:
        """The order's hours of the month from the one row the bill reads (care deliveries:
        the carers' sum kept in step by sync_delivery, or the total typed for the order)."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        errors = date_errors("month", month, required=True)
        if errors:
            raise ValidationError(errors)
        first = first_of_month(month)
        with self.db.session(actor.user_id) as s:
            order = live_order(s, order_id)
            delivery = cp_q.delivery(s, order.id, first)
            total = Decimal(0) if delivery is None else from_hundredths(delivery.hours_x100)
            return MonthHoursView(order.id, first, total, cp_q.month_has_hours(s, order.id, first),
                                  granted_hours(s, order, first))

    def record_month(self, actor: Actor, order_id: uuid.UUID, carer_id: uuid.UUID,
                     month: dt.date, hours: Decimal) -> Decimal:
        """The carer's hours for the whole month, typed (again: replaces them; 0 removes
        them). Returns the order's month total, which the bill is computed from."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        errors = date_errors("month", month, required=True)
        errors += hours_errors("hours", hours, MAX_MONTHLY_HOURS)
        if errors:
            raise ValidationError(errors)
        first = first_of_month(month)
        with self.db.session(actor.user_id) as s:
            order = live_order(s, order_id)
            carer, provider = live_carer(s, carer_id)
            ledger = _Ledger(s, order)
            old = next((r for r in ledger.rows if r.carer_id == carer.id and r.month == first
                        and r.worked_on is None), None)
            if hours == 0:
                if old is not None:
                    old.deleted_at = utcnow()
            else:
                new = _Hours(carer.id, first, None, None, None, hours)
                refusal = ledger.refusal(new, replacing=old)
                if refusal is None and not _under_contract(provider, first, _month_end(first)):
                    refusal = "care_contract_not_valid"
                if refusal is not None:
                    raise ValidationError([FieldError("hours", refusal)])
                if old is None:
                    ledger.add(s, new, source=MANUAL)
                elif old.hours_x100 != to_hundredths(hours):
                    old.hours_x100 = to_hundredths(hours)
            s.flush()
            sync_delivery(s, order.id, first)
            return from_hundredths(cp_q.month_total_x100(s, order.id, first))

    def remove(self, actor: Actor, entry_id: uuid.UUID) -> None:
        """A wrong entry goes (kept as a tombstone); the month's total follows."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            row = retire(s, CareHoursRow, entry_id, "entry")
            sync_delivery(s, row.order_id, row.month)

    def hours(self, actor: Actor, order_id: uuid.UUID,
              month: dt.date | None = None) -> list[HoursEntryView]:
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        if month is not None and date_errors("month", month):
            raise ValidationError(date_errors("month", month))
        with self.db.session(actor.user_id) as s:
            order = live_order(s, order_id)
            names = {c.id: c.name for c in cp_q.carers(s)}
            return [_entry_view(r, names) for r in cp_q.hours_of_order(s, order.id)
                    if month is None or r.month == first_of_month(month)]

    # --- a provider's file ---------------------------------------------------------------

    def import_file(self, actor: Actor, provider_id: uuid.UUID, file_name: str,
                    data: bytes) -> ImportResult:
        """Import the provider's file of hours: the good lines are saved, each bad one is
        returned with its line number and the reason; a line saved before is not again."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        name = _file_name(file_name)
        if not isinstance(data, bytes):
            raise ValidationError([FieldError("file", "csv_encoding")])
        try:
            lines = read_hours(decode(data))
        except FileUnreadable as exc:
            raise ValidationError([FieldError("file", exc.code)]) from exc
        with self.db.session(actor.user_id) as s:
            provider = cp_q.live(s, CareProviderRow, require_id("provider_id", provider_id))
            if provider is None:
                raise NotFound("care_provider", provider_id)
            reader = _Reader(s, provider)
            rejected: list[Rejection] = []
            accepted, total = 0, Decimal(0)
            for line in lines:
                refusal = line if isinstance(line, Rejection) else reader.save(line, name)
                if refusal is not None:
                    rejected.append(refusal)
                else:
                    assert isinstance(line, HoursLine)
                    accepted, total = accepted + 1, total + line.hours
            for order_id, month in sorted(reader.touched):
                sync_delivery(s, order_id, month)
            audit.record(s, actor.user_id, "import", "care_hours", str(provider.id), None,
                         {"file": name, "accepted": accepted, "rejected": len(rejected)})
            return ImportResult(name, accepted, total, rejected)


class _Reader:
    """Resolves a file's lines to orders and carers and saves the good ones."""

    def __init__(self, s: Session, provider: CareProviderRow) -> None:
        self.s, self.provider = s, provider
        self.carers: dict[str, list[CarerRow]] = {}
        for carer in cp_q.carers(s, provider.id):
            self.carers.setdefault(fold(carer.name), []).append(carer)
        self.ledgers: dict[uuid.UUID, _Ledger] = {}
        self.touched: set[tuple[uuid.UUID, dt.date]] = set()

    def _orders(self, client: str) -> list[CareOrderRow] | None:
        """The client's orders by PESEL or case sign; None if no such client."""
        if client.isdigit():
            if len(client) != 11 or not pesel_rules.is_valid(client):
                return None
            persons = cp_q.persons_by_pesel(self.s, client)
            if not persons:
                return None
            return [o for p in persons for o in cp_q.orders_of_person(self.s, p.id)]
        return cp_q.orders_of_case_sign(self.s, client) or None

    def _carer(self, name: str) -> CarerRow | None:
        found = self.carers.get(fold(name), [])
        exact = [c for c in found if c.name.casefold() == name.casefold()]
        chosen = exact or found
        return chosen[0] if len(chosen) == 1 else None

    def save(self, line: HoursLine, file_name: str) -> Rejection | None:
        def refuse(code: str) -> Rejection:
            return Rejection(line.line, code, line.text)

        orders = self._orders(line.client)
        if orders is None:
            return refuse("care_client_unknown")
        if not orders:
            return refuse("care_no_order")
        order = next((o for o in orders if o.starts_on <= line.worked_on <= o.ends_on), None)
        if order is None:
            return refuse("care_date_outside_order")
        carer = self._carer(line.carer)
        if carer is None:
            return refuse("care_carer_unknown")
        if not _under_contract(self.provider, line.worked_on, line.worked_on):
            return refuse("care_contract_not_valid")
        ledger = self.ledgers.get(order.id) or self.ledgers.setdefault(
            order.id, _Ledger(self.s, order))
        new = _Hours(carer.id, first_of_month(line.worked_on), line.worked_on, line.starts_min,
                     line.ends_min, line.hours)
        refusal = ledger.refusal(new)
        if refusal is not None:
            return refuse(refusal)
        ledger.add(self.s, new, source=IMPORT, source_file=file_name, source_line=line.line)
        self.touched.add((order.id, new.month))
        return None

