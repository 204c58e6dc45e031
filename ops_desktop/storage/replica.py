"""Applying another PC's changes to this PC's store, and the digest of replicated content.

Each change is applied through the ORM in the receiving PC's transaction, so the audit log
records it as made by its author, the triggers that keep signed decisions immutable still
hold, and foreign keys are checked. Per field, the value with the larger clock stamp wins
(storage/change_feed.py keeps the stamp of every field's value); the PC whose own value
lost to an edit made without seeing it writes the conflict entry, which then travels.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ops_desktop.domain.hlc import ZERO, Stamp
from ops_desktop.domain.vocabulary import DecisionStatus
from ops_desktop.storage import acts, double_signing, duplicate_persons, list_versions, person_merge
from ops_desktop.storage.anonymisation import ANONYMISE, apply_fact
from ops_desktop.storage.change_feed import (
    ALL_FIELDS,
    APPLIED,
    DELETE,
    INSERT,
    UPDATE,
    FieldStamp,
    decode,
    is_signing,
    dumps,
    encode,
    field_stamps,
    put_stamps,
    stamp_of,
)
from ops_desktop.storage.models import (
    ApplicationRow,
    Base,
    DecisionRow,
    OfficeMemberRow,
    PersonRow,
    QuarantineRow,
    Setting,
    SyncConflictRow,
    UserRow,
)
from ops_desktop.storage.models_merges import PersonMergeRow
from ops_desktop.storage.replication import REPLICATED, is_local_setting, replicated_columns

T = TypeVar("T")

# Conflict entries get an id every PC would give the same lost value.
_CONFLICT_NS = uuid.UUID("6f0b7a52-2a41-4c55-9a57-3c1d5a0e8f11")


@dataclass(frozen=True)
class Incoming:
    """One change as it came from another PC."""

    member: str
    seq: int
    stamp: str
    table: str
    row: str
    op: str
    fields: dict[str, Any]
    bases: dict[str, str] = field(default_factory=dict)
    author: str | None = None

    @classmethod
    def of(cls, member: str, data: Mapping[str, Any]) -> Incoming:
        return cls(member=member, seq=int(data["seq"]), stamp=str(data["stamp"]),
                   table=str(data["table"]), row=str(data["row"]), op=str(data["op"]),
                   fields=dict(data["fields"]), bases=dict(data.get("bases") or {}),
                   author=data.get("author"))

    def as_json(self) -> str:
        return dumps({"member": self.member, "seq": self.seq, "stamp": self.stamp,
                      "table": self.table, "row": self.row, "op": self.op,
                      "fields": self.fields, "bases": self.bases, "author": self.author})


@dataclass(frozen=True)
class Target:
    """What the receiving PC holds of the row a change touches (for the rules)."""

    exists: bool
    created_by: uuid.UUID | None = None
    status: str | None = None


@functools.cache  # the mapped classes are all known once the models are imported
def _classes() -> dict[str, type[Any]]:
    return {m.local_table.name: m.class_ for m in Base.registry.mappers}  # type: ignore[attr-defined]


def _key(table: str, row: str) -> Any:
    return row if table == "settings" else uuid.UUID(row)


OPS = (INSERT, UPDATE, DELETE, ANONYMISE)


def known_table(table: str, fields: Mapping[str, Any], op: str = UPDATE) -> bool:
    """Whether this program knows the table, every field and the kind of change (else a
    newer one wrote it)."""
    if table not in REPLICATED or op not in OPS:
        return False
    if op == ANONYMISE:
        return table == "persons"
    return set(fields) <= set(replicated_columns(table))


class Rows:
    """The rows a round's changes touch, read a few hundred at a time and held for the
    round: the session's identity map keeps a row only while something else holds it, so
    without this every change would read its row twice (the rules, then `apply`)."""

    CHUNK = 500

    def __init__(self, session: Session, changes: Iterable[Incoming]) -> None:
        self.session = session
        self.held: dict[tuple[str, str], Any] = {}
        wanted: dict[str, set[str]] = {}
        for change in changes:
            wanted.setdefault(change.table, set()).add(_norm(change.table, change.row))
        classes = _classes()
        for table, keys in wanted.items():
            cls = classes[table]
            column = cls.key if table == "settings" else cls.id
            ordered = sorted(keys)
            for start in range(0, len(ordered), self.CHUNK):
                chunk = ordered[start:start + self.CHUNK]
                self.held.update(((table, key), None) for key in chunk)
                for obj in session.scalars(select(cls).where(
                        column.in_([_key(table, key) for key in chunk]))):
                    self.held[(table, str(obj.key if table == "settings" else obj.id))] = obj

    def get(self, table: str, row: str) -> Any:
        key = (table, _norm(table, row))
        if key not in self.held:
            self.held[key] = self.session.get(_classes()[table], _key(table, row))
        return self.held[key]

    def put(self, table: str, row: str, obj: Any) -> None:
        self.held[(table, _norm(table, row))] = obj

    def forget(self, changes: Iterable[Incoming]) -> None:
        """Read these rows again when next asked (their savepoint was rolled back)."""
        for change in changes:
            self.held.pop((change.table, _norm(change.table, change.row)), None)


def _norm(table: str, row: str) -> str:
    return row if table == "settings" else str(uuid.UUID(row))


def _row(session: Session, change: Incoming, rows: Rows | None) -> Any:
    if rows is not None:
        return rows.get(change.table, change.row)
    return session.get(_classes()[change.table], _key(change.table, change.row))


def target(session: Session, change: Incoming, rows: Rows | None = None) -> Target:
    obj = _row(session, change, rows)
    if obj is None:
        return Target(exists=False)
    return Target(exists=True, created_by=getattr(obj, "created_by", None),
                  status=getattr(obj, "status", None))


def author_roles(session: Session, author: str | None) -> tuple[bool, str]:
    """(the author is an active user here, their roles as stored)."""
    if author is None:
        return False, ""
    row = session.get(UserRow, uuid.UUID(author))
    if row is None:
        return False, ""
    return bool(row.active), row.roles


# Reasons a change may pass later: what it needs (its row, its author, the row it points
# to) may come in a later round, e.g. after a relay by USB stick was cut off halfway.
RETRYABLE = ("row_missing", "refused_by_store", "unknown_author",
             # kept waiting by earlier versions; now settled or decided (double_signing)
             "signed_act")


def retryable(session: Session) -> list[tuple[int, Incoming]]:
    """Quarantined changes worth trying again, with their quarantine ids."""
    rows = session.execute(select(QuarantineRow.id, QuarantineRow.change)
                           .where(QuarantineRow.reason.in_(RETRYABLE))
                           .order_by(QuarantineRow.id))
    out: list[tuple[int, Incoming]] = []
    for entry_id, text in rows:
        data = json.loads(text)
        out.append((int(entry_id), Incoming.of(str(data["member"]), data)))
    return out


def release(session: Session, quarantine_id: int) -> None:
    """A quarantined change that has now been applied leaves the quarantine."""
    from sqlalchemy import delete

    session.connection().execute(delete(QuarantineRow.__table__)
                                 .where(QuarantineRow.id == quarantine_id))


def quarantine(session: Session, change: Incoming, reason: str) -> None:
    session.connection().execute(insert(QuarantineRow.__table__).values(
        member_id=change.member, seq=change.seq, table_name=change.table,
        row_id=change.row, reason=reason, change=change.as_json()))


def apply(session: Session, change: Incoming, me: str, rows: Rows | None = None,
          flush: bool = True) -> str | None:
    """Apply one change; a reason (for the quarantine) when it cannot be applied at all.
    `flush` False: the caller flushes (`together`), after other changes of the same author."""
    cls = _classes()[change.table]
    obj = _row(session, change, rows)
    # Held, not just their ids: an id is only unique while its object lives.
    applied: dict[int, Any] = session.info.setdefault(APPLIED, {})
    author = None if change.author is None else uuid.UUID(change.author)
    session.info["actor_id"] = author
    if change.op == ANONYMISE:
        return apply_fact(session, change.row, change.fields, author)
    if change.op == DELETE:
        if obj is not None:
            applied[id(obj)] = obj
            session.delete(obj)
            if flush:
                session.flush()
            if rows is not None:
                rows.put(change.table, change.row, None)
        return None
    connection = session.connection()
    values = {f: decode(change.table, f, v) for f, v in change.fields.items()}
    # Written before its PC knew the person's two records were merged: to the survivor.
    person_merge.follow(session, change.table, values, change.row)
    # A signing carries the whole act and wins over any edit of the draft made meanwhile,
    # even its replacement (a deleted draft comes back as the act that was signed).
    signing = change.op == UPDATE and is_signing(change.table, change.fields)
    if obj is None:
        if change.op == UPDATE and not signing:
            return "row_missing"
        if change.table == duplicate_persons.TABLE:  # the same PESEL registered apart
            _settle_pesel(session, change.row, values, rows)
        key = "key" if change.table == "settings" else "id"
        obj = cls(**{key: _key(change.table, change.row)}, **values)
        applied[id(obj)] = obj
        signed_here = isinstance(obj, DecisionRow) and obj.status == DecisionStatus.SIGNED
        if signed_here:
            # An act that arrives signed (its draft never reached this PC) is stored as a
            # draft first, so its defaults are filled, then signed with its entry in this
            # PC's own log: the store takes a signed act only so (storage/acts.py).
            obj.status = DecisionStatus.DRAFT.value
        session.add(obj)
        if flush or signed_here:
            session.flush()
        if signed_here:
            obj.status = DecisionStatus.SIGNED.value
            acts.record_signing(session, author, obj)
            session.flush()
        if rows is not None:
            rows.put(change.table, change.row, obj)
        put_stamps(connection, change.table, change.row,
                   {ALL_FIELDS: FieldStamp(change.stamp, ZERO, author)})
        if isinstance(obj, PersonMergeRow):
            entries: list[SyncConflictRow] = []
            person_merge.carry_out(session, obj, entries)  # each PC moves the references itself
            if rows is not None:  # (two merges made apart: the other PCs' copy of the
                for entry in entries:  # entry may come later in this round)
                    rows.put(SyncConflictRow.__tablename__, str(entry.id), entry)
        return None
    stamps = field_stamps(connection, change.table, change.row)
    if signing and isinstance(obj, DecisionRow) and obj.status == DecisionStatus.SIGNED:
        # Signed here too, while apart: the act signed first stays everywhere, the later
        # one is kept whole for the coordinator (storage/double_signing.py).
        applied[id(obj)] = obj
        replaced, entry = double_signing.settle(session, obj, stamp_of(stamps, "status").stamp,
                                                values, change.stamp, author)
        if replaced:
            put_stamps(connection, change.table, change.row,
                       {n: FieldStamp(change.stamp, change.bases.get(n, ZERO), author)
                        for n in values})
        if entry is not None and rows is not None:
            # The other PCs' copy of the entry may come later in this round.
            rows.put(SyncConflictRow.__tablename__, str(entry.id), entry)
        return None
    won: dict[str, FieldStamp] = {}
    lost_here: list[tuple[str, FieldStamp, Any]] = []
    # «Brak dochodów» stated on both PCs apart: either statement wins, and neither is a loss.
    same = (isinstance(obj, ApplicationRow) and list_versions.same_statement(obj, values))
    for name, value in values.items():
        current = stamp_of(stamps, name)
        if change.stamp <= current.stamp and not signing:
            continue  # ours is newer (its author's PC records a conflict) or the same change
        if (change.table, name) == (duplicate_persons.TABLE, duplicate_persons.FIELD):
            _settle_pesel(session, change.row, values, rows)  # a PESEL corrected apart
            value = values[name]
        base = change.bases.get(name, ZERO)
        if (current.stamp != ZERO and Stamp.parse(current.stamp).member == me
                and base < current.stamp and getattr(obj, name) != value
                and current.stamp != change.stamp
                and not (same and name in list_versions.STATEMENT_FIELDS)):
            lost_here.append((name, current, getattr(obj, name)))
        setattr(obj, name, value)
        won[name] = FieldStamp(change.stamp, base, author)
    applied[id(obj)] = obj
    if signing and isinstance(obj, DecisionRow):
        # The store takes a signing only with its entry in this PC's own log (storage/acts.py).
        acts.record_signing(session, author, obj)
    # The conflict entry is the program's, and a signing is checked by the store against
    # its entry: these changes are flushed first.
    if flush or lost_here or signing:
        session.flush()
    put_stamps(connection, change.table, change.row, won)
    if lost_here:
        _record_conflicts(session, change, author, lost_here)
    if isinstance(obj, PersonRow) and obj.merged_into_id is not None and won:
        _late_edit(session, obj, {n: values[n] for n in won}, change, author, rows)
    return None


def _late_edit(session: Session, obj: PersonRow, values: dict[str, Any], change: Incoming,
               author: uuid.UUID | None, rows: Rows | None) -> None:
    """An edit of a record merged meanwhile: also before the coordinator, on the survivor."""
    session.info["actor_id"] = None  # the program writes the entries, not a colleague
    entries = person_merge.late_edit(session, obj, values, change.stamp, author)
    session.flush()
    if rows is not None:
        for entry in entries:  # the other PCs' copy of the entry may come later in this round
            rows.put(SyncConflictRow.__tablename__, str(entry.id), entry)


def _settle_pesel(session: Session, row: str, values: dict[str, Any], rows: Rows | None
                  ) -> None:
    entry = duplicate_persons.settle(session, row, values)
    if entry is not None and rows is not None:
        # The other PCs' copy of the entry may come later in this round.
        rows.put(SyncConflictRow.__tablename__, str(entry.id), entry)


def _record_conflicts(session: Session, change: Incoming, author: uuid.UUID | None,
                      lost: list[tuple[str, FieldStamp, Any]]) -> None:
    """This PC's value lost to an edit made without seeing it: an entry for the coordinator."""
    session.info["actor_id"] = None  # the program writes it, not a colleague
    for name, ours, value in lost:
        entry = uuid.uuid5(_CONFLICT_NS, f"{change.table}|{change.row}|{name}|{ours.stamp}")
        if session.get(SyncConflictRow, entry) is not None:
            continue
        session.add(SyncConflictRow(
            id=entry, table_name=change.table, row_id=change.row, field=name,
            kept_value=dumps(change.fields[name]), kept_stamp=change.stamp, kept_author=author,
            lost_value=dumps(encode(value)), lost_stamp=ours.stamp, lost_author=ours.author_id))
    session.flush()


def _digested(column: str, value: Any) -> Any:
    """A value as the digest reads it. Two PCs that anonymised one person while apart blank
    the same data to the same values, each at its own moment, and a signed act takes its
    anonymisation once (storage/triggers.py), so the moments never converge: the digest
    counts whether a row is anonymised, not when this PC did it (its log says when)."""
    if column == "anonymised_at":
        return value is not None
    return encode(value)


def digest(session: Session) -> str:
    """SHA-256 over every replicated row's travelling fields, in key order."""
    h = hashlib.sha256()
    connection = session.connection()
    for name in sorted(REPLICATED):
        table = Base.metadata.tables[name]
        names = replicated_columns(name)
        columns = [table.c[c] for c in names]
        key_columns = list(table.primary_key.columns)
        for row in connection.execute(select(*columns).order_by(*key_columns)):
            if name == "settings" and is_local_setting(row[0]):
                continue
            line = json.dumps([name, [_digested(c, v) for c, v in zip(names, row, strict=True)]],
                              ensure_ascii=False)
            h.update(line.encode("utf-8") + b"\n")
    return h.hexdigest()


def conflicts(session: Session, open_only: bool = True) -> list[SyncConflictRow]:
    stmt = select(SyncConflictRow).order_by(SyncConflictRow.created_at)
    if open_only:
        stmt = stmt.where(SyncConflictRow.resolved_at.is_(None),
                          SyncConflictRow.deleted_at.is_(None))
    return list(session.scalars(stmt))


def quarantined(session: Session) -> list[QuarantineRow]:
    return list(session.scalars(select(QuarantineRow).order_by(QuarantineRow.id)))


__all__ = ["DELETE", "INSERT", "UPDATE", "Incoming", "Setting", "Target", "apply",
           "author_roles", "conflicts", "digest", "known_table", "quarantine", "quarantined",
           "target"]


def apply_safely(session: Session, change: Incoming, me: str, rows: Rows | None = None
                 ) -> str | None:
    """`apply` inside a savepoint: a change the store itself refuses (a trigger, a foreign
    key, a unique number) is quarantined instead of ending the whole round. A problem of
    the environment (disk full, locked) still ends it."""
    result = together(session, lambda: apply(session, change, me, rows))
    if result is REFUSED:
        if rows is not None:
            rows.forget([change])
        return "refused_by_store"
    return result  # type: ignore[return-value]


REFUSED = object()


def together(session: Session, work: Callable[[], T]) -> T | object:
    """`work` and one flush inside one savepoint: what `work` returned, or REFUSED when
    the store refused any of it (then all of it is rolled back). A problem of the
    environment (disk full, locked) is raised."""
    from sqlalchemy.exc import DBAPIError

    from ops_desktop.storage.errors import classify

    _hold_transaction(session)
    try:
        with session.begin_nested():
            result = work()
            session.flush()
    except DBAPIError as exc:
        problem = classify(exc)
        if problem is not None:
            raise problem from exc
        return REFUSED
    return result


def _hold_transaction(session: Session) -> None:
    """SQLite's driver opens a transaction only before a write, so a savepoint as the first
    write would open one of its own and its release would commit it: every change of a
    round committed alone (a disk flush each, and a round cut off halfway no longer rolled
    back). The round's one transaction is opened first instead."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN")


def forget_local_copy(session: Session) -> None:
    """A database restored from another PC's invitation: drop what was that PC's own
    (its outbox, its refusals, its backup settings); the rest is the office's. The demo
    mark stays: a PC joined to the demo office is a demo office too (`simulate` and the demo
    passwords' care work only there)."""
    from sqlalchemy import delete

    from ops_desktop.storage.models import OutboxRow
    from ops_desktop.storage.replication import LOCAL_SETTINGS_PREFIXES

    connection = session.connection()
    connection.execute(delete(OutboxRow.__table__))
    connection.execute(delete(QuarantineRow.__table__))
    for prefix in LOCAL_SETTINGS_PREFIXES:
        if prefix == "demo_office":
            continue
        connection.execute(delete(Setting.__table__).where(Setting.key.startswith(prefix)))


def take_lost_value(session: Session, conflict_id: uuid.UUID, actor_id: uuid.UUID) -> bool:
    """The coordinator takes the value that lost: an ordinary edit by the coordinator (it
    travels and wins everywhere, having seen the kept value) and the entry is closed.
    False when there is no such open entry or its row is gone."""
    from ops_desktop.storage.models import utcnow

    entry = session.get(SyncConflictRow, conflict_id)
    if entry is None or entry.resolved_at is not None:
        return False
    row = session.get(_classes()[entry.table_name], _key(entry.table_name, entry.row_id))
    if row is None:
        return False
    lost = None if entry.lost_value is None else json.loads(entry.lost_value)
    setattr(row, entry.field, decode(entry.table_name, entry.field, lost))
    entry.resolved_at = utcnow()
    entry.resolved_by = actor_id
    session.flush()
    return True


def dismiss_conflict(session: Session, conflict_id: uuid.UUID, actor_id: uuid.UUID) -> bool:
    """The coordinator keeps the value every PC holds: the entry is closed (the closing
    travels like the entry, so it closes on every PC). False when there is no open entry."""
    from ops_desktop.storage.models import utcnow

    entry = session.get(SyncConflictRow, conflict_id)
    if entry is None or entry.resolved_at is not None or entry.deleted_at is not None:
        return False
    entry.resolved_at = utcnow()
    entry.resolved_by = actor_id
    session.flush()
    return True


def conflict(session: Session, conflict_id: uuid.UUID) -> SyncConflictRow | None:
    return session.get(SyncConflictRow, conflict_id)


def members(session: Session) -> list[OfficeMemberRow]:
    """The office's PCs by their number (not those removed from it)."""
    return list(session.scalars(select(OfficeMemberRow)
                                .where(OfficeMemberRow.deleted_at.is_(None),
                                       OfficeMemberRow.removed_at.is_(None))
                                .order_by(OfficeMemberRow.code)))


def removed_members(session: Session) -> set[str]:
    """Member ids of the PCs the administrator removed from the office."""
    return {str(m) for m in session.scalars(select(OfficeMemberRow.id)
                                             .where(OfficeMemberRow.removed_at.is_not(None)))}


def closed_members(session: Session) -> dict[str, dt.datetime]:
    """Member ids of PCs that another carries on from (restored from their backup,
    exchange/restored.py), with when their entry was closed (UTC)."""
    return {str(m): at for m, at in session.execute(
        select(OfficeMemberRow.id, OfficeMemberRow.deleted_at)
        .where(OfficeMemberRow.deleted_at.is_not(None)))}


def close_members(session: Session, members: list[str]) -> list[str]:
    """Close these PCs' entries (a tombstone that travels: exchange/restored.py); those whose
    rows are not here yet are returned."""
    from ops_desktop.storage.models import utcnow

    missing: list[str] = []
    for member in members:
        row = session.get(OfficeMemberRow, uuid.UUID(member))
        if row is None:
            missing.append(member)
        elif row.deleted_at is None:
            row.deleted_at = utcnow()
    session.flush()
    return missing


def reopen_member(session: Session, member: str) -> bool:
    """This PC's own entry, closed by a PC carrying on from a copy of it, opened again (the
    change travels); whether it was closed."""
    row = session.get(OfficeMemberRow, uuid.UUID(member))
    if row is None or row.deleted_at is None:
        return False
    row.deleted_at = None
    session.flush()
    return True


def remove_member(session: Session, code: int) -> bool:
    """Mark the PC with this number removed (it travels); False when there is none."""
    from ops_desktop.storage.models import utcnow

    row = session.scalars(select(OfficeMemberRow).where(OfficeMemberRow.code == code,
                                                        OfficeMemberRow.removed_at.is_(None))
                          ).first()
    if row is None:
        return False
    row.removed_at = utcnow()
    session.flush()
    return True
