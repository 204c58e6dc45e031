"""Neither the exchange folder nor the outbox grows without bound: what every PC has taken
goes.

A PC knows what the others applied from their acknowledgements: after each round every PC
writes into its own subfolder a small sealed file, `acks-<n>-<n>.opsx`, naming how far it
has applied each PC's changes and audit entries (its `applied:` and `audit_applied:`
marks), and removes its older ones. Each PC then deletes

- its own change and audit files that every current member has acknowledged. A removed PC
  does not count; a PC not heard from (no acknowledgement yet, or an older one) holds back
  every file it has not taken, however long it is away. The newest file stays whatever
  happens: its time says when this PC was last heard from, and its key generation that it
  moved to a new office key;
- the entries of its outbox that went into the folder and every member acknowledged, all
  but the newest (on SQLite the next change's number is the largest one plus one).

A PC joining later starts from the office's invitation, a copy of one PC's store, and needs
every file after what that copy already held. The PC that writes an invitation records
those marks (`invitation_floor`) and publishes them with its acknowledgements; for
INVITATION_KEEPS after the newest invitation was written nothing above its marks is
deleted: the time an administrator takes to set the new PCs up. Later a PC joining with it
may find files gone; it is then refused before it holds a partial copy (`complete`), and
the administrator writes a new invitation (`office invite`, or sharing again from the
panel). A PC only ever deletes in its own subfolder.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ops_desktop.exchange import acks
from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.acks import ACKS, LOG_FROM
from ops_desktop.exchange.audit_trail import (
    AUDIT_APPLIED_PREFIX,
    AUDIT_EXPORTED,
    AUDIT_SHARED_UNTIL,
)
from ops_desktop.exchange.bundle import AUDIT, CHANGES, SUFFIX, file_name, seal
from ops_desktop.exchange.sync import APPLIED_PREFIX, EXPORTED, Membership
from ops_desktop.storage.change_feed import BACKUP_PREFIX, put_state, read_state
from ops_desktop.storage.database import Database
from ops_desktop.storage.exchange_upkeep import drop_outbox_until, office_member_ids
from ops_desktop.storage.replica import closed_members, removed_members

# Keys of exchange_state: the number of this PC's newest acknowledgement file and what it
# said (a round that took nothing new writes none), and the newest invitation's marks.
ACKS_SERIAL, ACKS_SENT, INVITATION_FLOOR = "acks_serial", "acks_sent", "invitation_floor"
KINDS = {CHANGES: APPLIED_PREFIX, AUDIT: AUDIT_APPLIED_PREFIX}
INVITATION_KEEPS = dt.timedelta(days=14)
EVERYTHING = 2**62


@dataclass(frozen=True)
class Pruned:
    files: int = 0  # this PC's files deleted from the folder
    changes: int = 0  # entries deleted from its outbox


def marks(state: dict[str, str]) -> dict[str, dict[str, int]]:
    """How far this PC has applied each other PC's files, per kind."""
    return {kind: {k[len(prefix):]: int(v) for k, v in state.items() if k.startswith(prefix)}
            for kind, prefix in KINDS.items()}


def invitation_floor(state: dict[str, str], me: str, own_changes: int, own_audit: int
                     ) -> dict[str, str]:
    """The state to keep when this PC writes an invitation now: every file after what the
    copy holds must stay for a PC joining with it. Its time is UTC, as a round's."""
    made = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    floor = marks(state)
    floor[CHANGES][me], floor[AUDIT][me] = own_changes, own_audit
    return {INVITATION_FLOOR: json.dumps({"made": made.isoformat(), **floor}, sort_keys=True)}


def publish(db: Database, me: Membership) -> bool:
    """Write this PC's acknowledgements when they changed since the last file; whether one
    was written. Only this PC's own older acknowledgement files are removed."""
    with db.session() as s:
        connection = s.connection()
        state = read_state(connection)
        body: dict[str, Any] = marks(state)
        backed = {k[len(BACKUP_PREFIX):]: int(v) for k, v in state.items()
                  if k.startswith(BACKUP_PREFIX)}
        if backed:
            # Only what this PC's last backup holds: restored from it, the PC reads the rest
            # again, so the others keep those files until its next backup.
            for kind, prefix in KINDS.items():
                body[kind] = {m: min(n, backed.get(prefix + m, 0)) for m, n in body[kind].items()}
        # A PC joined from a later invitation begins its log later than the first PCs.
        body[LOG_FROM] = int(state.get(AUDIT_SHARED_UNTIL, "0"))
        if INVITATION_FLOOR in state:
            body["invitation"] = json.loads(state[INVITATION_FLOOR])
        text = json.dumps(body, sort_keys=True)
        if state.get(ACKS_SENT) == text:
            return False
        serial = int(state.get(ACKS_SERIAL, "0")) + 1
        folder = exchange_folder.member_folder(me.root, me.member)
        exchange_folder.write_once(folder, file_name(serial, serial, ACKS),
                                   seal(me.key, me.office, me.member, serial, serial, [body],
                                        ACKS, keygen=me.generation, keyby=me.keyby))
        put_state(connection, {ACKS_SERIAL: str(serial), ACKS_SENT: text})
    for first, _, path in exchange_folder.bundles(folder, ACKS):
        if first < serial:
            path.unlink(missing_ok=True)
    return True


def _newest_invitation(own: dict[str, str], heard: list[dict[str, Any]], now: dt.datetime
                       ) -> dict[str, Any]:
    """The marks of the newest invitation still in its time ({} when there is none)."""
    found = [json.loads(own[INVITATION_FLOOR])] if INVITATION_FLOOR in own else []
    found += [a["invitation"] for a in heard if isinstance(a.get("invitation"), dict)]
    newest = max(found, key=lambda f: str(f.get("made", "")), default={})
    try:
        made = dt.datetime.fromisoformat(str(newest.get("made"))).replace(tzinfo=None)
    except ValueError:
        return {}
    return newest if now - made <= INVITATION_KEEPS else {}


def _taken(me: Membership, connection: Any, removed: set[str], now: dt.datetime
           ) -> tuple[dict[str, int], dict[str, str]]:
    """Per kind, how far every current member and the newest invitation have this PC's
    files (0 while any member has said nothing), and this PC's state."""
    state = read_state(connection)
    members = (office_member_ids(connection)
               | set(exchange_folder.other_members(me.root, me.member))) - removed - {me.member}
    heard = {m: acks.newest(me, m) for m in members}
    invitation = _newest_invitation(state, [a for a in heard.values() if a], now)
    taken: dict[str, int] = {}
    for kind in KINDS:
        values = [int((a or {}).get(kind, {}).get(me.member, 0)) for a in heard.values()]
        if invitation:
            values.append(int(invitation.get(kind, {}).get(me.member, 0)))
        # No other PC and no invitation in its time: nobody needs anything of this PC's.
        taken[kind] = min(values, default=EVERYTHING)
    return taken, state


def _written_since(me: Membership, member: str, at: dt.datetime) -> bool:
    """Whether that PC wrote any file into its folder after `at` (naive UTC)."""
    since = at.replace(tzinfo=dt.UTC).timestamp()
    folder = exchange_folder.member_folder(me.root, member)
    try:
        return any(p.stat().st_mtime > since for p in folder.glob(f"*{SUFFIX}"))
    except OSError:
        return False


def prune(db: Database, me: Membership, now: dt.datetime) -> Pruned:
    """Delete this PC's files and outbox entries every member and the newest invitation
    have; runs after a round (a directory listing and one small file per PC)."""
    folder = exchange_folder.member_folder(me.root, me.member)
    with db.session() as s:
        connection = s.connection()
        # A PC another carries on from (exchange/restored.py) acknowledges no more – unless
        # it wrote since: a copy of a PC still at work was restored elsewhere, and it opens
        # its entry again (restored.reopen) as soon as it exchanges.
        gone = {m for m, at in closed_members(s).items() if not _written_since(me, m, at)}
        taken, state = _taken(me, connection, removed_members(s) | gone, now)
        exported = int(state.get(EXPORTED, "0"))
        changes = drop_outbox_until(connection, min(taken[CHANGES], exported))
        # What this PC sent after its last backup stays: restored from it, it reads those
        # files back (exchange/restored.py).
        for kind, mark in ((CHANGES, EXPORTED), (AUDIT, AUDIT_EXPORTED)):
            if BACKUP_PREFIX + mark in state:
                taken[kind] = min(taken[kind], int(state[BACKUP_PREFIX + mark]))
    files = 0
    for kind, below in taken.items():
        # The newest file always stays (it says when this PC was last heard from).
        for first, last, path in exchange_folder.bundles(folder, kind)[:-1]:
            # An empty file (a day's sign of life) goes once a later change is taken:
            # the file that carried it told every PC the key's generation too.
            if last < below or (last == below and first <= last):
                path.unlink(missing_ok=True)
                files += 1
    return Pruned(files, changes)


def complete(root: Path, applied: dict[str, dict[str, int]], removed: set[str]) -> bool:
    """Whether the folder still holds every file a PC needs whose copy of the store has
    applied each PC's files up to `applied` (per kind, by member; a PC the copy has no mark
    of from its first file on): else the invitation is older than what was pruned."""
    for member in exchange_folder.other_members(root, ""):
        if member in removed:
            continue
        folder = exchange_folder.member_folder(root, member)
        for kind in KINDS:
            if kind == AUDIT and member not in applied[kind]:
                continue  # its log's files start where its copy of the log ended
            done = applied[kind].get(member, 0)
            later = [first for first, last, _ in exchange_folder.bundles(folder, kind)
                     if last > done and first <= last]
            if later and min(later) > done + 1:
                return False
    return True
