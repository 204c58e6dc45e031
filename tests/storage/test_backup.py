"""Encrypted backups on real files: round trip, damage, wrong passphrase, rotation, live writes."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from ops_desktop.domain.clock import wall_now
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup, backup_file, queries
from ops_desktop.storage.backup import BackupError
from ops_desktop.storage.change_feed import forget_membership, put_state
from tests.server_db import sqlite_file

pytestmark = sqlite_file("encrypted backups are copies of the SQLite file; a server is backed up by pg_dump")

PASSPHRASE = "Zażółć gęślą jaźń 2026"
NOW = dt.datetime(2026, 11, 30, 16, 45, 12)


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)


@pytest.fixture
def office(services: Services) -> Services:
    create_demo_office(services, households=10)
    return services


@pytest.fixture
def db_file(office: Services) -> Path:
    path = office.db.file
    assert path is not None
    return path


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        value = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    conn.close()
    return int(value)


def leftovers(folder: Path) -> list[str]:
    """Temporary files a backup might leave: plain copies, decrypted checks, parts."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix in (".tmp", ".part"))


def test_write_verify_restore_round_trip(office: Services, db_file: Path, usb: Path) -> None:
    persons = count(db_file, "persons")
    info = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    assert info.verified and info.file == usb / "ops-backup-20261130-164512.opsbak"
    assert info.row_counts["persons"] == persons > 0
    assert info.schema_revision and info.size == info.file.stat().st_size
    assert [p.name for p in usb.iterdir()] == [info.file.name]
    assert leftovers(db_file.parent) == []

    checked = backup.verify_backup(info.file, PASSPHRASE)
    assert checked.verified and checked.row_counts == info.row_counts

    # work goes on after the backup, then the office restores it
    from ops_desktop.domain.vocabulary import Role
    office.office.add_user("later", "Jan Później", "stażysta", frozenset({Role.FIRST_CONTACT}))
    users_after = count(db_file, "users")
    office.close()
    aside = backup.restore_backup(info.file, PASSPHRASE, db_file, now=NOW)
    assert aside is not None and aside.name == "ops.before-restore-20261130-164512.sqlite"
    assert count(db_file, "users") == info.row_counts["users"] == users_after - 1
    assert count(aside, "users") == users_after  # nothing lost: the old file is kept aside
    assert not Path(str(db_file) + "-wal").exists() or count(db_file, "persons") == persons
    assert leftovers(db_file.parent) == []
    reopened = Services.open(f"sqlite:///{db_file}")
    assert len(reopened.office.users()) == info.row_counts["users"]
    reopened.close()


def test_the_file_reveals_no_personal_data(office: Services, db_file: Path, usb: Path) -> None:
    info = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    with sqlite3.connect(db_file) as conn:
        surname, pesel = conn.execute(
            "SELECT last_name, pesel FROM persons WHERE pesel IS NOT NULL LIMIT 1").fetchone()
    conn.close()
    data = info.file.read_bytes()
    assert surname.encode() not in data and pesel.encode() not in data
    assert b"SQLite format 3" not in data
    assert data.startswith(backup.MAGIC)


def test_wrong_passphrase_is_named(db_file: Path, usb: Path) -> None:
    info = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    with pytest.raises(BackupError) as caught:
        backup.verify_backup(info.file, PASSPHRASE + "!")
    assert caught.value.code == "wrong_passphrase"


def test_passphrase_in_other_unicode_form_still_opens(db_file: Path, usb: Path) -> None:
    import unicodedata

    info = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    decomposed = unicodedata.normalize("NFD", PASSPHRASE)
    assert decomposed != PASSPHRASE
    assert backup.verify_backup(info.file, decomposed).verified


def _body_offset(data: bytes) -> int:
    return len(backup.MAGIC) + data[len(backup.MAGIC):].index(b"\n") + 1


def _damaged(file: Path) -> str:
    with pytest.raises(BackupError) as caught:
        backup.verify_backup(file, PASSPHRASE)
    return caught.value.code


def test_a_flipped_byte_in_the_body_is_damage(db_file: Path, usb: Path) -> None:
    info = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    data = bytearray(info.file.read_bytes())
    middle = (_body_offset(bytes(data)) + len(data)) // 2
    data[middle] ^= 0x01
    info.file.write_bytes(bytes(data))
    assert _damaged(info.file) == "damaged"


def test_a_changed_header_is_damage(db_file: Path, usb: Path) -> None:
    info = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    data = info.file.read_bytes()
    persons = info.row_counts["persons"]
    forged = data.replace(f'"persons": {persons}'.encode(), f'"persons": {persons + 1}'.encode(), 1)
    assert forged != data
    info.file.write_bytes(forged)
    assert _damaged(info.file) == "damaged"


@pytest.mark.parametrize(("n", "r", "p"), [(2**16, 8, 1), (2**15, 9, 1), (2**15, 8, 2),
                                         (2**20, 32, 16)])
def test_a_header_asking_more_scrypt_work_than_the_program_writes_is_refused_unread(
        db_file: Path, usb: Path, monkeypatch: pytest.MonkeyPatch, n: int, r: int, p: int) -> None:
    """A planted header (n=2^20, r=32, p=16: 4 GiB) must not make verify-backup or the
    restore dialog derive its key: the program never writes more than 2^15, 8, 1."""
    info = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    data = info.file.read_bytes()
    magic, header, body = data.split(b"\n", 2)
    kdf = {b'"n": 256,': f'"n": {n},', b'"r": 8,': f'"r": {r},', b'"p": 1,': f'"p": {p},'}
    for written, asked in kdf.items():
        assert header.count(written) == 1
        header = header.replace(written, asked.encode())
    planted = b"\n".join((magic, header, body))
    info.file.write_bytes(planted)
    derived: list[int] = []
    monkeypatch.setattr(backup_file, "derive_key", lambda *args: derived.append(1) or b"x" * 32)
    assert _damaged(info.file) == "damaged" and derived == []


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many chunks from a small office, so whole chunks can be dropped or swapped."""
    monkeypatch.setattr(backup_file, "CHUNK_SIZE", 64 * 1024)


def _chunks(data: bytes) -> tuple[bytes, list[bytes]]:
    offset = _body_offset(data)
    head, records = data[:offset], []
    while offset < len(data):
        length = int.from_bytes(data[offset:offset + 4], "big")
        records.append(data[offset:offset + 4 + length])
        offset += 4 + length
    return head, records


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize("how", ["cut_mid_chunk", "drop_last_chunk", "swap_chunks", "repeat_chunk",
                                 "trailing_bytes"])
def test_truncation_and_reordering_are_damage(db_file: Path, usb: Path, how: str) -> None:
    info = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    head, records = _chunks(info.file.read_bytes())
    assert len(records) >= 3
    body = {
        "cut_mid_chunk": b"".join(records)[:-100],
        "drop_last_chunk": b"".join(records[:-1]),
        "swap_chunks": b"".join([records[1], records[0], *records[2:]]),
        "repeat_chunk": b"".join([records[0], *records]),
        "trailing_bytes": b"".join(records) + b"\0",
    }[how]
    info.file.write_bytes(head + body)
    assert _damaged(info.file) == "damaged"


def test_other_files_are_not_backups(tmp_path: Path) -> None:
    other = tmp_path / "ops-backup-20261130-101010.opsbak"
    other.write_bytes(b"SQLite format 3\0 and so on")
    assert _damaged(other) == "not_a_backup"
    assert backup.list_backups(tmp_path) == []


def test_a_backup_failing_its_check_is_deleted(db_file: Path, usb: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def bad_check(path: Path, expected: object, key: bytes | None = None) -> None:
        raise BackupError("counts_differ", "persons")

    monkeypatch.setattr(backup, "_check_database", bad_check)
    with pytest.raises(BackupError) as caught:
        backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    assert caught.value.code == "counts_differ"
    assert list(usb.iterdir()) == []
    assert leftovers(db_file.parent) == []


@pytest.mark.parametrize("at_call", [1, 3, 12])
def test_cancel_leaves_nothing(db_file: Path, usb: Path, monkeypatch: pytest.MonkeyPatch,
                               at_call: int) -> None:
    monkeypatch.setattr(backup, "COPY_PAGES", 16)
    monkeypatch.setattr(backup_file, "CHUNK_SIZE", 64 * 1024)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls >= at_call

    with pytest.raises(BackupError) as caught:
        backup.write_backup(db_file, usb, PASSPHRASE, NOW, cancelled=cancelled)
    assert caught.value.code == "cancelled"
    assert list(usb.iterdir()) == []
    assert leftovers(db_file.parent) == []


def test_progress_runs_to_the_end(db_file: Path, usb: Path) -> None:
    seen: list[tuple[int, int]] = []
    backup.write_backup(db_file, usb, PASSPHRASE, NOW, progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == 100 and {t for _, t in seen} == {100}


def test_backup_while_another_connection_writes(office: Services, db_file: Path, usb: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The office keeps saving during a backup, and the copy is one consistent moment."""
    monkeypatch.setattr(backup, "COPY_PAGES", 4)  # many small steps, the writer in between
    stop = threading.Event()
    commits = threading.Semaphore(0)
    errors: list[BaseException] = []

    def writer() -> None:
        conn = sqlite3.connect(db_file, timeout=5)
        try:
            n = 0
            while not stop.is_set():
                conn.execute("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)",
                             (f"during_backup_{n}", "x", "2026-11-30 16:45:00"))
                conn.commit()
                commits.release()
                n += 1
        except BaseException as exc:  # reported to the test below
            errors.append(exc)
        finally:
            conn.close()

    steps = 0

    def progress(done: int, total: int) -> None:
        nonlocal steps
        steps += 1
        if steps <= 5:  # during the online copy: the writer must get its commits through
            assert commits.acquire(timeout=10), "the writer was blocked by the backup"

    thread = threading.Thread(target=writer)
    before = count(db_file, "settings")
    thread.start()
    try:
        info = backup.write_backup(db_file, usb, PASSPHRASE, NOW, progress=progress)
    finally:
        stop.set()
        thread.join()
    assert errors == []
    after = count(db_file, "settings")
    assert before <= info.row_counts["settings"] < after
    assert backup.verify_backup(info.file, PASSPHRASE).verified


def test_list_backups_reads_headers_newest_first(db_file: Path, usb: Path) -> None:
    first = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    second = backup.write_backup(db_file, usb, PASSPHRASE, NOW)  # same second: a serial number
    third = backup.write_backup(db_file, usb, PASSPHRASE, NOW + dt.timedelta(days=1))
    (usb / "notes.txt").write_text("not ours")
    listed = backup.list_backups(usb)
    assert [i.file for i in listed] == [third.file, second.file, first.file]
    assert second.file.name == "ops-backup-20261130-164512-1.opsbak"
    assert not any(i.verified for i in listed)
    assert listed[0].row_counts == third.row_counts


def _name_the_copy(office: Services, office_id: str, pc_id: str = "") -> None:
    """The setting and the exchange state a backup's header names its office and PC by."""
    with office.db.session() as s:
        queries.put_setting(s, "office_id", office_id)
        put_state(s.connection(), {"member_id": pc_id})
    forget_membership(office.db.engine)


def _copies(folder: Path, original: Path, stamps: list[dt.datetime]) -> list[Path]:
    """`original` under the names of `stamps` (rotation goes by the name's stamp)."""
    made = [folder / backup.backup_name(stamp) for stamp in stamps]
    for path in made:
        path.write_bytes(original.read_bytes())
    return made


def test_rotation_over_a_year_of_daily_backups(office: Services, db_file: Path, usb: Path, tmp_path: Path) -> None:
    _name_the_copy(office, "office-a")
    made = backup.write_backup(db_file, tmp_path, PASSPHRASE, NOW)
    (usb / "notes.txt").write_text("not ours")
    (usb / "ops-backup-final.opsbak").write_text("not ours either")
    day = dt.datetime(2026, 1, 1, 18, 0)
    while day.year == 2026:
        _copies(usb, made.file, [day])
        backup.rotate(usb, made, day + dt.timedelta(minutes=5))
        day += dt.timedelta(days=1)
    kept = {backup.stamp_of(p) for p in usb.iterdir()} - {None}
    last_days = {dt.datetime(2026, 12, d, 18) for d in range(25, 32)}
    # ISO weeks 53, 52, 51, 50 of 2026 end on 31, 27, 20 and 13 December
    weeks = {dt.datetime(2026, 12, d, 18) for d in (31, 27, 20, 13)}
    months = {dt.datetime(2026, m, d, 18) for m, d in
              ((1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31),
               (9, 30), (10, 31), (11, 30), (12, 31))}
    assert kept == last_days | weeks | months
    assert len(kept) == 20
    assert (usb / "notes.txt").exists() and (usb / "ops-backup-final.opsbak").exists()


def test_rotation_keeps_the_copies_of_another_office_and_of_another_pc(
        office: Services, db_file: Path, usb: Path, tmp_path: Path) -> None:
    """One folder on a NAS for several offices, or for the PCs of one office: each PC's
    rotation deletes only its own copies of its own office, by what their headers say."""
    old_days = [dt.datetime(2026, 3, d, 18) for d in range(1, 29)]
    made: dict[str, backup.BackupInfo] = {}
    for label, office_id, pc_id in (("other", "office-b", ""), ("sister", "office-a", "pc-2"),
                                    ("older", "", ""), ("own", "office-a", "pc-1")):
        _name_the_copy(office, office_id, pc_id)
        (tmp_path / label).mkdir()
        made[label] = backup.write_backup(db_file, tmp_path / label, PASSPHRASE, NOW)
    others = [path for label in ("other", "sister", "older") for path in
              _copies(usb, made[label].file,
                      [d + dt.timedelta(minutes=len(label)) for d in old_days])]
    own = _copies(usb, made["own"].file, old_days)
    deleted = backup.rotate(usb, made["own"], NOW)
    assert deleted and set(deleted) <= set(own)
    assert all(path.exists() for path in others)
    assert backup.read_backup_info(own[-1]).pc_id == "pc-1"
    # a copy that names no office deletes nothing: it cannot tell its own from others'
    assert backup.rotate(usb, made["older"], NOW) == []


def test_rotation_removes_stale_parts_only(db_file: Path, usb: Path) -> None:
    old = usb / (backup.backup_name(NOW - dt.timedelta(days=3)) + ".part")
    fresh = usb / (backup.backup_name(NOW) + ".part")
    old.write_bytes(b"")
    fresh.write_bytes(b"")
    made = backup.write_backup(db_file, usb, PASSPHRASE, NOW - dt.timedelta(days=5))
    assert backup.rotate(usb, made, NOW) == []
    assert not old.exists() and fresh.exists()


def test_restore_refuses_a_backup_of_a_newer_program(db_file: Path, usb: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "_schema_revision", lambda conn: "9999_future")
    info = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    before = db_file.read_bytes()
    with pytest.raises(BackupError) as caught:
        backup.restore_backup(info.file, PASSPHRASE, db_file)
    assert caught.value.code == "made_by_newer_program"
    assert db_file.read_bytes() == before


def test_restore_with_wrong_passphrase_leaves_the_database(office: Services, db_file: Path,
                                                           usb: Path) -> None:
    info = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    office.close()
    before = db_file.read_bytes()
    with pytest.raises(BackupError):
        backup.restore_backup(info.file, "not the passphrase", db_file)
    assert db_file.read_bytes() == before
    assert sorted(p.name for p in db_file.parent.iterdir() if "before-restore" in p.name) == []


def test_restore_onto_a_missing_database(db_file: Path, usb: Path, tmp_path: Path) -> None:
    info = backup.write_backup(db_file, usb, PASSPHRASE, NOW)
    fresh = tmp_path / "new_pc" / "ops.sqlite"
    fresh.parent.mkdir()
    assert backup.restore_backup(info.file, PASSPHRASE, fresh) is None
    assert count(fresh, "persons") == info.row_counts["persons"]


def test_read_setting_from_a_damaged_file(db_file: Path, tmp_path: Path) -> None:
    assert backup.read_setting(db_file, "office_name")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\0" * 4096)
    assert backup.read_setting(junk, "backup_folder") is None


@pytest.fixture
def no_db_folder(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "missing"


def test_missing_places_are_named(db_file: Path, no_db_folder: Path) -> None:
    with pytest.raises(BackupError) as caught:
        backup.write_backup(db_file, no_db_folder, PASSPHRASE, NOW)
    assert caught.value.code == "folder_missing"
    with pytest.raises(BackupError) as caught:
        backup.write_backup(no_db_folder / "ops.sqlite", db_file.parent, PASSPHRASE, NOW)
    assert caught.value.code == "database_missing"


def test_folders_with_spaces_hashes_and_polish_letters(office: Services, tmp_path: Path) -> None:
    odd = tmp_path / "Dane #1? Łódź"
    odd.mkdir()
    db = odd / "ops baza.sqlite"
    source = office.db.file
    assert source is not None
    office.close()
    db.write_bytes(source.read_bytes())
    usb = tmp_path / "Pendrive 100% #2"
    usb.mkdir()
    info = backup.write_backup(db, usb, PASSPHRASE, NOW)
    assert backup.restore_backup(info.file, PASSPHRASE, db) is not None
    assert count(db, "persons") == info.row_counts["persons"]


def test_restore_refuses_a_database_another_program_has_open(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """What the other program wrote next would land in the file kept aside and be lost."""
    import contextlib
    import sqlite3

    from ops_desktop.services.hub import Services
    from ops_desktop.storage import backup_file
    from ops_desktop.storage.backup import BackupError, restore_backup, write_backup

    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)
    db_path = tmp_path / "office.sqlite"
    Services.open(f"sqlite:///{db_path}").close()
    folder = tmp_path / "usb"
    folder.mkdir()
    info = write_backup(db_path, folder, "dlugie-haslo-kopii-1", dt.datetime(2026, 11, 30, 12))
    with contextlib.closing(sqlite3.connect(db_path)) as other:
        other.execute("SELECT count(*) FROM users").fetchone()
        with pytest.raises(BackupError) as refused:
            restore_backup(info.file, "dlugie-haslo-kopii-1", db_path)
    assert refused.value.code == "database_in_use"
    assert not list(tmp_path.glob("office.before-restore-*"))  # nothing was moved
    restore_backup(info.file, "dlugie-haslo-kopii-1", db_path)  # closed: it goes through


def test_a_plain_working_copy_left_by_a_crash_is_removed_by_the_next_backup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from ops_desktop.services.hub import Services
    from ops_desktop.storage import backup_file
    from ops_desktop.storage.backup import write_backup

    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)
    db_path = tmp_path / "office.sqlite"
    Services.open(f"sqlite:///{db_path}").close()
    old = tmp_path / ".office.backup-abc123.tmp"
    old.write_bytes(b"SQLite format 3\x00 plain data of persons")
    two_hours_ago = wall_now().timestamp() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    fresh = tmp_path / ".office.backup-def456.tmp"  # may belong to a backup running now
    fresh.write_bytes(b"x")
    folder = tmp_path / "usb"
    folder.mkdir()
    write_backup(db_path, folder, "dlugie-haslo-kopii-1", dt.datetime(2026, 11, 30, 12))
    assert not old.exists() and fresh.exists()
