"""The administrator's backup panel and the recovery dialog, driven as a person would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from ops_desktop.domain.clock import wall_now_aware
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.backups import BackupService
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file
from ops_desktop.ui import labels
from ops_desktop.ui.backup_panel import COL_CHECKED, BackupPanel
from ops_desktop.ui.recovery import RecoveryDialog
from tests.ui.layout import clipped_columns

PASSPHRASE = "szafa pancerna w sekretariacie"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The panel's modal questions answered: passphrase, the restore warning, information."""
    said: dict[str, list[str]] = {"asked": [], "confirmed": [], "informed": []}

    def ask(_parent: object, text: str) -> str:
        said["asked"].append(text)
        return PASSPHRASE

    def confirm(_parent: object, text: str) -> bool:
        said["confirmed"].append(text)
        return True

    monkeypatch.setattr("ops_desktop.ui.backup_panel.ask_passphrase", ask)
    monkeypatch.setattr("ops_desktop.ui.backup_panel.confirm", confirm)
    monkeypatch.setattr("ops_desktop.ui.backup_panel.inform",
                        lambda _parent, text: said["informed"].append(text))
    return said


def child(widget: object, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = widget.findChild(kind, name)  # type: ignore[attr-defined]
    assert found is not None, name
    return found


def open_panel(qtbot: QtBot, services: Services, actor: Actor) -> BackupPanel:
    panel = BackupPanel(services, actor)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def configure(qtbot: QtBot, panel: BackupPanel, folder: Path, passphrase: str, again: str) -> None:
    for name, text in (("backup_folder", str(folder)), ("backup_passphrase", passphrase),
                       ("backup_passphrase_confirm", again)):
        edit = child(panel, QLineEdit, name)
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(child(panel, QPushButton, "backup_save"), LEFT)


def test_configure_backup_now_and_list(qtbot: QtBot, services: Services, admin: Actor, usb: Path,
                                       messages: list[str], dialogs: dict[str, list[str]]) -> None:
    create_demo_office(services, households=5)
    panel = open_panel(qtbot, services, admin)
    assert "nie są jeszcze skonfigurowane" in child(panel, QLabel, "backup_status").text()
    assert child(panel, QLineEdit, "backup_passphrase").echoMode() == QLineEdit.EchoMode.Password

    configure(qtbot, panel, usb / "brak", "za krotkie", "za krotkie")
    assert child(panel, QLabel, "error_backup_folder").text() == labels.error("folder_not_writable")
    assert child(panel, QLabel, "error_backup_passphrase").text() == labels.error("passphrase_too_short")
    assert child(panel, QLabel, "error_backup_passphrase").text() == "Hasło musi mieć co najmniej 12 znaków."

    configure(qtbot, panel, usb, PASSPHRASE, PASSPHRASE + "x")
    assert child(panel, QLabel, "error_backup_passphrase_confirm").text() == "Hasła się różnią."

    child(panel, QCheckBox, "backup_on_exit").setChecked(False)
    configure(qtbot, panel, usb, PASSPHRASE, PASSPHRASE)
    assert not child(panel, QLabel, "error_backup_folder").isVisible()
    service = BackupService(services.db, services.office)
    config = service.config(admin)
    assert config.configured and config.folder == usb.resolve() and not config.on_exit
    assert child(panel, QLineEdit, "backup_passphrase").text() == ""  # not left on screen

    qtbot.mouseClick(child(panel, QPushButton, "backup_now"), LEFT)
    table = child(panel, QTableView, "backup_table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=30000)
    qtbot.waitUntil(lambda: child(panel, QPushButton, "backup_now").isEnabled())
    assert "Ostatnia kopia" in child(panel, QLabel, "backup_status").text()
    assert table.model().index(0, COL_CHECKED).data().startswith("tak")
    assert len(list(usb.glob("ops-backup-*.opsbak"))) == 1
    assert messages == []

    table.selectRow(0)
    qtbot.mouseClick(child(panel, QPushButton, "backup_verify"), LEFT)
    status = child(panel, QLabel, "backup_status")
    qtbot.waitUntil(lambda: "jest poprawna" in status.text(), timeout=30000)
    assert dialogs["asked"] == [] and messages == []


def test_a_damaged_copy_is_marked_on_check(qtbot: QtBot, services: Services, admin: Actor,
                                           usb: Path, messages: list[str],
                                           dialogs: dict[str, list[str]]) -> None:
    service = BackupService(services.db, services.office)
    service.configure(admin, usb, PASSPHRASE)
    info = service.backup_now(admin)
    info.file.write_bytes(info.file.read_bytes()[:-5])
    panel = open_panel(qtbot, services, admin)
    table = child(panel, QTableView, "backup_table")
    table.selectRow(0)
    qtbot.mouseClick(child(panel, QPushButton, "backup_verify"), LEFT)
    qtbot.waitUntil(lambda: messages != [], timeout=30000)
    assert messages == [labels.error("damaged")]
    assert table.model().index(0, COL_CHECKED).data().startswith("NIE")


def test_only_an_administrator_sees_settings(qtbot: QtBot, services: Services, desk: Actor,
                                             messages: list[str]) -> None:
    open_panel(qtbot, services, desk)
    assert messages and messages[0] == labels.error("permission_denied")


def test_restore_warns_then_closes_the_window(qtbot: QtBot, services: Services, admin: Actor,
                                              usb: Path, messages: list[str],
                                              dialogs: dict[str, list[str]]) -> None:
    service = BackupService(services.db, services.office)
    service.configure(admin, usb, PASSPHRASE)
    service.backup_now(admin)
    services.office.add_user("late", "Ewa Późna", "stażystka", frozenset({Role.SERVICES}))
    panel = open_panel(qtbot, services, admin)
    child(panel, QTableView, "backup_table").selectRow(0)
    qtbot.mouseClick(child(panel, QPushButton, "backup_restore"), LEFT)
    qtbot.waitUntil(lambda: dialogs["informed"] != [], timeout=30000)
    assert "zastąpione" in dialogs["confirmed"][0] and "zamknięty" in dialogs["confirmed"][0]
    assert "Uruchom go ponownie" in dialogs["informed"][0]
    assert not panel.isVisible()
    assert messages == []
    db_file = services.db.file
    assert db_file is not None
    with sqlite3.connect(db_file) as conn:
        logins = {r[0] for r in conn.execute("SELECT login FROM users")}
    conn.close()
    assert "admin" in logins and "late" not in logins


def test_recovery_dialog_restores_the_newest_good_copy(qtbot: QtBot, services: Services,
                                                       admin: Actor, usb: Path) -> None:
    service = BackupService(services.db, services.office)
    service.configure(admin, usb, PASSPHRASE)
    service.backup_now(admin)
    db_file = services.db.file
    assert db_file is not None
    services.close()
    data = bytearray(db_file.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page destroyed
    db_file.write_bytes(bytes(data))

    dialog = RecoveryDialog(db_file)  # finds the folder the damaged file still names? not here
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(usb))
    dialog.reload()
    assert dialog.backups_list.count() == 1 and dialog.chosen() is not None
    qtbot.keyClicks(dialog.passphrase, "nie to haslo")
    qtbot.mouseClick(child(dialog, QPushButton, "recovery_restore"), LEFT)
    error = child(dialog, QLabel, "error_backup_passphrase")
    qtbot.waitUntil(lambda: error.text() == labels.error("wrong_passphrase"), timeout=30000)
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        qtbot.mouseClick(child(dialog, QPushButton, "recovery_restore"), LEFT)
    assert dialog.aside is not None and dialog.aside.exists()
    reopened = Services.open(f"sqlite:///{db_file}")
    assert "admin" in {u.login for u in reopened.office.users()}
    reopened.close()


def test_recovery_suggests_the_folder_the_file_remembers(qtbot: QtBot, services: Services,
                                                         admin: Actor, usb: Path) -> None:
    BackupService(services.db, services.office).configure(admin, usb, PASSPHRASE)
    db_file = services.db.file
    assert db_file is not None
    dialog = RecoveryDialog(db_file)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(usb.resolve())
    assert dialog.backups_list.count() == 0 and not dialog.restore_button.isEnabled()


def test_a_missing_disk_is_reported_and_remembered(qtbot: QtBot, services: Services, admin: Actor,
                                                   usb: Path, messages: list[str]) -> None:
    BackupService(services.db, services.office).configure(admin, usb, PASSPHRASE)
    usb.rmdir()
    panel = open_panel(qtbot, services, admin)
    qtbot.mouseClick(child(panel, QPushButton, "backup_now"), LEFT)
    qtbot.waitUntil(lambda: messages != [], timeout=30000)
    assert messages == [labels.error("folder_missing")]
    panel.load()
    assert "nie powiodła się" in child(panel, QLabel, "backup_status").text()


def test_schedule_backs_up_when_due_and_at_exit(qtbot: QtBot, services: Services, admin: Actor,
                                                desk: Actor, usb: Path, messages: list[str]) -> None:
    from PySide6.QtWidgets import QWidget

    from ops_desktop.ui.backup_panel import BackupSchedule

    service = BackupService(services.db, services.office)
    window = QWidget()
    qtbot.addWidget(window)
    schedule = BackupSchedule(window, service, desk)  # whoever works, the program backs up
    schedule.start()
    assert schedule.job is None  # not configured yet: nothing to do
    service.configure(admin, usb, PASSPHRASE)
    job = schedule.check()
    assert job is not None
    qtbot.waitUntil(lambda: schedule.job is None, timeout=30000)
    first = set(usb.glob("*.opsbak"))
    assert len(first) == 1
    assert schedule.check() is None  # done for today
    assert schedule.at_exit() is None
    # A copy more: the rotation keeps one a day, so once the clock has passed a second the
    # daily copy gives way to the newer one; either way a new file is on the disk.
    assert set(usb.glob("*.opsbak")) - first
    usb.rename(usb.with_name("elsewhere"))
    assert schedule.at_exit() == labels.error("folder_missing")
    assert messages == []


def test_backup_list_columns_are_not_clipped(qtbot: QtBot, services: Services, admin: Actor,
                                             usb: Path) -> None:
    service = BackupService(services.db, services.office)
    service.configure(admin, usb, PASSPHRASE)
    panel = open_panel(qtbot, services, admin)
    table = child(panel, QTableView, "backup_table")
    qtbot.mouseClick(child(panel, QPushButton, "backup_now"), LEFT)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=30000)
    qtbot.waitUntil(lambda: child(panel, QPushButton, "backup_now").isEnabled())
    assert clipped_columns(table) == []


def test_restoring_another_offices_backup_asks_first(qtbot: QtBot, services: Services,
                                                     admin: Actor, usb: Path, tmp_path: Path,
                                                     messages: list[str],
                                                     dialogs: dict[str, list[str]],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses
    import datetime as dt

    from ops_desktop.services.demo import SETTINGS

    service = BackupService(services.db, services.office)
    service.configure(admin, usb, PASSPHRASE)
    service.backup_now(admin)
    other = Services.open(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        other.office.save_settings(dataclasses.replace(SETTINGS, office_name="GOPS w Dębinie"))
        later = wall_now_aware() + dt.timedelta(hours=1)
        theirs = BackupService(other.db, other.office, clock=lambda: later)
        theirs.configure(admin, usb, PASSPHRASE)
        theirs.backup_now(admin)
    finally:
        other.close()
    answers = {"other_office": False}

    def confirm(_parent: object, text: str) -> bool:
        dialogs["confirmed"].append(text)
        return answers["other_office"] if "innego ośrodka" in text else True

    monkeypatch.setattr("ops_desktop.ui.backup_panel.confirm", confirm)
    panel = open_panel(qtbot, services, admin)
    child(panel, QTableView, "backup_table").selectRow(0)  # the newest: the other office's
    qtbot.mouseClick(child(panel, QPushButton, "backup_restore"), LEFT)
    assert len(dialogs["confirmed"]) == 1 and "GOPS w Dębinie" in dialogs["confirmed"][0]
    assert dialogs["informed"] == [] and panel.isVisible()  # "no": nothing replaced
    assert services.office.settings().office_name == SETTINGS.office_name

    answers["other_office"] = True
    qtbot.mouseClick(child(panel, QPushButton, "backup_restore"), LEFT)
    qtbot.waitUntil(lambda: dialogs["informed"] != [], timeout=30000)
    assert "zastąpione" in dialogs["confirmed"][-1]
    assert messages == []
    db_file = services.db.file
    assert db_file is not None
    with sqlite3.connect(db_file) as conn:
        name = conn.execute("SELECT value FROM settings WHERE key = 'office_name'").fetchone()[0]
    conn.close()
    assert name == "GOPS w Dębinie"


def test_recovery_asks_before_restoring_another_encrypted_offices_backup(
        qtbot: QtBot, usb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged encrypted file still has its key slots beside it: they tell that the
    backup is of another office, and the dialog asks."""
    from tests.storage.encrypted_office import encrypted_office, unreadable_by_sqlite

    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    ours = encrypted_office(tmp_path / "ours" / "ops.sqlite")
    ours.services.close()
    theirs = encrypted_office(tmp_path / "theirs" / "ops.sqlite", name="GOPS w Dębinie")
    try:
        theirs.services.backups.configure(theirs.admin, usb, PASSPHRASE)
        theirs.services.backups.backup_now(theirs.admin)
    finally:
        theirs.services.close()
    data = bytearray(ours.file.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    ours.file.write_bytes(bytes(data))
    asked: list[str] = []
    answer = {"yes": False}

    def confirm(_parent: object, text: str) -> bool:
        asked.append(text)
        return answer["yes"]

    monkeypatch.setattr("ops_desktop.ui.backup_panel.confirm", confirm)
    dialog = RecoveryDialog(ours.file)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(usb))
    dialog.reload()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(child(dialog, QPushButton, "recovery_restore"), LEFT)
    assert len(asked) == 1 and "GOPS w Dębinie" in asked[0]
    assert dialog.restore_button.isEnabled() and ours.file.read_bytes() == bytes(data)
    answer["yes"] = True
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        qtbot.mouseClick(child(dialog, QPushButton, "recovery_restore"), LEFT)
    assert unreadable_by_sqlite(ours.file) and dialog.aside is not None
