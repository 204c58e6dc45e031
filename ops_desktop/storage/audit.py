"""The append-only, hash-chained audit log: written in the same transaction as every change.

Accountability (DOMAIN.md §10): who changed which record, field by field, and who opened a
person's file. Each entry carries the hash of the one before it, so editing or deleting an
entry breaks the chain at that point and `verify_chain` names it. The field-level changes
enter the hash only through their digest, so retention anonymisation can blank them and the
chain still verifies. A hash chain cannot stop someone with the file from recomputing every
hash after an edit; the last hash that `verify` prints is the anchor to note down outside.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    Table,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import (
    InstanceState,
    Mapper,
    Session,
    SessionTransaction,
    UOWTransaction,
)
from sqlalchemy.orm.base import NO_VALUE, instance_dict, instance_state

from ops_desktop.storage.models import (
    AuditRow,
    Base,
    CaseRow,
    PersonRow,
    Setting,
    Tracked,
    UserRow,
    utcnow,
)

# Only the overhead benchmark switches this off, to measure what the log costs.
ENABLED = True

GENESIS = "0" * 64
MASK = "***"
BATCH = 5000

# Change entries written by the flush listener; the rest are events services record.
INSERT, UPDATE, DELETE = "insert", "update", "delete"
CHANGE_ACTIONS = (INSERT, UPDATE, DELETE)
EVENT_ACTIONS = ("view", "sign_in", "sign_in_failed", "sign_out", "reset_password", "export",
                 "anonymise", "backup", "restore", "print", "import",
                 # a paper sent to a printer from the print centre (services/print_centre.py)
                 "printed",
                 # a signed act's hash (storage/acts.py); the protection triggers repaired
                 # or found planted (storage/anchors.py)
                 "sign", "protection")
ACTIONS = CHANGE_ACTIONS + EVENT_ACTIONS

# Bookkeeping every row has; the entry's own time and actor already say this.
_BOOKKEEPING = frozenset({"created_at", "updated_at", "created_by", "updated_by", "version"})
_SECRET_WORDS = ("password", "passphrase", "secret")

# Narratives of the teams (DOMAIN.md §10): the log says that and when they changed, and
# their length, never their words – the data-protection officer reads the log, and these
# texts are readable only by the team that wrote them (and the head).
# Also special-category facts in coded form: the art. 7 grounds (disability, addiction,
# violence), what a benefit is for, that a note is a Niebieska Karta one.
NARRATIVES: dict[str, frozenset[str]] = {
    "social_work_notes": frozenset({"text", "kind"}),
    # The kind and minutes of a piece of social work are what is counted; its note is the
    # family's story.
    "social_work_log": frozenset({"note"}),
    # The scope of care names what the person cannot do alone: a health fact (art. 9 RODO).
    "care_orders": frozenset({"scope"}),
    "care_decision_terms": frozenset({"scope"}),
    # A DPS placement's reasons are the person's health; a fee decision names the relatives
    # and their incomes. A shelter decision's reasons tell the person's homelessness.
    "dps_decisions": frozenset({"reasoning", "relatives"}),
    "shelter_decisions": frozenset({"reasoning"}),
    # A meal decision's reasons tell the family's need.
    "meal_decisions": frozenset({"reasoning"}),
    # What a check found or a complaint said about a client's care tells of their health.
    "care_supervisions": frozenset({"findings", "follow_up", "recommendations"}),
    # A kontrakt socjalny tells the family's situation; its end reason is the benefits
    # team's to learn through the service (a broken contract), not through the log.
    "social_contracts": frozenset({
        "labour_office_referral", "causes", "strengths", "limitations", "unemployment_causes",
        "qualifications", "earlier_activation", "main_goal", "specific_goals", "annex_text",
        "end_reason", "end_note"}),
    "plan_actions": frozenset({"what", "performer_name", "assessed_by"}),
    "plan_reviews": frozenset({"statuses", "note"}),
    # An individual programme tells the person's situation, and its kind alone names it
    # (leaving homelessness); the person named on it is the file's, not the log's.
    "programmes": frozenset({"kind", "parties", "diagnosis", "main_goal", "specific_goals",
                             "end_reason", "end_note"}),
    # A family interview's answers are the family's whole situation (health among it).
    "interviews": frozenset({"answers"}),
    # Niebieska Karta: who reported the violence, what was noted, why it ended, and which
    # party was the victim and which used violence.
    "blue_cards": frozenset({"filled_by", "note", "close_reason"}),
    "blue_card_parties": frozenset({"role"}),
    "blue_card_steps": frozenset({"note"}),
    "intakes": frozenset({"problem", "advice_given", "reported_by", "grounds", "other_ground"}),
    "referrals": frozenset({"reason", "return_reason", "shared_grounds"}),
    "referral_forwards": frozenset({"reason"}),
    "applications": frozenset({"purpose", "unable_to_work", "grounds", "other_ground"}),
    "decisions": frozenset({"reasoning", "purpose", "grounds", "other_ground"}),
    "cases": frozenset({"close_note", "reopen_note"}),
    # A package's target group (and the name that tells it) can be violence or disability.
    "package_assignments": frozenset({"group_code", "package_name"}),
    # A part's words may tell the group too ("procedura Niebieskiej Karty").
    "package_parts": frozenset({"label"}),
    # Two PCs' values of one field, whichever field it was (a narrative, too).
    "sync_conflicts": frozenset({"kept_value", "lost_value"}),
}


def narrative_marker(value: object) -> str:
    if isinstance(value, str):
        return f"[treść poufna, długość {len(value)}]"
    return "[treść poufna]"


_table: Table = AuditRow.__table__  # type: ignore[assignment]
_c = _table.c


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def json_value(value: Any) -> Any:
    """A value as JSON can hold it: dates ISO, UUIDs as text, never raw bytes."""
    kind = type(value)
    if kind is str or kind is int or kind is bool:  # most values, checked first: hot path
        return value
    if kind is uuid.UUID:
        return str(value)
    if isinstance(value, enum.Enum):
        return json_value(value.value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.date | dt.time):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return "<bytes>"
    return str(value)


# Built once: json.dumps with options builds a new encoder on every call.
_encode = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
_encode_list = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def dumps(data: Mapping[str, Any]) -> str:
    return _encode(data)


def digest(changes: str | None) -> str:
    return hashlib.sha256((changes or "").encode("utf-8")).hexdigest()


def _uuid_text(value: Any) -> str | None:
    if value is None:
        return None
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


def _iso(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return dt.datetime.fromisoformat(str(value)).isoformat()


def entry_hash(prev_hash: str, seq: int, at: Any, actor_id: Any, action: str, entity: str,
               entity_id: str | None, person_id: Any, changes_digest: str) -> str:
    """SHA-256 over the previous hash and this entry's fields (a JSON array: no ambiguity)."""
    return _chain(prev_hash, seq, _iso(at), _uuid_text(actor_id), action, entity, entity_id,
                  _uuid_text(person_id), changes_digest)


def _chain(prev_hash: str, seq: int, at: str, actor: str | None, action: str, entity: str,
           entity_id: str | None, person: str | None, changes_digest: str) -> str:
    canonical = _encode_list([seq, at, actor, action, entity, entity_id, person, changes_digest])
    return hashlib.sha256(f"{prev_hash}|{canonical}".encode()).hexdigest()


# --- writing ---------------------------------------------------------------------------
#
# This runs on every write of the program, so it is written for speed: each class's plan is
# worked out once, an entry is a plain tuple until it becomes the row to insert, what is the
# same for a whole flush (time, actor) is converted once, and on SQLite the rows go through
# the driver in one executemany. The stored forms and hashes are those `verify_chain` reads.


@dataclass(frozen=True)
class _Plan:
    """What to log for one mapped class, worked out once per class."""

    entity: str
    keys: tuple[str, ...]
    key_set: frozenset[str]
    secret: frozenset[str]
    id_key: str
    person_key: str | None
    setting: bool
    masking: bool  # any value of this class may be a secret or a narrative
    narrative: frozenset[str] = frozenset()


_plans: dict[type, _Plan | None] = {}
_UNPLANNED: Any = object()


def _plan(cls: type) -> _Plan | None:
    plan: _Plan | None = _plans.get(cls, _UNPLANNED)
    if plan is not _UNPLANNED:
        return plan
    plan = None
    setting = issubclass(cls, Setting)
    if (issubclass(cls, Tracked) or setting) and not issubclass(cls, AuditRow):
        mapper: Mapper[Any] = inspect(cls)
        primary = {c.key for c in mapper.primary_key}
        pk_keys = [p.key for p in mapper.column_attrs
                   if any(c.key in primary for c in p.columns)]
        keys = tuple(p.key for p in mapper.column_attrs
                     if p.key not in _BOOKKEEPING and p.key not in pk_keys)
        if issubclass(cls, PersonRow):
            person_key: str | None = "id"
        elif "person_id" in keys:
            person_key = "person_id"
        else:
            person_key = None
        table = str(mapper.local_table.name)  # type: ignore[attr-defined]
        narrative = NARRATIVES.get(table, frozenset()) & frozenset(keys)
        plan = _Plan(
            entity=table,
            keys=keys, key_set=frozenset(keys),
            secret=frozenset(k for k in keys if _is_secret(k)),
            id_key=pk_keys[0], person_key=person_key, setting=setting,
            masking=setting or bool(narrative) or any(_is_secret(k) for k in keys),
            narrative=narrative,
        )
    _plans[cls] = plan
    return plan


def _shown(plan: _Plan, obj: Any, key: str, value: Any) -> Any:
    """The value as the log keeps it: secrets only say whether there is one."""
    if value is None or value is NO_VALUE:
        return None
    if plan.masking and key in plan.narrative:
        return narrative_marker(value)
    # A flag such as must_change_password reveals nothing; a hash or passphrase would.
    if plan.masking and isinstance(value, str | bytes) and (
            key in plan.secret or (plan.setting and key == "value" and _is_secret(obj.key))):
        return MASK
    return json_value(value)


def _filled(plan: _Plan, obj: Any, values: dict[str, Any], inserted: bool
            ) -> dict[str, list[Any]]:
    """The non-empty fields of a new row ([None, value]) or a deleted one ([value, None])."""
    out: dict[str, list[Any]] = {}
    get = values.get
    if plan.masking:
        for key in plan.keys:
            value = get(key)
            if value is not None and value != "":  # an empty field says nothing
                shown = _shown(plan, obj, key, value)
                out[key] = [None, shown] if inserted else [shown, None]
        return out
    for key in plan.keys:  # nothing to mask: _shown without its checks
        value = get(key)
        if value is None:
            continue
        kind = type(value)
        if kind is str:
            if not value:
                continue
        elif kind is not int and kind is not bool:
            if isinstance(value, str) and not value:  # e.g. an enum whose value is ""
                continue
            value = json_value(value)
        out[key] = [None, value] if inserted else [value, None]
    return out


def _inserted(plan: _Plan, obj: Any, values: dict[str, Any]) -> dict[str, list[Any]]:
    return _filled(plan, obj, values, True)


def _deleted(plan: _Plan, obj: Any, values: dict[str, Any]) -> dict[str, list[Any]]:
    return _filled(plan, obj, values, False)


def _updated(plan: _Plan, obj: Any, state: InstanceState[Any]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    # committed_state holds exactly the attributes changed since the last flush.
    for key in state.committed_state:
        if key not in plan.key_set:
            continue
        history = state.attrs[key].history
        if not history.added and not history.deleted:
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before == after:
            continue
        out[key] = [_shown(plan, obj, key, before), _shown(plan, obj, key, after)]
    return out


# SQLite starts a transaction only at the first write; a no-op UPDATE takes the write lock
# (waiting for another writer) without changing anything or firing the triggers.
_SQLITE_LOCK = "UPDATE audit_log SET seq = seq WHERE 0"
_SQLITE_LAST = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
_LOCK = {
    "sqlite": text(_SQLITE_LOCK),
    "postgresql": text("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE"),
}
_LAST = select(_c.seq, _c.hash).order_by(_c.seq.desc()).limit(1)
_INSERT = insert(_table)
_COLUMNS = ("seq", "at", "actor_id", "action", "entity", "entity_id", "person_id", "changes",
            "changes_digest", "prev_hash", "hash")
_SQLITE_INSERT = (f"INSERT INTO audit_log ({', '.join(_COLUMNS)}) "
                  f"VALUES ({', '.join('?' for _ in _COLUMNS)})")
_Binder = Callable[[Any], Any] | None
_binders: dict[str, dict[str, _Binder]] = {}
_TAIL = "audit_tail"  # session.info: (root transaction, last seq, last hash)
_NO_CHANGES = digest(None)

# An entry before it is chained: action, entity, entity_id, person_id, changes (JSON).
_Item = tuple[str, str, str | None, uuid.UUID | None, str | None]


def _serialise(connection: Connection) -> None:
    """Take the store's write lock before reading the last hash, so the chain cannot fork."""
    statement = _LOCK.get(connection.dialect.name)
    if statement is not None:
        connection.execute(statement)


def _tail(session: Session, connection: Connection) -> tuple[int, str]:
    """The last entry's seq and hash, read once per transaction.

    After the first read this transaction holds the write lock, so nobody else appends
    until it ends; the cached tail is dropped when it (or a savepoint) ends.
    """
    root = session.get_transaction()
    cached = session.info.get(_TAIL)
    if cached is not None and cached[0] is root:
        return cached[1], cached[2]
    if connection.dialect.name == "sqlite":  # through the driver: see _driver_sql
        driver = connection.connection.driver_connection
        if driver is None or not driver.in_transaction:  # after a flush's writes: held
            _driver_sql(connection, _SQLITE_LOCK)
        last = _driver_sql(connection, _SQLITE_LAST)
    else:
        _serialise(connection)
        last = connection.execute(_LAST).first()
    return (int(last[0]), str(last[1])) if last is not None else (0, GENESIS)


def _forget_tail(session: Session, transaction: SessionTransaction) -> None:
    # The flush's own inner transactions end on every flush; only the real ones matter.
    if transaction.nested or transaction.parent is None:
        session.info.pop(_TAIL, None)


event.listen(Session, "after_transaction_end", _forget_tail)


def _column_binders(connection: Connection) -> dict[str, _Binder]:
    """The columns' own bind processors, so the stored forms are what SQLAlchemy writes."""
    dialect = connection.dialect
    binders = _binders.get(dialect.name)
    if binders is None:
        binders = _binders[dialect.name] = {
            name: _c[name].type.bind_processor(dialect) for name in _COLUMNS}
    return binders


# What JSON escapes in a string (ensure_ascii off); the time, UUIDs and digests never
# hold it, so only the action, entity and entity_id are looked at.
_needs_escape = re.compile(r'["\\\x00-\x1f]').search


def _quoted(value: str | None) -> str:
    """`value` as JSON, for text that needs no escaping."""
    return "null" if value is None else f'"{value}"'


def _append(session: Session, actor_id: uuid.UUID | None, items: list[_Item]) -> None:
    """Chain `items` onto the log, all by one actor at one time (this flush's)."""
    connection = session.connection()
    seq, prev = _tail(session, connection)
    at = utcnow()
    at_text = at.isoformat()
    actor = _uuid_text(actor_id)
    quoted_actor = _quoted(actor)
    sqlite = connection.dialect.name == "sqlite"
    binders = _column_binders(connection)
    bind_person = binders["person_id"]
    if sqlite:
        bind_at, bind_actor = binders["at"], binders["actor_id"]
        stored_at = at if bind_at is None else bind_at(at)
        stored_actor = actor_id if actor_id is None or bind_actor is None else bind_actor(actor_id)
    rows: list[tuple[Any, ...]] = []
    dicts: list[dict[str, Any]] = []
    sha256 = hashlib.sha256
    for action, entity, entity_id, person_id, changes in items:
        seq += 1
        changes_digest = (_NO_CHANGES if changes is None
                          else sha256(changes.encode("utf-8")).hexdigest())
        person = str(person_id) if type(person_id) is uuid.UUID else _uuid_text(person_id)
        if _needs_escape(f"{action}{entity}{entity_id}"):
            canonical = _encode_list([seq, at_text, actor, action, entity, entity_id, person,
                                      changes_digest])
        else:  # the same text _encode_list gives, without the encoder's own cost
            canonical = (f'[{seq},"{at_text}",{quoted_actor},"{action}","{entity}",'
                         f'{_quoted(entity_id)},{_quoted(person)},"{changes_digest}"]')
        entry_hash = sha256(f"{prev}|{canonical}".encode()).hexdigest()
        if sqlite:
            rows.append((seq, stored_at, stored_actor, action, entity, entity_id,
                         person_id if person_id is None or bind_person is None
                         else bind_person(person_id),
                         changes, changes_digest, prev, entry_hash))
        else:
            dicts.append({"seq": seq, "at": at, "actor_id": actor_id, "action": action,
                          "entity": entity, "entity_id": entity_id, "person_id": person_id,
                          "changes": changes, "changes_digest": changes_digest,
                          "prev_hash": prev, "hash": entry_hash})
        prev = entry_hash
    if sqlite:  # straight through the driver: see _driver_sql
        _driver_sql(connection, _SQLITE_INSERT, rows)
    else:
        connection.execute(_INSERT, dicts)
    session.info[_TAIL] = (session.get_transaction(), seq, prev)


def _driver_sql(connection: Connection, sql: str, rows: list[tuple[Any, ...]] | None = None
                ) -> Any:
    """Run `sql` on the driver's connection, inside the session's transaction.

    This runs on every write of the program, and SQLAlchemy's statement execution costs
    several times what SQLite's own work here does. A driver error is raised as the same
    DBAPIError SQLAlchemy would raise, so a full disk or a locked file is still told apart.
    """
    driver = connection.connection.driver_connection
    dbapi = connection.dialect.loaded_dbapi
    try:
        if rows is not None:
            driver.executemany(sql, rows)  # type: ignore[union-attr]
            return None
        return driver.execute(sql).fetchone()  # type: ignore[union-attr]
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, rows, exc, dbapi.Error,
                                  dialect=connection.dialect) from exc


def _item(action: str, plan: _Plan, values: dict[str, Any], changes: Mapping[str, Any]
          ) -> _Item:
    entity_id = values.get(plan.id_key)
    person = values.get(plan.person_key) if plan.person_key is not None else None
    return (action, plan.entity, None if entity_id is None else str(entity_id)[:40],
            person if isinstance(person, uuid.UUID) else None,
            _encode(changes) if changes else None)


def _log_flush(session: Session, _context: UOWTransaction) -> None:
    """After the flush wrote its rows: one entry per inserted, changed or deleted record."""
    if not ENABLED:
        return
    items: list[_Item] = []
    for obj in session.new:
        plan = _plan(type(obj))
        if plan is not None:
            values = instance_dict(obj)
            items.append(_item(INSERT, plan, values, _inserted(plan, obj, values)))
    for obj in session.dirty:
        plan = _plan(type(obj))
        if plan is not None:
            state = instance_state(obj)
            changes = _updated(plan, obj, state)
            if changes:
                items.append(_item(UPDATE, plan, state.dict, changes))
    for obj in session.deleted:
        plan = _plan(type(obj))
        if plan is not None:
            values = instance_dict(obj)
            items.append(_item(DELETE, plan, values, _deleted(plan, obj, values)))
    if items:
        _append(session, session.info.get("actor_id"), items)


event.listen(Session, "after_flush", _log_flush)


def record(session: Session, actor_id: uuid.UUID | None, action: str, entity: str,
           entity_id: str | None = None, person_id: uuid.UUID | None = None,
           details: Mapping[str, Any] | None = None) -> None:
    """Log an event that changes no record: opening a person's file, signing in, a backup …

    Written in the caller's unit of work, so the event and what it did commit together.
    """
    if not ENABLED:
        return
    changes = None
    if details:
        changes = dumps({k: MASK if _is_secret(k) and isinstance(v, str | bytes) else json_value(v)
                         for k, v in details.items()})
    _append(session, actor_id, [(action[:30], entity[:60],
                                 None if entity_id is None else entity_id[:40],
                                 person_id, changes)])


def record_change(session: Session, actor_id: uuid.UUID | None, entity: str, entity_id: str,
                  person_id: uuid.UUID | None, changes: Mapping[str, tuple[Any, Any]]) -> None:
    """Log a change the program makes to a row's values before the row is stored (another
    PC's record of a merged person turned to the survivor): an update entry like a flush's,
    field → [before, after]."""
    if not ENABLED:
        return
    text = dumps({k: [json_value(a), json_value(b)] for k, (a, b) in changes.items()})
    _append(session, actor_id, [(UPDATE, entity[:60], entity_id[:40], person_id, text)])


def append_on(connection: Connection, items: list[_Item]) -> None:
    """Entries by nobody, straight on a connection (a migration, the demo generator)."""
    last = connection.execute(_LAST).first()
    seq, prev = (int(last[0]), str(last[1])) if last is not None else (0, GENESIS)
    at = utcnow()
    rows = []
    for action, entity, entity_id, person_id, changes in items:
        seq += 1
        changes_digest = digest(changes)
        hashed = entry_hash(prev, seq, at, None, action, entity, entity_id, person_id,
                            changes_digest)
        rows.append({"seq": seq, "at": at, "actor_id": None, "action": action,
                     "entity": entity, "entity_id": entity_id, "person_id": person_id,
                     "changes": changes, "changes_digest": changes_digest,
                     "prev_hash": prev, "hash": hashed})
        prev = hashed
    if rows:
        connection.execute(_INSERT, rows)


def redact_person(session: Session, person_id: uuid.UUID) -> int:
    """Blank the field-level changes of a person's entries (retention anonymisation).

    The hashed columns stay, so the chain still verifies; returns how many were blanked.
    A signing's entry stays whole: it holds only the act's hashes, which verify needs.
    The store accepts this only once the person's row is anonymised and the anonymisation
    is an entry of the chain (storage/triggers.py).
    """
    result = session.connection().execute(
        update(_table)
        .where(_c.person_id == person_id, _c.changes.is_not(None), _c.redacted_at.is_(None),
               _c.action != "sign")
        .values(changes=None, redacted_at=utcnow())
    )
    return int(result.rowcount)


# --- checking --------------------------------------------------------------------------


class Break(enum.StrEnum):
    MISSING = "missing"  # entries before this one were deleted
    LINK = "link"  # prev_hash is not the previous entry's hash
    DIGEST = "digest"  # the field-level changes were altered
    HASH = "hash"  # a hashed field of the entry was altered
    MALFORMED = "malformed"  # a field no longer reads as what was written


@dataclass(frozen=True)
class ChainReport:
    checked: int
    redacted: int
    broken_seq: int | None = None
    broken_at: dt.datetime | None = None  # UTC, as stored
    reason: Break | None = None
    expected_seq: int | None = None  # for MISSING: the first seq that is gone
    last_seq: int | None = None
    last_hash: str | None = None
    complete: bool = True  # False when the check was stopped before the end

    @property
    def ok(self) -> bool:
        return self.reason is None and self.complete


_VERIFY = text(
    "SELECT seq, at, actor_id, action, entity, entity_id, person_id, changes, "
    "changes_digest, prev_hash, hash, redacted_at FROM audit_log "
    "WHERE seq > :after ORDER BY seq LIMIT :n"
)


def _batches(connection: Connection, size: int) -> Iterator[list[Any]]:
    after = -1
    while True:
        rows = list(connection.execute(_VERIFY, {"after": after, "n": size}))
        if not rows:
            return
        yield rows
        after = int(rows[-1][0])


def _when(value: Any) -> dt.datetime | None:
    try:
        return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _check(row: Any, expected: int, prev: str) -> Break | None:
    seq, at, actor, action, entity, entity_id, person, changes, stored_digest, \
        prev_hash, stored_hash, redacted_at = row
    if seq != expected:
        return Break.MISSING
    if prev_hash != prev:
        return Break.LINK
    if changes is not None or redacted_at is None:
        if digest(changes) != stored_digest:
            return Break.DIGEST
    try:
        actual = entry_hash(prev_hash, seq, at, actor, action, entity, entity_id, person,
                            stored_digest)
    except (ValueError, TypeError):
        return Break.MALFORMED
    return None if actual == stored_hash else Break.HASH


def verify_chain(connection: Connection, batch: int = BATCH,
                 progress: Callable[[int], None] | None = None,
                 stop: Callable[[], bool] | None = None) -> ChainReport:
    """Walk the log in order, batch by batch; the first entry that does not fit is reported.

    An entry without changes and without `redacted_at` must have the digest of nothing, so
    blanking a change without marking it as redacted is caught too. `progress` hears how
    many entries were checked after each batch; `stop` ends the walk early (not complete).
    """
    checked = redacted = 0
    expected, prev = 1, GENESIS
    last_seq: int | None = None
    for rows in _batches(connection, batch):
        if stop is not None and stop():
            return ChainReport(checked=checked, redacted=redacted, last_seq=last_seq,
                               last_hash=prev if last_seq is not None else None, complete=False)
        for row in rows:
            problem = _check(row, expected, prev)
            if problem is not None:
                return ChainReport(
                    checked=checked, redacted=redacted, broken_seq=int(row[0]),
                    broken_at=_when(row[1]), reason=problem,
                    expected_seq=expected if problem is Break.MISSING else None,
                    last_seq=last_seq, last_hash=prev if last_seq is not None else None,
                )
            checked += 1
            if row[11] is not None:
                redacted += 1
            last_seq, prev = int(row[0]), str(row[10])
            expected = last_seq + 1
        if progress is not None:
            progress(checked)
    return ChainReport(checked=checked, redacted=redacted, last_seq=last_seq,
                       last_hash=prev if last_seq is not None else None)


# --- reading for the auditor -----------------------------------------------------------


@dataclass(frozen=True)
class AuditQuery:
    """The auditor's filter; every part optional. Times are UTC like the stored ones."""

    person_id: uuid.UUID | None = None
    pesel: str | None = None
    actor_id: uuid.UUID | None = None
    since: dt.datetime | None = None  # inclusive
    until: dt.datetime | None = None  # exclusive
    action: str | None = None


def _filtered(stmt: Select, q: AuditQuery) -> Select:
    if q.person_id is not None:
        stmt = stmt.where(AuditRow.person_id == q.person_id)
    if q.pesel is not None:
        # Resolved inside the query: the auditor learns only which entries match.
        stmt = stmt.where(AuditRow.person_id.in_(
            select(PersonRow.id).where(PersonRow.pesel == q.pesel).scalar_subquery()))
    if q.actor_id is not None:
        stmt = stmt.where(AuditRow.actor_id == q.actor_id)
    if q.since is not None:
        stmt = stmt.where(AuditRow.at >= q.since)
    if q.until is not None:
        stmt = stmt.where(AuditRow.at < q.until)
    if q.action is not None:
        stmt = stmt.where(AuditRow.action == q.action)
    return stmt


def entries(session: Session, q: AuditQuery, limit: int, below_seq: int | None = None
            ) -> list[tuple[AuditRow, str | None]]:
    """Newest first, each with the acting user's name (staff, not clients); only entries
    older than `below_seq` when it is given (the next page)."""
    stmt = _filtered(
        select(AuditRow, UserRow.full_name).outerjoin(UserRow, UserRow.id == AuditRow.actor_id),
        q,
    )
    if below_seq is not None:
        stmt = stmt.where(AuditRow.seq < below_seq)
    stmt = stmt.order_by(AuditRow.seq.desc()).limit(limit)
    return [(row, name) for row, name in session.execute(stmt)]


def count(session: Session, q: AuditQuery) -> int:
    return int(session.scalar(_filtered(select(func.count()).select_from(AuditRow), q)) or 0)


def logged_fields() -> dict[str, tuple[str, ...]]:
    """Every record kind the log writes change entries for, with the fields it logs."""
    plans = (_plan(mapper.class_) for mapper in Base.registry.mappers)
    return {plan.entity: plan.keys for plan in plans if plan is not None}


@dataclass(frozen=True)
class PersonName:
    first_name: str
    last_name: str
    pesel: str | None


def names(session: Session, person_ids: set[uuid.UUID], user_ids: set[uuid.UUID],
          case_ids: set[uuid.UUID]) -> tuple[dict[uuid.UUID, PersonName], dict[uuid.UUID, str],
                                             dict[uuid.UUID, str]]:
    """Who and what a page of entries names: persons (name, PESEL), users, case signs.

    As they are now: an anonymised person reads as anonymised, a deleted one still reads."""
    persons = {row.id: PersonName(row.first_name, row.last_name, row.pesel) for row in
               session.execute(select(PersonRow.id, PersonRow.first_name, PersonRow.last_name,
                                      PersonRow.pesel).where(PersonRow.id.in_(person_ids)))
               } if person_ids else {}
    users = {row.id: row.full_name for row in session.execute(
        select(UserRow.id, UserRow.full_name).where(UserRow.id.in_(user_ids)))} if user_ids else {}
    cases = {row.id: row.sign for row in session.execute(
        select(CaseRow.id, CaseRow.sign).where(CaseRow.id.in_(case_ids)))} if case_ids else {}
    return persons, users, cases
