"""The person and the family a report counts for a row: through a merge, one person.

A signed act or a frozen record keeps naming the record it was made on, though the head
merged that record into another of the same person (storage/person_merge.py). A count of
persons or families that took the recorded person would see two persons, and perhaps two
families, where the office helped one. So every counting read joins the recorded person and
the record it was merged into, if any, and takes the person and the family (the household
as recorded now, none: the person alone) from that one, else from the recorded one.

`merged_into_id` always leads straight to the final survivor (carry_out re-points earlier
merges), so one step is enough. The survivor is an outer join on the pointer, not a join on
a computed id: a record never merged has no pointer, so neither store looks anything up for
it (the same one primary-key lookup per row as before), and neither planner is tempted to
read every person to find the survivors. The lists that trace a figure back to its cases may
keep naming the recorded person.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased, join

from ops_desktop.storage.models import PersonRow


class CountedPerson:
    """The two person aliases of one query: the recorded person and its survivor."""

    def __init__(self) -> None:
        self.recorded: Any = aliased(PersonRow, name="recorded_person")
        self.survivor: Any = aliased(PersonRow, name="survivor_person")

    def joined(self, rows: Any, person_id: ColumnElement[Any]) -> Any:
        """`rows` (a mapped class) joined to the person its `person_id` column names, and to
        the record that one was merged into: for `select(...).select_from(...)`."""
        return (join(rows, self.recorded, self.recorded.id == person_id)
                .outerjoin(self.survivor, self.survivor.id == self.recorded.merged_into_id))

    @property
    def id(self) -> ColumnElement[uuid.UUID]:
        """The person counted: the survivor of a merged record, else the record."""
        return func.coalesce(self.survivor.id, self.recorded.id)

    @property
    def family(self) -> ColumnElement[uuid.UUID]:
        """The counted person's household now, or the person alone (a survivor's id is
        never null, so a merged record's own household is never reached)."""
        return func.coalesce(self.survivor.household_id, self.survivor.id,
                             self.recorded.household_id, self.recorded.id)


def household_sizes(session: Session, families: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The persons in each family now: its household's live records, a merged one left out
    (it keeps the household it had, and its survivor may live there too); a family that is
    no household (a person alone): one."""
    ids = list(dict.fromkeys(families))
    sizes: dict[uuid.UUID, int] = {}
    for i in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        sizes.update({r[0]: int(r[1]) for r in session.execute(
            select(PersonRow.household_id, func.count())
            .where(PersonRow.household_id.in_(ids[i:i + 500]), PersonRow.deleted_at.is_(None),
                   PersonRow.merged_into_id.is_(None))
            .group_by(PersonRow.household_id))})
    return {f: sizes.get(f, 1) for f in ids}


def living_in(member: Any, household: ColumnElement[uuid.UUID]) -> list[ColumnElement[bool]]:
    """The filter of a household's persons now (`member`: a PersonRow alias), as
    `household_sizes` counts them, for a count made inside a query."""
    return [member.household_id == household, member.deleted_at.is_(None),
            member.merged_into_id.is_(None)]
