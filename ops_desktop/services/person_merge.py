"""Merging two records of one person by hand: the head compares them and keeps one.

PCs apart may register one person twice (the same PESEL typed twice offline, settled by
storage/duplicate_persons.py, or one record without a PESEL). The head – who oversees every
team, and whose merge moves cases, applications, notes and acts of every team – sees the two
side by side with how many records each holds, chooses the record that stays and, per field
that differs, which value stays. The duplicate's references then move to the survivor and
the duplicate is kept, marked merged into it (storage/person_merge.py says what moves, what
follows the pointer instead, and how the merge travels to the other PCs).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import INVALID, require_id
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.text import fold
from ops_desktop.services import mapping
from ops_desktop.services.context import Actor, require
from ops_desktop.services.views import PersonSummary
from ops_desktop.storage import person_merge, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import PersonRow
from ops_desktop.storage.models_merges import PersonMergeRow

# The person's data the head chooses between, in the order of the registration form.
FIELDS: tuple[str, ...] = (
    "first_name", "last_name", "pesel", "birth_date", "sex", "id_document_type",
    "id_document_number", "street", "building", "flat", "postal_code", "city", "phone",
    "homeless", "delivery_street", "delivery_building", "delivery_flat",
    "delivery_postal_code", "delivery_city",
    # The household the person lives in after the merge (the other membership ends).
    "household_id",
)

# What the comparison counts, by kind, and who may see a kind named: a count of Niebieska
# Karta parties or of social-work notes tells a fact of a special category (violence, the
# social worker's file), so a reader without that team's reading permission sees it only
# within "other records". Tables not named here are counted as other records.
KINDS: tuple[tuple[str, tuple[str, ...], Permission | None], ...] = (
    ("cases", ("cases",), None),
    ("household", ("household_members",), None),
    ("applications", ("applications",), None),
    ("decisions", ("decisions", "dps_decisions", "shelter_decisions", "meal_decisions"), None),
    ("interviews", ("interviews",), Permission.READ_INTERVIEWS),
    ("intakes", ("intakes", "referrals"), None),
    ("social_work", ("social_work_notes", "social_work_log", "social_contracts", "programmes"),
     Permission.READ_SOCIAL_WORK_NOTES),
    ("blue_card", ("blue_card_parties",), Permission.READ_BLUE_CARD),
)
OTHER = "other"

# Codes of the refusals, next to the record they concern ("survivor", "duplicate").
SAME_PERSON = "merge_same_person"
ALREADY_MERGED = "merge_already_merged"
DIFFERENT_PESEL = "merge_different_pesel"
NOT_MERGEABLE = "merge_not_mergeable"  # removed or anonymised


@dataclass(frozen=True)
class MergeSide:
    """One of the two records as the head compares them."""

    person: PersonSummary
    values: Mapping[str, Any]  # FIELDS → the stored value
    counts: Mapping[str, int]  # kind (KINDS, OTHER) → how many records, kinds with none left out
    version: int
    household_size: int  # live members of the record's household, the record included


@dataclass(frozen=True)
class MergeComparison:
    first: MergeSide
    second: MergeSide
    differing: tuple[str, ...]  # FIELDS whose values differ, in FIELDS order


@dataclass(frozen=True)
class MergeResult:
    survivor_id: uuid.UUID
    moved: Mapping[str, int]  # kind → records moved to the survivor on this PC


def counts_by_kind(table_counts: Mapping[str, int], may: Any) -> dict[str, int]:
    """Table counts grouped by kind; kinds the reader may not see named go to OTHER."""
    out: dict[str, int] = {}
    placed: set[str] = set()
    for kind, tables, needed in KINDS:
        number = sum(table_counts.get(t, 0) for t in tables)
        placed.update(tables)
        if not number:
            continue
        key = kind if needed is None or may(needed) else OTHER
        out[key] = out.get(key, 0) + number
    rest = sum(n for t, n in table_counts.items() if t not in placed)
    if rest:
        out[OTHER] = out.get(OTHER, 0) + rest
    return out


class PersonMergeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def compare(self, actor: Actor, first_id: uuid.UUID, second_id: uuid.UUID
                ) -> MergeComparison:
        """The two records side by side; refused (ValidationError) when they may not be
        merged at all, so the head learns it before choosing anything."""
        require(actor, Permission.MERGE_PERSONS)
        with self.db.session(actor.user_id) as s:
            first, second = self._pair(s, first_id, second_id, "first", "second")
            return MergeComparison(
                self._side(s, actor, first), self._side(s, actor, second),
                tuple(f for f in FIELDS if getattr(first, f) != getattr(second, f)))

    def merge(self, actor: Actor, survivor_id: uuid.UUID, duplicate_id: uuid.UUID,
              from_duplicate: Iterable[str] = (),
              versions: tuple[int, int] | None = None) -> MergeResult:
        """Merge the duplicate into the survivor, taking the duplicate's value of each field
        in `from_duplicate`. `versions` (survivor's, duplicate's) are those the head
        compared: a record changed meanwhile refuses the merge (ConflictError)."""
        require(actor, Permission.MERGE_PERSONS)
        taken = list(from_duplicate) if not isinstance(from_duplicate, str) else [from_duplicate]
        if any(f not in FIELDS for f in taken):
            raise ValidationError([FieldError("fields", INVALID)])
        with self.db.session(actor.user_id) as s:
            survivor, duplicate = self._pair(s, survivor_id, duplicate_id, "survivor",
                                             "duplicate")
            if versions is not None and (survivor.version, duplicate.version) != tuple(versions):
                raise ConflictError("person_changed", f"{survivor.version},{duplicate.version}")
            if duplicate.pesel and not survivor.pesel and "pesel" not in taken:
                # Left on the merged record, the number would stay taken while no search
                # finds it: the desk could neither find the person by it nor give it again.
                taken.append("pesel")
            if "pesel" in taken and duplicate.pesel:
                # The store holds a PESEL once: the duplicate gives it up first.
                number, duplicate.pesel = duplicate.pesel, None
                s.flush()
                survivor.pesel = number
            for name in taken:
                if name != "pesel":
                    setattr(survivor, name, getattr(duplicate, name))
            survivor.search_name = fold(f"{survivor.last_name} {survivor.first_name}")[:170]
            if survivor.household_id is None:
                survivor.household_id = duplicate.household_id
            # (taken above like any field: the duplicate's membership there is moved to the
            # survivor by the merge, its other memberships end – storage/person_merge.py)
            s.flush()
            merge = PersonMergeRow(duplicate_id=duplicate.id, survivor_id=survivor.id)
            s.add(merge)
            s.flush()
            moved = person_merge.carry_out(s, merge)
            return MergeResult(survivor.id, counts_by_kind(moved, actor.may))

    @staticmethod
    def _pair(s: Session, one_id: uuid.UUID, other_id: uuid.UUID, one: str, other: str
              ) -> tuple[PersonRow, PersonRow]:
        require_id(one, one_id)
        require_id(other, other_id)
        if one_id == other_id:
            raise ValidationError([FieldError(other, SAME_PERSON)])
        rows = []
        for field, key in ((one, one_id), (other, other_id)):
            row = queries.get(s, PersonRow, key)
            if row is None:
                raise NotFound("person", key)
            if row.deleted_at is not None or row.anonymised_at is not None:
                raise ValidationError([FieldError(field, NOT_MERGEABLE)])
            if row.merged_into_id is not None:
                raise ValidationError([FieldError(field, ALREADY_MERGED)])
            rows.append(row)
        first, second = rows
        if first.pesel and second.pesel and first.pesel != second.pesel:
            raise ValidationError([FieldError(other, DIFFERENT_PESEL)])
        return first, second

    @staticmethod
    def _side(s: Session, actor: Actor, row: PersonRow) -> MergeSide:
        tables = person_merge.counts(s, person_merge.family(s, [row.id]))
        size = person_merge.household_size(s, row.household_id)
        return MergeSide(mapping.person_summary(row), {f: getattr(row, f) for f in FIELDS},
                         counts_by_kind(tables, actor.may), row.version, size)
