"""The dashboard's deadline figures fed by other features, on a real SQLite file with
hand-built data: the running KPA deadline of each application still waiting ("kpa_application"),
the organ's 7 days of each appeal not yet forwarded or granted ("appeal"), and the family
interview's deadline in the social worker's own list of cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import event

from ops_desktop.domain.appeals import organ_deadline
from ops_desktop.domain.calendar import add_working_days
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.kpa_deadlines import statutory_deadline
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.appeals import ForwardInput
from ops_desktop.services.assignment import Work
from ops_desktop.services.dashboard import Count
from ops_desktop.services.deadlines import NoticeInput
from ops_desktop.services.hub import Services

from .test_appeals import _appeal, _signed, _woman
from .test_dashboard import _interview
from .test_deadlines import later_working_day, received
from .test_social_work_log import _case

TODAY = wall_today()
BEN = Team.BENEFITS.value
SOON = add_working_days(TODAY, 3)


def _start_due_soon(deadline_of: Callable[[dt.date], dt.date], farthest: int) -> dt.date:
    """A day of receipt whose deadline falls between today and 3 working days ahead."""
    for back in range(farthest + 1):
        day = TODAY - dt.timedelta(days=back)
        if TODAY <= deadline_of(day) <= SOON:
            return day
    raise AssertionError("no such day")


@pytest.fixture
def statements(services: Services) -> Iterator[list[str]]:
    """Every SQL statement the store runs from now on."""
    seen: list[str] = []

    def note(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(services.db.engine, "before_cursor_execute", note)
    yield seen
    event.remove(services.db.engine, "before_cursor_execute", note)


def test_applications_overdue_and_due_soon_are_a_figure_of_their_worker(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    late = received(services, benefits_worker, TODAY - dt.timedelta(days=60))
    soon = received(services, benefits_worker, _start_due_soon(
        lambda d: statutory_deadline(d, 1), 40), "Nowak")
    received(services, benefits_worker, TODAY, "Lis")  # a month ahead: neither
    # A decision signed on an application ends its deadline, however old it is.
    _signed(services, benefits_worker, signer)

    board = services.dashboard.figures(coordinator)
    assert "kpa_application" in board.deadline_kinds and "kpa_application" in board.figures
    mine = board.row(BEN, benefits_worker.user_id)
    assert mine is not None and mine.count("kpa_application") == Count(2, 1)
    assert board.row(BEN).count("kpa_application") == Count(2, 1)  # type: ignore[union-attr]
    assert board.rows[0].count("kpa_application") == Count(2, 1)
    items = services.dashboard.items(coordinator, "kpa_application", BEN,
                                     benefits_worker.user_id, False)
    assert [(i.ref_id, i.overdue, i.day) for i in items] == [
        (late.id, True, late.kpa_deadline), (soon.id, False, soon.kpa_deadline)]
    assert items[0].person_name == "Kowalski Jan" and items[0].case_sign == late.case_sign
    assert items[0].worker_name == benefits_worker.full_name and items[0].work is Work.CASE


def test_the_head_moves_an_overdue_application_by_giving_its_case_to_another_worker(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    late = received(services, benefits_worker, TODAY - dt.timedelta(days=60))
    [item] = services.dashboard.items(coordinator, "kpa_application", BEN,
                                      benefits_worker.user_id, False)
    assert item.case_id == late.case_id
    services.assignment.assign(coordinator, Work.CASE, item.case_id, signer.user_id)
    board = services.dashboard.figures(coordinator)
    assert board.row(BEN, signer.user_id).count("kpa_application") == Count(1, 1)  # type: ignore[union-attr]
    mine = board.row(BEN, benefits_worker.user_id)
    assert mine is None or mine.count("kpa_application") == Count(0, 0)


def test_a_notice_of_delay_moves_the_application_out_of_the_overdue(
        services: Services, benefits_worker: Actor, coordinator: Actor) -> None:
    app = received(services, benefits_worker, TODAY - dt.timedelta(days=60))
    services.deadlines.record_notice(benefits_worker, app.id, NoticeInput(
        TODAY, later_working_day(TODAY, 30), "opinia biegłego"))
    board = services.dashboard.figures(coordinator)
    assert board.rows[0].count("kpa_application") == Count()


def test_the_applications_figure_reads_with_grouped_queries(
        services: Services, benefits_worker: Actor, coordinator: Actor,
        statements: list[str]) -> None:
    def queries_for_the_figure() -> int:
        statements.clear()
        services.dashboard.figures(coordinator)
        return len(statements)

    received(services, benefits_worker, TODAY - dt.timedelta(days=60))
    few = queries_for_the_figure()
    for n in range(6):
        received(services, benefits_worker, TODAY - dt.timedelta(days=50 + n), "Kowal" + "abcdef"[n])
    assert queries_for_the_figure() == few
    assert services.dashboard.figures(coordinator).rows[0].count("kpa_application").total == 7


def test_appeals_waiting_on_the_organs_seven_days_are_a_figure(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor,
        statements: list[str]) -> None:
    def queries_for_the_figures() -> int:
        statements.clear()
        services.dashboard.figures(coordinator)
        return len(statements)

    late_day = TODAY - dt.timedelta(days=15)
    late = services.appeals.register(benefits_worker, _appeal(
        _signed(services, benefits_worker, signer, days_ago=40), lodged_on=late_day,
        received_on=late_day))
    one = queries_for_the_figures()
    soon_day = _start_due_soon(organ_deadline, 10)
    soon = services.appeals.register(benefits_worker, _appeal(
        _signed(services, benefits_worker, signer, days_ago=40, who=_woman()),
        lodged_on=soon_day, received_on=soon_day))
    assert queries_for_the_figures() == one  # one query per table, not one per appeal
    board = services.dashboard.figures(coordinator)
    assert "appeal" in board.figures
    mine = board.row(BEN, benefits_worker.user_id)
    assert mine is not None and mine.count("appeal") == Count(2, 1)
    items = services.dashboard.items(coordinator, "appeal", BEN, None, True)
    assert [(i.ref_id, i.overdue, i.day) for i in items] == [
        (late.id, True, late.organ_deadline), (soon.id, False, soon.organ_deadline)]
    assert items[1].person_name == "Nowak Anna" and items[1].case_sign == soon.case_sign
    assert items[1].worker_id == benefits_worker.user_id
    # Forwarded to the SKO: the office's part is done, the figure drops it.
    services.appeals.forward(benefits_worker, late.id, ForwardInput(TODAY, ("Odwołanie",)))
    assert services.dashboard.figures(coordinator).rows[0].count("appeal") == Count(1, 0)


def test_an_interviews_deadline_counts_in_my_cases_and_the_workload(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor) -> None:
    case_id = _case(services, desk, social_worker, last="Kowalski")
    _interview(services, social_worker, case_id, days_ago=40)
    mine = {i.case_id: i for i in services.caseload.my_cases(social_worker)}
    assert mine[case_id].next_kind == "interview" and mine[case_id].overdue == 1
    load = {w.worker_id: w for w in services.caseload.workers(coordinator)}
    assert load[social_worker.user_id].overdue == 1
