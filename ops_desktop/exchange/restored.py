"""A PC whose store went back to an older copy of itself: restored from its own backup after a
broken disk, or an older file put back by hand.

Its own subfolder then holds files it wrote after that copy was made: changes and audit
entries the store no longer has, which the other PCs have already applied. Carrying on under
the same identity would write new files under the numbers of those (the others would pass
over them as already applied, and the work done since the restore would never reach them),
give out again the case signs and decision numbers it gave out after the copy, and fork its
audit chain where the others hold the old one.

So such a PC carries on as a NEW member of the office, exactly as a PC joining with an
invitation does: the restored store is a copy of its former self at the time of the backup,
as an invitation is a copy of the sharing PC. It takes a new member id and a new number (its
numbers get a new mark, so none is given twice), reads its former self's files after what
the copy holds as another PC's (the work done after the backup comes back), and its own log
travels from where its former self's had reached the folder at the time of the backup. Its
former self's entry in the office is closed (a tombstone that travels): the others stop
listing it and stop keeping their files for it.

A copy restored on ANOTHER PC (a backup of PC 2 picked on PC 3, or put on a new PC after a
broken one) carries on as a new member always, even when its former self sent nothing after
the backup: that PC may still be at work, and two PCs under one id would give out the same
numbers. The entry of the PC whose file the copy replaced is closed too (its data went with
the file, kept aside). The PC the copy was made on, still at work, opens its entry again at
its next exchange (`reopen`).
"""

from __future__ import annotations

import uuid
from typing import Any

from ops_desktop.domain.ids import new_id
from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.audit_trail import (
    AUDIT_APPLIED_PREFIX,
    AUDIT_EXPORTED,
    AUDIT_SHARED_UNTIL,
)
from ops_desktop.exchange.bundle import AUDIT, CHANGES, BundleError, open_bundle
from ops_desktop.exchange.keys import new_member_keys
from ops_desktop.exchange.pruning import ACKS_SENT, ACKS_SERIAL
from ops_desktop.exchange.sync import (
    APPLIED_PREFIX,
    CONTINUES,
    EXPORTED,
    MEMBER_CODE,
    MEMBER_ID,
    Membership,
    membership,
)
from ops_desktop.storage.change_feed import (
    FORMER_MEMBERS,
    REPLACED_MEMBERS,
    RESTORED_ELSEWHERE,
    RESTORED_OUTBOX,
    forget_backup_marks,
    forget_membership,
    put_state,
    read_state,
)
from ops_desktop.storage.audit_copies import own_entries_after
from ops_desktop.storage.database import Database
from ops_desktop.storage.exchange_upkeep import drop_state, outbox_stamps_after, restart_outbox
from ops_desktop.storage.models import OfficeMemberRow
from ops_desktop.storage.replica import close_members, reopen_member

def _published(me: Membership, kind: str) -> int:
    """The last number this PC's own files of `kind` in the folder reach (0: none)."""
    found = exchange_folder.bundles(exchange_folder.member_folder(me.root, me.member), kind)
    return max((last for _, last, _ in found), default=0)


def behind(db: Database, me: Membership) -> bool:
    """Whether this PC's folder holds changes or log entries its store does not have: it
    was put back to an older copy of itself.

    Files past what the store counts as sent are also what a PC leaves when it is stopped
    between writing a file and committing (a power cut in the middle of a round): those
    hold the store's own entries, and the next round writes them again. Only an entry the
    store holds differently, or not at all, says the store went back."""
    with db.session() as s:
        connection = s.connection()
        state = read_state(connection)
        sent = int(state.get(EXPORTED, "0"))
        if _published(me, CHANGES) > sent:
            ours = dict(outbox_stamps_after(connection, sent))
            if any(ours.get(seq) != stamp
                   for seq, stamp in _published_marks(me, CHANGES, sent).items()):
                return True
        logged = int(state.get(AUDIT_EXPORTED, "0"))
        if _published(me, AUDIT) > logged:
            ours = {int(e["seq"]): str(e["hash"])
                    for e in own_entries_after(connection, logged, 1_000_000)}
            if any(ours.get(seq) != digest
                   for seq, digest in _published_marks(me, AUDIT, logged).items()):
                return True
    return False


def _published_marks(me: Membership, kind: str, after: int) -> dict[int, str]:
    """What tells this PC's own entries after `after` in its folder apart, by number: a
    change's stamp, a log entry's hash. A file that does not open (being replaced, damaged)
    tells nothing."""
    marks: dict[int, str] = {}
    folder = exchange_folder.member_folder(me.root, me.member)
    field = "stamp" if kind == CHANGES else "hash"
    for _, last, path in exchange_folder.bundles(folder, kind):
        if last <= after:
            continue
        try:
            _, entries = open_bundle(path.read_bytes(), me.opening_keys, me.office, kind,
                                      me.makers)
        except (BundleError, OSError):
            continue
        marks |= {int(e["seq"]): str(e[field]) for e in entries if int(e["seq"]) > after}
    return marks


def _former_reached(connection: Any, state: dict[str, str], me: Membership) -> int:
    """Up to which number the outbox holds the former self's own changes: those went into
    the folder under its id. The entries after it are work done since the restore.

    A restore by the program notes where the outbox stood (RESTORED_OUTBOX). A file put back
    by hand is read entry by entry against the former self's files: the first entry whose
    stamp differs from the one sent under its number was written after the restore."""
    if RESTORED_OUTBOX in state:
        return int(state[RESTORED_OUTBOX])
    reached = int(state.get(EXPORTED, "0"))
    sent = _published_marks(me, CHANGES, reached)
    newest = max(sent, default=reached)
    for seq, stamp in outbox_stamps_after(connection, reached):
        if seq > newest or sent.get(seq, stamp) != stamp:
            break
        if seq not in sent:  # its file was deleted since: what it held cannot be told
            raise BundleError("restored_unclear", str(seq))
        reached = seq
    return reached


def note_copy(db: Database, me: Membership, replaced: tuple[str, ...] | None) -> None:
    """Right after a restore: whether the copy is of the PC whose file it replaced.

    `replaced` is who that file was (storage/backup.pcs_of): its member ids, present one
    first, or None when there was no file or it did not open. A copy of another PC, or
    one put on a new or repaired PC, may be a twin of a PC still at work: it carries on as
    a new member even if nothing was sent after the backup (settle), and the entry of the
    PC whose file it replaced, gone with that file, is closed."""
    if replaced is not None and me.member in replaced:
        return
    with db.session() as s:
        put_state(s.connection(), {RESTORED_ELSEWHERE: " ".join(replaced or ())})


def settle(db: Database, me: Membership) -> bool:
    """At each round, and right after a restore while the folder can be reached: a PC
    behind its own files, or a copy restored on another PC (note_copy), carries on as a new
    member (True). Otherwise the mark a restore left is dropped: nothing was sent after the
    backup, the store is the PC's latest."""
    with db.session() as s:
        elsewhere = RESTORED_ELSEWHERE in read_state(s.connection())
    if elsewhere or behind(db, me):
        carry_on(db, me)
        return True
    with db.session() as s:
        connection = s.connection()
        if RESTORED_OUTBOX in read_state(connection):
            drop_state(connection, [RESTORED_OUTBOX])
    return False


def reopen(db: Database, me: Membership) -> bool:
    """This PC's own entry closed by another PC: a copy of this PC, restored there, carries
    on as a new member while this one is still at work. The entry opens again (the change
    travels; the others wait for this PC's acknowledgements again); whether it was closed."""
    with db.session() as s:
        return reopen_member(s, me.member)


def carry_on(db: Database, me: Membership) -> Membership:
    """Make this PC a new member continuing its former self (see the module's text); the
    new membership. Raises BundleError "restored_unsent" when the store holds changes of
    its former self that never went into the folder (they would reach nobody), and
    "restored_unclear" when a file needed to tell them from later work is gone: nothing is
    changed then."""
    former = me.member
    with db.session() as s:
        connection = s.connection()
        state = read_state(connection)
        reached = _former_reached(connection, state, me)
        published = _published(me, CHANGES)
        if reached > published:
            if RESTORED_ELSEWHERE not in state:
                raise BundleError("restored_unsent", str(reached))
            # A copy made on another PC (a new PC for a broken one): what that PC had not
            # yet sent travels as this PC's, or it would reach nobody if that PC is gone.
            # If it is at work it sends them too: one change applied twice changes nothing.
            reached = published
        member = str(new_id())
        number = exchange_folder.claim_code(me.root, member)
        # The former self's entries went into the folder under its id; the work done since
        # the restore travels as the new member's, numbered from 1 as a joining PC's.
        restart_outbox(connection, reached)
        shared_log = int(state.get(AUDIT_EXPORTED, "0"))
        private, public = new_member_keys()
        put_state(connection, private | {
            MEMBER_ID: member, MEMBER_CODE: str(number), EXPORTED: "0", CONTINUES: former,
            # Its own backups made before now name the ids it had: restoring one asks
            # nothing. A copy made on another PC is not this PC's past: that PC's may be.
            FORMER_MEMBERS: " ".join([*state.get(FORMER_MEMBERS, "").split(),
                                      *([] if RESTORED_ELSEWHERE in state else [former])]),
            # The former self's changes up to the copy are here; those after it are read
            # from its folder like another PC's.
            APPLIED_PREFIX + former: str(reached),
            # Its log up to what had reached the folder is everyone's; the entries after it
            # (the restore among them) travel as this PC's.
            AUDIT_EXPORTED: str(shared_log), AUDIT_SHARED_UNTIL: str(shared_log),
            AUDIT_APPLIED_PREFIX + former: str(shared_log),
            # Its acknowledgements begin anew in its new (empty) folder.
            ACKS_SERIAL: "0", ACKS_SENT: ""})
        # The restore's marks, and the last backup's marks: they count the former self's files.
        drop_state(connection, [RESTORED_OUTBOX, RESTORED_ELSEWHERE])
        forget_backup_marks(connection)
        # The entries of the PC whose file the copy replaced: its data went with that file.
        put_state(connection, {REPLACED_MEMBERS: " ".join(
            [*state.get(REPLACED_MEMBERS, "").split(),
             *state.get(RESTORED_ELSEWHERE, "").split()])})
        # Written as the new member (its first changes): the row that names it, and the
        # former self's closed.
        forget_membership(db.engine)
        s.add(OfficeMemberRow(id=uuid.UUID(member), name=me.name, code=number, **public))
        close_members(s, [former])
        _close_replaced(connection, s)
    forget_membership(db.engine)
    carried = membership(db)
    assert carried is not None
    return carried



def close_replaced(db: Database) -> None:
    """Close the entries of the PC whose file a restored copy replaced (note_copy) as their
    rows arrive: that PC may have exchanged after the copy was made, and until its entry is
    closed the others keep their files for it, which it will never take."""
    with db.session() as s:
        _close_replaced(s.connection(), s)


def _close_replaced(connection: Any, session: Any) -> None:
    waiting = read_state(connection).get(REPLACED_MEMBERS, "").split()
    if waiting:
        put_state(connection, {REPLACED_MEMBERS: " ".join(close_members(session, waiting))})
