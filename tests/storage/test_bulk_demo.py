"""`ops-desktop demo --persons N`: ten years of a city's office history written at SQL level."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from pypdf import PdfReader
from stdnum.pl import pesel as stdnum_pesel

from ops_desktop.__main__ import main
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.money import from_grosze, to_grosze
from ops_desktop.domain.person import validate_iban
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    DecisionKind,
    NoteKind,
    PaymentMethod,
    Role,
)
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput, validate_decision
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage.bulk_demo import generate_history
from tests.server_db import sqlite_file

pytestmark = sqlite_file("the city-sized demo generator writes the SQLite file directly")

PERSONS = 2000


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bulk") / "city.sqlite"
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["demo", "--db", str(path), "--persons", str(PERSONS)]) == 0
    assert "persons=2000" in out.getvalue()
    return path


@pytest.fixture
def db(city: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(city)
    yield conn
    conn.close()


def rows(db: sqlite3.Connection, sql: str) -> list[tuple]:
    return db.execute(sql).fetchall()


def test_exactly_the_persons_asked_for_in_households_of_real_sizes(db: sqlite3.Connection) -> None:
    assert rows(db, "SELECT count(*) FROM persons") == [(PERSONS,)]
    assert rows(db, "SELECT count(*) FROM household_members") == [(PERSONS,)]
    sizes = Counter(n for (n,) in rows(db, "SELECT count(*) FROM persons GROUP BY household_id"))
    assert sizes[1] > sizes[2] > sizes[5] > 0
    assert max(sizes) >= 7
    # Every household has one applicant, at position 0.
    assert rows(db, "SELECT count(*) FROM household_members WHERE relation = 'applicant'") == \
        rows(db, "SELECT count(*) FROM households")


def test_every_pesel_valid_unique_and_agreeing_with_sex_birth_and_surname_form(
        db: sqlite3.Connection) -> None:
    people = rows(db, "SELECT pesel, sex, birth_date, first_name, last_name, search_name "
                      "FROM persons")
    pesels = [p[0] for p in people]
    assert len(set(pesels)) == len(pesels)
    for pesel, sex, birth, first, last, search_name in people:
        assert stdnum_pesel.is_valid(pesel), pesel
        assert stdnum_pesel.get_birth_date(pesel) == dt.date.fromisoformat(birth)
        assert (int(pesel[9]) % 2 == 1) == (sex == "M")
        if sex == "F":
            assert not last.endswith(("ski", "cki", "dzki")) and first.endswith("a"), (first, last)
        else:
            assert not last.endswith(("ska", "cka", "dzka")), (first, last)
        assert search_name.split(" ")[0].isascii() and search_name.islower()


def test_signed_decisions_carry_party_signatory_and_office(db: sqlite3.Connection) -> None:
    signed = rows(db, "SELECT party_name, party_address, party_pesel, signatory_name, "
                      "authorisation_number, office_snapshot, issued_on, signed_at, law_source, "
                      "payment_method, bank_account FROM decisions WHERE status = 'signed'")
    assert len(signed) > 300
    for party, address, pesel, signatory, order, office, issued, at, law, method, account in signed:
        assert party and "\n" in address and stdnum_pesel.is_valid(pesel)
        assert signatory and order and "Lipowcu" in office and issued and at and law
        if method == "bank_transfer":
            assert validate_iban(account) == account
    kinds = set(rows(db, "SELECT DISTINCT status, kind FROM decisions"))
    assert {("signed", "grant"), ("signed", "refusal"), ("draft", "grant")} <= kinds
    forms = {f for (f,) in rows(db, "SELECT DISTINCT form FROM applications")}
    assert forms == {f.value for f in BenefitForm}
    # A signed decision's application is decided, and the figures match the law in force.
    assert rows(db, "SELECT count(*) FROM decisions d JOIN applications a "
                    "ON a.id = d.application_id WHERE d.status = 'signed' "
                    "AND a.status != 'decided'") == [(0,)]
    assert rows(db, "SELECT count(*) FROM decisions WHERE status = 'signed' "
                    "AND issued_on > date('now')") == [(0,)]


def test_signs_unique_numbered_per_register_and_counters_past_them(
        db: sqlite3.Connection) -> None:
    signs = [s for (s,) in rows(db, "SELECT sign FROM cases")]
    assert len(signs) == len(set(signs))
    used: dict[tuple[str, int], int] = {}
    for sign in signs:
        unit, klass, number, year = sign.split(".")
        assert unit == "OPS"
        key = (f"case.{klass}", int(year))
        used[key] = max(used.get(key, 0), int(number))
    for (number,) in rows(db, "SELECT number FROM referrals"):
        _sk, n, year = number.split("/")
        used[("referral", int(year))] = max(used.get(("referral", int(year)), 0), int(n))
    counters = {(r, y): n for r, y, n in rows(db, "SELECT register, year, last_number "
                                                   "FROM sign_counters")}
    assert len(used) > 20
    for key, number in used.items():
        assert counters[key] >= number, key
    # Decisions carry the sign of their application's case.
    assert rows(db, "SELECT count(*) FROM decisions d JOIN applications a ON a.id = "
                    "d.application_id JOIN cases c ON c.id = a.case_id "
                    "WHERE c.sign != d.case_sign") == [(0,)]


def test_ten_years_of_history_with_interviews(db: sqlite3.Connection) -> None:
    (first, last), = rows(db, "SELECT min(received_at), max(received_at) FROM intakes")
    assert first < "2016-03-01" and last > f"{wall_today().year - 1}"
    kinds = {k for (k,) in rows(db, "SELECT DISTINCT kind FROM social_work_notes")}
    assert NoteKind.INTERVIEW.value in kinds and len(kinds) >= 4
    statuses = {s for (s,) in rows(db, "SELECT DISTINCT status FROM referrals")}
    assert statuses >= {"accepted", "returned"}


def test_file_is_sound(db: sqlite3.Connection, city: Path) -> None:
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "PRAGMA foreign_key_check") == []
    assert rows(db, "PRAGMA journal_mode") == [("wal",)]
    assert rows(db, "SELECT count(*) FROM sqlite_stat1")[0][0] > 0  # ANALYZE ran
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["verify", "--db", str(city)]) == 0
    assert rows(db, "SELECT count(*) FROM audit_log WHERE action = 'import'") == [(1,)]


def test_the_program_works_on_the_generated_office(city: Path, tmp_path: Path) -> None:
    services = Services.open(f"sqlite:///{city}")
    try:
        users = services.office.users()
        desk = Actor.of(next(u for u in users if Role.FIRST_CONTACT in u.roles))
        head = Actor.of(next(u for u in users if Role.COORDINATOR in u.roles))
        found = services.persons.search(desk, "kowal")
        assert found and all(p.last_name.lower().startswith("kowal") for p in found)
        ids = services.decisions.signed_ids(head)
        assert len(ids) > 300
        # The newest signed decision: the program's decision texts start in 2025.
        newest = max(ids, key=lambda i: services.decisions.get(head, i).issued_on or dt.date.min)
        pdf = services.decisions.render(head, newest)
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        assert "DECYZJA" in text.upper()
        assert isinstance(ids[0], uuid.UUID)
    finally:
        services.close()


def test_figures_are_what_the_program_itself_would_assess(city: Path, tmp_path: Path) -> None:
    """Each decision's figures and amount pass the benefits service's own checks, and a
    generated draft can be signed (the signing re-checks the figures against the store)."""
    copy = tmp_path / "copy.sqlite"
    shutil.copy(city, copy)
    with sqlite3.connect(copy) as conn:
        sample = conn.execute(
            "SELECT application_id, kind, amount_grosze, period_from, period_to, "
            "household_size, income_per_person_grosze, criterion_grosze, payment_method, "
            "bank_account, status, id FROM decisions ORDER BY id").fetchall()
    services = Services.open(f"sqlite:///{copy}")
    try:
        users = services.office.users()
        worker = Actor.of(next(u for u in users if Role.BENEFITS in u.roles
                               and u.can_sign_today))
        drafts = []
        for (app, kind, amount, start, end, size, per_person, criterion, method, account,
             status, decision_id) in dict.fromkeys(sample[::4] + [d for d in sample
                                                                   if d[10] == "draft"]):
            app_id = uuid.UUID(hex=app)
            a = services.applications.assess(
                worker, app_id, on=dt.date.fromisoformat(start) if start else None)
            assert (a.household_size, to_grosze(a.income_per_person), to_grosze(a.criterion)) \
                == (size, per_person, criterion)
            data = DecisionInput(
                application_id=app_id, kind=DecisionKind(kind),
                amount=None if amount is None else from_grosze(amount),
                period_from=dt.date.fromisoformat(start) if start else None,
                period_to=dt.date.fromisoformat(end) if end else None,
                payment_method=PaymentMethod(method), bank_account=account, reasoning="x")
            assert validate_decision(data, services.applications.get(worker, app_id).form,
                                     a) == []
            if status == "draft":
                drafts.append(uuid.UUID(hex=decision_id))
        assert drafts
        for decision_id in drafts:
            assert services.decisions.sign(worker, decision_id).status.value == "signed"
    finally:
        services.close()


def test_refuses_a_store_that_already_has_people(city: Path) -> None:
    err = io.StringIO()
    with redirect_stderr(err):
        assert main(["demo", "--db", str(city), "--persons", "10"]) == 1


def _generated(path: Path, seed: int) -> tuple[list[tuple], list[tuple]]:
    services = Services.open(f"sqlite:///{path}")
    try:
        create_demo_office(services, households=0)
        generate_history(services.db, 300, "{}", seed=seed, today=dt.date(2026, 6, 15))
    finally:
        services.close()
    with sqlite3.connect(path) as conn:
        persons = conn.execute("SELECT first_name, last_name, pesel, city, created_at "
                               "FROM persons ORDER BY pesel").fetchall()
        decisions = conn.execute("SELECT case_sign, kind, form, amount_grosze, issued_on "
                                 "FROM decisions ORDER BY case_sign, issued_on").fetchall()
    return persons, decisions


def test_same_seed_same_history_other_seed_other_history(tmp_path: Path) -> None:
    first = _generated(tmp_path / "a.sqlite", 7)
    assert len(first[0]) == 300 and first[1]
    assert _generated(tmp_path / "b.sqlite", 7) == first
    assert _generated(tmp_path / "c.sqlite", 8)[0] != first[0]


def test_every_decided_application_rests_on_incomes_or_a_saved_no_income(
        db: sqlite3.Connection) -> None:
    unassessed = rows(db, """
        SELECT a.id FROM applications a
        WHERE EXISTS (SELECT 1 FROM decisions d WHERE d.application_id = a.id)
          AND a.no_income_declared_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM incomes i WHERE i.application_id = a.id)""")
    assert unassessed == []
    declared = rows(db, "SELECT COUNT(*) FROM applications WHERE no_income_declared_at IS NOT NULL")
    assert declared[0][0] > 0  # households with no income at all do occur
