"""Fees paid on care bills, on a real store: a payment against a bill, the client's balance
(paid, outstanding, arrears from earlier months), a corrected month, the bill never changed
by a payment, who may record one, and hostile input. Amounts by hand on the sample table
(35 zł an hour, 15 % for an income of 158,42 % of the criterion)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import PaymentMethod, Role
from ops_desktop.services.care_payments import PaymentInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import AuditRow, CareBillPaymentRow, CareBillRow

from ..conftest import _staff
from .test_care_services import OCT, SEPT, _case, _codes, _order

D = Decimal
NOV = dt.date(2026, 11, 1)


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _billed(services: Services, desk: Actor, carer: Actor) -> tuple[uuid.UUID, uuid.UUID,
                                                                     uuid.UUID, uuid.UUID]:
    """An order billed for September (40 h: 210,00 zł) and October (30 h: 157,50 zł)."""
    order = services.care_services.add_order(carer, _order(_case(services, desk, carer)))
    services.care_services.record_hours(carer, order.id, SEPT, D("40"))
    sept = services.care_services.issue_bill(carer, order.id, SEPT)
    services.care_services.record_hours(carer, order.id, OCT, D("30"))
    octo = services.care_services.issue_bill(carer, order.id, OCT)
    assert (sept.amount, octo.amount) == (D("210.00"), D("157.50"))
    return order.id, order.person_id, sept.id, octo.id


def _pay(bill_id: uuid.UUID, amount: str, on: dt.date = dt.date(2026, 10, 5),
         way: PaymentMethod = PaymentMethod.CASH, reference: str = "KP 12/2026") -> PaymentInput:
    return PaymentInput(bill_id, on, D(amount), way, reference)


def test_balance_with_arrears_by_hand(services: Services, desk: Actor, carer: Actor) -> None:
    order_id, person_id, sept, octo = _billed(services, desk, carer)
    paid = services.care_payments.record_payment(carer, _pay(sept, "100.00"))
    assert (paid.bill_number, paid.amount, paid.way) == (
        services.care_services.bills(carer, order_id)[0].number, D("100.00"), PaymentMethod.CASH)
    # September on its own: 210,00 billed, 100,00 paid, 110,00 still owed, nothing from before.
    september = services.care_payments.balance_of(carer, person_id, SEPT)
    assert september is not None
    assert (september.billed, september.paid, september.outstanding, september.arrears,
            september.due) == (D("210.00"), D("100.00"), D("110.00"), D("0.00"), D("110.00"))
    # October: its own 157,50 unpaid, and September's 110,00 as arrears: 267,50 due.
    [october] = services.care_payments.balances(carer, OCT)
    assert (october.billed, october.paid, october.outstanding, october.arrears,
            october.due) == (D("157.50"), D("0.00"), D("157.50"), D("110.00"), D("267.50"))
    assert october.person_name == "Żółkiewski Jan"
    services.care_payments.record_payment(carer, _pay(
        octo, "157.50", dt.date(2026, 11, 10), PaymentMethod.BANK_TRANSFER, "przelew 11/2026"))
    [october] = services.care_payments.balances(carer, OCT)
    assert (october.outstanding, october.arrears, october.due) == (
        D("0.00"), D("110.00"), D("110.00"))
    # November has no bill yet: the client still owes September's arrears.
    [november] = services.care_payments.balances(carer, NOV)
    assert (november.billed, november.arrears, november.due) == (
        D("0.00"), D("110.00"), D("110.00"))
    assert [p.amount for p in services.care_payments.payments(carer, person_id)] == [
        D("100.00"), D("157.50")]


def test_a_payment_never_changes_the_bill(services: Services, desk: Actor,
                                          carer: Actor) -> None:
    order_id, _person, sept, _oct = _billed(services, desk, carer)

    def bill_columns() -> list[tuple[object, ...]]:
        with services.db.session() as s:
            return [(r.id, r.amount_grosze, r.updated_at, r.version)
                    for r in s.scalars(select(CareBillRow).order_by(CareBillRow.month))]

    before = (services.care_services.bills(carer, order_id), bill_columns())
    services.care_payments.record_payment(carer, _pay(sept, "210.00"))
    assert (services.care_services.bills(carer, order_id), bill_columns()) == before
    with services.db.session() as s:
        logged = s.scalars(select(AuditRow).where(
            AuditRow.entity == "care_bill_payments", AuditRow.action == "insert")).all()
    assert len(logged) == 1  # recording a payment is audited


def test_a_corrected_month_owes_the_correction_less_all_paid(
        services: Services, desk: Actor, carer: Actor) -> None:
    order_id, person_id, sept, _oct = _billed(services, desk, carer)
    services.care_payments.record_payment(carer, _pay(sept, "100.00"))
    services.care_services.record_hours(carer, order_id, SEPT, D("44"))
    # 44 h × 35 zł × 15 % = 231,00; the 100,00 paid on the first bill counts towards it.
    correction = services.care_services.issue_bill(carer, order_id, SEPT, corrects=sept)
    september = services.care_payments.balance_of(carer, person_id, SEPT)
    assert september is not None
    assert (september.billed, september.paid, september.due) == (
        D("231.00"), D("100.00"), D("131.00"))
    assert [m.bill_id for m in september.months] == [correction.id]
    # Paid over: 150,00 more on a 131,00 remainder leaves 19,00 overpaid, nothing owed.
    services.care_payments.record_payment(carer, _pay(correction.id, "150.00"))
    september = services.care_payments.balance_of(carer, person_id, SEPT)
    assert september is not None
    assert (september.outstanding, september.overpaid, september.due) == (
        D("0.00"), D("19.00"), D("0.00"))
    # print bills takes the correction, not the bill it replaced
    assert services.care_payments.bills_to_print(carer, SEPT) == [correction.id]


def test_hostile_payments_are_refused_and_nothing_is_written(
        services: Services, desk: Actor, carer: Actor) -> None:
    _order_id, _person, sept, _oct = _billed(services, desk, carer)
    today = wall_today()
    for data, field in (
            (_pay(sept, "0"), "amount"), (_pay(sept, "-5.00"), "amount"),
            (_pay(sept, "1.005"), "amount"), (_pay(sept, "1e9"), "amount"),
            (_pay(sept, "NaN"), "amount"),
            (PaymentInput(sept, dt.date(2026, 10, 5), 100.0, PaymentMethod.CASH), "amount"),  # type: ignore[arg-type]
            (_pay(sept, "10.00", today + dt.timedelta(days=1)), "paid_on"),
            (_pay(sept, "10.00", dt.date(2026, 8, 31)), "paid_on"),
            (PaymentInput(sept, dt.datetime(2026, 10, 5), D("1"), PaymentMethod.CASH), "paid_on"),  # type: ignore[arg-type]
            (PaymentInput(sept, dt.date(2026, 10, 5), D("1"), "cash"), "way"),  # type: ignore[arg-type]
            (_pay(sept, "10.00", reference="KP\u202e21"), "reference"),
            (_pay(sept, "10.00", reference="KP\n1"), "reference"),
            (_pay(sept, "10.00", reference="x" * 121), "reference")):
        with pytest.raises(ValidationError) as error:
            services.care_payments.record_payment(carer, data)
        assert field in _codes(error), data
    with pytest.raises(NotFound):
        services.care_payments.record_payment(carer, _pay(uuid.uuid4(), "10.00"))
    with pytest.raises(ValidationError):
        services.care_payments.record_payment(carer, _pay("1; DROP TABLE x", "1.00"))  # type: ignore[arg-type]
    with services.db.session() as s:
        assert s.scalars(select(CareBillPaymentRow)).all() == []


@pytest.mark.parametrize("role", [Role.FIRST_CONTACT, Role.BENEFITS, Role.SOCIAL_WORK,
                                  Role.ADMINISTRATOR, Role.AUDITOR])
def test_other_teams_neither_record_nor_read_payments(
        services: Services, desk: Actor, carer: Actor, role: Role) -> None:
    _order_id, person_id, sept, _oct = _billed(services, desk, carer)
    other = _staff(services, f"inny{role.value}", "Inny", "", frozenset({role}))
    for call in (lambda: services.care_payments.record_payment(other, _pay(sept, "1.00")),
                 lambda: services.care_payments.balances(other, OCT),
                 lambda: services.care_payments.payments(other, person_id),
                 lambda: services.care_payments.bills_to_print(other, OCT),
                 lambda: services.care_payments.withdraw_payment(other, uuid.uuid4(), "x")):
        with pytest.raises(PermissionDenied):
            call()


def test_a_payment_recorded_by_mistake_is_withdrawn_not_changed(
        services: Services, desk: Actor, carer: Actor) -> None:
    _order_id, person_id, sept, _oct = _billed(services, desk, carer)
    wrong = services.care_payments.record_payment(carer, _pay(sept, "210.00"))
    with pytest.raises(ValidationError) as error:
        services.care_payments.withdraw_payment(carer, wrong.id, "  ")
    assert _codes(error) == {"reason": "required"}
    with pytest.raises(ValidationError):
        services.care_payments.withdraw_payment(carer, wrong.id, "zła\u202eosoba")
    reversal = services.care_payments.withdraw_payment(carer, wrong.id, "wpłata innej osoby")
    assert (reversal.amount, reversal.cancels_id, reversal.reference) == (
        D("-210.00"), wrong.id, "wpłata innej osoby")
    september = services.care_payments.balance_of(carer, person_id, SEPT)
    assert september is not None and (september.paid, september.due) == (D("0.00"), D("210.00"))
    listed = services.care_payments.payments(carer, person_id)
    assert [(p.amount, p.withdrawn) for p in listed] == [(D("210.00"), True),
                                                          (D("-210.00"), False)]
    with pytest.raises(ConflictError, match="payment_withdrawn"):
        services.care_payments.withdraw_payment(carer, wrong.id, "jeszcze raz")
    with pytest.raises(ConflictError, match="payment_is_withdrawal"):
        services.care_payments.withdraw_payment(carer, reversal.id, "cofnięcie cofnięcia")
    with pytest.raises(NotFound):
        services.care_payments.withdraw_payment(carer, uuid.uuid4(), "brak")
    with services.db.session() as s:  # the payment itself stays as it was recorded
        row = s.get(CareBillPaymentRow, wrong.id)
        assert row is not None and (row.amount_grosze, row.version) == (21000, 1)


def test_anonymising_the_person_blanks_the_payments_reference(
        services: Services, desk: Actor, carer: Actor) -> None:
    from ops_desktop.storage import personal_data_queries as pdq
    from ops_desktop.storage.models import utcnow

    _order_id, person_id, sept, _oct = _billed(services, desk, carer)
    paid = services.care_payments.record_payment(carer, _pay(
        sept, "50.00", reference="wpłata od syna Adama Żółkiewskiego"))
    with services.db.session() as s:
        assert str(paid.id) in pdq.blanked_rows(s, [person_id])["care_bill_payments"]
        pdq.anonymise(s, [person_id], None, ("Osoba", "Zanonimizowana"), utcnow())
    with services.db.session() as s:
        row = s.get(CareBillPaymentRow, paid.id)
        assert row is not None and row.reference == "" and row.amount_grosze == 5000
