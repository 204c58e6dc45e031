"""Decisions granting care on a real store: the services team prepares the draft with its
terms and the fee % the table in force gives, the head signs it in the same list as every
decision, a care order carries it out – the month's hours are checked against it and the
bill uses its hourly cost and fee % – and the signed terms never change. Figures by hand:
2026 criteria 1010 zł (single) and 823 zł (per person in a family)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql

from ops_desktop.domain.care_decisions import HoursUnit
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import CareKind, DecisionStatus, Role, Team
from ops_desktop.services.care_decisions import CareDecisionInput
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from ..conftest import _staff
from .helpers import person, referral_intake

D = Decimal
SEPT = dt.date(2026, 9, 1)
SCOPE = "Pomoc w higienie i przy posiłkach; zakupy."


@pytest.fixture
def carer(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def _case(services: Services, desk: Actor, worker: Actor) -> uuid.UUID:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SERVICES)).referral_id
    assert rid is not None
    return services.referrals.accept(worker, rid).id


def _input(case_id: uuid.UUID, **changes: object) -> CareDecisionInput:
    data = CareDecisionInput(
        case_id=case_id, kind=CareKind.CARE, received_on=dt.date(2026, 8, 20), scope=SCOPE,
        hours=D("10"), hours_unit=HoursUnit.WEEK, period_from=SEPT,
        period_to=dt.date(2026, 12, 31), place="mieszkanie Strony, ul. Polna 5, Lipowiec",
        provider="opiekunki MGOPS", income=D("1600.00"), household_size=1,
        reasoning="Strona po udarze, mieszka sama.")
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def test_prepared_signed_and_carried_out_by_an_order(services: Services, desk: Actor,
                                                    carer: Actor, coordinator: Actor) -> None:
    case_id = _case(services, desk, carer)
    draft = services.care_decisions.prepare(carer, _input(case_id))
    assert draft.form is CareKind.CARE and draft.status is DecisionStatus.DRAFT
    # 1600 / 1010 = 158,42 % of the criterion → 15 % by the council's (sample) table, 35 zł/h
    terms = services.care_decisions.terms(carer, draft.id)
    assert (terms.fee_percent, terms.hourly_cost, terms.income_share) == (
        D("15"), D("35.00"), D("158.42"))
    assert terms.fee_unconfirmed  # the shipped table is a sample
    # It waits in the head's list of drafts like any decision, and the head signs it.
    drafts = services.decisions.page(coordinator, DecisionStatus.DRAFT)
    assert draft.id in [d.id for d in drafts]
    signed = services.decisions.sign(coordinator, draft.id)
    assert signed.status is DecisionStatus.SIGNED
    # The benefits team's list of applications does not carry it, nor assesses it.
    assert all(a.form is not CareKind.CARE for a in services.applications.page(coordinator))
    with pytest.raises(ConflictError, match="care_application"):
        services.applications.assess(coordinator, draft.application_id)
    order = services.care_services.add_order(carer, CareOrderInput(
        case_id=case_id, decision_ref=f"decyzja nr {signed.case_sign}", scope=SCOPE,
        hours_per_week=D("10"), starts_on=SEPT, ends_on=dt.date(2026, 12, 31),
        carer_name="Maria Kowal", provider="opiekunki MGOPS", income=D("1600.00"),
        household_size=1, decision_id=draft.id))
    # September, 30 days under 10 h a week: 10 × 30 / 7 = 42,857… → 42,86 h at most.
    with pytest.raises(ValidationError) as error:
        services.care_services.record_hours(carer, order.id, SEPT, D("42.87"))
    assert [(e.field, e.code) for e in error.value.errors] == [("hours", "hours_above_decision")]
    services.care_services.record_hours(carer, order.id, SEPT, D("42.86"))
    # The head raises the hourly cost afterwards: the decision's 35 zł and 15 % are billed.
    services.care_services.set_hourly_cost(coordinator, D("50.00"))
    bill = services.care_services.issue_bill(carer, order.id, SEPT)
    # 42,86 h × 35 zł × 15 % = 225,015 → 225,02 zł
    assert (bill.hourly_cost, bill.fee_percent, bill.amount) == (D("35.00"), D("15"),
                                                                 D("225.02"))
    assert bill.legal_basis.startswith(f"decyzja nr {signed.case_sign} z dnia")


def test_specialist_care_for_mental_disorders_uses_the_ministry_table(
        services: Services, desk: Actor, carer: Actor) -> None:
    case_id = _case(services, desk, carer)
    with pytest.raises(ValidationError) as error:
        services.care_decisions.prepare(carer, _input(case_id, kind=CareKind.SPECIALIST_MENTAL))
    assert {e.field: e.code for e in error.value.errors} == {"hourly_cost": "required"}
    # A family of 3 with 3000 zł: 1000 zł a person = 121,51 % of 823 zł → 3,5 % (from
    # 1.05.2023: above 100 % up to 220 %), at the OPS's price of 48 zł an hour.
    draft = services.care_decisions.prepare(carer, _input(
        case_id, kind=CareKind.SPECIALIST_MENTAL, hourly_cost=D("48.00"), income=D("3000.00"),
        household_size=3, hours=D("30"), hours_unit=HoursUnit.MONTH))
    terms = services.care_decisions.terms(carer, draft.id)
    assert (terms.fee_percent, terms.hourly_cost, terms.income_share) == (
        D("3.5"), D("48.00"), D("121.51"))
    assert "Dz.U. 2023 poz. 395" in terms.fee_source and not terms.fee_unconfirmed


def test_signed_terms_never_change(services: Services, desk: Actor, carer: Actor,
                                   coordinator: Actor) -> None:
    draft = services.care_decisions.prepare(carer, _input(_case(services, desk, carer)))
    services.decisions.sign(coordinator, draft.id)
    with pytest.raises(ConflictError, match="decision_signed"):
        services.care_decisions.discard(carer, draft.id)
    with services.db.engine.connect() as c, pytest.raises(Exception, match="immutable"):
        c.execute(sql("UPDATE care_decision_terms SET fee_percent = '0'"))
    with services.db.engine.connect() as c, pytest.raises(Exception, match="immutable"):
        c.execute(sql("DELETE FROM care_decision_terms"))


def test_who_prepares_them(services: Services, desk: Actor, carer: Actor,
                           benefits_worker: Actor, coordinator: Actor) -> None:
    case_id = _case(services, desk, carer)
    with pytest.raises(PermissionDenied):
        services.care_decisions.prepare(benefits_worker, _input(case_id))
    with pytest.raises(PermissionDenied):
        services.care_decisions.prepare(desk, _input(case_id))
    with pytest.raises(PermissionDenied):
        services.care_decisions.set_preparing_team(carer, Team.BENEFITS.value)
    # The office hands them to benefits: the services team no longer prepares them.
    services.care_decisions.set_preparing_team(coordinator, Team.BENEFITS.value)
    with pytest.raises(PermissionDenied):
        services.care_decisions.prepare(carer, _input(case_id))


def test_bad_input_is_named_field_by_field(services: Services, desk: Actor,
                                           carer: Actor) -> None:
    case_id = _case(services, desk, carer)
    with pytest.raises(ValidationError) as error:
        services.care_decisions.prepare(carer, _input(
            case_id, scope=" ", hours=D("-1"), period_to=dt.date(2026, 6, 30), place="",
            provider="x" * 500, income=D("NaN"), household_size=0,
            period_from=dt.date(2026, 7, 1)))
    codes = {e.field: e.code for e in error.value.errors}
    assert codes == {"scope": "required", "hours": "hours_out_of_range",
                     "period_to": "end_before_start", "period_from": "before_application_month",
                     "place": "required", "provider": "too_long", "income": "invalid",
                     "household_size": "invalid"}
    with pytest.raises(ValidationError):
        services.care_decisions.prepare(carer, _input(case_id, scope="a\u202eb\x00"))


def test_a_signed_care_decision_goes_where_decisions_go(services: Services, desk: Actor,
                                                         carer: Actor, coordinator: Actor,
                                                         benefits_worker: Actor) -> None:
    """Printed in the head's batch, counted by MRPiPS-03 in its care row (not as a cash
    grant), paid nothing, and appealed like any decision, the letter naming the care."""
    import io

    from pypdf import PdfReader

    from ops_desktop.services.appeals import AppealInput, ForwardInput

    draft = services.care_decisions.prepare(carer, _input(_case(services, desk, carer)))
    signed = services.decisions.sign(coordinator, draft.id)
    batch = services.decisions.render_batch(coordinator, [signed.id])
    assert batch is not None and b"%PDF" in batch[:8]
    services.mrpips03.report(coordinator, wall_today().year, None)
    with pytest.raises(ConflictError, match="nothing_due"):  # the person pays, not the office
        services.payments.prepare(benefits_worker, wall_today().replace(day=1))
    today = wall_today()
    appeal = services.appeals.register(benefits_worker, AppealInput(
        signed.id, today, today, "Strona", "Strona wnosi o więcej godzin usług."))
    services.appeals.forward(benefits_worker, appeal.id, ForwardInput(today, ("odwołanie",)))
    letter = services.appeals.cover_letter(benefits_worker, appeal.id)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(letter)).pages)
    assert "usług opiekuńczych" in text


def test_retention_blanks_the_scope_and_place_and_nothing_else(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    from ops_desktop.storage import personal_data_queries

    draft = services.care_decisions.prepare(carer, _input(_case(services, desk, carer)))
    services.decisions.sign(coordinator, draft.id)
    # Before the decision is anonymised, even blanking is refused.
    with services.db.engine.connect() as c, pytest.raises(Exception, match="immutable"):
        c.execute(sql("UPDATE care_decision_terms SET scope = '', place = ''"))
    with services.db.session(coordinator.user_id) as s:
        personal_data_queries.anonymise(s, [draft.person_id], coordinator.user_id,
                                        ("Osoba", "zanonimizowana"), dt.datetime(2040, 1, 1))
    terms = services.care_decisions.terms(coordinator, draft.id)
    assert (terms.scope, terms.place) == ("", "")
    assert (terms.fee_percent, terms.hours, terms.provider) == (D("15"), D("10.00"),
                                                                "opiekunki MGOPS")
    with services.db.engine.connect() as c, pytest.raises(Exception, match="immutable"):
        c.execute(sql("UPDATE care_decision_terms SET fee_percent = '0'"))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.none(), st.text(max_size=5), st.integers(), st.floats(allow_nan=True),
                 st.just(D("NaN")), st.just(D("-1")), st.just(D("1e9")), st.just(D("0.001")),
                 st.just("1\u202e0"), st.dates(), st.datetimes(), st.just([])))
def test_hostile_values_come_back_as_field_errors(services: Services, desk: Actor,
                                                  carer: Actor, value: object) -> None:
    """Whatever a tool puts in any field, the answer is field errors the screen can word."""
    from ops_desktop.ui.labels import ERRORS

    cases = services.referrals.cases(carer, Team.SERVICES.value, 5, None, True)
    case_id = cases[0].id if cases else _case(services, desk, carer)
    for field in ("kind", "received_on", "scope", "hours", "hours_unit", "period_from",
                  "period_to", "place", "provider", "income", "household_size", "hourly_cost",
                  "reasoning", "case_id"):
        data = _input(case_id, kind=CareKind.SPECIALIST_MENTAL, hourly_cost=D("40.00"))
        try:
            services.care_decisions.prepare(carer, dataclasses.replace(data, **{field: value}))
        except ValidationError as error:
            assert {e.code for e in error.errors} <= ERRORS.keys(), field
    for income in (value, D("-5")):
        try:
            services.care_decisions.terms_for(carer, CareKind.CARE, income, 1, SEPT)  # type: ignore[arg-type]
        except ValidationError as error:
            assert {e.code for e in error.errors} <= ERRORS.keys()


def test_the_decisions_monthly_grant_bounds_each_carers_hours_typed_and_imported(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    from .test_care_providers import FIRM

    case_id = _case(services, desk, carer)
    # 20 h a month granted; the order itself allows 10 h a week (44 h in September).
    draft = services.care_decisions.prepare(carer, _input(case_id, hours=D("20"),
                                                          hours_unit=HoursUnit.MONTH))
    signed = services.decisions.sign(coordinator, draft.id)
    order = services.care_services.add_order(carer, CareOrderInput(
        case_id=case_id, decision_ref=f"decyzja nr {signed.case_sign}", scope=SCOPE,
        hours_per_week=D("10"), starts_on=SEPT, ends_on=dt.date(2026, 12, 31),
        carer_name="Maria Kowal", provider="opiekunki MGOPS", income=D("1600.00"),
        household_size=1, decision_id=draft.id)).id
    firm = services.care_providers.add_provider(carer, FIRM)
    maria = services.care_providers.add_carer(carer, firm.id, "Maria Kowal")
    halina = services.care_providers.add_carer(carer, firm.id, "Halina Wójcik")
    for one in (maria, halina):
        services.care_providers.assign(carer, order, one.id, SEPT)
    assert services.care_hours.month_limit(carer, order, SEPT) == D("20.00")
    services.care_hours.record_month(carer, order, maria.id, SEPT, D("15"))
    with pytest.raises(ValidationError) as error:  # 15 + 6 = 21 h > 20 h granted
        services.care_hours.record_month(carer, order, halina.id, SEPT, D("6"))
    assert [(e.field, e.code) for e in error.value.errors] == [("hours", "hours_above_decision")]
    assert services.care_hours.record_month(carer, order, halina.id, SEPT, D("5")) == D("20.00")
    # The bill keeps the decision's 35 zł and 15 %: 20 h × 35 zł × 15 % = 105,00 zł.
    preview = services.care_services.preview_bill(carer, order, SEPT)
    assert (preview.hours, preview.hourly_cost, preview.amount) == (D("20.00"), D("35.00"),
                                                                    D("105.00"))
    # October from the firm's file: 3 h visits, two a week (within the order's 10 h a week);
    # the seventh would make 21 h of the 20 granted, the last 2 h make 20 exactly.
    days = ("01.10.2026", "02.10.2026", "05.10.2026", "06.10.2026", "12.10.2026",
            "13.10.2026", "19.10.2026")
    lines = [f"{signed.case_sign};{d};;;3;Maria Kowal" for d in days]
    lines.append(f"{signed.case_sign};20.10.2026;;;2;Maria Kowal")
    data = ("klient;data;od;do;godziny;opiekun\n" + "\n".join(lines) + "\n").encode()
    result = services.care_hours.import_file(carer, firm.id, "pazdziernik.csv", data)
    assert [(r.line, r.code) for r in result.rejected] == [(8, "hours_above_decision")]
    assert (result.accepted, result.hours) == (7, D("20"))
    assert services.care_services.preview_bill(carer, order, dt.date(2026, 10, 1)).hours == D(
        "20.00")
