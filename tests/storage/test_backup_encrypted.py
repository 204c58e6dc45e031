"""Backups of an office encrypted at rest: no plain copy on the way, the key travels sealed,
the restored file opens with the office's own passwords."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from ops_desktop.services import store_access
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup, backup_file, cipher
from ops_desktop.storage.backup import BackupError
from ops_desktop.storage.key_slots import slots_file
from tests.server_db import sqlite_file
from tests.storage.encrypted_office import (
    ADMIN_PASSWORD,
    SURNAME,
    Office,
    encrypted,  # noqa: F401  (the fixture)
    unreadable_by_sqlite,
)

pytestmark = sqlite_file("encryption at rest is of the SQLite file")

PASSPHRASE = "Zażółć gęślą jaźń 2026"
NOW = dt.datetime(2026, 11, 30, 16, 45, 12)


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_no_working_copy_of_an_encrypted_office_is_plain(encrypted: Office, usb: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The online copy being sealed and the decrypted copy being checked are both SQLCipher
    files: plain sqlite3 reads nothing of them, nor of the backup."""
    seen: dict[str, bool] = {}
    real_encrypt, real_check = backup.encrypt, backup._check_database

    def encrypt(copy: Path, *args: Any, **kwargs: Any) -> None:
        seen["copy"] = unreadable_by_sqlite(copy) and SURNAME.encode() not in copy.read_bytes()
        real_encrypt(copy, *args, **kwargs)

    def check(copy: Path, *args: Any, **kwargs: Any) -> None:
        seen["checked"] = unreadable_by_sqlite(copy)
        real_check(copy, *args, **kwargs)

    monkeypatch.setattr(backup, "encrypt", encrypt)
    monkeypatch.setattr(backup, "_check_database", check)
    info = backup.write_backup(encrypted.file, usb, PASSPHRASE, NOW, key=encrypted.key)
    assert seen == {"copy": True, "checked": True}
    assert info.verified and info.encrypted and info.row_counts["persons"] == 1
    assert info.office_name == encrypted.services.office.settings().office_name
    assert SURNAME.encode() not in info.file.read_bytes()
    assert backup.verify_backup(info.file, PASSPHRASE, work_dir=encrypted.file.parent).verified


def test_the_header_carries_only_sealed_slots_and_a_sealed_key(encrypted: Office,
                                                               usb: Path) -> None:
    """Without the passphrase nothing of the slot file can be read (no slot to try a
    colleague's password against); with it the restore gets the slot file as it was."""
    info = backup.write_backup(encrypted.file, usb, PASSPHRASE, NOW, key=encrypted.key)
    raw = info.file.read_bytes().split(b"\n")[1]
    header = json.loads(raw)
    slots = json.loads(slots_file(encrypted.file).read_text("utf-8"))
    assert header["format"] == 4 and "key_slots" not in header
    assert set(header["key_slots_sealed"]) == {"nonce", "sealed"}
    # No slot's salt, nonce or wrapped key: nothing to try a password against.
    secrets = [v for slot in slots["slots"] for v in (slot["kdf"]["salt"], slot["nonce"],
                                                      slot["wrapped"])]
    assert len(secrets) >= 6 and not [v for v in secrets if v.encode() in raw]
    assert header["database_key_check"] == slots["key_check"]  # another office told apart
    assert encrypted.key.hex() not in info.file.read_bytes().decode("latin-1")
    fresh = usb.parent / "check.sqlite"
    assert backup_file.decrypt(info.file, PASSPHRASE, fresh).key_slots == slots
    with pytest.raises(BackupError) as caught:
        backup.verify_backup(info.file, PASSPHRASE + "!")
    assert caught.value.code == "wrong_passphrase"


def test_restore_on_a_new_pc_opens_with_the_office_password(encrypted: Office, usb: Path,
                                                            tmp_path: Path) -> None:
    info = backup.write_backup(encrypted.file, usb, PASSPHRASE, NOW, key=encrypted.key)
    fresh = tmp_path / "new_pc" / "ops.sqlite"
    fresh.parent.mkdir()
    restored = backup.restore_database(info.file, PASSPHRASE, fresh)
    assert restored.aside is None and restored.key == encrypted.key
    assert unreadable_by_sqlite(fresh)
    url = f"sqlite:///{fresh}"
    key = store_access.unlock_with_password(url, "admin", ADMIN_PASSWORD)
    again = Services.open(url, key)
    try:
        assert again.accounts.sign_in("admin", ADMIN_PASSWORD).actor.user_id == \
            encrypted.admin.user_id
        assert {u.login for u in again.office.users()} == {"admin", "desk"}
    finally:
        again.close()


def test_an_encrypted_offices_pages_are_stored_as_they_are_not_compressed(
        encrypted: Office, usb: Path, tmp_path: Path) -> None:
    """SQLCipher's pages are ciphertext: zlib gains nothing on them and took more than half
    of the backup's time, so format 4 stores them as they are. The backup is about the size
    of the file, and the file decrypted from it is the office's file page for page."""
    info = backup.write_backup(encrypted.file, usb, PASSPHRASE, NOW, key=encrypted.key)
    header = json.loads(info.file.read_bytes().split(b"\n")[1])
    assert header["format"] == 4 and header["cipher"]["compression"] == "none"
    copy = tmp_path / "copy.sqlite"
    cipher.copy_file(encrypted.file, copy, encrypted.key)  # the WAL into a file of its own
    assert abs(info.file.stat().st_size - copy.stat().st_size) < copy.stat().st_size // 10
    fresh = tmp_path / "fresh.sqlite"
    assert backup_file.decrypt(info.file, PASSPHRASE, fresh).key == encrypted.key
    assert fresh.stat().st_size == copy.stat().st_size and unreadable_by_sqlite(fresh)
    assert backup.verify_backup(info.file, PASSPHRASE, work_dir=tmp_path).verified


def test_a_format_3_backup_of_compressed_pages_still_restores(
        encrypted: Office, usb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup from before format 4 compressed every chunk; it restores as it did. A
    program that knows format 3 only refuses a format-4 file as one from a newer version."""
    with monkeypatch.context() as older_program:
        older_program.setattr(backup_file, "FORMAT_VERSION", 3)
        info = backup.write_backup(encrypted.file, usb, PASSPHRASE, NOW, key=encrypted.key)
    header = json.loads(info.file.read_bytes().split(b"\n")[1])
    assert header["format"] == 3 and header["cipher"]["compression"] == "zlib"
    fresh = tmp_path / "new_pc" / "ops.sqlite"
    fresh.parent.mkdir()
    restored = backup.restore_database(info.file, PASSPHRASE, fresh)
    assert restored.key == encrypted.key and unreadable_by_sqlite(fresh)
    assert store_access.unlock_with_password(f"sqlite:///{fresh}", "admin",
                                             ADMIN_PASSWORD) == encrypted.key
    newer = backup.write_backup(encrypted.file, usb, PASSPHRASE,
                                NOW + dt.timedelta(minutes=1), key=encrypted.key)
    with monkeypatch.context() as older_program:
        older_program.setattr(backup_file, "FORMAT_VERSION", 3)
        with pytest.raises(BackupError) as caught:
            backup.verify_backup(newer.file, PASSPHRASE, work_dir=tmp_path)
    assert caught.value.code == "unsupported_format"


def test_stored_chunks_are_a_format_4_word_and_no_longer_than_a_chunk(
        encrypted: Office, usb: Path) -> None:
    """"none" in a header that says format 3 is damage, not obeyed; a stored chunk longer
    than a chunk is refused before anything is written from it."""
    info = backup.write_backup(encrypted.file, usb, PASSPHRASE, NOW, key=encrypted.key)
    magic, raw, body = info.file.read_bytes().split(b"\n", 2)
    header = json.loads(raw)
    header["format"] = 3
    changed = json.dumps(header, ensure_ascii=True, sort_keys=True).encode("ascii")
    info.file.write_bytes(magic + b"\n" + changed + b"\n" + body)
    with pytest.raises(BackupError) as caught:
        backup.read_backup_info(info.file)
    assert caught.value.code == "damaged"
    with pytest.raises(BackupError) as caught:
        backup_file._unpack(b"x" * 17, 16, 0, compressed=False)
    assert caught.value.code == "damaged"
    assert backup_file._unpack(b"x" * 16, 16, 0, compressed=False) == b"x" * 16


def test_a_format_2_backup_with_its_slots_in_clear_still_restores(
        encrypted: Office, usb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup made before the slots were sealed (format 2: the slot file in clear in the
    header, the key sealed as now) restores on a new PC, slots beside the file."""
    def format_2_fields(master: bytes, key: bytes, slots: dict[str, Any]) -> dict[str, Any]:
        return {"key_slots": slots,
                "database_key": backup_file._seal(master, backup_file._DATABASE_KEY_INFO, key)}

    with monkeypatch.context() as older_program:
        older_program.setattr(backup_file, "FORMAT_VERSION", 2)
        older_program.setattr(backup_file, "_key_fields", format_2_fields)
        info = backup.write_backup(encrypted.file, usb, PASSPHRASE, NOW, key=encrypted.key)
    header = json.loads(info.file.read_bytes().split(b"\n")[1])
    slots = json.loads(slots_file(encrypted.file).read_text("utf-8"))
    assert header["format"] == 2 and header["key_slots"] == slots
    assert backup.read_backup_info(info.file).database_key_check == slots["key_check"]
    fresh = tmp_path / "new_pc" / "ops.sqlite"
    fresh.parent.mkdir()
    restored = backup.restore_database(info.file, PASSPHRASE, fresh)
    assert restored.key == encrypted.key and unreadable_by_sqlite(fresh)
    assert json.loads(slots_file(fresh).read_text("utf-8")) == slots
    assert store_access.unlock_with_password(f"sqlite:///{fresh}", "admin",
                                             ADMIN_PASSWORD) == encrypted.key


def test_restore_over_the_office_keeps_the_old_file_encrypted_with_its_slots(
        encrypted: Office, usb: Path) -> None:
    info = backup.write_backup(encrypted.file, usb, PASSPHRASE, NOW, key=encrypted.key)
    encrypted.services.close()
    restored = backup.restore_database(info.file, PASSPHRASE, encrypted.file, now=NOW,
                                       key=encrypted.key)
    aside = restored.aside
    assert aside is not None and unreadable_by_sqlite(aside)
    assert store_access.unlock_with_password(f"sqlite:///{aside}", "admin",
                                             ADMIN_PASSWORD) == encrypted.key
    assert store_access.unlock_with_password(encrypted.url, "admin",
                                             ADMIN_PASSWORD) == encrypted.key
    assert sorted(p.name for p in encrypted.file.parent.iterdir() if p.name.startswith(".")) == []


def test_a_killed_backups_working_copy_is_removed_at_once(tmp_path: Path) -> None:
    """A backup killed mid-way leaves its copy beside the database; the next backup removes
    it at once, not an hour later, while a copy still in use by a running one stays."""
    import subprocess
    import sys

    db_path = tmp_path / "ops.sqlite"
    holder = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from ops_desktop.storage import backup\n"
        "with backup._temp_file(Path(sys.argv[1]), '.ops.backup-') as copy:\n"
        "    copy.write_bytes(b'pages of the office')\n"
        "    print(copy, flush=True)\n"
        "    time.sleep(120)\n")
    with subprocess.Popen([sys.executable, "-c", holder, str(tmp_path)],
                          stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            copy = Path(process.stdout.readline().strip())
            assert copy.exists()
            assert backup.remove_leftovers(db_path) == 0 and copy.exists()  # its owner works on
        finally:
            process.kill()
    assert copy.exists()  # the kill left it
    assert backup.remove_leftovers(db_path) >= 1
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_restore_cut_off_before_the_last_step_leaves_every_file_with_its_slots(
        encrypted: Office, usb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The old file moved aside, the new slots written, then the power goes before the
    restored file takes its place: the kept-aside file still opens with its own slots."""
    import os

    info = backup.write_backup(encrypted.file, usb, PASSPHRASE, NOW, key=encrypted.key)
    encrypted.services.close()
    real_replace = os.replace

    def replace(source: object, target: object) -> None:
        if Path(str(source)).name.startswith(".ops.restore-") and Path(str(target)) == \
                encrypted.file:
            raise OSError("power cut")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(BackupError):
        backup.restore_database(info.file, PASSPHRASE, encrypted.file, now=NOW,
                                key=encrypted.key)
    monkeypatch.setattr(os, "replace", real_replace)
    assert not encrypted.file.exists()
    [aside] = [p for p in encrypted.file.parent.iterdir() if p.suffix == ".sqlite"]
    assert "before-restore" in aside.name and slots_file(aside).exists()
    assert store_access.unlock_with_password(f"sqlite:///{aside}", "admin",
                                             ADMIN_PASSWORD) == encrypted.key
