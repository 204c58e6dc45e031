"""Returned transfers, undue-benefit claims and deductions on a real store."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ops_desktop.domain.undue_benefits import MovementKind, ReturnReason, WaiverRequester
from ops_desktop.domain.vocabulary import PaymentMethod
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.payment_register import EntryKind
from ops_desktop.services.payment_returns import ReturnInput
from ops_desktop.services.undue_claims import ClaimInput
from tests.server_db import RawSQL

from .test_benefits import text_of
from .test_change_decisions import _signed_grant, periodic
from .test_payments import NEXT, PAYEE_ACCOUNT, _signed, office  # noqa: F401 (fixture)

NEW_ACCOUNT = "PL10105000997603123456789123"
TODAY = wall_today()


def _approved_list(services: Services, worker: Actor, head: Actor, month: dt.date = NEXT):
    made = services.payments.prepare(worker, month)
    for v in made:
        services.payments.approve(head, v.id)
    return made


def _returned(services: Services, worker: Actor, item_id: uuid.UUID,
              method: PaymentMethod = PaymentMethod.BANK_TRANSFER, account: str = NEW_ACCOUNT):
    # The list pays next month; the bank's return comes after its payment day. A return
    # dated after today is refused, so the list here is paid "today" by moving its date.
    return services.payment_returns.record(worker, ReturnInput(
        item_id, TODAY, ReturnReason.ACCOUNT_CLOSED, method, account, "zwrot z banku"))


def _pay_today(services: Services, list_id: uuid.UUID) -> None:
    """An approved list of next month is not paid yet; these tests need it paid today."""
    from ops_desktop.storage.triggers import PAYMENT_TRIGGERS_DROP

    with RawSQL(services.db) as conn:
        for statement in PAYMENT_TRIGGERS_DROP[services.db.engine.dialect.name]:
            conn.execute(statement)
        conn.execute("UPDATE payment_lists SET payment_date = ? WHERE id = ?",
                     (TODAY.isoformat(), list_id.hex))
    from ops_desktop.storage.protection import repair_triggers

    with services.db.engine.begin() as connection:
        repair_triggers(connection)


def _item(services: Services, actor: Actor, list_id: uuid.UUID):
    return services.payments.paper(actor, list_id).lines[0]


def test_a_returned_transfer_is_paid_again_once_on_a_correction_list(
        office: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    services = office
    _signed(services, benefits_worker, signer, "600.00")
    (first,) = _approved_list(services, benefits_worker, coordinator)
    _pay_today(services, first.id)
    line = _item(services, benefits_worker, first.id)
    back = _returned(services, benefits_worker, line.item_id)
    assert back.amount_grosze == 60000 and not back.reissued
    # The same item cannot come back twice.
    with pytest.raises(ConflictError, match="already_returned"):
        _returned(services, benefits_worker, line.item_id)
    # The approved list still says what it said; the store still refuses a raw change.
    assert _item(services, benefits_worker, first.id).amount_grosze == 60000
    assert _item(services, benefits_worker, first.id).returned
    with RawSQL(services.db) as conn:
        with pytest.raises(conn.IntegrityError, match="approved payment list is immutable"):
            conn.execute("UPDATE payment_items SET bank_account = ? WHERE list_id = ?",
                         (NEW_ACCOUNT, first.id.hex))
    # The next list prepared pays the month again, to the new account, on a list of its own.
    following = services.payments.prepare(benefits_worker, add_months(NEXT, 1))
    again = [v for v in following if v.correction]
    assert len(again) == 1 and again[0].items == 1 and again[0].total_grosze == 60000
    reissue = _item(services, benefits_worker, again[0].id)
    assert reissue.reissue and reissue.bank_account == NEW_ACCOUNT
    assert reissue.benefit_month == NEXT  # the month returned, not the list's month
    # Never twice: nothing is due from it any more, whatever month is prepared.
    with pytest.raises(ConflictError, match="nothing_due"):
        services.payments.prepare(benefits_worker, add_months(NEXT, 1))
    # A discarded correction list gives the re-issue back – once.
    services.payments.discard(benefits_worker, again[0].id)
    for v in following:
        if not v.correction:
            services.payments.discard(benefits_worker, v.id)
    redo = [v for v in services.payments.prepare(benefits_worker, add_months(NEXT, 1))
            if v.correction]
    assert len(redo) == 1 and redo[0].total_grosze == 60000
    services.payments.approve(coordinator, redo[0].id)
    data = services.payments.elixir(benefits_worker, redo[0].id).decode("cp1250")
    fields = data.rstrip("\r\n").split(",")
    assert fields[2] == "60000" and fields[6] == f'"{NEW_ACCOUNT[2:]}"'
    pdf = text_of(services.payments.document(benefits_worker, redo[0].id))
    assert "korygująca" in pdf


def test_a_return_re_issued_in_cash_goes_on_a_cash_list(
        office: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    _signed(office, benefits_worker, signer, "600.00")
    (first,) = _approved_list(office, benefits_worker, coordinator)
    _pay_today(office, first.id)
    _returned(office, benefits_worker, _item(office, benefits_worker, first.id).item_id,
              PaymentMethod.CASH, "")
    made = office.payments.prepare(benefits_worker, add_months(NEXT, 1))
    cash = [v for v in made if v.method is PaymentMethod.CASH]
    assert len(cash) == 1 and cash[0].correction
    assert _item(office, benefits_worker, cash[0].id).bank_account is None


def test_a_return_is_only_for_an_approved_transfer_paid_already(
        office: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    _signed(office, benefits_worker, signer, "600.00")
    (draft,) = office.payments.prepare(benefits_worker, NEXT)
    item = _item(office, benefits_worker, draft.id).item_id
    with pytest.raises(ConflictError, match="list_not_approved"):
        _returned(office, benefits_worker, item)
    office.payments.approve(coordinator, draft.id)
    # Paid on the 10th of next month: no bank returned it today.
    with pytest.raises(ValidationError) as refused:
        _returned(office, benefits_worker, item)
    assert refused.value.codes_for("returned_on") == ["before_payment"]
    _pay_today(office, draft.id)
    with pytest.raises(ValidationError) as same:
        office.payment_returns.record(benefits_worker, ReturnInput(
            item, TODAY, ReturnReason.WRONG_NUMBER, PaymentMethod.BANK_TRANSFER, PAYEE_ACCOUNT))
    assert same.value.codes_for("reissue_account") == ["same_account"]


@pytest.mark.parametrize("data,field", [
    (ReturnInput(uuid.uuid4(), TODAY, ReturnReason.OTHER, PaymentMethod.BANK_TRANSFER,
                 "PL00 1234"), "reissue_account"),
    (ReturnInput(uuid.uuid4(), TODAY + dt.timedelta(1), ReturnReason.OTHER,
                 PaymentMethod.CASH), "returned_on"),
    (ReturnInput(uuid.uuid4(), "2026-01-01", ReturnReason.OTHER,  # type: ignore[arg-type]
                 PaymentMethod.CASH), "returned_on"),
    (ReturnInput("'; DROP TABLE payment_items; --", TODAY,  # type: ignore[arg-type]
                 ReturnReason.OTHER, PaymentMethod.CASH), "item_id"),
    (ReturnInput(uuid.uuid4(), TODAY, "closed", PaymentMethod.CASH),  # type: ignore[arg-type]
     "reason"),
    (ReturnInput(uuid.uuid4(), TODAY, ReturnReason.OTHER, PaymentMethod.CASH, "",
                 "x\x00" * 200), "note"),
])
def test_hostile_returns_are_refused_field_by_field(
        services: Services, benefits_worker: Actor, data: ReturnInput, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        services.payment_returns.record(benefits_worker, data)
    assert refused.value.codes_for(field)


def test_an_unknown_item_is_not_found(services: Services, benefits_worker: Actor) -> None:
    with pytest.raises(NotFound):
        services.payment_returns.record(benefits_worker, ReturnInput(
            uuid.uuid4(), TODAY, ReturnReason.OTHER, PaymentMethod.CASH))


# --- undue benefits ------------------------------------------------------------------


def _revoked(services: Services, signer: Actor):
    """A signed grant, then a signed decision changing it: what a claim follows."""
    pid, first = _signed_grant(services, signer)
    change = services.decisions.prepare(signer, periodic(services, signer, first.application_id,
                                                         first.id))
    return pid, first, services.decisions.sign(signer, change.id)


def _claim(pid: uuid.UUID, decision: uuid.UUID, amount: str = "900.00", count: int = 3,
           deduct: bool = False) -> ClaimInput:
    return ClaimInput(pid, decision, Decimal(amount), TODAY, TODAY + dt.timedelta(30),
                      count, TODAY + dt.timedelta(30) if count else None, None, deduct,
                      "Świadczenie pobrane mimo niezgłoszenia podjęcia pracy (art. 109).")


def test_recovery_needs_a_signed_change_or_revocation_first(
        services: Services, signer: Actor, benefits_worker: Actor) -> None:
    pid, first = _signed_grant(services, signer)
    # The granting decision itself is no change: refused.
    with pytest.raises(ConflictError, match="no_change_decision"):
        services.undue_claims.prepare(benefits_worker, _claim(pid, first.id))
    change = services.decisions.prepare(signer, periodic(services, signer, first.application_id,
                                                         first.id))
    # A draft change is not enough either.
    with pytest.raises(ConflictError, match="no_change_decision"):
        services.undue_claims.prepare(benefits_worker, _claim(pid, change.id))
    signed = services.decisions.sign(signer, change.id)
    early = _claim(pid, signed.id)
    early = ClaimInput(**{**early.__dict__, "decided_on": TODAY - dt.timedelta(1),
                          "first_instalment_on": TODAY})
    with pytest.raises(ValidationError) as before:
        services.undue_claims.prepare(benefits_worker, early)
    assert before.value.codes_for("decided_on") == ["before_change_decision"]
    claim = services.undue_claims.prepare(benefits_worker, _claim(pid, signed.id, "100.00"))
    # 100,00 zł in three: 33,33 + 33,33 + 33,34 zł.
    assert [i.amount_grosze for i in claim.instalments] == [3333, 3333, 3334]
    assert not claim.signed and claim.balance_grosze == 10000
    # Payments follow only a signed recovery decision; benefits workers do not sign.
    with pytest.raises(ConflictError, match="claim_not_signed"):
        services.undue_claims.record_payment(benefits_worker, claim.id, MovementKind.CASHIER,
                                             TODAY, Decimal("10"))
    with pytest.raises(PermissionDenied):
        services.undue_claims.sign(benefits_worker, claim.id)
    assert services.undue_claims.sign(signer, claim.id).signed


def test_a_claim_is_paid_in_instalments_to_zero_or_waived(
        services: Services, signer: Actor, benefits_worker: Actor) -> None:
    pid, _, change = _revoked(services, signer)
    claim = services.undue_claims.sign(signer, services.undue_claims.prepare(
        benefits_worker, _claim(pid, change.id, "900.00")).id)
    pay = services.undue_claims.record_payment
    claim = pay(benefits_worker, claim.id, MovementKind.CASHIER, TODAY, Decimal("300.00"))
    claim = pay(benefits_worker, claim.id, MovementKind.TRANSFER, TODAY, Decimal("300.00"))
    assert claim.balance_grosze == 30000 and claim.paid_grosze == 60000
    with pytest.raises(ValidationError) as over:
        pay(benefits_worker, claim.id, MovementKind.CASHIER, TODAY, Decimal("300.01"))
    assert over.value.codes_for("amount") == ["above_balance"]
    with pytest.raises(ValidationError):  # deductions come only from payment lists
        pay(benefits_worker, claim.id, MovementKind.DEDUCTION, TODAY, Decimal("1"))
    claim = services.undue_claims.waive(benefits_worker, claim.id, TODAY, WaiverRequester.PERSON)
    assert claim.balance_grosze == 0 and claim.waived_on == TODAY
    with pytest.raises(ConflictError, match="claim_waived"):
        pay(benefits_worker, claim.id, MovementKind.CASHIER, TODAY, Decimal("1"))
    register = services.payment_register.of_person(benefits_worker, pid)
    kinds = [(e.kind, e.gross_grosze, e.claims_balance_grosze) for e in register.entries]
    assert kinds == [(EntryKind.CLAIM, 90000, 90000), (EntryKind.CASHIER, 30000, 60000),
                     (EntryKind.TRANSFER, 30000, 30000), (EntryKind.WAIVER, 30000, 0)]
    assert register.claims_balance_grosze == 0


@pytest.mark.parametrize("change", [
    {"amount": Decimal("-1")}, {"amount": 100.0}, {"amount": Decimal("NaN")},
    {"instalment_count": -1}, {"instalment_count": 61}, {"instalment_count": True},
    {"repay_by": "jutro"}, {"deferred_to": dt.date(1999, 1, 1)}, {"reasoning": "a\x07b"},
    {"deduct": "yes"}, {"person_id": "1 OR 1=1"},
])
def test_hostile_claims_are_refused(services: Services, benefits_worker: Actor,
                                    change: dict[str, object]) -> None:
    data = _claim(uuid.uuid4(), uuid.uuid4())
    with pytest.raises(ValidationError):
        services.undue_claims.prepare(benefits_worker, ClaimInput(**{**data.__dict__, **change}))


def test_a_deducted_claim_comes_off_the_next_list_gross_deduction_net(
        office: Services, signer: Actor, benefits_worker: Actor, coordinator: Actor) -> None:
    services = office
    pid, _, change = _revoked(services, signer)
    assert change.amount is not None
    gross = int(change.amount * 100)
    # Owed: 50,00 zł less than one month's payment, so one list takes it all.
    owed = gross - 5000
    claim = services.undue_claims.prepare(benefits_worker, _claim(
        pid, change.id, f"{Decimal(owed) / 100:.2f}", count=0, deduct=True))
    claim = services.undue_claims.sign(signer, claim.id)
    lists = services.payments.prepare(benefits_worker, NEXT)
    view = next(v for v in lists if v.items == 1)
    line = _item(services, benefits_worker, view.id)
    assert (line.amount_grosze, line.deduction_grosze, line.net_grosze) == (gross, owed, 5000)
    assert view.total_grosze == 5000  # the list pays out the nets
    assert services.undue_claims.get(benefits_worker, claim.id).balance_grosze == 0
    text = text_of(services.payments.document(benefits_worker, view.id)).replace("\xa0", " ")
    assert f"potrącenie {_zl(owed)}" in text and "netto 50,00 zł" in text
    assert "art. 104 ust. 2" in text
    # A discarded draft gives the deduction back to the claim.
    services.payments.discard(benefits_worker, view.id)
    assert services.undue_claims.get(benefits_worker, claim.id).balance_grosze == owed
    view = next(v for v in services.payments.prepare(benefits_worker, NEXT) if v.items == 1)
    services.payments.approve(coordinator, view.id)
    if view.method is PaymentMethod.BANK_TRANSFER:
        fields = services.payments.elixir(benefits_worker, view.id).decode("cp1250").split(",")
        assert fields[2] == "5000"  # Elixir-O transfers the net
    # The deduction is as final as its approved list: a raw change is refused.
    with RawSQL(services.db) as conn:
        with pytest.raises(conn.IntegrityError, match="approved payment list is immutable"):
            conn.execute("UPDATE claim_movements SET amount_grosze = 1")
        with pytest.raises(conn.IntegrityError, match="approved payment list is immutable"):
            conn.execute("DELETE FROM claim_movements")
    # Nothing more is owed: the following month is paid whole.
    following = services.payments.prepare(benefits_worker, add_months(NEXT, 1))
    assert _item(services, benefits_worker, following[0].id).deduction_grosze == 0
    register = services.payment_register.of_person(benefits_worker, pid)
    kinds = [e.kind for e in register.entries]
    assert EntryKind.CLAIM in kinds and EntryKind.DEDUCTION in kinds
    deducted = next(e for e in register.entries if e.kind is EntryKind.DEDUCTION)
    assert deducted.list_number == view.number and deducted.claims_balance_grosze == 0


def test_a_payment_smaller_than_the_claim_is_taken_whole_never_below_zero(
        office: Services, signer: Actor, benefits_worker: Actor) -> None:
    pid, _, change = _revoked(office, signer)
    assert change.amount is not None
    gross = int(change.amount * 100)
    claim = office.undue_claims.sign(signer, office.undue_claims.prepare(benefits_worker, _claim(
        pid, change.id, f"{Decimal(gross * 2 + 1) / 100:.2f}", count=0, deduct=True)).id)
    view = next(v for v in office.payments.prepare(benefits_worker, NEXT) if v.items == 1)
    line = _item(office, benefits_worker, view.id)
    assert (line.deduction_grosze, line.net_grosze) == (gross, 0)
    assert office.undue_claims.get(benefits_worker, claim.id).balance_grosze == gross + 1


def _zl(grosze: int) -> str:
    from ops_desktop.documents.values import money

    return money(Decimal(grosze) / 100).replace("\xa0", " ")
