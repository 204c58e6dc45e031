"""An adversary's look at encryption at rest, on real files: what a switched-off colleague's
password still opens, what an unknown login gives away at the unlock, what a plain office's
conversion leaves on the disk, and a new office whose set-up was never finished."""

from __future__ import annotations

import threading
from contextlib import closing
from pathlib import Path

import pytest

from ops_desktop.domain.vocabulary import Role
from ops_desktop.services import store_access, unlock_failures
from ops_desktop.services.accounts import NewAccount, SignedIn
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.storage import cipher
from ops_desktop.storage import key_slots
from ops_desktop.storage.database import backup_before_migration
from ops_desktop.storage.key_slots import slots_file
from tests.storage.encrypted_office import Office, encrypted, unreadable_by_sqlite

__all__ = ["encrypted"]

WORKER_PASSWORD = "Tymczasowe-haslo-9"


def _worker(office: Office) -> NewAccount:
    return NewAccount("kwisniewska", "Katarzyna Wiśniewska", "pracownik socjalny",
                      WORKER_PASSWORD, frozenset({Role.FIRST_CONTACT}))


def test_a_switched_off_colleague_s_password_no_longer_opens_the_file(
        encrypted: Office) -> None:
    """A colleague who left keeps their password: once the administrator switched the
    account off, it must not unwrap the database key from the slot file any more (the file
    or a laptop taken later would otherwise open with it, outside the program's sign-in)."""
    accounts = encrypted.services.accounts
    worker_id = accounts.create_account(encrypted.admin, _worker(encrypted))
    assert store_access.unlock_with_password(encrypted.url, "kwisniewska", WORKER_PASSWORD)
    accounts.update_account(encrypted.admin, worker_id, "Katarzyna Wiśniewska",
                            "pracownik socjalny", frozenset({Role.FIRST_CONTACT}), active=False)
    with pytest.raises(store_access.UnlockRefused):
        store_access.unlock_with_password(encrypted.url, "kwisniewska", WORKER_PASSWORD)
    # The administrator's own slot is untouched.
    assert store_access.unlock_with_password(encrypted.url, "admin", "Kasztanowa-7-aleja") \
        == encrypted.key


def test_an_unknown_login_costs_the_unlock_what_a_known_one_costs(
        encrypted: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    """The unlock answers a wrong password and an unknown login alike, and in the same
    time: one Argon2 derivation each, so the delay does not tell which logins exist."""
    calls: list[str] = []
    real = key_slots._argon2

    def counted(password: str, *args: object) -> bytes:
        calls.append(password)
        return real(password, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(key_slots, "_argon2", counted)
    for login in ("admin", "nikt-taki"):
        calls.clear()
        with pytest.raises(store_access.UnlockRefused) as refused:
            store_access.unlock_with_password(encrypted.url, login, "zle-haslo-123")
        assert refused.value.code == "bad_credentials"
        assert len(calls) == 1, login


def test_converting_a_plain_office_leaves_no_plain_copy_of_it_beside_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy an upgrade made of the plain file (`ops.before-<rev>.sqlite`) holds the same
    persons: once the office is encrypted it must not stay readable beside it."""
    path = tmp_path / "ops.sqlite"
    url = f"sqlite:///{path}"
    services = Services.open(url)  # the test flag is still set: a plain office
    services.accounts.set_up_office(
        SETTINGS,
        NewAccount("admin", "Robert Krawczyk", "informatyk", "Kasztanowa-7-aleja"))
    services.close()
    aside = backup_before_migration(path, "0001", None)  # as an upgrade before conversion
    assert aside is not None and not unreadable_by_sqlite(aside)
    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    key, _recovery = store_access.convert_plain_file(path, "admin", "Kasztanowa-7-aleja")
    assert unreadable_by_sqlite(path)
    plain_left = [p.name for p in tmp_path.iterdir()
                  if p.is_file() and p.read_bytes()[:16] == b"SQLite format 3\x00"]
    assert plain_left == []
    # The copy is kept, encrypted with the office's key (the same slots open it).
    with closing(cipher.connect(aside, key)) as c:
        assert c.execute("SELECT count(*) FROM users").fetchone()[0] == 1


def test_a_new_office_left_before_its_set_up_can_be_set_up_at_the_next_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    path = tmp_path / "ops.sqlite"
    url = f"sqlite:///{path}"
    key = store_access.new_office_key(url)  # app.open_office at the first start
    services = Services.open(url, key)
    assert services.accounts.needs_setup()
    services.close()  # the person closed the set-up wizard
    assert slots_file(path).exists()
    # Nobody can unlock it: the next start must offer the set-up again.
    assert store_access.kind_of(url) is store_access.StoreKind.NEW
    again = store_access.new_office_key(url)
    assert again is not None and again != key
    services = Services.open(url, again)
    assert services.accounts.needs_setup()
    services.close()



def test_converting_while_another_program_has_the_plain_file_open_loses_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program on the PC (a second window, a scheduled `sync`) still has the plain
    file open: what it commits after the encrypted copy was made went into the replaced
    file, silently. The conversion is refused instead, and the file stays as it was."""
    path = tmp_path / "ops.sqlite"
    services = Services.open(f"sqlite:///{path}")
    services.accounts.set_up_office(
        SETTINGS, NewAccount("admin", "Robert Krawczyk", "informatyk", "Kasztanowa-7-aleja"))
    other = Services.open(f"sqlite:///{path}")  # the other program
    services.close()
    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    try:
        with pytest.raises(Exception, match="database_in_use"):
            store_access.convert_plain_file(path, "admin", "Kasztanowa-7-aleja")
        other.office.put_setting("office_phone", "81 000 00 00")
    finally:
        other.close()
    assert cipher.is_plain(path) and not slots_file(path).exists()
    with closing(cipher.connect(path, None)) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'office_phone'"
                            ).fetchone() == ("81 000 00 00",)


def test_two_programs_writing_slots_at_once_keep_both(
        encrypted: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    from ops_desktop.services.key_upkeep import KeyUpkeep

    other = Services.open(encrypted.url, encrypted.key)  # the other program on this PC
    real_save = key_slots.KeySlots.save
    workers: list[threading.Thread] = []

    def racing_save(self: key_slots.KeySlots) -> None:
        if not workers:  # the other program writes its slot between our load and our save
            workers.append(threading.Thread(
                target=KeyUpkeep(other.db).settle, args=("desk", "Haslo-z-drugiego-1")))
            workers[0].start()
            # Unlocked, the other program is done long before this (one Argon2); locked, it
            # waits for our save and the join gives up.
            workers[0].join(timeout=5)
        real_save(self)

    monkeypatch.setattr(key_slots.KeySlots, "save", racing_save)
    try:
        KeyUpkeep(encrypted.services.db).settle("admin", "Nowe-haslo-admina-2")
        workers[0].join(timeout=60)  # the other program, let in once our save is done
        assert not workers[0].is_alive()
    finally:
        other.close()
    slots = key_slots.KeySlots.load(encrypted.file)
    assert slots.unlock_password("desk", "Haslo-z-drugiego-1") == encrypted.key
    assert slots.unlock_password("admin", "Nowe-haslo-admina-2") == encrypted.key


def test_wrong_passwords_at_the_locked_sign_in_are_counted_and_logged(
        encrypted: Office) -> None:
    encrypted.services.close()
    for _ in range(4):
        with pytest.raises(store_access.UnlockRefused) as refused:
            store_access.unlock_with_password(encrypted.url, "admin", "zgadywane-haslo-1")
        assert refused.value.code == "bad_credentials"
    key = store_access.unlock_with_password(encrypted.url, "admin", "Kasztanowa-7-aleja")
    reopened = Services.open(encrypted.url, key)
    try:
        with closing(cipher.connect(encrypted.file, key)) as conn:
            failed = conn.execute("SELECT count(*) FROM audit_log "
                                  "WHERE action = 'sign_in_failed'").fetchone()[0]
    finally:
        reopened.close()
    assert failed == 4
    assert not unlock_failures.notes_file(encrypted.file).exists()  # moved into the log


def test_five_wrong_passwords_at_the_locked_sign_in_lock_the_login(encrypted: Office) -> None:
    """As at a plain sign-in: the fifth wrong password in a row locks the login, and the
    lock is said only to whoever then types the right one (to anyone else, and for a login
    that does not exist, it is the same "wrong login or password")."""
    encrypted.services.close()
    for login in ("admin", "nikt-taki"):
        for _ in range(5):
            with pytest.raises(store_access.UnlockRefused) as refused:
                store_access.unlock_with_password(encrypted.url, login, "zgadywane-haslo-1")
            assert refused.value.code == "bad_credentials"
    with pytest.raises(store_access.UnlockRefused) as refused:
        store_access.unlock_with_password(encrypted.url, "admin", "Kasztanowa-7-aleja")
    assert refused.value.code == "account_locked"
    # Another login is not locked by them.
    assert unlock_failures.locked_until(encrypted.file, "desk") is None


def test_a_backup_without_its_passphrase_gives_no_way_to_try_passwords(
        encrypted: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup's header is read without the passphrase: the office's key slots are sealed
    in it (format 3), so whoever finds the USB stick has no slot to try passwords against."""
    from ops_desktop.storage import backup, backup_file

    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)
    usb = tmp_path / "usb"
    usb.mkdir()
    encrypted.services.backups.configure(encrypted.admin, usb, "sejf w pokoju 12")
    info = encrypted.services.backups.backup_now(encrypted.admin)
    with info.file.open("rb") as f:
        header = backup.read_header(f)  # no passphrase needed
    stolen = key_slots.KeySlots(encrypted.file.with_name("x.keys"),
                                str((header.key_slots or {}).get("key_check", "")),
                                list((header.key_slots or {}).get("slots", [])))
    assert stolen.unlock_password("admin", "Kasztanowa-7-aleja") is None


def plain_office_and_a_new_pc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                              ) -> tuple[SignedIn, Path, str, Path, str, Services]:
    """A still-plain office shared from PC 1; PC 2's first start with its empty encrypted
    store: (PC 1's administrator, invitation, code, PC 2's file, its URL, the empty store)."""
    from ops_desktop.storage import backup_file

    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**8)
    first = Services.open(f"sqlite:///{tmp_path / 'pc1.sqlite'}")  # plain: before conversion
    admin = first.accounts.set_up_office(
        SETTINGS, NewAccount("admin", "Robert Krawczyk", "informatyk", "Kasztanowa-7-aleja"))
    (tmp_path / "wymiana").mkdir()
    invitation = tmp_path / "zaproszenie.opsbak"
    code = first.exchange.share(tmp_path / "wymiana", "Sekretariat", invitation, admin.actor)
    first.close()
    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    path = tmp_path / "pc2" / "ops.sqlite"
    path.parent.mkdir()
    url = f"sqlite:///{path}"
    return admin, invitation, code, path, url, Services.open(url, store_access.new_office_key(url))


def test_joining_a_plain_office_at_first_start_keeps_the_new_pc_s_file_encrypted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ops_desktop.services.exchange import ExchangeService
    admin, invitation, code, path, url, empty = plain_office_and_a_new_pc(tmp_path, monkeypatch)
    joined = ExchangeService.join_in_place(empty.db, invitation, code, "Laptop")
    try:
        # Open with the new PC's key while the program runs: the first sign-in here gives
        # the administrator a slot, as after a conversion.
        again = Services.over(joined.db)
        assert again.accounts.sign_in("admin", "Kasztanowa-7-aleja").actor.user_id == \
            admin.actor.user_id
    finally:
        joined.close()
    assert not cipher.is_plain(path)
    key = store_access.unlock_with_password(url, "admin", "Kasztanowa-7-aleja")
    reopened = Services.open(url, key)
    try:
        assert ExchangeService(reopened.db).is_member()
    finally:
        reopened.close()


def test_a_pc_that_joined_a_plain_office_opens_after_closing_before_any_other_sign_in(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The person joining signs in with the join: their slot is written with the encrypted
    copy, so the program closed at once leaves a file their password opens. Before, the file
    had no slot at all, and the next start took it for a set-up never finished and made a new
    empty one in its place. A wrong password leaves the first start as it was."""
    from ops_desktop.domain.errors import SignInRefused
    from ops_desktop.services.exchange import ExchangeService
    admin, invitation, code, path, url, empty = plain_office_and_a_new_pc(tmp_path, monkeypatch)
    with pytest.raises(SignInRefused):
        ExchangeService.join_in_place(empty.db, invitation, code, "Laptop",
                                      login="admin", password="nie-to-haslo")
    assert empty.accounts.needs_setup()
    assert sorted(p.name for p in path.parent.iterdir() if "joining" in p.name) == []
    joined = ExchangeService.join_in_place(empty.db, invitation, code, "Laptop",
                                           login="admin", password="Kasztanowa-7-aleja")
    assert joined.joined_as is not None
    assert joined.joined_as.actor.user_id == admin.actor.user_id
    joined.close()  # closed before anyone else signs in
    assert not cipher.is_plain(path)
    assert store_access.kind_of(url) is store_access.StoreKind.ENCRYPTED  # not "never set up"
    key = store_access.unlock_with_password(url, "admin", "Kasztanowa-7-aleja")
    reopened = Services.open(url, key)
    try:
        assert ExchangeService(reopened.db).is_member()
        assert not reopened.accounts.needs_setup()
    finally:
        reopened.close()
