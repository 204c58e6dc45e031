"""Two records of one person merged: the duplicate's references move to the survivor.

What travels between the office's PCs is the fact (a `person_merges` row) and the
survivor's chosen values (ordinary edits of the survivor). The references are moved by each
PC itself when the fact reaches it (`carry_out`), by the same rule everywhere, and not sent
(like storage/duplicate_persons.py): a colleague's PC would otherwise need every team's
writing permission from the head, and a PC that receives the fact must also move what it
recorded about the duplicate meanwhile, which the merging PC never saw.

Not moved, by table and not by row, so every PC moves the same rows whatever it held when the
fact arrived: acts that are signed (or will be: a draft may be signed on another PC before
it learns of the merge), and records the store's triggers freeze once approved or completed
(payment items, care bills, claim movements, interviews). Those keep naming the duplicate;
its `merged_into_id` leads to the survivor, and the reads that gather a person's records
follow it (`family`). The survivor then lives in one household, the one the head chose: its
other memberships end, at the merge's own time, so every PC writes the same.

A change made to the duplicate on a PC that did not yet know of the merge, arriving later:
a new record naming the duplicate is redirected to the survivor on the way in (`follow`);
an edit of the duplicate's own data is applied to the kept duplicate and put before the
coordinator as a conflict entry on the survivor's field (`late_edit`), whose "take the other
value" writes it on the survivor with one click. Nothing is lost.

Two heads merging the same duplicate while their PCs are apart: storage/merges_apart.py
brings every PC to one outcome, whatever order the merges reach it in.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.storage import audit
from ops_desktop.storage.change_feed import APPLIED, dumps, encode, field_stamps, stamp_of
from ops_desktop.storage.models import Base, HouseholdMemberRow, PersonRow, SyncConflictRow
from ops_desktop.storage.models_merges import PersonMergeRow
from ops_desktop.storage.replication import REPLICATED, Kind

PERSONS = "persons"
MERGES = PersonMergeRow.__tablename__

# Frozen by the store's triggers once approved or completed (storage/triggers.py): kept on
# the duplicate whatever their state, so every PC keeps the same rows.
FROZEN_TABLES = frozenset({"interviews", "payment_items", "care_bills", "claim_movements"})

# An edit of these does not bring news about the person (bookkeeping, the merge's pointer).
_NOT_NEWS = frozenset({"updated_at", "updated_by", "version", "merged_into_id"})

_ANY_MERGED = "person_merge_any"
_NS = uuid.UUID("0f3e7c1a-5d2b-4b8e-9a61-2c7d4e9b1a55")


@functools.cache
def references() -> tuple[tuple[str, str], ...]:
    """(table, column) of every column naming a person, the merge's own table aside."""
    found: list[tuple[str, str]] = []
    for table in Base.metadata.sorted_tables:
        if table.name in (PERSONS, MERGES):
            continue
        for column in table.columns:
            if any(fk.column.table.name == PERSONS for fk in column.foreign_keys):
                found.append((table.name, column.name))
    return tuple(found)


def moves(table: str) -> bool:
    """Whether the merge moves this table's references (else they follow the pointer)."""
    return REPLICATED.get(table) is not Kind.SIGNED_ACT and table not in FROZEN_TABLES


@functools.cache
def _classes() -> dict[str, type[Any]]:
    return {m.local_table.name: m.class_ for m in Base.registry.mappers}  # type: ignore[attr-defined]


def survivor_of(session: Session, person_id: uuid.UUID) -> uuid.UUID:
    """The record a person's references lead to: itself, or the one it was merged into."""
    seen: set[uuid.UUID] = set()
    current = person_id
    while current not in seen:
        seen.add(current)
        target = session.scalar(select(PersonRow.merged_into_id).where(PersonRow.id == current))
        if target is None:
            return current
        current = target
    return current


def family(session: Session, person_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """The persons and every record merged into them (at any depth): whose records to read
    for them."""
    out: list[uuid.UUID] = []
    frontier = list(dict.fromkeys(person_ids))
    while frontier:
        out.extend(p for p in frontier if p not in out)
        frontier = [p for p in session.scalars(select(PersonRow.id).where(
            PersonRow.merged_into_id.in_(frontier))) if p not in out]
    return out


def counts(session: Session, person_ids: Iterable[uuid.UUID]) -> dict[str, int]:
    """How many live records of each table name any of the persons (tables with none left
    out)."""
    ids = list(person_ids)
    classes = _classes()
    out: dict[str, int] = {}
    for table, column in references():
        cls = classes[table]
        stmt = select(func.count()).select_from(cls).where(getattr(cls, column).in_(ids))
        if hasattr(cls, "deleted_at"):
            stmt = stmt.where(cls.deleted_at.is_(None))
        number = int(session.scalar(stmt) or 0)
        if number:
            out[table] = out.get(table, 0) + number
    return out


def _membership_taken(session: Session, row: HouseholdMemberRow, survivor: uuid.UUID) -> bool:
    return session.scalar(select(HouseholdMemberRow.id).where(
        HouseholdMemberRow.household_id == row.household_id,
        HouseholdMemberRow.person_id == survivor,
        HouseholdMemberRow.id != row.id)) is not None


def household_size(session: Session, household_id: uuid.UUID | None) -> int:
    """Live members of a household (0 for none)."""
    if household_id is None:
        return 0
    return int(session.scalar(select(func.count()).select_from(HouseholdMemberRow).where(
        HouseholdMemberRow.household_id == household_id,
        HouseholdMemberRow.deleted_at.is_(None))) or 0)


def carry_out(session: Session, merge: PersonMergeRow,
              entries: list[SyncConflictRow] | None = None) -> dict[str, int]:
    """Move the duplicate's references to the survivor on this PC; rows moved by table.

    Each PC does it itself (not sent); the audit log records every row moved, by the
    author of the merge. A merge that meets another one made apart (the duplicate already
    merged, or the survivor already merged into the duplicate) is settled by
    storage/merges_apart.py, the same on every PC whatever the order they came in; a
    conflict entry it writes for the coordinator is added to `entries`.
    """
    duplicate = session.get(PersonRow, merge.duplicate_id)
    if duplicate is None:
        return {}
    survivor = survivor_of(session, merge.survivor_id)
    if duplicate.merged_into_id is not None or survivor == duplicate.id:
        from ops_desktop.storage import merges_apart

        return merges_apart.settle(session, merge, entries)
    kept = session.get(PersonRow, survivor)
    if kept is None or not same_person_possible(kept, duplicate):
        # Never made by the program (services/person_merge.py refuses it): a tampered PC's.
        return {}
    return move(session, duplicate, kept, merge.created_at)


def same_person_possible(one: PersonRow, other: PersonRow) -> bool:
    """Whether two records may be one person: not when both have a PESEL and they differ."""
    return not (one.pesel and other.pesel and one.pesel != other.pesel)


def move(session: Session, duplicate: PersonRow, kept: PersonRow, at: Any) -> dict[str, int]:
    """The rule every PC follows: the duplicate's movable references go to `kept` (a
    membership of a household `kept` is already in ends at `at` instead), `kept`'s other
    households end at `at`, and the duplicate and every record merged into it lead to
    `kept`. Rows moved by table."""
    applied: dict[int, Any] = session.info.setdefault(APPLIED, {})
    survivor = kept.id
    moved: dict[str, int] = {}
    classes = _classes()
    for table, column in references():
        if not moves(table):
            continue
        cls = classes[table]
        for row in session.scalars(select(cls).where(getattr(cls, column) == duplicate.id)):
            applied[id(row)] = row
            if isinstance(row, HouseholdMemberRow) and _membership_taken(session, row, survivor):
                if row.deleted_at is None:
                    row.deleted_at = at
                continue
            setattr(row, column, survivor)
            moved[table] = moved.get(table, 0) + 1
    _one_household(session, at, kept, applied)
    applied[id(duplicate)] = duplicate
    duplicate.merged_into_id = survivor
    session.info[_ANY_MERGED] = True
    # Records merged into the duplicate before now lead straight to the survivor.
    for earlier in session.scalars(select(PersonRow).where(
            PersonRow.merged_into_id == duplicate.id, PersonRow.id != duplicate.id)):
        applied[id(earlier)] = earlier
        earlier.merged_into_id = survivor
    session.flush()
    return moved


def _any_merged(session: Session) -> bool:
    """Whether this store holds a merged record at all: asked once per session, so a PC
    that never merged pays nothing per incoming change."""
    known = session.info.get(_ANY_MERGED)
    if known is None:
        known = session.scalar(select(PersonRow.id).where(
            PersonRow.merged_into_id.is_not(None)).limit(1)) is not None
        session.info[_ANY_MERGED] = known
    return bool(known)


def _one_household(session: Session, at: Any, survivor: PersonRow,
                   applied: dict[int, Any]) -> None:
    """A person lives in one household: the survivor's (the head chose it, and that choice
    reached this PC before the merge, being stamped before it). Its other memberships, the
    duplicate's moved with it among them, end at the merge's own time."""
    session.flush()
    if survivor.household_id is None:
        return
    for other in session.scalars(select(HouseholdMemberRow).where(
            HouseholdMemberRow.person_id == survivor.id,
            HouseholdMemberRow.household_id != survivor.household_id,
            HouseholdMemberRow.deleted_at.is_(None))):
        applied[id(other)] = other
        other.deleted_at = at


def follow(session: Session, table: str, values: dict[str, Any], row: str | None = None
           ) -> None:
    """Before another PC's row of `table` is stored as `values`: a reference to a merged
    record is turned to its survivor (the change was made before that PC knew of the
    merge). Only for the tables the merge moves, so every PC ends with the same rows. The
    log records the turn, as it records a merge's moves: a merge made apart may have to
    take it back (storage/merges_apart.py)."""
    if table in (PERSONS, MERGES) or not moves(table) or not _any_merged(session):
        return
    for name, column in references():
        if name != table or not isinstance(values.get(column), uuid.UUID):
            continue
        survivor = survivor_of(session, values[column])
        if survivor == values[column]:
            continue
        if table == HouseholdMemberRow.__tablename__ and session.scalar(
                select(HouseholdMemberRow.id).where(
                    HouseholdMemberRow.household_id == values.get("household_id"),
                    HouseholdMemberRow.person_id == survivor)) is not None:
            continue  # the survivor is already a member there: kept as it came
        if row is not None:
            audit.record_change(session, None, table, row, survivor,
                                {column: (values[column], survivor)})
        values[column] = survivor


def late_edit(session: Session, duplicate: PersonRow, values: Mapping[str, Any], stamp: str,
              author: uuid.UUID | None) -> list[SyncConflictRow]:
    """An edit of a merged record's data, from a PC that did not know of the merge: kept on
    the duplicate, and each field that differs from the survivor's is put before the
    coordinator as a conflict entry on the survivor. The entry travels; its id follows from
    the edit, so two PCs that meet the same late edit write the same entry."""
    if duplicate.merged_into_id is None:
        return []
    survivor = session.get(PersonRow, survivor_of(session, duplicate.id))
    if survivor is None:
        return []
    stamps = field_stamps(session.connection(), PERSONS, str(survivor.id))
    entries: list[SyncConflictRow] = []
    for name, value in values.items():
        if name in _NOT_NEWS or getattr(survivor, name) == value:
            continue
        entry_id = uuid.uuid5(_NS, f"{duplicate.id}|{name}|{stamp}")
        if session.get(SyncConflictRow, entry_id) is not None:
            continue
        entry = SyncConflictRow(
            id=entry_id, table_name=PERSONS, row_id=str(survivor.id), field=name,
            kept_value=dumps(encode(getattr(survivor, name))),
            kept_stamp=stamp_of(stamps, name).stamp,
            lost_value=dumps(encode(value)), lost_stamp=stamp, lost_author=author)
        session.add(entry)
        entries.append(entry)
    return entries
