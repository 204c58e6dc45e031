"""A new invitation written by any PC of the office, long after it was shared.

The invitation written when the office was shared is a copy of the store as it was then: a
PC joining with it months later needs every file written since, and while it is the newest
invitation the office keeps them all (exchange/pruning.py). A new invitation is a copy of
this PC's store as it is now; from then on the office keeps only what comes after it, and a
PC joining with an older invitation whose files are gone is told to ask for a new one
(`missing_file` on its first exchange names the gap).

The copy leaves out this PC's own secrets (its private keys: whoever reads the invitation
must not unwrap the office keys handed to this PC) and its own bookkeeping of keys it
handed out and acknowledgements it wrote; the joining PC replaces the rest of this PC's
own state as it does with the first invitation (membership.join).
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from ops_desktop.exchange.bundle import BundleError
from ops_desktop.exchange.keys import COVERED_PREFIX, EXCHANGE_SECRET, SIGNING_SECRET
from ops_desktop.exchange.membership import _as_exchange_error, new_code, write_invitation
from ops_desktop.exchange.pruning import ACKS_SENT, ACKS_SERIAL, invitation_floor
from ops_desktop.exchange.sync import MAKER_PREFIX, MEMBER_ID, membership
from ops_desktop.storage import backup
from ops_desktop.storage.audit_copies import last_own_seq
from ops_desktop.storage.change_feed import last_outbox_seq, put_state, read_state
from ops_desktop.storage.database import Database, open_database
from ops_desktop.storage.exchange_upkeep import drop_state

_OWN_ONLY = (EXCHANGE_SECRET, SIGNING_SECRET, ACKS_SERIAL, ACKS_SENT)


def invite(db: Database, invitation: Path, now: dt.datetime) -> str:
    """Write a new invitation to this PC's office as `invitation`; returns its code."""
    if db.file is None:
        raise BundleError("not_a_file_database")
    if membership(db) is None:
        raise BundleError("not_a_member")
    code = new_code()
    work = Path(tempfile.mkdtemp(dir=invitation.parent, prefix=".ops-invitation-"))
    try:
        with db.session() as s:
            connection = s.connection()
            # Taken before the copy: the copy holds at least this much.
            floor = invitation_floor(read_state(connection), read_state(connection)[MEMBER_ID],
                                     last_outbox_seq(connection), last_own_seq(connection))
        copy = work / "copy.sqlite"
        with _as_exchange_error():
            taken = backup.write_backup(db.file, work, code, now, key=db.key)
            restored = backup.restore_database(taken.file, code, copy)
        store = open_database(f"sqlite:///{copy}", key=restored.key)
        try:
            with store.session() as s:
                connection = s.connection()
                state = read_state(connection)
                own = [k for k in state if k in _OWN_ONLY or k.startswith(COVERED_PREFIX)]
                drop_state(connection, own)
                # The keys this PC made: the newcomer knows who made them (keys.py).
                made = {MAKER_PREFIX + k[len(COVERED_PREFIX):]: state[MEMBER_ID]
                        for k in own if k.startswith(COVERED_PREFIX)}
                put_state(connection, floor | made)
        finally:
            store.dispose()
        with _as_exchange_error():
            write_invitation(copy, invitation, code, now, restored.key)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # Only now: an invitation that failed half-way holds nothing back.
    with db.session() as s:
        put_state(s.connection(), floor)
    return code
