"""A data subject's copy of their data, retention and anonymisation, through the services."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import inspect, select, update
from sqlalchemy import text as sql

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from ops_desktop.domain.retention import RetentionRule, case_file_class
from ops_desktop.domain.social_work_log import LogKind
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    Channel,
    DecisionKind,
    Ground,
    IntakeOutcome,
    NoteKind,
    PaymentMethod,
    Relation,
    Role,
    Team,
)
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.services.intake import IntakeInput
from ops_desktop.services.persons import MemberInput
from ops_desktop.services.social_work_log import LogEntryInput
from ops_desktop.storage import audit
from ops_desktop.storage.acts import check_acts
from ops_desktop.storage.models import AuditRow, CaseRow, DecisionRow

from .helpers import (
    PESEL_MAN_1944,
    PESEL_WOMAN_1985,
    PESEL_WOMAN_2002,
    person,
    referral_intake,
)

IBAN = "PL61109010140000071219812874"
JAN_PROBLEM = "Brak środków na opał i leki, utrata pracy."
JAN_NOTE = "Wywiad środowiskowy: mieszkanie zimne, brak opału."
JAN_LOG_NOTE = "Rozmowa o piciu syna"  # the social-work log's short note
MARIA_PROBLEM = "Maria prosi o poradę w sprawie alimentów."
MARIA_SOURCE = "wynagrodzenie w piekarni"
JAN_SOURCE = "emerytura ZUS"
CLOSED = dt.date(2014, 5, 10)  # B10: may go from 1 January 2025


@dataclass(frozen=True)
class World:
    jan: uuid.UUID
    maria: uuid.UUID
    other: uuid.UUID  # a third person whose application is still in progress
    benefits_sign: str
    social_sign: str
    other_sign: str
    decision_id: uuid.UUID


def _close(services: Services, signs: list[str], on: dt.date = CLOSED) -> None:
    with services.db.session() as s:
        s.execute(update(CaseRow).where(CaseRow.sign.in_(signs)).values(closed_on=on))


@pytest.fixture
def world(services: Services, coordinator: Actor) -> World:
    """Jan (with Maria in his household): an intake, a social-work case with a note, and a
    benefits case with an application, both incomes and a signed decision."""
    head = coordinator
    jan = services.persons.register_household(head, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985))])
    maria = next(m.person_id for m in services.persons.household(head, jan) if m.person_id != jan)
    intake = services.intake.record(head, IntakeInput(
        **{**referral_intake(jan, Team.SOCIAL_WORK).__dict__, "problem": JAN_PROBLEM}))
    assert intake.referral_id is not None
    social = services.referrals.accept(head, intake.referral_id)
    services.social_work.add_note(head, social.id, NoteKind.INTERVIEW, wall_today(), JAN_NOTE)
    services.social_work_log.add(head, LogEntryInput(social.id, wall_today(),
                                                     LogKind.COUNSELLING, 30, note=JAN_LOG_NOTE))
    services.intake.record(head, IntakeInput(
        person_id=maria, received_at=wall_now().replace(microsecond=0) - dt.timedelta(hours=2),
        channel=Channel.PHONE, problem=MARIA_PROBLEM, grounds=(Ground.POVERTY,),
        outcome=IntakeOutcome.INFORMATION, advice_given="Skierowano do radcy prawnego."))

    start = add_months(wall_today().replace(day=1), 1)
    app = services.applications.register(head, ApplicationInput(
        person_id=jan, received_on=wall_today(), form=BenefitForm.PERIODIC,
        requested_from=start, requested_to=add_months(start, 2)))
    services.applications.set_incomes(head, app.id, [
        IncomeInput(jan, JAN_SOURCE, Decimal("500")), IncomeInput(maria, MARIA_SOURCE, Decimal("300"))])
    draft = services.decisions.prepare(head, DecisionInput(
        app.id, DecisionKind.GRANT, Decimal("450.00"), start, add_months(start, 2) - dt.timedelta(days=1),
        PaymentMethod.BANK_TRANSFER, IBAN, "Rodzina w trudnej sytuacji po utracie pracy."))
    services.decisions.sign(head, draft.id)

    other = services.persons.register_household(head, person("Zofia", "Nowak", PESEL_WOMAN_2002), [])
    other_app = services.applications.register(head, ApplicationInput(
        person_id=other, received_on=wall_today(), form=BenefitForm.PURPOSE, purpose="opał"))
    return World(jan, maria, other, app.case_sign, social.sign, other_app.case_sign, draft.id)


def _export(services: Services, head: Actor, who: uuid.UUID) -> dict:
    return json.loads(services.personal_data.export_json(head, who).decode("utf-8"))


def _pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text() for p in pages).replace("\u00a0", " ").split())


def _staff(services: Services, login: str, roles: frozenset[Role]) -> Actor:
    user_id = services.office.add_user(login, login.title(), "", roles)
    return Actor(user_id, login.title(), "", roles)


# --- export ----------------------------------------------------------------------------


def test_export_holds_everything_about_the_person_and_nothing_of_others(
    services: Services, coordinator: Actor, world: World
) -> None:
    data = _export(services, coordinator, world.jan)
    assert data["schema"] == "ops-desktop/subject-export" and data["schema_version"] == 1
    assert dt.datetime.fromisoformat(data["generated_at"]).tzinfo is not None
    assert data["person"]["pesel"] == PESEL_MAN_1944
    assert (data["person"]["first_name"], data["person"]["last_name"]) == ("Jan", "Żółkiewski")
    assert data["person"]["address_lines"] == ["ul. Polna 3/5", "66-999 Lipowiec"]
    assert [(m["full_name"], m["relation"], m["is_subject"]) for m in data["household"]] == [
        ("Jan Żółkiewski", "applicant", True), ("Maria Żółkiewska", "spouse", False)]
    assert {c["sign"] for c in data["cases"]} == {world.benefits_sign, world.social_sign}
    assert [i["problem"] for i in data["intakes"]] == [JAN_PROBLEM]
    assert [r["reason"] for r in data["referrals"]] == ["Wniosek o zasiłek okresowy."]
    assert [(a["case_sign"], a["form"]) for a in data["applications"]] == [
        (world.benefits_sign, "periodic")]
    assert [(n["source"], n["amount"]) for n in data["incomes"]] == [(JAN_SOURCE, "500.00")]
    [decision] = data["decisions"]
    assert (decision["case_sign"], decision["amount"], decision["status"]) == (
        world.benefits_sign, "450.00", "signed")
    assert [n["text"] for n in data["social_work_notes"]] == [JAN_NOTE]
    actions = {(a["user_name"], a["action"]) for a in data["accesses"]}
    assert (coordinator.full_name, "insert") in actions and (coordinator.full_name, "update") in actions
    assert all(set(a) == {"at", "user_name", "action", "entity"} for a in data["accesses"])

    raw = json.dumps(data, ensure_ascii=False)
    for foreign in (PESEL_WOMAN_1985, MARIA_PROBLEM, MARIA_SOURCE, "300.00", "Zofia", "Nowak",
                    world.other_sign):
        assert foreign not in raw, foreign


def test_json_is_stable_utf8_with_sorted_keys(services: Services, coordinator: Actor,
                                              world: World) -> None:
    raw = services.personal_data.export_json(coordinator, world.jan)
    text = raw.decode("utf-8")
    assert "Żółkiewski" in text  # not \u-escaped
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) == text


def test_pdf_is_for_the_person_in_polish(services: Services, coordinator: Actor,
                                         world: World) -> None:
    text = _pdf_text(services.personal_data.export_pdf(coordinator, world.jan))
    for expected in ("Informacja o przetwarzanych danych osobowych", "art. 15 RODO",
                     "Jan Żółkiewski", PESEL_MAN_1944, world.benefits_sign, world.social_sign,
                     JAN_PROBLEM, JAN_NOTE, "zasiłek okresowy", "450,00 zł",
                     "Maria Żółkiewska – małżonka", coordinator.full_name,
                     "Gminny Ośrodek Pomocy Społecznej", "Prezesa Urzędu Ochrony Danych"):
        assert expected in text, expected
    assert PESEL_WOMAN_1985 not in text and MARIA_SOURCE not in text


def test_the_copy_names_the_delivery_address_and_a_homeless_persons_place_of_stay(
        services: Services, coordinator: Actor) -> None:
    from ops_desktop.domain.person import Address

    pid = services.persons.register_household(coordinator, person(
        address=Address("", "", "", "", "Lipowiec"), homeless=True,
        delivery_address=Address("Rynek", "1", "", "66-999", "Lipowiec")), [])
    text = _pdf_text(services.personal_data.export_pdf(coordinator, pid))
    assert "Miejsce pobytu (osoba bezdomna) Lipowiec" in text
    assert "Adres do doręczeń ul. Rynek 1, 66-999 Lipowiec" in text
    data = json.loads(services.personal_data.export_json(coordinator, pid))
    assert data["person"]["homeless"] is True
    assert data["person"]["delivery_lines"] == ["ul. Rynek 1", "66-999 Lipowiec"]


def test_only_the_head_may_export(services: Services, world: World, desk: Actor,
                                  benefits_worker: Actor, social_worker: Actor) -> None:
    others = [desk, benefits_worker, social_worker,
              _staff(services, "admin", frozenset({Role.ADMINISTRATOR})),
              _staff(services, "iod", frozenset({Role.AUDITOR}))]
    for actor in others:
        with pytest.raises(PermissionDenied):
            services.personal_data.export(actor, world.jan)
        with pytest.raises(PermissionDenied):
            services.personal_data.export_pdf(actor, world.jan)


def test_the_export_is_audited(services: Services, coordinator: Actor, world: World) -> None:
    services.personal_data.export_json(coordinator, world.jan)
    with services.db.session() as s:
        exports = s.scalars(select(AuditRow).where(AuditRow.action == "export")).all()
        assert [(e.actor_id, e.person_id) for e in exports] == [(coordinator.user_id, world.jan)]
    with pytest.raises(NotFound):
        services.personal_data.export(coordinator, uuid.uuid4())


# --- retention rules -------------------------------------------------------------------


def test_rules_default_to_b10_and_the_head_may_change_them(
    services: Services, coordinator: Actor, benefits_worker: Actor
) -> None:
    rules = services.personal_data.rules(coordinator)
    assert {(r.category, r.years) for r in rules} == {("B10", 10)}
    own = RetentionRule(case_file_class(Team.SERVICES.value), "B5", 5)
    services.personal_data.save_rules(coordinator, [own])
    saved = services.personal_data.rules(coordinator)
    assert own in saved and len(saved) == len(rules)

    admin = _staff(services, "admin", frozenset({Role.ADMINISTRATOR}))
    assert services.personal_data.rules(admin) == saved  # may read what is set …
    with pytest.raises(PermissionDenied):  # … but the head decides
        services.personal_data.save_rules(admin, [own])
    with pytest.raises(PermissionDenied):
        services.personal_data.rules(benefits_worker)
    with pytest.raises(ValidationError) as refused:
        services.personal_data.save_rules(coordinator, [RetentionRule("case_file.x", "B10", 3)])
    assert refused.value.codes_for("rules.0.years") == ["retention_years_mismatch"]
    assert services.personal_data.rules(coordinator) == saved


# --- preview ---------------------------------------------------------------------------


def test_preview_lists_only_persons_past_retention(
    services: Services, coordinator: Actor, world: World
) -> None:
    preview = services.personal_data.retention_preview
    assert preview(coordinator, dt.date(2040, 1, 1)) == []  # no case is closed yet
    _close(services, [world.benefits_sign])
    assert preview(coordinator, dt.date(2040, 1, 1)) == []  # the social-work case is still open
    _close(services, [world.social_sign, world.other_sign])
    assert preview(coordinator, dt.date(2024, 12, 31)) == []  # ten years not over yet
    [candidate] = preview(coordinator, dt.date(2025, 1, 1))
    assert candidate.person_id == world.jan  # Zofia's application is still in progress
    assert candidate.full_name == "Jan Żółkiewski" and candidate.pesel == PESEL_MAN_1944
    assert set(candidate.case_signs) == {world.benefits_sign, world.social_sign}
    assert candidate.last_closed_on == CLOSED
    assert candidate.past_retention_since == dt.date(2025, 1, 1)
    removes = candidate.removes
    assert (removes.intakes, removes.referrals, removes.social_work_notes, removes.decisions,
            removes.incomes) == (1, 1, 1, 1, 2)


def test_the_latest_closed_case_and_each_teams_rule_decide(
    services: Services, coordinator: Actor, world: World
) -> None:
    _close(services, [world.benefits_sign], dt.date(2014, 5, 10))
    _close(services, [world.social_sign], dt.date(2019, 3, 1))
    preview = services.personal_data.retention_preview
    assert preview(coordinator, dt.date(2029, 12, 31)) == []  # social work: B10 from 2020
    assert [c.past_retention_since for c in preview(coordinator, dt.date(2030, 1, 1))] == [
        dt.date(2030, 1, 1)]
    services.personal_data.save_rules(coordinator, [
        RetentionRule(case_file_class(Team.SOCIAL_WORK.value), "B5", 5)])
    assert [c.past_retention_since for c in preview(coordinator, dt.date(2025, 1, 1))] == [
        dt.date(2025, 1, 1)]
    services.personal_data.save_rules(coordinator, [
        RetentionRule(case_file_class(Team.SOCIAL_WORK.value), "A", 0)])
    assert preview(coordinator, dt.date(2200, 1, 1)) == []  # archival: kept for ever


def test_only_the_head_may_preview_or_anonymise(
    services: Services, world: World, benefits_worker: Actor, social_worker: Actor
) -> None:
    admin = _staff(services, "admin", frozenset({Role.ADMINISTRATOR}))
    for actor in (benefits_worker, social_worker, admin):
        with pytest.raises(PermissionDenied):
            services.personal_data.retention_preview(actor, dt.date(2030, 1, 1))
        with pytest.raises(PermissionDenied):
            services.personal_data.anonymise(actor, [world.jan], "ANONIMIZUJ 1", dt.date(2030, 1, 1))


# --- anonymisation ---------------------------------------------------------------------


def _all_cells(services: Services) -> list[str]:
    """Every text value in every table of the store, as SQL sees it."""
    with services.db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        return [str(v) for t in tables for row in conn.execute(sql(f'SELECT * FROM "{t}"'))
                for v in row if isinstance(v, str)]


def test_a_wrong_confirmation_changes_nothing(
    services: Services, coordinator: Actor, world: World
) -> None:
    _close(services, [world.benefits_sign, world.social_sign])
    today = dt.date(2025, 1, 1)
    before = services.persons.file(coordinator, world.jan)
    for typed in ("", "ANONIMIZUJ 2", "anonimizuj 1", "ANONIMIZUJ 1 ", "ANONIMIZUJ"):
        with pytest.raises(ValidationError) as refused:
            services.personal_data.anonymise(coordinator, [world.jan], typed, today)
        assert refused.value.codes_for("confirmation") == ["confirmation_mismatch"]
    # Someone not (yet) due is refused even with the right phrase, and takes the others along.
    with pytest.raises(ValidationError) as refused:
        services.personal_data.anonymise(coordinator, [world.jan, world.maria], "ANONIMIZUJ 2", today)
    assert refused.value.codes_for("persons") == ["not_past_retention"]
    with pytest.raises(ValidationError):
        services.personal_data.anonymise(coordinator, [world.jan], "ANONIMIZUJ 1",
                                         dt.date(2024, 12, 31))
    assert services.persons.file(coordinator, world.jan) == before
    with services.db.session() as s:
        assert s.scalars(select(AuditRow).where(AuditRow.action == "anonymise")).all() == []


def test_anonymisation_removes_the_person_everywhere_and_keeps_the_registers(
    services: Services, coordinator: Actor, world: World
) -> None:
    _close(services, [world.benefits_sign, world.social_sign])
    today = dt.date(2025, 1, 1)
    assert "44051401359" in _all_cells(services)
    result = services.personal_data.anonymise(coordinator, [world.jan], "ANONIMIZUJ 1", today)
    assert (result.persons, result.intakes, result.referrals, result.social_work_notes,
            result.decisions, result.incomes) == (1, 1, 1, 1, 1, 2)
    assert result.audit_entries_redacted > 0

    cells = _all_cells(services)
    for gone in (PESEL_MAN_1944, "Jan Żółkiewski", JAN_PROBLEM, JAN_NOTE, JAN_LOG_NOTE, JAN_SOURCE,
                 "Wniosek o zasiłek okresowy.", "Rodzina w trudnej sytuacji", IBAN):
        assert not [c for c in cells if gone in c], gone

    assert services.persons.search(coordinator, "Żółkiewski") == []
    assert [p.id for p in services.persons.search(coordinator, "Żółkiewsk")] == [world.maria]
    assert services.persons.search(coordinator, PESEL_MAN_1944[:6]) == []
    shown = services.persons.file(coordinator, world.jan)
    assert shown.person.full_name == "Osoba zanonimizowana"
    assert (shown.person.pesel, shown.person.birth_date, shown.person.address, shown.phone) == (
        None, None, "", "")
    # Signs, amounts and dates stay for the registers and statistics.
    assert {c.sign for c in shown.cases} == {world.benefits_sign, world.social_sign}
    [decision] = shown.decisions
    assert (decision.case_sign, decision.amount) == (world.benefits_sign, Decimal("450.00"))
    with services.db.session() as s:
        row = s.get(DecisionRow, world.decision_id)
        assert row is not None and row.status == "signed" and row.anonymised_at is not None
        assert (row.party_name, row.party_address, row.party_pesel) == ("Osoba zanonimizowana", "", None)
    reprint = _pdf_text(services.decisions.render(coordinator, world.decision_id))
    assert "Osoba zanonimizowana" in reprint and "Żółkiewski" not in reprint
    # Maria keeps her own data.
    maria = services.persons.file(coordinator, world.maria)
    assert maria.person.pesel == PESEL_WOMAN_1985


def test_anonymisation_is_audited_and_the_log_still_verifies(
    services: Services, coordinator: Actor, world: World
) -> None:
    _close(services, [world.benefits_sign, world.social_sign])
    services.personal_data.anonymise(coordinator, [world.jan], "ANONIMIZUJ 1", dt.date(2025, 1, 1))
    with services.db.session() as s:
        entries = s.scalars(select(AuditRow).where(AuditRow.person_id == world.jan)).all()
        assert entries and all(e.changes is None for e in entries if e.action != "sign")
        # A signing's entry keeps the act's hashes, which name nobody: verify needs them.
        signings = [e for e in entries if e.action == "sign"]
        assert signings and all(set(json.loads(e.changes or "{}")) == {"act", "party", "columns"}
                                for e in signings)
        [event] = [e for e in entries if e.action == "anonymise"]
        assert (event.actor_id, event.entity, event.entity_id) == (
            coordinator.user_id, "person", str(world.jan))
        assert audit.verify_chain(s.connection()).ok
        assert check_acts(s.connection()).ok  # the blanked decisions still match their signing


def test_an_anonymised_person_is_not_offered_again(
    services: Services, coordinator: Actor, world: World
) -> None:
    _close(services, [world.benefits_sign, world.social_sign])
    today = dt.date(2025, 1, 1)
    services.personal_data.anonymise(coordinator, [world.jan], "ANONIMIZUJ 1", today)
    assert services.personal_data.retention_preview(coordinator, today) == []
    with pytest.raises(ValidationError):
        services.personal_data.anonymise(coordinator, [world.jan], "ANONIMIZUJ 1", today)
    # The person's own copy now says what is left.
    data = _export(services, coordinator, world.jan)
    assert data["person"]["anonymised_at"] is not None and data["person"]["pesel"] is None


def test_the_persons_copy_leaves_out_who_reported_them_and_niebieska_karta_notes(
        services: Services, desk: Actor, coordinator: Actor) -> None:
    """Art. 15 ust. 4 RODO: the copy must not hand over other people's data."""
    import dataclasses
    import datetime as dt

    from ops_desktop.domain.vocabulary import NoteKind, Team
    from ops_desktop.services.personal_data import WITHHELD

    from .helpers import person, referral_intake

    pid = services.persons.register_household(desk, person(), [])
    intake = dataclasses.replace(referral_intake(pid, Team.SOCIAL_WORK),
                                 reported_by="Sąsiadka, Maria Nowak, tel. 600 000 000")
    result = services.intake.record(desk, intake)
    case = services.referrals.accept(coordinator, result.referral_id)
    services.social_work.add_note(coordinator, case.id, NoteKind.NIEBIESKA_KARTA,
                                  wall_today(), "Żona relacjonuje przemoc, boi się zemsty.")
    services.social_work.add_note(coordinator, case.id, NoteKind.NOTE, wall_today(),
                                  "Rozmowa o poszukiwaniu pracy.")
    data = services.personal_data.export_json(coordinator, pid).decode()
    assert "Maria Nowak" not in data and "przemoc" not in data
    assert WITHHELD in data and "Rozmowa o poszukiwaniu pracy." in data


# --- records kept since the copy was designed ------------------------------------------

MARIA_SCOPE = "Maria: pomoc przy kąpieli po operacji biodra."  # a health fact of another person


def _services_case(services: Services, head: Actor, who: uuid.UUID) -> uuid.UUID:
    from .helpers import referral_intake

    rid = services.intake.record(head, referral_intake(who, Team.SERVICES)).referral_id
    assert rid is not None
    return services.referrals.accept(head, rid).id


def _care(services: Services, head: Actor, who: uuid.UUID, scope: str) -> str:
    """An order with September's hours billed; returns the bill's number."""
    from ops_desktop.services.care_services import CareOrderInput

    sept = dt.date(2026, 9, 1)
    order = services.care_services.add_order(head, CareOrderInput(
        case_id=_services_case(services, head, who), decision_ref="OPS.8310.4.2026 z 20.08.2026",
        scope=scope, hours_per_week=Decimal("10"), starts_on=sept, ends_on=dt.date(2027, 8, 31),
        carer_name="Ewa Opiekun", provider="OPS Lipowiec", income=Decimal("1600.00"),
        household_size=2))
    services.care_services.record_hours(head, order.id, sept, Decimal("40"))
    return services.care_services.issue_bill(head, order.id, sept).number


def test_interviews_log_care_and_payments_are_in_the_persons_copy_only(
        services: Services, coordinator: Actor, world: World) -> None:
    from .helpers import SECRET, interview_answers

    head = coordinator
    with services.db.session() as s:
        social_id = s.scalar(select(CaseRow.id).where(CaseRow.sign == world.social_sign))
    assert social_id is not None
    yesterday = wall_today() - dt.timedelta(days=1)
    opened = services.interviews.open(head, social_id, yesterday)
    services.interviews.save(head, opened.id, interview_answers(), yesterday,
                             "w miejscu zamieszkania")
    services.interviews.complete(head, opened.id)
    jan_bill = _care(services, head, world.jan, "Pomoc w zakupach i sprzątaniu.")
    maria_bill = _care(services, head, world.maria, MARIA_SCOPE)
    start = add_months(wall_today().replace(day=1), 1)
    [payments] = services.payments.prepare(head, start)

    jan = _export(services, head, world.jan)
    # The one on the social-work case (the benefit's own is on the benefits case).
    [interview] = [i for i in jan["interviews"] if i["case_sign"] == world.social_sign]
    assert (interview["case_sign"], interview["status"], interview["conducted_on"],
            interview["worker_name"]) == (world.social_sign, "completed", yesterday.isoformat(),
                                          head.full_name)
    [entry] = jan["social_work_log"]
    assert (entry["case_sign"], entry["kind"], entry["minutes"]) == (
        world.social_sign, "counselling", 30)
    [order] = jan["care_orders"]
    assert (order["scope"], order["hours_per_week"], order["carer_name"]) == (
        "Pomoc w zakupach i sprzątaniu.", "10", "Ewa Opiekun")
    assert [(b["number"], b["hours"]) for b in jan["care_bills"]] == [(jan_bill, "40")]
    [payment] = jan["payments"]
    assert (payment["list_number"], payment["case_sign"], payment["amount"],
            payment["bank_account"]) == (payments.number, world.benefits_sign, "450.00", IBAN)
    raw = json.dumps(jan, ensure_ascii=False)
    # The interview's answers and the log's note tell of the family (here a son's drinking,
    # violence): art. 15 ust. 4 RODO keeps them out; so does another member's care.
    for foreign in (SECRET, JAN_LOG_NOTE, "w miejscu zamieszkania", MARIA_SCOPE, maria_bill):
        assert foreign not in raw, foreign

    maria = _export(services, head, world.maria)
    assert (maria["interviews"], maria["social_work_log"], maria["payments"]) == ([], [], [])
    assert [o["scope"] for o in maria["care_orders"]] == [MARIA_SCOPE]
    assert [b["number"] for b in maria["care_bills"]] == [maria_bill]
    raw = json.dumps(maria, ensure_ascii=False)
    for foreign in ("Pomoc w zakupach", jan_bill, payments.number, IBAN):
        assert foreign not in raw, foreign

    text = _pdf_text(services.personal_data.export_pdf(head, world.jan))
    for expected in ("10. Rodzinne wywiady środowiskowe", "wywiad (część I)", "przeprowadzony",
                     "11. Dziennik pracy socjalnej", "rozmowa / poradnictwo", "30 min",
                     "12. Usługi opiekuńcze", "Pomoc w zakupach i sprzątaniu.", "10,00 godz.",
                     "13. Rachunki za usługi opiekuńcze", jan_bill,
                     "14. Wypłaty świadczeń", payments.number, "450,00 zł"):
        assert expected in text, expected
    for foreign in (SECRET, JAN_LOG_NOTE, MARIA_SCOPE, maria_bill):
        assert foreign not in text, foreign
