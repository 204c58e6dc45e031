"""A signed decision is a legal act: the store itself refuses to change or delete it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from ops_desktop.domain.errors import ConflictError
from ops_desktop.domain.vocabulary import DecisionStatus, Role
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage.database import integrity_ok
from ops_desktop.storage.models import DecisionRow
from tests.server_db import RawSQL


@pytest.fixture
def office(db_url: str) -> Iterator[Services]:
    services = Services.open(db_url)
    create_demo_office(services, households=25)
    yield services
    services.close()


def _ids(services: Services, status: DecisionStatus) -> list[str]:
    with services.db.session() as s:
        return [r.id.hex for r in s.scalars(select(DecisionRow).where(DecisionRow.status == status.value))]


def test_raw_sql_cannot_change_or_delete_a_signed_decision(office: Services) -> None:
    services = office
    signed = _ids(services, DecisionStatus.SIGNED)[0]
    draft = _ids(services, DecisionStatus.DRAFT)[0]
    with RawSQL(services.db) as conn:
        for statement in ("UPDATE decisions SET amount_grosze = 1 WHERE id = ?",
                          "UPDATE decisions SET status = 'draft' WHERE id = ?",
                          "DELETE FROM decisions WHERE id = ?"):
            with pytest.raises(conn.IntegrityError, match="signed decision is immutable"):
                conn.execute(statement, (signed,))
        # A draft is still work in progress and may change or go.
        conn.execute("UPDATE decisions SET reasoning = 'poprawka' WHERE id = ?", (draft,))
        conn.execute("DELETE FROM decisions WHERE id = ?", (draft,))
    assert integrity_ok(services.db)


def test_retention_may_blank_the_party_once_and_never_again(office: Services) -> None:
    services = office
    signed = _ids(services, DecisionStatus.SIGNED)[0]
    with RawSQL(services.db) as conn:
        conn.execute("UPDATE decisions SET party_name = 'Osoba zanonimizowana', party_pesel = NULL, "
                     "anonymised_at = '2037-01-02 10:00:00' WHERE id = ?", (signed,))
        with pytest.raises(conn.IntegrityError):
            conn.execute("UPDATE decisions SET party_name = 'Jan Kowalski' WHERE id = ?", (signed,))


def test_the_service_refuses_to_discard_a_signed_decision(office: Services) -> None:
    services = office
    head = next(u for u in services.office.users() if Role.COORDINATOR in u.roles)
    actor = Actor.of(head)
    decision_id = services.decisions.signed_ids(actor)[0]
    with pytest.raises(ConflictError, match="decision_signed"):
        services.decisions.discard_draft(actor, decision_id)
    with pytest.raises(ConflictError, match="decision_signed"):
        services.decisions.sign(actor, decision_id)


def test_anonymisation_cannot_be_used_to_change_what_was_decided(
        office: Services) -> None:
    services = office
    signed = _ids(services, DecisionStatus.SIGNED)[0]
    with RawSQL(services.db) as conn:
        for change in ("amount_grosze = 1", "status = 'draft'", "signatory_name = 'Ktoś'",
                       "period_to = '2099-12-31'"):
            with pytest.raises(conn.IntegrityError, match="signed decision is immutable"):
                conn.execute(f"UPDATE decisions SET {change}, anonymised_at = '2037-01-02' "
                             "WHERE id = ?", (signed,))
