"""Keeping the key slots beside an encrypted store in step with the passwords it accepts.

Every password the store takes (the set-up, a change, an administrator's temporary one, a
reset from the command line) gets a slot before the new hash is committed and, once
committed, becomes the only slot of its login; a sign-in that the store accepted on this PC
settles that login's slots the same way. Nothing happens for a plain test database or a
server.

The slot written with a password is also kept on the account (`users.password_slot`, the
same bytes as in the file), in the same change as the hash: it travels to the office's other
PCs with it, and `reconcile` – after every round of exchange and at start – writes into this
PC's file the slot each account holds, and takes out the slots of accounts switched off. So
a person created, or whose password changed, on another PC unlocks this one with the new
password (and no longer with the old one) as soon as the change has arrived; the later of two
password changes wins here as it wins in the store (the exchange's clock order). Only
password slots travel: the recovery slot and this PC's system (keyring) slot stay in the
file as they are (storage/key_slots.py).
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable

from ops_desktop.storage import account_queries
from ops_desktop.storage.database import Database
from ops_desktop.storage.errors import StorageEnvironmentError, StorageProblem
from ops_desktop.storage.key_slots import (
    PASSWORD,
    KeySlotError,
    KeySlots,
    accept_travelling,
    normalise_login,
)

log = logging.getLogger(__name__)


class KeyUpkeep:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _update(self, change: Callable[[KeySlots], bool]) -> KeySlots | None:
        """`change` the slot file under its lock (None: no slot file for this store)."""
        if self.db.key is None or self.db.file is None:
            return None
        key, file = self.db.key, self.db.file

        def anew() -> KeySlots:
            # The file open and its slots gone (deleted beside it): written again from the
            # key in memory, with the passwords people type from now on.
            log.warning("key slots of %s missing: written anew", file)
            return KeySlots.new(file, key)

        try:
            return KeySlots.update(file, change, missing=anew)
        except OSError as exc:
            problem = (StorageProblem.DISK_FULL if exc.errno == errno.ENOSPC
                       else StorageProblem.READ_ONLY)
            raise StorageEnvironmentError(problem, str(file)) from exc

    def offer(self, login: str, password: str) -> str | None:
        """Before a new password is committed: a slot it opens, beside the login's others.
        Returns the slot as it travels, for the account's `password_slot` (None when the
        store has no slot file)."""
        key = self.db.key

        def add(slots: KeySlots) -> bool:
            assert key is not None
            slots.add_password(key, login, password)
            return True

        slots = self._update(add)
        return None if slots is None else slots.travelling(login)

    def settle(self, login: str, password: str) -> None:
        """After the store accepted `password` for `login`: its only slot here."""
        key = self.db.key

        def keep(slots: KeySlots) -> bool:
            assert key is not None
            return slots.keep_only_password(key, login, password)

        self._update(keep)

    def forget(self, login: str) -> None:
        """A switched-off account's slots go: the password of a colleague who left must not
        unwrap the database key from this file (or a copy of the laptop) any more. Should the
        account be switched on again, its next password (a reset) or sign-in gives a slot."""

        def remove(slots: KeySlots) -> bool:
            if normalise_login(login) not in slots.logins():
                return False
            slots.remove_login(login)
            return True

        self._update(remove)

    def settle_quietly(self, login: str, password: str) -> None:
        """settle() at sign-in: a slot file that cannot be written (a read-only folder) does
        not stop the person working; the next sign-in tries again."""
        try:
            self.settle(login, password)
        except (StorageEnvironmentError, KeySlotError) as exc:
            log.warning("key slot of a sign-in not written: %s", exc)

    def travelling(self, login: str, password: str) -> str | None:
        """`login`'s slot here as it travels, when it is the login's only one and `password`
        opens it (the store has just accepted that password); else None."""
        if self.db.key is None or self.db.file is None:
            return None
        try:
            slots = KeySlots.load(self.db.file)
        except KeySlotError:
            return None
        label = normalise_login(login)
        if sum(1 for s in slots.slots if s.get("kind") == PASSWORD
               and s.get("label") == label) != 1:
            return None
        if slots.unlock_password(login, password) != self.db.key:
            return None
        return slots.travelling(login)

    def reconcile(self) -> int:
        """This PC's file made to hold each account's travelling slot as its only one, and no
        slot of an account switched off; how many logins changed. An account without a
        travelling slot (set before slots travelled) keeps the slots it has here; a slot that
        does not name its account's login, wraps another key (an office whose PCs were
        encrypted apart) or is out of bounds is left out, and the login keeps its slots."""
        if self.db.key is None or self.db.file is None:
            return 0
        with self.db.session() as s:
            accounts = [(u.login, u.active, u.password_slot)
                        for u in account_queries.all_users(s)]

        changed: list[str] = []

        def mirror(slots: KeySlots) -> bool:
            changed.clear()
            for login, active, travelling in accounts:
                if not active:
                    if normalise_login(login) in slots.logins():
                        slots.remove_login(login)
                        changed.append(login)
                    continue
                if travelling is None:
                    continue
                slot = accept_travelling(travelling, login, slots.check)
                if slot is None:
                    log.warning("travelling key slot of %s not taken", login)
                elif slots.put_password(login, slot):
                    changed.append(login)
            return bool(changed)

        # Read first without the lock: most rounds bring no password, and then nothing is
        # locked or written.
        try:
            if not mirror(KeySlots.load(self.db.file)):
                return 0
        except KeySlotError as exc:
            if exc.code != "missing":
                raise
        self._update(mirror)
        return len(changed)

    def reconcile_quietly(self) -> int:
        """reconcile() after a round or at start: a slot file that cannot be written now is
        written at the next round; the person keeps working."""
        try:
            return self.reconcile()
        except (StorageEnvironmentError, KeySlotError) as exc:
            log.warning("travelling key slots not written: %s", exc)
            return 0

