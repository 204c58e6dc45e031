"""The key slot as it travels on an account: what a PC accepts into its slot file, who may
write it (exchange/rules.py), and the file made to match the accounts at start."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from ops_desktop.exchange.rules import BAD_KEY_SLOT, refusal
from ops_desktop.services.hub import Services
from ops_desktop.storage import cipher
from ops_desktop.storage.key_slots import (
    KeySlots,
    accept_travelling,
    sane_travelling,
    slots_file,
)
from ops_desktop.storage.replica import UPDATE, Incoming, Target
from tests.server_db import sqlite_file
from tests.storage.encrypted_office import (
    Office,
    encrypted,  # noqa: F401  (the fixture)
)

PASSWORD = "Bursztynowa-12-droga"


def _travelling(tmp_path: Path, login: str, key: bytes, m: int | None = None) -> str:
    slots = KeySlots.new(tmp_path / "scratch", key)
    slots.add_password(key, login, PASSWORD)
    text = slots.travelling(login)
    assert text is not None
    if m is None:
        return text
    slot = json.loads(text)
    slot["kdf"]["m"] = m
    return json.dumps(slot)


def test_a_travelling_slot_opens_with_its_password_only_for_its_login_and_key(
        tmp_path: Path) -> None:
    key = cipher.new_key()
    text = _travelling(tmp_path, "Desk", key)
    assert PASSWORD not in text and key.hex() not in text
    here = KeySlots.new(tmp_path / "ops.sqlite", key)
    slot = accept_travelling(text, "desk", here.check)
    assert slot is not None and here.put_password("desk", slot)
    assert here.unlock_password("desk", PASSWORD) == key
    assert not here.put_password("desk", slot)  # already so: nothing to write
    assert accept_travelling(text, "admin", here.check) is None  # names another login
    other = KeySlots.new(tmp_path / "other.sqlite", cipher.new_key())
    assert accept_travelling(text, "desk", other.check) is None  # wraps another key


@pytest.mark.parametrize("m", [4 * 1024 * 1024, 512 * 1024, 7])
def test_a_slot_asking_argon2_for_more_memory_than_the_program_writes_is_not_sane(
        tmp_path: Path, m: int) -> None:
    key = cipher.new_key()
    assert sane_travelling(_travelling(tmp_path, "desk", key))
    text = _travelling(tmp_path, "desk", key, m)
    assert not sane_travelling(text)
    assert accept_travelling(text, "desk", KeySlots.new(tmp_path / "x", key).check) is None


@pytest.mark.parametrize("text", ["", "[]", "{}", '{"kind": "password"}', "x" * 5000, None, 7])
def test_what_is_not_a_slot_is_not_sane(text: object) -> None:
    assert not sane_travelling(text)


def _change(author: uuid.UUID, row: uuid.UUID, fields: dict[str, object]) -> Incoming:
    return Incoming("pc1", 1, "0000000000001-0000-pc1", "users", str(row), UPDATE, fields,
                    author=str(author))


def test_only_the_person_or_an_administrator_writes_a_key_slot(tmp_path: Path) -> None:
    me, other = uuid.uuid4(), uuid.uuid4()
    slot = _travelling(tmp_path, "desk", cipher.new_key())
    row = Target(exists=True)
    # One's own new password and its slot, as a change of password sends them.
    own = {"password_hash": "$argon2id$...", "password_slot": slot}
    assert refusal(_change(me, me, own), row, True, "first_contact") is None
    assert refusal(_change(me, other, {"password_slot": slot}), row, True,
                   "administrator") is None
    assert refusal(_change(me, other, {"password_slot": None, "active": False}), row, True,
                   "administrator") is None
    # The head writes another's roles (confirming a grant), never their slot.
    assert refusal(_change(me, other, {"roles": "benefits"}), row, True, "coordinator") is None
    assert refusal(_change(me, other, {"password_slot": slot}), row, True,
                   "coordinator") == "not_permitted"
    assert refusal(_change(me, other, {"password_slot": slot}), row, True,
                   "first_contact") == "not_permitted"


def test_a_slot_out_of_bounds_is_refused_whoever_writes_it(tmp_path: Path) -> None:
    me = uuid.uuid4()
    greedy = _travelling(tmp_path, "admin", cipher.new_key(), 4 * 1024 * 1024)
    for roles in ("administrator", "first_contact"):
        assert refusal(_change(me, me, {"password_slot": greedy}), Target(exists=True), True,
                       roles) == BAD_KEY_SLOT


@sqlite_file("key slots are those of an encrypted SQLite file")
def test_a_slot_the_store_holds_and_the_file_lacks_is_written_at_start(
        encrypted: Office) -> None:
    """The program stopped between a round that brought a password and the write of the slot
    file (or the file was copied from before): the next start writes it."""
    from ops_desktop.services import store_access

    desk = next(a for a in encrypted.services.accounts.accounts(encrypted.admin)
                if a.login == "desk")
    encrypted.services.accounts.reset_password(encrypted.admin, desk.id, PASSWORD)
    slots = KeySlots.load(encrypted.file)
    slots.remove_login("desk")
    slots.save()
    encrypted.services.close()
    with pytest.raises(store_access.UnlockRefused):
        store_access.unlock_with_password(encrypted.url, "desk", PASSWORD)
    Services.open(encrypted.url, encrypted.key).close()
    assert store_access.unlock_with_password(encrypted.url, "desk", PASSWORD) == encrypted.key
    assert json.loads(slots_file(encrypted.file).read_text())["slots"]


@sqlite_file("key slots are those of an encrypted SQLite file")
def test_an_account_from_before_slots_travelled_gets_its_slot_at_its_next_sign_in(
        encrypted: Office) -> None:
    """Its slot here goes onto the account at the next sign-in, so the office's other PCs
    get it without waiting for a change of password."""
    from ops_desktop.storage import account_queries

    def travelling() -> str | None:
        with encrypted.services.db.session() as s:
            row = account_queries.user_by_login(s, "admin")
            assert row is not None
            return row.password_slot

    assert travelling() is not None  # set up now: its slot is on the account already
    with encrypted.services.db.session() as s:  # as an account from an older program
        row = account_queries.user_by_login(s, "admin")
        assert row is not None
        row.password_slot = None
    encrypted.services.accounts.sign_in("admin", "Kasztanowa-7-aleja")
    text = travelling()
    slot = accept_travelling(text, "admin", KeySlots.load(encrypted.file).check)
    assert slot is not None and slot in KeySlots.load(encrypted.file).slots
