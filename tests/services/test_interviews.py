"""Rodzinny wywiad środowiskowy on a real store: opened from a case with its deadline,
saved with field errors (nothing typed lost), completed only with the compulsory segments,
carried forward, frozen by a signed decision (a change is a Part IV update), linked by the
benefits team, which sees only its date and status; the audit log never holds the answers;
the decision cites the interview only when one is linked, on its real date."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from decimal import Decimal

import pytest
from pypdf import PdfReader

from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.interviews import InterviewKind, InterviewStatus
from ops_desktop.domain.vocabulary import BenefitForm, Role, Team
from ops_desktop.services.applications import ApplicationFacts, ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import AuditRow

from tests.conftest import _staff

from .helpers import PESEL_WOMAN_1985, SECRET, interview_answers, person, referral_intake
from .test_decision_facts import one_off

TODAY = wall_today()
YESTERDAY = TODAY - dt.timedelta(days=1)


def _case(services: Services, desk: Actor, worker: Actor, team: Team = Team.SOCIAL_WORK,
          pid: uuid.UUID | None = None) -> uuid.UUID:
    pid = pid or services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, team)).referral_id
    assert rid is not None
    return services.referrals.accept(worker, rid).id


def _completed(services: Services, worker: Actor, case_id: uuid.UUID):  # noqa: ANN202
    opened = services.interviews.open(worker, case_id, YESTERDAY)
    services.interviews.save(worker, opened.id, interview_answers(), YESTERDAY,
                             "w miejscu zamieszkania")
    return services.interviews.complete(worker, opened.id)


def _application(services: Services, worker: Actor, pid: uuid.UUID) -> uuid.UUID:
    app = services.applications.register(worker, ApplicationInput(
        person_id=pid, received_on=YESTERDAY, form=BenefitForm.PURPOSE, purpose="opał"))
    services.applications.set_incomes(worker, app.id, [IncomeInput(pid, "renta", Decimal("600"))])
    return app.id


def _text(pdf: bytes) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages)


def test_an_interview_opened_from_a_case_runs_14_working_days_or_2_when_urgent(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    case_id = _case(services, desk, social_worker)
    usual = services.interviews.open(social_worker, case_id, YESTERDAY)
    urgent = services.interviews.open(social_worker, case_id, YESTERDAY, urgent=True)
    assert usual.due_on == add_working_days(YESTERDAY, 14)
    assert urgent.due_on == add_working_days(YESTERDAY, 2)
    assert usual.status is InterviewStatus.DRAFT and usual.kind is InterviewKind.INTERVIEW
    late = services.interviews.open(social_worker, case_id, TODAY - dt.timedelta(days=40))
    listed = {i.id: i for i in services.interviews.interviews(social_worker)}
    assert listed[late.id].overdue and not listed[usual.id].overdue
    with pytest.raises(ValidationError) as caught:
        services.interviews.open(social_worker, case_id, TODAY + dt.timedelta(days=1))
    assert caught.value.codes_for("learned_on") == ["future_date"]


def test_answers_are_checked_per_field_and_completing_needs_the_compulsory_segments(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    opened = services.interviews.open(social_worker, _case(services, desk, social_worker),
                                      YESTERDAY)
    with pytest.raises(ValidationError) as caught:
        services.interviews.save(social_worker, opened.id, {"C": {"rooms": "dwie"},
                                                            "A": {"address": "x" * 400}})
    assert caught.value.codes_for("C.rooms") == ["not_a_number"]
    assert caught.value.codes_for("A.address") == ["too_long"]
    assert services.interviews.interview(social_worker, opened.id).answers == {}

    half = {"A": {"address": "Lipowiec"}, "C": {"rooms": "2"}}
    services.interviews.save(social_worker, opened.id, half, YESTERDAY, "dom")
    with pytest.raises(ValidationError) as caught:
        services.interviews.complete(social_worker, opened.id)
    missing = {e.field for e in caught.value.errors}
    assert {"A.family", "H.needs", "I.diagnosis", "J.plan"} <= missing
    assert not any(f.startswith("C.") for f in missing)  # C is not compulsory
    services.interviews.save(social_worker, opened.id, interview_answers(), YESTERDAY, "dom")
    done = services.interviews.complete(social_worker, opened.id)
    assert done.status is InterviewStatus.COMPLETED and done.conducted_on == YESTERDAY


@pytest.mark.parametrize("answers", [
    "A", ["A"], {"Z": {"x": "1"}}, {"A": "Lipowiec"}, {"A": {"nonsense": "1"}},
    {"A": {"address": 5}}, {"A": {"address": "a\x00b"}}, {"J": {"contract": "może"}},
    {"A": {"family_size": "-1"}}, {"C": {"rooms": "1" * 50}},
])
def test_hostile_answers_are_refused_and_nothing_is_saved(
        services: Services, desk: Actor, social_worker: Actor, answers: object) -> None:
    opened = services.interviews.open(social_worker, _case(services, desk, social_worker),
                                      YESTERDAY)
    with pytest.raises(ValidationError):
        services.interviews.save(social_worker, opened.id, answers)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.interviews.save(social_worker, opened.id, {}, YESTERDAY, "\x07")
    assert services.interviews.interview(social_worker, opened.id).answers == {}


def test_the_last_completed_answers_are_carried_forward_for_confirmation(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    case_id = _case(services, desk, social_worker)
    first = _completed(services, social_worker, case_id)
    second = services.interviews.open(social_worker, case_id, TODAY)
    assert services.interviews.carried_forward(social_worker, second.id) == interview_answers()
    assert services.interviews.interview(social_worker, second.id).answers == {}  # not saved
    update = services.interviews.open(social_worker, case_id, TODAY, update_of=first.id)
    carried = services.interviews.carried_forward(social_worker, update.id)
    assert carried == {"A": interview_answers()["C"]}  # Part IV A mirrors Part I C


@pytest.mark.without_interview
def test_a_signed_decision_freezes_the_interview_and_cites_its_real_date(
        services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor,
        signer: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [])
    case_id = _case(services, desk, social_worker, pid=pid)
    app_id = _application(services, benefits_worker, pid)
    # A date typed on the application is no interview the program holds: not cited.
    typed = TODAY - dt.timedelta(days=3)
    services.applications.set_facts(benefits_worker, app_id, ApplicationFacts((), "", typed))
    draft = services.decisions.prepare(benefits_worker, one_off(app_id))  # type: ignore[arg-type]
    assert "wywiadu" not in _text(services.decisions.render(signer, draft.id))  # none linked
    with pytest.raises(ConflictError) as refused:  # art. 106 ust. 4: not signed without one
        services.decisions.sign(signer, draft.id)
    assert refused.value.code == "decision_needs_interview"

    draft_interview = services.interviews.open(social_worker, case_id, YESTERDAY)
    with pytest.raises(ConflictError):  # only a completed interview
        services.interviews.link_application(benefits_worker, app_id, draft_interview.id)
    done = _completed(services, social_worker, case_id)
    linked = services.interviews.link_application(benefits_worker, app_id, done.id)
    assert (linked.conducted_on, linked.status) == (YESTERDAY, InterviewStatus.COMPLETED)
    assert not hasattr(linked, "answers")
    draft = services.decisions.prepare(benefits_worker, one_off(app_id))  # type: ignore[arg-type]
    services.decisions.sign(signer, draft.id)
    text = _text(services.decisions.render(signer, draft.id))
    assert f"po przeprowadzeniu w dniu {YESTERDAY.day} " in text

    assert services.interviews.interview(social_worker, done.id).status is InterviewStatus.FROZEN
    assert services.interviews.linked(benefits_worker, app_id).status is InterviewStatus.FROZEN
    with pytest.raises(ConflictError) as caught:
        services.interviews.save(social_worker, done.id, interview_answers(), YESTERDAY, "dom")
    assert caught.value.code == "interview_frozen"
    assert services.interviews.interview(social_worker, done.id).answers == interview_answers()
    update = services.interviews.open(social_worker, case_id, TODAY, update_of=done.id)
    assert update.kind is InterviewKind.UPDATE and update.parent_id == done.id


def test_benefits_never_read_the_answers_and_the_log_keeps_them_confidential(
        services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor) -> None:
    case_id = _case(services, desk, social_worker)
    done = _completed(services, social_worker, case_id)
    for call in (lambda: services.interviews.interview(benefits_worker, done.id),
                 lambda: services.interviews.interviews(benefits_worker),
                 lambda: services.interviews.render(benefits_worker, done.id)):
        with pytest.raises(PermissionDenied):
            call()
    with services.db.session(None) as s:
        logged = [r.changes or "" for r in s.query(AuditRow).filter(
            AuditRow.entity == "interviews").all()]
    assert logged and not any(SECRET in c or "Opał na zimę" in c for c in logged)
    assert any("[treść poufna" in json.loads(c).get("answers", ["", ""])[1]
               for c in logged if c)


def test_the_services_team_interviews_its_own_clients_only(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor) -> None:
    carer = _staff(services, "uslugi", "Ewa Opiekun", "", frozenset({Role.SERVICES}))
    own = _case(services, desk, carer, Team.SERVICES)
    assert services.interviews.open(carer, own, YESTERDAY).case_id == own
    other = services.persons.register_household(desk, person("Ewa", "Nowak", PESEL_WOMAN_1985), [])
    social = _case(services, desk, social_worker, pid=other)
    with pytest.raises(PermissionDenied):
        services.interviews.open(carer, social, YESTERDAY)
    theirs = services.interviews.open(social_worker, social, YESTERDAY)
    with pytest.raises(PermissionDenied):
        services.interviews.interview(carer, theirs.id)
    assert {i.case_id for i in services.interviews.interviews(carer)} == {own}
    assert {own, social} <= {i.case_id for i in services.interviews.interviews(coordinator)}


def test_the_questionnaire_prints_with_its_answers(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    done = _completed(services, social_worker, _case(services, desk, social_worker))
    text = _text(services.interviews.render(social_worker, done.id))
    flat = " ".join(text.split())
    assert "KWESTIONARIUSZ RODZINNEGO WYWIADU ŚRODOWISKOWEGO" in flat
    assert "Segment H. Potrzeby i oczekiwania (segment obowiązkowy)" in flat
    assert "Opał na zimę, leki." in flat and "Ogrzewanie piecowe, brak opału." in flat
    assert "Segment D. Sytuacja zdrowotna (tytuł do potwierdzenia)" in flat
    assert "(bez odpowiedzi)" in flat  # segment D left empty, said so
    assert "Dz.U. 2021 poz. 893" in flat


@pytest.mark.parametrize("call", [
    lambda s, w, case, i: s.interviews.open(w, case, "2026-01-01"),
    lambda s, w, case, i: s.interviews.open(w, case, wall_now()),
    lambda s, w, case, i: s.interviews.open(w, case, YESTERDAY, urgent="tak"),
    lambda s, w, case, i: s.interviews.open(w, "not-an-id", YESTERDAY),
    lambda s, w, case, i: s.interviews.save(w, i, {}, wall_now(), "dom"),
    lambda s, w, case, i: s.interviews.save(w, i, {}, TODAY + dt.timedelta(days=1), "dom"),
    lambda s, w, case, i: s.interviews.save(w, i, {}, YESTERDAY, None),
    lambda s, w, case, i: s.interviews.save(w, "x", {}),
    lambda s, w, case, i: s.interviews.carried_forward(w, 7),
])
def test_hostile_arguments_are_refused_and_change_nothing(
        services: Services, desk: Actor, social_worker: Actor, call) -> None:  # noqa: ANN001
    case_id = _case(services, desk, social_worker)
    made = services.interviews.open(social_worker, case_id, YESTERDAY)
    with pytest.raises((ValidationError, ConflictError)):
        call(services, social_worker, case_id, made.id)
    after = services.interviews.interview(social_worker, made.id)
    assert (after.answers, after.conducted_on, after.place) == ({}, None, "")
    assert len(services.interviews.interviews(social_worker)) == 1


def test_the_benefits_team_links_only_its_applicants_household_and_only_undecided(
        services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor,
        signer: Actor) -> None:
    stranger = services.persons.register_household(desk, person("Ewa", "Nowak",
                                                                 PESEL_WOMAN_1985), [])
    theirs = _completed(services, social_worker, _case(services, desk, social_worker,
                                                      pid=stranger))
    pid = services.persons.register_household(desk, person(), [])
    app_id = _application(services, benefits_worker, pid)
    from ops_desktop.domain.errors import NotFound
    with pytest.raises(NotFound):  # another household's interview is not this one's
        services.interviews.link_application(benefits_worker, app_id, theirs.id)
    assert services.interviews.linked(benefits_worker, app_id) is None
    assert services.interviews.linkable(benefits_worker, app_id) == []
    own = _completed(services, social_worker, _case(services, desk, social_worker, pid=pid))
    assert [i.interview_id for i in services.interviews.linkable(benefits_worker, app_id)] \
        == [own.id]
    services.interviews.link_application(benefits_worker, app_id, own.id)
    services.decisions.sign(signer, services.decisions.prepare(
        benefits_worker, one_off(app_id)).id)  # type: ignore[arg-type]
    with pytest.raises(ConflictError) as caught:
        services.interviews.link_application(benefits_worker, app_id, own.id)
    assert caught.value.code == "application_decided"
