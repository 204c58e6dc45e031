"""Sharing and joining an office encrypted at rest: the invitation carries the office's key
sealed by its code, the joined PC's file is encrypted with it and opened by the office's
own passwords."""

from __future__ import annotations

from pathlib import Path

import pytest

from ops_desktop.services import store_access
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file
from ops_desktop.storage.key_slots import slots_file
from tests.server_db import sqlite_file
from tests.storage.encrypted_office import (
    ADMIN_PASSWORD,
    SURNAME,
    Office,
    encrypted,  # noqa: F401  (the fixture)
    unreadable_by_sqlite,
)

pytestmark = sqlite_file("encryption at rest is of the SQLite file")


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)


def _share(office: Office, tmp_path: Path) -> tuple[Path, str]:
    (tmp_path / "wymiana").mkdir()
    invitation = tmp_path / "zaproszenie.opsbak"
    code = office.services.exchange.share(tmp_path / "wymiana", "Sekretariat", invitation,
                                          office.admin)
    assert SURNAME.encode() not in invitation.read_bytes()
    return invitation, code


def test_joining_an_encrypted_office_gives_an_encrypted_member_file(encrypted: Office,
                                                                    tmp_path: Path) -> None:
    invitation, code = _share(encrypted, tmp_path)
    member_file = tmp_path / "pc2" / "ops.sqlite"
    member_file.parent.mkdir()
    joined = ExchangeService.join(invitation, code, member_file, "Laptop")
    try:
        assert joined.db.key == encrypted.key
        status = joined.status()
        assert status is not None and status.member_code == 2
    finally:
        joined.close()
    assert unreadable_by_sqlite(member_file)
    url = f"sqlite:///{member_file}"
    key = store_access.unlock_with_password(url, "admin", ADMIN_PASSWORD)
    member = Services.open(url, key)
    try:
        assert member.accounts.sign_in("admin", ADMIN_PASSWORD).actor.user_id == \
            encrypted.admin.user_id
        assert ExchangeService(member.db).is_member()
    finally:
        member.close()


def test_joining_at_first_start_replaces_the_empty_encrypted_store_and_its_slots(
        encrypted: Office, tmp_path: Path) -> None:
    invitation, code = _share(encrypted, tmp_path)
    path = tmp_path / "pc2" / "ops.sqlite"
    path.parent.mkdir()
    url = f"sqlite:///{path}"
    empty = Services.open(url, store_access.new_office_key(url))  # the first start's store
    assert empty.accounts.needs_setup() and slots_file(path).exists()
    joined = ExchangeService.join_in_place(empty.db, invitation, code, "Laptop")
    try:
        assert joined.db.file == path and joined.db.key == encrypted.key
        again = Services.over(joined.db)
        assert again.accounts.sign_in("admin", ADMIN_PASSWORD).actor.user_id == \
            encrypted.admin.user_id
    finally:
        joined.close()
    assert unreadable_by_sqlite(path)
    assert store_access.unlock_with_password(url, "admin", ADMIN_PASSWORD) == encrypted.key
    # Nothing of the join left behind: the store, its slots and the slots' lock file (the
    # sign-in above settled the administrator's slot under it).
    assert sorted(p.name for p in path.parent.iterdir()
                  if not p.name.endswith(("-wal", "-shm"))) == \
        ["ops.sqlite", "ops.sqlite.keys", "ops.sqlite.keys.lock"]


def test_the_pcs_of_one_office_name_the_same_office_in_their_backups(
        two_pcs: tuple[Services, Services]) -> None:
    """Shared after the id was made, every PC has it from the invitation; an office shared
    by an older program (no id yet) makes it from the office's exchange id on every PC."""
    from sqlalchemy import text

    from ops_desktop.storage.backup_settings import ensure_office_id

    first, second = two_pcs
    ids = []
    for pc in (first, second):
        with pc.db.session() as s:
            ids.append(ensure_office_id(s))
    assert ids[0] == ids[1]
    for pc in (first, second):  # as an older program left them
        with pc.db.session() as s:
            s.execute(text("DELETE FROM settings WHERE key = 'office_id'"))
    again = []
    for pc in (first, second):
        with pc.db.session() as s:
            again.append(ensure_office_id(s))
    assert again[0] == again[1] and again[0] != ""


def test_the_joining_pc_keeps_the_office_s_password_and_recovery_slots_not_its_keyring_slot(
        encrypted: Office, tmp_path: Path) -> None:
    """A system slot is bound to one PC's account and keyring (storage/key_slots.py): the
    sharing PC's does not stay in the joined PC's file; the password slots and the recovery
    slot do (the same key opens both files)."""
    from ops_desktop.storage.key_slots import SYSTEM, KeySlots

    slots = KeySlots.load(encrypted.file)
    slots.set_system(encrypted.key, "SEKRETARIAT\\kasia", b"k" * 32)
    slots.save()
    invitation, code = _share(encrypted, tmp_path)
    member_file = tmp_path / "pc2" / "ops.sqlite"
    member_file.parent.mkdir()
    ExchangeService.join(invitation, code, member_file, "Laptop").close()
    joined = KeySlots.load(member_file)
    assert [s for s in joined.slots if s["kind"] == SYSTEM] == []
    assert joined.has_recovery() and "admin" in joined.logins()
    assert KeySlots.load(encrypted.file).has_system("SEKRETARIAT\\kasia")  # PC 1's own
