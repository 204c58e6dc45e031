"""Every way of reading a page of persons found by name gives what a plain sort of all the
matches gives: the same persons, in the same order, on every page (storage/name_search.py)."""

from __future__ import annotations

import itertools
import re
import sqlite3

import pytest

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import SearchQuery
from ops_desktop.storage import name_search, queries
from tests.server_db import sqlite_file
from tests.storage.test_person_search import _person, _sql

NAMES = [
    ("Jan", "Nowak"), ("Jan", "Nowak"), ("Jan", "Nowak"),  # the same name: ordered by id
    ("Marek", "Nowak"), ("Nowomir", "Adamczyk"), ("Maria", "Kowalska-Nowak"),
    ("Anna", "Nowakowska"), ("Marta", "Marczak"), ("Nowak", "Marczak"), ("Janina", "Zaremba"),
    ("Anna", "'t Hooft"), ("Jan", "-Nowicki"), ("Яна", "Нова"), ("Marian", "Łódź-Nowak"),
    ("Ewa", "Mar"), ("Jan", "Kowalski"), ("Janusz", "Kowalski"), ("Jan", "Kowalczyk"),
    ("Ola", "Zanowska"), ("Now", "Now"),
]
QUERIES = ["now", "nowak", "nowak jan", "jan nowak", "jan", "mar", "mar now", "hooft", "t",
           "t hooft", "nowi", "нова", "kowalski ja", "a", "an", "ja k", "now now", "zz", "łódź",
           "nowak no", "no nowak ja", "mar marczak"]


def _own_words(name: str, typed: list[str]) -> bool:
    """Every typed word the start of a different word of the name, tried every way."""
    words = re.findall(r"[^\W_]+", name.lower())
    return any(all(w.startswith(t) for w, t in zip(chosen, typed, strict=True))
               for chosen in itertools.permutations(words, len(typed)))


def _reference(db: Services, folded: str) -> list[str]:
    """All matches sorted the plain way, as the search did before it was planned."""
    assert db.db.file is not None
    typed = re.findall(r"[^\W_]+", folded)
    with sqlite3.connect(db.db.file) as conn:
        rows = conn.execute(
            "SELECT id, search_name FROM persons WHERE rowid IN (SELECT rowid FROM "
            "person_search WHERE person_search MATCH ?) AND deleted_at IS NULL "
            "ORDER BY search_name, id", (queries._name_match(folded),)).fetchall()
    conn.close()
    return [r[0].replace("-", "") for r in rows if _own_words(r[1], typed)]


@sqlite_file("the ways of paging SQLite's FTS5 name index; PostgreSQL has one way")
@pytest.mark.parametrize("sorted_at_most", [0, 1, 10_000], ids=["walk", "split-or-walk", "split"])
def test_every_plan_gives_the_plain_sort_page_by_page(
    services: Services, desk: Actor, monkeypatch: pytest.MonkeyPatch, sorted_at_most: int
) -> None:
    for first, last in NAMES:
        services.persons.register_household(desk, _person(first, last), [])
    # A key written by another tool, upper case: FTS5 lower-cases it, the name index does not.
    _sql(services, "UPDATE persons SET search_name = 'NOWAK ZOFIA' WHERE first_name = 'Ola'")
    # A deleted person is found by no plan.
    _sql(services, "UPDATE persons SET deleted_at = '2026-01-01 00:00:00' "
                   "WHERE first_name = 'Marek'")
    monkeypatch.setattr(name_search, "SORTED_ONE_BY_ONE_MAX", sorted_at_most)
    for typed in QUERIES:
        expected = _reference(services, SearchQuery.parse(typed).folded)
        for limit in (2, 3, 50):
            pages: list[str] = []
            for offset in range(0, len(expected) + limit, limit):
                pages += [p.id.hex for p in services.persons.search(desk, typed, limit, offset)]
            assert pages == expected, (typed, limit)
        assert services.persons.count(desk, typed) == len(expected)
        assert services.persons.count(desk, typed, up_to=2) == min(2, len(expected))
    assert len(_reference(services, "now")) >= 8  # the names above do meet the query


def test_the_count_stops_at_what_is_asked(services: Services, desk: Actor) -> None:
    for first, last in NAMES[:4]:
        services.persons.register_household(desk, _person(first, last), [])
    assert services.persons.count(desk, "nowak") == 4  # Jan Nowak three times, Marek Nowak
    assert services.persons.count(desk, "nowak", up_to=2) == 2
    assert services.persons.count(desk, "nowak", up_to=10) == 4


def test_the_desks_page_and_count_at_once_are_search_and_count(
        services: Services, desk: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    for first, last in NAMES:
        services.persons.register_household(desk, _person(first, last), [])
    for few in (2, 1000):  # found through the short list of matches, or planned
        monkeypatch.setattr(queries, "FEW", few)
        for typed in [*QUERIES, "", "x", "44"]:
            rows, total = services.persons.find(desk, typed, 3, 3)
            assert rows == services.persons.search(desk, typed, 3), typed
            assert total == services.persons.count(desk, typed, up_to=3), typed
