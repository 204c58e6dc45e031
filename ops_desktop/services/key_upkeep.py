"""Keeping the key slots beside an encrypted store in step with the passwords it accepts.

Every password the store takes (the set-up, a change, an administrator's temporary one, a
reset from the command line) gets a slot before the new hash is committed and, once
committed, becomes the only slot of its login; a sign-in that the store accepted on this PC
settles that login's slots the same way, so a person whose slot is missing here (created on
another PC, or converted before) gets one at their first sign-in on this PC while it is open.
Nothing happens for a plain test database or a server.
"""

from __future__ import annotations

import errno
import logging

from ops_desktop.storage.database import Database
from ops_desktop.storage.errors import StorageEnvironmentError, StorageProblem
from ops_desktop.storage.key_slots import KeySlotError, KeySlots, normalise_login

log = logging.getLogger(__name__)


class KeyUpkeep:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _slots(self) -> KeySlots | None:
        if self.db.key is None or self.db.file is None:
            return None
        try:
            return KeySlots.load(self.db.file)
        except KeySlotError as exc:
            if exc.code != "missing":
                raise
            # The file open and its slots gone (deleted beside it): written again from the key
            # in memory, with the passwords people type from now on.
            log.warning("key slots of %s missing: written anew", self.db.file)
            return KeySlots.new(self.db.file, self.db.key)

    def offer(self, login: str, password: str) -> None:
        """Before a new password is committed: a slot it opens, beside the login's others."""
        slots = self._slots()
        if slots is None or self.db.key is None:
            return
        slots.add_password(self.db.key, login, password)
        _save(slots)

    def settle(self, login: str, password: str) -> None:
        """After the store accepted `password` for `login`: its only slot here."""
        slots = self._slots()
        if slots is None or self.db.key is None:
            return
        if slots.keep_only_password(self.db.key, login, password):
            _save(slots)

    def forget(self, login: str) -> None:
        """A switched-off account's slots go: the password of a colleague who left must not
        unwrap the database key from this file (or a copy of the laptop) any more. Should the
        account be switched on again, its next password (a reset) or sign-in gives a slot."""
        slots = self._slots()
        if slots is None or normalise_login(login) not in slots.logins():
            return
        slots.remove_login(login)
        _save(slots)

    def settle_quietly(self, login: str, password: str) -> None:
        """settle() at sign-in: a slot file that cannot be written (a read-only folder) does
        not stop the person working; the next sign-in tries again."""
        try:
            self.settle(login, password)
        except (StorageEnvironmentError, KeySlotError) as exc:
            log.warning("key slot of a sign-in not written: %s", exc)


def _save(slots: KeySlots) -> None:
    try:
        slots.save()
    except OSError as exc:
        problem = StorageProblem.DISK_FULL if exc.errno == errno.ENOSPC else StorageProblem.READ_ONLY
        raise StorageEnvironmentError(problem, str(slots.path)) from exc
