"""A signed contract or programme carries its signing entry, and `verify`'s check of the
store (storage/plan_acts.py) names one changed behind the program's back, one signed outside
it, and lets retention's anonymisation through."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from ops_desktop.services.context import Actor
from ops_desktop.services.contracts import ContractView
from ops_desktop.services.hub import Services
from ops_desktop.storage import personal_data_queries as pdq
from ops_desktop.storage.models import utcnow
from ops_desktop.storage.plan_acts import check_plans
from tests.server_db import RawSQL

from .helpers import START, contract_a
from .programme_helpers import programme_input
from .test_contracts import _case, _spouse


@pytest.fixture
def signed(services: Services, desk: Actor, social_worker: Actor) -> tuple[ContractView, uuid.UUID]:
    case_id = _case(services, desk, social_worker)
    spouse = _spouse(services, social_worker, case_id)
    contract = services.contracts.sign(social_worker, services.contracts.draft(
        social_worker, case_id, contract_a((spouse,))).id, START)
    programme = services.programmes.sign(social_worker, services.programmes.draft(
        social_worker, case_id, programme_input()).id, START)
    return contract, programme.id


def _check(services: Services):  # type: ignore[no-untyped-def]
    with services.db.engine.connect() as conn:
        return check_plans(conn)


def _raw(services: Services, row_id: uuid.UUID) -> str:
    return row_id.hex if services.db.file is not None else str(row_id)


def _without_protection(conn: RawSQL, services: Services) -> None:
    """What an attacker with the file does first: drop the plans' triggers."""
    if services.db.file is not None:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
            "('social_contracts', 'plan_actions', 'programmes')").fetchall()]
        for name in names:
            conn.execute(f"DROP TRIGGER {name}")
    else:
        for table in ("social_contracts", "plan_actions", "programmes"):
            conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")


def test_signed_plans_are_checked_against_their_signing_entries(
        services: Services, signed: tuple[ContractView, uuid.UUID]) -> None:
    report = _check(services)
    assert report.ok and report.checked == 2 and report.before_protection == 0


@pytest.mark.parametrize("statement", [
    "UPDATE social_contracts SET main_goal = 'Inny cel' WHERE id = ?",
    "UPDATE social_contracts SET ends_on = '2099-01-01' WHERE id = ?",
    "UPDATE plan_actions SET what = 'Inne działanie' WHERE plan_id = ?",
    "UPDATE plan_actions SET due_on = '2099-01-01' WHERE plan_id = ?",
    "DELETE FROM plan_actions WHERE plan_id = ?",
])
def test_a_contract_changed_behind_the_programs_back_is_named(
        services: Services, signed: tuple[ContractView, uuid.UUID], statement: str) -> None:
    contract, _programme = signed
    with RawSQL(services.db) as conn:
        _without_protection(conn, services)
        conn.execute(statement, (_raw(services, contract.id),))
    report = _check(services)
    assert report.altered == [f"kontrakt {contract.id}"] and not report.ok


def test_a_programme_signed_outside_the_program_is_named(
        services: Services, signed: tuple[ContractView, uuid.UUID]) -> None:
    _contract, programme = signed
    forged = uuid.uuid4()
    with RawSQL(services.db) as conn:
        _without_protection(conn, services)
        columns = [r for r in _columns(services, "programmes") if r != "id"]
        listed = ", ".join(columns)
        conn.execute(f"INSERT INTO programmes (id, {listed}) SELECT ?, {listed} FROM programmes "
                     "WHERE id = ?", (_raw(services, forged), _raw(services, programme)))
    report = _check(services)
    assert report.unsigned == [f"program {forged}"] and report.checked == 2


def _columns(services: Services, table: str) -> list[str]:
    with services.db.engine.connect() as conn:
        if services.db.file is not None:
            return [r[1] for r in conn.execute(text(f"PRAGMA table_info({table})"))]
        return list(conn.execute(text(
            "SELECT column_name FROM information_schema.columns WHERE table_name = :t"),
            {"t": table}).scalars())


def test_anonymisation_blanks_signed_plans_and_they_still_verify(
        services: Services, signed: tuple[ContractView, uuid.UUID]) -> None:
    contract, _programme = signed
    with services.db.session() as s:
        pdq.anonymise(s, [contract.person_id], None, ("Osoba", "Zanonimizowana"), utcnow())
    with services.db.engine.connect() as conn:
        blanked = conn.execute(text("SELECT main_goal FROM social_contracts WHERE id = :i"),
                               {"i": _raw(services, contract.id)}).scalar_one()
    assert blanked == ""
    report = _check(services)
    assert report.ok and report.checked == 2
    # blanked to something other than anonymisation's values is a change
    with RawSQL(services.db) as conn:
        _without_protection(conn, services)
        conn.execute("UPDATE social_contracts SET main_goal = 'Dopisane' WHERE id = ?",
                     (_raw(services, contract.id),))
    assert _check(services).altered == [f"kontrakt {contract.id}"]
