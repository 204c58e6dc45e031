"""One round of exchange: this PC's new changes out, the other PCs' new changes in.

Incoming changes of every PC are applied together in clock order: a change made after
seeing another PC's change has the larger stamp, so a case opened on PC 2 for a person
registered on PC 1 is applied after the person, whichever folder is read first.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ops_desktop.domain.hlc import Clock, ClockSkewError, Stamp
from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.bundle import (
    FIRST_GENERATION,
    BundleError,
    file_name,
    open_bundle,
    seal,
)
from ops_desktop.exchange.rules import SIGNED_ACT, refusal
from ops_desktop.storage import audit
from ops_desktop.storage.change_feed import (
    last_outbox_seq,
    merge_clock,
    now_ms,
    outbox_after,
    put_state,
    read_state,
)
from ops_desktop.storage.anonymisation import ANONYMISE, Blanker
from ops_desktop.storage.database import Database
from ops_desktop.storage.replica import (
    REFUSED,
    Incoming,
    Rows,
    apply,
    apply_safely,
    author_roles,
    known_table,
    quarantine,
    release,
    removed_members,
    retryable,
    target,
    together,
)

# Keys of exchange_state (storage/change_feed.py has member_id and the clock).
OFFICE_ID, OFFICE_KEY = "office_id", "office_key"
MEMBER_ID, MEMBER_CODE, MEMBER_NAME = "member_id", "member_code", "member_name"
EXCHANGE_DIR, EXPORTED, LAST_EXCHANGE = "exchange_dir", "exported", "last_exchange_at"
# The folder last relayed with (a field laptop's stick): the window offers it next time.
RELAY_DIR = "relay_dir"
APPLIED_PREFIX = "applied:"
# The member id a PC restored from its own backup carried on from (exchange/restored.py).
CONTINUES = "continues_member"
# Office keys after the invitation's (OFFICE_KEY, generation 1), one per generation; and the
# newest generation each other PC has sealed a file with (it never goes back to an older one).
KEY_PREFIX, KEYGEN_SEEN_PREFIX = "office_key:", "keygen_seen:"
# Another PC's key of a generation this PC already holds a key of (two removals made while
# apart, exchange/keys.py): `office_key_rival:<generation>:<maker>`; it only opens files.
# And which PC made a key this PC took from the folder: `office_key_by:<generation>`.
RIVAL_PREFIX, MAKER_PREFIX = "office_key_rival:", "office_key_by:"
# Which PCs a key this PC made covers (exchange/keys.py): present for the keys it made.
COVERED_PREFIX = "key_covered:"
BUNDLE_SIZE = 5000  # changes per file
KEEP_ALIVE = dt.timedelta(days=1)


@dataclass(frozen=True)
class Problem:
    """A file of another PC that was not applied, and why (bundle.BundleError codes)."""

    member: str
    file: str
    code: str


@dataclass
class RoundReport:
    exported: int = 0
    applied: int = 0
    quarantined: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    removed: bool = False  # the administrator removed this PC from the office
    anonymised: int = 0  # persons anonymised on another PC, and now here too
    pruned_files: int = 0  # this PC's files every PC has taken, deleted from the folder
    pruned_changes: int = 0  # and its outbox entries
    # The member id this PC carried on from, having found its store older than its own
    # files in the folder (restored from its own backup, exchange/restored.py).
    continued_from: str | None = None
    # Another PC carries on from a copy of this one (its backup restored there): this PC's
    # entry in the office, which that PC closed, was opened again.
    copied_elsewhere: bool = False

    @property
    def needs_update(self) -> bool:
        return any(p.code == "newer_format" for p in self.problems)


@dataclass(frozen=True)
class Membership:
    office: str
    # every office key this PC holds, by generation (never in a printed repr)
    keys: dict[int, bytes] = field(repr=False)
    member: str
    code: int
    name: str
    root: Path
    rivals: dict[int, tuple[bytes, ...]] = field(default_factory=dict, repr=False)
    # Which PC made each key, in the order of opening_keys (None: not known, as for the
    # invitation's key); what a sealed file's `keyby` names.
    makers: dict[int, tuple[str | None, ...]] = field(default_factory=dict)

    @property
    def opening_keys(self) -> dict[int, tuple[bytes, ...]]:
        """Every key that may open a file, by generation: this PC's own first."""
        return {g: (k, *self.rivals.get(g, ())) for g, k in self.keys.items()} | {
            g: r for g, r in self.rivals.items() if g not in self.keys}

    @property
    def keyby(self) -> str | None:
        """The PC that made the key this PC seals with, when known."""
        return self.makers.get(self.generation, (None,))[0]

    @property
    def generation(self) -> int:
        """The newest office key's generation: what this PC seals its files with."""
        return max(self.keys)

    @property
    def key(self) -> bytes:
        return self.keys[self.generation]

    @classmethod
    def of(cls, state: dict[str, str]) -> Membership | None:
        if MEMBER_ID not in state or OFFICE_KEY not in state:
            return None
        keys = {FIRST_GENERATION: base64.b64decode(state[OFFICE_KEY])}
        keys |= {int(k[len(KEY_PREFIX):]): base64.b64decode(v) for k, v in state.items()
                 if k.startswith(KEY_PREFIX)}
        # Every key by generation, this PC's own first, each with the PC that made it.
        makers: dict[int, tuple[str | None, ...]] = {g: (key_maker(state, g),) for g in keys}
        rivals: dict[int, tuple[bytes, ...]] = {}
        for k, v in sorted(state.items()):
            if k.startswith(RIVAL_PREFIX):
                text, _, maker = k[len(RIVAL_PREFIX):].partition(":")
                generation = int(text)
                rivals[generation] = (*rivals.get(generation, ()), base64.b64decode(v))
                makers[generation] = (*makers.get(generation, ()), maker or None)
        return cls(office=state[OFFICE_ID], keys=keys,
                   member=state[MEMBER_ID], code=int(state.get(MEMBER_CODE, "1")),
                   name=state.get(MEMBER_NAME, ""), root=Path(state[EXCHANGE_DIR]),
                   rivals=rivals, makers=makers)


def key_maker(state: Mapping[str, str], generation: int) -> str | None:
    """Which PC made the key this PC seals with at `generation` (None: not known, as for
    the invitation's key): this PC for a key it made, else as the key file said."""
    if COVERED_PREFIX + str(generation) in state:
        return state[MEMBER_ID]
    return state.get(MAKER_PREFIX + str(generation))


def state(db: Database) -> dict[str, str]:
    with db.session() as s:
        return read_state(s.connection())


def remember(db: Database, values: dict[str, str]) -> None:
    """Keep values of this PC's own exchange state (never travels)."""
    with db.session() as s:
        put_state(s.connection(), values)


def membership(db: Database) -> Membership | None:
    return Membership.of(state(db))


def export(db: Database, me: Membership) -> int:
    """Write this PC's changes not yet in the folder as bundles; how many changes went."""
    sent = 0
    with db.session() as s:
        connection = s.connection()
        done = int(read_state(connection).get(EXPORTED, "0"))
        while changes := outbox_after(connection, done, BUNDLE_SIZE):
            # A file covers everything after the previous one, so a gap in the numbering
            # (a rolled-back transaction on PostgreSQL) never looks like a missing file.
            first, last = done + 1, changes[-1]["seq"]
            data = seal(me.key, me.office, me.member, first, last, changes,
                        keygen=me.generation, keyby=me.keyby)
            exchange_folder.write_once(exchange_folder.member_folder(me.root, me.member),
                                       file_name(first, last), data)
            done, sent = last, sent + len(changes)
            put_state(connection, {EXPORTED: str(done)})
    return sent


def keep_alive(db: Database, me: Membership, now: dt.datetime, force: bool = False) -> bool:
    """A PC that changed nothing for a day still says it is there: an empty bundle (it
    covers no change, so readers pass over it), whose time tells the others. `force`: at
    once, e.g. sealed with a new office key, after which the others refuse a file passed
    off as this PC's sealed with an older one."""
    folder = exchange_folder.member_folder(me.root, me.member)
    newest = exchange_folder.newest_file_at(folder)
    if not force and newest is not None and now - newest < KEEP_ALIVE:
        return False
    with db.session() as s:
        done = int(read_state(s.connection()).get(EXPORTED, "0"))
    exchange_folder.write_once(folder, file_name(done + 1, done),
                               seal(me.key, me.office, me.member, done + 1, done, [],
                                    keygen=me.generation, keyby=me.keyby))
    return True


def heard_from(me: Membership) -> dict[str, dt.datetime | None]:
    """When each other PC last wrote into the folder (UTC), by member id."""
    return {member: exchange_folder.newest_file_at(exchange_folder.member_folder(me.root, member))
            for member in exchange_folder.other_members(me.root, me.member)}


def _read_member(me: Membership, member: str, applied: int, report: RoundReport,
                 seen: dict[str, int]) -> tuple[list[Incoming], int]:
    """The new changes of one PC, in order, up to the first file that cannot be applied.

    `seen`: the newest key generation each PC has sealed a file with; a later file of that
    PC sealed with an older key is refused. Once a PC has moved to the key made when
    another PC was removed, the removed PC, which still holds the older key, cannot pass a
    file off as that PC's."""
    found: list[Incoming] = []
    folder = exchange_folder.member_folder(me.root, member)
    for first, last, path in exchange_folder.bundles(folder):
        # An empty file just after what was applied still counts: its key's generation.
        if last <= applied and (first, last) != (applied + 1, applied):
            continue
        try:
            if first > applied + 1:
                raise BundleError("missing_file", f"{applied + 1}-{first - 1}")
            header, changes = open_bundle(path.read_bytes(), me.opening_keys, me.office,
                                          makers=me.makers)
            if header.member != member or (header.first, header.last) != (first, last):
                raise BundleError("altered", "misplaced")
            if header.keygen < seen.get(member, FIRST_GENERATION):
                raise BundleError("old_key", str(header.keygen))
            batch = [Incoming.of(member, c) for c in changes if int(c["seq"]) > applied]
            if any(not known_table(c.table, c.fields, c.op) for c in batch):
                raise BundleError("newer_format", "unknown table or field")
            for change in batch[-1:]:
                Clock().receive(Stamp.parse(change.stamp), now_ms())
        except ClockSkewError:
            report.problems.append(Problem(member, path.name, "clock_ahead"))
            break
        except (BundleError, OSError, ValueError, KeyError, TypeError) as exc:
            code = exc.code if isinstance(exc, BundleError) else "damaged"
            report.problems.append(Problem(member, path.name, code))
            break  # later files depend on this one: they wait with it
        found.extend(batch)
        applied = last
        seen[member] = max(seen.get(member, FIRST_GENERATION), header.keygen)
    return found, applied


def import_changes(db: Database, me: Membership, report: RoundReport,
                   now: dt.datetime) -> None:
    with db.session() as s:
        connection = s.connection()
        state = read_state(connection)
        incoming: list[Incoming] = []
        marks: dict[str, int] = {}
        removed = removed_members(s)
        if me.member in removed:
            raise BundleError("removed_from_office")
        seen = {k[len(KEYGEN_SEEN_PREFIX):]: int(v) for k, v in state.items()
                if k.startswith(KEYGEN_SEEN_PREFIX)}
        for member in exchange_folder.other_members(me.root, me.member):
            if member in removed:
                continue  # what a removed PC writes is not read any more
            applied = int(state.get(APPLIED_PREFIX + member, "0"))
            told = len(report.problems)
            changes, reached = _read_member(me, member, applied, report, seen)
            report.problems[told:] = [dataclasses.replace(p, code=problem_code(
                p.code, member, state)) for p in report.problems[told:]]
            if _continues(changes, removed):
                # A PC restored from a backup of a PC the administrator removed (a stolen
                # laptop's old copy): it is not let back in under a new id.
                report.problems.append(Problem(member, "", "continues_removed"))
                continue
            if reached != applied:
                incoming.extend(changes)
                marks[member] = reached
        # Changes refused earlier for want of something that may have come since are tried
        # again, in clock order with the new ones.
        pending: list[tuple[Incoming, int | None]] = [(c, None) for c in incoming]
        pending += [(c, entry) for entry, c in retryable(s)]
        pending.sort(key=lambda p: p[0].stamp)
        counts: dict[str, list[int]] = {}
        applying = Applying(Rows(s, [c for c, _ in pending]), me.member)
        blanker = Blanker(s)
        for batch in batches(pending):
            # About a person anonymised already (a PC away at the time wrote it): blanked
            # before it is applied or kept in the quarantine, so the data never comes back.
            batch = [(blanked_change(blanker, change), entry) for change, entry in batch]
            for (change, entry), reason in zip(batch, applying.apply(batch), strict=True):
                tally = counts.setdefault(change.member, [0, 0, 0])
                if reason == SIGNED_ACT:
                    # A change of the draft that was signed meanwhile: the signing wins, on
                    # every PC alike; nothing waits (the import entry counts it).
                    tally[2] += 1
                    if entry is not None:
                        release(s, entry)
                    continue
                if reason is None:
                    tally[0] += 1
                    report.applied += 1
                    if change.op == ANONYMISE:
                        blanker.fact_applied()
                        report.anonymised += 1
                    if entry is not None:
                        release(s, entry)
                elif entry is None:
                    quarantine(s, change, reason)
                    tally[1] += 1
                    report.quarantined[reason] = report.quarantined.get(reason, 0) + 1
        s.info["actor_id"] = None
        report.removed = me.member in removed_members(s)
        # Every stamp seen pushes the clock on – the largest, not the last one read: the
        # folders are read PC by PC, and a PC whose clock is fast may be read first. Else
        # an edit made here next would sort before a change it has seen, and lose to it.
        merge_clock(connection, [max(c.stamp for c, _ in pending)] if pending else [])
        put_state(connection, {APPLIED_PREFIX + m: str(n) for m, n in marks.items()}
                  | {KEYGEN_SEEN_PREFIX + m: str(g) for m, g in seen.items()}
                  | {LAST_EXCHANGE: now.isoformat()})
        for member, (applied_count, refused, settled) in counts.items():
            details = {"up_to": marks.get(member), "applied": applied_count,
                       "quarantined": refused}
            if settled:
                details["settled_by_signing"] = settled
            audit.record(s, None, "import", "exchange", entity_id=member[:40], details=details)


def problem_code(code: str, member: str, state: dict[str, str]) -> str:
    """A file missing from this PC's former self (exchange/restored.py) is its own work from
    before a restore, deleted from the folder since (the backup was older than its last
    one): it will not come, and joining again from another PC's invitation brings it."""
    return "restored_gap" if code == "missing_file" and member == state.get(CONTINUES) else code


def _continues(changes: list[Incoming], removed: set[str]) -> bool:
    """Whether these changes close the office entry of a removed PC: the first changes of a
    PC carrying on from it (exchange/restored.py)."""
    gone = {uuid.UUID(m) for m in removed}
    return bool(gone) and any(
        c.table == "office_members" and c.fields.get("deleted_at") and uuid.UUID(c.row) in gone
        for c in changes)


def blanked_change(blanker: Blanker, change: Incoming) -> Incoming:
    blanked = blanker.fields(change.table, change.row, change.fields)
    return change if blanked is None else dataclasses.replace(change, fields=blanked)


BATCH = 500  # changes flushed together (the store writes a few hundred rows at once)


def batches(pending: list[tuple[Incoming, int | None]]
            ) -> Iterator[list[tuple[Incoming, int | None]]]:
    """Runs of changes in clock order that may be flushed together: one author (the audit
    log names the flush's author), each row once, and a change of an account alone (the
    next change's author may be the one it changes)."""
    batch: list[tuple[Incoming, int | None]] = []
    rows: set[tuple[str, str]] = set()
    for item in pending:
        change = item[0]
        # An account change alone (the next change's author may be the one it changes), and
        # an anonymisation alone (it rewrites the person's rows behind the session's back).
        alone = change.table == "users" or change.op == ANONYMISE
        if batch and (alone or len(batch) >= BATCH or change.author != batch[0][0].author
                      or (change.table, change.row) in rows or batch[0][0].table == "users"
                      or batch[0][0].op == ANONYMISE):
            yield batch
            batch, rows = [], set()
        batch.append(item)
        rows.add((change.table, change.row))
    if batch:
        yield batch


class Applying:
    """Applies a round's changes a batch at a time: each batch in one savepoint and one
    flush; when the store refuses something in it, the batch is rolled back and applied
    again change by change, so only the refused change is quarantined."""

    def __init__(self, rows: Rows, me: str) -> None:
        self.session, self.me, self.rows = rows.session, me, rows
        self.authors: dict[str | None, tuple[bool, str]] = {}

    def _one(self, change: Incoming, safely: bool) -> str | None:
        if change.author not in self.authors:
            self.authors[change.author] = author_roles(self.session, change.author)
        active, roles = self.authors[change.author]
        reason = refusal(change, target(self.session, change, self.rows), active, roles)
        if reason is None:
            if safely:
                reason = apply_safely(self.session, change, self.me, self.rows)
            else:
                reason = apply(self.session, change, self.me, self.rows, flush=False)
        if change.table == "users":
            self.authors.clear()
        return reason

    def apply(self, batch: list[tuple[Incoming, int | None]]) -> list[str | None]:
        """The reason each change was not applied (None: applied)."""
        if len(batch) > 1:
            reasons = together(self.session, lambda: [self._one(c, False) for c, _ in batch])
            if reasons is not REFUSED:
                return reasons  # type: ignore[return-value]
            self.rows.forget(c for c, _ in batch)
            self.authors.clear()
        return [self._one(c, True) for c, _ in batch]


def waiting(db: Database) -> int:
    """Changes of this PC not yet written to the folder."""
    with db.session() as s:
        connection = s.connection()
        return last_outbox_seq(connection) - int(read_state(connection).get(EXPORTED, "0"))
