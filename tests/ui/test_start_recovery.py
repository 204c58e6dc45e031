"""A damaged database at start: the program offers the newest good backup and then opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ops_desktop import app
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.backups import restore_file
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file

PASSPHRASE = "dlugie-haslo-kopii-1"


def test_a_damaged_file_is_restored_from_the_backup_and_opens(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)
    db_path = tmp_path / "office.sqlite"
    services = Services.open(f"sqlite:///{db_path}")
    roles = frozenset({Role.ADMINISTRATOR})
    admin = Actor(services.office.add_user("admin", "Admin", "", roles), "Admin", "", roles)
    folder = tmp_path / "usb"
    folder.mkdir()
    services.backups.configure(admin, folder, PASSPHRASE)
    info = services.backups.backup_now(admin)
    services.db.checkpoint()
    services.close()
    with db_path.open("r+b") as f:  # the disk garbled the file's pages after its header
        f.seek(4096)
        f.write(b"\xde\xad" * 4096)

    offered: list[Path] = []

    def choose_newest(path: Path, parent: object = None) -> bool:
        offered.append(path)
        restore_file(info.file, PASSPHRASE, path)
        return True

    monkeypatch.setattr("ops_desktop.ui.recovery.offer_restore", choose_newest)
    reopened = app.open_or_recover(str(db_path))
    assert offered == [db_path]
    assert reopened is not None
    assert [u.login for u in reopened.office.users()] == ["admin"]
    reopened.close()


@pytest.mark.parametrize(("prepare", "words"), [
    ("UPDATE alembic_version SET version_num = '0099_from_the_future'",
     "Ta baza pochodzi z nowszej wersji programu"),
    ("DROP TABLE alembic_version", "brak zapisu wersji bazy"),
    (None, "Plik bazy jest pusty (0 bajtów)"),
])
def test_a_database_the_program_cannot_use_is_said_in_words_at_start(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        prepare: str | None, words: str) -> None:
    import contextlib
    import sqlite3

    db_path = tmp_path / "office.sqlite"
    if prepare is None:
        db_path.touch()  # a copy cut off at its first byte
    else:
        Services.open(f"sqlite:///{db_path}").close()
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            conn.execute(prepare)
            conn.commit()
    said: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical",
                        lambda _parent, _title, text: said.append(text))
    assert app.open_or_recover(str(db_path)) is None
    assert len(said) == 1 and words in said[0]
