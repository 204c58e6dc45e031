"""`ops-desktop verify` against someone who can write the file: every tampering is named.

The attacker here knows the program: after tampering they put its triggers back, so only
what `verify` checks beyond the triggers can catch them.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from ops_desktop.__main__ import main
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage import acts, audit
from ops_desktop.storage.backup import write_backup
from ops_desktop.storage.database import create_db_engine, move_schema
from ops_desktop.storage.triggers import CREATE_TRIGGERS, DROP_TRIGGERS

DRAFT_SIGNING = ("decisions_signed_insert", "decisions_signing")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "ops.sqlite"
    services = Services.open(f"sqlite:///{path}")
    create_demo_office(services, households=12)
    services.close()
    return path


def _copy(source: Path, target: Path) -> Path:
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


@pytest.fixture
def office_file(demo_template: Path, tmp_path: Path) -> Path:
    return _copy(demo_template, tmp_path / "ops.sqlite")


def verify(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["verify", "--db", str(path), *extra])
    return code, capsys.readouterr().out


def query(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.execute(sql, params))


def tamper(path: Path, *statements: str, restore: bool = True) -> None:
    """Drop the triggers, run `statements`, and (as a careful attacker would) restore them."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for statement in DROP_TRIGGERS["sqlite"]:
            conn.execute(statement)
        for statement in statements:
            conn.execute(statement)
        if restore:
            for statement in CREATE_TRIGGERS["sqlite"]:
                conn.execute(statement)


def head(path: Path) -> str:
    ((seq, hashed),) = query(path, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    return f"{seq}:{hashed}"


def signed(path: Path) -> str:
    """A signed decision no other decision corrects (its id as stored)."""
    return str(query(path, "SELECT id FROM decisions WHERE status = 'signed' AND id NOT IN "
                           "(SELECT corrects_id FROM decisions WHERE corrects_id IS NOT NULL) "
                           "ORDER BY id LIMIT 1")[0][0])


def test_an_untouched_office_passes_every_check(
        office_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    count = query(office_file, "SELECT count(*) FROM decisions WHERE status = 'signed'")[0][0]
    assert count
    code, out = verify(office_file, capsys, "--anchor", head(office_file))
    assert code == 0, out
    assert (f"Akty podpisane: sprawdzono z wpisem podpisania: {count}, "
            "podpisane przed zabezpieczeniem: 0.") in out
    assert "Zabezpieczenia bazy (wyzwalacze): w porządku." in out
    assert "dziennik ją przedłuża" in out


def test_a_signed_act_blanked_as_if_anonymised_with_the_triggers_intact(
        office_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The triggers let retention blank the party of an anonymised person: a tool that
    anonymises the person's row itself gets that far, but not past verify."""
    act = signed(office_file)
    with closing(sqlite3.connect(office_file, isolation_level=None)) as conn:
        conn.execute("UPDATE persons SET first_name = 'Osoba', last_name = 'zanonimizowana', "
                     "anonymised_at = '2030-01-01' WHERE id = "
                     "(SELECT person_id FROM decisions WHERE id = ?)", (act,))
        conn.execute("UPDATE decisions SET party_name = 'Osoba zanonimizowana', "
                     "party_address = '', party_delivery_address = '', party_pesel = NULL, "
                     "bank_account = NULL, reasoning = '', purpose = '', party_dative = '', "
                     "other_ground = '', anonymised_at = '2030-01-01' WHERE id = ?", (act,))
    code, out = verify(office_file, capsys)
    assert code == 1
    assert f"AKT ZMIENIONY PO PODPISANIU: decyzja " in out and str(uuid.UUID(act)) in out


@pytest.mark.parametrize("change", [
    "bank_account = 'PL27114020040000300201355387'", "reasoning = 'Inne uzasadnienie'",
    "amount_grosze = coalesce(amount_grosze, 0) + 10000", "party_name = 'Ktoś Inny'"])
def test_a_signed_act_altered_with_the_triggers_dropped(
        office_file: Path, capsys: pytest.CaptureFixture[str], change: str) -> None:
    act = signed(office_file)
    tamper(office_file, f"UPDATE decisions SET {change} WHERE id = '{act}'")
    code, out = verify(office_file, capsys)
    assert code == 1
    assert "AKT ZMIENIONY PO PODPISANIU" in out and str(uuid.UUID(act)) in out
    assert "Zabezpieczenia bazy (wyzwalacze): w porządku." in out  # restored by the attacker


def test_a_forged_signed_act(office_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    columns = [r[1] for r in query(office_file, "PRAGMA table_info(decisions)") if r[1] != "id"]
    listed = ", ".join(columns)
    forged = uuid.uuid4()
    tamper(office_file, f"INSERT INTO decisions (id, {listed}) SELECT '{forged.hex}', {listed} "
                        f"FROM decisions WHERE id = '{signed(office_file)}'")
    code, out = verify(office_file, capsys)
    assert code == 1
    assert "AKT BEZ PODPISANIA W PROGRAMIE" in out and str(forged) in out


def test_a_signed_act_removed_leaves_its_signing_entry(
        office_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    act = signed(office_file)
    tamper(office_file, f"DELETE FROM decisions WHERE id = '{act}'")
    code, out = verify(office_file, capsys)
    assert code == 1
    assert f"WPIS PODPISANIA BEZ AKTU: dziennik zapisał podpisanie decyzji {uuid.UUID(act)}" in out


def test_a_truncated_log_is_caught_by_the_anchor(
        office_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    anchor = head(office_file)
    last_signing = query(office_file, "SELECT max(seq) FROM audit_log WHERE action = 'sign'")[0][0]
    seq = int(anchor.split(":")[0])
    assert seq > last_signing + 2
    tamper(office_file, f"DELETE FROM audit_log WHERE seq > {seq - 3}")
    assert verify(office_file, capsys)[0] == 0  # the chain alone cannot tell
    code, out = verify(office_file, capsys, "--anchor", anchor)
    assert code == 1
    assert (f"DZIENNIK NIE PRZEDŁUŻA KOTWICY nr {seq}: w dzienniku nie ma już wpisu nr {seq}: "
            "usunięto wpisy z końca dziennika.") in out


def _recompute_chain(path: Path) -> None:
    """Change an early entry's time, then rewrite every hash from the first entry on, as a
    tool that knows the scheme can."""
    tamper(path, "UPDATE audit_log SET at = '2020-01-01 00:00:00' WHERE seq = 3", restore=False)
    rows = query(path, "SELECT seq, at, actor_id, action, entity, entity_id, person_id, "
                       "changes_digest FROM audit_log ORDER BY seq")
    prev, updates = audit.GENESIS, []
    for seq, at, actor, action, entity, entity_id, person, digest in rows:
        hashed = audit.entry_hash(prev, seq, at, uuid.UUID(actor) if actor else None, action,
                                  entity, entity_id, uuid.UUID(person) if person else None, digest)
        updates.append(f"UPDATE audit_log SET prev_hash = '{prev}', hash = '{hashed}' "
                       f"WHERE seq = {seq}")
        prev = hashed
    tamper(path, *updates)


def test_a_recomputed_chain_is_caught_by_a_noted_head_and_by_a_backup(
        office_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    anchor = head(office_file)
    backup = write_backup(office_file, tmp_path, "hasło-do-kopii-123", dt.datetime(2030, 1, 1))
    assert backup.audit_head == anchor
    assert verify(office_file, capsys, "--anchor", str(backup.file))[0] == 0
    # Rewrite entry 3 and recompute every hash after it: the chain verifies again.
    _recompute_chain(office_file)
    code, out = verify(office_file, capsys)
    assert code == 0 and "Łańcuch nienaruszony" in out
    seq = anchor.split(":")[0]
    for given in (anchor, str(backup.file)):
        code, out = verify(office_file, capsys, "--anchor", given)
        assert code == 1
        assert (f"DZIENNIK NIE PRZEDŁUŻA KOTWICY nr {seq}: wpis nr {seq} ma inny skrót niż "
                "zanotowany: dziennik przeliczono lub podmieniono.") in out


def test_an_emptied_log_on_a_file_with_data_fails(
        office_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(office_file, "DELETE FROM audit_log")
    code, out = verify(office_file, capsys)
    assert code == 1
    assert "Dziennik zdarzeń jest pusty." not in out
    assert "DZIENNIK ZDARZEŃ JEST PUSTY, choć w bazie są osoby lub decyzje" in out


def test_a_dropped_trigger_is_reported_and_recreated_at_start(
        office_file: Path, capsys: pytest.CaptureFixture[str],
        caplog: pytest.LogCaptureFixture) -> None:
    query(office_file, "DROP TRIGGER audit_log_no_update")
    code, out = verify(office_file, capsys)
    assert code == 1
    assert "BRAKUJE ZABEZPIECZEŃ BAZY (wyzwalaczy): audit_log_no_update" in out
    with caplog.at_level(logging.WARNING):
        Services.open(f"sqlite:///{office_file}").close()
    assert "audit_log_no_update" in caplog.text and "created again" in caplog.text
    ((changes,),) = query(office_file, "SELECT changes FROM audit_log "
                                       "WHERE action = 'protection' ORDER BY seq DESC LIMIT 1")
    assert '"recreated":["audit_log_no_update"]' in str(changes)
    code, out = verify(office_file, capsys)
    assert code == 0 and "Zabezpieczenia bazy (wyzwalacze): w porządku." in out


def test_a_planted_trigger_is_reported(
        office_file: Path, capsys: pytest.CaptureFixture[str],
        caplog: pytest.LogCaptureFixture) -> None:
    query(office_file, "CREATE TRIGGER quiet BEFORE INSERT ON audit_log "
                       "WHEN NEW.action = 'view' BEGIN SELECT RAISE(IGNORE); END")
    code, out = verify(office_file, capsys)
    assert code == 1
    assert "NIEZNANE WYZWALACZE W BAZIE: quiet" in out
    with caplog.at_level(logging.WARNING):
        Services.open(f"sqlite:///{office_file}").close()
    assert "quiet" in caplog.text
    ((changes,),) = query(office_file, "SELECT changes FROM audit_log "
                                       "WHERE action = 'protection' ORDER BY seq DESC LIMIT 1")
    assert '"unknown":["quiet"]' in str(changes)


@pytest.fixture
def signed_before_protection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An office whose acts were signed by a program without the protection, then upgraded."""
    path = tmp_path / "old.sqlite"
    with monkeypatch.context() as patch:
        patch.setattr(acts, "record_signing", lambda *_args: None)
        services = Services.open(f"sqlite:///{path}")
        for trigger in DRAFT_SIGNING:
            query(path, f"DROP TRIGGER {trigger}")
        create_demo_office(services, households=8)
        services.close()
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        move_schema(engine, "downgrade", "0010_exchange")
        move_schema(engine, "upgrade", "head")
    finally:
        engine.dispose()
    yield path


def test_acts_signed_before_the_protection_are_counted_and_still_guarded(
        signed_before_protection: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = signed_before_protection
    count = query(path, "SELECT count(*) FROM decisions WHERE status = 'signed'")[0][0]
    assert count
    code, out = verify(path, capsys)
    assert code == 0, out
    assert f"podpisane przed zabezpieczeniem: {count}." in out
    tamper(path, f"UPDATE decisions SET amount_grosze = 1 WHERE id = '{signed(path)}'")
    code, out = verify(path, capsys)
    assert code == 1
    assert "ZMIENIONO AKTY PODPISANE PRZED ZABEZPIECZENIEM" in out
