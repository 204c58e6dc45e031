"""Usługi opiekuńcze: orders for a person, the hours delivered each month, the monthly bill.

The services team (and the head) record an order under the decision that granted care –
a signed care decision of the program (services/care_decisions.py: its hours limit the
month's, its hourly cost and fee % are billed), or one made outside it, named by its
reference – with the scope, hours per week, period, carer and provider, and the income and
household size the fee follows from. Each month the team enters the hours delivered; the
bill is hours × hourly cost × fee % by the council resolution's table in force in that month
(domain/care_fees.py). An issued bill is never changed: a correction is a new bill naming
the old one. The scope of care is a health fact: no other team reads any of this
(domain/permissions.py), and the audit log shows the scope only as "[treść poufna]".
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from ops_desktop.config import resource_path
from ops_desktop.documents.data import CareBillOnPaper
from ops_desktop.domain.care_decisions import HoursUnit, monthly_hours_limit
from ops_desktop.domain.care_fees import (
    MAX_HOURLY_COST,
    CareFee,
    FeeTable,
    FeeTables,
    default_fee_tables,
    fee_for,
    monthly_bill,
)
from ops_desktop.domain.care_orders import (
    MAX_MONTHLY_HOURS,
    billable_from,
    first_of_month,
    from_hundredths,
    hours_errors,
    order_errors,
    to_hundredths,
)
from ops_desktop.domain.errors import (
    ConflictError,
    DomainError,
    FieldError,
    NotFound,
    ValidationError,
)
from ops_desktop.domain.fields import INVALID, date_errors, require_id, require_page
from ops_desktop.domain.law import LawBook, default_lawbook
from ops_desktop.domain.money import from_grosze, is_money, to_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import CARE_FORM_CODES, DecisionStatus, Team
from ops_desktop.services.context import Actor, require, require_team
from ops_desktop.services.mapping import address_line, full_name
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import audit, queries
from ops_desktop.storage import care_decision_queries as care_dq
from ops_desktop.storage import care_provider_queries as cp_q
from ops_desktop.storage import care_queries as care_q
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    CareBillRow,
    CareDeliveryRow,
    CareOrderRow,
    CaseRow,
    DecisionRow,
    office_today,
)

TEAM = Team.SERVICES.value
SIGNED = DecisionStatus.SIGNED.value
ENTITY = "care_orders"
# Office settings (replicated with the others): the hourly cost the council set, and the
# office's own fee tables (the JSON of resources/law/care_fees.json) replacing the sample.
HOURLY_COST_KEY = "care_hourly_cost"
FEE_TABLES_KEY = "care_fee_tables"


@dataclass(frozen=True)
class CareOrderInput:
    """What the services worker types for a new order."""

    case_id: uuid.UUID
    decision_ref: str  # the decision granting care: its number and date
    scope: str  # the tasks of care (a health fact)
    hours_per_week: Decimal
    starts_on: dt.date
    ends_on: dt.date
    carer_name: str
    provider: str
    income: Decimal  # the household's monthly net income as the decision found it
    household_size: int
    # The signed care decision the order carries out (services/care_decisions.py): its hours
    # limit the month's, its hourly cost and fee % are billed. None: named in words only.
    decision_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CareOrderView:
    id: uuid.UUID
    case_id: uuid.UUID
    case_sign: str
    person_id: uuid.UUID
    person_name: str
    decision_ref: str
    scope: str
    hours_per_week: Decimal
    starts_on: dt.date
    ends_on: dt.date
    carer_name: str
    provider: str
    income: Decimal
    household_size: int


@dataclass(frozen=True)
class DeliveryView:
    month: dt.date
    hours: Decimal


@dataclass(frozen=True)
class BillPreview:
    """The bill as it would be issued now: shown before the worker issues it."""

    order_id: uuid.UUID
    month: dt.date
    hours: Decimal
    hourly_cost: Decimal
    fee_percent: Decimal
    fee_per_hour: Decimal
    income: Decimal
    household_size: int
    criterion: Decimal
    income_share: Decimal
    amount: Decimal
    resolution: str
    example_table: bool  # the shipped sample table, not the office's resolution
    # The month's bill is issued from the 1st of the next month (hours may still come in).
    billable_from: dt.date
    billable: bool


@dataclass(frozen=True)
class BillView:
    id: uuid.UUID
    order_id: uuid.UUID
    number: str
    month: dt.date
    hours: Decimal
    hourly_cost: Decimal
    fee_percent: Decimal
    income: Decimal
    household_size: int
    criterion: Decimal
    income_share: Decimal
    amount: Decimal
    resolution: str
    legal_basis: str
    issued_on: dt.date
    corrects_number: str | None


def _order_view(record: care_q.OrderRecord) -> CareOrderView:
    row, sign, person = record
    return CareOrderView(
        id=row.id, case_id=row.case_id, case_sign=sign, person_id=row.person_id,
        person_name=f"{person.last_name} {person.first_name}", decision_ref=row.decision_ref,
        scope=row.scope, hours_per_week=from_hundredths(row.hours_per_week_x100),
        starts_on=row.starts_on, ends_on=row.ends_on, carer_name=row.carer_name,
        provider=row.provider, income=from_grosze(row.income_grosze),
        household_size=row.household_size)


def _bill_view(row: CareBillRow, corrects: str | None) -> BillView:
    return BillView(
        id=row.id, order_id=row.order_id, number=row.number, month=row.month,
        hours=from_hundredths(row.hours_x100), hourly_cost=from_grosze(row.hourly_cost_grosze),
        fee_percent=Decimal(row.fee_percent), income=from_grosze(row.income_grosze),
        household_size=row.household_size, criterion=from_grosze(row.criterion_grosze),
        income_share=Decimal(row.income_share), amount=from_grosze(row.amount_grosze),
        resolution=row.resolution, legal_basis=row.legal_basis, issued_on=row.issued_on,
        corrects_number=corrects)


def _check_decision(s: Session, data: CareOrderInput, person_id: uuid.UUID) -> None:
    """The order carries out a signed care decision of the same person, within its period."""
    decision = queries.get(s, DecisionRow, require_id("decision_id", data.decision_id))
    if (decision is None or decision.form not in CARE_FORM_CODES
            or decision.person_id != person_id or decision.status != SIGNED):
        raise ValidationError([FieldError("decision_ref", "care_decision_not_signed")])
    if (decision.period_from is not None and data.starts_on < decision.period_from) or (
            decision.period_to is not None and data.ends_on > decision.period_to):
        raise ValidationError([FieldError("starts_on", "order_outside_decision")])


def granted_hours(s: Session, order: CareOrderRow, month: dt.date) -> Decimal | None:
    """The hours the order's decision grants in `month`; None without a linked decision.
    The order's month is held to it whether typed here or kept per carer (care_hours.py)."""
    if order.decision_id is None:
        return None
    terms = care_dq.terms(s, order.decision_id)
    decision = queries.get(s, DecisionRow, order.decision_id)
    if terms is None or decision is None or decision.period_from is None \
            or decision.period_to is None:
        return None
    return monthly_hours_limit(from_hundredths(terms.hours_x100), HoursUnit(terms.hours_unit),
                               decision.period_from, decision.period_to, month)


def _decision_basis(s: Session, decision_id: uuid.UUID, default: str) -> str:
    """The bill cites the decision it follows and where its fee % comes from."""
    decision = queries.get(s, DecisionRow, decision_id)
    if decision is None or decision.issued_on is None:
        return default
    return (f"decyzja nr {decision.case_sign} z dnia {decision.issued_on:%d.%m.%Y} r.; "
            f"{default}")


def _month_open(month: dt.date) -> bool:
    """The month is not over yet by the office's date: no bill for it."""
    return office_today() < billable_from(month)


def _month(value: object) -> dt.date:
    errors = date_errors("month", value, required=True)
    if errors:
        raise ValidationError(errors)
    assert isinstance(value, dt.date)
    return first_of_month(value)


class CareServicesService:
    def __init__(self, db: Database, office: OfficeService, law: LawBook | None = None) -> None:
        self.db, self.office = db, office
        self.law = law or default_lawbook()

    # --- the office's fee data -------------------------------------------------------

    def _tables(self, s: Session) -> FeeTables:
        own = queries.settings(s).get(FEE_TABLES_KEY)
        return FeeTables.from_json(own) if own else default_fee_tables()

    def _hourly_cost(self, s: Session, table: FeeTable) -> Decimal:
        own = queries.settings(s).get(HOURLY_COST_KEY)
        return Decimal(own) if own else table.hourly_cost

    def fee_table(self, actor: Actor, on: dt.date) -> tuple[FeeTable, Decimal]:
        """The table in force on `on` and the hourly cost the office bills."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            table = self._tables(s).in_force(on)
            return table, self._hourly_cost(s, table)

    def fee_tables_json(self, actor: Actor) -> str:
        """The tables as the office edits them: its own, or the shipped sample's file."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            own = queries.settings(s).get(FEE_TABLES_KEY)
        return own or resource_path("law", "care_fees.json").read_text(encoding="utf-8")

    def set_hourly_cost(self, actor: Actor, cost: Decimal) -> None:
        """The head records the hourly cost of the council's resolution (audited setting)."""
        self._save_fees(actor, cost, None)

    def set_fee_tables(self, actor: Actor, text: str) -> None:
        """The head loads the office's own resolution tables (JSON, as the shipped file)."""
        self._save_fees(actor, None, text)

    def set_fees(self, actor: Actor, cost: Decimal, text: str) -> None:
        """Both at once: each checked before either is written."""
        self._save_fees(actor, cost, text)

    def _save_fees(self, actor: Actor, cost: object, text: object) -> None:
        require(actor, Permission.OVERSEE_TEAMS)
        errors: list[FieldError] = []
        if cost is not None and not is_money(cost, MAX_HOURLY_COST, allow_zero=False):
            errors.append(FieldError("hourly_cost", INVALID))
        if text is not None:
            try:
                FeeTables.from_json(text)  # type: ignore[arg-type]
            except DomainError:
                errors.append(FieldError("fee_tables", "care_fee_table_invalid"))
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            if cost is not None:
                queries.put_setting(s, HOURLY_COST_KEY, str(cost))
            if text is not None:
                assert isinstance(text, str)
                queries.put_setting(s, FEE_TABLES_KEY, text)

    # --- orders ----------------------------------------------------------------------

    def add_order(self, actor: Actor, data: CareOrderInput) -> CareOrderView:
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        if not isinstance(data, CareOrderInput):
            raise ValidationError([FieldError("order", INVALID)])
        errors = order_errors(data.decision_ref, data.scope, data.hours_per_week,
                              data.starts_on, data.ends_on, data.carer_name, data.provider,
                              data.income, data.household_size)
        errors += [] if isinstance(data.case_id, uuid.UUID) else [FieldError("case_id", INVALID)]
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            case = queries.get(s, CaseRow, data.case_id)
            if case is None or case.deleted_at is not None:
                raise NotFound("case", data.case_id)
            if case.team_code != TEAM:
                raise ConflictError("not_services_case", case.sign)
            if case.closed_on is not None:
                raise ConflictError("case_closed", case.sign)
            if data.decision_id is not None:
                _check_decision(s, data, case.person_id)
            row = CareOrderRow(
                case_id=case.id, person_id=case.person_id, decision_id=data.decision_id,
                decision_ref=data.decision_ref.strip(), scope=data.scope.strip(),
                hours_per_week_x100=to_hundredths(data.hours_per_week),
                starts_on=data.starts_on, ends_on=data.ends_on,
                carer_name=data.carer_name.strip(), provider=data.provider.strip(),
                income_grosze=to_grosze(data.income), household_size=data.household_size)
            queries.add(s, row)
            return _order_view(self._order(s, row.id))

    @staticmethod
    def _order(s: Session, order_id: object) -> care_q.OrderRecord:
        record = care_q.order(s, require_id("order_id", order_id))
        if record is None:
            raise NotFound("care_order", order_id)
        return record

    def orders(self, actor: Actor, limit: int = 200, offset: int = 0) -> list[CareOrderView]:
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        require_page(limit, offset)
        with self.db.session(actor.user_id) as s:
            if offset == 0:
                audit.record(s, actor.user_id, "view", ENTITY, None, None)
            return [_order_view(r) for r in care_q.orders(s, limit, offset)]

    def count_orders(self, actor: Actor) -> int:
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            return care_q.count_orders(s)

    # --- the month's hours -------------------------------------------------------------

    def record_hours(self, actor: Actor, order_id: uuid.UUID, month: dt.date,
                     hours: Decimal) -> DeliveryView:
        """The hours delivered in a month of the order's period (again: replaces them). A bill
        already issued for the month keeps its hours; a new one corrects it."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        first = _month(month)
        errors = hours_errors("hours", hours, MAX_MONTHLY_HOURS)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = self._order(s, order_id)[0]
            if first > first_of_month(office_today()):
                raise ValidationError([FieldError("month", "future_month")])
            if not first_of_month(row.starts_on) <= first <= row.ends_on:
                raise ValidationError([FieldError("month", "month_outside_order")])
            granted = granted_hours(s, row, first)
            if granted is not None and hours > granted:
                # The decision grants so many hours for the days of this month it covers.
                raise ValidationError([FieldError("hours", "hours_above_decision")])
            # Kept per carer (services/care_hours.py): the month is their sum, not typed.
            if cp_q.month_has_hours(s, row.id, first):
                raise ValidationError([FieldError("hours", "care_hours_per_carer")])
            delivery = care_q.delivery(s, row.id, first)
            if delivery is None:
                queries.add(s, CareDeliveryRow(order_id=row.id, month=first,
                                               hours_x100=to_hundredths(hours)))
            elif delivery.hours_x100 != to_hundredths(hours):
                delivery.hours_x100 = to_hundredths(hours)
                s.flush()
            return DeliveryView(first, hours)

    def deliveries(self, actor: Actor, order_id: uuid.UUID) -> list[DeliveryView]:
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            row = self._order(s, order_id)[0]
            return [DeliveryView(d.month, from_hundredths(d.hours_x100))
                    for d in care_q.deliveries(s, row.id)]

    # --- bills -------------------------------------------------------------------------

    def _preview(self, s: Session, order: CareOrderRow, month: dt.date) -> BillPreview:
        delivery = care_q.delivery(s, order.id, month)
        if delivery is None:
            raise ValidationError([FieldError("hours", "no_hours_entered")])
        tables = self._tables(s)
        try:
            table = tables.in_force(month)
        except DomainError as exc:
            raise ValidationError([FieldError("month", "no_care_fee_table")]) from exc
        income = from_grosze(order.income_grosze)
        fee: CareFee = fee_for(income, order.household_size, month, tables,
                               self._hourly_cost(s, table), self.law)
        terms = None if order.decision_id is None else care_dq.terms(s, order.decision_id)
        if terms is not None:
            # The signed decision fixed the hourly cost and the fee %: the bill uses them.
            fee = replace(fee, hourly_cost=from_grosze(terms.hourly_cost_grosze),
                          fee_percent=Decimal(terms.fee_percent),
                          income_share=Decimal(terms.income_share))
            fee = replace(fee, fee_per_hour=(fee.hourly_cost * fee.fee_percent / 100).quantize(
                Decimal("0.01"), ROUND_HALF_UP))
            table = replace(table, resolution=terms.fee_source)
        hours = from_hundredths(delivery.hours_x100)
        return BillPreview(
            order_id=order.id, month=month, hours=hours, hourly_cost=fee.hourly_cost,
            fee_percent=fee.fee_percent, fee_per_hour=fee.fee_per_hour, income=income,
            household_size=order.household_size, criterion=fee.criterion,
            income_share=fee.income_share, amount=monthly_bill(hours, fee),
            resolution=table.resolution, example_table=table.example,
            billable_from=billable_from(month), billable=not _month_open(month))

    def preview_bill(self, actor: Actor, order_id: uuid.UUID, month: dt.date) -> BillPreview:
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        first = _month(month)
        with self.db.session(actor.user_id) as s:
            return self._preview(s, self._order(s, order_id)[0], first)

    def issue_bill(self, actor: Actor, order_id: uuid.UUID, month: dt.date,
                   corrects: uuid.UUID | None = None) -> BillView:
        """Issue the month's bill from the hours entered. A month has one bill; issuing again
        is a correction and must name the bill it corrects (the latest of the month)."""
        require_team(actor, Permission.WRITE_CARE_SERVICES, TEAM)
        first = _month(month)
        if corrects is not None:
            require_id("corrects", corrects)
        if _month_open(first):
            raise ValidationError([FieldError("month", "care_month_not_over")])
        with self.db.session(actor.user_id) as s:
            order = self._order(s, order_id)[0]
            earlier = care_q.bills_of_month(s, order.id, first)
            if earlier and corrects is None:
                raise ConflictError("care_bill_issued", earlier[-1].number)
            if corrects is not None and (not earlier or earlier[-1].id != corrects):
                raise ConflictError("care_bill_not_latest")
            preview = self._preview(s, order, first)
            table = self._tables(s).in_force(first)
            if order.decision_id is not None:
                table = replace(table, resolution=preview.resolution,
                                legal_basis=_decision_basis(s, order.decision_id,
                                                            table.legal_basis))
            today = office_today()
            mark = queries.number_mark(s)
            number = queries.next_number(s, f"care_bill{mark}", today.year)
            row = CareBillRow(
                order_id=order.id, person_id=order.person_id, month=first,
                number=f"UO/{number}{mark}/{today.year}",
                hours_x100=to_hundredths(preview.hours),
                hourly_cost_grosze=to_grosze(preview.hourly_cost),
                fee_percent=str(preview.fee_percent), income_grosze=order.income_grosze,
                household_size=order.household_size,
                criterion_grosze=to_grosze(preview.criterion),
                income_share=str(preview.income_share),
                amount_grosze=to_grosze(preview.amount), resolution=table.resolution,
                legal_basis=table.legal_basis, issued_on=today, issued_by=actor.user_id,
                corrects_id=corrects)
            queries.add(s, row)
            return _bill_view(row, earlier[-1].number if corrects else None)

    def month_billable_from(self, actor: Actor, month: dt.date) -> dt.date | None:
        """None when the month's bills may be issued (and printed); else the day from which
        they may (a month not over yet by the office's date)."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        first = _month(month)
        return billable_from(first) if _month_open(first) else None

    def bills(self, actor: Actor, order_id: uuid.UUID) -> list[BillView]:
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        with self.db.session(actor.user_id) as s:
            rows = care_q.bills(s, self._order(s, order_id)[0].id)
            numbers = {r.id: r.number for r in rows}
            return [_bill_view(r, numbers.get(r.corrects_id) if r.corrects_id else None)
                    for r in rows]

    def bill_paper(self, actor: Actor, bill_id: uuid.UUID) -> CareBillOnPaper:
        """The bill as printed: every figure as issued, the person and office from the store."""
        require_team(actor, Permission.READ_CARE_SERVICES, TEAM)
        office = self.office.settings().on_paper()
        with self.db.session(actor.user_id) as s:
            row = care_q.bill(s, require_id("bill_id", bill_id))
            if row is None:
                raise NotFound("care_bill", bill_id)
            order, sign, person = self._order(s, row.order_id)
            corrected = care_q.bill(s, row.corrects_id) if row.corrects_id else None
            audit.record(s, actor.user_id, "print", "care_bills", str(row.id), person.id)
            bill = _bill_view(row, corrected.number if corrected else None)
            example = any(t.example and t.resolution == row.resolution
                          for t in self._tables(s).tables)
            return CareBillOnPaper(
                office=office, number=bill.number, issued_on=bill.issued_on, month=bill.month,
                person_name=full_name(person), address=address_line(person), case_sign=sign,
                decision_ref=order.decision_ref, carer_name=order.carer_name,
                provider=order.provider, hours=bill.hours, hourly_cost=bill.hourly_cost,
                income=bill.income, household_size=bill.household_size,
                criterion=bill.criterion, income_share=bill.income_share,
                fee_percent=bill.fee_percent, amount=bill.amount, resolution=bill.resolution,
                legal_basis=bill.legal_basis, example_table=example,
                corrects_number=bill.corrects_number)

    def render_bill(self, actor: Actor, bill_id: uuid.UUID) -> bytes:
        from ops_desktop.documents.care_bill import render_care_bill  # reportlab: when printed

        return render_care_bill(self.bill_paper(actor, bill_id))
