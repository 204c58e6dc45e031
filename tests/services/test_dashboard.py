"""The head's dashboard on a real SQLite file with hand-built work: every figure counted for
the office, the team and the worker, the list behind each, and moving work between the
workers of a team (audited; refused to anyone but the head and to anyone outside the team)."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

import pytest
from sqlalchemy import update

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services import dashboard as dashboard_module
from ops_desktop.services.assignment import Work
from ops_desktop.services.context import Actor
from ops_desktop.services.dashboard import DeadlineItem, Figure, Level
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import InterviewRow, SyncConflictRow

from .helpers import interview_answers, referral_intake
from .test_caseload import _contract_with_an_overdue_action, _worker
from .test_permissions import World
from .test_social_work_log import _case

TODAY = wall_today()
SW = Team.SOCIAL_WORK.value
BEN = Team.BENEFITS.value


def _interview(services: Services, worker: Actor, case_id: uuid.UUID, days_ago: int,
               urgent: bool = False) -> uuid.UUID:
    """A draft interview the office learned of `days_ago` days ago."""
    made = services.interviews.open(worker, case_id, TODAY, urgent)
    with services.db.session() as s:
        s.execute(update(InterviewRow).where(InterviewRow.id == made.id)
                  .values(learned_on=TODAY - dt.timedelta(days=days_ago)))
    return made.id


def _referral(services: Services, desk: Actor, team: Team, last: str) -> uuid.UUID:
    from .test_social_work_log import _without_pesel
    pid = services.persons.register_household(desk, _without_pesel("Jan", last), [])
    rid = services.intake.record(desk, referral_intake(pid, team)).referral_id
    assert rid is not None
    return rid


def _conflict(services: Services) -> None:
    with services.db.session() as s:
        s.add(SyncConflictRow(table_name="persons", row_id=str(uuid.uuid4()), field="phone",
                              kept_value='"1"', kept_stamp="a", lost_value='"2"', lost_stamp="b"))


@pytest.fixture
def office(services: Services, desk: Actor, social_worker: Actor) -> dict[str, object]:
    """Magdalena carries two cases (one with an overdue contract action and an overdue
    interview), Jan one (with an interview due tomorrow-ish, inside 3 working days); one
    referral waits for social work, one for benefits; the set-up prepared a draft decision
    and a payment list; one conflict between PCs is open."""
    services.office.save_settings(SETTINGS)
    jan = _worker(services, "sw2", "Jan Drugi")
    late = _case(services, desk, social_worker, last="Kowalski")
    _contract_with_an_overdue_action(services, social_worker, late)
    plain = _case(services, desk, social_worker, last="Nowak")
    jans = _case(services, desk, jan, last="Wiśniewski")
    overdue_interview = _interview(services, social_worker, late, days_ago=40)
    # Learned of today: due in 14 working days, neither late nor near.
    soon_interview = services.interviews.open(jan, jans, TODAY)
    waiting_sw = _referral(services, desk, Team.SOCIAL_WORK, "Zieliński")
    waiting_ben = _referral(services, desk, Team.BENEFITS, "Lewandowski")
    everything = frozenset(Role)
    setup_id = services.office.add_user("setup", "Ustawiający Wszystko", "", everything)
    services.office.grant_authorisation(setup_id, "Zarządzenie nr 1/2025", dt.date(2025, 1, 2))
    world = World(services, Actor(setup_id, "Ustawiający Wszystko", "", everything),
                  itertools.count(1))
    draft = world.draft()
    payment_list = world.payment_list()
    _conflict(services)
    return {"jan": jan, "late": late, "plain": plain, "jans": jans, "setup": setup_id,
            "overdue_interview": overdue_interview, "soon_interview": soon_interview.id,
            "waiting_sw": waiting_sw, "waiting_ben": waiting_ben, "draft": draft,
            "list": payment_list}


def test_every_figure_is_counted_for_the_office_the_team_and_the_worker(
        services: Services, coordinator: Actor, social_worker: Actor,
        office: dict[str, object]) -> None:
    board = services.dashboard.figures(coordinator)
    jan = office["jan"]
    assert isinstance(jan, Actor)
    mine = board.row(SW, social_worker.user_id)
    jans = board.row(SW, jan.user_id)
    team = board.row(SW)
    whole = board.row(None)
    assert mine is not None and jans is not None and team is not None and whole is not None
    assert mine.count(Figure.OPEN_CASES).total == 2 and jans.count(Figure.OPEN_CASES).total == 1
    assert team.count(Figure.OPEN_CASES).total == 3
    # The overdue interview and the overdue contract action are Magdalena's; Jan's new
    # interview is 14 working days away, so nothing of his is late or near.
    assert (mine.count("interview").total, mine.count("interview").overdue) == (1, 1)
    assert (mine.count("contract").total, mine.count("contract").overdue) == (1, 1)
    assert jans.count("interview").total == 0
    assert team.count("interview").overdue == 1
    # Referrals waiting: nobody's yet, so the team's "(nikt)" row and the team count them.
    unassigned = board.row(SW, None, Level.WORKER)
    assert unassigned is not None and unassigned.count(Figure.REFERRALS).total == 1
    assert board.row(BEN).count(Figure.REFERRALS).total == 1  # type: ignore[union-attr]
    assert whole.count(Figure.REFERRALS).total == 2
    # Drafts and lists are the benefits team's, counted for who prepared them.
    setup_row = board.row(BEN, office["setup"])  # type: ignore[arg-type]
    assert setup_row is not None
    assert setup_row.count(Figure.DRAFTS).total >= 1
    assert whole.count(Figure.DRAFTS).total == setup_row.count(Figure.DRAFTS).total
    assert whole.count(Figure.LISTS).total == 1 == setup_row.count(Figure.LISTS).total
    assert whole.count(Figure.CONFLICTS).total == 1
    assert board.figures[:2] == ("open_cases", "referrals")
    assert {"interview", "blue_card", "contract"} <= set(board.deadline_kinds)


def test_each_figure_lists_what_is_behind_it(
        services: Services, coordinator: Actor, social_worker: Actor, auditor: Actor,
        office: dict[str, object]) -> None:
    items = services.dashboard.items
    mine = items(coordinator, "open_cases", SW, social_worker.user_id, False)
    assert {i.case_id for i in mine} == {office["late"], office["plain"]}
    assert all(i.work is Work.CASE and i.worker_name == "Magdalena Kowalczyk" for i in mine)
    late = items(coordinator, "interview", SW, social_worker.user_id, False)
    assert [(i.ref_id, i.overdue, i.work) for i in late] == [
        (office["overdue_interview"], True, Work.INTERVIEW)]
    assert [i.ref_id for i in items(coordinator, "referrals", SW, None, False)] == [
        office["waiting_sw"]]
    assert {i.ref_id for i in items(coordinator, "referrals", None, None, True)} == {
        office["waiting_sw"], office["waiting_ben"]}
    assert office["draft"] in {i.ref_id for i in items(coordinator, "drafts", None, None, True)}
    assert [i.ref_id for i in items(coordinator, "lists", BEN, None, True)] == [office["list"]]
    assert len(items(coordinator, "conflicts", None, None, True)) == 1
    for figure, team, worker in (("nothing", None, None), ("open_cases", "' OR 1=1 --", None),
                                 ("open_cases", SW, "' OR 1=1 --")):
        with pytest.raises(ValidationError):
            items(coordinator, figure, team, worker, False)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        items(coordinator, "open_cases", SW, None, True, limit=-1)
    # A page at a time.
    assert len(items(coordinator, "open_cases", SW, None, True, limit=2)) == 2
    assert len(items(coordinator, "open_cases", SW, None, True, limit=2, offset=2)) == 1
    assert any(e.entity == "dashboard" and e.action == "view"
               for e in services.audit.entries(auditor, limit=50))


def test_another_features_deadlines_join_with_one_line(
        services: Services, coordinator: Actor, social_worker: Actor,
        office: dict[str, object]) -> None:
    case_id = office["plain"]
    assert isinstance(case_id, uuid.UUID)

    def appeals(_s: object) -> list[DeadlineItem]:
        return [DeadlineItem(uuid.uuid4(), case_id, None, "X", "Y", SW,
                             social_worker.user_id, TODAY - dt.timedelta(days=2))]

    dashboard_module.add_deadline_source("appeal_test", appeals)
    try:
        board = services.dashboard.figures(coordinator)
        assert "appeal_test" in board.figures
        row = board.row(SW, social_worker.user_id)
        assert row is not None and row.count("appeal_test").overdue == 1
    finally:
        dashboard_module._DEADLINES.pop("appeal_test")


def test_the_head_moves_a_case_a_referral_and_an_interview_audited_and_the_worker_sees_it(
        services: Services, coordinator: Actor, social_worker: Actor, auditor: Actor,
        office: dict[str, object]) -> None:
    jan = office["jan"]
    assert isinstance(jan, Actor)
    services.assignment.assign(coordinator, Work.CASE, office["plain"], jan.user_id)  # type: ignore[arg-type]
    assert {i.case_id for i in services.caseload.my_cases(jan)} == {office["plain"], office["jans"]}
    services.assignment.assign(coordinator, Work.INTERVIEW, office["overdue_interview"],  # type: ignore[arg-type]
                               jan.user_id)
    moved = services.interviews.interview(jan, office["overdue_interview"])  # type: ignore[arg-type]
    assert moved.worker_name == "Jan Drugi"
    services.assignment.assign(coordinator, Work.REFERRAL, office["waiting_sw"], jan.user_id)  # type: ignore[arg-type]
    assert [r.assigned_to for r in services.referrals.inbox(jan, SW)] == [jan.user_id]
    board = services.dashboard.figures(coordinator)
    jans = board.row(SW, jan.user_id)
    assert jans is not None
    assert jans.count(Figure.REFERRALS).total == 1 and jans.count("interview").overdue == 1
    # Whoever accepts the referral, the new case is carried by the worker it was given to.
    case = services.referrals.accept(social_worker, office["waiting_sw"])  # type: ignore[arg-type]
    assert case.id in {i.case_id for i in services.caseload.my_cases(jan)}
    changes = [(e.entity, c.field, str(c.after)) for e in services.audit.entries(auditor, limit=200)
               if e.actor_id == coordinator.user_id and e.action == "update" for c in e.changes]
    for entity, column in (("cases", "worker_id"), ("interviews", "worker_id"),
                           ("referrals", "assigned_to")):
        assert (entity, column, str(jan.user_id)) in changes


def test_work_goes_only_to_an_active_worker_of_its_team_and_only_the_head_moves_it(
        services: Services, coordinator: Actor, social_worker: Actor, benefits_worker: Actor,
        desk: Actor, office: dict[str, object]) -> None:
    assign = services.assignment.assign
    for worker_id, code in ((benefits_worker.user_id, "not_team_worker"),
                            (uuid.uuid4(), "not_team_worker"),
                            (social_worker.user_id, "same_worker")):
        with pytest.raises(ValidationError) as refused:
            assign(coordinator, Work.CASE, office["late"], worker_id)  # type: ignore[arg-type]
        assert {e.code for e in refused.value.errors} == {code}
    with pytest.raises(ValidationError):  # a benefits referral goes to a benefits worker only
        assign(coordinator, Work.REFERRAL, office["waiting_ben"], social_worker.user_id)  # type: ignore[arg-type]
    for hostile in ("' OR 1=1 --", None, 7):
        with pytest.raises(ValidationError):
            assign(coordinator, Work.CASE, hostile, social_worker.user_id)  # type: ignore[arg-type]
        with pytest.raises(ValidationError):
            assign(coordinator, hostile, office["late"], social_worker.user_id)  # type: ignore[arg-type]
    services.interviews.save(social_worker, office["overdue_interview"],  # type: ignore[arg-type]
                             interview_answers(), TODAY, "dom")
    services.interviews.complete(social_worker, office["overdue_interview"])  # type: ignore[arg-type]
    jan = office["jan"]
    assert isinstance(jan, Actor)
    with pytest.raises(ConflictError):  # a completed interview stays with who conducted it
        assign(coordinator, Work.INTERVIEW, office["overdue_interview"], jan.user_id)  # type: ignore[arg-type]
    for outsider in (social_worker, benefits_worker, desk):
        with pytest.raises(PermissionDenied):
            assign(outsider, Work.CASE, office["late"], jan.user_id)  # type: ignore[arg-type]
        with pytest.raises(PermissionDenied):
            services.dashboard.figures(outsider)
