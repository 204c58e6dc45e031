"""A database the program cannot use is refused in words by every way in: the window at
start, `backup`, `reset-password`, `print` – never Alembic's or SQLite's traceback, and
the file is left as it was (issue 11, item 6)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from ops_desktop.__main__ import main
from ops_desktop.services.errors import StorageEnvironmentError, StorageProblem
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file

NEWER = "ta baza pochodzi z nowszej wersji programu"


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)
    monkeypatch.setenv("OPS_DESKTOP_BACKUP_PASSPHRASE", "kasa pancerna 2026")
    monkeypatch.setenv("OPS_DESKTOP_NEW_PASSWORD", "nowe-haslo-2026")


def office(tmp_path: Path) -> Path:
    db = tmp_path / "office.sqlite"
    Services.open(f"sqlite:///{db}").close()
    return db


def sql(db: Path, statement: str) -> None:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute(statement)
        conn.commit()


def newer_office(tmp_path: Path) -> Path:
    db = office(tmp_path)
    sql(db, "UPDATE alembic_version SET version_num = '0099_from_the_future'")
    return db


def test_a_newer_programs_database_is_refused_at_open_and_left_as_it_was(tmp_path: Path) -> None:
    db = newer_office(tmp_path)
    before = db.read_bytes()
    with pytest.raises(StorageEnvironmentError) as refused:
        Services.open(f"sqlite:///{db}")
    assert refused.value.problem is StorageProblem.NEWER_SCHEMA
    assert db.read_bytes() == before and not list(tmp_path.glob("office.before-*"))


@pytest.mark.parametrize("command", [
    ["backup", "--to", "{usb}"],
    ["reset-password", "--login", "admin"],
    ["print", "decisions", "--out", "{usb}"],
])
def test_each_command_says_a_newer_programs_database_in_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    db = newer_office(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    args = [a.format(usb=usb) for a in command] + ["--db", str(db)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert NEWER in err.lower() and "Traceback" not in err and "Can't locate" not in err
    assert list(usb.iterdir()) == []  # no backup written, nothing printed


def test_a_database_with_tables_but_no_version_is_refused_in_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = office(tmp_path)
    sql(db, "DROP TABLE alembic_version")
    with pytest.raises(StorageEnvironmentError) as refused:
        Services.open(f"sqlite:///{db}")
    assert refused.value.problem is StorageProblem.NO_SCHEMA_VERSION
    assert main(["reset-password", "--db", str(db), "--login", "admin"]) == 2
    err = capsys.readouterr().err
    assert "brak zapisu wersji bazy" in err and "already exists" not in err


def test_an_empty_file_is_refused_not_made_into_an_office(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.sqlite"
    db.touch()
    with pytest.raises(StorageEnvironmentError) as refused:
        Services.open(f"sqlite:///{db}")
    assert refused.value.problem is StorageProblem.EMPTY_FILE
    assert db.stat().st_size == 0
    assert main(["demo", "--db", str(db), "--households", "1"]) == 2
    assert "pusty (0 bajtów)" in capsys.readouterr().err
    assert db.stat().st_size == 0


def test_restoring_over_a_database_in_use_is_said_in_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = office(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", "--db", str(db), "--to", str(usb)]) == 0
    [made] = usb.glob("*.opsbak")
    capsys.readouterr()
    with contextlib.closing(sqlite3.connect(db)) as other:
        other.execute("SELECT count(*) FROM users").fetchone()
        assert main(["restore", "--db", str(db), "--from", str(made)]) == 1
    err = capsys.readouterr().err
    assert "Baza jest otwarta" in err and "database_in_use" not in err
