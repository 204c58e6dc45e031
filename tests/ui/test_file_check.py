"""A big store is checked whole in the background; damage is told and noted for next start."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ops_desktop.services.errors import StorageEnvironmentError, StorageProblem
from ops_desktop.services.hub import Services
from ops_desktop.storage import database
from ops_desktop.storage.database import damage_note
from ops_desktop.ui.file_check import FileCheck


def _office(path: Path) -> None:
    services = Services.open(f"sqlite:///{path}")
    services.office.add_user("admin", "Admin", "", frozenset())
    services.db.checkpoint()
    services.close()
    with closing(sqlite3.connect(path)) as conn:  # a table over many pages to damage
        conn.execute("CREATE TABLE filler (x TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?)", [(f"{i:05d}" * 100,) for i in range(2000)])
        conn.execute("CREATE INDEX ix_filler ON filler (x)")
        conn.commit()


def _garble_index_pages(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_filler'"
                            ).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as f:  # the disk garbled the index's pages, not the schema
        f.seek(root * page_size + 200)  # the page after the root: a leaf of the index
        f.write(b"\xde\xad\xbe\xef" * 256)


def test_a_sound_file_passes_quietly(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    _office(path)
    services = Services.open(f"sqlite:///{path}")
    window = QWidget()
    qtbot.addWidget(window)
    check = FileCheck(window, services)
    with qtbot.waitSignal(check.checked, timeout=10_000) as signal:
        check.start()
    assert signal.args == [""]
    assert check.problem is None and not damage_note(path).exists()
    services.close()


def test_damage_found_after_start_is_told_and_the_next_start_checks_whole(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office.sqlite"
    _office(path)
    _garble_index_pages(path)
    # As if the file were a city's: the start checks only the header and the schema.
    monkeypatch.setattr(database, "FULL_CHECK_AT_START_MAX", 0)
    services = Services.open(f"sqlite:///{path}")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    window = QWidget()
    qtbot.addWidget(window)
    check = FileCheck(window, services)
    check.start()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert check.problem and "kopii zapasowej" in told[0]
    assert damage_note(path).exists()
    services.close()
    with pytest.raises(StorageEnvironmentError) as info:  # the note makes the start check whole
        Services.open(f"sqlite:///{path}")
    assert info.value.problem is StorageProblem.CORRUPT


def test_a_locked_file_is_not_reported_as_damage(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office.sqlite"
    _office(path)
    services = Services.open(f"sqlite:///{path}")

    def locked(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(database.cipher, "connect", locked)
    assert services.check_whole_file() is None and not damage_note(path).exists()
    monkeypatch.undo()
    services.close()
