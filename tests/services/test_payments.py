"""Payment lists on a real store: prepared from signed decisions, approved, then immutable."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, NotFound, ValidationError
from ops_desktop.domain.vocabulary import BenefitForm, PaymentMethod
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.payments import BankProfile

from ops_desktop.services.persons import PersonInput
from tests.server_db import RawSQL
from .helpers import PESEL_WOMAN_1985, person
from .test_benefits import application, grant, text_of

OFFICE_ACCOUNT = "PL61109010140000071219812874"
PAYEE_ACCOUNT = "PL27114020040000300201355387"
NEXT = add_months(wall_today().replace(day=1), 1)


def _signed(services: Services, worker: Actor, signer: Actor, amount: str,
            method: PaymentMethod = PaymentMethod.BANK_TRANSFER,
            start: dt.date = NEXT, who: PersonInput | None = None) -> uuid.UUID:
    _, app = application(services, worker, BenefitForm.PERIODIC, Decimal("100"), who=who)
    draft = services.decisions.prepare(worker, grant(
        app.id, Decimal(amount), period_from=start, period_to=add_months(NEXT, 3) - dt.timedelta(1),
        payment_method=method,
        bank_account=PAYEE_ACCOUNT if method is PaymentMethod.BANK_TRANSFER else None))
    services.decisions.sign(signer, draft.id)
    return draft.id


@pytest.fixture
def office(services: Services, admin: Actor) -> Services:
    services.payments.set_bank_profile(admin, BankProfile(10, OFFICE_ACCOUNT, "cp1250"))
    return services


def test_a_month_is_prepared_per_method_approved_and_then_never_changes(
        office: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    services = office
    # From the 15th of a month: the first month pays 600 ÷ days × days covered.
    start = NEXT.replace(day=15)
    _signed(services, benefits_worker, signer, "600.00", start=start)
    lists = services.payments.prepare(benefits_worker, NEXT)
    assert [(v.method, v.chapter, v.items, v.status) for v in lists] == [
        (PaymentMethod.BANK_TRANSFER, "85214", 1, "draft")]
    days = (add_months(NEXT, 1) - NEXT).days
    covered = days - 14
    expected = int((Decimal(60000) * covered / days).quantize(Decimal(1), "ROUND_HALF_UP"))
    assert lists[0].total_grosze == expected
    assert lists[0].payment_date == NEXT.replace(day=10)
    # Nothing is due twice: the month's item is on a list already.
    with pytest.raises(ConflictError, match="nothing_due"):
        services.payments.prepare(benefits_worker, NEXT)
    # Whoever prepared a list does not approve it; benefits do not approve at all.
    approved = services.payments.approve(coordinator, lists[0].id)
    assert approved.approved and approved.approved_name == coordinator.full_name
    # Approved = final: the service refuses …
    with pytest.raises(ConflictError, match="list_approved"):
        services.payments.approve(coordinator, lists[0].id)
    with pytest.raises(ConflictError, match="list_approved"):
        services.payments.discard(benefits_worker, lists[0].id)
    # … and so does the store itself.
    with RawSQL(services.db) as conn:
        with pytest.raises(conn.IntegrityError, match="approved payment list is immutable"):
            conn.execute("UPDATE payment_lists SET total_grosze = 1 WHERE id = ?",
                         (lists[0].id.hex,))
        with pytest.raises(conn.IntegrityError, match="approved payment list is immutable"):
            conn.execute("UPDATE payment_items SET amount_grosze = 1 WHERE list_id = ?",
                         (lists[0].id.hex,))
        with pytest.raises(conn.IntegrityError, match="approved payment list is immutable"):
            conn.execute("DELETE FROM payment_items WHERE list_id = ?", (lists[0].id.hex,))
        with pytest.raises(conn.IntegrityError, match="approved payment list is immutable"):
            conn.execute("DELETE FROM payment_lists WHERE id = ?", (lists[0].id.hex,))
    # The next month pays the whole monthly amount.
    following = services.payments.prepare(benefits_worker, add_months(NEXT, 1))
    assert following[0].total_grosze == 60000


def test_the_preparer_never_approves_their_own_list(
        office: Services, coordinator: Actor, benefits_worker: Actor, signer: Actor) -> None:
    _signed(office, benefits_worker, signer, "600.00")
    made = office.payments.prepare(coordinator, NEXT)[0]
    with pytest.raises(ConflictError, match="own_list"):
        office.payments.approve(coordinator, made.id)


def test_a_discarded_draft_gives_its_items_back(
        office: Services, benefits_worker: Actor, signer: Actor) -> None:
    _signed(office, benefits_worker, signer, "600.00")
    first = office.payments.prepare(benefits_worker, NEXT)[0]
    office.payments.discard(benefits_worker, first.id)
    with pytest.raises(NotFound):
        office.payments.get(benefits_worker, first.id)
    again = office.payments.prepare(benefits_worker, NEXT)[0]
    assert again.id != first.id and again.total_grosze == first.total_grosze


def test_cash_and_transfer_go_on_separate_lists_and_print(
        office: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    _signed(office, benefits_worker, signer, "600.00")
    _signed(office, benefits_worker, signer, "610.00", method=PaymentMethod.CASH,
            who=person("Anna", "Kasowa", PESEL_WOMAN_1985))
    lists = {v.method: v for v in office.payments.prepare(benefits_worker, NEXT)}
    assert set(lists) == {PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH}
    cash = lists[PaymentMethod.CASH]
    draft_text = text_of(office.payments.document(benefits_worker, cash.id))
    assert "PROJEKT" in draft_text
    office.payments.approve(coordinator, cash.id)
    text = text_of(office.payments.document(benefits_worker, cash.id))
    for expected in (f"Lista wypłat świadczeń nr {cash.number}", "Data i podpis odbiorcy",
                     "Anna Kasowa", "610,00 zł", "rozdział 85214",
                     "do potwierdzenia przez głównego księgowego",
                     f"Zatwierdził(a): {coordinator.full_name}", "wypłata w kasie Ośrodka"):
        assert expected in text
    assert "PROJEKT" not in text
    # A cash list has no bank file.
    with pytest.raises(ConflictError, match="not_a_transfer_list"):
        office.payments.elixir(benefits_worker, cash.id)


def test_the_elixir_file_of_an_approved_transfer_list(
        office: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    _signed(office, benefits_worker, signer, "600.00")
    made = office.payments.prepare(benefits_worker, NEXT)[0]
    with pytest.raises(ConflictError, match="list_not_approved"):
        office.payments.elixir(benefits_worker, made.id)
    office.payments.approve(coordinator, made.id)
    data = office.payments.elixir(benefits_worker, made.id)
    assert data.endswith(b"\r\n") and data.count(b"\r\n") == 1 and b"\n" not in data[:-1]
    assert "Żółkiewski".encode("cp1250") in data  # Windows-1250 bytes, not UTF-8
    fields = data.decode("cp1250").rstrip("\r\n").split(",")
    assert len(fields) == 16
    assert fields[:5] == ["110", NEXT.replace(day=10).strftime("%Y%m%d"), "60000", "10901014",
                          "0"]
    assert fields[5] == f'"{OFFICE_ACCOUNT[2:]}"' and fields[6] == f'"{PAYEE_ACCOUNT[2:]}"'
    assert fields[9] == "0" and fields[10] == "11402004"
    assert fields[12:15] == ['""', '""', '"51"']
    assert fields[8].startswith('"Jan Żółkiewski|')
    assert fields[11] == f'"Świadczenie za {NEXT:%m.%Y}|{fields[11].split("|")[1]}'


def test_without_the_offices_account_there_is_no_bank_file(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    _signed(services, benefits_worker, signer, "600.00")
    made = services.payments.prepare(benefits_worker, NEXT)[0]
    services.payments.approve(coordinator, made.id)
    with pytest.raises(ConflictError, match="payer_account_missing"):
        services.payments.elixir(benefits_worker, made.id)


@pytest.mark.parametrize("month", [None, "2026-13", 202612, dt.datetime.max, "'; DROP TABLE x"])
def test_hostile_months_are_refused_field_by_field(
        services: Services, benefits_worker: Actor, month: object) -> None:
    with pytest.raises(ValidationError) as refused:
        services.payments.prepare(benefits_worker, month)  # type: ignore[arg-type]
    assert [e.field for e in refused.value.errors] == ["month"]


@pytest.mark.parametrize("list_id", [None, "x", 7, "00000000-0000-0000-0000-000000000000"])
def test_hostile_list_ids(services: Services, coordinator: Actor, list_id: object) -> None:
    with pytest.raises((ValidationError, NotFound)):
        services.payments.approve(coordinator, list_id)  # type: ignore[arg-type]


@pytest.mark.parametrize(("profile", "field"), [
    (BankProfile(0, OFFICE_ACCOUNT, "cp1250"), "payment_day"),
    (BankProfile(32, OFFICE_ACCOUNT, "cp1250"), "payment_day"),
    (BankProfile(10, "PL61109010140000071219812875", "cp1250"), "payer_account"),
    (BankProfile(10, OFFICE_ACCOUNT, "utf-8"), "code_page"),
])
def test_a_bad_bank_profile_is_refused(services: Services, admin: Actor, profile: BankProfile,
                                       field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        services.payments.set_bank_profile(admin, profile)
    assert [e.field for e in refused.value.errors] == [field]
