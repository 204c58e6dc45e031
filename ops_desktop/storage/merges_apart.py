"""Two heads merging records of one person while their PCs are apart: one outcome everywhere.

Head A merges the duplicate D into S1 on PC A while head B merges D into S2 on PC B (or
merges S1 into D: the same pair the other way round). Each PC carries out its own merge
first and the other one when it arrives (storage/person_merge.py), so without a rule PC A
would keep D→S1 and PC B D→S2. The rule, evaluated the same by every PC on the merges it
holds, whatever order they came in:

The merges of the records involved are replayed in the order they were made (created_at,
then id – known to every PC that holds them). A merge of a record not yet merged is carried
out as usual. A merge whose duplicate was already merged by an earlier one says the survivor
is the same person too: both heads said D is S1 and D is S2, so all three are one person,
and the record the earlier merge led D to stays; the later merge's survivor is merged into
it by the ordinary rule (`person_merge.move`), so every movable reference lands on the one
that stays. A merge of a record into one already merged into it (the pair the other way
round) changes nothing in the replay: the earlier merge's survivor stays.

The PC then makes its store match the replay: a survivor that must go is merged into the
one that stays, and a record that must stay but was merged here (the pair the other way
round) is first brought back and the other merged into it. Memberships of a household that
these merges ended end at the earliest merge's moment on every PC (each PC ended them at
the moment of the merge it carried out first).

When the two survivors cannot be one person (each group holds a different PESEL) the later
merge is not carried out, and a conflict entry for the coordinator names the duplicate,
the survivor kept (the earlier merge's) and the later merge's survivor; its id follows from
the later merge, so every PC writes the same entry. A PC that carried out the later merge
before the earlier one arrived moves back what it moved then – the rows whose move its audit
log records (a record of the duplicate from another PC turned to that survivor on arrival,
`person_merge.follow`, is logged as a move too) and the memberships that merge ended – and
carries out the earlier merge.

A household membership that the duplicate and a survivor both held in one household (the
duplicate's then ends where it is, unmoved) may have ended naming the duplicate on one PC and
the other survivor on another: such a row is then given the same one of the records on every
PC (`_same_names`).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.storage import person_merge
from ops_desktop.storage.change_feed import APPLIED, dumps, field_stamps, stamp_of
from ops_desktop.storage.models import AuditRow, HouseholdMemberRow, PersonRow, SyncConflictRow
from ops_desktop.storage.models_merges import PersonMergeRow

FIELD = "merged_into_id"  # the conflict entry's field, on the duplicate's record
_NS = uuid.UUID("a1d3f6b2-7c4e-4f0a-8e5b-9b2c6d1e3f70")


def settle(session: Session, merge: PersonMergeRow,
           entries: list[SyncConflictRow] | None = None) -> dict[str, int]:
    """Bring this PC's store to the outcome of the replay of every merge of the records
    `merge` touches; rows moved by table. A conflict entry written is added to `entries`."""
    merges = _merges(session, merge)
    parent, refused = _replay(session, merges)
    moved: dict[str, int] = {}
    groups: dict[uuid.UUID, set[uuid.UUID]] = {}
    for person in {p for m in merges for p in (m.duplicate_id, m.survivor_id)}:
        groups.setdefault(_root(parent, person), set()).add(person)
    for later, earlier in refused:
        _undo(session, later, earlier)
    not_made = {later.id for later, _ in refused}
    for root, members in sorted(groups.items(), key=lambda g: str(g[0])):
        own = [m for m in merges if m.duplicate_id in members and m.id not in not_made]
        if own:
            _join(session, root, members, own[0].created_at, moved)
            _same_end(session, root, members, {m.created_at for m in own})
    for later, earlier in refused:
        entry = _entry(session, later, earlier, _root(parent, later.duplicate_id))
        if entry is not None and entries is not None:
            entries.append(entry)
    session.flush()
    return moved


def _merges(session: Session, merge: PersonMergeRow) -> list[PersonMergeRow]:
    """Every merge connected to `merge` through the records they name, in the order made."""
    persons = {merge.duplicate_id, merge.survivor_id}
    found: dict[uuid.UUID, PersonMergeRow] = {}
    while True:
        persons |= set(person_merge.family(session, {person_merge.survivor_of(session, p)
                                                     for p in persons}))
        more = [m for m in session.scalars(select(PersonMergeRow).where(
            PersonMergeRow.deleted_at.is_(None),
            PersonMergeRow.duplicate_id.in_(persons) | PersonMergeRow.survivor_id.in_(persons)))
            if m.id not in found]
        if not more:
            break
        for m in more:
            found[m.id] = m
            persons |= {m.duplicate_id, m.survivor_id}
    return sorted(found.values(), key=lambda m: (m.created_at, str(m.id)))


def _root(parent: dict[uuid.UUID, uuid.UUID], person: uuid.UUID) -> uuid.UUID:
    while person in parent:
        person = parent[person]
    return person


def _replay(session: Session, merges: list[PersonMergeRow]
            ) -> tuple[dict[uuid.UUID, uuid.UUID],
                       list[tuple[PersonMergeRow, PersonMergeRow]]]:
    """The merges in the order made: who leads to whom, and the merges refused for two
    PESELs, each with the earlier merge of the same duplicate that it met."""
    parent: dict[uuid.UUID, uuid.UUID] = {}
    by_duplicate: dict[uuid.UUID, PersonMergeRow] = {}
    refused: list[tuple[PersonMergeRow, PersonMergeRow]] = []
    pesels = {p.id: p.pesel for p in session.scalars(select(PersonRow).where(
        PersonRow.id.in_({x for m in merges for x in (m.duplicate_id, m.survivor_id)})))}

    def pesels_of(root: uuid.UUID) -> set[str]:
        return {v for p, v in pesels.items() if v and _root(parent, p) == root}

    for m in merges:
        duplicate, survivor = _root(parent, m.duplicate_id), _root(parent, m.survivor_id)
        if duplicate == survivor or m.duplicate_id not in pesels or m.survivor_id not in pesels:
            continue  # one person already (the pair the other way round), or not here
        if len(pesels_of(duplicate) | pesels_of(survivor)) > 1:
            if m.duplicate_id in by_duplicate:  # met a merge made apart
                refused.append((m, by_duplicate[m.duplicate_id]))
            continue  # else never made by the program (services/person_merge.py)
        if duplicate == m.duplicate_id:
            parent[m.duplicate_id] = survivor  # an ordinary merge
            by_duplicate[m.duplicate_id] = m
        else:
            parent[survivor] = duplicate  # the earlier merge's survivor stays
    return parent, refused


def _join(session: Session, root: uuid.UUID, members: set[uuid.UUID], at: dt.datetime,
          moved: dict[str, int]) -> None:
    """Make `root` the record every one of `members` leads to, here."""
    applied: dict[int, Any] = session.info.setdefault(APPLIED, {})
    kept = session.get(PersonRow, root)
    if kept is None:
        return
    if kept.merged_into_id is not None:  # merged here the other way round: brought back
        applied[id(kept)] = kept
        kept.merged_into_id = None
        session.flush()
    for other in sorted({person_merge.survivor_of(session, p) for p in members} - {root},
                        key=str):
        row = session.get(PersonRow, other)
        if row is None or other not in members:
            continue
        for table, number in person_merge.move(session, row, kept, at).items():
            moved[table] = moved.get(table, 0) + number


def _same_end(session: Session, root: uuid.UUID, members: set[uuid.UUID],
              moments: set[dt.datetime]) -> None:
    """Memberships these merges ended end at the earliest merge's moment on every PC, but
    the one that stays lives in its household: a membership there that a merge ended (one
    carried out here the other way round) is live again."""
    first = min(moments)
    applied: dict[int, Any] = session.info.setdefault(APPLIED, {})
    kept = session.get(PersonRow, root)
    home = None if kept is None else kept.household_id
    for row in session.scalars(select(HouseholdMemberRow).where(
            HouseholdMemberRow.person_id.in_(members),
            HouseholdMemberRow.deleted_at.in_(moments))):
        applied[id(row)] = row
        if row.person_id == root and row.household_id == home:
            row.deleted_at = None
        elif row.deleted_at != first:
            row.deleted_at = first
    session.flush()
    _same_names(session, members, first)


def _same_names(session: Session, members: set[uuid.UUID], first: dt.datetime) -> None:
    """A membership these merges ended names the same one of the records on every PC.

    Where a merge found the duplicate and its survivor in one household, the duplicate's
    membership ended there unmoved; where the other merge came first, the same row had
    been moved to the other survivor and ended under that name. They are one person now,
    so the row is given, on every PC alike, the first of the records (by id) that no other
    membership of that household names (a household names each person once)."""
    applied: dict[int, Any] = session.info.setdefault(APPLIED, {})
    ended = list(session.scalars(select(HouseholdMemberRow).where(
        HouseholdMemberRow.person_id.in_(members), HouseholdMemberRow.deleted_at == first)
        .order_by(HouseholdMemberRow.id)))
    want: dict[uuid.UUID, uuid.UUID] = {}  # row id -> the record it is to name
    for home in sorted({r.household_id for r in ended}, key=str):
        rows = [r for r in ended if r.household_id == home]
        others = set(session.scalars(select(HouseholdMemberRow.person_id).where(
            HouseholdMemberRow.household_id == home,
            HouseholdMemberRow.id.not_in([r.id for r in rows]))))
        free = iter(sorted(members - others, key=str))
        want |= {r.id: p for r, p in zip(rows, free)}
    # One row at a time, each to a record no row names then (never two rows of a household
    # naming one record, even for a moment); a row whose record another still names waits
    # for the next pass.
    pending = [r for r in ended if r.id in want and r.person_id != want[r.id]]
    while pending:
        held = {(r.household_id, r.person_id) for r in ended}
        ready = [r for r in pending if (r.household_id, want[r.id]) not in held]
        if not ready:
            break  # two rows each naming the other's record: left as they are
        for row in ready[:1]:
            applied[id(row)] = row
            row.person_id = want[row.id]
            session.flush()
        pending = [r for r in pending if r.person_id != want[r.id]]


def _undo(session: Session, later: PersonMergeRow, earlier: PersonMergeRow) -> None:
    """The later merge of two survivors that cannot be one person, carried out here before
    the earlier one came: what it moved goes back to the duplicate (then carried out by the
    earlier merge's rule), as this PC's audit log recorded the moves."""
    duplicate = session.get(PersonRow, later.duplicate_id)
    if duplicate is None or duplicate.merged_into_id is None:
        return
    went_to = duplicate.merged_into_id
    if person_merge.survivor_of(session, earlier.survivor_id) == went_to:
        return  # the earlier merge was carried out here: the later one never was
    applied: dict[int, Any] = session.info.setdefault(APPLIED, {})
    classes = person_merge._classes()
    for table, column in person_merge.references():
        if not person_merge.moves(table):
            continue
        cls = classes[table]
        for entry in session.scalars(select(AuditRow).where(
                AuditRow.entity == table, AuditRow.action == "update",
                AuditRow.changes.contains(str(duplicate.id)))):
            before_after = json.loads(entry.changes or "{}").get(column)
            if not before_after or before_after[0] != str(duplicate.id):
                continue
            row = session.get(cls, uuid.UUID(entry.entity_id)) if entry.entity_id else None
            if row is not None and getattr(row, column) == went_to:
                applied[id(row)] = row
                setattr(row, column, duplicate.id)
                if isinstance(row, HouseholdMemberRow) and row.deleted_at == later.created_at:
                    row.deleted_at = None
    for row in session.scalars(select(HouseholdMemberRow).where(
            HouseholdMemberRow.person_id.in_({duplicate.id, went_to}),
            HouseholdMemberRow.deleted_at == later.created_at)):
        applied[id(row)] = row
        row.deleted_at = None
    applied[id(duplicate)] = duplicate
    duplicate.merged_into_id = None
    session.flush()
    kept = session.get(PersonRow, person_merge.survivor_of(session, earlier.survivor_id))
    if kept is not None:
        person_merge.move(session, duplicate, kept, earlier.created_at)


def _entry(session: Session, later: PersonMergeRow, earlier: PersonMergeRow,
           kept: uuid.UUID) -> SyncConflictRow | None:
    """The coordinator's entry: the later merge was not carried out (two PESELs)."""
    entry_id = uuid.uuid5(_NS, f"{later.id}")
    if session.get(SyncConflictRow, entry_id) is not None:
        return None
    author = session.info.get("actor_id")
    session.info["actor_id"] = None  # the program writes it, not a colleague
    try:
        connection = session.connection()
        entry = SyncConflictRow(
            id=entry_id, table_name="persons", row_id=str(later.duplicate_id), field=FIELD,
            kept_value=dumps(str(kept)),
            kept_stamp=_stamp(connection, earlier), kept_author=earlier.created_by,
            lost_value=dumps(str(later.survivor_id)),
            lost_stamp=_stamp(connection, later), lost_author=later.created_by,
            created_at=later.created_at)
        session.add(entry)
        session.flush()
    finally:
        session.info["actor_id"] = author
    return entry


def _stamp(connection: Any, merge: PersonMergeRow) -> str:
    return stamp_of(field_stamps(connection, PersonMergeRow.__tablename__, str(merge.id)),
                    "survivor_id").stamp
