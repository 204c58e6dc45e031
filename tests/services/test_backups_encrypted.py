"""The backup service on an office encrypted at rest: the passphrase never in clear, backups
with the office's key, another office's backup restored only when confirmed."""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from pathlib import Path

import pytest

from ops_desktop.services import store_access
from ops_desktop.services.backups import BackupError, BackupService, restore_file
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file, cipher
from tests.server_db import sqlite_file
from tests.storage.encrypted_office import (
    ADMIN_PASSWORD,
    Office,
    encrypted,  # noqa: F401  (the fixture)
    encrypted_office,
    unreadable_by_sqlite,
)

pytestmark = sqlite_file("encryption at rest is of the SQLite file")

PASSPHRASE = "sejf w pokoju 12"


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def stored_passphrase(office: Office) -> str:
    with closing(cipher.connect(office.file, office.key)) as conn:
        return conn.execute(
            "SELECT value FROM settings WHERE key = 'backup_passphrase'").fetchone()[0]


def test_the_passphrase_is_kept_sealed_and_still_makes_backups(encrypted: Office,
                                                               usb: Path) -> None:
    backups = encrypted.services.backups
    config = backups.configure(encrypted.admin, usb, PASSPHRASE)
    assert config.has_passphrase and not hasattr(config, "passphrase")
    row = stored_passphrase(encrypted)
    assert PASSPHRASE not in row and row.startswith("sealed:")
    info = backups.backup_now(encrypted.admin)
    assert info.encrypted and unreadable_by_sqlite(encrypted.file)
    # the stored one is unsealed for a check, and it is the passphrase of the file
    assert backups.verify(encrypted.admin, info.file).verified
    assert backups.verify(encrypted.admin, info.file, PASSPHRASE).verified


def test_a_clear_passphrase_from_before_is_sealed_at_the_next_read(encrypted: Office,
                                                                   usb: Path) -> None:
    encrypted.services.office.put_setting("backup_folder", str(usb))
    encrypted.services.office.put_setting("backup_passphrase", PASSPHRASE)
    assert stored_passphrase(encrypted) == PASSPHRASE
    assert encrypted.services.backups.config(encrypted.admin).configured
    assert PASSPHRASE not in stored_passphrase(encrypted)
    assert encrypted.services.backups.backup_now(encrypted.admin).verified


def test_another_offices_backup_is_restored_only_when_confirmed(
        encrypted: Office, usb: Path, tmp_path: Path) -> None:
    other = encrypted_office(tmp_path / "other" / "ops.sqlite",
                             name="Gminny Ośrodek Pomocy Społecznej w Dębinie")
    # Their stick, not ours: our backup's rotation would take theirs for one of ours made in
    # the same second and remove it (rotation reads names, not offices).
    theirs_folder = tmp_path / "their-usb"
    theirs_folder.mkdir()
    try:
        other.services.backups.configure(other.admin, theirs_folder, PASSPHRASE)
        theirs = other.services.backups.backup_now(other.admin)
    finally:
        other.services.close()
    backups = encrypted.services.backups
    backups.configure(encrypted.admin, usb, PASSPHRASE)
    ours = backups.backup_now(encrypted.admin)
    assert backups.is_another_office(encrypted.admin, theirs.file)
    assert not backups.is_another_office(encrypted.admin, ours.file)
    before = encrypted.file.read_bytes()
    with pytest.raises(BackupError) as caught:
        backups.restore(encrypted.admin, theirs.file, PASSPHRASE)
    assert caught.value.code == "another_office"
    assert caught.value.detail == "Gminny Ośrodek Pomocy Społecznej w Dębinie"
    assert encrypted.file.read_bytes() == before
    with pytest.raises(BackupError) as caught:  # the recovery dialog's path asks too
        restore_file(theirs.file, PASSPHRASE, encrypted.file)
    assert caught.value.code == "another_office"
    # asked and confirmed: their office, opened with their passwords
    aside = backups.restore(encrypted.admin, theirs.file, PASSPHRASE,
                            other_office_confirmed=True)
    assert aside is not None and unreadable_by_sqlite(encrypted.file)
    assert store_access.unlock_with_password(encrypted.url, "admin",
                                             ADMIN_PASSWORD) == other.key != encrypted.key
    reopened = Services.open(encrypted.url, other.key)
    try:
        assert reopened.office.settings().office_name.endswith("w Dębinie")
    finally:
        reopened.close()
    with closing(cipher.connect(encrypted.file, other.key)) as conn:  # noted in its own log
        assert conn.execute("SELECT count(*) FROM audit_log WHERE action = 'restore'"
                            ).fetchone()[0] == 1


def test_a_plain_office_names_itself_too(services: Services, admin: object, usb: Path,
                                         tmp_path: Path) -> None:
    """Without encryption (a test database) the office's id still tells two offices apart."""
    clock = lambda: dt.datetime(2026, 11, 30, 15, 0).astimezone()  # noqa: E731
    ours = BackupService(services.db, services.office, clock=clock)
    ours.configure(admin, usb, PASSPHRASE)
    own = ours.backup_now(admin)
    other = Services.open(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        theirs_folder = tmp_path / "usb2"
        theirs_folder.mkdir()
        theirs = BackupService(other.db, other.office, clock=clock)
        theirs.configure(admin, theirs_folder, PASSPHRASE)
        their_backup = theirs.backup_now(admin)
    finally:
        other.close()
    assert own.office_id and their_backup.office_id and own.office_id != their_backup.office_id
    with pytest.raises(BackupError) as caught:
        ours.restore(admin, their_backup.file, PASSPHRASE)
    assert caught.value.code == "another_office"
    assert ours.restore(admin, own.file, PASSPHRASE) is not None
