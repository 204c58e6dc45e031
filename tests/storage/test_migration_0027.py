"""Migration 0027: a store of 0026 with a signed kontrakt socjalny gets the programmes table
and the contract protection that lets anonymisation blank a signed contract once – and
nothing else; down again, the programmes go and the old protection comes back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.storage.database import move_schema
from ops_desktop.storage.protection import check_triggers
from tests.conftest import _staff
from tests.services.helpers import START, contract_a, person, referral_intake
from tests.storage.test_migration_0020 import _tables

BLANK = ("UPDATE social_contracts SET parties = '[]', labour_office_referral = '', "
         "causes = '', strengths = '', limitations = '', unemployment_causes = '', "
         "qualifications = '', earlier_activation = '', main_goal = '', "
         "specific_goals = '[]', annex_text = '', end_note = ''")


def _signed_contract(services: Services) -> str:
    desk = _staff(services, "desk", "Anna Nowicka", "", frozenset({Role.FIRST_CONTACT}))
    worker = _staff(services, "social", "Magdalena Kowalczyk", "", frozenset({Role.SOCIAL_WORK}))
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    case = services.referrals.accept(worker, rid)
    made = services.contracts.draft(worker, case.id, contract_a())
    return services.contracts.sign(worker, made.id, START).id.hex


def test_down_to_0026_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    services = Services.open(f"sqlite:///{path}")
    services.office.save_settings(SETTINGS)
    contract = _signed_contract(services)
    move_schema(services.db.engine, "downgrade", "0026_procedural_acts")
    assert "programmes" not in _tables(path)
    with sqlite3.connect(path, isolation_level=None) as conn, pytest.raises(
            sqlite3.IntegrityError, match="signed contract is immutable"):
        conn.execute(BLANK + " WHERE id = ?", (contract,))
    move_schema(services.db.engine, "upgrade", "head")
    with services.db.engine.begin() as conn:
        assert check_triggers(conn).ok
    assert "programmes" in _tables(path)
    with sqlite3.connect(path, isolation_level=None) as conn:
        # Blanking without the anonymisation mark is still refused; with it, once, allowed.
        with pytest.raises(sqlite3.IntegrityError, match="signed contract is immutable"):
            conn.execute(BLANK + " WHERE id = ?", (contract,))
        conn.execute(BLANK + ", anonymised_at = '2030-01-01 00:00:00' WHERE id = ?",
                     (contract,))
        with pytest.raises(sqlite3.IntegrityError, match="signed contract is immutable"):
            conn.execute("UPDATE social_contracts SET anonymised_at = NULL WHERE id = ?",
                         (contract,))
    services.close()
