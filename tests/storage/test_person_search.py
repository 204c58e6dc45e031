"""Person search over the full-text index: folded words by their start, PESEL by prefix."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import IdDocumentType, Relation
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.storage import queries, typed_words
from ops_desktop.storage.database import _alembic_config, create_db_engine
from tests.query_plans import plans_of
from tests.server_db import ON_SERVER, RawSQL, sqlite_file

HOME = Address("Polna", "3", "5", "66-999", "Lipowiec")
PESEL_MAN_1944 = "44051401359"
PESEL_WOMAN_1985 = "85121711202"
PESEL_WOMAN_2002 = "02270803624"


def _person(first: str, last: str, pesel: str | None = None) -> PersonInput:
    # Without a PESEL the office records a passport instead.
    document = None if pesel else IdDocumentType.PASSPORT
    return PersonInput(first_name=first, last_name=last, pesel=pesel, id_document_type=document,
                       id_document_number=None if pesel else f"FX{uuid.uuid4().int % 10**6:06d}",
                       birth_date=None if pesel else dt.date(1990, 3, 4), sex=None,
                       address=HOME, phone="")


def _names(services: Services, actor: Actor, text: str, offset: int = 0) -> list[str]:
    return [f"{p.last_name} {p.first_name}"
            for p in services.persons.search(actor, text, 200, offset)]


@pytest.fixture
def family(services: Services, desk: Actor) -> uuid.UUID:
    """Three households: the Żółkiewscy, Łódź-Nowak, and a Kowalski."""
    head = services.persons.register_household(desk, _person("Jan", "Żółkiewski", PESEL_MAN_1944), [
        MemberInput(Relation.SPOUSE, _person("Maria", "Żółkiewska", PESEL_WOMAN_1985)),
    ])
    services.persons.register_household(desk, _person("Zofia", "Łódź-Nowak", PESEL_WOMAN_2002), [])
    services.persons.register_household(desk, _person("Janusz", "Kowalski"), [])
    return head


def _sql(services: Services, statement: str, *params: object) -> None:
    with RawSQL(services.db) as conn:
        conn.execute(statement, params)


def test_folded_words_find_names_with_polish_letters(services: Services, desk: Actor,
                                                     family: uuid.UUID) -> None:
    assert _names(services, desk, "zolkiewsk") == ["Żółkiewska Maria", "Żółkiewski Jan"]
    assert _names(services, desk, "zolkiewski") == ["Żółkiewski Jan"]
    assert _names(services, desk, "ŻÓŁK") == ["Żółkiewska Maria", "Żółkiewski Jan"]
    # ł is not a letter with an accent for Unicode: the program folds it itself.
    assert _names(services, desk, "lodz") == ["Łódź-Nowak Zofia"]
    # Every word of a double-barrelled surname is found by its start.
    assert _names(services, desk, "nowak") == ["Łódź-Nowak Zofia"]
    assert services.persons.count(desk, "zolk") == 2


def test_surname_and_first_name_in_either_order(services: Services, desk: Actor,
                                                family: uuid.UUID) -> None:
    assert _names(services, desk, "zolkiewsk mar") == ["Żółkiewska Maria"]
    assert _names(services, desk, "jan zolk") == ["Żółkiewski Jan"]
    # "jan" is the start of Jan and of Janusz, wherever the word stands.
    assert _names(services, desk, "jan") == ["Kowalski Janusz", "Żółkiewski Jan"]
    assert _names(services, desk, "janu kow") == ["Kowalski Janusz"]
    assert _names(services, desk, "kow maria") == []
    assert services.persons.count(desk, "jan") == 2


def test_each_typed_word_needs_a_word_of_its_own(services: Services, desk: Actor,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # "Jankowski Ja" is typed for Jan or Janina Jankowski: "ja" also begins "jankowski", yet
    # Adam Jankowski is not what was asked for.
    for first, last in [("Adam", "Jankowski"), ("Janina", "Jankowska"), ("Jan", "Jankowski"),
                        ("Ewa", "Jabłońska"), ("Marek", "Nowak"), ("Jan", "Jan"),
                        ("Anna", "Jankowska-Jabłońska")]:
        services.persons.register_household(desk, _person(first, last), [])
    # A double surname has two words: "ja" takes the second.
    wanted = ["Jankowska Janina", "Jankowska-Jabłońska Anna", "Jankowski Jan"]
    assert _names(services, desk, "jankowsk ja") == wanted
    assert _names(services, desk, "ja jankowsk") == wanted
    assert services.persons.count(desk, "jankowsk ja") == 3
    assert services.persons.count(desk, "jankowsk ja", up_to=2) == 2
    assert services.persons.find(desk, "Jankowsk Ja", 1, 501) == (
        services.persons.search(desk, "jankowsk ja", 1), 3)
    assert _names(services, desk, "jankowsk ja", offset=2) == ["Jankowski Jan"]
    assert _names(services, desk, "jankowski ja") == ["Jankowski Jan"]
    # The same word typed twice wants two words starting with it.
    assert _names(services, desk, "jan jan") == [
        "Jan Jan", "Jankowska Janina", "Jankowski Jan"]
    assert _names(services, desk, "ja ja") == [
        "Jan Jan", "Jankowska Janina", "Jankowska-Jabłońska Anna", "Jankowski Jan"]
    assert _names(services, desk, "ja ja ja") == []
    # Without a typed word beginning another, the index's answer as it was.
    assert _names(services, desk, "ja") == [
        "Jabłońska Ewa", "Jan Jan", "Jankowska Janina", "Jankowska-Jabłońska Anna",
        "Jankowski Adam", "Jankowski Jan"]
    if not ON_SERVER:
        # A key another tool wrote unfolded (capitals, Polish letters) is read as SQLite's
        # name index reads it (a server searches the key as it is written).
        services.persons.register_household(desk, _person("Żaneta", "Żak"), [])
        _sql(services, "UPDATE persons SET search_name = 'ŻAK ŻANETA' WHERE last_name = 'Żak'")
        assert _names(services, desk, "zak za") == ["Żak Żaneta"]
    # Where the longer words alone find more persons than are checked at once (a common
    # first name typed whole in a city), the index's answer stands: every Jankowski.
    monkeypatch.setattr(typed_words, "CHECKED_AT_MOST", 3)
    everyone = ["Jankowska Janina", "Jankowska-Jabłońska Anna", "Jankowski Adam",
                "Jankowski Jan"]
    assert _names(services, desk, "jankowsk ja") == everyone
    assert services.persons.count(desk, "jankowsk ja") == 4
    assert services.persons.find(desk, "jankowsk ja", 2, 501) == (
        services.persons.search(desk, "jankowsk ja", 2), 4)
    assert _names(services, desk, "jankowski ja") == ["Jankowski Jan"]  # two found: checked
    assert queries._typed_words("ma mar marciniak ma") == ["marciniak"]
    assert queries._typed_words("jan nowak jan") == ["jan", "nowak"]
    assert queries._typed_words("nowak jan") == ["nowak", "jan"]


def test_pesel_whole_and_by_prefix(services: Services, desk: Actor, family: uuid.UUID) -> None:
    assert _names(services, desk, PESEL_WOMAN_1985) == ["Żółkiewska Maria"]
    assert _names(services, desk, "8512") == ["Żółkiewska Maria"]
    assert _names(services, desk, "4 4 0") == ["Żółkiewski Jan"]
    # Ordered by PESEL when searching by it.
    _sql(services, "UPDATE persons SET pesel = '85999999999' WHERE last_name = 'Kowalski'")
    assert _names(services, desk, "85") == ["Żółkiewska Maria", "Kowalski Janusz"]
    assert services.persons.count(desk, "85") == 2
    assert services.persons.count(desk, "9") == 0
    assert _names(services, desk, "9") == []


def test_a_pesel_prefix_finds_neither_removed_nor_merged_persons_and_reads_no_row_to_count(
        services: Services, desk: Actor, family: uuid.UUID) -> None:
    _sql(services, "UPDATE persons SET deleted_at = '2026-01-01 00:00:00' "
                   "WHERE last_name = 'Żółkiewski'")
    _sql(services, "UPDATE persons SET merged_into_id = (SELECT id FROM persons "
                   "WHERE last_name = 'Żółkiewska') WHERE last_name = 'Łódź-Nowak'")
    assert _names(services, desk, "4") == [] and services.persons.count(desk, "4") == 0
    assert _names(services, desk, "0") == [] and services.persons.count(desk, "0") == 0
    page: list[object] = []
    plans = plans_of(services, lambda sql: "pesel >=" in sql,
                     lambda: page.append(services.persons.find(desk, "85", 50, 501)))
    (rows, found), = page  # type: ignore[misc]
    assert [p.last_name for p in rows] == ["Żółkiewska"] and found == 1
    # None on PostgreSQL: its planner chooses by its own statistics.
    for plan in plans:
        assert "ix_persons_pesel_live" in plan and "TEMP B-TREE" not in plan, plan
    counted = [plan for plan in plans if "SCAN" in plan and "subquery" in plan]
    assert all("COVERING INDEX ix_persons_pesel_live" in plan for plan in counted), plans


def test_paging_keeps_the_alphabetical_order(services: Services, desk: Actor) -> None:
    for i in range(7):
        services.persons.register_household(desk, _person(f"Anna{chr(ord('a') + i)}", "Nowak"), [])
    first = [p.first_name for p in services.persons.search(desk, "nowak", 3, 0)]
    rest = [p.first_name for p in services.persons.search(desk, "nowak", 10, 3)]
    assert first + rest == [f"Anna{c}" for c in "abcdefg"]


def test_anonymised_and_deleted_persons_are_not_found(services: Services, desk: Actor,
                                                      family: uuid.UUID) -> None:
    # What anonymisation writes: the search key blanked, the PESEL gone.
    _sql(services, "UPDATE persons SET search_name = '', pesel = NULL, first_name = 'Osoba', "
                   "last_name = 'zanonimizowana' WHERE last_name = 'Żółkiewski'")
    _sql(services, "UPDATE persons SET deleted_at = '2026-01-01 00:00:00' "
                   "WHERE last_name = 'Kowalski'")
    assert _names(services, desk, "zolk") == ["Żółkiewska Maria"]
    assert _names(services, desk, "jan") == []
    assert _names(services, desk, "zanonim") == []
    assert _names(services, desk, PESEL_MAN_1944) == []
    assert services.persons.count(desk, "jan") == 0
    # Brought back from a soft deletion, a person is found again.
    _sql(services, "UPDATE persons SET deleted_at = NULL WHERE last_name = 'Kowalski'")
    assert _names(services, desk, "jan") == ["Kowalski Janusz"]


def test_a_changed_name_is_found_by_the_new_name_only(services: Services, desk: Actor,
                                                      family: uuid.UUID) -> None:
    services.persons.update_person(desk, family, _person("Jan", "Wiśniewski", PESEL_MAN_1944))
    assert _names(services, desk, "wisn") == ["Wiśniewski Jan"]
    assert _names(services, desk, "zolkiewski") == []
    assert services.persons.count(desk, "zolk") == 1


def test_a_removed_row_leaves_the_index(services: Services, desk: Actor) -> None:
    services.persons.register_household(desk, _person("Ewa", "Zielińska"), [])
    _sql(services, "DELETE FROM household_members")
    _sql(services, "DELETE FROM persons")
    assert services.persons.search(desk, "ziel") == []
    services.persons.register_household(desk, _person("Ewa", "Zielna"), [])
    assert _names(services, desk, "ziel") == ["Zielna Ewa"]


HOSTILE = ['"', '""', '"zolk', 'zolk"', "*", "zolk*", "NEAR", "NEAR(zolk jan)", "AND", "OR",
           "NOT", "zolk AND", "AND zolk", "(", ")", "(zolk", "zolk)", "^zolk", "search_name:zolk",
           "-", "+", "{zolk}", "%", "_", "\\", "'; DROP TABLE persons; --", "zolk' OR '1'='1",
           "\u0000", "ż" * 1000, "1" * 50, "8512 zolk"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_raises(services: Services, desk: Actor, family: uuid.UUID,
                                   text: str) -> None:
    found = services.persons.search(desk, text)
    assert services.persons.count(desk, text) == len(found)
    # Query syntax typed by someone is only ever words to look for.
    if text in ("zolk*", '"zolk', "zolk)", "(zolk", "^zolk", "{zolk}", "zolk\""):
        assert _names(services, desk, text) == ["Żółkiewska Maria", "Żółkiewski Jan"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_any_text_never_raises(services: Services, desk: Actor, text: str) -> None:
    found = services.persons.search(desk, text)
    assert services.persons.count(desk, text) == len(found)


@sqlite_file("the FTS5 name index is SQLite's; PostgreSQL searches persons.search_name itself")
def test_migration_from_0002_fills_the_index(tmp_path: Path, desk: Actor) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_db_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        command.upgrade(_alembic_config(connection), "0002_security")
        connection.commit()
    engine.dispose()
    with sqlite3.connect(path) as conn:
        for first, last, key, pesel, deleted in (
            ("Jan", "Żółkiewski", "zolkiewski jan", PESEL_MAN_1944, None),
            ("Zofia", "Łódź", "lodz zofia", None, None),
            ("Osoba", "zanonimizowana", "", None, None),
            ("Ewa", "Usunięta", "usunieta ewa", PESEL_WOMAN_1985, "2026-01-01 00:00:00"),
        ):
            conn.execute(
                "INSERT INTO persons (id, first_name, last_name, search_name, pesel, street, "
                "building, flat, postal_code, city, phone, created_at, updated_at, version, "
                "deleted_at) VALUES (?, ?, ?, ?, ?, '', '', '', '', '', '', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, ?)",
                (uuid.uuid4().hex, first, last, key, pesel, deleted))
    conn.close()
    services = Services.open(f"sqlite:///{path}")
    try:
        assert _names(services, desk, "zolk") == ["Żółkiewski Jan"]
        assert _names(services, desk, "lodz") == ["Łódź Zofia"]
        assert _names(services, desk, "zanon") == []
        assert _names(services, desk, "usun") == []
        assert _names(services, desk, "4405") == ["Żółkiewski Jan"]
        assert services.persons.count(desk, "zolkiewski jan") == 1
    finally:
        services.close()


@sqlite_file("the FTS5 name index is SQLite's; PostgreSQL searches persons.search_name itself")
def test_migration_0043_takes_a_record_merged_before_it_out_of_the_index(
        tmp_path: Path, desk: Actor) -> None:
    """A merge made by the program before 0043 left the merged record's name in the index:
    the desk counted one person twice. After the upgrade the survivor is counted alone, and
    a record merged later leaves the index by the triggers."""
    path = tmp_path / "merged.sqlite"
    engine = create_db_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        command.upgrade(_alembic_config(connection), "0042_interview_paging")
        connection.commit()
    engine.dispose()
    survivor, duplicate, later = (uuid.uuid4().hex for _ in range(3))
    with sqlite3.connect(path) as conn:
        for key, merged_into in ((survivor, None), (duplicate, survivor), (later, None)):
            conn.execute(
                "INSERT INTO persons (id, first_name, last_name, search_name, street, building, "
                "flat, postal_code, city, phone, created_at, updated_at, version, merged_into_id) "
                "VALUES (?, 'Jan', 'Żółkiewski', 'zolkiewski jan', '', '', '', '', '', '', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, ?)", (key, merged_into))
        assert conn.execute("SELECT count(*) FROM person_search WHERE person_search MATCH "
                            "'zolk*'").fetchone() == (3,)
    conn.close()
    services = Services.open(f"sqlite:///{path}")
    try:
        assert services.persons.count(desk, "zolk") == 2
        assert len(services.persons.search(desk, "zolk", limit=1, offset=1)) == 1
        with sqlite3.connect(path) as conn:  # what the program's merge writes (carry_out)
            conn.execute("UPDATE persons SET merged_into_id = ? WHERE id = ?", (survivor, later))
        conn.close()
        assert services.persons.count(desk, "zolk") == 1
        assert services.persons.search(desk, "zolk", limit=1, offset=1) == []
    finally:
        services.close()


def _index_holds(services: Services, word: bytes) -> bool:
    assert services.db.file is not None
    with sqlite3.connect(services.db.file) as conn:
        found = any(word in (block or b"") for (block,) in
                    conn.execute("SELECT block FROM person_search_data"))
    conn.close()
    return found


@sqlite_file("FTS5 index pages in the file; PostgreSQL has no separate name index to purge")
def test_purging_removes_anonymised_names_from_the_file(services: Services, desk: Actor,
                                                        family: uuid.UUID) -> None:
    # (The index stores a word after one sharing its start in part; no other word of the
    # family starts with "k", so "kowalski" is stored whole wherever it is.)
    _sql(services, "UPDATE persons SET search_name = '' WHERE last_name = 'Kowalski'")
    assert _names(services, desk, "kowalski") == []
    assert _index_holds(services, b"kowalski")  # out of the results, not yet out of the pages
    with services.db.session() as s:
        queries.purge_person_search(s)
    assert not _index_holds(services, b"kowalski")
    assert _names(services, desk, "zolkiewsk") == ["Żółkiewska Maria", "Żółkiewski Jan"]


@pytest.mark.skipif(not ON_SERVER, reason="a PostgreSQL server (OPS_TEST_DB_URL)")
def test_on_a_server_the_name_search_reads_the_trigram_index(services: Services) -> None:
    from sqlalchemy import select, text

    from ops_desktop.storage.models import PersonRow

    stmt = queries._person_filter(select(PersonRow.id), "jan kow", "", indexed=False)
    with services.db.session() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))  # a few rows: judge the plan alone
        sql = stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
        plan = " ".join(r[0] for r in s.execute(text(f"EXPLAIN {sql}")))
    assert "ix_persons_search_name_trgm" in plan
