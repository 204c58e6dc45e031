"""An adversary at the command line of an encrypted office: the PC's keyring slot and a
colleague's own password do not reset the administrator's password, and moving the office
"to a server" does not write it out as a plain SQLite file."""

from __future__ import annotations

import contextlib
import io

from pathlib import Path

import pytest

from ops_desktop.__main__ import main
from ops_desktop.cli.unlock import RECOVERY_ENV
from ops_desktop.services import store_access
from ops_desktop.services.demo import DEMO_PASSWORD
from ops_desktop.storage import cipher
from tests.test_cli_encrypted import (
    ADMIN,
    WORKER,
    MemoryKeyring,
    _signed_in_as,
    demo_file,
    memory_keyring,
    office,
)

__all__ = ["demo_file", "memory_keyring", "office"]

NEW_PASSWORD = "przejete-haslo-admina"


def _admin_password_still_opens(office: Path) -> bool:
    try:
        store_access.unlock_with_password(f"sqlite:///{office}", ADMIN, DEMO_PASSWORD)
    except store_access.UnlockRefused:
        return False
    return True


def test_the_keyring_slot_does_not_reset_the_administrator_s_password(
        office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        memory_keyring: MemoryKeyring) -> None:
    """The slot bound for unattended backups opens the store for whatever runs under the
    PC's account: it must not set a password on the only administrator's account (which
    keeps its role after a reset) – the keyring never proves an administrator (cli/keys.py)."""
    _signed_in_as(monkeypatch, ADMIN)
    assert main(["keyring", "bind", "--db", str(office)]) == 0
    monkeypatch.delenv("OPS_DESKTOP_LOGIN")
    monkeypatch.delenv("OPS_DESKTOP_PASSWORD")
    capsys.readouterr()
    monkeypatch.setenv("OPS_DESKTOP_NEW_PASSWORD", NEW_PASSWORD)
    assert main(["reset-password", "--db", str(office), "--login", ADMIN]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert _admin_password_still_opens(office)


def test_a_colleague_s_own_password_does_not_reset_the_administrator_s(
        office: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _signed_in_as(monkeypatch, WORKER)  # first contact: no account management
    monkeypatch.setenv("OPS_DESKTOP_NEW_PASSWORD", NEW_PASSWORD)
    assert main(["reset-password", "--db", str(office), "--login", ADMIN]) == 2
    assert "administrator" in capsys.readouterr().err
    assert _admin_password_still_opens(office)


def test_the_recovery_key_still_resets_it(
        office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{office}"
    recovery = store_access.add_recovery_key(
        url, store_access.unlock_with_password(url, ADMIN, DEMO_PASSWORD))
    monkeypatch.setenv(RECOVERY_ENV, recovery)
    monkeypatch.setenv("OPS_DESKTOP_NEW_PASSWORD", NEW_PASSWORD)
    assert main(["reset-password", "--db", str(office), "--login", ADMIN]) == 0
    assert store_access.unlock_with_password(url, ADMIN, NEW_PASSWORD)


def test_moving_an_encrypted_office_to_a_sqlite_file_is_refused(
        office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """move-to-server is for PostgreSQL; given a SQLite URL it wrote every person of the
    encrypted office into a new plain file any SQLite tool reads."""
    _signed_in_as(monkeypatch, ADMIN)
    target = tmp_path / "server.db"
    assert main(["move-to-server", "--db", str(office), "--to", f"sqlite:///{target}"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err
    assert not target.exists() or not cipher.is_plain(target)


def test_simulate_does_not_work_in_a_real_office_s_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring) -> None:
    """`simulate` acts as the office's staff through the services without anyone signing
    in: opened by the PC's keyring slot (or any colleague's password) on a real office, it
    registered invented persons and signed decisions in the head's name. It works only on
    a demo office."""
    from tests.storage.encrypted_office import ADMIN_PASSWORD, encrypted_office

    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    real = encrypted_office(tmp_path / "ops.sqlite")
    real.services.close()
    _signed_in_as(monkeypatch, "admin", ADMIN_PASSWORD)
    assert main(["keyring", "bind", "--db", str(real.file)]) == 0
    for name in ("OPS_DESKTOP_LOGIN", "OPS_DESKTOP_PASSWORD"):
        monkeypatch.delenv(name)
    assert main(["simulate", "--db", str(real.file), "--actions", "5", "--work",
                 "register"]) == 2
    assert "demonstracyjn" in capsys.readouterr().err
    with contextlib.closing(cipher.connect(real.file, real.key)) as conn:
        assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 1
