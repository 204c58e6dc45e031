"""Providers, carers, who serves whom, the weekly schedule and supervision on a real store:
the rules a services coordinator expects, and hostile input on every write."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from ops_desktop.domain.care_providers import ProviderKind, SupervisionKind
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.care_providers import ProviderInput
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.care_supervision import SupervisionInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import AuditRow

from ..conftest import _staff
from .helpers import person, referral_intake

D = Decimal
SEPT = dt.date(2026, 9, 1)
FIRM = ProviderInput(ProviderKind.CONTRACTED, "Usługi Opiekuńcze „Pogodna Jesień” s.c.",
                     "UM/12/2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31), D("31.50"))
HOSTILE_TEXTS = ("Kowal\u202eska", "Maria\u200fKowal", "x" * 500, "A\x00B", "   ", "Nowak\nEwa")


@pytest.fixture
def worker(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def make_order(services: Services, desk: Actor, worker: Actor, pesel: str | None = None,
               weekly: str = "10", starts_on: dt.date = SEPT,
               ends_on: dt.date = dt.date(2027, 8, 31)) -> uuid.UUID:
    pid = services.persons.register_household(
        desk, person(pesel=pesel) if pesel else person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    case_id = services.referrals.accept(worker, rid).id
    return services.care_services.add_order(worker, CareOrderInput(
        case_id, "OPS.8310.4.2026 z 20.08.2026", "Pomoc w higienie.", D(weekly), starts_on,
        ends_on, "Maria Kowal", "firma", D("1600.00"), 1)).id


def codes(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.code for e in error.value.errors}


def test_a_firm_with_carers_serves_a_client_on_a_weekly_schedule(
        services: Services, desk: Actor, worker: Actor) -> None:
    firm = services.care_providers.add_provider(worker, FIRM)
    maria = services.care_providers.add_carer(worker, firm.id, " Maria   Kowal ", "600 100 200")
    assert maria.name == "Maria Kowal" and maria.provider_name == FIRM.name
    order = make_order(services, desk, worker)
    services.care_providers.assign(worker, order, maria.id, SEPT)
    for weekday in (1, 3, 5):  # Mon, Wed, Fri 8:00–11:00: 9 of the 10 hours a week
        services.care_providers.add_slot(worker, order, weekday, 8 * 60, 11 * 60, maria.id)
    week = services.care_providers.schedule(worker, order)
    assert [(s.weekday, s.hours, s.carer_name) for s in week] == [
        (1, D("3.00"), "Maria Kowal"), (3, D("3.00"), "Maria Kowal"),
        (5, D("3.00"), "Maria Kowal")]
    # A fourth visit of 1.5 h would make 10.5 h: over the order's 10 h a week.
    with pytest.raises(ValidationError) as error:
        services.care_providers.add_slot(worker, order, 2, 8 * 60, 9 * 60 + 30, maria.id)
    assert codes(error) == {"ends_at": "care_schedule_over_weekly"}
    with pytest.raises(ValidationError) as error:  # overlapping Monday's visit
        services.care_providers.add_slot(worker, order, 1, 10 * 60, 11 * 60, maria.id)
    assert codes(error) == {"starts_at": "care_schedule_overlap"}
    services.care_providers.add_slot(worker, order, 2, 8 * 60, 9 * 60, maria.id)
    services.care_providers.remove_slot(worker, week[0].id)
    assert [s.weekday for s in services.care_providers.schedule(worker, order)] == [2, 3, 5]
    listed = services.care_providers.providers(worker)
    assert [(p.name, p.carers, p.contract_number) for p in listed] == [
        (FIRM.name, 1, "UM/12/2026")]


def test_who_serves_whom_is_checked(services: Services, desk: Actor, worker: Actor) -> None:
    firm = services.care_providers.add_provider(worker, FIRM)
    ewa = services.care_providers.add_carer(worker, firm.id, "Ewa Nowak")
    order = make_order(services, desk, worker)
    with pytest.raises(ValidationError) as error:  # not assigned: no slot
        services.care_providers.add_slot(worker, order, 1, 480, 540, ewa.id)
    assert codes(error) == {"carer_id": "care_carer_not_assigned"}
    with pytest.raises(ValidationError) as error:  # before the order starts
        services.care_providers.assign(worker, order, ewa.id, dt.date(2026, 8, 1))
    assert codes(error) == {"starts_on": "care_date_outside_order"}
    with pytest.raises(ValidationError) as error:  # the firm's contract ends with 2026
        services.care_providers.assign(worker, order, ewa.id, dt.date(2027, 1, 4))
    assert codes(error) == {"carer_id": "care_contract_not_valid"}
    assignment = services.care_providers.assign(worker, order, ewa.id, SEPT)
    with pytest.raises(ConflictError, match="care_carer_already_assigned"):
        services.care_providers.assign(worker, order, ewa.id, dt.date(2026, 10, 1))
    services.care_providers.end_assignment(worker, assignment.id, dt.date(2026, 9, 30))
    assert services.care_providers.assign(worker, order, ewa.id, dt.date(2026, 10, 1))
    services.care_providers.set_carer_active(worker, ewa.id, False)
    other = make_order(services, desk, worker, pesel="44051401366")
    with pytest.raises(ValidationError) as error:
        services.care_providers.assign(worker, other, ewa.id, SEPT)
    assert codes(error) == {"carer_id": "care_carer_inactive"}
    with pytest.raises(ValidationError) as error:
        services.care_providers.add_carer(worker, firm.id, "EWA  nowak")
    assert codes(error) == {"name": "care_carer_exists"}


def test_own_carers_need_no_contract_but_a_firm_does(services: Services, worker: Actor) -> None:
    own = services.care_providers.add_provider(worker, dataclasses.replace(
        FIRM, kind=ProviderKind.OWN, name="Opiekunki MGOPS", contract_number="", valid_to=None))
    assert own.kind is ProviderKind.OWN and own.valid_to is None
    with pytest.raises(ValidationError) as error:
        services.care_providers.add_provider(worker, dataclasses.replace(FIRM, contract_number=""))
    assert codes(error) == {"contract_number": "required"}
    changed = services.care_providers.change_provider(worker, own.id, dataclasses.replace(
        FIRM, kind=ProviderKind.OWN, name="Opiekunki MGOPS", contract_number="",
        valid_to=None, hourly_price=D("33.00")))
    assert changed.hourly_price == D("33.00")


@pytest.mark.parametrize("price", [D("-1"), D("0"), D("1e9"), D("12.345"), D("NaN"),
                                   D("Infinity"), 31.5, "31,50"])
def test_a_provider_refuses_a_bad_price(services: Services, worker: Actor, price: object) -> None:
    with pytest.raises(ValidationError) as error:
        services.care_providers.add_provider(worker, dataclasses.replace(
            FIRM, hourly_price=price))  # type: ignore[arg-type]
    assert "hourly_price" in codes(error)


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_names_refuse_hostile_text(services: Services, worker: Actor, text: str) -> None:
    with pytest.raises(ValidationError):
        services.care_providers.add_provider(worker, dataclasses.replace(FIRM, name=text))
    firm = services.care_providers.add_provider(worker, FIRM)
    with pytest.raises(ValidationError):
        services.care_providers.add_carer(worker, firm.id, text)
    assert services.care_providers.carers(worker) == []


@pytest.mark.parametrize("slot", [(0, 480, 540), (8, 480, 540), (1, -60, 540), (1, 540, 480),
                                  (1, 480, 24 * 60 + 1), (True, 480, 540), (1, 480.0, 540),
                                  (1, 10**12, 10**12 + 60)])
def test_a_slot_refuses_hostile_times(services: Services, desk: Actor, worker: Actor,
                                      slot: tuple[object, object, object]) -> None:
    firm = services.care_providers.add_provider(worker, FIRM)
    maria = services.care_providers.add_carer(worker, firm.id, "Maria Kowal")
    order = make_order(services, desk, worker)
    services.care_providers.assign(worker, order, maria.id, SEPT)
    with pytest.raises(ValidationError):
        services.care_providers.add_slot(worker, order, *slot, maria.id)  # type: ignore[arg-type]
    assert services.care_providers.schedule(worker, order) == []


def test_supervision_is_listed_per_client_and_per_provider(
        services: Services, desk: Actor, worker: Actor) -> None:
    firm = services.care_providers.add_provider(worker, FIRM)
    maria = services.care_providers.add_carer(worker, firm.id, "Maria Kowal")
    order = make_order(services, desk, worker)
    other = make_order(services, desk, worker, pesel="44051401366")
    check = services.care_supervision.record(worker, SupervisionInput(
        SupervisionKind.CHECK, dt.date(2026, 10, 14), "Ewa Opiekun (wizyta w domu)",
        "Usługi wykonywane zgodnie z zakresem; podopieczna zadowolona.", "", None,
        order_id=order, carer_id=maria.id))
    assert check.provider_name == FIRM.name and check.carer_name == "Maria Kowal"
    complaint = services.care_supervision.record(worker, SupervisionInput(
        SupervisionKind.COMPLAINT, dt.date(2026, 11, 5), "córka podopiecznego",
        "Opiekunka spóźnia się o godzinę.", "Rozmowa z wykonawcą; kontrola za miesiąc.",
        dt.date(2026, 12, 5), order_id=other, provider_id=firm.id))
    assert [s.id for s in services.care_supervision.of_client(worker, order)] == [check.id]
    assert [s.id for s in services.care_supervision.of_provider(worker, firm.id)] == [
        complaint.id, check.id]
    # What was found about a client's care is kept out of the audit log's words.
    with services.db.session() as s:
        logged = " ".join(r.changes or "" for r in s.scalars(
            select(AuditRow).where(AuditRow.entity == "care_supervisions")))
    assert "spóźnia" not in logged and "zadowolona" not in logged


@pytest.mark.parametrize("change", [
    dict(held_on=dt.date(2099, 1, 1)), dict(findings=""), dict(findings="x" * 5000),
    dict(conducted_by="Anna\u202eNowak"), dict(follow_up_by=dt.date(2026, 1, 1)),
    dict(kind="check"), dict(order_id=None)])
def test_supervision_refuses_hostile_input(services: Services, desk: Actor, worker: Actor,
                                          change: dict[str, object]) -> None:
    order = make_order(services, desk, worker)
    data = SupervisionInput(SupervisionKind.CHECK, dt.date(2026, 10, 14), "Ewa Opiekun",
                            "W porządku.", "", None, order_id=order)
    with pytest.raises(ValidationError):
        services.care_supervision.record(worker, dataclasses.replace(data, **change))  # type: ignore[arg-type]
    assert services.care_supervision.of_client(worker, order) == []


def test_other_teams_see_no_providers(services: Services, desk: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.care_providers.providers(desk)
    with pytest.raises(PermissionDenied):
        services.care_providers.add_provider(desk, FIRM)


def test_anonymising_the_client_blanks_what_supervision_found(
        services: Services, desk: Actor, worker: Actor) -> None:
    from ops_desktop.storage import personal_data_queries
    from ops_desktop.storage.models import CareSupervisionRow

    order = make_order(services, desk, worker)
    firm = services.care_providers.add_provider(worker, FIRM)
    seen = services.care_supervision.record(worker, SupervisionInput(
        SupervisionKind.COMPLAINT, dt.date(2026, 11, 5), "córka podopiecznego",
        "Po udarze nie wstaje sama; opiekunka nie przychodzi.", "Rozmowa z wykonawcą.", None,
        order_id=order, provider_id=firm.id))
    about_firm = services.care_supervision.record(worker, SupervisionInput(
        SupervisionKind.CHECK, dt.date(2026, 11, 6), "Ewa Opiekun", "Grafik firmy w porządku.",
        "", None, provider_id=firm.id))
    assert seen.person_id is not None
    with services.db.session() as s:
        personal_data_queries.anonymise(s, [seen.person_id], None, ("Osoba", "zanonimizowana"),
                                        dt.datetime(2030, 1, 1))
    with services.db.session() as s:
        blanked, kept = s.get(CareSupervisionRow, seen.id), s.get(CareSupervisionRow, about_firm.id)
        assert blanked is not None and kept is not None
        assert (blanked.findings, blanked.follow_up) == ("", "")
        assert kept.findings == "Grafik firmy w porządku."  # about the firm, not the person
