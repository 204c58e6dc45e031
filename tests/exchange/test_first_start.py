"""Joining at the program's first start, into the empty store the program already opened,
and sharing from inside the running program (the administrator's panel)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.exchange import BundleError, ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file
from tests.services.helpers import person

PASSWORD = "Kasztanowa-7-aleja"


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)


@pytest.fixture
def first(tmp_path: Path) -> tuple[Services, Actor]:
    """The first PC, open as the program holds it, with its administrator."""
    services = Services.open(f"sqlite:///{tmp_path / 'pc1.sqlite'}")
    admin = services.accounts.set_up_office(
        SETTINGS, NewAccount("admin", "Robert Krawczyk", "informatyk", PASSWORD)).actor
    yield services, admin
    services.close()


def test_sharing_from_the_running_program_captures_its_next_changes(
        first: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = first
    desk = Actor(services.office.add_user("desk", "Anna Nowicka", "", frozenset(
        {Role.FIRST_CONTACT})), "Anna Nowicka", "", frozenset({Role.FIRST_CONTACT}))
    services.persons.search(desk, "Kowalski")  # the program's pool holds a connection
    (tmp_path / "wymiana").mkdir()
    with pytest.raises(PermissionDenied):
        services.exchange.share(tmp_path / "wymiana", "Sekretariat", tmp_path / "z.opsbak", desk)
    services.exchange.share(tmp_path / "wymiana", "Sekretariat", tmp_path / "z.opsbak", admin)
    before = services.exchange.status()
    assert before is not None
    services.persons.register_household(desk, person(), [])
    after = services.exchange.status()
    assert after is not None and after.waiting > before.waiting  # the same engine captures


def test_joining_at_first_start_replaces_the_empty_store_and_keeps_it_on_a_wrong_code(
        first: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = first
    (tmp_path / "wymiana").mkdir()
    code = services.exchange.share(tmp_path / "wymiana", "Sekretariat",
                                   tmp_path / "z.opsbak", admin)
    path = tmp_path / "pc2" / "ops.sqlite"
    path.parent.mkdir()
    empty = Services.open(f"sqlite:///{path}")  # what app.py opened before the wizard
    assert empty.accounts.needs_setup()
    with pytest.raises(BundleError) as wrong:
        ExchangeService.join_in_place(empty.db, tmp_path / "z.opsbak", "AAAAA-BBBBB-CCCCC-DDDDD",
                                      "Laptop")
    assert wrong.value.code == "wrong_passphrase"
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))
                  ) == ["ops.sqlite"]
    assert empty.accounts.needs_setup()  # the first start goes on as it was
    joined = ExchangeService.join_in_place(empty.db, tmp_path / "z.opsbak", code, "Laptop")
    try:
        assert joined.db.file == path
        status = joined.status()
        assert status is not None and status.member_code == 2 and status.member_name == "Laptop"
        again = Services.over(joined.db)
        assert again.accounts.sign_in("admin", PASSWORD).actor.user_id == admin.user_id
        assert sorted(p.name for p in path.parent.iterdir()
                      if not p.name.endswith(("-wal", "-shm"))) == ["ops.sqlite"]
        # A store somebody already works in is never replaced.
        with pytest.raises(BundleError) as worked_in:
            ExchangeService.join_in_place(joined.db, tmp_path / "z.opsbak", code, "Drugi")
        assert worked_in.value.code == "database_exists"
    finally:
        joined.close()
