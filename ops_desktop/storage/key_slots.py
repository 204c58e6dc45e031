"""Key slots: the database key wrapped once per person, once for the recovery key and once
for the PC's own system account, in a small file beside the database (`ops.sqlite.keys`).

Each slot is the 32-byte database key sealed with AES-256-GCM under a key derived from:
- a person's password, by Argon2id (RFC 9106's second recommended set: 3 passes, 64 MiB,
  4 lanes), so guessing passwords against a stolen file costs what it costs at sign-in;
- the recovery key printed at set-up (160 random bits), by HKDF-SHA256: it needs no
  stretching;
- a random secret kept in the OS keyring of the PC's account (Windows Credential Manager),
  by HKDF-SHA256, for backups and exchanges that run with nobody signed in.

The file holds no secret by itself: without a password, the recovery key or the keyring's
secret it reveals nothing of the database. It is written whole under a temporary name and
renamed, so a crash leaves the old file or the new one. A person may have two slots for a
moment: a password change adds the new slot, commits the new hash, then drops the old slot,
so a crash between the two leaves a file both passwords open and the store decides.

Programs that change the file (the window, a scheduled command, a second session on a
terminal server) do it under a lock file beside it (`update`), re-reading it inside the
lock: each saves what it loaded, and without the lock the later one would drop a slot the
other had just written.

Only the password slots travel to the office's other PCs (on the person's account, see
`travelling`): every PC of an office is encrypted with the same key, so a slot sealed on one
opens the file of every other. The recovery slot is the office's safe, set on the PC where
it was printed; a system slot belongs to one PC's own account and keyring and opens nothing
anywhere else – neither ever leaves the file.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# argon2 and cryptography are loaded where a slot is sealed or opened, not with the module:
# the sign-in dialog reads the slot file's logins before it paints, and these two libraries
# were a good part of its wait (benchmarks/first_window.py).

from ops_desktop.storage.cipher import KEY_BYTES, key_check

FORMAT = 1
SUFFIX = ".keys"
LOCK_SUFFIX = ".lock"
PASSWORD, RECOVERY, SYSTEM = "password", "recovery", "system"

# What the program writes, and the most it accepts on reading: a slot file edited to ask
# for gigabytes of memory or hours of passes is refused instead of hanging the sign-in.
ARGON2 = {"t": 3, "m": 64 * 1024, "p": 4}
ARGON2_MAX = {"t": 10, "m": 256 * 1024, "p": 8}
MAX_FILE = 1024 * 1024

# 32 characters of RFC 4648 base32 (160 bits), shown in 8 groups of 4.
RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
RECOVERY_CHARS = 32
# Characters people misread on paper, taken as the letter they most likely are.
_MISREAD = str.maketrans({"0": "O", "1": "I", "8": "B", "9": "G"})


class KeySlotError(Exception):
    """The key-slot file is missing, damaged or of a newer program (`code` says which)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def slots_file(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + SUFFIX)


def lock_file(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + SUFFIX + LOCK_SUFFIX)


def normalise_login(login: str) -> str:
    return login.strip().lower()


# --- secrets --------------------------------------------------------------------------


def new_recovery_key() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_CHARS))
    return format_recovery_key(chars)


def format_recovery_key(chars: str) -> str:
    return "-".join(chars[i:i + 4] for i in range(0, len(chars), 4))


def normalise_recovery_key(text: str) -> str | None:
    """The 32 characters of a recovery key as typed (any case, spaces or dashes, 0/1/8 for
    O/I/B), or None when it cannot be one."""
    chars = "".join(c for c in text.upper() if c not in " -\t\n").translate(_MISREAD)
    if len(chars) != RECOVERY_CHARS or any(c not in RECOVERY_ALPHABET for c in chars):
        return None
    return chars


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    return base64.b64decode(value, validate=True)


def _argon2(password: str, salt: bytes, t: int, m: int, p: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=t, memory_cost=m,
                           parallelism=p, hash_len=32, type=Type.ID)


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _aad(slot: dict[str, Any]) -> bytes:
    return f"ops-desktop key slot|{slot['kind']}|{slot.get('label', '')}".encode()


def _derive(slot: dict[str, Any], secret: str | bytes) -> bytes:
    kdf = slot["kdf"]
    salt = _unb64(kdf["salt"])
    if kdf["name"] == "argon2id" and isinstance(secret, str):
        t, m, p = int(kdf["t"]), int(kdf["m"]), int(kdf["p"])
        if not (1 <= t <= ARGON2_MAX["t"] and 8 * p <= m <= ARGON2_MAX["m"]
                and 1 <= p <= ARGON2_MAX["p"]):
            raise KeySlotError("damaged", "Argon2 parameters out of range")
        return _argon2(secret, salt, t, m, p)
    if kdf["name"] == "hkdf-sha256" and isinstance(secret, bytes):
        return _hkdf(secret, salt, _aad(slot))
    raise KeySlotError("damaged", f"unknown derivation {kdf.get('name')!r}")


def _seal(key: bytes, kind: str, label: str, secret: str | bytes) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = secrets.token_bytes(16)
    slot: dict[str, Any] = {"kind": kind, "label": label,
                            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    if isinstance(secret, str):
        slot["kdf"] = {"name": "argon2id", "salt": _b64(salt), **ARGON2}
    else:
        slot["kdf"] = {"name": "hkdf-sha256", "salt": _b64(salt)}
    nonce = secrets.token_bytes(12)
    slot["nonce"] = _b64(nonce)
    slot["wrapped"] = _b64(AESGCM(_derive(slot, secret)).encrypt(nonce, key, _aad(slot)))
    return slot


# Slots this program has opened, by the slot's sealed content and a keyed digest of the
# secret that opened it: a sign-in unlocks the store with the person's slot and then keeps
# only the slots that password opens (keep_only_password), which derived the same Argon2 key
# a second time – a tenth of a second of every sign-in. The digest's key lives only in this
# process, so the entries tell nothing about a password to anyone reading them elsewhere,
# and a secret that never opened the slot is always tried the slow way.
_OPENED: dict[bytes, bytes] = {}
_OPENED_MOST = 32
_PEPPER = secrets.token_bytes(32)


def _opened_key(slot: dict[str, Any], secret: str | bytes) -> bytes:
    # The whole slot (derivation, salt, nonce, sealed key) and the secret: a slot changed in
    # any way is opened the slow way again.
    content = json.dumps(slot, sort_keys=True, default=str).encode("utf-8")
    raw = b"p" + secret.encode("utf-8") if isinstance(secret, str) else b"b" + secret
    return hmac.new(_PEPPER, hashlib.sha256(content).digest() + raw, hashlib.sha256).digest()


def _open(slot: dict[str, Any], secret: str | bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        remembered = _opened_key(slot, secret)
        known = _OPENED.get(remembered)
        if known is not None:
            return known
        wrapping = _derive(slot, secret)
        key = AESGCM(wrapping).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]),
                                       _aad(slot))
    except InvalidTag:
        return None
    except (KeyError, ValueError, TypeError) as exc:
        raise KeySlotError("damaged", str(exc)) from exc
    if len(key) != KEY_BYTES:
        return None
    if len(_OPENED) >= _OPENED_MOST:
        _OPENED.clear()
    _OPENED[remembered] = key
    return key


def _recovery_secret(recovery_key: str) -> bytes:
    chars = normalise_recovery_key(recovery_key)
    if chars is None:
        raise ValueError("not a recovery key")
    return chars.encode("ascii")


# --- the file ---------------------------------------------------------------------------


@dataclass
class KeySlots:
    """The slots of one database file (`path` is the slot file, not the database)."""

    path: Path
    check: str
    slots: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def new(cls, db_file: Path, key: bytes) -> KeySlots:
        return cls(slots_file(db_file), key_check(key))

    @classmethod
    def update(cls, db_file: Path, change: Callable[[KeySlots], bool],
               missing: Callable[[], KeySlots] | None = None) -> KeySlots:
        """Load, `change` and save the slots under the lock file beside them: `change` sees
        what every other program saved before it, and saves nothing when it returns False.
        `missing` makes the slots when there is no file (else KeySlotError "missing")."""
        with _locked(lock_file(db_file)):
            try:
                slots = cls.load(db_file)
            except KeySlotError as exc:
                if exc.code != "missing" or missing is None:
                    raise
                slots = missing()
            if change(slots):
                slots.save()
            return slots

    @classmethod
    def load(cls, db_file: Path) -> KeySlots:
        path = slots_file(db_file)
        try:
            if path.stat().st_size > MAX_FILE:
                raise KeySlotError("damaged", "too big")
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise KeySlotError("missing", str(path)) from exc
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KeySlotError("damaged", str(exc)) from exc
        if not isinstance(data, dict) or not isinstance(data.get("slots"), list):
            raise KeySlotError("damaged", str(path))
        if data.get("format") != FORMAT:
            raise KeySlotError("newer_format", str(data.get("format")))
        slots = [s for s in data["slots"] if isinstance(s, dict)]
        return cls(path, str(data.get("key_check", "")), slots)

    def save(self) -> None:
        text = json.dumps({"format": FORMAT, "key_check": self.check, "slots": self.slots},
                          ensure_ascii=False, indent=1)
        fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temp, self.path)
        except BaseException:
            try:
                os.unlink(temp)
            except OSError:
                pass
            raise

    def _checked(self, key: bytes | None) -> bytes | None:
        return key if key is not None and key_check(key) == self.check else None

    # --- opening ---
    def logins(self) -> set[str]:
        return {str(s.get("label")) for s in self.slots if s.get("kind") == PASSWORD}

    def unlock_password(self, login: str, password: str) -> bytes | None:
        """The key when `password` opens one of `login`'s slots, else None."""
        label = normalise_login(login)
        tried = False
        for slot in self.slots:
            if slot.get("kind") == PASSWORD and slot.get("label") == label:
                tried = True
                key = self._checked(_open(slot, password))
                if key is not None:
                    return key
        if not tried:
            # A login without a slot costs the same Argon2 as a wrong password, so the time
            # the unlock takes does not tell which logins exist.
            _argon2(password, secrets.token_bytes(16), ARGON2["t"], ARGON2["m"], ARGON2["p"])
        return None

    def unlock_recovery(self, recovery_key: str) -> bytes | None:
        try:
            secret = _recovery_secret(recovery_key)
        except ValueError:
            return None
        for slot in self.slots:
            if slot.get("kind") == RECOVERY:
                key = self._checked(_open(slot, secret))
                if key is not None:
                    return key
        return None

    def unlock_system(self, account: str, secret: bytes) -> bytes | None:
        for slot in self.slots:
            if slot.get("kind") == SYSTEM and slot.get("label") == account:
                key = self._checked(_open(slot, secret))
                if key is not None:
                    return key
        return None

    def has_system(self, account: str) -> bool:
        return any(s.get("kind") == SYSTEM and s.get("label") == account for s in self.slots)

    # --- writing (the key is known: someone has the store open) ---
    def add_password(self, key: bytes, login: str, password: str) -> None:
        """A new slot for `login` beside its others (see the module's note on two slots)."""
        self._require(key)
        self.slots.append(_seal(key, PASSWORD, normalise_login(login), password))

    def keep_only_password(self, key: bytes, login: str, password: str) -> bool:
        """Drop `login`'s slots that `password` does not open, adding one it opens if none
        does; True when the file changed (the store has just accepted this password)."""
        self._require(key)
        label = normalise_login(login)
        mine = [s for s in self.slots if s.get("kind") == PASSWORD and s.get("label") == label]
        opening = [s for s in mine if self._checked(_open(s, password)) is not None]
        if opening and len(opening) == len(mine) == 1:
            return False
        others = [s for s in self.slots if s not in mine]
        self.slots = others + (opening[:1] or [_seal(key, PASSWORD, label, password)])
        return True

    def travelling(self, login: str) -> str | None:
        """`login`'s newest password slot as it travels on the account (JSON with the key's
        check, so a PC holding another key leaves it alone), or None when there is none."""
        label = normalise_login(login)
        mine = [s for s in self.slots if s.get("kind") == PASSWORD and s.get("label") == label]
        if not mine:
            return None
        return json.dumps({**mine[-1], "key_check": self.check}, ensure_ascii=False,
                          sort_keys=True)

    def put_password(self, login: str, slot: dict[str, Any]) -> bool:
        """`slot` (accepted by `accept_travelling`) as `login`'s only slot; False when it
        already was."""
        label = normalise_login(login)
        mine = [s for s in self.slots if s.get("kind") == PASSWORD and s.get("label") == label]
        if mine == [slot]:
            return False
        self.slots = [s for s in self.slots if s not in mine] + [slot]
        return True

    def remove_login(self, login: str) -> None:
        label = normalise_login(login)
        self.slots = [s for s in self.slots
                      if not (s.get("kind") == PASSWORD and s.get("label") == label)]

    def set_recovery(self, key: bytes, recovery_key: str) -> None:
        """The one recovery slot, replacing any earlier one (a new key printed for the safe)."""
        self._require(key)
        self.slots = [s for s in self.slots if s.get("kind") != RECOVERY]
        self.slots.append(_seal(key, RECOVERY, "", _recovery_secret(recovery_key)))

    def has_recovery(self) -> bool:
        return any(s.get("kind") == RECOVERY for s in self.slots)

    def set_system(self, key: bytes, account: str, secret: bytes) -> None:
        self._require(key)
        self.remove_system(account)
        self.slots.append(_seal(key, SYSTEM, account, secret))

    def remove_system(self, account: str) -> None:
        self.slots = [s for s in self.slots
                      if not (s.get("kind") == SYSTEM and s.get("label") == account)]

    def _require(self, key: bytes) -> None:
        if key_check(key) != self.check:
            raise KeySlotError("wrong_key", str(self.path))


# --- slots travelling between the PCs of an office -----------------------------------------

_SLOT_FIELDS = frozenset({"kind", "label", "created", "kdf", "nonce", "wrapped", "key_check"})
_KDF_FIELDS = frozenset({"name", "salt", "t", "m", "p"})
MAX_TRAVELLING = 2048  # a slot is about 300 characters


def sane_travelling(text: object) -> bool:
    """Whether `text` has the shape of a password slot as `travelling` writes it, with the
    Argon2 parameters the program accepts: another PC's slot asking for gigabytes of memory
    or hours of passes is refused on arrival, never stored or tried at a sign-in."""
    return _parsed(text) is not None


def accept_travelling(text: object, login: str, check: str) -> dict[str, Any] | None:
    """The slot of `login` that `text` carries, as the file keeps it, when it is sane, names
    that login and wraps the key this file is opened with (`check`); else None."""
    slot = _parsed(text)
    if slot is None or slot["label"] != normalise_login(login) or slot["key_check"] != check:
        return None
    del slot["key_check"]
    return slot


def _parsed(text: object) -> dict[str, Any] | None:
    if not isinstance(text, str) or len(text) > MAX_TRAVELLING:
        return None
    try:
        slot = json.loads(text)
        if not isinstance(slot, dict) or set(slot) != _SLOT_FIELDS:
            return None
        kdf = slot["kdf"]
        if (slot["kind"] != PASSWORD or not isinstance(slot["label"], str)
                or not isinstance(slot["key_check"], str) or not isinstance(kdf, dict)
                or set(kdf) != _KDF_FIELDS or kdf["name"] != "argon2id"):
            return None
        t, m, p = (kdf[n] for n in ("t", "m", "p"))
        if not all(type(v) is int for v in (t, m, p)) or not (
                1 <= t <= ARGON2_MAX["t"] and 8 * p <= m <= ARGON2_MAX["m"]
                and 1 <= p <= ARGON2_MAX["p"]):
            return None
        # AES-GCM of the 32-byte key: 12-byte nonce, key and 16-byte tag.
        if (len(_unb64(kdf["salt"])) < 16 or len(_unb64(slot["nonce"])) != 12
                or len(_unb64(slot["wrapped"])) != KEY_BYTES + 16):
            return None
    except (ValueError, TypeError):
        return None
    return slot


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on the file at `path` (made if missing) while the block runs; the
    system lets go when the process dies, so a crash leaves no stale lock. The file stays:
    removing it while another program waits on it would let a third one take a new one."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.name == "nt":
            import msvcrt

            # LK_LOCK tries for about ten seconds, then raises OSError like a failed write.
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            # flock, not lockf: two threads of one program lock each other out too.
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock on either system
