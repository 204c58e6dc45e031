"""Each PC's audit log travels with its changes, so every member's chain can be checked.

A PC writes the entries of its own log since its last exchange as an audit bundle (the same
encrypted file as its changes); the other PCs keep them apart from their own log
(storage/audit_copies.py) and `ops-desktop verify` checks each chain.
"""

from __future__ import annotations

from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.acks import log_start
from ops_desktop.exchange.bundle import (
    AUDIT,
    FIRST_GENERATION,
    BundleError,
    file_name,
    open_bundle,
    seal,
)
from ops_desktop.exchange.sync import Membership, Problem, RoundReport, problem_code
from ops_desktop.storage import audit_copies
from ops_desktop.storage.anonymisation import redact_copies
from ops_desktop.storage.change_feed import put_state, read_state
from ops_desktop.storage.database import Database
from ops_desktop.storage.replica import removed_members

AUDIT_EXPORTED = "audit_exported"
AUDIT_APPLIED_PREFIX = "audit_applied:"
# Where the log every member shares from the invitation ends: each PC's own entries travel
# from the next one on, so the first file read of any PC must begin there.
AUDIT_SHARED_UNTIL = "audit_shared_until"
# The newest office key generation each PC has sealed a log file with: a later log file of
# that PC sealed with an older key is refused, as its changes are (exchange/sync.py). Its
# own, as the log files are a stream of their own, read apart from the changes.
AUDIT_KEYGEN_PREFIX = "audit_keygen_seen:"
BATCH = 20000


def export_audit(db: Database, me: Membership) -> int:
    """Write this PC's log entries not yet in the folder; how many went."""
    sent = 0
    with db.session() as s:
        connection = s.connection()
        done = int(read_state(connection).get(AUDIT_EXPORTED, "0"))
        while entries := audit_copies.own_entries_after(connection, done, BATCH):
            first, last = done + 1, int(entries[-1]["seq"])
            exchange_folder.write_once(
                exchange_folder.member_folder(me.root, me.member), file_name(first, last, AUDIT),
                seal(me.key, me.office, me.member, first, last, entries, AUDIT,
                     keygen=me.generation, keyby=me.keyby))
            done, sent = last, sent + len(entries)
            put_state(connection, {AUDIT_EXPORTED: str(done)})
    return sent


def import_audit(db: Database, me: Membership, report: RoundReport) -> None:
    """Keep the other PCs' new log entries, in order, up to a file that cannot be read."""
    with db.session() as s:
        connection = s.connection()
        state = read_state(connection)
        marks: dict[str, str] = {}
        removed = removed_members(s)
        for member in exchange_folder.other_members(me.root, me.member):
            if member in removed:
                continue  # as its changes: what a removed PC writes is not read any more
            key = AUDIT_APPLIED_PREFIX + member
            # Nothing read from that PC yet: its first file starts after the shared log (a
            # later one read first would leave its beginning out of the copy for good).
            applied = int(state.get(key, state.get(AUDIT_SHARED_UNTIL, "0")))
            if key not in state:
                # One that joined from a later invitation says where its log begins.
                applied = log_start(me, member) or applied
            folder = exchange_folder.member_folder(me.root, member)
            for first, last, path in exchange_folder.bundles(folder, AUDIT):
                if last <= applied:
                    continue
                try:
                    # A PC's first file starts where the invitation's log ended.
                    if applied and first > applied + 1:
                        raise BundleError("missing_file", f"{applied + 1}-{first - 1}")
                    header, entries = open_bundle(path.read_bytes(), me.opening_keys, me.office,
                                                  AUDIT, me.makers)
                    if header.member != member:
                        raise BundleError("altered", "misplaced")
                    # A removed PC still holds the older key: it cannot pass a log file off
                    # as that of a PC that has moved to the new one.
                    seen = int(state.get(AUDIT_KEYGEN_PREFIX + member, FIRST_GENERATION))
                    if header.keygen < seen:
                        raise BundleError("old_key", str(header.keygen))
                except BundleError as exc:
                    report.problems.append(Problem(member, path.name,
                                                   problem_code(exc.code, member, state)))
                    break
                new = [e for e in entries if int(e["seq"]) > applied]
                audit_copies.store(connection, member, new)
                # A PC away when a person was anonymised sends its entries about them later.
                redact_copies(connection, {e.get("person_id") for e in new})
                applied = last
                marks[key] = str(last)
                if header.keygen > int(state.get(AUDIT_KEYGEN_PREFIX + member,
                                                 FIRST_GENERATION)):
                    state[AUDIT_KEYGEN_PREFIX + member] = marks[AUDIT_KEYGEN_PREFIX + member] = (
                        str(header.keygen))
        put_state(connection, marks)


def start_marks(last_own_seq: int, sharer: str | None) -> dict[str, str]:
    """The log's marks of a PC that just shared or joined: its own entries travel from the
    end of the invitation's copy of the log (`last_own_seq`), which every member holds."""
    marks = {AUDIT_EXPORTED: str(last_own_seq), AUDIT_SHARED_UNTIL: str(last_own_seq)}
    if sharer is not None:
        marks[AUDIT_APPLIED_PREFIX + sharer] = str(last_own_seq)
    return marks
