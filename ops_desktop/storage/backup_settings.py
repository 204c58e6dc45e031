"""The backup settings that need more than a plain row: the passphrase kept sealed under the
database key, and the office's id that names the office in every backup.

The passphrase is kept in the store so scheduled backups run with nobody typing it. In clear,
any copy of the database would open every backup; in an office encrypted at rest it is
sealed (AES-256-GCM) under a key derived from the database key (HKDF, its own label), so it
is readable only where the database itself is. A plain store (tests, an office's file before
its conversion) has no key to seal it with and keeps it as it was.
"""

from __future__ import annotations

import base64
import secrets
import uuid

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.orm import Session

from ops_desktop.storage import queries
from ops_desktop.storage.backup import OFFICE_ID
from ops_desktop.storage.change_feed import read_state

SEALED_PREFIX = "sealed:1:"
_INFO = b"ops-desktop backup passphrase"


def _aead(db_key: bytes) -> AESGCM:
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO)
                  .derive(db_key))


def is_sealed(stored: str) -> bool:
    return stored.startswith(SEALED_PREFIX)


def seal(db_key: bytes, value: str) -> str:
    nonce = secrets.token_bytes(12)
    sealed = _aead(db_key).encrypt(nonce, value.encode("utf-8"), _INFO)
    return SEALED_PREFIX + base64.b64encode(nonce + sealed).decode("ascii")


def unseal(db_key: bytes | None, stored: str) -> str | None:
    """The value of a sealed setting; a clear one as it is; None when the value is sealed
    under another key (a store restored from another office's backup) or damaged."""
    if not is_sealed(stored):
        return stored
    if db_key is None:
        return None
    try:
        data = base64.b64decode(stored[len(SEALED_PREFIX):], validate=True)
        return _aead(db_key).decrypt(data[:12], data[12:], _INFO).decode("utf-8")
    except (ValueError, InvalidTag, UnicodeDecodeError):
        return None


def ensure_office_id(session: Session) -> str:
    """The office's id (a setting every PC of the office shares), made at its first need:
    the first backup, or sharing the office with other PCs. A PC of an office shared before
    the setting existed takes the office's exchange id, so its PCs, each making the setting
    on its own, make the same one."""
    current = queries.settings(session).get(OFFICE_ID, "")
    if current:
        return current
    made = read_state(session.connection()).get(OFFICE_ID) or str(uuid.uuid4())
    queries.put_setting(session, OFFICE_ID, made)
    return made
