"""The change feed of an office member: every change of a replicated row, captured in the
same transaction as the change, field by field with the new values and a clock stamp.

Chosen over SQLite's session extension (README, "An office of several PCs"): the flush
already knows each changed object field by field (the audit log reads it the same way),
the feed needs the author and the stamp the extension cannot know, and it works on
PostgreSQL too. A PC that is no member of an office pays one lookup per engine, then
nothing. Writes that bypass the ORM are not captured: the bulk demo generator (run on a
standalone PC), and retention anonymisation, which travels as a fact each PC applies itself
(storage/anonymisation.py says why).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import time
import uuid
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, event, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.base import instance_state

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.hlc import ZERO, Clock, Stamp
from ops_desktop.storage.models import (
    Base,
    ExchangeStateRow,
    FieldStampRow,
    OutboxRow,
    Setting,
)
from ops_desktop.storage.replication import (
    REPLICATED,
    Kind,
    is_local_setting,
    replicated_columns,
)
from ops_desktop.storage.triggers import SIGNED

INSERT, UPDATE, DELETE = "insert", "update", "delete"
ALL_FIELDS = "*"

# Keys of exchange_state.
MEMBER_ID = "member_id"
# The member ids this PC had before it was restored from a backup (exchange/restored.py),
# separated by spaces: its own older backups name them (storage/backup.made_on_another_pc).
FORMER_MEMBERS = "former_members"
CLOCK = "clock"

# session.info: objects an incoming change wrote (not captured again: they are not news).
APPLIED = "exchange_applied"

_state = ExchangeStateRow.__table__
_stamps = FieldStampRow.__table__
_outbox = OutboxRow.__table__
_members: weakref.WeakKeyDictionary[Engine, str | None] = weakref.WeakKeyDictionary()
_DEPENDENCY_RANK = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}

# Statements built once: every flush of a member PC runs them, and building a statement
# costs more than SQLite takes to run it.
_STATE_VALUE = select(_state.c.value).where(_state.c.key == bindparam("state_key"))
_STATE_UPDATE = (update(_state).where(_state.c.key == bindparam("state_key"))
                 .values(value=bindparam("state_value")))
_STATE_INSERT = insert(_state).values(key=bindparam("state_key"), value=bindparam("state_value"))
_OUTBOX_INSERT = insert(_outbox)
_STAMPS_OF_ROW = (select(_stamps.c.field, _stamps.c.stamp, _stamps.c.base, _stamps.c.author_id)
                  .where(_stamps.c.table_name == bindparam("stamp_table"),
                         _stamps.c.row_id == bindparam("stamp_row")))


# The same four statements of every member's flush in SQLite's own words, run on the
# DB-API cursor of the session's connection (the same transaction). Going through
# SQLAlchemy's execution layer cost about 50 µs a statement, twice what SQLite takes, and a
# household's dozen flushes run some fifty of them: the capture's cost on the write paths
# (benchmarks/sync.py). The values are bound as SQLAlchemy binds them (the author's UUID as
# its 32 hex digits), so a row reads back the same whichever path wrote it; a driver error
# is raised as SQLAlchemy's, as the store's error handling expects.
_SQLITE_CLOCK = "SELECT value FROM exchange_state WHERE key = 'clock'"
_SQLITE_CLOCK_UPDATE = "UPDATE exchange_state SET value = ? WHERE key = 'clock'"
_SQLITE_CLOCK_INSERT = "INSERT INTO exchange_state (key, value) VALUES ('clock', ?)"
_SQLITE_STAMPS_OF_ROW = ("SELECT field, stamp FROM exchange_field_stamps "
                         "WHERE table_name = ? AND row_id = ?")
_SQLITE_STAMP_UPSERT = (
    "INSERT INTO exchange_field_stamps (table_name, row_id, field, stamp, base, author_id) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, row_id, field) DO UPDATE SET "
    "stamp = excluded.stamp, base = excluded.base, author_id = excluded.author_id")
_SQLITE_OUTBOX_INSERT = ("INSERT INTO exchange_outbox "
                         "(stamp, table_name, row_id, op, fields, bases, author_id) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)")


@functools.cache
def _uuid_binding(dialect: Any) -> Any:
    return _outbox.c.author_id.type.bind_processor(dialect) or (lambda v: v)


class _SqliteCapture:
    """The capture's statements on SQLite, straight on the driver (see above)."""

    def __init__(self, connection: Connection) -> None:
        self.cursor = connection.connection.cursor()
        self.dialect = connection.dialect
        self.uuid = _uuid_binding(self.dialect)

    def run(self, sql: str, params: Any = (), many: bool = False) -> Any:
        try:
            if many:
                return self.cursor.executemany(sql, params)
            return self.cursor.execute(sql, params)
        except self.dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(sql, params, exc, self.dialect.loaded_dbapi.Error,
                                      dialect=self.dialect) from exc

    def take_stamps(self, member: str, count: int) -> list[str]:
        row = self.run(_SQLITE_CLOCK).fetchone()
        clock, stamps = _ticks(Clock.parse(row[0] if row else None), member, count)
        text = clock.text()
        if not self.run(_SQLITE_CLOCK_UPDATE, (text,)).rowcount:
            self.run(_SQLITE_CLOCK_INSERT, (text,))
        return stamps

    def stamps_of_row(self, table: str, row_id: str) -> dict[str, str]:
        return dict(self.run(_SQLITE_STAMPS_OF_ROW, (table, row_id)).fetchall())

    def put_stamps(self, values: list[tuple[str, str, str, FieldStamp]]) -> None:
        self.run(_SQLITE_STAMP_UPSERT, [
            (t, r, f, s.stamp, s.base, None if s.author_id is None else self.uuid(s.author_id))
            for t, r, f, s in values], many=True)

    def add_outbox(self, rows: list[dict[str, Any]]) -> None:
        self.run(_SQLITE_OUTBOX_INSERT, [
            (r["stamp"], r["table_name"], r["row_id"], r["op"], r["fields"], r["bases"],
             None if r["author_id"] is None else self.uuid(r["author_id"])) for r in rows],
            many=True)


def _stamp_upsert(dialect_insert: Any) -> Any:
    statement = dialect_insert(_stamps)
    return statement.on_conflict_do_update(
        index_elements=[_stamps.c.table_name, _stamps.c.row_id, _stamps.c.field],
        set_={"stamp": statement.excluded.stamp, "base": statement.excluded.base,
              "author_id": statement.excluded.author_id})


# A field's stamp replaces the one it had: one statement for a flush's stamps, in the
# SQL both stores speak for it (INSERT … ON CONFLICT DO UPDATE).
_STAMP_UPSERT = {"sqlite": _stamp_upsert(sqlite_insert),
                 "postgresql": _stamp_upsert(postgresql_insert)}


# --- values as they travel ---------------------------------------------------------------


def encode(value: Any) -> Any:
    """A column value as JSON holds it; `decode` with the column's type gives it back."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


@functools.cache
def _python_type(table: str, field: str) -> type:
    return Base.metadata.tables[table].c[field].type.python_type  # type: ignore[no-any-return]


def decode(table: str, field: str, value: Any) -> Any:
    if value is None:
        return None
    kind = _python_type(table, field)
    if kind is uuid.UUID:
        return uuid.UUID(str(value))
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(str(value))
    if kind is dt.date:
        return dt.date.fromisoformat(str(value))
    return value


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# --- this PC's exchange state ------------------------------------------------------------


def read_state(connection: Connection) -> dict[str, str]:
    return {r.key: r.value for r in connection.execute(select(_state.c.key, _state.c.value))}


def put_state(connection: Connection, values: Mapping[str, str]) -> None:
    for key, value in values.items():
        params = {"state_key": key, "state_value": value}
        if not connection.execute(_STATE_UPDATE, params).rowcount:
            connection.execute(_STATE_INSERT, params)


def member_of(connection: Connection) -> str | None:
    """This PC's member id, or None for a standalone PC; read once per engine."""
    engine = connection.engine
    if engine in _members:
        return _members[engine]
    value = connection.execute(_STATE_VALUE, {"state_key": MEMBER_ID}).scalar_one_or_none()
    _members[engine] = value or None
    return value or None


def forget_membership(engine: Engine) -> None:
    """After sharing or joining: the next flush reads the membership again."""
    _members.pop(engine, None)


# For testing an office whose PCs' clocks disagree (tests/exchange/test_simulation.py): the
# wall time this PC's change clock reads is moved by this many milliseconds. Read here only,
# at every reading, so one process can play a PC whose clock is a day fast or slow; nothing
# else of the program (dates on paper, deadlines) is moved by it. Unset in an office.
CLOCK_SKEW_VARIABLE = "OPS_DESKTOP_CLOCK_SKEW_MS"


def now_ms() -> int:
    """The wall time the hybrid logical clock follows (domain/hlc.py)."""
    skew = os.environ.get(CLOCK_SKEW_VARIABLE)
    return time.time_ns() // 1_000_000 + (int(skew) if skew else 0)


def take_stamps(connection: Connection, member: str, count: int) -> list[str]:
    """`count` fresh stamps from this PC's clock, which is stored again at once."""
    clock, stamps = _ticks(Clock.parse(
        connection.execute(_STATE_VALUE, {"state_key": CLOCK}).scalar_one_or_none()),
        member, count)
    put_state(connection, {CLOCK: clock.text()})
    return stamps


def _ticks(clock: Clock, member: str, count: int) -> tuple[Clock, list[str]]:
    stamps: list[str] = []
    wall = now_ms()  # one reading for the flush: the clock's counter orders its stamps
    for _ in range(count):
        clock, stamp = clock.tick(wall, member)
        stamps.append(stamp.text())
    return clock, stamps


def merge_clock(connection: Connection, seen: Iterable[str]) -> None:
    """The clock after seeing other PCs' stamps (raises ClockSkewError for one far ahead)."""
    clock = Clock.parse(read_state(connection).get(CLOCK))
    for text in seen:
        clock = clock.receive(Stamp.parse(text), now_ms())
    put_state(connection, {CLOCK: clock.text()})


# --- field stamps --------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldStamp:
    stamp: str
    base: str
    author_id: uuid.UUID | None


NO_STAMP = FieldStamp(ZERO, ZERO, None)


def field_stamps(connection: Connection, table: str, row_id: str) -> dict[str, FieldStamp]:
    rows = connection.execute(_STAMPS_OF_ROW, {"stamp_table": table, "stamp_row": row_id})
    return {r.field: FieldStamp(r.stamp, r.base, r.author_id) for r in rows}


def stamp_of(stamps: Mapping[str, FieldStamp], field: str) -> FieldStamp:
    return stamps.get(field) or stamps.get(ALL_FIELDS) or NO_STAMP


def put_stamps(connection: Connection, table: str, row_id: str,
               values: Mapping[str, FieldStamp]) -> None:
    put_many_stamps(connection, [(table, row_id, f, s) for f, s in values.items()])


def put_many_stamps(connection: Connection,
                    values: list[tuple[str, str, str, FieldStamp]]) -> None:
    """(table, row id, field, stamp) each replacing that field's stamp; one statement for
    them all (a flush of a household writes some twenty rows)."""
    if not values:
        return
    connection.execute(_STAMP_UPSERT[connection.dialect.name], [
        {"table_name": t, "row_id": r, "field": f, "stamp": s.stamp, "base": s.base,
         "author_id": s.author_id} for t, r, f, s in values])


# --- capture ---------------------------------------------------------------------------------


def row_key(obj: Any) -> str:
    return str(obj.key if isinstance(obj, Setting) else obj.id)


def _travels(obj: Any) -> str | None:
    table = getattr(obj, "__tablename__", None)
    if table not in REPLICATED:
        return None
    if isinstance(obj, Setting) and is_local_setting(obj.key):
        return None
    return table


def _new_values(table: str, obj: Any) -> dict[str, Any]:
    values = instance_state(obj).dict
    key = "key" if table == "settings" else "id"
    # A column left to its server default is absent here; the receiver's default is the same.
    return {c: encode(values[c]) for c in replicated_columns(table) if c in values and c != key}


def _changed_values(table: str, obj: Any) -> dict[str, Any]:
    state = instance_state(obj)
    travelling = set(replicated_columns(table))
    out: dict[str, Any] = {}
    for field in state.committed_state:
        if field not in travelling:
            continue
        history = state.attrs[field].history
        if history.added or history.deleted:
            after = history.added[0] if history.added else None
            before = history.deleted[0] if history.deleted else None
            if after != before:
                out[field] = encode(after)
    return out


def is_signing(table: str, fields: Mapping[str, Any]) -> bool:
    """Whether a change of `table` signs an act (a draft becomes a legal act)."""
    return REPLICATED.get(table) is Kind.SIGNED_ACT and fields.get("status") == SIGNED


def _order(op: str, table: str) -> int:
    rank = _DEPENDENCY_RANK[table]
    return -rank if op == DELETE else rank


def _capture(session: Session, _context: UOWTransaction) -> None:
    """After the flush: one outbox entry per changed replicated row of a member's store."""
    connection = session.connection()
    member = member_of(connection)
    if member is None:
        return
    applied: dict[int, Any] = session.info.get(APPLIED, {})
    found: list[tuple[str, Any, str, dict[str, Any]]] = []
    for obj in session.new:
        if (table := _travels(obj)) and id(obj) not in applied:
            found.append((INSERT, obj, table, _new_values(table, obj)))
    for obj in session.dirty:
        if (table := _travels(obj)) and id(obj) not in applied:
            changed = _changed_values(table, obj)
            if changed and is_signing(table, changed):
                # The act as signed travels whole: every PC then holds the same act, even
                # one where a colleague meanwhile replaced the draft (replica.apply).
                changed = _new_values(table, obj)
            if changed:
                found.append((UPDATE, obj, table, changed))
    for obj in session.deleted:
        if (table := _travels(obj)) and id(obj) not in applied:
            found.append((DELETE, obj, table, {}))
    if not found:
        return
    # Parents before children, and children's deletions first, as the flush itself wrote
    # them: the stamps keep this order, and the receiving PC applies in stamp order.
    found.sort(key=lambda item: _order(item[0], item[2]))
    author = session.info.get("actor_id")
    fast = _SqliteCapture(connection) if connection.dialect.name == "sqlite" else None
    rows: list[dict[str, Any]] = []
    stamps: list[tuple[str, str, str, FieldStamp]] = []
    taken = (fast.take_stamps(member, len(found)) if fast
             else take_stamps(connection, member, len(found)))
    for (op, obj, table, fields), stamp in zip(found, taken, strict=True):
        row_id = row_key(obj)
        bases: dict[str, str] = {}
        if op == UPDATE:
            known = (fast.stamps_of_row(table, row_id) if fast else
                     {f: s.stamp for f, s in field_stamps(connection, table, row_id).items()})
            bases = {f: known.get(f) or known.get(ALL_FIELDS) or ZERO for f in fields}
            stamps += [(table, row_id, f, FieldStamp(stamp, bases[f], author)) for f in fields]
        elif op == INSERT:
            stamps.append((table, row_id, ALL_FIELDS, FieldStamp(stamp, ZERO, author)))
        rows.append({"stamp": stamp, "table_name": table, "row_id": row_id, "op": op,
                     "fields": dumps(fields), "bases": dumps(bases) if bases else "{}",
                     "author_id": author})
    if fast:
        if stamps:
            fast.put_stamps(stamps)
        fast.add_outbox(rows)
        return
    put_many_stamps(connection, stamps)
    connection.execute(_OUTBOX_INSERT, rows)


event.listen(Session, "after_flush", _capture)


# --- reading the outbox ------------------------------------------------------------------------


def outbox_after(connection: Connection, after_seq: int, limit: int) -> list[dict[str, Any]]:
    """This PC's changes after `after_seq`, oldest first, as they travel."""
    rows = connection.execute(select(_outbox).where(_outbox.c.seq > after_seq)
                              .order_by(_outbox.c.seq).limit(limit))
    return [{"seq": r.seq, "stamp": r.stamp, "table": r.table_name, "row": r.row_id,
             "op": r.op, "fields": json.loads(r.fields), "bases": json.loads(r.bases),
             "author": None if r.author_id is None else str(r.author_id)} for r in rows]


def last_outbox_seq(connection: Connection) -> int:
    value = connection.execute(select(_outbox.c.seq).order_by(_outbox.c.seq.desc())
                               .limit(1)).scalar_one_or_none()
    return int(value or 0)


# Where the outbox stood when the store was put back from a backup (exchange/restored.py
# tells the work done after the restore from what the PC had sent before).
RESTORED_OUTBOX = "restored_outbox_seq"
# The restored copy is not of the PC whose file it replaced (a backup made on another PC, or
# put on a new or repaired PC): it must not go on under the id the copy names, which the PC
# it was made on may still use. The value: the member ids the replaced file had been ("" when
# unknown), whose entries are closed as well (exchange/restored.py); those not yet known
# here wait in REPLACED_MEMBERS until their rows arrive.
RESTORED_ELSEWHERE, REPLACED_MEMBERS = "restored_elsewhere", "replaced_members"


# The exchange's marks when this PC's last backup was taken, under "backup:<mark>": how far
# it had put its changes and its log into the folder ("exported", "audit_exported") and
# applied every other PC's ("applied:<id>", "audit_applied:<id>"). Its later files stay in
# the folder, and it acknowledges to the others only what the backup holds
# (exchange/pruning.py): restored from that backup, it finds everything in the folder.
BACKUP_PREFIX = "backup:"
_SENT_MARKS = ("exported", "audit_exported")
_TAKEN_MARKS = ("applied:", "audit_applied:")


def sent_marks(connection: Connection) -> dict[str, str]:
    """This PC's exchange marks, read just before a backup is taken."""
    return {k: v for k, v in read_state(connection).items()
            if k in _SENT_MARKS or k.startswith(_TAKEN_MARKS)}


def backup_taken(connection: Connection, marks: dict[str, str]) -> None:
    """The backup holding `marks` (sent_marks before it) was written and checked."""
    forget_backup_marks(connection)
    put_state(connection, {BACKUP_PREFIX + k: v for k, v in marks.items()})


def forget_backup_marks(connection: Connection) -> None:
    """A store that is a copy of another PC (an invitation) or of this PC's former self:
    the marks of that PC's last backup count its files, not this PC's."""
    connection.execute(delete(_state).where(_state.c.key.startswith(BACKUP_PREFIX)))


def mark_restored(connection: Connection) -> None:
    """A member's store just restored from a backup: note where its outbox stands."""
    if connection.execute(_STATE_VALUE, {"state_key": "member_id"}).scalar_one_or_none():
        put_state(connection, {RESTORED_OUTBOX: str(last_outbox_seq(connection))})


def number_mark(session: Session) -> str:
    """What this PC adds to the numbers it gives out (case signs, referral numbers): nothing
    on a standalone PC or the office's first PC, "-2" on member 2, so PCs apart never give
    out one number twice (each also counts in its own register)."""
    rows = dict(session.connection().execute(
        select(_state.c.key, _state.c.value).where(
            _state.c.key.in_(("member_code", RESTORED_OUTBOX)))).all())
    if RESTORED_OUTBOX in rows:
        # Restored from a backup and not yet back in the office: the numbers it gave out
        # after the backup are not in this copy, and it would give them again
        # (exchange/restored.py gives it a new mark once it reaches the folder).
        raise DomainError("restored_not_rejoined")
    code = rows.get("member_code")
    return f"-{code}" if code and code != "1" else ""
