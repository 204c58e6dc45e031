"""What the exchange between the office's PCs could not decide by itself, for the coordinator.

Two lists. Conflict entries: one field changed on two PCs while apart; every PC holds the
value with the larger stamp, the entry keeps the one that lost, and the coordinator takes
it or leaves the entry (both travel, so the entry closes on every PC). Refused changes: what
this PC did not apply (exchange/rules.py, storage/replica.py), read-only, for the
coordinator and the administrator.

Rows are named the way a coordinator knows them (a person's name and PESEL, a case sign, a
referral number), never by table and id. The values of a conflict reach only the readers of
that field (need_to_know.exchange_value); reading a narrative that way is logged like
opening a note.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ops_desktop.documents.values import date_short, money
from ops_desktop.domain.clock import office_time
from ops_desktop.domain.errors import ConflictError, NotFound, PermissionDenied
from ops_desktop.domain.hlc import ZERO, Stamp
from ops_desktop.domain.money import from_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import mapping, need_to_know
from ops_desktop.services.audit import REFERENCES, person_label
from ops_desktop.services.context import Actor, require, require_any
from ops_desktop.storage import (
    audit,
    double_signing,
    exchange_records,
    list_versions,
    merges_apart,
    replica,
)
from ops_desktop.storage.database import Database
from ops_desktop.storage.exchange_records import RecordFacts
from ops_desktop.storage.triggers import ACT_FIELD

CONFLICT = "sync_conflicts"


@dataclass(frozen=True)
class RecordRef:
    """Which record: its kind (the table) and the facts that name it; facts the reader may
    not see are left empty (the administrator reads no case content)."""

    table: str
    person: str = ""  # "Jan Kowalski, PESEL 85010112345"
    case_sign: str = ""
    number: str = ""
    day: dt.date | None = None
    name: str = ""  # a user, a team, a PC; a setting's key


@dataclass(frozen=True)
class SignedAct:
    """One of two acts signed from one draft on two PCs: what names it on paper."""

    case_sign: str
    issued_on: dt.date | None
    signed_at: dt.datetime | None
    signed_by: str  # the signatory as the act names them
    pc: str  # the PC it was signed on ("" if this PC does not know it)


@dataclass(frozen=True)
class DoubleSigning:
    """One draft signed on two PCs while apart: the act every PC keeps (signed first) and the
    later one, kept whole in the entry; the later act, if it was handed over, must be annulled
    by a new act (the office decides; the program changes neither)."""

    kept: SignedAct
    later: SignedAct


@dataclass(frozen=True)
class ConflictEntry:
    id: uuid.UUID
    record: RecordRef
    field: str
    shown: bool  # False: the reader may not see this field's values; both are None
    kept_value: Any  # as the change feed holds it (JSON: dates ISO, money in grosze)
    lost_value: Any
    kept_by: str  # the user's full name; "" for the program or a user this PC does not know
    kept_at: dt.datetime | None  # UTC, from the value's clock stamp
    lost_by: str
    lost_at: dt.datetime | None
    names: Mapping[str, str] = field(default_factory=dict)  # ids in the values → who
    acts: DoubleSigning | None = None  # an entry of a draft signed on two PCs (field ACT_FIELD)

    @property
    def entity(self) -> str:
        """The table, as an audit entry names it (ui/audit_text.py formats both alike)."""
        return self.record.table

    def name_of(self, value: Any) -> str | None:
        return self.names.get(str(value)) if value is not None else None


@dataclass(frozen=True)
class RefusedChange:
    id: int
    refused_at: dt.datetime  # UTC
    made_at: dt.datetime | None  # UTC, from the change's stamp
    member: str  # the PC it came from
    author: str  # the user's full name, "" when unknown here
    record: RecordRef
    reason: str  # a code of exchange/rules.py, storage/replica.py (ui/labels.py words it)
    waiting: bool  # tried again at every exchange: what it needs may still come


def stamp_time(stamp: str | None) -> dt.datetime | None:
    if not stamp or stamp == ZERO:
        return None
    try:
        wall = Stamp.parse(stamp).wall_ms
    except ValueError:
        return None
    return dt.datetime.fromtimestamp(wall / 1000, dt.UTC).replace(tzinfo=None)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _ref(table: str, facts: RecordFacts, content: bool) -> RecordRef:
    if not content:
        return RecordRef(table)
    person = (person_label(facts.first_name, facts.last_name, facts.pesel)
              if facts.person_id is not None and facts.last_name else "")
    return RecordRef(table, person, facts.case_sign, facts.number, facts.day, facts.name)


def _signed_act(value: Any, members: Mapping[str, str]) -> SignedAct:
    data = value if isinstance(value, dict) else {}

    def moment(name: str, kind: type[dt.date]) -> Any:
        try:
            return kind.fromisoformat(str(data[name])) if data.get(name) else None
        except ValueError:
            return None
    return SignedAct(case_sign=str(data.get("case_sign") or ""),
                     issued_on=moment("issued_on", dt.date),
                     signed_at=moment("signed_at", dt.datetime),
                     signed_by=str(data.get("signatory_name") or ""),
                     pc=members.get(str(data.get("member")), ""))


def _double_signing(s: Any, row: Any, lost: Any,
                    members: Mapping[str, str]) -> DoubleSigning | None:
    """Both acts of an entry of a draft signed on two PCs: the one in the row (the first,
    once every PC has exchanged) and the later one the entry keeps."""
    if (row.table_name, row.field) != (double_signing.TABLE, ACT_FIELD):
        return None
    return DoubleSigning(_signed_act(double_signing.first_act(s, row.row_id), members),
                         _signed_act(lost, members))


def _lists_named(s: Any, field_name: str, ids: set[uuid.UUID]) -> dict[str, str]:
    """Each of the two lists in the worker's words and Polish amounts (the source of each
    income line and its amount; a draft's case sign, amount and the day it was prepared), so
    the coordinator sees which one to take. A list with no lines, or a draft this PC no
    longer holds, is left to its id."""
    if field_name == list_versions.INCOMES_FIELD:
        return {str(version): "; ".join(f"{line.source} {money(from_grosze(line.amount_grosze))}"
                                         for line in lines)
                for version, lines in list_versions.lines_of(s, ids).items() if lines}
    out: dict[str, str] = {}
    for draft_id, draft in list_versions.drafts_of(s, ids).items():
        parts = [draft.case_sign]
        if draft.amount_grosze is not None:
            parts.append(money(from_grosze(draft.amount_grosze)))
        parts.append(date_short(office_time(draft.created_at).date()))
        out[str(draft_id)] = " · ".join(parts)
    return out


def _grounds(facts: RecordFacts) -> tuple[Any, ...]:
    try:
        return mapping.grounds(facts.grounds)
    except ValueError:
        return ()


class ExchangeInboxService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- conflicts ---
    def conflicts(self, actor: Actor) -> list[ConflictEntry]:
        """Open conflict entries, oldest first."""
        require(actor, Permission.OVERSEE_TEAMS)
        with self.db.session(actor.user_id) as s:
            rows = replica.conflicts(s)
            authors = {a for r in rows for a in (r.kept_author, r.lost_author) if a is not None}
            users = exchange_records.user_names(s, authors)
            members = exchange_records.member_names(s)
            out: list[ConflictEntry] = []
            for row in rows:
                facts = exchange_records.describe(s, row.table_name, row.row_id)
                narrative = row.field in audit.NARRATIVES.get(row.table_name, frozenset())
                shown = need_to_know.exchange_value(actor, row.table_name, row.field,
                                                    narrative, _grounds(facts))
                kept, lost = (_loads(row.kept_value), _loads(row.lost_value)) if shown else (None, None)
                acts = _double_signing(s, row, lost, members) if shown else None
                if shown and narrative:  # read like a note: the log says who read whose
                    audit.record(s, actor.user_id, "view", CONFLICT, str(row.id),
                                 facts.person_id, {"field": row.field})
                content = need_to_know.exchange_value(actor, row.table_name, "", False)
                out.append(ConflictEntry(
                    id=row.id, record=_ref(row.table_name, facts, content), field=row.field,
                    shown=shown, kept_value=kept, lost_value=lost,
                    kept_by=(acts.kept.signed_by if acts is not None else
                             users.get(row.kept_author, "") if row.kept_author else ""),
                    kept_at=acts.kept.signed_at if acts is not None else stamp_time(row.kept_stamp),
                    lost_by=users.get(row.lost_author, "") if row.lost_author else "",
                    lost_at=stamp_time(row.lost_stamp),
                    names=self._names(s, row.field, (kept, lost)),
                    acts=acts))
            return out

    def conflict_count(self, actor: Actor) -> int:
        require(actor, Permission.OVERSEE_TEAMS)
        with self.db.session(actor.user_id) as s:
            return len(replica.conflicts(s))

    @staticmethod
    def _names(s: Any, field_name: str, values: tuple[Any, Any]) -> dict[str, str]:
        """Who a person, user or case id among the values is; what each of two lists
        replaced whole on two PCs held (its version's id means nothing to a coordinator)."""
        kind = REFERENCES.get(field_name)
        ids = {i for i in (exchange_records.as_id(v) for v in values) if i is not None}
        if field_name in (list_versions.INCOMES_FIELD, list_versions.DRAFT_FIELD):
            return _lists_named(s, field_name, ids)
        if kind is None or not ids:
            return {}
        persons, users, cases = audit.names(s, ids if kind == "person" else set(),
                                            ids if kind == "user" else set(),
                                            ids if kind == "case" else set())
        known = {str(k): person_label(p.first_name, p.last_name, p.pesel)
                 for k, p in persons.items()}
        known.update({str(k): v for k, v in (users | cases).items()})
        return known

    def _open_entry(self, s: Any, actor: Actor, conflict_id: uuid.UUID) -> None:
        """The entry exists, is open, and its values are the reader's to see."""
        row = replica.conflict(s, conflict_id)
        if row is None or row.resolved_at is not None or row.deleted_at is not None:
            raise NotFound("conflict", conflict_id)
        facts = exchange_records.describe(s, row.table_name, row.row_id)
        narrative = row.field in audit.NARRATIVES.get(row.table_name, frozenset())
        if not need_to_know.exchange_value(actor, row.table_name, row.field, narrative,
                                           _grounds(facts)):
            raise PermissionDenied(Permission.OVERSEE_TEAMS.value)

    def take_lost_value(self, actor: Actor, conflict_id: uuid.UUID) -> None:
        """The value that lost becomes the field's value on every PC; the entry closes."""
        require(actor, Permission.OVERSEE_TEAMS)
        with self.db.session(actor.user_id) as s:
            self._open_entry(s, actor, conflict_id)
            entry = replica.conflict(s, conflict_id)
            if entry is not None and entry.field == ACT_FIELD:
                # A signed act is never taken back in place of another: the office annuls
                # the later one by a new act, if it was handed over.
                raise ConflictError("decision_signed")
            if entry is not None and (entry.table_name, entry.field) == (
                    "persons", merges_apart.FIELD):
                # Two merges made apart that cannot both hold (two PESELs): the record is
                # not moved to another person by an edit; the head merges by hand if need be.
                raise ConflictError("merge_apart_not_taken")
            if not replica.take_lost_value(s, conflict_id, actor.user_id):
                raise NotFound("conflict", conflict_id)

    def dismiss_conflict(self, actor: Actor, conflict_id: uuid.UUID) -> None:
        """Leave the value every PC holds; the entry closes on every PC (it travels, and
        the log records who closed it)."""
        require(actor, Permission.OVERSEE_TEAMS)
        with self.db.session(actor.user_id) as s:
            if not replica.dismiss_conflict(s, conflict_id, actor.user_id):
                raise NotFound("conflict", conflict_id)

    # --- refused changes ---
    @staticmethod
    def _may_see_refused(actor: Actor) -> None:
        require_any(actor, Permission.OVERSEE_TEAMS, Permission.MANAGE_SETTINGS)

    def refused_changes(self, actor: Actor) -> list[RefusedChange]:
        """Changes of other PCs this PC did not apply, the latest first. What the change
        said is not shown, only which record it was about – to the administrator only the
        kind of record when it is case content."""
        self._may_see_refused(actor)
        with self.db.session(actor.user_id) as s:
            rows = replica.quarantined(s)
            changes = [exchange_records.refused_change(r) for r in rows]
            authors = {i for i in (exchange_records.as_id(c.get("author")) for c in changes)
                       if i is not None}
            users = exchange_records.user_names(s, authors)
            members = exchange_records.member_names(s)
            out: list[RefusedChange] = []
            for row, change in zip(rows, changes, strict=True):
                content = need_to_know.exchange_value(actor, row.table_name, "", False)
                facts = (exchange_records.describe(s, row.table_name, row.row_id,
                                                   change.get("fields") or {})
                         if content else RecordFacts())
                author = exchange_records.as_id(change.get("author"))
                out.append(RefusedChange(
                    id=row.id, refused_at=row.at, made_at=stamp_time(change.get("stamp")),
                    member=members.get(row.member_id, ""),
                    author=users.get(author, "") if author is not None else "",
                    record=_ref(row.table_name, facts, content), reason=row.reason,
                    waiting=row.reason in replica.RETRYABLE))
            return out[::-1]

    def refused_count(self, actor: Actor) -> int:
        self._may_see_refused(actor)
        with self.db.session(actor.user_id) as s:
            return len(replica.quarantined(s))
