"""`ops-desktop verify --db FILE`: the file's integrity and the audit chain, read-only."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from ops_desktop.__main__ import main
from ops_desktop.domain.vocabulary import Relation
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.storage import audit
from ops_desktop.storage.models import PersonRow, utcnow
from ops_desktop.storage.personal_data_queries import anonymise
from ops_desktop.storage.triggers import DROP_TRIGGERS
from tests.services.helpers import PESEL_WOMAN_1985, person


@pytest.fixture
def office_file(services: Services, desk: Actor) -> Path:
    """A store with some ordinary work in its log, closed as at the end of a day."""
    pid = services.persons.register_household(desk, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985))])
    services.persons.update_person(desk, pid, person(phone="600100200"))
    services.persons.file(desk, pid)
    path = services.db.file
    assert path is not None
    services.close()
    return path


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tamper(path: Path, sql: str) -> None:
    with sqlite3.connect(path) as conn:
        for statement in DROP_TRIGGERS["sqlite"]:
            conn.execute(statement)
        conn.execute(sql)
    conn.close()


def test_an_untouched_file_passes_and_is_not_changed(
        office_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = fingerprint(office_file)
    assert main(["verify", "--db", str(office_file)]) == 0
    out = capsys.readouterr().out
    assert "PRAGMA integrity_check): w porządku" in out
    assert "Łańcuch nienaruszony" in out and "w tym zanonimizowanych: 0" in out
    with sqlite3.connect(office_file) as conn:
        count, last = conn.execute("SELECT count(*), max(seq) FROM audit_log").fetchone()
        last_hash = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (last,)).fetchone()[0]
    conn.close()
    assert f"sprawdzono wpisów: {count}," in out and f"nr {last}, skrót {last_hash}" in out
    assert fingerprint(office_file) == before


def test_an_edited_entry_is_named_with_its_number_and_time(
        office_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(office_file) as conn:  # the desk's first entry
        seq = conn.execute("SELECT min(seq) FROM audit_log WHERE actor_id IS NOT NULL").fetchone()[0]
    conn.close()
    tamper(office_file, f"UPDATE audit_log SET actor_id = NULL WHERE seq = {seq}")
    assert main(["verify", "--db", str(office_file)]) == 1
    out = capsys.readouterr().out
    assert "ŁAŃCUCH NARUSZONY" in out
    assert f"Pierwszy naruszony wpis: nr {seq} z " in out and "zmieniono treść wpisu" in out
    assert f"sprawdzono wpisów: {seq - 1}," in out


def test_a_deleted_entry_is_reported(office_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(office_file, "DELETE FROM audit_log WHERE seq = 5")
    assert main(["verify", "--db", str(office_file)]) == 1
    out = capsys.readouterr().out
    assert "nr 6" in out and "usunięto wpisy nr 5–5" in out


def _with_changes(path: Path, n: int) -> list[int]:
    with sqlite3.connect(path) as conn:
        seqs = [r[0] for r in conn.execute(
            "SELECT seq FROM audit_log WHERE person_id IS NOT NULL AND changes IS NOT NULL "
            "ORDER BY seq LIMIT ?", (n,))]
    conn.close()
    return seqs


def test_redaction_is_taken_only_for_an_anonymised_person(
        office_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seqs = ", ".join(map(str, _with_changes(office_file, 2)))
    blank = f"UPDATE audit_log SET changes = NULL, redacted_at = '2026-01-01' WHERE seq IN ({seqs})"
    with sqlite3.connect(office_file) as conn, pytest.raises(sqlite3.IntegrityError,
                                                             match="append-only"):
        conn.execute(blank)  # nobody was anonymised: the store refuses the blanking
    conn.close()
    # Retention's own way: the person anonymised, that recorded in the chain, then blanked.
    services = Services.open(f"sqlite:///{office_file}")
    with services.db.session() as s:
        pid = s.scalar(select(PersonRow.id).order_by(PersonRow.created_at).limit(1))
        assert pid is not None
        anonymise(s, [pid], None, ("Osoba", "zanonimizowana"), utcnow())
        audit.record(s, None, "anonymise", "person", str(pid), pid)
        redacted = audit.redact_person(s, pid)
    services.close()
    assert redacted > 0
    assert main(["verify", "--db", str(office_file)]) == 0
    assert f"w tym zanonimizowanych: {redacted}" in capsys.readouterr().out
    # With the triggers dropped, the entries of someone never anonymised are blanked.
    tamper(office_file, blank.replace(seqs, ", ".join(map(str, _with_changes(office_file, 1)))))
    assert main(["verify", "--db", str(office_file)]) == 1
    assert "WYMAZANO TREŚĆ WPISÓW BEZ ANONIMIZACJI: 1 wpisów" in capsys.readouterr().out


def test_a_damaged_file_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "not-a-db.sqlite"
    bogus.write_bytes(b"this is not a database file " * 100)
    assert main(["verify", "--db", str(bogus)]) == 1
    assert "Nie można odczytać pliku" in capsys.readouterr().out


def test_a_missing_file_fails_without_creating_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.sqlite"
    assert main(["verify", "--db", str(missing)]) == 1
    assert "Nie ma takiego pliku" in capsys.readouterr().out
    assert not missing.exists()


def test_a_database_without_a_log_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert main(["verify", "--db", str(other)]) == 1
    assert "nie ma dziennika zdarzeń" in capsys.readouterr().out
