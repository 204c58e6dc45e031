"""The backup service: only the administrator, settings checked field by field, the schedule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ops_desktop.domain.errors import PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.backups import (
    BackupError,
    BackupService,
    backups_in,
    restore_file,
)
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file
from tests.server_db import sqlite_file

PASSPHRASE = "sejf w pokoju 12"
WARSAW = dt.timezone(dt.timedelta(hours=1))


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 30, 15, 0, tzinfo=WARSAW)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def backups(services: Services, clock: Clock) -> BackupService:
    return BackupService(services.db, services.office, clock=clock)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_only_the_administrator_manages_backups(backups: BackupService, usb: Path, desk: Actor,
                                                coordinator: Actor) -> None:
    for actor in (desk, coordinator):
        with pytest.raises(PermissionDenied):
            backups.configure(actor, usb, PASSPHRASE)
        with pytest.raises(PermissionDenied):
            backups.config(actor)
        with pytest.raises(PermissionDenied):
            backups.backup_now(actor)
        with pytest.raises(PermissionDenied):
            backups.list(actor)
        with pytest.raises(PermissionDenied):
            backups.verify(actor, usb / "x.opsbak", PASSPHRASE)
        with pytest.raises(PermissionDenied):
            backups.restore(actor, usb / "x.opsbak", PASSPHRASE)


def test_settings_are_checked_field_by_field(backups: BackupService, admin: Actor,
                                             tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        backups.configure(admin, tmp_path / "no such disk", "krótkie")
    assert caught.value.codes_for("backup_folder") == ["folder_not_writable"]
    assert caught.value.codes_for("backup_passphrase") == ["passphrase_too_short"]
    with pytest.raises(ValidationError) as caught:
        backups.configure(admin, "", None)
    assert caught.value.codes_for("backup_folder") == ["required"]
    assert caught.value.codes_for("backup_passphrase") == ["required"]
    assert not backups.config(admin).configured


def test_configure_keeps_the_passphrase_out_of_sight(backups: BackupService, admin: Actor,
                                                     usb: Path, services: Services) -> None:
    config = backups.configure(admin, usb, PASSPHRASE, on_exit=False)
    assert config.configured and config.folder == usb.resolve() and not config.on_exit
    assert config.daily and config.last_at is None
    assert PASSPHRASE not in repr(config)
    # changing only the folder keeps the passphrase already set
    other = usb / "inny"
    other.mkdir()
    assert backups.configure(admin, other, None).has_passphrase
    from ops_desktop.storage.models import AuditRow
    with services.db.session() as s:
        logged = " ".join(str(r.changes) for r in s.query(AuditRow).all())
    assert PASSPHRASE not in logged


@sqlite_file("backups copy the SQLite file; on a server pg_dump does, and the program refuses")
def test_backup_now_lists_verifies_and_is_due_again_next_day(
        backups: BackupService, admin: Actor, usb: Path, clock: Clock) -> None:
    with pytest.raises(BackupError) as caught:
        backups.backup_now(admin)
    assert caught.value.code == "not_configured"
    backups.configure(admin, usb, PASSPHRASE)
    assert backups.is_due()
    info = backups.backup_now(admin)
    assert info.verified and backups.config(admin).last_at == clock.now
    assert [i.file for i in backups.list(admin)] == [info.file]
    assert not backups.is_due()
    assert backups.verify(admin, info.file).verified  # with the stored passphrase
    with pytest.raises(BackupError) as caught:
        backups.verify(admin, info.file, "to nie jest hasło")
    assert caught.value.code == "wrong_passphrase"
    clock.now += dt.timedelta(hours=23)
    assert not backups.is_due() and backups.run_scheduled() is None
    clock.now += dt.timedelta(hours=1)
    assert backups.is_due()
    scheduled = backups.run_scheduled()  # no actor: the program itself
    assert scheduled is not None and len(backups.list(admin)) == 2


@sqlite_file("backups copy the SQLite file; on a server pg_dump does, and the program refuses")
def test_a_failed_unattended_backup_is_remembered(backups: BackupService, admin: Actor,
                                                  usb: Path) -> None:
    backups.configure(admin, usb, PASSPHRASE)
    usb.rmdir()  # the USB disk was taken away
    with pytest.raises(BackupError) as caught:
        backups.run_scheduled(on_exit=True)
    assert caught.value.code == "folder_missing"
    config = backups.config(admin)
    assert config.last_error == "folder_missing" and config.last_error_at is not None
    assert backups.is_due()  # tried again at the next start
    usb.mkdir()
    backups.run_scheduled()
    assert backups.config(admin).last_error is None


@sqlite_file("backups copy the SQLite file; on a server pg_dump does, and the program refuses")
def test_exit_backup_follows_its_switch(backups: BackupService, admin: Actor, usb: Path) -> None:
    assert backups.run_scheduled(on_exit=True) is None  # not configured: nothing, no error
    backups.configure(admin, usb, PASSPHRASE, on_exit=False, daily=False)
    assert backups.run_scheduled(on_exit=True) is None
    assert not backups.is_due()
    backups.configure(admin, usb, None, on_exit=True, daily=False)
    assert backups.run_scheduled(on_exit=True) is not None


@sqlite_file("backups copy the SQLite file; on a server pg_dump does, and the program refuses")
def test_restore_replaces_the_database(services: Services, backups: BackupService, admin: Actor,
                                       usb: Path) -> None:
    backups.configure(admin, usb, PASSPHRASE)
    info = backups.backup_now(admin)
    services.office.add_user("late", "Ewa Późna", "stażystka", frozenset({Role.SERVICES}))
    aside = backups.restore(admin, info.file, PASSPHRASE)
    assert aside is not None and aside.exists()
    reopened = Services.open(services.db.url)
    assert "late" not in {u.login for u in reopened.office.users()}
    reopened.close()


@sqlite_file("backups copy the SQLite file; on a server pg_dump does, and the program refuses")
def test_recovery_without_an_actor(services: Services, backups: BackupService, admin: Actor,
                                   usb: Path, tmp_path: Path) -> None:
    backups.configure(admin, usb, PASSPHRASE)
    info = backups.backup_now(admin)
    assert [i.file for i in backups_in(usb)] == [info.file]
    target = tmp_path / "nowy komputer" / "ops.sqlite"
    target.parent.mkdir()
    assert restore_file(info.file, PASSPHRASE, target) is None and target.exists()


def test_a_server_database_is_refused_clearly(admin: Actor, services: Services) -> None:
    from ops_desktop.storage.database import open_database

    memory = open_database("sqlite://")
    # With OPS_TEST_DB_URL the office's own store is on a PostgreSQL server: refused too.
    stores = (memory,) if services.db.file is not None else (memory, services.db)
    try:
        for store in stores:
            service = BackupService(store, services.office)
            with pytest.raises(BackupError) as caught:
                service.backup_now(admin)
            assert caught.value.code == "not_a_file_database"
            assert not service.is_due() and service.run_scheduled() is None
    finally:
        memory.dispose()


@sqlite_file("backups copy the SQLite file; on a server pg_dump does, and the program refuses")
def test_a_restore_is_written_into_the_restored_databases_audit_log(tmp_path: Path) -> None:
    """The log of the restored data says where it came from and who brought it back."""
    from sqlalchemy import select

    from ops_desktop.services.backups import restore_file
    from ops_desktop.storage.models import AuditRow

    db_path = tmp_path / "office.sqlite"
    services = Services.open(f"sqlite:///{db_path}")
    roles = frozenset({Role.ADMINISTRATOR})
    admin = Actor(services.office.add_user("admin", "Admin", "", roles), "Admin", "", roles)
    folder = tmp_path / "usb"
    folder.mkdir()
    services.backups.configure(admin, folder, "dlugie-haslo-kopii-1")
    info = services.backups.backup_now(admin)
    services.close()
    restore_file(info.file, "dlugie-haslo-kopii-1", db_path)
    services = Services.open(f"sqlite:///{db_path}")
    with services.db.session() as s:
        last = s.scalars(select(AuditRow).order_by(AuditRow.seq.desc())).first()
    services.close()
    assert last is not None and last.action == "restore" and info.file.name in (last.changes or "")
