"""Encryption at rest on real files: without a password or the recovery key, the office's
file, its WAL and its pre-migration copy read nothing; the key slots refuse what they must
with a typed refusal; opening without the key, or with another, says so."""

from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from ops_desktop.services import store_access
from ops_desktop.services.demo import DEMO_PASSWORD, create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.services.store_access import UnlockRefused
from ops_desktop.storage import cipher
from ops_desktop.storage.database import head_revision, move_schema, open_database
from ops_desktop.storage.errors import StorageEnvironmentError, StorageProblem
from ops_desktop.storage.key_slots import PASSWORD, KeySlots, slots_file

ADMIN = "rkrawczyk"  # the demo office's administrator
NEW_PASSWORD = "Jarzębinowa-12-nowe"
TEMPORARY = "Tymczasowe-hasło-77"


@dataclass(frozen=True)
class Office:
    """A demo office created encrypted, closed; its administrator has a key slot."""

    file: Path
    key: bytes
    pesel: str
    surname: str


def _build(folder: Path) -> Office:
    path = folder / "office.sqlite"
    url = f"sqlite:///{path}"
    key = store_access.new_office_key(url)
    assert key is not None
    services = Services.open(url, key)
    create_demo_office(services, households=2)
    services.accounts.sign_in(ADMIN, DEMO_PASSWORD)  # the sign-in gives this PC its slot
    with services.db.engine.connect() as conn:
        pesel, surname = conn.exec_driver_sql(
            "SELECT pesel, last_name FROM persons WHERE pesel IS NOT NULL "
            "ORDER BY length(last_name) DESC LIMIT 1").one()
    services.close()
    return Office(path, key, pesel, surname)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Office:
    with pytest.MonkeyPatch.context() as mp:  # the flag back for the module's other tests
        mp.delenv(store_access.PLAIN_FLAG)
        return _build(tmp_path_factory.mktemp("encrypted-office"))


@pytest.fixture
def office(built: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Office:
    """A copy of the encrypted office for one test (its slots may be changed)."""
    monkeypatch.delenv(store_access.PLAIN_FLAG)
    target = tmp_path / built.file.name
    for name in (built.file.name, slots_file(built.file).name):
        shutil.copy2(built.file.with_name(name), tmp_path / name)
    return Office(target, built.key, built.pesel, built.surname)


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _reads_nothing(path: Path, office: Office) -> None:
    """Plain SQLite finds no database in `path`, and its bytes hold neither the PESEL nor
    the surname of a person the office keeps."""
    data = path.read_bytes()
    assert len(data) > 4096, f"{path.name} is too small to say anything"
    assert not data.startswith(cipher.PLAIN_HEADER)
    assert office.pesel.encode() not in data
    assert office.surname.encode("utf-8") not in data
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            conn.execute("SELECT * FROM sqlite_master").fetchall()


def _decrypted_bytes(path: Path, key: bytes, work: Path) -> bytes:
    """The same file exported in clear (sqlcipher_export): where the byte search must find
    what it looks for, so that not finding it in the encrypted file means something."""
    target = work / f"{path.name}.clear"
    with closing(cipher.connect(path, key, isolation_level=None)) as conn:
        conn.execute("ATTACH DATABASE ? AS clear KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('clear')")
        conn.execute("DETACH DATABASE clear")
    return target.read_bytes()


def _holds_the_person(path: Path, key: bytes | None, office: Office) -> bool:
    with closing(cipher.connect(path, key)) as conn:
        return conn.execute("SELECT count(*) FROM persons WHERE pesel = ?",
                            (office.pesel,)).fetchone()[0] == 1


# --- the files read nothing ------------------------------------------------------------------


def test_the_office_file_and_its_wal_read_nothing_while_open(office: Office,
                                                            tmp_path: Path) -> None:
    services = Services.open(_url(office.file), office.key)
    try:
        # A change to the person's row: its page goes to the WAL, not yet into the file.
        with services.db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE persons SET phone = '600 700 800' WHERE pesel = ?",
                                 (office.pesel,))
        wal = Path(f"{office.file}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        _reads_nothing(office.file, office)
        _reads_nothing(wal, office)
        assert b"600 700 800" not in wal.read_bytes()
    finally:
        services.close()
    _reads_nothing(office.file, office)
    clear = _decrypted_bytes(office.file, office.key, tmp_path)
    assert office.pesel.encode() in clear and office.surname.encode("utf-8") in clear
    assert b"600 700 800" in clear


def test_the_pre_migration_copy_is_encrypted_with_the_files_key(office: Office) -> None:
    url = _url(office.file)
    services = Services.open(url, office.key)
    move_schema(services.db.engine, "downgrade", "-1")  # the file of the previous version
    services.close()
    copy = office.file.with_name(f"office.before-{head_revision()[:12]}.sqlite")
    assert not copy.exists()

    open_database(url, key=office.key).dispose()  # the upgrade copies the file aside first

    assert copy.exists()
    _reads_nothing(copy, office)
    assert _holds_the_person(copy, office.key, office)  # a real copy, opened by the same slots
    unlocked = store_access.unlock_with_password(url, ADMIN, DEMO_PASSWORD)
    cipher.check_key(copy, unlocked)


# --- key slots -------------------------------------------------------------------------------


def _refused(url: str, login: str, password: str) -> str:
    with pytest.raises(UnlockRefused) as refused:
        store_access.unlock_with_password(url, login, password)
    return refused.value.code


def _slot_file(office: Office) -> dict:
    return json.loads(slots_file(office.file).read_text(encoding="utf-8"))


def _write_slot_file(office: Office, data: dict) -> None:
    slots_file(office.file).write_text(json.dumps(data), encoding="utf-8")


def test_the_administrators_password_opens_and_a_wrong_one_is_refused(office: Office) -> None:
    url = _url(office.file)
    assert store_access.unlock_with_password(url, ADMIN, DEMO_PASSWORD) == office.key
    assert _refused(url, ADMIN, DEMO_PASSWORD + "x") == "bad_credentials"
    assert _refused(url, "nobody", DEMO_PASSWORD) == "bad_credentials"


def test_a_slot_a_password_has_opened_is_not_derived_again_by_this_program(
        office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    # A sign-in unlocks with the person's slot, then keeps only the slots that password
    # opens: one Argon2 derivation, not two (a tenth of a second of every sign-in).
    from ops_desktop.storage import key_slots

    monkeypatch.setattr(key_slots, "_OPENED", {})
    derived: list[bytes] = []
    real = key_slots._argon2
    monkeypatch.setattr(key_slots, "_argon2",
                        lambda *args: derived.append(args[1]) or real(*args))
    slots = KeySlots.load(office.file)
    assert slots.unlock_password(ADMIN, DEMO_PASSWORD) == office.key
    assert slots.keep_only_password(office.key, ADMIN, DEMO_PASSWORD) is False
    assert len(derived) == 1
    # A wrong password is derived every time, and opens nothing.
    assert slots.unlock_password(ADMIN, DEMO_PASSWORD + "x") is None
    assert len(derived) == 2
    # A slot changed in any way (here its salt) is derived again, and no longer opens.
    data = _slot_file(office)
    for slot in data["slots"]:
        if slot["kind"] == PASSWORD and slot["label"] == ADMIN:
            slot["kdf"]["salt"] = base64.b64encode(bytes(16)).decode("ascii")
    _write_slot_file(office, data)
    assert KeySlots.load(office.file).unlock_password(ADMIN, DEMO_PASSWORD) is None
    assert len(derived) == 3 and derived[-1] == bytes(16)


def test_a_damaged_slot_file_is_refused_as_damaged(office: Office) -> None:
    text = slots_file(office.file).read_text(encoding="utf-8")
    slots_file(office.file).write_text(text[: len(text) // 2], encoding="utf-8")
    assert _refused(_url(office.file), ADMIN, DEMO_PASSWORD) == "key_slots_damaged"


def _argon2_edited_to_4_gib(office: Office) -> None:
    data = _slot_file(office)
    for slot in data["slots"]:
        if slot["kind"] == PASSWORD:
            slot["kdf"]["m"] = 4 * 1024 * 1024  # KiB: 4 GiB
    _write_slot_file(office, data)


def _unlock_in_capped_child(office: Office, call: str) -> tuple[str, float]:
    """`call` (an unlock by the administrator's password) in a child whose memory is capped,
    so a missing bound fails the test instead of the machine: what it raised, and how long
    it took."""
    script = textwrap.dedent(f"""
        import resource, time
        from pathlib import Path
        from ops_desktop.services import store_access
        from ops_desktop.storage.key_slots import KeySlots, KeySlotError
        url, path = {_url(office.file)!r}, Path({str(office.file)!r})
        login, password = {ADMIN!r}, {DEMO_PASSWORD!r}
        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, 2 * 1024 ** 3))
        start = time.perf_counter()
        try:
            {call}
            outcome = "opened"
        except (store_access.UnlockRefused, KeySlotError) as exc:
            outcome = type(exc).__name__ + ":" + exc.code
        except MemoryError:
            outcome = "MemoryError"
        print(outcome, time.perf_counter() - start)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env={**os.environ})
    assert done.returncode == 0, done.stderr[-2000:]
    outcome, seconds = done.stdout.split()
    return outcome, float(seconds)


def test_argon2_parameters_edited_to_4_gib_are_refused_at_once(office: Office) -> None:
    _argon2_edited_to_4_gib(office)
    outcome, seconds = _unlock_in_capped_child(
        office, "KeySlots.load(path).unlock_password(login, password)")
    assert outcome == "KeySlotError:damaged"
    assert seconds < 1.0  # refused before any derivation, not after one


def test_argon2_parameters_edited_to_4_gib_reach_the_window_as_a_damaged_slot_file(
        office: Office) -> None:
    _argon2_edited_to_4_gib(office)
    outcome, seconds = _unlock_in_capped_child(
        office, "store_access.unlock_with_password(url, login, password)")
    assert outcome == "UnlockRefused:key_slots_damaged"
    assert seconds < 1.0


def test_another_offices_slot_file_opens_nothing_here(office: Office, tmp_path: Path) -> None:
    other = _build(_folder(tmp_path / "other"))  # the same logins and passwords, another key
    # The other office's whole slot file beside ours: its key is refused by our file.
    shutil.copy2(slots_file(other.file), slots_file(office.file))
    foreign = store_access.unlock_with_password(_url(office.file), ADMIN, DEMO_PASSWORD)
    with pytest.raises(StorageEnvironmentError) as refused:
        Services.open(_url(office.file), foreign)
    assert refused.value.problem is StorageProblem.WRONG_KEY


def test_a_slot_from_another_office_fails_the_key_check(office: Office, tmp_path: Path) -> None:
    other = _build(_folder(tmp_path / "other"))
    ours = _slot_file(office)
    ours["slots"] = _slot_file(other)["slots"]  # their slots under our key check
    _write_slot_file(office, ours)
    assert _refused(_url(office.file), ADMIN, DEMO_PASSWORD) == "bad_credentials"


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _password_slots(office: Office, login: str) -> int:
    return sum(1 for s in KeySlots.load(office.file).slots
               if s.get("kind") == PASSWORD and s.get("label") == login)


def test_a_password_change_leaves_one_slot_for_the_new_password(office: Office) -> None:
    url = _url(office.file)
    services = Services.open(url, office.key)
    admin = services.accounts.sign_in(ADMIN, DEMO_PASSWORD).actor
    assert store_access.unlock_with_password(url, ADMIN, DEMO_PASSWORD) == office.key
    services.accounts.change_password(admin, DEMO_PASSWORD, NEW_PASSWORD)
    services.close()
    assert _password_slots(office, ADMIN) == 1
    assert store_access.unlock_with_password(url, ADMIN, NEW_PASSWORD) == office.key
    assert _refused(url, ADMIN, DEMO_PASSWORD) == "bad_credentials"


def test_an_administrators_reset_gives_a_slot_for_the_temporary_password(office: Office) -> None:
    url = _url(office.file)
    services = Services.open(url, office.key)
    admin = services.accounts.sign_in(ADMIN, DEMO_PASSWORD).actor
    worker = next(a for a in services.accounts.accounts(admin) if a.login == "pzielinski")
    assert _refused(url, "pzielinski", TEMPORARY) == "bad_credentials"
    services.accounts.reset_password(admin, worker.id, TEMPORARY)
    services.close()
    assert store_access.unlock_with_password(url, "pzielinski", TEMPORARY) == office.key
    assert _password_slots(office, "pzielinski") == 1


def test_a_crash_between_offer_and_commit_leaves_the_old_password_opening(
        office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    url = _url(office.file)
    services = Services.open(url, office.key)
    admin = services.accounts.sign_in(ADMIN, DEMO_PASSWORD).actor

    class CrashingHasher(PasswordHasher):
        def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
            raise RuntimeError("power cut")  # after the new slot is offered, before the commit

    monkeypatch.setattr(services.accounts, "hasher", CrashingHasher())
    with pytest.raises(RuntimeError, match="power cut"):
        services.accounts.change_password(admin, DEMO_PASSWORD, NEW_PASSWORD)
    services.close()
    assert store_access.unlock_with_password(url, ADMIN, DEMO_PASSWORD) == office.key
    # The store kept the old password: signing in with it settles the slots to it alone.
    services = Services.open(url, office.key)
    services.accounts.sign_in(ADMIN, DEMO_PASSWORD)
    services.close()
    assert _password_slots(office, ADMIN) == 1
    assert _refused(url, ADMIN, NEW_PASSWORD) == "bad_credentials"


# --- opening ---------------------------------------------------------------------------------


def _problem_opening(url: str, key: bytes | None) -> StorageProblem:
    with pytest.raises(StorageEnvironmentError) as refused:
        open_database(url, key=key).dispose()
    return refused.value.problem


def test_an_encrypted_file_without_its_key_is_said_to_be_encrypted(office: Office) -> None:
    assert store_access.kind_of(_url(office.file)) is store_access.StoreKind.ENCRYPTED
    assert _problem_opening(_url(office.file), None) is StorageProblem.ENCRYPTED


def test_an_encrypted_file_with_another_key_is_said_to_have_the_wrong_key(office: Office) -> None:
    assert _problem_opening(_url(office.file), cipher.new_key()) is StorageProblem.WRONG_KEY


def test_a_damaged_file_without_slots_is_still_corrupt(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(store_access.PLAIN_FLAG)
    path = tmp_path / "office.sqlite"
    path.write_bytes(uuid.uuid4().bytes * 1024)  # 16 KiB that are no database
    assert _problem_opening(_url(path), None) is StorageProblem.CORRUPT
