"""The encrypted backup file: header, key from the passphrase, chunked AES-256-GCM.

Layout of an `.opsbak` file:

    OPS-DESKTOP-BACKUP\\n          magic line
    {"format": 3, …}\\n            header: plain JSON on one line (salt, scrypt cost, row counts,
                                    the audit chain's head, the office's name and id; for an
                                    encrypted office its sealed key slots and sealed key)
    [4-byte length][ciphertext+tag] one record per chunk of at most CHUNK_SIZE plain bytes,
                                    each chunk compressed with zlib before it is encrypted,
                                    or stored as it is ("compression": "none", format 4)

Each chunk has its own nonce (8 random bytes from the header + a 4-byte chunk counter) and
is authenticated together with the header's SHA-256, its index and a final-chunk flag, so a
changed header, a dropped, swapped or repeated chunk and a cut-off file all fail to decrypt.
A key-check tag in the header tells a wrong passphrase apart from a damaged body. Only
fixed-size chunks are ever in memory, whatever the size of the office's database.

An office encrypted at rest (storage/cipher.py) is copied as its SQLCipher file: the chunks
hold pages already encrypted with the database key, so no plain copy exists at any step,
and the file decrypted for a check or a restore is again that SQLCipher file. The header
(format 3) then carries the key-slot file and the database key, each sealed under its own
sub-key of the passphrase's key (HKDF, its own info string and nonce), so the passphrase
alone restores the office and its people sign in with their own passwords afterwards. The
slots are sealed because each one tells when a password is right: in clear, whoever finds
a lost stick could try colleagues' passwords offline without the backup's passphrase. Only
the database key's fingerprint (storage/cipher.key_check, which helps no password guess)
stays in clear, so a restore can tell another office's backup before asking anything.
Format 4 stores that SQLCipher file's chunks as they are: pages already encrypted do not
compress (zlib gained 0.03 % on them), and compressing them took more than half of an
encrypted office's backup (48 MB/s). A plain body is still compressed. Format 3 files (every
body compressed), format 2 files (the slots in clear) and format 1 files (plain body, no
office, no key) are still read.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import secrets
import struct
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ops_desktop.domain.errors import DomainError

MAGIC = b"OPS-DESKTOP-BACKUP\n"
FORMAT_VERSION = 4
# The first format whose chunks may be stored uncompressed.
_STORED_FROM = 4
CHUNK_SIZE = 1 << 20  # plain bytes per chunk: memory stays small whatever the office's size
_MAX_CHUNK_SIZE = 16 << 20
# SQLite pages of Polish text shrink about fivefold: a year of rotated copies fits a small stick.
COMPRESSION_LEVEL = 6
# The key slots of an office of a few hundred people travel sealed in the header (the slot
# file itself is at most 1 MiB, storage/key_slots.py; sealed and in base64 about 1.4 MiB).
MAX_HEADER = 4 * 1024 * 1024

# scrypt cost for new backups (about 32 MiB of memory and a fraction of a second per key).
# Tests lower SCRYPT_N to keep the suite fast; the cost used is recorded in each header.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
# A header asking for more than this is not ours (it would only make the PC swap).
# A header is read before its passphrase can be checked, so the reader bounds the work it asks
# for to what the program itself writes (the constants above): a planted header with n=2^20,
# r=32, p=16 would otherwise take 4 GiB and minutes of verify-backup or the restore dialog.
_MAX_SCRYPT_N, _MAX_SCRYPT_R, _MAX_SCRYPT_P = 2**15, 8, 1

_KEY_CHECK_COUNTER = 0xFFFFFFFF  # reserved nonce counter: never used by a chunk
_KEY_CHECK_AAD = b"ops-desktop backup key check"
_TAG = 16
# The database key is sealed under its own sub-key of the passphrase's key, so its random
# nonce can never meet a chunk's nonce under the same key.
_DATABASE_KEY_INFO = b"ops-desktop backup database key"
# The key slots likewise, under a sub-key of their own (format 3).
_KEY_SLOTS_INFO = b"ops-desktop backup key slots"
_DATABASE_KEY_BYTES = 32

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class BackupError(DomainError):
    """A backup could not be written, read, checked or restored; `code` says why.

    Codes: not_a_backup, unsupported_format, read_failed, wrong_passphrase (or a damaged
    header: the two cannot be told apart), damaged, integrity_failed, counts_differ,
    cancelled, database_missing, folder_missing, disk_full, write_failed,
    not_a_file_database, not_configured, made_by_newer_program, another_office (a restore
    of another office's backup not confirmed), another_pc (of a backup made on another PC
    of the office, the detail its name), key_slots_missing / key_slots_damaged /
    key_slots_newer_format / key_slots_wrong_key (an encrypted office's slot file beside
    the database cannot be read or belongs to another key).
    """


@dataclass(frozen=True)
class Header:
    raw: bytes
    data: dict[str, Any]
    salt: bytes
    nonce_prefix: bytes
    key_check: bytes
    n: int
    r: int
    p: int
    chunk_size: int
    compressed: bool  # zlib per chunk; False: stored as they are (format 4, a SQLCipher body)
    created_at: dt.datetime
    row_counts: dict[str, int]
    schema_revision: str
    # The audit chain's head when the copy was made (`nr:skrót`, storage/anchors.py): an
    # anchor kept outside the office's file; "" for an empty log or an older backup.
    audit_head: str = ""
    # Which office the copy is of (its settings `office_id` and `office_name`): a restore
    # asks before it puts another office's data in place; "" in older backups.
    office_id: str = ""
    office_name: str = ""
    # Which PC of the office made the copy (its exchange member id; "" for a PC on its own
    # and in older backups): rotation deletes only this PC's own copies of its own office.
    pc_id: str = ""
    # The office's database key sealed under the passphrase, and its key slots (the JSON of
    # `<db>.keys`): sealed likewise from format 3 on, in clear in format 2; None for a plain
    # office's backup. `key_fingerprint` is the database key's check, in clear (format 3).
    key_slots: dict[str, Any] | None = None
    sealed_key: dict[str, Any] | None = None
    sealed_slots: dict[str, Any] | None = None
    key_fingerprint: str = ""

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(MAGIC + self.raw).digest()

    @property
    def encrypted(self) -> bool:
        """The body is an SQLCipher file: opened only with the sealed database key."""
        return self.sealed_key is not None

    @property
    def database_key_check(self) -> str:
        """The fingerprint of the office's database key (storage/cipher.key_check), "" for
        a plain office: two offices encrypted at rest never share it."""
        return self.key_fingerprint or str((self.key_slots or {}).get("key_check", ""))


@dataclass(frozen=True)
class Decrypted:
    """A backup decrypted into a file: its header, and the key the file opens with (None
    for a plain office's backup)."""

    header: Header
    key: bytes | None
    # The office's key slots (opened from a format-3 header, or a format-2 header's plain
    # ones) to write beside the decrypted file; None for a plain office's backup.
    key_slots: dict[str, Any] | None = None


class Cancelled(Exception):
    pass


# --- pieces ---------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # NFC: "ą" typed on two keyboards may arrive as one code point or as two.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + struct.pack(">I", counter)


def _aad(header_digest: bytes, index: int, final: bool) -> bytes:
    return header_digest + struct.pack(">IB", index, 1 if final else 0)


def _sealer(master: bytes, info: bytes) -> AESGCM:
    """A sub-key of the passphrase's key for one sealed header field: its random nonces can
    never meet a chunk's nonce, or another field's, under the same key."""
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                       info=info).derive(master))


def _seal(master: bytes, info: bytes, data: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    return {"nonce": _b64(nonce), "sealed": _b64(_sealer(master, info).encrypt(nonce, data, info))}


def _open_sealed(master: bytes, info: bytes, sealed: dict[str, Any], what: str) -> bytes:
    """A sealed header field; one that does not open under a passphrase that passed the key
    check was changed."""
    try:
        return _sealer(master, info).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["sealed"]),
                                             info)
    except (InvalidTag, KeyError, ValueError, TypeError) as exc:
        raise BackupError("damaged", f"sealed {what}") from exc


def _open_database_key(master: bytes, sealed: dict[str, Any]) -> bytes:
    key = _open_sealed(master, _DATABASE_KEY_INFO, sealed, "database key")
    if len(key) != _DATABASE_KEY_BYTES:
        raise BackupError("damaged", "sealed database key length")
    return key


def _open_key_slots(master: bytes, header: Header) -> dict[str, Any] | None:
    """The key slots: opened from a format-3 header, a format-2 header's plain ones as they are."""
    if header.sealed_slots is None:
        return header.key_slots
    text = _open_sealed(master, _KEY_SLOTS_INFO, header.sealed_slots, "key slots")
    try:
        slots = json.loads(text)
    except ValueError as exc:
        raise BackupError("damaged", "sealed key slots are not JSON") from exc
    if not isinstance(slots, dict):
        raise BackupError("damaged", "sealed key slots out of shape")
    return slots


# --- reading and writing ----------------------------------------------------------------


def read_header(f: BinaryIO) -> Header:
    """The magic line and the header, checked for shape (its integrity is checked by the chunks)."""
    if f.read(len(MAGIC)) != MAGIC:
        raise BackupError("not_a_backup")
    raw = f.readline(MAX_HEADER + 1)
    if not raw.endswith(b"\n"):
        raise BackupError("damaged", "header line")
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("header is not an object")
        version = int(data["format"])
        if version > FORMAT_VERSION:
            raise BackupError("unsupported_format", str(data["format"]))
        kdf, cipher = data["kdf"], data["cipher"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        if not (1 < n <= _MAX_SCRYPT_N and n & (n - 1) == 0 and 0 < r <= _MAX_SCRYPT_R
                and 0 < p <= _MAX_SCRYPT_P):
            raise ValueError("scrypt parameters out of range")
        if kdf["name"] != "scrypt" or cipher["name"] != "AES-256-GCM":
            raise ValueError("unknown algorithm")
        chunk_size = int(cipher["chunk_size"])
        compression = cipher.get("compression")
        allowed = ("zlib", "none") if version >= _STORED_FROM else ("zlib",)
        if not 0 < chunk_size <= _MAX_CHUNK_SIZE or compression not in allowed:
            raise ValueError("chunking out of range")
        salt, prefix, check = _unb64(kdf["salt"]), _unb64(cipher["nonce_prefix"]), _unb64(cipher["key_check"])
        if len(salt) != 16 or len(prefix) != 8 or len(check) != _TAG:
            raise ValueError("bad lengths")
        counts = {str(k): int(v) for k, v in dict(data["row_counts"]).items()}
        created = dt.datetime.fromisoformat(str(data["created_at"]))
        office = data.get("office") or {}
        sealed = data.get("database_key")
        # Format 3 seals the slots; format 2 carried them in clear (still accepted).
        slots_sealed = version >= 3
        slots = data.get("key_slots_sealed" if slots_sealed else "key_slots")
        fingerprint = data.get("database_key_check", "") if slots_sealed else ""
        if not isinstance(office, dict) or (slots is None) != (sealed is None) or not (
                slots is None or (isinstance(slots, dict) and isinstance(sealed, dict))):
            raise ValueError("office or key fields out of shape")
        if slots_sealed and ("key_slots" in data or not isinstance(fingerprint, str)):
            raise ValueError("key slots in clear in a format-3 header")
    except BackupError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackupError("damaged", f"header: {exc}") from exc
    return Header(raw=raw, data=data, salt=salt, nonce_prefix=prefix, key_check=check,
                   n=n, r=r, p=p, chunk_size=chunk_size, compressed=compression == "zlib",
                   created_at=created, row_counts=counts,
                   schema_revision=str(data.get("schema_revision", "")),
                   audit_head=str(data.get("audit_head", "")),
                   office_id=str(office.get("id", "")), office_name=str(office.get("name", "")),
                   pc_id=str(office.get("pc", "")),
                   sealed_key=sealed, key_slots=None if slots_sealed else slots,
                   sealed_slots=slots if slots_sealed else None, key_fingerprint=fingerprint)


@dataclass(frozen=True)
class Contents:
    """What the header says of the copied database (read from the copy itself)."""

    counts: dict[str, int]
    revision: str
    audit_head: str = ""
    office_id: str = ""
    office_name: str = ""
    pc_id: str = ""  # the exchange member id of the PC the copy was made on
    # The office's key slots and database key (an office encrypted at rest), else None.
    key_slots: dict[str, Any] | None = None
    key: bytes | None = None


def _key_fields(master: bytes, key: bytes, slots: dict[str, Any]) -> dict[str, Any]:
    """The header fields of an office encrypted at rest: its slots and key sealed under the
    passphrase, the key's fingerprint in clear (it tells offices apart, opens nothing)."""
    text = json.dumps(slots, ensure_ascii=False).encode("utf-8")
    return {"key_slots_sealed": _seal(master, _KEY_SLOTS_INFO, text),
            "database_key": _seal(master, _DATABASE_KEY_INFO, key),
            "database_key_check": str(slots.get("key_check", ""))}


def encrypt(plain: Path, out: BinaryIO, passphrase: str, created_at: dt.datetime,
            contents: Contents, progress: Callable[[int, int], None],
            cancelled: CancelledFn) -> None:
    """Write the header and the sealed chunks of the database file `plain` (a plain SQLite
    file, or the office's SQLCipher file when `contents.key` is given) to `out`."""
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(8)
    n, r, p = SCRYPT_N, SCRYPT_R, SCRYPT_P
    # An encrypted office's pages are ciphertext already: compressing them gains nothing.
    compressed = contents.key is None or FORMAT_VERSION < _STORED_FROM
    master = derive_key(passphrase, salt, n, r, p)
    aead = AESGCM(master)
    check = aead.encrypt(_nonce(prefix, _KEY_CHECK_COUNTER), b"", _KEY_CHECK_AAD)
    header: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "created_at": created_at.isoformat(),
        "schema_revision": contents.revision,
        "row_counts": contents.counts,
        "audit_head": contents.audit_head,
        "office": {"id": contents.office_id, "name": contents.office_name,
                   "pc": contents.pc_id},
        "kdf": {"name": "scrypt", "salt": _b64(salt), "n": n, "r": r, "p": p, "length": 32},
        "cipher": {"name": "AES-256-GCM", "chunk_size": CHUNK_SIZE,
                   "compression": "zlib" if compressed else "none",
                   "nonce_prefix": _b64(prefix), "key_check": _b64(check)},
    }
    if contents.key is not None:
        header.update(_key_fields(master, contents.key, contents.key_slots or {}))
    raw = json.dumps(header, ensure_ascii=True, sort_keys=True).encode("ascii") + b"\n"
    digest = hashlib.sha256(MAGIC + raw).digest()
    out.write(MAGIC + raw)
    total = plain.stat().st_size
    done = 0
    with plain.open("rb") as f:
        chunk = f.read(CHUNK_SIZE)
        index = 0
        while True:
            if cancelled():
                raise Cancelled()
            following = f.read(CHUNK_SIZE)  # read ahead: the last chunk carries the final flag
            final = not following
            packed = zlib.compress(chunk, COMPRESSION_LEVEL) if compressed else chunk
            sealed = aead.encrypt(_nonce(prefix, index), packed, _aad(digest, index, final))
            out.write(struct.pack(">I", len(sealed)) + sealed)
            done += len(chunk)
            progress(done, total)
            if final:
                return
            chunk, index = following, index + 1
            if index >= _KEY_CHECK_COUNTER:
                raise BackupError("write_failed", "database too large for one backup")


def _packed_limit(chunk_size: int) -> int:
    """The most zlib can make of `chunk_size` bytes (stored blocks add a few bytes per 16 KiB)."""
    return chunk_size + chunk_size // 1000 + 64


def _unpack(packed: bytes, chunk_size: int, index: int, compressed: bool = True) -> bytes:
    """Inflate one authenticated chunk, refusing more than a chunk's worth of output; a
    stored chunk is what it is, no longer than a chunk."""
    if not compressed:
        if not 0 < len(packed) <= chunk_size:
            raise BackupError("damaged", f"chunk {index} of {len(packed)} bytes")
        return packed
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(packed, chunk_size + 1)
    except zlib.error as exc:
        raise BackupError("damaged", f"chunk {index}: {exc}") from exc
    if len(plain) > chunk_size or not inflater.eof or inflater.unconsumed_tail:
        raise BackupError("damaged", f"chunk {index} inflates wrongly")
    return plain


def decrypt(file: Path, passphrase: str, target: Path,
            cancelled: CancelledFn = lambda: False,
            progress: ProgressFn | None = None) -> Decrypted:
    """Write the database of `file` into `target` (the office's SQLCipher file when the
    backup is of an encrypted office); every chunk must authenticate."""
    try:
        f = file.open("rb")
    except FileNotFoundError as exc:
        raise BackupError("not_a_backup", str(exc)) from exc
    total = max(file.stat().st_size, 1)
    with f, target.open("wb") as out:
        header = read_header(f)
        master = derive_key(passphrase, header.salt, header.n, header.r, header.p)
        aead = AESGCM(master)
        try:
            aead.decrypt(_nonce(header.nonce_prefix, _KEY_CHECK_COUNTER), header.key_check,
                         _KEY_CHECK_AAD)
        except InvalidTag as exc:
            raise BackupError("wrong_passphrase") from exc
        key = None if header.sealed_key is None else _open_database_key(master, header.sealed_key)
        slots = _open_key_slots(master, header)
        digest = header.digest
        index = 0
        while True:
            if cancelled():
                raise Cancelled()
            length_bytes = f.read(4)
            if len(length_bytes) < 4:
                raise BackupError("damaged", f"file ends before the last chunk ({index})")
            (length,) = struct.unpack(">I", length_bytes)
            if not _TAG <= length <= _packed_limit(header.chunk_size) + _TAG:
                raise BackupError("damaged", f"chunk {index} length {length}")
            sealed = f.read(length)
            if len(sealed) < length:
                raise BackupError("damaged", f"chunk {index} cut off")
            plain = None
            for final in (False, True):
                try:
                    plain = aead.decrypt(_nonce(header.nonce_prefix, index), sealed,
                                         _aad(digest, index, final))
                except InvalidTag:
                    continue
                break
            if plain is None:
                raise BackupError("damaged", f"chunk {index} does not authenticate")
            out.write(_unpack(plain, header.chunk_size, index, header.compressed))
            if progress is not None:
                progress(min(f.tell(), total), total)
            if final:
                if f.read(1):
                    raise BackupError("damaged", "data after the last chunk")
                out.flush()
                os.fsync(out.fileno())
                return Decrypted(header, key, slots)
            index += 1
            if index >= _KEY_CHECK_COUNTER:
                raise BackupError("damaged", "too many chunks")
