"""Kontrakt socjalny: drafted, signed, never changed after signing (service and store),
annexed, reviewed, ended; the benefits team learns only that one was broken, and when."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.contracts import Assessment, ContractStatus, EndReason, Variant
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.plans import Action, ActionStatus, Performer
from ops_desktop.domain.vocabulary import Relation, Team
from ops_desktop.services.contracts import AnnexInput, BrokenContract, ContractInput, ContractView
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from tests.server_db import RawSQL

from .helpers import (
    PESEL_MAN_1944,
    PESEL_WOMAN_1985,
    SECRET,
    START,
    actions,
    contract_a,
    person,
    referral_intake,
)

TODAY = wall_today()
END = START + dt.timedelta(days=120)


def _case(services: Services, desk: Actor, social_worker: Actor) -> uuid.UUID:
    pid = services.persons.register_household(desk, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985))])
    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    return services.referrals.accept(social_worker, rid).id


def _spouse(services: Services, social_worker: Actor, case_id: uuid.UUID) -> uuid.UUID:
    case = services.cases.get(social_worker, case_id)
    f = services.persons.file(social_worker, case.person_id)
    return next(m.person_id for m in f.household if m.person_id != case.person_id)


def contract_b(**changes: object) -> ContractInput:
    data: dict[str, object] = dict(
        variant=Variant.B, labour_office_referral="PUP Drezdenko, skierowanie 12/2026",
        assessment=Assessment("Długotrwałe bezrobocie.", "Prawo jazdy kat. B.",
                              "Brak doświadczenia.", "Zwolnienie w 2024 r.",
                              "Zasadnicza szkoła zawodowa – ślusarz.",
                              "Staż w 2025 r., przerwany – choroba dziecka."))
    return contract_a(**{**data, **changes})


@pytest.fixture
def case_id(services: Services, desk: Actor, social_worker: Actor) -> uuid.UUID:
    return _case(services, desk, social_worker)


@pytest.fixture
def signed(services: Services, social_worker: Actor, case_id: uuid.UUID) -> ContractView:
    spouse = _spouse(services, social_worker, case_id)
    draft = services.contracts.draft(social_worker, case_id, contract_a((spouse,)))
    return services.contracts.sign(social_worker, draft.id, START)


def test_a_family_contract_names_each_party_with_pesel_and_address_and_the_worker(
        services: Services, social_worker: Actor, signed: ContractView) -> None:
    got = services.contracts.contract(social_worker, signed.id)
    assert got.status is ContractStatus.SIGNED and got.signed_on == START
    assert [(p.name, p.pesel, p.main) for p in got.parties] == [
        ("Jan Żółkiewski", PESEL_MAN_1944, True), ("Maria Żółkiewska", PESEL_WOMAN_1985, False)]
    assert got.parties[0].address == "ul. Polna 3/5, 66-999 Lipowiec"
    assert (got.worker_name, got.worker_phone) == ("Magdalena Kowalczyk", "95 761 00 00")
    assert [a.what for a in got.actions] == ["Działanie 1", "Działanie 2"]
    assert "art. 11 ust. 2" in got.clause and "2010" in got.clause_source


def test_variant_b_is_one_person_with_the_causes_of_unemployment(
        services: Services, social_worker: Actor, case_id: uuid.UUID) -> None:
    spouse = _spouse(services, social_worker, case_id)
    with pytest.raises(ValidationError) as refused:
        services.contracts.draft(social_worker, case_id, contract_b(party_ids=(spouse,)))
    assert refused.value.codes_for("party_ids") == ["variant_b_one_person"]
    with pytest.raises(ValidationError) as refused:
        services.contracts.draft(social_worker, case_id, contract_b(
            assessment=Assessment("a", "b", "c")))
    assert {"unemployment_causes", "qualifications", "earlier_activation"} <= {
        e.field for e in refused.value.errors}
    made = services.contracts.draft(social_worker, case_id, contract_b())
    assert made.variant is Variant.B and made.labour_office_referral.startswith("PUP")
    assert made.assessment.earlier_activation.startswith("Staż")


def test_a_family_may_hold_several_contracts_at_once(
        services: Services, social_worker: Actor, case_id: uuid.UUID, signed: ContractView) -> None:
    services.contracts.sign(social_worker, services.contracts.draft(
        social_worker, case_id, contract_b()).id, START)
    held = services.contracts.contracts_of_case(social_worker, case_id)
    assert sorted(c.variant for c in held) == [Variant.A, Variant.B]
    assert all(c.signed for c in held)


def test_a_draft_changes_and_a_signed_contract_is_refused_by_the_service(
        services: Services, social_worker: Actor, case_id: uuid.UUID) -> None:
    draft = services.contracts.draft(social_worker, case_id, contract_a())
    edited = services.contracts.update_draft(social_worker, draft.id, contract_a(
        main_goal="Nowy cel.", actions=actions(3)))
    assert edited.main_goal == "Nowy cel." and len(edited.actions) == 3
    services.contracts.sign(social_worker, draft.id, START)
    with pytest.raises(ConflictError, match="contract_signed"):
        services.contracts.update_draft(social_worker, draft.id, contract_a(main_goal="Inny."))
    with pytest.raises(ConflictError, match="contract_signed"):
        services.contracts.sign(social_worker, draft.id, START)
    assert services.contracts.contract(social_worker, draft.id).main_goal == "Nowy cel."


def _raw(services: Services, row_id: uuid.UUID) -> str:
    return row_id.hex if services.db.file is not None else str(row_id)


def test_the_store_refuses_any_change_to_a_signed_contract_and_its_actions(
        services: Services, social_worker: Actor, case_id: uuid.UUID, signed: ContractView) -> None:
    draft = services.contracts.draft(social_worker, case_id, contract_a())
    cid, action = _raw(services, signed.id), _raw(services, signed.actions[0].id)
    with RawSQL(services.db) as conn:
        for statement, row in (
                ("UPDATE social_contracts SET main_goal = 'x' WHERE id = ?", cid),
                ("UPDATE social_contracts SET status = 'draft' WHERE id = ?", cid),
                ("UPDATE social_contracts SET ends_on = '2099-01-01' WHERE id = ?", cid),
                ("UPDATE social_contracts SET deleted_at = '2030-01-01' WHERE id = ?", cid),
                ("DELETE FROM social_contracts WHERE id = ?", cid),
                ("UPDATE plan_actions SET due_on = '2099-01-01' WHERE id = ?", action),
                ("DELETE FROM plan_actions WHERE id = ?", action)):
            with pytest.raises(conn.IntegrityError, match="signed contract is immutable"):
                conn.execute(statement, (row,))
        with pytest.raises(conn.IntegrityError, match="signed contract is immutable"):
            conn.execute(
                "INSERT INTO plan_actions (id, plan_id, position, what, performer, due_on, "
                "assessed_by, performer_name, created_at, updated_at, version) VALUES "
                "(?, ?, 9, 'dopisane', 'person', '2030-01-01', '', '', '2099-01-01 00:00:00', "
                "'2099-01-01 00:00:00', 1)", (_raw(services, uuid.uuid4()), cid))
        # A draft is work in progress: it changes and its actions change.
        conn.execute("UPDATE social_contracts SET main_goal = 'poprawka' WHERE id = ?",
                     (_raw(services, draft.id),))
        conn.execute("UPDATE plan_actions SET what = 'poprawka' WHERE id = ?",
                     (_raw(services, draft.actions[0].id),))
        # The ending is recorded once, and then stays.
        conn.execute("UPDATE social_contracts SET ended_on = ?, end_reason = 'achieved' "
                     "WHERE id = ?", (TODAY.isoformat(), cid))
        with pytest.raises(conn.IntegrityError, match="signed contract is immutable"):
            conn.execute("UPDATE social_contracts SET end_reason = 'broken' WHERE id = ?", (cid,))


def test_an_annex_refers_to_the_contract_and_is_signed_in_turn(
        services: Services, social_worker: Actor, signed: ContractView) -> None:
    annex = services.contracts.annex(social_worker, signed.id, AnnexInput(
        "Przedłużenie o miesiąc: choroba dziecka.", actions(1), START, END + dt.timedelta(30)))
    assert annex.annex_of_id == signed.id and annex.status is ContractStatus.DRAFT
    annex = services.contracts.update_annex(social_worker, annex.id, AnnexInput(
        "Przedłużenie o 40 dni: choroba dziecka.", actions(2), START, END + dt.timedelta(40)))
    assert annex.annex_text.startswith("Przedłużenie o 40") and len(annex.actions) == 2
    services.contracts.sign(social_worker, annex.id, START)
    base = services.contracts.contract(social_worker, signed.id)
    assert base.annex_ids == (annex.id,) and base.period.ends_on == END  # the contract as signed
    with pytest.raises(ConflictError, match="is_annex"):
        services.contracts.annex(social_worker, annex.id, AnnexInput("x", actions(1), START, END))


def test_a_review_records_each_actions_status_and_the_contract_ends_once(
        services: Services, social_worker: Actor, signed: ContractView) -> None:
    first, second = (a.id for a in signed.actions)
    assert first is not None and second is not None
    got = services.contracts.review(social_worker, signed.id, TODAY, {
        first: ActionStatus.DONE, second: ActionStatus.IN_PROGRESS}, "Postępy.")
    [review] = got.reviews
    assert review.statuses == {first: ActionStatus.DONE, second: ActionStatus.IN_PROGRESS}
    ended = services.contracts.end(social_worker, signed.id, EndReason.ACHIEVED, TODAY)
    assert ended.end_reason is EndReason.ACHIEVED and ended.ended_on == TODAY
    with pytest.raises(ConflictError, match="contract_ended"):
        services.contracts.end(social_worker, signed.id, EndReason.BROKEN, TODAY)


def test_benefits_learn_only_that_a_contract_was_broken_and_when(
        services: Services, social_worker: Actor, benefits_worker: Actor, coordinator: Actor,
        auditor: Actor, signed: ContractView) -> None:
    services.contracts.end(social_worker, signed.id, EndReason.BROKEN, TODAY, SECRET)
    spouse = next(p for p in signed.parties if not p.main)
    assert services.contracts.broken_contracts(benefits_worker, signed.person_id) == [
        BrokenContract(signed.person_id, TODAY)]
    assert [f.name for f in dataclasses.fields(BrokenContract)] == ["person_id", "broken_on"]
    # Asked about the spouse, the benefits team learns the household's fact too.
    spouse_id = next(m.person_id for m in services.persons.file(
        benefits_worker, signed.person_id).household if m.person_id != signed.person_id)
    assert spouse.name and services.contracts.broken_contracts(benefits_worker, spouse_id) == [
        BrokenContract(signed.person_id, TODAY)]
    # Through no other path does the benefits team read the contract.
    for call in (lambda: services.contracts.contract(benefits_worker, signed.id),
                 lambda: services.contracts.contracts_of_case(benefits_worker, signed.case_id)):
        with pytest.raises(PermissionDenied):
            call()
    person_file = services.persons.file(benefits_worker, signed.person_id)
    assert SECRET not in repr(person_file) and "Działanie 1" not in repr(person_file)
    # The audit log names the writes, never their words.
    entries = services.audit.entries(auditor, limit=500)
    written = [e for e in entries if e.entity in ("social_contracts", "plan_actions",
                                                  "plan_reviews")]
    assert {e.entity for e in written} >= {"social_contracts", "plan_actions"}
    assert SECRET not in repr(entries) and "Działanie 1" not in repr(entries)
    assert "broken" not in repr([e for e in written if e.entity == "social_contracts"])
    assert any("[treść poufna" in repr(e.changes) for e in written)
    # The head reads it, and does not write it.
    assert services.contracts.contract(coordinator, signed.id).end_note == SECRET
    with pytest.raises(PermissionDenied):
        services.contracts.draft(coordinator, signed.case_id, contract_a())


LONG = "x" * 6000


@pytest.mark.parametrize("changes, field", [
    (dict(main_goal=LONG), "main_goal"),
    (dict(main_goal=""), "main_goal"),
    (dict(main_goal="cel\x00ukryty"), "main_goal"),
    (dict(worker_phone="95\x1b[2J"), "worker_phone"),
    (dict(worker_phone=12345), "worker_phone"),
    (dict(variant="A"), "variant"),
    (dict(assessment=Assessment(LONG, "b", "c")), "causes"),
    (dict(assessment="opis"), "assessment"),
    (dict(specific_goals=("cel\u202eodwrócony",)), "specific_goals.0"),
    (dict(specific_goals="jeden cel"), "specific_goals"),
    (dict(ends_on=START - dt.timedelta(days=1)), "ends_on"),
    (dict(starts_on=wall_now()), "starts_on"),
    (dict(starts_on="2026-01-01"), "starts_on"),
    (dict(actions=()), "actions"),
    (dict(actions=("zadanie",)), "actions.0"),
    (dict(actions=(Action("a", Performer.PERSON, "", END + dt.timedelta(1), "b"),)),
     "actions.0.due_on"),
    (dict(actions=(Action("a", Performer.INSTITUTION, "", START, "b"),)),
     "actions.0.performer_name"),
    (dict(actions=(Action("a", "person", "", START, "b"),)), "actions.0.performer"),
    (dict(actions=(Action("a", Performer.PERSON, "", START, LONG),)), "actions.0.assessed_by"),
    (dict(labour_office_referral="PUP"), "labour_office_referral"),  # variant A has none
    (dict(party_ids=(uuid.uuid4(),)), "party_ids"),  # not of the household
])
def test_hostile_drafts_are_refused_with_the_field_named(
        services: Services, social_worker: Actor, case_id: uuid.UUID,
        changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        services.contracts.draft(social_worker, case_id, contract_a(**changes))
    assert field in {e.field for e in refused.value.errors}
    assert services.contracts.contracts_of_case(social_worker, case_id) == []


def test_hostile_signing_review_ending_and_annex_are_refused(
        services: Services, social_worker: Actor, case_id: uuid.UUID,
        signed: ContractView) -> None:
    draft = services.contracts.draft(social_worker, case_id, contract_a())
    for signed_on, code in ((TODAY + dt.timedelta(1), "future_date"),
                            (START + dt.timedelta(1), "after_start"), ("dziś", "invalid")):
        with pytest.raises(ValidationError) as refused:
            services.contracts.sign(social_worker, draft.id, signed_on)  # type: ignore[arg-type]
        assert refused.value.codes_for("signed_on") == [code]
    action = signed.actions[0].id
    assert action is not None
    for day, statuses, note, field in (
            (START - dt.timedelta(1), {action: ActionStatus.DONE}, "", "reviewed_on"),
            (TODAY + dt.timedelta(1), {action: ActionStatus.DONE}, "", "reviewed_on"),
            (TODAY, {uuid.uuid4(): ActionStatus.DONE}, "", "statuses"),
            (TODAY, {action: "done"}, "", "statuses"),
            (TODAY, {action: ActionStatus.DONE}, LONG, "note"),
            (TODAY, {action: ActionStatus.DONE}, "a\x07b", "note")):
        with pytest.raises(ValidationError) as refused:
            services.contracts.review(social_worker, signed.id, day, statuses, note)  # type: ignore[arg-type]
        assert field in {e.field for e in refused.value.errors}
    for reason, day, field in (("broken", TODAY, "reason"),
                               (EndReason.BROKEN, START - dt.timedelta(1), "ended_on"),
                               (EndReason.BROKEN, TODAY + dt.timedelta(1), "ended_on")):
        with pytest.raises(ValidationError) as refused:
            services.contracts.end(social_worker, signed.id, reason, day)  # type: ignore[arg-type]
        assert field in {e.field for e in refused.value.errors}
    for data, field in ((AnnexInput("", actions(1), START, END), "text"),
                        (AnnexInput(LONG, actions(1), START, END), "text"),
                        (AnnexInput("x", actions(1), END, START), "ends_on"),
                        ("aneks", "annex")):
        with pytest.raises(ValidationError) as refused:
            services.contracts.annex(social_worker, signed.id, data)  # type: ignore[arg-type]
        assert field in {e.field for e in refused.value.errors}
    got = services.contracts.contract(social_worker, signed.id)
    assert got.reviews == () and got.ended_on is None and got.annex_ids == ()


def test_the_demo_office_holds_signed_contracts_of_both_variants_with_a_review_and_an_annex(
        services: Services) -> None:
    from ops_desktop.domain.vocabulary import Role
    from ops_desktop.services.demo import create_demo_office

    create_demo_office(services, households=40)
    head = next(u for u in services.office.users() if Role.COORDINATOR in u.roles)
    actor = Actor.of(head)
    held = [services.contracts.contract(actor, i) for i in services.contracts.signed_ids(actor)]
    contracts = [c for c in held if not c.is_annex]
    assert {c.variant for c in contracts} == {Variant.A, Variant.B}
    assert all(c.signed for c in held)
    assert any(c.reviews for c in contracts)
    assert any(c.annex_ids for c in contracts) and any(c.is_annex for c in held)


def test_hostile_corrections_of_a_draft_and_an_annex_leave_them_as_they_were(
        services: Services, social_worker: Actor, case_id: uuid.UUID,
        signed: ContractView) -> None:
    draft = services.contracts.draft(social_worker, case_id, contract_a())
    for changes, field in ((dict(main_goal="x" * 6000), "main_goal"),
                           (dict(worker_phone="95\x00"), "worker_phone"),
                           (dict(ends_on=START - dt.timedelta(days=1)), "ends_on")):
        with pytest.raises(ValidationError) as refused:
            services.contracts.update_draft(social_worker, draft.id, contract_a(**changes))
        assert field in {e.field for e in refused.value.errors}
    with pytest.raises(ValidationError):
        services.contracts.update_draft(social_worker, draft.id, "projekt")  # type: ignore[arg-type]
    annex = services.contracts.annex(social_worker, signed.id, AnnexInput(
        "Zmiana.", actions(1), START, END))
    for data, field in ((AnnexInput("a\x1bb", actions(1), START, END), "text"),
                        (AnnexInput("Zmiana.", (), START, END), "actions"),
                        (AnnexInput("Zmiana.", actions(1), "jutro", END), "starts_on")):
        with pytest.raises(ValidationError) as refused:
            services.contracts.update_annex(social_worker, annex.id, data)  # type: ignore[arg-type]
        assert field in {e.field for e in refused.value.errors}
    assert services.contracts.contract(social_worker, draft.id) == draft
    assert services.contracts.contract(social_worker, annex.id).annex_text == "Zmiana."
