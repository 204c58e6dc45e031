"""The office's database encrypted at rest: SQLCipher connections opened with a raw key.

SQLCipher comes from the `sqlcipher3-wheels` package (wheels for Windows and Linux that
carry SQLCipher 4 and its own OpenSSL): the same DB-API as the standard `sqlite3`, so
SQLAlchemy's pysqlite dialect runs on it unchanged (`create_engine(..., module=…)`).

The key is 32 random bytes handed to SQLCipher as a raw key (`PRAGMA key = "x'…'"`): no
PBKDF2 at every connection (SQLCipher's default costs a quarter of a second per connect),
because the random key needs no stretching. The passwords that unwrap it are stretched with
Argon2id once, at sign-in (storage/key_slots.py). A `key` of None means a plain SQLite file:
a test database, or an office's file from before encryption, converted at start.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Errors either driver raises; code that reads a file with both catches these tuples.
    DatabaseError: tuple[type[Exception], ...]
    Error: tuple[type[Exception], ...]
    # SQLCipher's own DB-API module, for create_engine(module=…).
    dbapi: Any

KEY_BYTES = 32
PLAIN_HEADER = b"SQLite format 3\x00"


def _drivers() -> tuple[Any, Any]:
    """The standard sqlite3 module and SQLCipher's, imported when first used. Telling what
    a file is (is_plain) and reading the key slots need neither, so the sign-in dialog
    paints without them (5 ms of a start); they load while it waits."""
    import sqlite3

    from sqlcipher3 import dbapi2

    return sqlite3, dbapi2


def __getattr__(name: str) -> Any:
    # DatabaseError, Error and dbapi, as the module's attributes (PEP 562), made on first use.
    if name not in ("DatabaseError", "Error", "dbapi"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    sqlite3, sqlcipher = _drivers()
    if name == "DatabaseError":
        return (sqlite3.DatabaseError, sqlcipher.DatabaseError)
    if name == "Error":
        return (sqlite3.Error, sqlcipher.Error)
    return sqlcipher


class WrongKey(Exception):
    """The key does not open this file (another office's key slots, or another file)."""


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check(key: bytes) -> str:
    """A short fingerprint of the key, kept in the key-slot file: a key unwrapped from a slot
    is checked against it before any page of the database is read with it."""
    return hmac.new(key, b"ops-desktop database key", hashlib.sha256).hexdigest()[:32]


def key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(dbapi_connection: Any, key: bytes) -> None:
    """The first statement on a new connection: nothing is read before the key is set."""
    cursor = dbapi_connection.cursor()
    cursor.execute(key_pragma(key))
    cursor.close()


def is_plain(path: Path) -> bool:
    """A plain SQLite file (the header SQLite writes in clear); False for an encrypted one,
    an empty one or none."""
    try:
        with path.open("rb") as f:
            return f.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def is_encrypted(path: Path) -> bool:
    """A file with content but no plain SQLite header: SQLCipher's, or not a database at all
    (told apart only by the key)."""
    try:
        return path.stat().st_size > 0 and not is_plain(path)
    except OSError:
        return False


def connect(target: str | Path, key: bytes | None, *, uri: bool = False,
            timeout: float = 5.0, isolation_level: str | None = "") -> Any:
    """A DB-API connection to `target`, encrypted when `key` is given."""
    sqlite3, sqlcipher = _drivers()
    if key is None:
        return sqlite3.connect(str(target), uri=uri, timeout=timeout,
                               isolation_level=isolation_level)
    conn = sqlcipher.connect(str(target), uri=uri, timeout=timeout,
                             isolation_level=isolation_level)
    try:
        apply_key(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def check_key(path: Path, key: bytes) -> None:
    """WrongKey unless `key` reads the file's first page."""
    try:
        with closing(connect(read_only_uri(path), key, uri=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _drivers()[1].DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise WrongKey(str(path)) from exc
        raise


def read_only_uri(path: Path) -> str:
    # An escaped URI: '#' or '?' in a folder name must not change which file is opened.
    return path.resolve().as_uri() + "?mode=ro"


def encrypt_copy(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain file `plain` as `target` (sqlcipher_export):
    the schema, the rows and the file's user_version; `target` must not exist."""
    if target.exists():
        raise FileExistsError(str(target))
    with closing(_drivers()[1].connect(str(plain), isolation_level=None)) as conn:
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.hex()}'"))
        # WAL as the office's own file: the pragmas at every connection expect it.
        conn.execute("PRAGMA encrypted.journal_mode=WAL")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")


def copy_file(source: str | Path, target: Path, key: bytes | None, *,
              uri: bool = False) -> None:
    """A consistent copy of the database `source` as `target`, with the same key (the online
    backup API: consistent even while the WAL holds pages not yet in the file)."""
    with closing(connect(source, key, uri=uri)) as src, closing(connect(target, key)) as dst:
        src.backup(dst)


def remove_file(path: Path) -> None:
    """Remove a database file with its -wal and -shm companions."""
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        try:
            os.unlink(path.with_name(name))
        except FileNotFoundError:
            pass
