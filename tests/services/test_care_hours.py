"""Each carer's hours on a real store: typed per month, imported from a provider's file with
every bad line explained, never counted twice; the bill follows the carers' hours; and an
issued bill is refused by the store itself. Today is after these months (September 2026)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest

from ops_desktop.domain.errors import ValidationError
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.care_providers import CarerView
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from ..conftest import _staff
from ..server_db import RawSQL
from .test_care_providers import FIRM, SEPT, codes, make_order

D = Decimal
OCT = dt.date(2026, 10, 1)
PESEL = "44051401359"


@pytest.fixture
def worker(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _served(services: Services, desk: Actor, worker: Actor) -> tuple[uuid.UUID, uuid.UUID,
                                                                      CarerView, CarerView]:
    """An order (10 h a week from September 2026) served by two carers of one firm."""
    firm = services.care_providers.add_provider(worker, FIRM)
    maria = services.care_providers.add_carer(worker, firm.id, "Maria Kowal")
    halina = services.care_providers.add_carer(worker, firm.id, "Halina Wójcik")
    order = make_order(services, desk, worker)
    for carer in (maria, halina):
        services.care_providers.assign(worker, order, carer.id, SEPT)
    return firm.id, order, maria, halina


def test_hours_typed_per_carer_and_month_make_the_bill(
        services: Services, desk: Actor, worker: Actor) -> None:
    _firm, order, maria, halina = _served(services, desk, worker)
    assert services.care_hours.record_month(worker, order, maria.id, SEPT, D("30")) == D("30.00")
    assert services.care_hours.record_month(worker, order, halina.id, SEPT, D("10.5")) == D(
        "40.50")
    # Typed again, a carer's month replaces what was typed.
    assert services.care_hours.record_month(worker, order, halina.id, SEPT, D("10")) == D("40.00")
    # September 2026: 22 working days → 10 h × 22 / 5 = 44 h at most.
    assert services.care_hours.month_limit(worker, order, SEPT) == D("44.00")
    with pytest.raises(ValidationError) as error:
        services.care_hours.record_month(worker, order, halina.id, SEPT, D("14.01"))
    assert codes(error) == {"hours": "care_month_limit"}
    # 1600 zł is 158,42 % of the criterion → 15 %: 40 h × 35 zł × 15 % = 210 zł
    preview = services.care_services.preview_bill(worker, order, SEPT)
    assert (preview.hours, preview.amount) == (D("40.00"), D("210.00"))
    # The month kept per carer is no longer typed as one figure on the orders' page.
    with pytest.raises(ValidationError) as error:
        services.care_services.record_hours(worker, order, SEPT, D("12"))
    assert codes(error) == {"hours": "care_hours_per_carer"}
    assert services.care_hours.record_month(worker, order, halina.id, SEPT, D("0")) == D("30.00")
    assert [(e.carer_name, e.hours) for e in services.care_hours.hours(worker, order, SEPT)] == [
        ("Maria Kowal", D("30.00"))]


@pytest.mark.parametrize("hours", [D("-1"), D("1e9"), D("744.01"), D("1.234"), D("NaN"),
                                   D("-Infinity"), 12.5, "12,5", None])
def test_typed_hours_refuse_hostile_numbers(services: Services, desk: Actor, worker: Actor,
                                            hours: object) -> None:
    _firm, order, maria, _halina = _served(services, desk, worker)
    with pytest.raises(ValidationError):
        services.care_hours.record_month(worker, order, maria.id, SEPT, hours)  # type: ignore[arg-type]
    assert services.care_hours.hours(worker, order) == []


def test_a_month_in_the_future_or_outside_the_order_is_refused(
        services: Services, desk: Actor, worker: Actor) -> None:
    _firm, order, maria, _halina = _served(services, desk, worker)
    for month, code in ((dt.date(2027, 1, 1), "future_date"),
                        (dt.date(2026, 8, 1), "care_date_outside_order")):
        with pytest.raises(ValidationError) as error:
            services.care_hours.record_month(worker, order, maria.id, month, D("4"))
        assert codes(error) == {"hours": code}


FILE = """klient;data;od;do;godziny;opiekun
{pesel};01.09.2026;08:00;10:00;;Maria Kowal
{pesel};2026-09-02;;;2,5;maria kowal

99999999999;03.09.2026;08:00;10:00;;Maria Kowal
{pesel};15.08.2026;08:00;10:00;;Maria Kowal
{pesel};03.09.2026;08:00;10:00;abc;Maria Kowal
{pesel};03.09.2026;;;-2;Maria Kowal
{pesel};03.09.2026;08:00;10:00;;Jan Obcy
{pesel};04.09.2026;08:00;14:00;;Maria Kowal
{sign};04.09.2026;08:00;13:00;;Halina Wójcik
{pesel};01.09.2026;09:00;11:00;;Maria Kowal
{pesel};07.09.2026;08:00;09:00;;Maria\u200fKowal
{pesel};10.12.2026;08:00;10:00;;Maria Kowal
{pesel};35.09.2026;08:00;10:00;;Maria Kowal
{pesel};08.09.2026;10:00;08:00;;Maria Kowal
{pesel};08.09.2026;08:00;10:00;3;Maria Kowal
{pesel};08.09.2026;;;99999999999999999999;Maria Kowal
{pesel};08.09.2026;;;1,234;Maria Kowal
{pesel};08.09.2026
{pesel};08.09.2026;"08:00;10:00;;Maria Kowal
{pesel};09.09.2026;;;;Maria Kowal
"""
EXPECTED_REJECTIONS = [
    (5, "care_client_unknown"), (6, "care_date_outside_order"), (7, "csv_hours_invalid"),
    (8, "csv_hours_out_of_range"), (9, "care_carer_unknown"), (10, "care_week_limit"),
    (12, "care_hours_overlap"), (13, "csv_characters"), (14, "future_date"),
    (15, "csv_date_invalid"), (16, "csv_time_order"), (17, "csv_hours_mismatch"),
    (18, "csv_hours_invalid"), (19, "csv_hours_two_decimals"), (20, "csv_fields"),
    (21, "csv_fields"), (22, "csv_hours_missing")]


def test_a_providers_file_keeps_the_good_lines_and_explains_the_bad_ones(
        services: Services, desk: Actor, worker: Actor) -> None:
    firm, order, _maria, _halina = _served(services, desk, worker)
    sign = services.care_services.orders(worker)[0].case_sign
    data = FILE.format(pesel=PESEL, sign=sign.lower()).encode("utf-8")
    result = services.care_hours.import_file(worker, firm, "C:\\Dokumenty\\wrzesien.csv", data)
    assert result.file_name == "wrzesien.csv"
    assert [(r.line, r.code) for r in result.rejected] == EXPECTED_REJECTIONS
    # Lines 2, 3 and 11: 2 h + 2,5 h + 5 h (the case sign found the order, any letter case).
    assert (result.accepted, result.hours) == (3, D("9.50"))
    entries = services.care_hours.hours(worker, order, SEPT)
    assert [(e.worked_on, e.hours, e.source_line) for e in entries] == [
        (dt.date(2026, 9, 1), D("2.00"), 2), (dt.date(2026, 9, 2), D("2.50"), 3),
        (dt.date(2026, 9, 4), D("5.00"), 11)]
    assert services.care_services.preview_bill(worker, order, SEPT).hours == D("9.50")
    # The same file again adds nothing: its good lines are now duplicates.
    again = services.care_hours.import_file(worker, firm, "wrzesien.csv", data)
    assert again.accepted == 0 and again.hours == 0
    assert [r.line for r in again.rejected if r.code == "care_hours_duplicate"] == [2, 3, 11]
    assert services.care_services.preview_bill(worker, order, SEPT).hours == D("9.50")
    # A day kept from the file is not typed over as a month total, and the reverse.
    with pytest.raises(ValidationError) as error:
        services.care_hours.record_month(worker, order, _maria.id, SEPT, D("8"))
    assert codes(error) == {"hours": "care_hours_daily"}
    # A wrong day removed lowers the month the bill reads.
    services.care_hours.remove(worker, entries[1].id)
    assert services.care_services.preview_bill(worker, order, SEPT).hours == D("7.00")


def test_no_hours_after_the_providers_contract_ended(
        services: Services, desk: Actor, worker: Actor) -> None:
    firm = services.care_providers.add_provider(worker, dataclasses.replace(
        FIRM, valid_to=dt.date(2026, 9, 15)))
    carer = services.care_providers.add_carer(worker, firm.id, "Maria Kowal")
    order = make_order(services, desk, worker)
    services.care_providers.assign(worker, order, carer.id, SEPT)
    data = (f"klient;data;godziny;opiekun\n{PESEL};15.09.2026;2;Maria Kowal\n"
            f"{PESEL};16.09.2026;2;Maria Kowal\n").encode()
    result = services.care_hours.import_file(worker, firm.id, "wrzesien.csv", data)
    assert result.accepted == 1
    assert [(r.line, r.code) for r in result.rejected] == [(3, "care_contract_not_valid")]
    with pytest.raises(ValidationError) as error:
        services.care_hours.record_month(worker, order, carer.id, OCT, D("4"))
    assert codes(error) == {"hours": "care_contract_not_valid"}


def test_a_windows_1250_file_and_a_comma_separated_one_are_read(
        services: Services, desk: Actor, worker: Actor) -> None:
    firm, order, _maria, halina = _served(services, desk, worker)
    text = f"PESEL,Data,Godziny,Opiekunka\n{PESEL},14.09.2026,\"3,5\",Halina Wójcik\n"
    result = services.care_hours.import_file(worker, firm, "pazdziernik.csv",
                                             text.encode("cp1250"))
    assert (result.accepted, result.rejected) == (1, [])
    assert services.care_hours.hours(worker, order)[0].carer_id == halina.id


@pytest.mark.parametrize("data, code", [
    (b"", "csv_empty"), (b"cos;innego\n1;2\n", "csv_columns"),
    (b"klient;data;opiekun\n", "csv_columns"), (b"x" * 2_000_001, "csv_too_big"),
    (("klient;data;godziny;opiekun\n" + "1;2;3;4\n" * 20_001).encode(), "csv_too_many_lines")])
def test_an_unreadable_file_is_refused_whole(services: Services, desk: Actor, worker: Actor,
                                             data: bytes, code: str) -> None:
    firm, order, _maria, _halina = _served(services, desk, worker)
    with pytest.raises(ValidationError) as error:
        services.care_hours.import_file(worker, firm, "plik.csv", data)
    assert codes(error) == {"file": code}
    assert services.care_hours.hours(worker, order) == []


def test_a_file_name_with_hidden_marks_is_refused(services: Services, desk: Actor,
                                                  worker: Actor) -> None:
    firm, _order, _maria, _halina = _served(services, desk, worker)
    with pytest.raises(ValidationError) as error:
        services.care_hours.import_file(worker, firm, "rachunek\u202evsc.csv", b"klient")
    assert codes(error) == {"file": "invisible_characters"}


def test_the_store_refuses_to_change_or_remove_an_issued_bill(
        services: Services, desk: Actor, worker: Actor) -> None:
    _firm, order, maria, _halina = _served(services, desk, worker)
    services.care_hours.record_month(worker, order, maria.id, SEPT, D("40"))
    bill = services.care_services.issue_bill(worker, order, SEPT)
    with RawSQL(services.db) as conn:
        with pytest.raises(conn.IntegrityError, match="issued care bill is immutable"):
            conn.execute("UPDATE care_bills SET amount_grosze = 1 WHERE id = ?", (bill.id.hex,))
        with pytest.raises(conn.IntegrityError, match="issued care bill is immutable"):
            conn.execute("DELETE FROM care_bills WHERE id = ?", (bill.id.hex,))
    assert services.care_services.bills(worker, order)[0].amount == D("210.00")
