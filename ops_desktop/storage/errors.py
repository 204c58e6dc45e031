"""Errors of the environment (disk full, read-only, locked, corrupt, missing) versus bugs.

The first kind becomes a clear message for the person and keeps what they typed; anything
else is a bug and goes to the log with its traceback (the qutebrowser split).
"""

from __future__ import annotations

from enum import StrEnum

from ops_desktop.storage import cipher


class StorageProblem(StrEnum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    CORRUPT = "corrupt"
    MISSING = "missing"
    UNREACHABLE = "unreachable"  # a database server (PostgreSQL) the PC cannot reach
    # The schema is of a revision this program does not know: a newer program wrote it.
    NEWER_SCHEMA = "newer_schema"
    # Tables but no record of the schema's revision: not made by this program, or its
    # version table was lost; creating the schema over it would fail half-way.
    NO_SCHEMA_VERSION = "no_schema_version"
    # A file of 0 bytes: a copy cut off or a file made by mistake, never silently a new office.
    EMPTY_FILE = "empty_file"
    # Encryption at rest (storage/cipher.py): an encrypted file opened without its key, a key
    # that does not open the file, and a plain file where an encrypted one was expected.
    ENCRYPTED = "encrypted"
    WRONG_KEY = "wrong_key"
    NOT_ENCRYPTED = "not_encrypted"


class StorageEnvironmentError(Exception):
    """The database cannot be used right now for a reason outside the program."""

    def __init__(self, problem: StorageProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


# SQLite reports conditions of the environment only as message text.
_MESSAGES: tuple[tuple[str, StorageProblem], ...] = (
    ("database or disk is full", StorageProblem.DISK_FULL),
    ("disk i/o error", StorageProblem.DISK_FULL),
    ("readonly database", StorageProblem.READ_ONLY),
    ("read-only", StorageProblem.READ_ONLY),
    ("database is locked", StorageProblem.LOCKED),
    ("database table is locked", StorageProblem.LOCKED),
    ("file is not a database", StorageProblem.CORRUPT),
    ("database disk image is malformed", StorageProblem.CORRUPT),
    ("unable to open database file", StorageProblem.MISSING),
    # PostgreSQL (a centre with a server): the server full, out of reach, or gone mid-way.
    ("no space left on device", StorageProblem.DISK_FULL),
    ("could not extend file", StorageProblem.DISK_FULL),
    ("deadlock detected", StorageProblem.LOCKED),
    ("lock timeout", StorageProblem.LOCKED),
    ("connection refused", StorageProblem.UNREACHABLE),
    ("could not connect", StorageProblem.UNREACHABLE),
    ("could not translate host name", StorageProblem.UNREACHABLE),
    ("connection failed", StorageProblem.UNREACHABLE),
    ("timeout expired", StorageProblem.UNREACHABLE),
    ("server closed the connection", StorageProblem.UNREACHABLE),
    ("terminating connection", StorageProblem.UNREACHABLE),
    ("the connection is closed", StorageProblem.UNREACHABLE),
    ("the database system is starting up", StorageProblem.UNREACHABLE),
    ("the database system is shutting down", StorageProblem.UNREACHABLE),
    ("ssl syscall error", StorageProblem.UNREACHABLE),
    ("consuming input failed", StorageProblem.UNREACHABLE),
)


def classify(exc: BaseException) -> StorageEnvironmentError | None:
    """The environment problem behind a DB-API error, or None when it is a bug."""
    # Imported here: the sign-in dialog shows these errors' messages before the store (and
    # SQLAlchemy with it) is loaded, and any error reaching this point came from SQLAlchemy.
    from sqlalchemy.exc import DBAPIError, OperationalError

    original: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    if not isinstance(original, (*cipher.Error, OperationalError)) and not isinstance(
        exc, OperationalError
    ):
        return None
    text = str(original).lower()
    for needle, problem in _MESSAGES:
        if needle in text:
            return StorageEnvironmentError(problem, str(original))
    return None
