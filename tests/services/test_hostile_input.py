"""Hostile input at every write use case: saved exactly as given, or a typed error and no write.

Hypothesis drives the services with very long strings, control characters, direction marks,
lone surrogates, SQL fragments, wrong types, dates at the ends of the calendar and odd amounts.
Each call must either succeed with the data stored as given, or raise one of the office's
typed errors (with codes the screen can put into words) and leave every table as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from sqlalchemy import func, select

from ops_desktop.domain import pesel as pesel_rules
from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.errors import (
    ConflictError,
    DomainError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ops_desktop.domain.money import MoneyFormatError, parse_money
from ops_desktop.domain.person import PersonInput, derive_from_pesel
from ops_desktop.domain.text import fold, without_control_characters
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    Channel,
    DecisionKind,
    Ground,
    IdDocumentType,
    IntakeOutcome,
    PaymentMethod,
    Relation,
    Role,
    Team,
)
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.services.office import OfficeSettings
from ops_desktop.services.persons import MemberInput
from ops_desktop.storage.models import (
    Base,
    DecisionRow,
    IntakeRow,
    PersonRow,
    ReferralRow,
)
from ops_desktop.ui.labels import ERRORS

from .helpers import PESEL_WOMAN_1985, person, referral_intake
from .strategies import (
    IBAN,
    build_pesel,
    hostile_text,
    ibans,
    mostly,
    odd_amounts,
    odd_dates,
    person_inputs,
    pesels,
    text_or_wrong,
    wrong_type,
)

HOSTILE = settings(max_examples=50, deadline=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture,
                                          HealthCheck.too_slow, HealthCheck.data_too_large])
TYPED = (ValidationError, PermissionDenied, NotFound, ConflictError)
T = TypeVar("T")


def row_counts(services: Services) -> dict[str, int]:
    """Rows in every table of the store, so a failed call can be shown to have written nothing."""
    with services.db.engine.connect() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in Base.metadata.sorted_tables}


def _count(outcome: str) -> None:
    """Tell --hypothesis-show-statistics how often the saving path was taken."""
    if currently_in_test_context():
        event(outcome)


class Refused:
    """What attempt() returns when the service said no (a use case may itself return None)."""


REFUSED = Refused()


def attempt(services: Services, call: Callable[[], T]) -> T | Refused:
    """Run `call`; on a refusal check it is typed, worded and wrote nothing.

    Any other exception (TypeError, IntegrityError, StatementError...) fails the test.
    """
    before = row_counts(services)
    try:
        result = call()
    except DomainError as exc:
        _count(f"refused: {type(exc).__name__}")
        assert isinstance(exc, TYPED), f"untyped refusal {exc!r}"
        if isinstance(exc, ValidationError):
            assert exc.errors, "a validation error names its fields"
            unworded = {e.code for e in exc.errors} - ERRORS.keys()
            assert not unworded, f"codes without words on screen: {unworded}"
        else:
            assert exc.code in ERRORS, exc.code
        assert row_counts(services) == before, f"{exc!r} left a partial write"
        return REFUSED
    _count("saved")
    return result


def stored_person(services: Services, person_id: uuid.UUID) -> PersonRow:
    with services.db.session() as s:
        row = s.get(PersonRow, person_id)
        assert row is not None
        return row


def assert_stored_as_given(row: PersonRow, given_input: PersonInput) -> None:
    p = derive_from_pesel(given_input)  # birth date and sex come from a valid PESEL
    assert row.first_name == p.first_name.strip()
    assert row.last_name == p.last_name.strip()
    assert row.pesel == (pesel_rules.normalise(p.pesel) if p.pesel else None)
    if row.pesel is not None:
        assert pesel_rules.is_valid(row.pesel)
    assert row.birth_date == p.birth_date
    assert row.birth_date is None or row.birth_date <= wall_today()
    assert row.sex == (p.sex.value if p.sex else None)
    assert row.id_document_type == (p.id_document_type.value if p.id_document_type else None)
    assert row.id_document_number == ((p.id_document_number or "").strip() or None)
    for part in ("street", "building", "flat", "postal_code", "city"):
        assert getattr(row, part) == getattr(p.address, part).strip()
    assert row.phone == p.phone.strip()
    # What was stored fits the columns of the schema.
    for column in PersonRow.__table__.columns:
        value = getattr(row, column.key)
        length = getattr(column.type, "length", None)
        if isinstance(value, str) and length is not None:
            assert len(value) <= length, column.key


# --- set-up shared by the tests ------------------------------------------------------------


@pytest.fixture
def registered(services: Services, desk: Actor) -> uuid.UUID:
    return services.persons.register_household(desk, person(pesel=PESEL_WOMAN_1985), [])


@pytest.fixture
def administrator(services: Services) -> Actor:
    roles = frozenset({Role.ADMINISTRATOR})
    user_id = services.office.add_user("admin", "Tomasz Adamski", "informatyk", roles)
    return Actor(user_id, "Tomasz Adamski", "informatyk", roles)


def ids(known: uuid.UUID) -> st.SearchStrategy[Any]:
    """The identifier of a real record, an unknown one, or not an identifier at all."""
    return mostly(st.just(known), st.one_of(st.uuids(), wrong_type(), st.just(str(known))))


def next_month() -> dt.date:
    return add_months(wall_today().replace(day=1), 1)


def periodic_application(services: Services, worker: Actor, pid: uuid.UUID) -> uuid.UUID:
    app = services.applications.register(worker, ApplicationInput(
        person_id=pid, received_on=wall_today(), form=BenefitForm.PERIODIC,
        requested_from=next_month()))
    services.applications.set_incomes(worker, app.id, [IncomeInput(pid, "praca", Decimal("300"))])
    return app.id


def valid_grant(app_id: uuid.UUID) -> DecisionInput:
    start = next_month()
    return DecisionInput(application_id=app_id, kind=DecisionKind.GRANT, amount=Decimal("500.00"),
                         period_from=start, period_to=add_months(start, 3) - dt.timedelta(days=1),
                         payment_method=PaymentMethod.BANK_TRANSFER, bank_account=IBAN,
                         reasoning="Wywiad potwierdził trudną sytuację.\nBrak dochodu.")


def spoil(draw: Callable[..., Any], base: T, hostile: dict[str, st.SearchStrategy[Any]],
          at_most: int = 3) -> T:
    """The valid `base` with up to `at_most` fields replaced; about one in four stays valid."""
    fields = draw(st.sets(st.sampled_from(sorted(hostile)), max_size=at_most))
    if draw(st.integers(0, 3)) == 0:
        return base
    return dataclasses.replace(base, **{f: draw(hostile[f]) for f in fields})  # type: ignore[type-var]


# --- persons --------------------------------------------------------------------------------


@st.composite
def members(draw: st.DrawFn, existing: uuid.UUID) -> Any:
    if draw(st.integers(0, 9)) == 0:
        return draw(wrong_type())
    relation = draw(mostly(st.sampled_from([Relation.CHILD, Relation.SPOUSE]),
                           st.one_of(st.just("child"), wrong_type())))
    if draw(st.booleans()):
        return MemberInput(relation, person=draw(person_inputs()))
    return MemberInput(relation, existing_person_id=draw(mostly(ids(existing), st.none())))


@HOSTILE
@given(data=st.data())
def test_registering_a_household_stores_what_was_typed_or_writes_nothing(
        services: Services, desk: Actor, registered: uuid.UUID, data: st.DataObject) -> None:
    applicant = data.draw(person_inputs(pesel=pesels()), label="applicant")
    household = data.draw(mostly(st.lists(members(registered), max_size=2), wrong_type()),
                          label="members")
    pid = attempt(services, lambda: services.persons.register_household(desk, applicant, household))
    if isinstance(pid, uuid.UUID):
        assert isinstance(applicant, PersonInput) and isinstance(household, list)
        assert_stored_as_given(stored_person(services, pid), applicant)
        assert len(services.persons.household(desk, pid)) == 1 + len(household)


@HOSTILE
@given(data=st.data())
def test_updating_a_person_stores_what_was_typed_or_changes_nothing(
        services: Services, desk: Actor, registered: uuid.UUID, data: st.DataObject) -> None:
    target = data.draw(ids(registered), label="person_id")
    changed = data.draw(person_inputs(pesel=st.one_of(st.just(PESEL_WOMAN_1985), pesels())),
                        label="person")
    before = stored_person(services, registered)
    done = attempt(services, lambda: services.persons.update_person(desk, target, changed))
    after = stored_person(services, registered)
    if done is REFUSED:
        assert after.version == before.version
        return
    assert target == registered and isinstance(changed, PersonInput)
    assert_stored_as_given(after, changed)


@HOSTILE
@given(text=st.one_of(hostile_text(), st.from_regex(r"[\d ]{1,14}", fullmatch=True),
                      st.sampled_from(["Kowal", "kowal%", "k_w", "%", "_", "44051", "٤٤"])))
def test_search_with_hostile_text_returns_a_list(services: Services, desk: Actor,
                                                 registered: uuid.UUID, text: str) -> None:
    found = services.persons.search(desk, text)
    assert isinstance(found, list)
    assert services.persons.count(desk, text) >= len(found)
    typed = without_control_characters(text)  # controls cannot be part of a stored name
    # Punctuation separates words, as the name index sees them; wildcards are not special.
    words = re.findall(r"[^\W_]+", fold(typed))
    for summary in found:
        # Whatever is found has, for every typed word, a word of its name starting with it.
        name_words = re.findall(r"[^\W_]+", fold(f"{summary.last_name} {summary.first_name}"))
        by_name = all(any(n.startswith(w) for n in name_words) for w in words)
        assert by_name or (summary.pesel or "").startswith(typed.replace(" ", ""))


def test_wildcards_in_search_match_only_themselves(services: Services, desk: Actor,
                                                   registered: uuid.UUID) -> None:
    assert services.persons.search(desk, "Żółk")  # the registered person, as a control
    for pattern in ("%", "_", "%ki", "Ż_łk", "'; DROP TABLE persons;--", "\x00", "\ud800"):
        assert services.persons.search(desk, pattern) == []
    assert services.persons.search(desk, None) == []  # type: ignore[arg-type]
    assert services.persons.count(desk, "%") == 0


# --- intake and referrals -------------------------------------------------------------------


def _intake_fields(person_id: uuid.UUID) -> dict[str, st.SearchStrategy[Any]]:
    now = wall_now().replace(microsecond=0)
    return {
        "person_id": ids(person_id),
        "received_at": st.one_of(odd_dates(), st.just(now - dt.timedelta(days=3)),
                                 st.just(now + dt.timedelta(days=1)),
                                 st.just(dt.datetime(1, 1, 1)), st.just(dt.datetime(9999, 1, 1))),
        "channel": st.one_of(st.sampled_from(list(Channel)), st.just("phone"), wrong_type()),
        "problem": text_or_wrong(st.just("Brak opału.\r\nChory syn.\tPilne.")),
        "grounds": st.one_of(st.lists(st.sampled_from(list(Ground)), max_size=40).map(tuple),
                             st.lists(st.sampled_from(["1", "other"]), max_size=2).map(tuple),
                             wrong_type()),
        "outcome": st.one_of(st.sampled_from(list(IntakeOutcome)), wrong_type()),
        "reported_by": text_or_wrong(st.just("sąsiadka")),
        "other_ground": text_or_wrong(st.just("zadłużenie czynszu")),
        "urgent": st.one_of(st.booleans(), wrong_type()),
        "advice_given": text_or_wrong(st.just("Poinformowano o dodatku osłonowym.")),
        "refer_to": st.one_of(st.sampled_from(list(Team)), st.none(), wrong_type()),
        "referral_reason": text_or_wrong(st.just("Wniosek o zasiłek.")),
    }


@HOSTILE
@given(data=st.data())
def test_recording_an_intake_stores_what_was_typed_or_writes_nothing(
        services: Services, desk: Actor, registered: uuid.UUID, data: st.DataObject) -> None:
    base = referral_intake(registered)
    intake = spoil(data.draw, base, _intake_fields(registered))
    result = attempt(services, lambda: services.intake.record(desk, intake))
    if isinstance(result, Refused):
        return
    with services.db.session() as s:
        row = s.get(IntakeRow, result.intake_id)
        assert row is not None
        assert row.problem == intake.problem.strip()
        assert row.reported_by == intake.reported_by.strip()
        assert row.other_ground == intake.other_ground.strip()
        assert row.advice_given == intake.advice_given.strip()
        assert row.received_at == intake.received_at
        assert set(row.grounds.split(",")) - {""} == {g.value for g in intake.grounds}
        assert len(row.grounds) <= 120
        if result.referral_id is not None:
            referral = s.get(ReferralRow, result.referral_id)
            assert intake.refer_to is not None and referral is not None
            assert referral.to_team == intake.refer_to.value


@HOSTILE
@given(data=st.data())
def test_returning_a_referral_keeps_the_reason_as_typed_or_changes_nothing(
        services: Services, desk: Actor, benefits_worker: Actor, registered: uuid.UUID,
        data: st.DataObject) -> None:
    fresh = services.intake.record(desk, referral_intake(registered)).referral_id
    assert fresh is not None
    referral_id = data.draw(ids(fresh), label="referral_id")
    reason = data.draw(mostly(st.just("Sprawa należy do pracy socjalnej.\nProszę o\tzmianę."),
                              text_or_wrong(st.just(" "))), label="reason")
    attempt(services, lambda: services.referrals.return_(benefits_worker, referral_id, reason))
    with services.db.session() as s:
        row = s.get(ReferralRow, fresh)
        assert row is not None
        if row.status == "returned":
            assert row.return_reason == reason.strip()
        else:
            assert row.status == "pending" and row.return_reason == ""


# --- applications and incomes ---------------------------------------------------------------


def _application_fields(person_id: uuid.UUID) -> dict[str, st.SearchStrategy[Any]]:
    return {
        "person_id": ids(person_id),
        "received_on": odd_dates(),
        "form": st.one_of(st.sampled_from(list(BenefitForm)), st.just("periodic"), wrong_type()),
        "purpose": text_or_wrong(st.just("zakup opału na zimę")),
        "unable_to_work": st.one_of(st.booleans(), wrong_type()),
        "requested_from": st.one_of(st.none(), odd_dates()),
        "requested_to": st.one_of(st.none(), odd_dates()),
    }


@HOSTILE
@given(data=st.data())
def test_registering_an_application_stores_what_was_typed_or_writes_nothing(
        services: Services, benefits_worker: Actor, registered: uuid.UUID,
        data: st.DataObject) -> None:
    base = ApplicationInput(person_id=registered, received_on=wall_today(),
                            form=BenefitForm.PURPOSE, purpose="zakup opału",
                            requested_from=next_month())
    app_input = spoil(data.draw, base, _application_fields(registered))
    view = attempt(services, lambda: services.applications.register(benefits_worker, app_input))
    if isinstance(view, Refused):
        return
    assert (view.received_on, view.form, view.purpose, view.unable_to_work,
            view.requested_from, view.requested_to) == (
        app_input.received_on, app_input.form, app_input.purpose.strip(),
        app_input.unable_to_work, app_input.requested_from, app_input.requested_to)
    assert view.received_on <= wall_today()
    if view.requested_from and view.requested_to:
        assert view.requested_from <= view.requested_to
    assert len(view.purpose) <= 300


@HOSTILE
@given(data=st.data())
def test_setting_incomes_stores_the_amounts_as_typed_or_changes_nothing(
        services: Services, benefits_worker: Actor, registered: uuid.UUID,
        data: st.DataObject) -> None:
    app_id = periodic_application(services, benefits_worker, registered)
    line = st.builds(IncomeInput, person_id=ids(registered),
                     source=mostly(st.just("umowa zlecenie"), text_or_wrong(st.just(" "))),
                     amount=mostly(st.decimals(0, 5000, places=2), odd_amounts()))
    lines = data.draw(mostly(st.lists(mostly(line, wrong_type()), max_size=3), wrong_type()),
                      label="lines")
    target = data.draw(ids(app_id), label="application_id")
    before = services.applications.incomes(benefits_worker, app_id)
    done = attempt(services, lambda: services.applications.set_incomes(benefits_worker, target, lines))
    after = services.applications.incomes(benefits_worker, app_id)
    if done is REFUSED:
        assert after == before
        return
    assert isinstance(lines, list)
    assert [(i.person_id, i.source, i.amount) for i in after] == [
        (x.person_id, x.source.strip(), x.amount) for x in lines]
    for i in after:
        assert i.amount >= 0 and i.amount == i.amount.quantize(Decimal("0.01"))


# --- decisions ------------------------------------------------------------------------------


def _decision_fields(app_id: uuid.UUID) -> dict[str, st.SearchStrategy[Any]]:
    return {
        "application_id": ids(app_id),
        "kind": st.one_of(st.sampled_from(list(DecisionKind)), st.just("grant"), wrong_type()),
        "amount": st.one_of(st.none(), odd_amounts()),
        "period_from": st.one_of(st.none(), odd_dates()),
        "period_to": st.one_of(st.none(), odd_dates()),
        "payment_method": st.one_of(st.sampled_from(list(PaymentMethod)), wrong_type()),
        "bank_account": st.one_of(st.none(), ibans()),
        "reasoning": text_or_wrong(st.just("Uzasadnienie.\r\nDruga linia.")),
    }


@pytest.fixture
def application(services: Services, benefits_worker: Actor, registered: uuid.UUID) -> uuid.UUID:
    return periodic_application(services, benefits_worker, registered)


@HOSTILE
@given(data=st.data())
def test_preparing_a_decision_stores_the_draft_as_typed_or_writes_nothing(
        services: Services, benefits_worker: Actor, application: uuid.UUID,
        data: st.DataObject) -> None:
    decision = spoil(data.draw, valid_grant(application), _decision_fields(application))
    view = attempt(services, lambda: services.decisions.prepare(benefits_worker, decision))
    if isinstance(view, Refused):
        return
    assert (view.kind, view.amount, view.period_from, view.period_to, view.payment_method,
            view.reasoning) == (decision.kind, decision.amount, decision.period_from,
                                decision.period_to, decision.payment_method,
                                decision.reasoning.strip())
    if view.period_from and view.period_to:
        assert view.period_from <= view.period_to
    if view.amount is not None:
        assert view.amount > 0 and view.amount == view.amount.quantize(Decimal("0.01"))
    if view.bank_account is not None:
        assert len(view.bank_account) <= 34


@settings(HOSTILE, max_examples=30)
@given(data=st.data())
def test_signing_with_hostile_dates_and_ids_signs_or_changes_nothing(
        services: Services, benefits_worker: Actor, signer: Actor, registered: uuid.UUID,
        data: st.DataObject) -> None:
    app_id = periodic_application(services, benefits_worker, registered)
    draft = services.decisions.prepare(benefits_worker, valid_grant(app_id))
    decision_id = data.draw(ids(draft.id), label="decision_id")
    on = data.draw(mostly(st.one_of(st.none(), st.just(wall_today())), odd_dates()), label="on")
    signed = attempt(services, lambda: services.decisions.sign(signer, decision_id, on))
    with services.db.session() as s:
        row = s.get(DecisionRow, draft.id)
        assert row is not None
        if signed is REFUSED:
            assert row.status == "draft" and row.issued_on is None
            # The draft is left for the next example's application to be the only open one.
            services.decisions.discard_draft(benefits_worker, draft.id)
            return
        assert row.status == "signed"
        assert row.issued_on == (on or wall_today())
        assert row.issued_on is not None and row.issued_on <= wall_today()


# --- the office's settings ------------------------------------------------------------------


@HOSTILE
@given(data=st.data())
def test_office_settings_are_stored_as_typed_or_not_at_all(
        services: Services, administrator: Actor, data: st.DataObject) -> None:
    update = getattr(services.office, "update_settings", None)
    if update is None:
        pytest.skip("the office's settings are not edited through a checked use case yet")
    hostile = {f.name: text_or_wrong(st.just(getattr(OfficeSettings(), f.name)))
               for f in dataclasses.fields(OfficeSettings)}
    new = spoil(data.draw, OfficeSettings(), hostile)
    before = services.office.settings()
    done = attempt(services, lambda: update(administrator, new))
    after = services.office.settings()
    if done is REFUSED:
        assert after == before
        return
    assert after == new


# --- the worst values, every run ------------------------------------------------------------
# Hypothesis samples; these values are tried on every run, each against the field it targets.

WORST_TEXT = ("\x00", "a\x1bb", "\ud800", "x" * 10_001, "Nowak\u202ekiwoK")
WORST_TYPES: tuple[Any, ...] = (7, b"Nowak", {"a": 1}, ["a"], Decimal("1"), dt.date(2020, 1, 1))
WORST_AMOUNTS: tuple[Any, ...] = (
    Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("-0.01"),
    Decimal("0.001"), Decimal("1E+30"), Decimal("99999999999999999999999999999999.99"),
    float("nan"), 12.5, 100, "750,00", b"1",
)
NOT_DATES: tuple[Any, ...] = (dt.datetime(2020, 1, 1, 12), dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
                              "2020-01-01", 20200101, b"2020")


def refused(services: Services, call: Callable[[], object]) -> set[tuple[str, str]]:
    """The (field, code) pairs of a refusal that must happen; checked to have written nothing."""
    before = row_counts(services)
    try:
        call()
    except ValidationError as exc:
        problems = {(e.field, e.code) for e in exc.errors}
        assert {code for _, code in problems} <= ERRORS.keys()
    except (PermissionDenied, NotFound, ConflictError):
        problems = set()
    else:
        raise AssertionError("saved")
    assert row_counts(services) == before
    return problems


def fields_of(problems: set[tuple[str, str]]) -> set[str]:
    return {field for field, _ in problems}


def test_the_worst_text_in_a_person_is_refused_next_to_its_field(services: Services,
                                                                 desk: Actor) -> None:
    for field in ("first_name", "street", "city", "phone", "id_document_number", "pesel"):
        for value in WORST_TEXT + WORST_TYPES:
            p = person()
            if field in ("street", "city"):
                p = dataclasses.replace(p, address=dataclasses.replace(p.address, **{field: value}))
            else:
                p = dataclasses.replace(p, **{field: value})
            problems = refused(services, lambda: services.persons.register_household(desk, p, []))
            assert fields_of(problems) == {field}, (field, value, problems)


def test_text_longer_than_its_column_is_too_long(services: Services, desk: Actor) -> None:
    for field, size in (("first_name", 80), ("street", 120), ("building", 20), ("flat", 20),
                        ("city", 120), ("phone", 40), ("id_document_number", 40)):
        p = person(id_document_type=IdDocumentType.PASSPORT)
        value: Any = "1" * (size + 1) if field == "phone" else "A" * (size + 1)
        if field in ("street", "building", "flat", "city"):
            p = dataclasses.replace(p, address=dataclasses.replace(p.address, **{field: value}))
        else:
            p = dataclasses.replace(p, **{field: value})
        assert (field, "too_long") in refused(
            services, lambda: services.persons.register_household(desk, p, [])), field


def test_birth_dates_of_the_wrong_kind_or_out_of_range_are_refused(services: Services,
                                                                  desk: Actor) -> None:
    tomorrow = wall_today() + dt.timedelta(days=1)
    for value in NOT_DATES + (tomorrow, dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        p = person(pesel=None, id_document_type=IdDocumentType.PASSPORT, id_document_number="FX1",
                   birth_date=value)
        problems = refused(services, lambda: services.persons.register_household(desk, p, []))
        assert fields_of(problems) == {"birth_date"}, value


def test_a_pesel_dated_in_the_future_is_refused(services: Services, desk: Actor) -> None:
    future = build_pesel(dt.date(2250, 1, 1), 123, 4)
    assert pesel_rules.is_valid(future)  # the checksum and the calendar alone accept it
    assert refused(services, lambda: services.persons.register_household(
        desk, person(pesel=future), [])) == {("pesel", "pesel_invalid")}


def test_a_person_without_a_pesel_is_stored_without_one(services: Services, desk: Actor) -> None:
    """A PESEL field of spaces is no PESEL: two such people must not collide on an empty one."""
    for number in ("FX1", "FX2"):
        pid = services.persons.register_household(desk, person(
            pesel="  -  ", id_document_type=IdDocumentType.PASSPORT, id_document_number=number), [])
        assert stored_person(services, pid).pesel is None


def test_the_same_member_twice_is_refused(services: Services, desk: Actor,
                                          registered: uuid.UUID) -> None:
    twice = [MemberInput(Relation.CHILD, existing_person_id=registered)] * 2
    assert ("member.1", "person_repeated_in_household") in refused(
        services, lambda: services.persons.register_household(desk, person(), twice))


def test_the_worst_income_amounts_are_refused(services: Services, benefits_worker: Actor,
                                              application: uuid.UUID,
                                              registered: uuid.UUID) -> None:
    for amount in WORST_AMOUNTS + (None,):
        line = IncomeInput(registered, "praca", amount)
        assert refused(services, lambda: services.applications.set_incomes(
            benefits_worker, application, [line])) == {("income.0.amount", "amount_invalid")}, amount
    long_source = IncomeInput(registered, "x" * 201, Decimal("1"))
    assert refused(services, lambda: services.applications.set_incomes(
        benefits_worker, application, [long_source])) == {("income.0.source", "too_long")}


@pytest.mark.without_interview  # it compares every table before and after: nothing added
def test_the_worst_decisions_are_refused(services: Services, benefits_worker: Actor,
                                         application: uuid.UUID) -> None:
    good = valid_grant(application)
    for amount in WORST_AMOUNTS + (Decimal("0"),):
        bad = dataclasses.replace(good, amount=amount)
        assert ("amount", "amount_invalid") in refused(
            services, lambda: services.decisions.prepare(benefits_worker, bad)), amount
    for field in ("period_from", "period_to"):
        for value in NOT_DATES:
            bad = dataclasses.replace(good, **{field: value})
            assert (field, "invalid") in refused(
                services, lambda: services.decisions.prepare(benefits_worker, bad)), value
    assert good.period_from is not None
    backwards = dataclasses.replace(good, period_to=good.period_from - dt.timedelta(days=1))
    assert ("period_to", "end_before_start") in refused(
        services, lambda: services.decisions.prepare(benefits_worker, backwards))
    ancient = dataclasses.replace(good, period_from=dt.date(1, 1, 1))
    assert ("period_from", "no_law_parameters") in refused(
        services, lambda: services.decisions.prepare(benefits_worker, ancient))
    accounts: tuple[Any, ...] = ("PL61109010140000071219812875", "\x00", 12345, b"PL61")
    for account in accounts:
        bad = dataclasses.replace(good, bank_account=account)
        assert "bank_account" in fields_of(refused(
            services, lambda: services.decisions.prepare(benefits_worker, bad))), account
    reasonings: tuple[Any, ...] = ("\x00", "\ud800", "x" * 20_001, None)
    for reasoning in reasonings:
        bad = dataclasses.replace(good, reasoning=reasoning)
        assert fields_of(refused(
            services, lambda: services.decisions.prepare(benefits_worker, bad))) == {"reasoning"}


def test_intake_times_of_the_wrong_kind_or_out_of_range_are_refused(
        services: Services, desk: Actor, registered: uuid.UUID) -> None:
    now = wall_now()
    for value in NOT_DATES[1:] + (dt.date(2020, 1, 1), now + dt.timedelta(days=1),
                                  dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31)):
        intake = dataclasses.replace(referral_intake(registered), received_at=value)
        problems = refused(services, lambda: services.intake.record(desk, intake))
        assert fields_of(problems) == {"received_at"}, value


def test_the_worst_return_reasons_are_refused(services: Services, desk: Actor,
                                              benefits_worker: Actor,
                                              registered: uuid.UUID) -> None:
    referral_id = services.intake.record(desk, referral_intake(registered)).referral_id
    assert referral_id is not None
    reasons: tuple[Any, ...] = ("x" * 4001, "\x00", "\ud800", "a\u202eb", " \n ", None, 7, b"powod")
    for value in reasons:
        problems = refused(
            services, lambda: services.referrals.return_(benefits_worker, referral_id, value))
        assert fields_of(problems) == {"return_reason"}, value


def test_signing_on_a_date_of_the_wrong_kind_or_in_the_future_is_refused(
        services: Services, benefits_worker: Actor, signer: Actor,
        application: uuid.UUID) -> None:
    draft = services.decisions.prepare(benefits_worker, valid_grant(application))
    for value in NOT_DATES + (wall_today() + dt.timedelta(days=1),):
        problems = refused(services, lambda: services.decisions.sign(signer, draft.id, value))
        assert problems == {("issued_on", "invalid" if value in NOT_DATES else "future_date")}


def test_identifiers_of_the_wrong_kind_are_refused(
        services: Services, desk: Actor, benefits_worker: Actor, signer: Actor,
        registered: uuid.UUID, application: uuid.UUID) -> None:
    not_ids: tuple[Any, ...] = (None, 7, b"x", {"a": 1}, str(registered))
    for value in not_ids:
        calls: list[Callable[[], object]] = [
            lambda: services.persons.update_person(desk, value, person(pesel=PESEL_WOMAN_1985)),
            lambda: services.persons.register_household(
                desk, person(), [MemberInput(Relation.CHILD, existing_person_id=value)]),
            lambda: services.intake.record(desk, referral_intake(value)),
            lambda: services.referrals.return_(benefits_worker, value, "powód"),
            lambda: services.referrals.accept(benefits_worker, value),
            lambda: services.applications.register(benefits_worker, ApplicationInput(
                person_id=value, received_on=wall_today(), form=BenefitForm.PERIODIC)),
            lambda: services.applications.set_incomes(benefits_worker, value, []),
            lambda: services.applications.set_incomes(
                benefits_worker, application, [IncomeInput(value, "praca", Decimal("1.00"))]),
            lambda: services.decisions.prepare(
                benefits_worker, dataclasses.replace(valid_grant(application),
                                                     application_id=value)),
            lambda: services.decisions.sign(signer, value),
        ]
        for call in calls:
            refused(services, call)


# --- what the amount fields of the forms accept ---------------------------------------------


@settings(max_examples=80, deadline=None)
@given(text=st.one_of(hostile_text(), st.from_regex(r"[\d ,.\-+eE_zł]{0,16}", fullmatch=True)))
def test_typed_amounts_are_plain_zloty_and_grosze_or_refused(text: str) -> None:
    try:
        value = parse_money(text)
    except MoneyFormatError:
        return
    assert isinstance(value, Decimal) and value.as_tuple().exponent == -2
    assert Decimal(0) <= value < Decimal(100_000_000)
    digits = text.replace("zł", "").replace(" ", "").replace("\u00a0", "").replace(",", ".")
    assert set(digits.strip()) <= set("0123456789.")  # no exponents, underscores, other digits


@settings(max_examples=40, deadline=None)
@given(amount=st.decimals(min_value=0, max_value=Decimal("99999999.99"), places=2))
def test_amounts_written_the_polish_way_read_back_exactly(amount: Decimal) -> None:
    whole, _, grosze = f"{amount:.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u00a0")
    assert parse_money(f"{grouped},{grosze} zł") == amount
