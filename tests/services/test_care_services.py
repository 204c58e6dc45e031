"""Usługi opiekuńcze on a real store: an order on a services case, the month's hours, the
bill computed from the fee table and never changed once issued, who may do it, and
hostile input. Amounts are worked out by hand on the sample table (35 zł an hour)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from ops_desktop.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import AuditRow, CareBillRow

from ..conftest import _staff
from .helpers import person, referral_intake

D = Decimal
SEPT = dt.date(2026, 9, 1)
OCT = dt.date(2026, 10, 1)
SCOPE = "Pomoc w higienie i przy posiłkach po udarze; zakupy."


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _case(services: Services, desk: Actor, worker: Actor) -> uuid.UUID:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    return services.referrals.accept(worker, rid).id


def _order(case_id: uuid.UUID, **changes: object) -> CareOrderInput:
    data = CareOrderInput(
        case_id=case_id, decision_ref="OPS.8310.4.2026 z 20.08.2026", scope=SCOPE,
        hours_per_week=D("10"), starts_on=SEPT, ends_on=dt.date(2027, 8, 31),
        carer_name="Maria Kowal", provider="OPS Lipowiec", income=D("1600.00"),
        household_size=1)
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def _codes(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.code for e in error.value.errors}


def test_a_month_is_billed_by_hand(services: Services, desk: Actor, carer: Actor) -> None:
    order = services.care_services.add_order(carer, _order(_case(services, desk, carer)))
    assert order.person_name == "Żółkiewski Jan" and order.hours_per_week == D("10.00")
    services.care_services.record_hours(carer, order.id, dt.date(2026, 9, 17), D("40"))
    preview = services.care_services.preview_bill(carer, order.id, SEPT)
    # 1600 / 1010 = 158,42 % of the criterion → 15 %; 40 h × 35 zł × 15 % = 210 zł
    assert (preview.fee_percent, preview.income_share, preview.amount) == (
        D("15"), D("158.42"), D("210.00"))
    assert preview.example_table  # the sample the office replaces
    bill = services.care_services.issue_bill(carer, order.id, SEPT)
    assert bill.amount == D("210.00") and bill.number.startswith("UO/1/")
    assert "PRZYKŁAD" in bill.resolution


def test_an_issued_bill_never_changes(services: Services, desk: Actor, carer: Actor) -> None:
    order = services.care_services.add_order(carer, _order(_case(services, desk, carer)))
    services.care_services.record_hours(carer, order.id, SEPT, D("40"))
    first = services.care_services.issue_bill(carer, order.id, SEPT)
    with pytest.raises(ConflictError, match="care_bill_issued"):
        services.care_services.issue_bill(carer, order.id, SEPT)
    # More hours entered later, or a new hourly cost, leave the issued bill as it was ...
    services.care_services.record_hours(carer, order.id, SEPT, D("44.5"))
    coordinator = _staff(services, "szefowa", "Szefowa", "kierownik",
                         frozenset({Role.COORDINATOR}))
    services.care_services.set_hourly_cost(coordinator, D("40.00"))
    assert services.care_services.bills(carer, order.id) == [first]
    # ... and the correction is a new bill that names it: 44,5 h × 40 zł × 15 % = 267 zł
    correction = services.care_services.issue_bill(carer, order.id, SEPT, corrects=first.id)
    assert (correction.amount, correction.corrects_number) == (D("267.00"), first.number)
    with pytest.raises(ConflictError, match="care_bill_not_latest"):
        services.care_services.issue_bill(carer, order.id, SEPT, corrects=first.id)
    paper = services.care_services.bill_paper(carer, first.id)
    assert (paper.number, paper.amount, paper.hours, paper.hourly_cost) == (
        first.number, D("210.00"), D("40.00"), D("35.00"))  # as issued, not as now
    assert paper.person_name == "Jan Żółkiewski" and paper.example_table
    with services.db.session() as s:
        assert len(s.scalars(select(CareBillRow)).all()) == 2


def test_the_office_table_replaces_the_sample(services: Services, desk: Actor,
                                              carer: Actor) -> None:
    coordinator = _staff(services, "szefowa", "Szefowa", "kierownik",
                         frozenset({Role.COORDINATOR}))
    own = ('{"tables": [{"valid_from": "2026-01-01", "resolution": "Uchwała nr XX/150/2025",'
           ' "legal_basis": "art. 50 ust. 6 u.p.s.", "hourly_cost": "30.00", "bands": ['
           '{"up_to": "150", "single": "0", "family": "0"},'
           '{"up_to": null, "single": "50", "family": "50"}]}]}')
    services.care_services.set_fee_tables(coordinator, own)
    with pytest.raises(PermissionDenied):
        services.care_services.set_fee_tables(carer, own)
    with pytest.raises(ValidationError):
        services.care_services.set_fee_tables(coordinator, own.replace('"30.00"', "30"))
    order = services.care_services.add_order(carer, _order(_case(services, desk, carer)))
    services.care_services.record_hours(carer, order.id, OCT, D("20"))
    bill = services.care_services.issue_bill(carer, order.id, OCT)
    assert (bill.fee_percent, bill.amount, bill.resolution) == (
        D("50"), D("300.00"), "Uchwała nr XX/150/2025")  # 20 h × 30 zł × 50 %


def test_hours_and_orders_are_checked(services: Services, desk: Actor, carer: Actor) -> None:
    case_id = _case(services, desk, carer)
    with pytest.raises(ValidationError) as error:
        services.care_services.add_order(carer, _order(
            case_id, decision_ref=" ", scope="", hours_per_week=D("0"),
            ends_on=dt.date(2026, 8, 1), carer_name="x" * 121, income=1600.0,
            household_size=0))
    assert _codes(error) == {
        "decision_ref": "required", "scope": "required", "hours_per_week": "hours_out_of_range",
        "ends_on": "end_before_start", "carer_name": "too_long", "income": "invalid",
        "household_size": "invalid"}
    order = services.care_services.add_order(carer, _order(case_id))
    for month, hours, field in (
            (SEPT, D("-1"), "hours"), (SEPT, D("745"), "hours"), (SEPT, D("1.234"), "hours"),
            (SEPT, D("NaN"), "hours"), (SEPT, 40.0, "hours"),
            (dt.date(2026, 8, 1), D("4"), "month"), (dt.date(2027, 1, 1), D("4"), "month"),
            (dt.datetime(2026, 9, 1), D("4"), "month")):
        with pytest.raises(ValidationError) as error:
            services.care_services.record_hours(carer, order.id, month, hours)  # type: ignore[arg-type]
        assert field in _codes(error), (month, hours)
    with pytest.raises(ValidationError) as error:
        services.care_services.issue_bill(carer, order.id, SEPT)
    assert _codes(error) == {"hours": "no_hours_entered"}
    with pytest.raises(NotFound):
        services.care_services.record_hours(carer, uuid.uuid4(), SEPT, D("4"))
    with pytest.raises(ValidationError):
        services.care_services.issue_bill(carer, "1; DROP TABLE care_bills", SEPT)  # type: ignore[arg-type]


def test_only_a_services_case_takes_an_order(services: Services, desk: Actor, carer: Actor,
                                             social_worker: Actor) -> None:
    rid = services.intake.record(desk, referral_intake(
        services.persons.register_household(desk, person("Adam", "Nowak", "44051401458"), []),
        Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    sw_case = services.referrals.accept(social_worker, rid).id
    with pytest.raises(ConflictError, match="not_services_case"):
        services.care_services.add_order(carer, _order(sw_case))


def test_scope_is_confidential_in_the_audit_log(services: Services, desk: Actor,
                                                carer: Actor) -> None:
    services.care_services.add_order(carer, _order(_case(services, desk, carer)))
    with services.db.session() as s:
        logged = " ".join(str(r.changes) for r in s.scalars(
            select(AuditRow).where(AuditRow.entity == "care_orders")))
    assert "udarze" not in logged and "Maria Kowal" in logged


@pytest.mark.parametrize("role", [Role.FIRST_CONTACT, Role.BENEFITS, Role.SOCIAL_WORK,
                                  Role.ADMINISTRATOR, Role.AUDITOR])
def test_other_teams_never_read_care(services: Services, desk: Actor, carer: Actor,
                                     role: Role) -> None:
    order = services.care_services.add_order(carer, _order(_case(services, desk, carer)))
    other = _staff(services, f"inny{role.value}", "Inny", "", frozenset({role}))
    for call in (lambda: services.care_services.orders(other),
                 lambda: services.care_services.bills(other, order.id),
                 lambda: services.care_services.record_hours(other, order.id, SEPT, D("1"))):
        with pytest.raises(PermissionDenied):
            call()


def test_anonymising_the_person_blanks_the_scope(services: Services, desk: Actor,
                                                 carer: Actor) -> None:
    from ops_desktop.storage import personal_data_queries as pdq
    from ops_desktop.storage.models import CareOrderRow, utcnow

    order = services.care_services.add_order(carer, _order(_case(services, desk, carer)))
    with services.db.session() as s:
        assert str(order.id) in pdq.blanked_rows(s, [order.person_id])["care_orders"]
        pdq.anonymise(s, [order.person_id], None, ("Osoba", "Zanonimizowana"), utcnow())
    with services.db.session() as s:
        row = s.get(CareOrderRow, order.id)
        assert row is not None and row.scope == "" and row.hours_per_week_x100 == 1000
