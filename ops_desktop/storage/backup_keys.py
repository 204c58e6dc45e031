"""The key slots of an office encrypted at rest as backups carry them and restores put them back.

The slot file (`<db>.keys`, storage/key_slots.py) travels in the backup's header sealed
under the backup's passphrase (storage/backup_file.py, format 3). A restore writes it beside the
restored file before that file takes its place, and copies the replaced file's slots beside
the copy kept aside, so every database file the program leaves has the slots that open it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ops_desktop.storage import cipher
from ops_desktop.storage.backup_file import BackupError
from ops_desktop.storage.key_slots import KeySlotError, KeySlots, slots_file


def read_slots(db_path: Path, key: bytes) -> dict[str, Any]:
    """The slot file's JSON, checked to belong to `key` (a backup whose slots open another
    key would restore an office nobody can sign in to)."""
    try:
        slots = KeySlots.load(db_path)
    except KeySlotError as exc:
        raise BackupError("key_slots_" + exc.code, exc.detail) from exc
    if slots.check != cipher.key_check(key):
        raise BackupError("key_slots_wrong_key", str(slots.path))
    return json.loads(slots.path.read_text(encoding="utf-8"))


def _write_atomically(path: Path, data: bytes) -> None:
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def install_slots(db_path: Path, slots: dict[str, Any] | None, key: bytes | None) -> None:
    """Put the backup's slots beside `db_path` (about to receive the restored file); a plain
    backup's file needs none, and slots left from the replaced file would open nothing."""
    target = slots_file(db_path)
    if slots is None or key is None:
        target.unlink(missing_ok=True)
        return
    if str(slots.get("key_check", "")) != cipher.key_check(key):
        raise BackupError("damaged", "the key slots do not belong to the sealed key")
    text = json.dumps(slots, ensure_ascii=False, indent=1)
    _write_atomically(target, text.encode("utf-8"))


def keep_slots_beside(db_path: Path, aside: Path) -> None:
    """Copy the slots of the file about to be kept aside next to it (it stays encrypted with
    its own key, and the same passwords open it)."""
    source = slots_file(db_path)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        return
    _write_atomically(slots_file(aside), data)


def office_key_check(db_path: Path) -> str:
    """The fingerprint of the database key in the slot file beside `db_path`, "" when there
    is none (a plain office, or no readable slot file)."""
    try:
        return KeySlots.load(db_path).check
    except KeySlotError:
        return ""
