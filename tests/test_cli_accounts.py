"""The way back in for an office whose only administrator forgot the password."""

from __future__ import annotations

from pathlib import Path

import pytest

from ops_desktop.__main__ import main
from ops_desktop.domain.errors import SignInRefused
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services


def test_reset_password_from_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.sqlite"
    services = Services.open(f"sqlite:///{db}")
    services.accounts.set_up_office(SETTINGS, NewAccount("admin", "Robert Krawczyk", "",
                                                         "Zapomniane-haslo-1"))
    for _ in range(5):
        with pytest.raises(SignInRefused):
            services.accounts.sign_in("admin", "nie-pamietam-1")
    services.close()

    monkeypatch.setenv("OPS_DESKTOP_NEW_PASSWORD", "krotkie")
    assert main(["reset-password", "--db", str(db), "--login", "admin"]) == 1
    monkeypatch.setenv("OPS_DESKTOP_NEW_PASSWORD", "Tymczasowe-haslo-2")
    assert main(["reset-password", "--db", str(db), "--login", "nikt"]) == 1
    assert main(["reset-password", "--db", str(db), "--login", "admin"]) == 0
    assert "tymczasowe hasło dla admin" in capsys.readouterr().out

    services = Services.open(f"sqlite:///{db}")
    signed = services.accounts.sign_in("admin", "Tymczasowe-haslo-2")  # the lock is lifted too
    assert signed.must_change_password
    services.close()
