"""The long lists are paged by key: walking them page by page gives every row once, in order.

A generated history has many cases opened on one day and many applications received on one
day, so the tie-break on the row id is exercised on every page boundary.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TypeVar

import pytest

from ops_desktop.domain.calendar import kpa_deadline
from ops_desktop.domain.vocabulary import ApplicationStatus, DecisionStatus, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage.bulk_demo import generate_history
from ops_desktop.storage.database import open_database
from ops_desktop.storage.transfer import copy_store
from tests.query_plans import plans_of
from tests.server_db import RawSQL, ServerDatabases


T = TypeVar("T")
PAGE = 7  # small and prime, so pages end inside runs of equal dates


City = tuple[Services, Path, Actor]


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory,
         server_databases: ServerDatabases | None) -> Iterator[City]:
    """A city's history in a file (the bulk generator writes SQLite), moved onto the
    PostgreSQL server as an office would move it when OPS_TEST_DB_URL is set; the file
    keeps what the tests count with plain SQL."""
    path = tmp_path_factory.mktemp("paging") / "city.sqlite"
    services = Services.open(f"sqlite:///{path}")
    create_demo_office(services, households=0)
    generate_history(services.db, 400, "{}", seed=11, today=dt.date(2026, 6, 15))
    with sqlite3.connect(path) as conn:  # a busy day: many cases opened, applications received
        conn.execute("UPDATE cases SET opened_on = '2026-03-02' WHERE id IN (SELECT id FROM "
                     "cases WHERE team_code = 'social_work' ORDER BY id LIMIT 20)")
        conn.execute("UPDATE applications SET received_on = '2026-06-01', status = 'registered' "
                     "WHERE id IN (SELECT id FROM applications ORDER BY id LIMIT 17)")
    roles = frozenset({Role.COORDINATOR})
    head = Actor(services.office.add_user("kierownik-paging", "Kierownik", "", roles),
                 "Kierownik", "", roles)
    with ExitStack() as stack:
        if server_databases is not None:
            url = stack.enter_context(server_databases.fresh())
            target = open_database(url)
            copy_store(services.db, target)
            target.dispose()
            services.close()
            services = Services.open(url)
        yield services, path, head
        services.close()


def _walk(fetch: Callable[[Any, int], list[T]]) -> list[T]:
    rows: list[T] = []
    page = fetch(None, PAGE)
    while page:
        assert len(page) <= PAGE
        rows += page
        page = fetch(page[-1], PAGE)
    return rows


def test_team_cases_walk_every_case_once_newest_first(city: City) -> None:
    services, path, head = city
    team = Team.SOCIAL_WORK.value
    walked = _walk(lambda last, n: services.referrals.cases(head, team, n, last))
    with sqlite3.connect(path) as conn:
        expected = conn.execute("SELECT count(*) FROM cases WHERE team_code = ? AND "
                                "deleted_at IS NULL", (team,)).fetchone()[0]
        busiest_day = conn.execute("SELECT max(n) FROM (SELECT count(*) AS n FROM cases WHERE "
                                   "team_code = ? GROUP BY opened_on)", (team,)).fetchone()[0]
    assert busiest_day > PAGE  # the tie-break on the id is really needed
    assert len(walked) == expected == services.referrals.cases_count(head, team) > 3 * PAGE
    assert len({c.id for c in walked}) == len(walked)
    keys = [(c.opened_on, str(c.id)) for c in walked]
    assert keys == sorted(keys, reverse=True)


def test_the_open_cases_walk_every_open_case_once_newest_first(city: City) -> None:
    services, path, head = city
    team = Team.SOCIAL_WORK.value
    with sqlite3.connect(path) as conn:  # every third case of the team closed
        closed = [r[0] for r in conn.execute("SELECT id FROM cases WHERE team_code = ? AND "
                                             "rowid % 3 = 0", (team,))]
        expected = conn.execute("SELECT count(*) FROM cases WHERE team_code = ? AND deleted_at "
                                "IS NULL AND closed_on IS NULL AND rowid % 3 <> 0",
                                (team,)).fetchone()[0]
    conn.close()
    with RawSQL(services.db) as store:  # the file, or the server the city was moved to
        store.execute("UPDATE cases SET closed_on = '2026-06-10' WHERE id IN "
                      f"({', '.join('?' for _ in closed)})", closed)
    try:
        walked = _walk(lambda last, n: services.referrals.cases(head, team, n, last, True))
        assert len(walked) == expected == services.referrals.cases_count(head, team, True) > PAGE
        assert len({c.id for c in walked}) == len(walked) and not any(c.closed for c in walked)
        keys = [(c.opened_on, str(c.id)) for c in walked]
        assert keys == sorted(keys, reverse=True)
    finally:
        with RawSQL(services.db) as store:
            store.execute("UPDATE cases SET closed_on = NULL WHERE closed_on = '2026-06-10'")


@pytest.mark.parametrize("open_only", [True, False])
def test_applications_walk_every_application_once(city: City, open_only: bool) -> None:
    services, _, head = city
    walked = _walk(lambda last, n: services.applications.page(head, open_only, n, last))
    assert len(walked) == services.applications.count(head, open_only) >= 17
    assert len({a.id for a in walked}) == len(walked)
    keys = [(a.received_on, str(a.id)) for a in walked]
    assert keys == sorted(keys, reverse=True)
    if not open_only:
        assert len(walked) > 3 * PAGE


def test_every_application_is_counted_from_an_index_alone(city: City) -> None:
    """The benefits tab's "wszystkie" counts every application of a city (190,000 at 500,000
    persons): from the (deleted_at, form) index, not by reading each row for its form."""
    services, _, head = city
    counted: list[int] = []
    plans = plans_of(services, lambda sql: "count(" in sql and "FROM applications" in sql,
                     lambda: counted.append(services.applications.count(head, False)))
    assert counted[0] > 3 * PAGE
    for plan in plans:  # none on PostgreSQL: its planner chooses by its own statistics
        assert "COVERING INDEX ix_applications_form_count" in plan, plan
    # ... while a page of the list is still read in its order, not sorted from that index.
    pages = plans_of(services, lambda sql: "FROM applications" in sql and "LIMIT" in sql,
                     lambda: services.applications.page(head, False, PAGE))
    for plan in pages:
        assert "ix_applications_form_count" not in plan and "TEMP B-TREE" not in plan, plan


def test_the_signed_decisions_are_counted_from_the_issue_index_alone(city: City) -> None:
    """The head's "Decyzje podpisane" counts a city's signed decisions at every reload: from
    the index alone (a test only a draft can fail asks nothing of the signed rows)."""
    services, _, head = city
    counted: list[int] = []
    plans = plans_of(services, lambda sql: "count(" in sql and "FROM decisions" in sql,
                     lambda: counted.append(services.decisions.count(head, DecisionStatus.SIGNED)))
    assert counted[0] > 3 * PAGE
    for plan in plans:  # none on PostgreSQL: its planner chooses by its own statistics
        assert "COVERING INDEX" in plan and "SUBQUERY" not in plan, plan


@pytest.mark.parametrize("open_only", [True, False])
def test_applications_by_deadline_walk_every_application_once_nearest_first(
        city: City, open_only: bool) -> None:
    services, _, head = city
    walked = _walk(lambda last, n: services.applications.page(head, open_only, n, last,
                                                              by_deadline=True))
    assert len(walked) == services.applications.count(head, open_only) >= 17
    assert len({a.id for a in walked}) == len(walked)
    deadlines = [a.kpa_deadline for a in walked]
    assert None not in deadlines and deadlines == sorted(deadlines)  # type: ignore[type-var]
    # The KPA month, counted by art. 57 (domain/calendar.py), from each date of receipt.
    assert all(a.kpa_deadline == kpa_deadline(a.received_on) for a in walked)
    # Overdue is marked only on applications still waiting for a decision.
    today = dt.date(2026, 7, 2)  # the day after the busy day's deadline (1 July 2026)
    overdue = [a for a in walked if a.overdue_on(today)]
    assert overdue and all(a.status is ApplicationStatus.REGISTERED for a in overdue)
    assert not any(a.overdue_on(dt.date(2026, 7, 1)) for a in walked if a.received_on
                   == dt.date(2026, 6, 1))  # the last day of the deadline is still in time
    if not open_only:
        assert deadlines[0] < deadlines[-1]  # type: ignore[operator]
        late_but_decided = [a for a in walked if a.status is not ApplicationStatus.REGISTERED
                            and a.kpa_deadline < today]  # type: ignore[operator]
        assert late_but_decided and not any(a.overdue_on(today) for a in late_but_decided)


def test_decisions_walk_every_signed_decision_once(city: City) -> None:
    services, _, head = city
    walked = _walk(lambda last, n: services.decisions.page(head, DecisionStatus.SIGNED, n, last))
    assert len(walked) == services.decisions.count(head, DecisionStatus.SIGNED) > 3 * PAGE
    assert len({d.id for d in walked}) == len(walked)
    assert all(d.status is DecisionStatus.SIGNED for d in walked)
    keys = [(d.issued_on, str(d.id)) for d in walked]  # the head's list: by day of issue
    assert keys == sorted(keys, reverse=True)  # type: ignore[type-var]
    assert len({d.issued_on for d in walked}) < len(walked)  # days with several decisions



def test_the_days_stack_holds_only_that_days_decisions(city: City) -> None:
    services, path, head = city
    with sqlite3.connect(path) as conn:
        day, expected = conn.execute(
            "SELECT issued_on, count(*) FROM decisions WHERE status = 'signed' GROUP BY issued_on "
            "ORDER BY count(*) DESC, issued_on LIMIT 1").fetchone()
    stack = services.decisions.signed_ids(head, issued_on=dt.date.fromisoformat(day))
    everything = services.decisions.signed_ids(head)
    assert 1 < len(stack) == expected < len(everything)
    assert all(services.decisions.get(head, d).issued_on == dt.date.fromisoformat(day)
               for d in stack)
