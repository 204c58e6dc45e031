"""Caseload: each social worker's open cases with the next deadline, overdue ones marked; the
head's view of every worker; handing a case to another worker, audited."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from ops_desktop.domain.errors import PermissionDenied, ValidationError
from ops_desktop.domain.plans import Action, ActionStatus, Performer
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services import caseload
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.caseload_queries import DueDate
from ops_desktop.storage.models import office_today

from .helpers import contract_a
from .test_social_work_log import _case, _entry

TODAY = office_today()


def _worker(services: Services, login: str, name: str, role: Role = Role.SOCIAL_WORK) -> Actor:
    user_id = services.office.add_user(login, name, "pracownik socjalny", frozenset({role}))
    return Actor(user_id, name, "pracownik socjalny", frozenset({role}))


def _contract_with_an_overdue_action(services: Services, worker: Actor,
                                     case_id: uuid.UUID) -> uuid.UUID:
    start = TODAY - dt.timedelta(days=100)
    late = Action("Zgłoszenie w urzędzie pracy", Performer.PERSON, "", TODAY - dt.timedelta(50),
                  "zaświadczenie")
    soon = Action("Spłata raty czynszu", Performer.PERSON, "", TODAY + dt.timedelta(10),
                  "dowód wpłaty")
    made = services.contracts.draft(worker, case_id, contract_a(
        starts_on=start, ends_on=TODAY + dt.timedelta(100), actions=(late, soon)))
    return services.contracts.sign(worker, made.id, start).id


def test_a_worker_sees_their_cases_the_most_pressing_first_overdue_marked(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    quiet = _case(services, desk, social_worker, last="Nowak")
    pressing = _case(services, desk, social_worker, last="Kowalski")
    contract_id = _contract_with_an_overdue_action(services, social_worker, pressing)
    mine = services.caseload.my_cases(social_worker)
    assert [i.case_id for i in mine] == [pressing, quiet]
    assert mine[0].next_due == TODAY - dt.timedelta(50) and mine[0].is_overdue
    assert mine[0].next_kind == "contract_action" and mine[0].overdue == 1
    assert mine[1].next_due is None and not mine[1].is_overdue
    # A review finding the late action done: the next deadline is the other one, in time.
    contract = services.contracts.contract(social_worker, contract_id)
    services.contracts.review(social_worker, contract_id, TODAY, {
        contract.actions[0].id: ActionStatus.DONE,
        contract.actions[1].id: ActionStatus.IN_PROGRESS}, "")
    first = services.caseload.my_cases(social_worker)[0]
    assert (first.case_id, first.next_due, first.overdue) == (
        pressing, TODAY + dt.timedelta(10), 0)


def test_another_feature_adds_its_deadlines_through_one_function(
        services: Services, desk: Actor, social_worker: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(caseload, "_SOURCES", list(caseload._SOURCES))
    case_id = _case(services, desk, social_worker)
    caseload.add_deadline_source(lambda _s, _cases: [DueDate(case_id, TODAY - dt.timedelta(1),
                                                             "interview")])
    item = services.caseload.my_cases(social_worker)[0]
    assert (item.next_due, item.next_kind, item.is_overdue) == (
        TODAY - dt.timedelta(1), "interview", True)


def test_a_workers_list_asks_the_deadlines_of_their_own_cases_only(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A city holds tens of thousands of cases living on a benefit: "Moje sprawy" reads the
    deadlines of the worker's cases, not of every case (11 s for the head at 500,000
    persons before), and nothing at all for someone who carries none."""
    monkeypatch.setattr(caseload, "_SOURCES", list(caseload._SOURCES))
    asked: list[object] = []
    caseload.add_deadline_source(lambda _s, cases: asked.append(cases) or [])
    mine = _case(services, desk, social_worker)
    _case(services, desk, _worker(services, "sw2", "Jan Drugi"), last="Nowak")
    assert [i.case_id for i in services.caseload.my_cases(social_worker)] == [mine]
    assert asked == [{mine}]
    assert services.caseload.my_cases(coordinator) == []
    assert asked == [{mine}]  # the head carries no case: no source was asked
    services.caseload.workers(coordinator)
    assert asked[-1] is None  # the head's workload: every case's


def test_the_head_sees_each_workers_load_and_hands_a_case_over_audited(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor,
        auditor: Actor) -> None:
    colleague = _worker(services, "sw2", "Jan Drugi")
    moved = _case(services, desk, social_worker, last="Nowak")
    stays = _case(services, desk, social_worker, last="Kowalski")
    _contract_with_an_overdue_action(services, social_worker, stays)
    services.social_work_log.add(social_worker, _entry(stays, minutes=45))
    services.social_work_log.add(social_worker, _entry(moved, minutes=30))
    loads = {w.worker_name: w for w in services.caseload.workers(coordinator)}
    mine = loads["Magdalena Kowalczyk"]
    assert (mine.open_cases, mine.overdue, mine.minutes_this_month) == (2, 1, 75)
    assert (loads["Jan Drugi"].open_cases, loads["Jan Drugi"].overdue) == (0, 0)

    services.caseload.reassign(coordinator, moved, colleague.user_id)
    assert [i.case_id for i in services.caseload.my_cases(colleague)] == [moved]
    assert [i.case_id for i in services.caseload.my_cases(social_worker)] == [stays]
    assert [i.case_id for i in services.caseload.cases_of(coordinator, colleague.user_id)] == [
        moved]
    change = next(e for e in services.audit.entries(auditor, limit=100)
                  if e.entity == "cases" and e.action == "update"
                  and any(c.field == "worker_id" for c in e.changes))
    worker_change = next(c for c in change.changes if c.field == "worker_id")
    assert (str(worker_change.before), str(worker_change.after)) == (
        str(social_worker.user_id), str(colleague.user_id))
    assert change.actor_id == coordinator.user_id


def test_a_case_goes_only_to_another_active_social_worker_and_only_the_head_hands_it(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor,
        benefits_worker: Actor) -> None:
    case_id = _case(services, desk, social_worker)
    for worker_id, code in ((benefits_worker.user_id, "not_a_social_worker"),
                            (uuid.uuid4(), "not_a_social_worker"),
                            (social_worker.user_id, "same_worker")):
        with pytest.raises(ValidationError) as refused:
            services.caseload.reassign(coordinator, case_id, worker_id)
        assert {e.code for e in refused.value.errors} == {code}
    for hostile in ("' OR 1=1 --", None, 7):
        with pytest.raises(ValidationError):
            services.caseload.reassign(coordinator, case_id, hostile)  # type: ignore[arg-type]
        with pytest.raises(ValidationError):
            services.caseload.reassign(coordinator, hostile, social_worker.user_id)  # type: ignore[arg-type]
    colleague = _worker(services, "sw3", "Ewa Trzecia")
    for outsider in (social_worker, benefits_worker, desk):
        with pytest.raises(PermissionDenied):
            services.caseload.reassign(outsider, case_id, colleague.user_id)
        with pytest.raises(PermissionDenied):
            services.caseload.workers(outsider)
    with pytest.raises(PermissionDenied):
        services.caseload.my_cases(benefits_worker)
    assert [i.case_id for i in services.caseload.my_cases(social_worker)] == [case_id]
