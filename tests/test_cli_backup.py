"""The administrator's backup commands: backup → verify-backup → restore, and their failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ops_desktop.__main__ import main
from ops_desktop.storage import backup_file

PASSPHRASE = "kasa pancerna 2026"


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("OPS_DESKTOP_BACKUP_PASSPHRASE", PASSPHRASE)
    return PASSPHRASE


def users(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        n = int(conn.execute("SELECT count(*) FROM users").fetchone()[0])
    conn.close()
    return n


@pytest.mark.usefixtures("passphrase")
def test_backup_verify_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, usb = tmp_path / "ops.sqlite", tmp_path / "usb"
    usb.mkdir()
    assert main(["demo", "--db", str(db), "--households", "5"]) == 0
    before = users(db)
    capsys.readouterr()

    assert main(["backup", "--db", str(db), "--to", str(usb)]) == 0
    assert "Zapisano i sprawdzono kopię" in capsys.readouterr().out
    (made,) = usb.glob("ops-backup-*.opsbak")

    assert main(["verify-backup", "--from", str(made)]) == 0
    assert "Kopia jest poprawna" in capsys.readouterr().out

    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM authorisations")
        conn.execute("DELETE FROM users WHERE login = 'jmazur'")
    conn.close()
    assert users(db) == before - 1

    assert main(["restore", "--db", str(db), "--from", str(made)]) == 0
    out = capsys.readouterr().out
    assert "Przywrócono bazę" in out and "before-restore" in out
    assert users(db) == before


def test_wrong_passphrase_and_damage_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            passphrase: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db, usb = tmp_path / "ops.sqlite", tmp_path / "usb"
    usb.mkdir()
    assert main(["demo", "--db", str(db), "--households", "3"]) == 0
    assert main(["backup", "--db", str(db), "--to", str(usb)]) == 0
    (made,) = usb.glob("*.opsbak")
    capsys.readouterr()
    monkeypatch.setenv("OPS_DESKTOP_BACKUP_PASSPHRASE", passphrase + "x")
    assert main(["verify-backup", "--from", str(made)]) == 1
    assert "Błędne hasło albo uszkodzony" in capsys.readouterr().err
    monkeypatch.setenv("OPS_DESKTOP_BACKUP_PASSPHRASE", passphrase)
    made.write_bytes(made.read_bytes()[:-10])
    assert main(["verify-backup", "--from", str(made)]) == 1
    assert "uszkodzony" in capsys.readouterr().err
    original = db.read_bytes()
    assert main(["restore", "--db", str(db), "--from", str(made)]) == 1
    assert db.read_bytes() == original


@pytest.mark.usefixtures("passphrase")
def test_commands_that_cannot_run_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(tmp_path / "none.sqlite"), "--to", str(tmp_path)]) == 2
    assert "Nie ma pliku bazy" in capsys.readouterr().err
    assert main(["verify-backup", "--from", str(tmp_path / "none.opsbak")]) == 2
    assert main(["backup", "--db", "postgresql://server/ops", "--to", str(tmp_path)]) == 2
    assert "tylko bazę SQLite" in capsys.readouterr().err


def test_passphrase_is_asked_twice_for_a_new_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("OPS_DESKTOP_BACKUP_PASSPHRASE", raising=False)
    db, usb = tmp_path / "ops.sqlite", tmp_path / "usb"
    usb.mkdir()
    assert main(["demo", "--db", str(db), "--households", "2"]) == 0
    answers = iter([PASSPHRASE, PASSPHRASE + "?"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["backup", "--db", str(db), "--to", str(usb)]) == 2
    assert "hasła się różnią" in capsys.readouterr().err and list(usb.iterdir()) == []
    answers = iter([PASSPHRASE, PASSPHRASE, PASSPHRASE])
    assert main(["backup", "--db", str(db), "--to", str(usb)]) == 0
    (made,) = usb.glob("*.opsbak")
    assert main(["verify-backup", "--from", str(made)]) == 0


def test_restoring_another_offices_backup_needs_the_flag(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], passphrase: str) -> None:
    """Each office names itself in its backups: the backup of another office replaces this
    one's database only when the command says so."""
    ours, theirs, usb = tmp_path / "ops.sqlite", tmp_path / "inny.sqlite", tmp_path / "usb"
    usb.mkdir()
    assert main(["demo", "--db", str(ours), "--households", "2"]) == 0
    assert main(["demo", "--db", str(theirs), "--households", "6"]) == 0
    assert main(["backup", "--db", str(ours), "--to", str(usb)]) == 0
    assert main(["backup", "--db", str(theirs), "--to", str(usb)]) == 0
    capsys.readouterr()
    (their_backup,) = [f for f in usb.glob("ops-backup-*.opsbak")
                       if f.stat().st_mtime == max(g.stat().st_mtime for g in usb.iterdir())]
    before = users(ours)

    assert main(["restore", "--db", str(ours), "--from", str(their_backup)]) == 1
    assert "innego ośrodka" in capsys.readouterr().err
    assert users(ours) == before

    assert main(["restore", "--db", str(ours), "--from", str(their_backup),
                 "--inny-osrodek"]) == 0
    assert "Przywrócono bazę" in capsys.readouterr().out
