"""Wrong passwords at the sign-in of a locked (encrypted) store: counted and logged.

Before the store is open there is no user row to count on and no audit log to write to, so
each wrong unlock is noted in a small file beside the key slots (`ops.sqlite.keys.failed`):
when, and a keyed hash of the login typed (never the login: people type passwords into it).
Five in a row for one login lock it for the same time as the store's own lock
(domain/passwords.py); the lock is said only to whoever then types the right password, as
at a plain sign-in, so a refusal never tells whether a login exists. Once the store is open
the notes go into its audit log as `sign_in_failed` entries and the file is removed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ops_desktop.domain.passwords import lock_after_failure
from ops_desktop.storage.key_slots import normalise_login, slots_file

if TYPE_CHECKING:  # the store is opened after the unlocking this module counts
    from ops_desktop.storage.database import Database

log = logging.getLogger(__name__)

SUFFIX = ".failed"
MAX_NOTES = 1000  # a file grown by a script typing at the screen stays small


def notes_file(db_file: Path) -> Path:
    return slots_file(db_file).with_name(slots_file(db_file).name + SUFFIX)


def _tag(db_file: Path, login: str) -> str:
    # Keyed by the file's path so the same login gives another tag beside another office.
    return hmac.new(str(db_file.resolve()).encode(), normalise_login(login).encode(),
                    hashlib.sha256).hexdigest()[:16]


def _read(db_file: Path) -> list[dict[str, str]]:
    try:
        lines = notes_file(db_file).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    notes = []
    for line in lines[-MAX_NOTES:]:
        try:
            note = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(note, dict) and isinstance(note.get("at"), str):
            notes.append(note)
    return notes


def note_failure(db_file: Path, login: str, now: dt.datetime | None = None) -> None:
    now = now or dt.datetime.now(dt.UTC)
    entry = json.dumps({"at": now.isoformat(), "login": _tag(db_file, login)})
    try:
        with notes_file(db_file).open("a", encoding="utf-8") as f:
            f.write(entry + "\n")
    except OSError as exc:  # a read-only folder: the refusal itself still stands
        log.warning("failed unlock not noted: %s", exc)


def locked_until(db_file: Path, login: str, now: dt.datetime | None = None) -> dt.datetime | None:
    """The end of the lock on `login` after consecutive wrong unlocks, if it still runs."""
    now = now or dt.datetime.now(dt.UTC)
    tag = _tag(db_file, login)
    mine = [dt.datetime.fromisoformat(n["at"]) for n in _read(db_file)
            if n.get("login") == tag and not n.get("cleared")]
    until = lock_after_failure(len(mine), mine[-1]) if mine else None
    return until if until is not None and until > now else None


def forget_login(db_file: Path, login: str) -> None:
    """A right password: that login's run of failures ends (the rest wait for the log)."""
    tag = _tag(db_file, login)
    notes = _read(db_file)
    if not any(n.get("login") == tag for n in notes):
        return
    for n in notes:
        if n.get("login") == tag:
            n["cleared"] = "1"
    _write(db_file, notes)


def _write(db_file: Path, notes: list[dict[str, str]]) -> None:
    text = "".join(json.dumps(n) + "\n" for n in notes)
    notes_file(db_file).write_text(text, encoding="utf-8")


def move_into_log(db: Database) -> int:
    """Write the noted failures into the open store's audit log and remove the file."""
    from ops_desktop.storage import audit

    if db.file is None:
        return 0
    notes = _read(db.file)
    if not notes:
        return 0
    with db.session() as s:
        for n in notes:
            audit.record(s, None, "sign_in_failed", "user",
                         details={"reason": "locked_store", "at": n["at"]})
    notes_file(db.file).unlink(missing_ok=True)
    return len(notes)
