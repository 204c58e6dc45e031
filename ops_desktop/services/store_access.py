"""Opening the office's store encrypted at rest: what the window and the commands call.

- A new office's file is encrypted from its first byte: a random key, its key-slot file
  written before the database (storage/key_slots.py), the set-up adds the administrator's
  slot and the recovery key's.
- An encrypted file is unlocked by a person's login and password, by the recovery key, or
  by the slot the administrator bound to this PC's system account (the OS keyring), and
  only then opened.
- A plain file (an office from before encryption) is converted once an administrator has
  signed in: a backup first when the office has set backups up, then an encrypted copy
  written beside it and checked, then the copy takes the file's place.
- A server (PostgreSQL) is the server's to protect: none of this applies.

Tests may keep plain files: `OPS_DESKTOP_PLAIN_TEST_DB=1` in the environment is the
explicit flag; an office's database is never created plain without it.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import closing, contextmanager
from enum import StrEnum
from pathlib import Path

from ops_desktop.services import unlock_failures
from ops_desktop.storage import cipher
from ops_desktop.storage.key_slots import (
    SYSTEM,
    KeySlotError,
    KeySlots,
    new_recovery_key,
    slots_file,
)
from ops_desktop.storage.url import is_sqlite_url, sqlite_path

log = logging.getLogger(__name__)

PLAIN_FLAG = "OPS_DESKTOP_PLAIN_TEST_DB"
KEYRING_SERVICE = "ops_desktop"


class StoreKind(StrEnum):
    NEW = "new"              # no file yet (or no server): created at this start
    PLAIN = "plain"          # a plain SQLite file: converted after an administrator signs in
    ENCRYPTED = "encrypted"  # unlocked before it is opened
    SERVER = "server"        # PostgreSQL: protected by the server


class UnlockRefused(Exception):
    """The store stays locked; `code` is a label of ui/labels.py's errors.

    bad_credentials – the login or password opens no slot (said the same way whether the
    login exists, or has no slot on this PC yet, or not); bad_recovery_key;
    key_slots_missing / key_slots_damaged / key_slots_newer_format – the file beside the
    database cannot be read.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def plain_allowed() -> bool:
    return os.environ.get(PLAIN_FLAG, "") == "1"


def kind_of(url: str) -> StoreKind:
    path = sqlite_path(url)
    if path is None:
        return StoreKind.NEW if is_sqlite_url(url) else StoreKind.SERVER
    if not path.exists():
        return StoreKind.NEW
    if cipher.is_plain(path) or not slots_file(path).exists():
        # No slots beside a non-plain file: damage or a foreign file, which opening reports.
        return StoreKind.PLAIN
    if _never_set_up(path):
        return StoreKind.NEW
    return StoreKind.ENCRYPTED


def _never_set_up(path: Path) -> bool:
    """An encrypted file whose slot file holds no slot at all: made at a first start whose
    set-up wizard was left (or cut off) before the administrator's slot and the recovery
    key were written. Nobody can ever open it, and it holds nothing but the empty schema."""
    try:
        return not KeySlots.load(path).slots
    except KeySlotError:
        return False


def _slots(path: Path) -> KeySlots:
    with _refused_as_damaged():
        return KeySlots.load(path)


@contextmanager
def _refused_as_damaged() -> Iterator[None]:
    """A slot file that cannot be read, or a slot whose own content is out of bounds (Argon2
    parameters edited to gigabytes, bad base64), is the person's message, not a traceback."""
    try:
        yield
    except KeySlotError as exc:
        raise UnlockRefused("key_slots_" + exc.code, exc.detail) from exc


def unlock_with_password(url: str, login: str, password: str) -> bytes:
    """The key of the encrypted file at `url` from `login`'s slot (Argon2id: a fraction of a
    second, on purpose)."""
    path = _required_path(url)
    slots = _slots(path)
    with _refused_as_damaged():
        key = slots.unlock_password(login, password) if isinstance(password, str) else None
    if key is None:
        unlock_failures.note_failure(path, str(login))
        raise UnlockRefused("bad_credentials")
    # Five wrong ones in a row lock the login, said only now that the password is right.
    if unlock_failures.locked_until(path, login) is not None:
        raise UnlockRefused("account_locked")
    unlock_failures.forget_login(path, login)
    return key


def unlock_with_recovery(url: str, recovery_key: str) -> bytes:
    slots = _slots(_required_path(url))
    with _refused_as_damaged():
        key = slots.unlock_recovery(recovery_key)
    if key is None:
        raise UnlockRefused("bad_recovery_key")
    return key


def system_account() -> str:
    """This PC's system account as the keyring slot names it (DOMAIN\\user on Windows)."""
    import getpass
    import platform

    return f"{platform.node()}\\{getpass.getuser()}"


def _keyring_entry(path: Path) -> str:
    return f"{path.resolve()}"


def unlock_with_keyring(url: str) -> bytes | None:
    """The key from the slot bound to this PC's system account, or None when there is none
    (or the OS keyring cannot be reached: a scheduled task then says what it needs)."""
    path = _required_path(url)
    slots = _slots(path)
    account = system_account()
    if not slots.has_system(account):
        return None
    secret = _keyring_secret(path, create=False)
    if secret is None:
        return None
    with _refused_as_damaged():
        return slots.unlock_system(account, secret)


def bind_keyring(url: str, key: bytes) -> str:
    """Bind a slot to this PC's system account: a random secret in the OS keyring wraps the
    key, for backups and exchanges that run with nobody signed in. Returns the account."""
    path = _required_path(url)
    secret = _keyring_secret(path, create=True)
    assert secret is not None
    account = system_account()

    def bind(slots: KeySlots) -> bool:
        # This PC's own slot: it never travels to the office's other PCs (their system
        # accounts and keyrings are their own), only the password slots do.
        slots.set_system(key, account, secret)
        return True

    with _refused_as_damaged():
        KeySlots.update(path, bind)
    return account


def unbind_keyring(url: str) -> bool:
    path = _required_path(url)
    account = system_account()
    removed: list[bool] = []

    def unbind(slots: KeySlots) -> bool:
        removed.append(slots.has_system(account))
        slots.remove_system(account)
        return removed[-1]

    with _refused_as_damaged():
        KeySlots.update(path, unbind)
    if not removed[-1]:
        return False
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, _keyring_entry(path))
    except Exception as exc:  # the slot is gone: what the keyring keeps opens nothing
        log.warning("keyring entry not removed: %s", exc)
    return True


def drop_other_pcs_slots(path: Path) -> None:
    """A PC that joined an office has the sharing PC's slot file: the system slots in it are
    bound to that PC's accounts and keyring, and open nothing here – they go. The password
    slots stay (the same key; they are kept in step by the exchange, services/key_upkeep.py),
    and so does the recovery slot: the key in the office's safe opens every PC's file."""
    account = system_account()

    def drop(slots: KeySlots) -> bool:
        others = [str(s.get("label")) for s in slots.slots
                  if s.get("kind") == SYSTEM and s.get("label") != account]
        for label in others:
            slots.remove_system(label)
        return bool(others)

    if slots_file(path).exists():
        with _refused_as_damaged():
            KeySlots.update(path, drop)


def _keyring_secret(path: Path, create: bool) -> bytes | None:
    import base64
    import secrets

    import keyring
    from keyring.errors import KeyringError

    try:
        stored = keyring.get_password(KEYRING_SERVICE, _keyring_entry(path))
        if stored is None and create:
            stored = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
            keyring.set_password(KEYRING_SERVICE, _keyring_entry(path), stored)
    except KeyringError as exc:
        if create:
            raise UnlockRefused("keyring_unavailable", str(exc)) from exc
        log.warning("OS keyring not reachable: %s", exc)
        return None
    return None if stored is None else base64.b64decode(stored)


def _required_path(url: str) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise UnlockRefused("not_a_file", url)
    return path


# --- creating and converting --------------------------------------------------------


def new_office_key(url: str) -> bytes | None:
    """The key a new SQLite file at `url` is created with (its key-slot file is written
    first, so an encrypted file never exists without one); None for a server, or for a
    plain test database under the explicit flag."""
    path = sqlite_path(url)
    if path is None or plain_allowed():
        return None
    if path.exists():
        if not _never_set_up(path):
            raise FileExistsError(str(path))
        # A first start left before its set-up: the file no key opens is made again.
        cipher.remove_file(path)
    key = cipher.new_key()
    KeySlots.new(path, key).save()
    return key


def add_recovery_key(url: str, key: bytes) -> str:
    """A new recovery key for the safe (any earlier one stops opening the file); shown and
    printed once, never stored."""
    recovery = new_recovery_key()

    def replace(slots: KeySlots) -> bool:
        # The office's safe: set on this PC only, never travelling with the password slots.
        slots.set_recovery(key, recovery)
        return True

    with _refused_as_damaged():
        KeySlots.update(_required_path(url), replace)
    return recovery


def convert_plain_file(path: Path, login: str, password: str) -> tuple[bytes, str]:
    """Encrypt the plain file at `path` in place (the store must be closed): returns the new
    key and the recovery key to print. The person converting gets the first slot; the
    others get theirs as they sign in on this PC (their passwords are not known before).

    The encrypted copy is written beside the file and checked (integrity and every table's
    count) before it takes the file's place; a crash at any point leaves the plain file, or
    the encrypted one with its slots, never neither."""
    # Another program with the file open would go on writing into the plain file after its
    # encrypted copy was made, and lose it all when the copy takes its place: refused, as a
    # restore is (BackupError "database_in_use"); the window says it and tries next time.
    from ops_desktop.storage.backup import refuse_if_in_use  # the store's module, loaded late

    refuse_if_in_use(path)
    key = cipher.new_key()
    work = _checked_encrypted_copy(path, key)
    slots = KeySlots.new(path, key)
    slots.add_password(key, login, password)
    recovery = new_recovery_key()
    slots.set_recovery(key, recovery)
    slots.save()
    _encrypt_plain_copies(path, key)
    for companion in ("-wal", "-shm"):
        Path(str(path) + companion).unlink(missing_ok=True)
    os.replace(work, path)
    for companion in ("-wal", "-shm"):
        Path(str(work) + companion).unlink(missing_ok=True)
    log.info("database %s encrypted at rest", path)
    return key, recovery


def encrypt_joined_copy(path: Path, key: bytes) -> None:
    """A PC joining a still-plain office at its first start: the plain copy the invitation
    brought (at `path`, closed) is encrypted in place with the key of the empty store it
    replaces, whose slot file stays. The office's people get their slots on this PC at their
    first sign-in here, as after a conversion; the office's file is never plain meanwhile."""
    work = _checked_encrypted_copy(path, key)
    for companion in ("-wal", "-shm"):
        Path(str(path) + companion).unlink(missing_ok=True)
    os.replace(work, path)
    for companion in ("-wal", "-shm"):
        Path(str(work) + companion).unlink(missing_ok=True)


def add_password_slot(path: Path, key: bytes, login: str, password: str) -> None:
    """A slot for `login` in the slot file beside `path` (a joined copy's first person)."""

    def add(slots: KeySlots) -> bool:
        slots.add_password(key, login, password)
        return True

    with _refused_as_damaged():
        KeySlots.update(path, add)


def _checked_encrypted_copy(path: Path, key: bytes) -> Path:
    """An encrypted copy of the plain file at `path` beside it, checked (integrity and every
    table's count) before anything relies on it; its path."""
    work = path.with_name(f".{path.name}.encrypting")
    cipher.remove_file(work)
    with closing(cipher.connect(path, None)) as conn:  # the WAL into the file first
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain_counts = _counts(conn)
    cipher.encrypt_copy(path, work, key)
    with closing(cipher.connect(work, key)) as conn:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok" or \
                _counts(conn) != plain_counts:
            cipher.remove_file(work)
            raise RuntimeError("the encrypted copy differs from the plain file")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return work


def _encrypt_plain_copies(path: Path, key: bytes) -> None:
    """The copies the program kept of the plain file (before an upgrade, before a restore)
    hold the same persons: each is encrypted in place with the new key, its own copy of the
    slots beside it, before the file itself is replaced (a crash in between leaves them
    opened by those slots, and the next conversion passes over them)."""
    for copy in sorted(path.parent.glob(f"{path.stem}.before-*{path.suffix}")):
        if not cipher.is_plain(copy):
            continue
        work = copy.with_name(f".{copy.name}.encrypting")
        cipher.remove_file(work)
        cipher.encrypt_copy(copy, work, key)
        with closing(cipher.connect(work, key)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")  # a standalone file, no WAL beside it
        shutil.copyfile(slots_file(path), slots_file(copy))
        for companion in ("-wal", "-shm"):
            Path(str(copy) + companion).unlink(missing_ok=True)
        os.replace(work, copy)
        log.info("copy %s encrypted at rest", copy)


def _counts(conn: object) -> dict[str, int]:
    names = [r[0] for r in conn.execute(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: int(conn.execute(  # type: ignore[attr-defined]
        f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}
