"""The head's list reads the signed meal decisions a page at a time, the latest signed first,
counts them and reads one office day's for the day's print (services/placement_common.py,
alike for DPS and shelter); the drafts to sign are read without the signed ones. On SQLite,
and on PostgreSQL with OPS_TEST_DB_URL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, text

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import PermissionDenied, ValidationError
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.meals.signed_meals import at, household, signed_meals
from tests.meals.test_meal_services import (  # noqa: F401 - a fixture
    _case,
    _input,
    _interview,
    carer,
)

TODAY = wall_today()


def _days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def test_signed_pages_come_latest_signed_first_each_once_and_counted(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    # Signed in an order other than the list's; three on one day (the id breaks no tie the
    # time does not, but a page may end in the middle of the day).
    moments = [at(_days_ago(9)), at(_days_ago(2), 9), at(_days_ago(30)), at(_days_ago(2), 11),
               at(_days_ago(5)), at(_days_ago(2), 10), at(_days_ago(1))]
    home = household(services, desk, carer, _days_ago(30))
    signed = signed_meals(services, desk, carer, coordinator, moments, home)
    draft = services.meals.prepare(carer, _input(home.case_id, home.person_id,
                                                 home.interview_id))
    expected = [d.id for d in sorted(signed, key=lambda d: d.signed_at or dt.datetime.min,
                                     reverse=True)]
    read, last = [], None
    while True:
        page = services.meals.signed_page(coordinator, 3, last)
        assert len(page) <= 3
        read += page
        if len(page) < 3:
            break
        last = page[-1]
    assert [d.id for d in read] == expected  # every signed one once, in order; no draft
    assert [d.signed_on for d in read] == sorted((m.date() for m in moments), reverse=True)
    assert services.meals.signed_count(coordinator) == 7
    assert [d.id for d in services.meals.drafts(coordinator)] == [draft.id]
    assert services.meals.signed_page(coordinator, 50, read[-1]) == []


def test_one_office_day_is_read_by_its_own_midnights(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor) -> None:
    """23:30 and 0:30 on the office's clock are two days, though in UTC both fall on the
    first (Warsaw is ahead of UTC): the day's print holds the first only."""
    day = _days_ago(3)
    late, early_next, other = signed_meals(services, desk, carer, coordinator, [
        at(day, 23, 30), at(day + dt.timedelta(days=1), 0, 30), at(day, 0, 5)])
    found = services.meals.issued_on_day(coordinator, day)
    assert [d.id for d in found] == [late.id, other.id]  # the latest signed first
    assert [d.id for d in services.meals.issued_on_day(coordinator, day + dt.timedelta(days=1))
            ] == [early_next.id]
    assert services.meals.issued_on_day(coordinator, TODAY) == []


def test_the_reads_are_the_readers_and_refuse_bad_input(
        services: Services, desk: Actor, carer: Actor, coordinator: Actor,
        benefits_worker: Actor) -> None:
    case_id, pid = _case(services, desk, carer)
    draft = services.meals.prepare(carer, _input(case_id, pid, _interview(services, carer,
                                                                          case_id)))
    # The benefits team reads meal decisions only when the head has handed it the kind.
    for read in (lambda a: services.meals.signed_page(a, 10),
                 lambda a: services.meals.signed_count(a),
                 lambda a: services.meals.issued_on_day(a, TODAY),
                 lambda a: services.meals.drafts(a)):
        with pytest.raises(PermissionDenied):
            read(benefits_worker)
        read(carer)  # the services team reads them
    with pytest.raises(ValidationError) as error:
        services.meals.signed_page(coordinator, 10, draft)  # a draft has no place there
    assert error.value.codes_for("after") == ["invalid"]
    with pytest.raises(ValidationError) as error:
        services.meals.signed_page(coordinator, -1)
    assert error.value.codes_for("limit") == ["invalid"]
    with pytest.raises(ValidationError) as error:
        services.meals.issued_on_day(coordinator, "2026-12-04")  # type: ignore[arg-type]
    assert error.value.codes_for("issued_on") == ["invalid"]


def test_the_pages_and_the_count_are_read_along_an_index(services: Services) -> None:
    engine = services.db.engine
    for table in ("meal_decisions", "dps_decisions", "shelter_decisions"):
        indexes = {i["name"]: i["column_names"] for i in inspect(engine).get_indexes(table)}
        assert indexes[f"ix_{table}_signed"] == ["status", "deleted_at", "signed_at", "id"]
    if engine.dialect.name == "sqlite":
        with engine.connect() as c:
            plan = " ".join(str(r[-1]) for r in c.execute(text(
                "EXPLAIN QUERY PLAN SELECT id FROM meal_decisions WHERE status = 'signed' "
                "AND deleted_at IS NULL ORDER BY signed_at DESC, id DESC LIMIT 50")))
        assert "ix_meal_decisions_signed" in plan and "TEMP B-TREE" not in plan
