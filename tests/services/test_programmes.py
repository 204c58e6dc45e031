"""Individual programmes and help plans on a real store: drawn up, signed, never changed
after signing (service and store), reviewed and ended with the contract's own plan model;
a help plan starts from the interview's part J; printed with the letterhead; read only by
social work, the head, and the services team for its own help plans."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import uuid

import pytest
from pypdf import PdfReader

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.contracts import EndReason
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.plans import Action, ActionStatus, Performer
from ops_desktop.domain.programmes import ProgrammeStatus
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.programmes import ProgrammeView
from ops_desktop.storage import plan_queries
from tests.conftest import _staff
from tests.server_db import RawSQL

from .helpers import PESEL_MAN_1944, SECRET, START, actions
from .programme_helpers import HOMELESS_STORY, programme_input
from .test_interviews import _case, _completed
from .test_personal_data import World, _all_cells, world  # noqa: F401 (fixture)
from .test_review_ntk import _anonymised_cells

TODAY = wall_today()


@pytest.fixture
def case_id(services: Services, desk: Actor, social_worker: Actor) -> uuid.UUID:
    return _case(services, desk, social_worker)


@pytest.fixture
def signed(services: Services, social_worker: Actor, case_id: uuid.UUID) -> ProgrammeView:
    draft = services.programmes.draft(social_worker, case_id, programme_input())
    return services.programmes.sign(social_worker, draft.id, START)


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_an_ipwzb_is_planned_signed_reviewed_and_ended_on_the_contracts_plan_model(
        services: Services, social_worker: Actor, signed: ProgrammeView) -> None:
    assert signed.status is ProgrammeStatus.SIGNED and signed.signed_on == START
    assert signed.kind.code == "homelessness" and not signed.kind.confirmed  # marked in data
    assert [(p.name, p.pesel, p.main) for p in signed.parties] == [
        ("Jan Żółkiewski", PESEL_MAN_1944, True)]
    assert [a.what for a in signed.actions] == ["Działanie 1", "Działanie 2"]
    # The actions live in the table the contracts use, under the programme's id.
    with services.db.session() as s:
        assert [r.what for r in plan_queries.actions(s, signed.id)] == ["Działanie 1",
                                                                        "Działanie 2"]
    first, second = (a.id for a in signed.actions)
    assert first is not None and second is not None
    reviewed = services.programmes.review(social_worker, signed.id, TODAY, {
        first: ActionStatus.DONE, second: ActionStatus.IN_PROGRESS}, "Podjął terapię.")
    assert reviewed.reviews[0].statuses == {first: ActionStatus.DONE,
                                            second: ActionStatus.IN_PROGRESS}
    with pytest.raises(ValidationError) as exc:
        services.programmes.review(social_worker, signed.id, TODAY + dt.timedelta(1),
                                   {uuid.uuid4(): ActionStatus.DONE}, "")
    assert {e.field for e in exc.value.errors} == {"reviewed_on", "statuses"}
    ended = services.programmes.end(social_worker, signed.id, EndReason.ACHIEVED, TODAY)
    assert ended.end_reason is EndReason.ACHIEVED
    with pytest.raises(ConflictError, match="programme_ended"):
        services.programmes.end(social_worker, signed.id, EndReason.BROKEN, TODAY)


def test_a_signed_programme_never_changes_through_the_service(
        services: Services, social_worker: Actor, case_id: uuid.UUID,
        signed: ProgrammeView) -> None:
    with pytest.raises(ConflictError, match="programme_signed"):
        services.programmes.update_draft(social_worker, signed.id,
                                         programme_input(main_goal="Inny."))
    with pytest.raises(ConflictError, match="programme_signed"):
        services.programmes.sign(social_worker, signed.id, START)
    draft = services.programmes.draft(social_worker, case_id, programme_input())
    services.programmes.update_draft(social_worker, draft.id, programme_input(
        kind="social_employment", actions=actions(3)))
    got = services.programmes.programme(social_worker, draft.id)
    assert got.kind.code == "social_employment" and len(got.actions) == 3
    with pytest.raises(ConflictError, match="programme_not_signed"):
        services.programmes.review(social_worker, draft.id, TODAY, {}, "")


def _raw(services: Services, row_id: uuid.UUID) -> str:
    return row_id.hex if services.db.file is not None else str(row_id)


def test_the_store_refuses_a_raw_update_of_a_signed_programme_and_its_actions(
        services: Services, social_worker: Actor, case_id: uuid.UUID,
        signed: ProgrammeView) -> None:
    draft = services.programmes.draft(social_worker, case_id, programme_input())
    pid, action = _raw(services, signed.id), _raw(services, signed.actions[0].id)
    with RawSQL(services.db) as conn:
        for statement, row in (
                ("UPDATE programmes SET main_goal = 'x' WHERE id = ?", pid),
                ("UPDATE programmes SET diagnosis = 'x' WHERE id = ?", pid),
                ("UPDATE programmes SET kind = 'integration' WHERE id = ?", pid),
                ("UPDATE programmes SET status = 'draft' WHERE id = ?", pid),
                ("UPDATE programmes SET ends_on = '2099-01-01' WHERE id = ?", pid),
                ("UPDATE programmes SET deleted_at = '2030-01-01' WHERE id = ?", pid),
                # blanking without marking it anonymised is no anonymisation
                ("UPDATE programmes SET diagnosis = '', main_goal = '' WHERE id = ?", pid),
                ("DELETE FROM programmes WHERE id = ?", pid),
                ("UPDATE plan_actions SET due_on = '2099-01-01' WHERE id = ?", action),
                ("UPDATE plan_actions SET what = '' WHERE id = ?", action),
                ("DELETE FROM plan_actions WHERE id = ?", action)):
            with pytest.raises(conn.IntegrityError, match="signed programme is immutable"):
                conn.execute(statement, (row,))
        with pytest.raises(conn.IntegrityError, match="signed programme is immutable"):
            conn.execute(
                "INSERT INTO plan_actions (id, plan_id, position, what, performer, due_on, "
                "assessed_by, performer_name, created_at, updated_at, version) VALUES "
                "(?, ?, 9, 'dopisane', 'person', '2030-01-01', '', '', '2099-01-01 00:00:00', "
                "'2099-01-01 00:00:00', 1)", (_raw(services, uuid.uuid4()), pid))
        # A draft is work in progress.
        conn.execute("UPDATE programmes SET main_goal = 'poprawka' WHERE id = ?",
                     (_raw(services, draft.id),))
        conn.execute("UPDATE plan_actions SET what = 'poprawka' WHERE id = ?",
                     (_raw(services, draft.actions[0].id),))
        # The ending is recorded once, and then stays.
        conn.execute("UPDATE programmes SET ended_on = ?, end_reason = 'achieved' "
                     "WHERE id = ?", (TODAY.isoformat(), pid))
        with pytest.raises(conn.IntegrityError, match="signed programme is immutable"):
            conn.execute("UPDATE programmes SET end_reason = 'broken' WHERE id = ?", (pid,))


def test_a_help_plan_starts_from_the_interviews_part_j_and_keeps_what_the_worker_changed(
        services: Services, desk: Actor, social_worker: Actor, case_id: uuid.UUID) -> None:
    interview = _completed(services, social_worker, case_id)
    proposal = services.programmes.proposal(social_worker, interview.id)
    assert proposal.kind == "help_plan"
    assert proposal.diagnosis == "Pomoc doraźna i praca socjalna."  # part I segment I
    assert proposal.specific_goals == ("Zasiłek celowy na opał; kontakt co miesiąc.",)
    assert [(a.what, a.performer) for a in proposal.actions] == [
        ("Zasiłek celowy na opał; kontakt co miesiąc.", Performer.WORKER)]
    # The worker completes it (how each action is assessed) and adds an action.
    edited = dataclasses.replace(proposal, worker_phone="95 761 00 02", actions=(
        dataclasses.replace(proposal.actions[0], assessed_by="faktura za opał"),
        Action("Kontakt z PUP", Performer.PERSON, "", proposal.ends_on, "zaświadczenie")))
    plan = services.programmes.draft_help_plan(social_worker, interview.id, edited)
    assert plan.help_plan and plan.interview_id == interview.id
    assert [a.what for a in plan.actions][1] == "Kontakt z PUP"
    # An individual programme is not made from an interview, nor a help plan without one.
    with pytest.raises(ValidationError) as exc:
        services.programmes.draft_help_plan(social_worker, interview.id, programme_input())
    assert [e.field for e in exc.value.errors] == ["kind"]
    with pytest.raises(ValidationError) as exc:
        services.programmes.draft(social_worker, case_id, programme_input("help_plan"))
    assert [(e.field, e.code) for e in exc.value.errors] == [("kind", "help_plan_from_interview")]
    # The help plans of the case are listed apart from its individual programmes.
    assert [p.id for p in services.programmes.programmes_of_case(
        social_worker, case_id, help_plans=True)] == [plan.id]
    assert services.programmes.programmes_of_case(social_worker, case_id) == []


def test_a_help_plan_needs_a_completed_interview(
        services: Services, social_worker: Actor, case_id: uuid.UUID) -> None:
    opened = services.interviews.open(social_worker, case_id, TODAY - dt.timedelta(1))
    with pytest.raises(ConflictError, match="help_plan_needs_interview"):
        services.programmes.proposal(social_worker, opened.id)
    with pytest.raises(ConflictError, match="help_plan_needs_interview"):
        services.programmes.draft_help_plan(social_worker, opened.id,
                                            programme_input("help_plan"))


def test_the_services_team_plans_help_for_its_own_clients_only(
        services: Services, desk: Actor, social_worker: Actor, case_id: uuid.UUID) -> None:
    carer = _staff(services, "uslugi", "Ewa Opiekun", "", frozenset({Role.SERVICES}))
    jan = services.cases.get(social_worker, case_id).person_id
    own = _case(services, desk, carer, Team.SERVICES, pid=jan)
    interview = _completed(services, carer, own)
    plan = services.programmes.draft_help_plan(carer, interview.id, programme_input("help_plan"))
    assert services.programmes.programme(carer, plan.id).id == plan.id
    # Social work's interview, plan and programmes are not the services team's to read.
    social = _completed(services, social_worker, case_id)
    theirs = services.programmes.draft_help_plan(social_worker, social.id,
                                                 programme_input("help_plan"))
    for call in (lambda: services.programmes.proposal(carer, social.id),
                 lambda: services.programmes.programme(carer, theirs.id),
                 lambda: services.programmes.programmes_of_case(carer, case_id),
                 lambda: services.programmes.draft(carer, own, programme_input())):
        with pytest.raises((PermissionDenied, ConflictError)):
            call()
    with pytest.raises(PermissionDenied):
        services.programmes.programmes_of_case(carer, case_id, help_plans=True)


def test_the_printed_programme_holds_what_was_agreed_with_the_letterhead(
        services: Services, social_worker: Actor, signed: ProgrammeView) -> None:
    first = signed.actions[0].id
    assert first is not None
    services.programmes.review(social_worker, signed.id, TODAY, {first: ActionStatus.DONE},
                               "Terapia podjęta.")
    text = _text(services.programmes.render(social_worker, signed.id))
    flat = " ".join(text.split())
    assert "INDYWIDUALNY PROGRAM WYCHODZENIA Z BEZDOMNOŚCI" in flat
    assert "art. 49 ustawy z dnia 12 marca 2004 r. o pomocy społecznej" in flat
    assert "Jan Żółkiewski" in flat and PESEL_MAN_1944 in flat
    assert "Bezdomny od 2024 r. po eksmisji" in flat and "Wyjście z bezdomności." in flat
    assert "Działanie 1" in flat and "Powiatowy Urząd Pracy" in flat
    assert f"Data uzgodnienia: {START:%d.%m.%Y} r." in flat
    assert "działanie nr 1: zrealizowane" in flat and "Terapia podjęta." in flat
    assert "Ośrodek Pomocy Społecznej" in flat  # the letterhead
    assert "PROJEKT" not in flat


def test_a_printed_help_plan_names_its_interview_and_a_draft_says_projekt(
        services: Services, social_worker: Actor, case_id: uuid.UUID) -> None:
    interview = _completed(services, social_worker, case_id)
    plan = services.programmes.draft_help_plan(
        social_worker, interview.id, programme_input("help_plan"))
    flat = " ".join(_text(services.programmes.render(social_worker, plan.id)).split())
    assert "PLAN POMOCY" in flat and "PROJEKT" in flat
    assert (f"rodzinnego wywiadu środowiskowego przeprowadzonego dnia "
            f"{interview.conducted_on:%d.%m.%Y} r.") in flat


@pytest.mark.parametrize("changes", [
    dict(kind=5), dict(kind="nieznany"), dict(diagnosis=None), dict(diagnosis="x" * 6000),
    dict(diagnosis="a\x00b"), dict(main_goal=""), dict(specific_goals="cel"),
    dict(actions=None), dict(actions=()), dict(actions=("działanie",)),
    dict(starts_on="2026-01-01"), dict(ends_on=START - dt.timedelta(1)),
    dict(worker_phone=12), dict(worker_phone="1\n2"),
])
def test_hostile_input_is_refused_by_field_and_nothing_is_stored(
        services: Services, social_worker: Actor, case_id: uuid.UUID,
        changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        services.programmes.draft(social_worker, case_id, programme_input(**changes))
    assert services.programmes.programmes_of_case(social_worker, case_id) == []
    with pytest.raises(ValidationError):
        services.programmes.draft(social_worker, case_id, "program")  # type: ignore[arg-type]


def test_only_social_work_and_the_head_read_a_programme_and_the_log_keeps_no_words(
        services: Services, desk: Actor, benefits_worker: Actor, coordinator: Actor,
        auditor: Actor, signed: ProgrammeView) -> None:
    for actor in (desk, benefits_worker):
        with pytest.raises(PermissionDenied):
            services.programmes.programme(actor, signed.id)
        with pytest.raises(PermissionDenied):
            services.programmes.programmes_of_case(actor, signed.case_id)
    assert services.programmes.programme(coordinator, signed.id).diagnosis.startswith(
        HOMELESS_STORY)
    with pytest.raises(PermissionDenied):
        services.programmes.draft(coordinator, signed.case_id, programme_input())
    entries = services.audit.entries(auditor, limit=500)
    written = [e for e in entries if e.entity in ("programmes", "plan_actions")]
    assert {e.entity for e in written} == {"programmes", "plan_actions"}
    assert SECRET not in repr(entries) and HOMELESS_STORY not in repr(entries)
    assert "homelessness" not in repr([e for e in written if e.entity == "programmes"])
    assert any("[treść poufna" in repr(e.changes) for e in written)


def test_anonymisation_blanks_a_signed_programmes_narrative(
        services: Services, coordinator: Actor, social_worker: Actor,
        world: World) -> None:  # noqa: F811
    case_id = next(c.id for c in services.persons.file(coordinator, world.jan).cases
                   if c.sign == world.social_sign)
    draft = services.programmes.draft(social_worker, case_id, programme_input())
    signed = services.programmes.sign(social_worker, draft.id, START)
    first = signed.actions[0].id
    assert first is not None
    services.programmes.review(social_worker, signed.id, TODAY, {first: ActionStatus.DONE},
                               f"Notatka: {SECRET}")
    assert [c for c in _all_cells(services) if HOMELESS_STORY in c]
    cells = _anonymised_cells(services, coordinator, world)
    assert not [c for c in cells if SECRET in c or HOMELESS_STORY in c]
    assert not [c for c in cells if "Działanie 1" in c or PESEL_MAN_1944 in c]
    kept = services.programmes.programme(coordinator, signed.id)
    assert kept.status is ProgrammeStatus.SIGNED and kept.kind.code == "homelessness"
    assert kept.actions[0].due_on == signed.actions[0].due_on  # dates stay for the registers
