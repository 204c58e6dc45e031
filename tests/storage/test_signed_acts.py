"""A signed decision is a legal act: the store itself refuses to change or delete it."""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from ops_desktop.domain.errors import ConflictError
from ops_desktop.domain.vocabulary import DecisionStatus, Role
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage import anchors
from ops_desktop.storage.database import integrity_ok
from ops_desktop.storage.models import AuditRow, DecisionRow
from ops_desktop.storage.protection import TriggerReport, check_triggers
from ops_desktop.storage.triggers import CREATE_TRIGGERS, DROP_TRIGGERS
from tests.server_db import RawSQL, sqlite_file


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


# Retention blanks every party field of a signed decision, to exactly these values.
BLANKED = ("party_name = 'Osoba zanonimizowana', party_address = '', "
           "party_delivery_address = '', party_pesel = NULL, bank_account = NULL, "
           "reasoning = '', purpose = '', party_dative = '', other_ground = '', "
           "anonymised_at = '2037-01-02 10:00:00'")


def _anonymise_person_row(conn: RawSQL, decision_id: str) -> None:
    conn.execute("UPDATE persons SET first_name = 'Osoba', last_name = 'zanonimizowana', "
                 "anonymised_at = '2037-01-02 10:00:00' "
                 "WHERE id = (SELECT person_id FROM decisions WHERE id = ?)", (decision_id,))


def test_retention_may_blank_the_party_once_and_never_again(office: Services) -> None:
    services = office
    signed = _ids(services, DecisionStatus.SIGNED)[0]
    with RawSQL(services.db) as conn:
        _anonymise_person_row(conn, signed)
        conn.execute(f"UPDATE decisions SET {BLANKED} WHERE id = ?", (signed,))
        with pytest.raises(conn.IntegrityError):
            conn.execute("UPDATE decisions SET party_name = 'Jan Kowalski' WHERE id = ?", (signed,))


def test_anonymisation_of_a_person_never_anonymised_is_refused(office: Services) -> None:
    """The attack: one UPDATE setting anonymised_at with a new bank account and reasoning,
    on a signed decision of a person who was never anonymised."""
    services = office
    signed = _ids(services, DecisionStatus.SIGNED)[0]
    attack = ("bank_account = 'PL27114020040000300201355387', reasoning = 'Inne uzasadnienie', "
              "party_name = 'Ktoś Inny', anonymised_at = '2037-01-02 10:00:00'")
    assert not _updates(services, signed, attack)
    assert not _updates(services, signed, BLANKED)  # the person's row is not anonymised
    with RawSQL(services.db) as conn:
        _anonymise_person_row(conn, signed)
    # Even for an anonymised person, the exemption blanks; it never writes new party data.
    assert not _updates(services, signed, attack)
    assert not _updates(services, signed, BLANKED.replace("purpose = ''", "purpose = 'leki'"))
    assert _updates(services, signed, BLANKED)


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


def _updates(services: Services, decision_id: str, assignments: str) -> bool:
    """Whether the store lets `UPDATE decisions SET <assignments>` through for the decision."""
    with RawSQL(services.db) as conn:
        try:
            conn.execute(f"UPDATE decisions SET {assignments} WHERE id = ?", (decision_id,))
            return True
        except conn.IntegrityError as exc:
            assert "signed decision is immutable" in str(exc)
            return False


def test_what_a_signed_decision_says_of_the_facts_and_the_party_is_protected_too(
        office: Services) -> None:
    services = office
    with services.db.session() as s:  # an act that cites an interview (the demo's linked one)
        signed = s.scalars(select(DecisionRow.id).where(
            DecisionRow.status == DecisionStatus.SIGNED.value,
            DecisionRow.interview_on.is_not(None))).first().hex  # type: ignore[union-attr]
    refused = ["interview_on = '2020-01-01'", "grounds = '7'", "party_sex = 'F'",
               "party_dative = 'Pani Janinie Nowak'", "other_ground = 'x'",
               # Retention may blank the dative (it is the name), not the facts of the act.
               f"interview_on = NULL, {BLANKED}"]
    with RawSQL(services.db) as conn:
        _anonymise_person_row(conn, signed)
    assert [a for a in refused if _updates(services, signed, a)] == []
    assert _updates(services, signed, BLANKED)


@sqlite_file("an older file upgraded, read back from SQLite's own schema table")
def test_a_file_from_0004_gets_the_new_columns_and_the_wider_protection(
        tmp_path: Path) -> None:
    from alembic import command

    from ops_desktop.storage.database import _alembic_config, create_db_engine

    path = tmp_path / "old.sqlite"
    old = create_db_engine(f"sqlite:///{path}")
    try:
        with old.begin() as connection:
            command.upgrade(_alembic_config(connection), "0004_list_indexes")
    finally:
        old.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0004_list_indexes",)
    conn.close()
    services = Services.open(f"sqlite:///{path}")  # migrates to the head
    services.close()
    with sqlite3.connect(path) as conn:
        (trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name = 'decisions_signed_immutable'").fetchone()
        columns = {r[1] for r in conn.execute("PRAGMA table_info(applications)")}
    conn.close()
    assert "NEW.interview_on IS OLD.interview_on" in trigger and "NEW.party_sex" in trigger
    assert {"no_income_declared_at", "interview_on", "grounds", "other_ground"} <= columns


def _copy_as_signed(services: Services, conn: RawSQL, source: str) -> str:
    """A forged act: a copy of `source` under a new id, inserted already signed."""
    columns = [c["name"] for c in inspect(services.db.engine).get_columns("decisions")
               if c["name"] not in ("id", "status")]
    new_id = uuid.uuid4().hex
    listed = ", ".join(columns)
    conn.execute(f"INSERT INTO decisions (id, status, {listed}) "
                 f"SELECT ?, 'signed', {listed} FROM decisions WHERE id = ?", (new_id, source))
    return new_id


def test_a_forged_signed_act_cannot_be_inserted(office: Services) -> None:
    services = office
    with RawSQL(services.db) as conn:
        for source in (_ids(services, DecisionStatus.SIGNED)[0],
                       _ids(services, DecisionStatus.DRAFT)[0]):
            with pytest.raises(conn.IntegrityError, match="signed decision without its signing"):
                _copy_as_signed(services, conn, source)


def test_a_draft_is_signed_only_through_the_service(office: Services) -> None:
    services = office
    draft = _ids(services, DecisionStatus.DRAFT)[0]
    with RawSQL(services.db) as conn:
        with pytest.raises(conn.IntegrityError, match="signed decision without its signing"):
            conn.execute("UPDATE decisions SET status = 'signed', signed_at = issued_on "
                         "WHERE id = ?", (draft,))
        # A draft's own edits still go through.
        conn.execute("UPDATE decisions SET reasoning = 'poprawka' WHERE id = ?", (draft,))


def test_at_start_a_dropped_trigger_comes_back_and_a_planted_one_is_reported(
        db_url: str, caplog: pytest.LogCaptureFixture) -> None:
    services = Services.open(db_url)
    sqlite = services.db.file is not None
    with RawSQL(services.db) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update" + ("" if sqlite else " ON audit_log"))
        if sqlite:
            conn.execute("CREATE TRIGGER quiet BEFORE INSERT ON audit_log "
                         "WHEN NEW.action = 'view' BEGIN SELECT RAISE(IGNORE); END")
        else:
            conn.execute("CREATE FUNCTION quiet() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$ BEGIN RETURN NULL; END $$")
            conn.execute("CREATE TRIGGER quiet BEFORE INSERT ON audit_log FOR EACH ROW "
                         "WHEN (NEW.action = 'view') EXECUTE FUNCTION quiet()")
    with services.db.engine.connect() as connection:
        assert check_triggers(connection) == TriggerReport(["audit_log_no_update"], ["quiet"])
    services.close()
    with caplog.at_level(logging.WARNING):
        services = Services.open(db_url)
    try:
        assert "created again: audit_log_no_update" in caplog.text and "quiet" in caplog.text
        with services.db.engine.connect() as connection:
            assert check_triggers(connection) == TriggerReport([], ["quiet"])
        with services.db.session() as s:
            entry = s.scalars(select(AuditRow).where(AuditRow.action == "protection")).one()
        assert json.loads(entry.changes or "") == {"recreated": ["audit_log_no_update"],
                                                   "unknown": ["quiet"]}
        with RawSQL(services.db) as conn, pytest.raises(conn.IntegrityError):
            conn.execute("UPDATE audit_log SET changes = NULL, redacted_at = at")
    finally:
        services.close()


def test_verify_names_an_act_altered_and_a_log_cut_behind_the_triggers_back(
        office: Services, capsys: pytest.CaptureFixture[str]) -> None:
    from ops_desktop.__main__ import main

    services = office
    target = str(services.db.file) if services.db.file is not None else services.db.url
    dialect = services.db.engine.dialect.name
    signed = _ids(services, DecisionStatus.SIGNED)[0]
    with services.db.session() as s:
        head = anchors.session_head(s)
    assert head is not None
    assert main(["verify", "--db", target, "--anchor", str(head)]) == 0
    assert "dziennik ją przedłuża" in capsys.readouterr().out
    with RawSQL(services.db) as conn:
        for statement in DROP_TRIGGERS[dialect]:
            conn.execute(statement)
        conn.execute("UPDATE decisions SET bank_account = 'PL27114020040000300201355387' "
                     "WHERE id = ?", (signed,))
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (head.seq - 2,))
        for statement in CREATE_TRIGGERS[dialect]:  # psycopg reads "%" as a placeholder
            conn.execute(statement if dialect == "sqlite" else statement.replace("%", "%%"))
    assert main(["verify", "--db", target, "--anchor", str(head)]) == 1
    out = capsys.readouterr().out
    assert "AKT ZMIENIONY PO PODPISANIU" in out and str(uuid.UUID(signed)) in out
    assert f"DZIENNIK NIE PRZEDŁUŻA KOTWICY nr {head.seq}" in out
    assert "Zabezpieczenia bazy (wyzwalacze): w porządku." in out
