"""The services rows of MRPiPS-03 dział 1B on a real store: usługi opiekuńcze counted from
the bills (persons, hours, the cost of the hours, families), each bill a line behind the
row, a corrected bill counted once as its correction; the rows whose service the program
keeps no record of say so instead of 0, and their unconfirmed row numbers are named.
Figures by hand on the sample table (35 zł an hour)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest

from ops_desktop.domain.mrpips03_form import parse_editions, shipped_editions
from ops_desktop.domain.care_decisions import HoursUnit
from ops_desktop.domain.vocabulary import CareKind, Relation, Role, Team
from ops_desktop.services.care_decisions import CareDecisionInput
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.storage import service_fact_queries as service_q

from ..conftest import _staff
from .helpers import referral_intake
from .test_mrpips03 import cells
from .test_statistics import someone

D = Decimal
JAN, FEB, JUL = dt.date(2025, 1, 1), dt.date(2025, 2, 1), dt.date(2025, 7, 1)
SERVICE_ROWS = ("1B.10", "1B.11", "1B.13", "1B.14", "1B.19")


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _order(services: Services, desk: Actor, carer: Actor, n: int, members: int,
           provider: str) -> tuple[uuid.UUID, str]:
    pid = services.persons.register_household(desk, someone(n, "Zofia"), [
        MemberInput(Relation.SPOUSE, someone(n + 1, "Adam"))] if members == 2 else [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case = services.referrals.accept(carer, rid)
    order = services.care_services.add_order(carer, CareOrderInput(
        case.id, f"OPS.8310.{n}.2024", "Pomoc w higienie.", D("10"), JAN,
        dt.date(2025, 12, 31), "Maria Kowal", provider, D("1600.00"), members))
    return order.id, case.sign


def _bill(services: Services, carer: Actor, order_id: uuid.UUID, month: dt.date,
          hours: str) -> uuid.UUID:
    services.care_services.record_hours(carer, order_id, month, D(hours))
    earlier = [b for b in services.care_services.bills(carer, order_id) if b.month == month]
    return services.care_services.issue_bill(
        carer, order_id, month, earlier[-1].id if earlier else None).id


def test_care_is_counted_from_the_bills_of_the_period(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    alone, alone_sign = _order(services, desk, carer, 10, 1, "OPS Lipowiec")
    couple, couple_sign = _order(services, desk, carer, 20, 2, "Firma „Pogodna”")
    _bill(services, carer, alone, JAN, "40")
    _bill(services, carer, alone, FEB, "20")
    _bill(services, carer, alone, FEB, "30")  # a correction: February counts 30 h, once
    _bill(services, carer, couple, FEB, "12.5")
    _bill(services, carer, couple, JUL, "8")  # July: the second half-year only
    report = services.mrpips03.report(coordinator, 2025, 1)
    # two persons; 40 + 30 + 12,5 = 82,5 h; 82,5 h × 35 zł = 2 887,50 zł; two families of 1 + 2
    assert cells(report, "1B.13") == [2, D("82.50"), D("2887.50"), 2, 3]
    behind = [(c.case_sign, c.on, c.amount) for c in report.row("1B.13").behind]
    assert behind == [(alone_sign, JAN, D("1400.00")), (alone_sign, FEB, D("1050.00")),
                      (couple_sign, FEB, D("437.50"))]
    assert {c.what for c in report.row("1B.13").behind} == {"rachunek za usługi opiekuńcze"}
    # the whole year adds July's 8 h (280,00 zł)
    assert cells(services.mrpips03.report(coordinator, 2025, None), "1B.13") == [
        2, D("90.50"), D("3167.50"), 2, 3]
    # the total counts the care clients' persons and families with the rest, its amount too
    assert cells(report, "1B.99") == [2, "x", D("2887.50"), 2, 3]


def test_services_without_records_are_not_zero_and_their_numbers_are_marked(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    alone, _sign = _order(services, desk, carer, 10, 1, "OPS Lipowiec")
    _bill(services, carer, alone, JAN, "40")
    report = services.mrpips03.report(coordinator, 2025, 1)
    # shelter, posiłek and DPS fees are read from their decisions, specialist care from the
    # orders carrying out a decision granting it: none here, so none counted
    for code in ("1B.10", "1B.11", "1B.13", "1B.14", "1B.19"):
        assert report.row(code).available, code
    assert report.row("1B.14").behind == ()
    note = next(n for n in report.notes if n.startswith("Numer wiersza"))
    assert all(code in note for code in SERVICE_ROWS)


def test_a_bill_under_a_signed_decision_granting_specialist_care_counts_in_both_rows(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    alone, alone_sign = _order(services, desk, carer, 10, 1, "OPS Lipowiec")
    _bill(services, carer, alone, JAN, "40")  # usługi opiekuńcze, not specialist
    pid = services.persons.register_household(desk, someone(30, "Jan"), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case = services.referrals.accept(carer, rid)
    draft = services.care_decisions.prepare(carer, CareDecisionInput(
        case.id, CareKind.SPECIALIST_MENTAL, dt.date(2024, 12, 20), "Trening samoobsługi.",
        D("30"), HoursUnit.MONTH, JAN, dt.date(2025, 6, 30), "mieszkanie Strony",
        "Stowarzyszenie „Razem”", D("1600.00"), 1, D("48.00"), reasoning="Skierowanie PZP."))
    services.decisions.sign(coordinator, draft.id)
    suo = services.care_services.add_order(carer, CareOrderInput(
        case.id, f"decyzja nr {case.sign}", "Trening samoobsługi.", D("7"), JAN,
        dt.date(2025, 6, 30), "Anna Nowak", "Stowarzyszenie „Razem”", D("1600.00"), 1,
        decision_id=draft.id)).id
    _bill(services, carer, suo, JAN, "12")
    report = services.mrpips03.report(coordinator, 2025, 1)
    # the decision's 48 zł an hour: 12 h × 48 zł = 576,00 zł; one person, one family of one
    assert cells(report, "1B.14") == [1, D("12.00"), D("576.00"), 1, 1]
    assert [(c.case_sign, c.what) for c in report.row("1B.14").behind] == [
        (case.sign, "rachunek za specjalistyczne usługi opiekuńcze")]
    # all care: 40 h × 35 zł = 1 400 zł and the 576 zł; 52 h, 1 976 zł, two single persons
    assert cells(report, "1B.13") == [2, D("52.00"), D("1976.00"), 2, 2]
    assert {c.case_sign for c in report.row("1B.13").behind} == {alone_sign, case.sign}
    assert cells(report, "1B.99")[2] == D("1976.00")  # the SUO bill not counted twice


def test_a_service_with_a_reader_fills_its_row_and_a_shared_bill_counts_once_in_the_total(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """What a module keeping specialist care adds: a reader. Here it takes the bills of one
    provider's clients, so the subset row fills and the total is not counted twice."""
    alone, alone_sign = _order(services, desk, carer, 10, 1, "OPS Lipowiec")
    couple, couple_sign = _order(services, desk, carer, 20, 2, "Firma „Pogodna”")
    _bill(services, carer, alone, JAN, "40")
    _bill(services, carer, couple, FEB, "12.5")

    def specialist(session: object, start: dt.date, end: dt.date) -> list[service_q.ServiceFact]:
        return [dataclasses.replace(f, what="rachunek za specjalistyczne usługi opiekuńcze")
                for f in service_q.care_bills(session, start, end)  # type: ignore[arg-type]
                if f.case_sign == couple_sign]

    monkeypatch.setitem(service_q.READERS, "specialist_care", specialist)
    report = services.mrpips03.report(coordinator, 2025, 1)
    assert cells(report, "1B.14") == [1, D("12.50"), D("437.50"), 1, 2]
    assert [c.case_sign for c in report.row("1B.14").behind] == [couple_sign]
    assert cells(report, "1B.13") == [2, D("52.50"), D("1837.50"), 2, 3]
    assert cells(report, "1B.99") == [2, "x", D("1837.50"), 2, 3]  # 437,50 not twice
    assert alone_sign in {c.case_sign for c in report.row("1B.99").behind}


def test_the_form_data_names_the_services_rows() -> None:
    rows = {r.code: r for e in shipped_editions() for d in e.divisions for r in d.rows}
    assert {c: rows[c].services for c in SERVICE_ROWS} == {
        "1B.10": ("shelter",), "1B.11": ("meal",), "1B.13": ("care",),
        "1B.14": ("specialist_care",), "1B.19": ("dps_fee",)}
    assert {c for c, r in rows.items() if not r.number_confirmed} == set(SERVICE_ROWS)
    broken = ('{"sources": [], "forms": [{"valid_from": "2022-01-01", "divisions": [{"code": '
              '"1B", "title": "t", "confirmed": "C", "kind": "benefits", "columns": [], "rows": '
              '[{"code": "1B.10", "label": "Schronienie", "source": "services"}]}]}]}')
    with pytest.raises(ValueError, match="names its services"):
        parse_editions(broken)


def test_a_service_without_amounts_leaves_column_3_unknown_not_0(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A shelter's days are known, its cost is not: column 3 says brak danych, in the total
    too, while persons, days and families are counted."""
    alone, alone_sign = _order(services, desk, carer, 10, 1, "OPS Lipowiec")
    _bill(services, carer, alone, JAN, "40")

    def shelter(session: object, start: dt.date, end: dt.date) -> list[service_q.ServiceFact]:
        return [dataclasses.replace(f, units_x100=3100, amount_grosze=None,
                                    what="decyzja – schronienie", key=(uuid.uuid4(), f.on))
                for f in service_q.care_bills(session, start, end)]  # type: ignore[arg-type]

    monkeypatch.setitem(service_q.READERS, "shelter", shelter)
    report = services.mrpips03.report(coordinator, 2025, 1)
    assert cells(report, "1B.10") == [1, D("31.00"), None, 1, 1]
    assert [(c.case_sign, c.amount) for c in report.row("1B.10").behind] == [(alone_sign, None)]
    assert cells(report, "1B.99") == [1, "x", None, 1, 1]
