"""The administrator's work on the keys of an encrypted store, written to the audit log.

- Binding a key slot to this PC's system account (the OS keyring) lets backups and
  exchanges run from the task scheduler with nobody signed in; unbinding takes it away.
- A new recovery key replaces the one in the safe (the old one stops opening the file).

Only an administrator may do these, or whoever holds the recovery key: the key opens the
whole file anyway, and it is the way in when no administrator remembers a password
(`actor` None). The store must be open with its key (store_access says where it comes from).
"""

from __future__ import annotations

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import store_access
from ops_desktop.services.context import Actor, require
from ops_desktop.storage import audit
from ops_desktop.storage.database import Database

# What the log notes about who proved the right to do it.
BY_PASSWORD = "password"
BY_RECOVERY_KEY = "recovery key"


class KeyAdministration:
    def __init__(self, db: Database) -> None:
        self.db = db

    def bind_this_pc(self, actor: Actor | None) -> str:
        """Bind a slot to this PC's system account; returns the account's name."""
        key = self._key(actor)
        account = store_access.bind_keyring(self.db.url, key)
        self._note(actor, {"keyring": "bound", "account": account})
        return account

    def unbind_this_pc(self, actor: Actor | None) -> str | None:
        """Remove this PC's system account's slot; its name, or None when there was none."""
        self._key(actor)
        if not store_access.unbind_keyring(self.db.url):
            return None
        account = store_access.system_account()
        self._note(actor, {"keyring": "unbound", "account": account})
        return account

    def new_recovery_key(self, actor: Actor | None) -> str:
        """A new recovery key, to be shown and printed once; the old one stops working."""
        key = self._key(actor)
        recovery = store_access.add_recovery_key(self.db.url, key)
        self._note(actor, {"recovery_key": "replaced"})
        return recovery

    def _key(self, actor: Actor | None) -> bytes:
        if actor is not None:
            require(actor, Permission.MANAGE_SETTINGS)
        if self.db.key is None or self.db.file is None:
            raise DomainError("not_encrypted", self.db.url)
        return self.db.key

    def _note(self, actor: Actor | None, details: dict[str, str]) -> None:
        actor_id = None if actor is None else actor.user_id
        by = BY_RECOVERY_KEY if actor is None else BY_PASSWORD
        with self.db.session(actor_id) as s:
            audit.record(s, actor_id, "protection", "database", details={**details, "by": by})
