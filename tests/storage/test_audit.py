"""The audit log on a real SQLite file (or PostgreSQL database): field-level entries, the hash chain, tampering caught."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Relation
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.storage import audit
from ops_desktop.storage.audit import Break
from ops_desktop.storage.database import Database
from ops_desktop.storage.models import AuditRow, PersonRow, Setting, TeamRow, UserRow, utcnow
from ops_desktop.storage.personal_data_queries import anonymise
from ops_desktop.storage.triggers import DROP_TRIGGERS
from tests.server_db import ON_SERVER, RawSQL
from tests.services.helpers import PESEL_WOMAN_1985, person


def log(db: Database) -> list[AuditRow]:
    with db.session() as s:
        return list(s.scalars(select(AuditRow).order_by(AuditRow.seq)))


def changes(row: AuditRow) -> dict[str, list[object]]:
    assert row.changes is not None
    return json.loads(row.changes)  # type: ignore[no-any-return]


def verify(db: Database) -> audit.ChainReport:
    with db.engine.connect() as conn:
        return audit.verify_chain(conn)


def raw(db: Database) -> RawSQL:
    """A tool opening the store behind the program's back, with the triggers dropped."""
    conn = RawSQL(db)
    for statement in DROP_TRIGGERS[db.engine.dialect.name]:
        conn.execute(statement)
    return conn


def register(services: Services, desk: Actor) -> uuid.UUID:
    return services.persons.register_household(desk, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985)),
    ])


def test_registering_a_household_logs_each_record_with_its_fields_and_actor(
        services: Services, desk: Actor) -> None:
    before = len(log(services.db))
    pid = register(services, desk)
    new = log(services.db)[before:]
    assert {e.entity for e in new} == {"households", "persons", "household_members"}
    assert all(e.action == "insert" and e.actor_id == desk.user_id for e in new)
    head = next(e for e in new if e.entity == "persons" and e.entity_id == str(pid))
    fields = changes(head)
    assert fields["first_name"] == [None, "Jan"]
    assert fields["pesel"] == [None, "44051401359"]
    assert fields["birth_date"] == [None, "1944-05-14"]  # dates as ISO text
    assert head.person_id == pid
    # Bookkeeping is the entry's own time and actor; it is not repeated field by field.
    assert not {"created_at", "updated_at", "created_by", "version", "id"} & fields.keys()
    members = [e for e in new if e.entity == "household_members"]
    assert len(members) == 2 and all(e.person_id is not None for e in members)


def test_a_change_logs_only_the_changed_fields_before_and_after(
        services: Services, desk: Actor) -> None:
    pid = register(services, desk)
    before = len(log(services.db))
    services.persons.update_person(desk, pid, person(phone="600100200", last_name="Nowak"))
    [entry] = log(services.db)[before:]
    assert (entry.action, entry.entity, entry.entity_id) == ("update", "persons", str(pid))
    assert entry.actor_id == desk.user_id and entry.person_id == pid
    fields = changes(entry)
    assert fields["phone"] == ["", "600100200"]
    assert fields["last_name"] == ["Żółkiewski", "Nowak"]
    assert "first_name" not in fields and "version" not in fields


def test_a_deletion_logs_the_record_as_it_was(services: Services) -> None:
    actor = uuid.uuid4()
    with services.db.session(actor) as s:
        s.add(TeamRow(code="tmp", name="Zespół tymczasowy"))
    with services.db.session(actor) as s:
        team = s.scalars(select(TeamRow).where(TeamRow.code == "tmp")).one()
        team_id = team.id
        s.delete(team)
    last = log(services.db)[-1]
    assert (last.action, last.entity, last.entity_id, last.actor_id) == (
        "delete", "teams", str(team_id), actor)
    assert changes(last)["name"] == ["Zespół tymczasowy", None]


def test_a_rolled_back_unit_of_work_leaves_no_entries(services: Services, desk: Actor) -> None:
    before = log(services.db)
    with pytest.raises(RuntimeError), services.db.session(desk.user_id) as s:
        s.add(TeamRow(code="gone", name="Nie zapisany"))
        s.flush()  # the entry is written here …
        raise RuntimeError("the form failed later")  # … and goes with the rollback
    assert [e.seq for e in log(services.db)] == [e.seq for e in before]
    assert verify(services.db).ok


def test_the_chain_verifies_after_ordinary_work(services: Services, desk: Actor) -> None:
    pid = register(services, desk)
    services.persons.update_person(desk, pid, person(phone="600100200"))
    services.persons.file(desk, pid)
    report = verify(services.db)
    entries = log(services.db)
    assert report.ok and report.checked == len(entries) > 5
    assert report.last_seq == entries[-1].seq and report.last_hash == entries[-1].hash
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(entries, entries[1:], strict=False))


def test_verifying_reads_in_batches_across_the_whole_log(services: Services, desk: Actor) -> None:
    register(services, desk)
    with services.db.engine.connect() as conn:
        assert audit.verify_chain(conn, batch=2) == audit.verify_chain(conn)


@pytest.mark.parametrize(("column", "value", "reason"), [
    ("action", "'view'", Break.HASH),
    ("actor_id", "NULL", Break.HASH),
    ("at", "'2020-01-01 00:00:00.000000'", Break.HASH),
    ("changes", "replace(changes, 'Jan', 'Ewa')", Break.DIGEST),
    ("changes", "NULL", Break.DIGEST),  # blanked without being marked as redacted
    ("prev_hash", "hash", Break.LINK),
    pytest.param("at", "'not a time'", Break.MALFORMED, marks=pytest.mark.skipif(
        ON_SERVER, reason="PostgreSQL's timestamp column refuses text that is no time")),
])
def test_editing_an_entry_is_reported_at_that_entry(
        services: Services, desk: Actor, column: str, value: str, reason: Break) -> None:
    register(services, desk)
    target = next(e for e in log(services.db) if e.entity == "persons")
    with raw(services.db) as conn:
        conn.execute(f"UPDATE audit_log SET {column} = {value} WHERE seq = ?", (target.seq,))
    report = verify(services.db)
    assert not report.ok
    assert (report.broken_seq, report.reason) == (target.seq, reason)
    assert report.checked == target.seq - 1


def test_recomputing_one_entrys_hash_breaks_the_next_link(services: Services, desk: Actor) -> None:
    register(services, desk)
    target = next(e for e in log(services.db) if e.entity == "persons")
    forged = audit.entry_hash(target.prev_hash, target.seq, target.at, target.actor_id, "view",
                              target.entity, target.entity_id, target.person_id,
                              target.changes_digest)
    with raw(services.db) as conn:
        conn.execute("UPDATE audit_log SET action = 'view', hash = ? WHERE seq = ?",
                     (forged, target.seq))
    report = verify(services.db)
    assert (report.broken_seq, report.reason) == (target.seq + 1, Break.LINK)


def test_deleting_a_middle_entry_is_reported(services: Services, desk: Actor) -> None:
    register(services, desk)
    entries = log(services.db)
    gone = entries[len(entries) // 2].seq
    with raw(services.db) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq = ?", (gone,))
    report = verify(services.db)
    assert (report.broken_seq, report.expected_seq, report.reason) == (gone + 1, gone, Break.MISSING)
    assert report.broken_at is not None


def test_deleting_the_first_entry_is_reported(services: Services) -> None:
    with raw(services.db) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq = 1")
    report = verify(services.db)
    assert (report.broken_seq, report.expected_seq, report.reason) == (2, 1, Break.MISSING)


def test_the_store_refuses_to_change_or_delete_entries(services: Services, desk: Actor) -> None:
    register(services, desk)
    with RawSQL(services.db) as conn:
        with pytest.raises(conn.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM audit_log WHERE seq = 2")
        with pytest.raises(conn.DatabaseError, match="append-only"):
            conn.execute("UPDATE audit_log SET action = 'view' WHERE seq = 2")
        with pytest.raises(conn.DatabaseError, match="append-only"):  # not even re-hashed
            conn.execute("UPDATE audit_log SET changes = NULL, redacted_at = '2026-01-01', "
                         "hash = prev_hash WHERE seq = 2")
    assert verify(services.db).ok


def test_redacting_a_person_blanks_their_changes_and_the_chain_still_verifies(
        services: Services, desk: Actor) -> None:
    pid = register(services, desk)
    services.persons.update_person(desk, pid, person(phone="600100200"))
    services.persons.file(desk, pid)
    # The store blanks the entries only of a person anonymised, and recorded so in the chain.
    with pytest.raises(IntegrityError, match="append-only"), services.db.session() as s:
        audit.redact_person(s, pid)
    with services.db.session() as s:
        anonymise(s, [pid], None, ("Osoba", "zanonimizowana"), utcnow())
        audit.record(s, None, "anonymise", "person", str(pid), pid)
        blanked = audit.redact_person(s, pid)
    theirs = [e for e in log(services.db) if e.person_id == pid]
    assert blanked == sum(1 for e in theirs if e.redacted_at is not None) >= 3
    assert all(e.changes is None for e in theirs)
    others = [e for e in log(services.db) if e.person_id not in (pid, None)]
    assert others and all(e.changes is not None for e in others)  # the spouse keeps hers
    report = verify(services.db)
    assert report.ok and report.redacted == blanked
    with services.db.session() as s:
        assert audit.redact_person(s, pid) == 0  # once is enough


def test_passwords_and_passphrases_never_reach_the_log(services: Services) -> None:
    secret_hash = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$SEKRETHASH"
    passphrase = "korale-zielony-pociag-7"
    with services.db.session() as s:
        user = UserRow(login="admin", full_name="Robert Krawczyk", password_hash=secret_hash,
                       must_change_password=True)
        s.add(user)
        s.add(Setting(key="backup_passphrase", value=passphrase))
        s.add(Setting(key="note_for_staff", value="95 700 00 00"))
    with services.db.session() as s:
        s.get(UserRow, user.id).password_hash = secret_hash + "2"  # type: ignore[union-attr]
        s.get(Setting, "backup_passphrase").value = passphrase + "2"  # type: ignore[union-attr]
    with services.db.session() as s:
        audit.record(s, user.id, "sign_in_failed", "users", str(user.id),
                     details={"password": passphrase, "login": "admin"})
    with RawSQL(services.db) as conn:
        stored = repr(conn.execute("SELECT * FROM audit_log").fetchall())
    assert "SEKRETHASH" not in stored and "korale" not in stored
    entries = log(services.db)
    user_entries = [changes(e) for e in entries if e.entity == "users"]
    assert user_entries[0]["password_hash"] == [None, "***"]
    assert user_entries[0]["must_change_password"] == [None, True]  # a flag is no secret
    assert user_entries[1]["password_hash"] == ["***", "***"]  # changed, not shown
    settings = {(e.entity_id, e.action): changes(e) for e in entries if e.entity == "settings"}
    assert settings[("backup_passphrase", "insert")]["value"] == [None, "***"]
    assert settings[("backup_passphrase", "update")]["value"] == ["***", "***"]
    assert settings[("note_for_staff", "insert")]["value"] == [None, "95 700 00 00"]
    event = entries[-1]
    assert (event.action, changes(event)) == ("sign_in_failed", {"login": "admin", "password": "***"})


def test_an_event_is_chained_like_a_change(services: Services, desk: Actor) -> None:
    with services.db.session(desk.user_id) as s:
        audit.record(s, desk.user_id, "export", "person_file", "x", None, {"pages": 3})
    last = log(services.db)[-1]
    assert (last.action, last.actor_id, changes(last)) == ("export", desk.user_id, {"pages": 3})
    assert verify(services.db).ok


def test_recording_takes_the_write_lock_before_reading_the_last_hash(services: Services) -> None:
    """Otherwise two desks could chain onto the same entry and the log would fork."""
    with services.db.session() as s:
        s.scalars(select(PersonRow)).all()  # reading alone holds no lock in SQLite
        audit._serialise(s.connection())
        with RawSQL(services.db, wait=0.1) as other, pytest.raises(other.DatabaseError,
                                                                  match="lock"):
            other.execute("INSERT INTO audit_log (seq, at, action, entity, changes_digest, "
                          "prev_hash, hash) VALUES (999999, '2026-01-01 00:00:00', 'x', 'x', "
                          "'x', 'x', 'x')")


def test_switched_off_only_for_the_benchmark(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    before = len(log(services.db))
    monkeypatch.setattr(audit, "ENABLED", False)
    with services.db.session() as s:
        s.add(TeamRow(code="bench", name="Pomiar"))
    assert len(log(services.db)) == before


def test_an_empty_log_verifies(db_url: str) -> None:
    from ops_desktop.storage.database import open_database

    db = open_database(db_url)
    with db.engine.connect() as conn:
        report = audit.verify_chain(conn)
    assert report.ok and report.checked == 0 and report.last_hash is None
    db.dispose()


def test_a_rolled_back_savepoint_takes_its_entries_and_the_chain_continues(
        services: Services) -> None:
    with services.db.session() as s:
        s.add(TeamRow(code="a", name="A"))
        s.flush()
        savepoint = s.begin_nested()
        s.add(TeamRow(code="b", name="B"))
        s.flush()
        savepoint.rollback()
        s.add(TeamRow(code="c", name="C"))
    entries = log(services.db)
    assert [json.loads(e.changes or "{}").get("code") for e in entries[-2:]] == [
        [None, "a"], [None, "c"]]
    assert verify(services.db).ok


def test_two_programs_on_one_file_append_to_one_chain(services: Services) -> None:
    from ops_desktop.storage.database import open_database

    other = open_database(services.db.url)
    for i, db in enumerate((services.db, other, services.db, other)):
        with db.session() as s:
            s.add(TeamRow(code=f"t{i}", name=f"Zespół {i}"))
    other.dispose()
    report = verify(services.db)
    assert report.ok and report.checked == len(log(services.db))


def test_the_check_reports_progress_and_can_be_stopped(services: Services, desk: Actor) -> None:
    register(services, desk)
    total = len(log(services.db))
    heard: list[int] = []
    with services.db.engine.connect() as conn:
        report = audit.verify_chain(conn, batch=3, progress=heard.append)
        assert heard == sorted(heard) and heard[-1] == total and report.complete
        again: list[int] = []
        stopped = audit.verify_chain(conn, batch=3, stop=lambda: len(again) == 2,
                                     progress=again.append)
    assert not stopped.complete and not stopped.ok and stopped.reason is None
    assert stopped.checked == again[-1] == 6 < total


def test_values_are_kept_as_json_can_hold_them() -> None:
    import datetime as dt
    from decimal import Decimal

    from ops_desktop.domain.vocabulary import Relation as R

    some = uuid.UUID("01a22d90-a583-7219-af4a-b00270801568")
    assert audit.json_value(dt.date(2026, 11, 30)) == "2026-11-30"
    assert audit.json_value(dt.datetime(2026, 11, 30, 8, 5)) == "2026-11-30T08:05:00"
    assert audit.json_value(some) == str(some)
    assert audit.json_value(Decimal("12.50")) == "12.50"
    assert audit.json_value(R.SPOUSE) == R.SPOUSE.value and type(audit.json_value(R.SPOUSE)) is str
    assert audit.json_value(b"\x00secret") == "<bytes>"
    assert [audit.json_value(v) for v in (None, True, 3, 1.5, "ż")] == [None, True, 3, 1.5, "ż"]
    assert audit.dumps({"b": 1, "a": "ż"}) == '{"a":"ż","b":1}'


def test_team_narratives_never_reach_the_log_only_that_they_changed(db_url: str) -> None:
    """The auditor reads the log; social-work notes and the desk's story are not theirs."""
    import datetime as dt

    from sqlalchemy import select

    from ops_desktop.domain.vocabulary import NoteKind, Role, Team
    from ops_desktop.services.context import Actor
    from ops_desktop.services.hub import Services
    from ops_desktop.storage.models import AuditRow
    from tests.services.helpers import person, referral_intake

    services = Services.open(db_url)
    roles = frozenset({Role.FIRST_CONTACT, Role.SOCIAL_WORK})
    uid = services.office.add_user("sw", "Ewa Socjalna", "", roles)
    actor = Actor(uid, "Ewa Socjalna", "", roles)
    pid = services.persons.register_household(actor, person(), [])
    story = "Sąsiadka zgłasza przemoc wobec dzieci, prosi o anonimowość."
    intake = referral_intake(pid, Team.SOCIAL_WORK)
    result = services.intake.record(actor, type(intake)(**{**intake.__dict__, "problem": story}))
    case = services.referrals.accept(actor, result.referral_id)
    note = "Rozmowa z matką: sprawca przebywa w domu, dzieci wystraszone."
    services.social_work.add_note(actor, case.id, NoteKind.NOTE, wall_today(), note)
    with services.db.session() as s:
        logged = " ".join(r.changes or "" for r in s.scalars(select(AuditRow)))
    services.close()
    assert story not in logged and note not in logged and "sprawca" not in logged
    assert f"[treść poufna, długość {len(note)}]" in logged
    assert "Żółkiewski" in logged  # ordinary fields keep their before/after


def test_coded_special_category_facts_are_masked_too(db_url: str) -> None:
    """Art. 7 grounds (e.g. 13 – addiction) and a Niebieska Karta note kind say as much as words."""
    from sqlalchemy import select

    from ops_desktop.domain.vocabulary import Ground, Role, Team
    from ops_desktop.services.context import Actor
    from ops_desktop.services.hub import Services
    from ops_desktop.storage.models import AuditRow
    from tests.services.helpers import person, referral_intake

    services = Services.open(db_url)
    roles = frozenset({Role.FIRST_CONTACT})
    uid = services.office.add_user("desk", "Anna Nowicka", "", roles)
    actor = Actor(uid, "Anna Nowicka", "", roles)
    pid = services.persons.register_household(actor, person(), [])
    intake = referral_intake(pid, Team.SOCIAL_WORK)
    services.intake.record(actor, type(intake)(**{**intake.__dict__,
                                                  "grounds": (Ground.ADDICTION,)}))
    with services.db.session() as s:
        rows = s.scalars(select(AuditRow).where(AuditRow.entity == "intakes")).all()
    services.close()
    assert rows and all('"grounds":[null,"[treść poufna' in (r.changes or "") or
                        '"grounds":["[treść poufna' in (r.changes or "") for r in rows)


@pytest.mark.skipif(not ON_SERVER, reason="a PostgreSQL server (OPS_TEST_DB_URL); the file's "
                                          "checks are in tests/test_cli_verify.py")
def test_verify_checks_a_server_databases_chain_and_says_the_file_checks_do_not_apply(
        services: Services, desk: Actor, capsys: pytest.CaptureFixture[str]) -> None:
    from ops_desktop.__main__ import main

    register(services, desk)
    services.close()
    assert main(["verify", "--db", services.db.url]) == 0
    out = capsys.readouterr().out
    assert "integrity_check): nie dotyczy bazy na serwerze PostgreSQL" in out
    assert "Łańcuch nienaruszony" in out and services.db.url not in out  # no password shown
    target = next(e for e in log(services.db) if e.entity == "persons")
    with raw(services.db) as conn:
        conn.execute("UPDATE audit_log SET action = 'view' WHERE seq = ?", (target.seq,))
    assert main(["verify", "--db", services.db.url]) == 1
    assert f"Pierwszy naruszony wpis: nr {target.seq} z " in capsys.readouterr().out
