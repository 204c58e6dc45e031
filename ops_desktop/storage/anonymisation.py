"""Retention anonymisation on every PC of an office: the same routine here and there.

Chosen over capturing the anonymisation's writes in the change feed: those writes are plain
UPDATEs on purpose (an ORM change would copy the very data being removed into the audit log,
field by field), a signed decision takes the anonymisation only through its trigger
exemption (storage/triggers.py), and each PC must also redact its own audit log, its copies
of the other PCs' logs, its conflict entries, its outbox and its quarantine, none of which
travel. So what travels is the fact: one change `anonymise` of the person's row, carrying
only the time and the name put in place of the person's. Each PC applies it by running the
same local routine as the PC where the head anonymised (`anonymise_here`).

A change about an anonymised person that comes later (from a PC that was away when it
happened) is blanked before it is applied or quarantined (`blank_incoming`): the fields
anonymisation blanks get the values anonymisation writes, so the data never comes back and
every PC still ends with the same rows.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from ops_desktop.storage import audit, queries
from ops_desktop.storage import personal_data_queries as pq
from ops_desktop.storage.change_feed import dumps, encode, member_of, take_stamps
from ops_desktop.storage.models import (
    ApplicationRow,
    CaseRow,
    MemberAuditRow,
    OutboxRow,
    PersonRow,
    QuarantineRow,
    ReferralRow,
    SyncConflictRow,
    utcnow,
)

ANONYMISE = "anonymise"  # the change that carries the fact (op of a `persons` row)
_WHEN, _FIRST, _LAST = "anonymised_at", "first_name", "last_name"


def anonymise_here(session: Session, person_ids: Sequence[uuid.UUID],
                   actor_id: uuid.UUID | None, name: tuple[str, str], now: dt.datetime
                   ) -> tuple[dict[str, int], int]:
    """Blank the persons' data in every table of this PC; (rows by kind, log entries)."""
    session.flush()
    blanked = pq.blanked_rows(session, person_ids)
    counts = pq.anonymise(session, person_ids, actor_id, name, now)
    # The blanked names must also leave the search index's pages, not only its results.
    queries.purge_person_search(session)
    redacted = 0
    for pid in person_ids:
        # The anonymisation is in this PC's chain first: the store accepts the blanking of
        # a person's entries only after it (storage/triggers.py).
        audit.record(session, actor_id, "anonymise", "person", str(pid), pid)
        redacted += audit.redact_person(session, pid)
    connection = session.connection()
    redact_copies(connection, person_ids)
    _blank_exchange(connection, blanked, pq.blanked_values(name))
    # Objects this session holds still have the old values: a later change in the same
    # round must not read them (the audit log would copy them as "before").
    session.expire_all()
    return counts, redacted


def record_fact(session: Session, person_ids: Sequence[uuid.UUID], actor_id: uuid.UUID | None,
                name: tuple[str, str], now: dt.datetime) -> None:
    """On an office member: the anonymisation travels to every other PC (one outbox entry
    per person); nothing on a standalone PC."""
    connection = session.connection()
    member = member_of(connection)
    if member is None:
        return
    fields = {_WHEN: encode(now), _FIRST: name[0], _LAST: name[1]}
    rows = [{"stamp": stamp, "table_name": "persons", "row_id": str(pid), "op": ANONYMISE,
             "fields": dumps(fields), "bases": "{}", "author_id": actor_id}
            for pid, stamp in zip(person_ids, take_stamps(connection, member, len(person_ids)),
                                  strict=True)]
    connection.execute(OutboxRow.__table__.insert(), rows)


def apply_fact(session: Session, row: str, fields: Mapping[str, Any],
               author: uuid.UUID | None) -> str | None:
    """Another PC anonymised the person: the same here. A reason when it must wait."""
    person_id = uuid.UUID(row)
    person = session.get(PersonRow, person_id)
    if person is None:
        return "row_missing"
    if person.anonymised_at is not None:
        return None
    when = dt.datetime.fromisoformat(str(fields[_WHEN]))
    anonymise_here(session, [person_id], author, (str(fields[_FIRST]), str(fields[_LAST])),
                   when)
    return None


def redact_copies(connection: Connection, person_ids: Iterable[Any]) -> int:
    """Blank the field-level changes about these persons, if anonymised, in the other PCs'
    logs kept here (a PC away at the time sends its entries later); the chains still
    verify. The copies name a person by the id's text."""
    wanted = {uuid.UUID(str(p)) for p in person_ids if p}
    if not wanted:
        return 0
    anonymised = [str(p) for p in connection.execute(select(PersonRow.id).where(
        PersonRow.id.in_(wanted), PersonRow.anonymised_at.is_not(None))).scalars()]
    if not anonymised:
        return 0
    copies = MemberAuditRow.__table__
    result = connection.execute(
        update(copies).where(copies.c.person_id.in_(anonymised), copies.c.changes.is_not(None))
        .values(changes=None, redacted_at=utcnow().isoformat()))
    return int(result.rowcount)


# A row that is about a person through the row it belongs to: the column, and that row's table.
_LINKS: dict[str, tuple[str, type[Any]]] = {
    "social_work_notes": ("case_id", CaseRow),
    "social_work_log": ("case_id", CaseRow),
    "interviews": ("case_id", CaseRow),
    "incomes": ("application_id", ApplicationRow),
    "referral_forwards": ("referral_id", ReferralRow),
}
_LINKED_TABLES = {"cases": "case_id", "applications": "application_id",
                  "referrals": "referral_id", "persons": "person_id"}


def _about(table: str, row: str, fields: Mapping[str, Any],
           owned: Mapping[str, set[str]]) -> bool:
    """Whether an outbox or quarantine entry is about the rows being blanked (an insert
    not applied here names its person or the case it belongs to in its fields)."""
    if row in owned.get(table, set()) or table == "sync_conflicts":
        return True
    return any(str(fields.get(column)) in owned.get(linked, set())
               for linked, column in _LINKED_TABLES.items() if fields.get(column))


def _blank_fields(table: str, fields: Mapping[str, Any], blank: Mapping[str, dict[str, Any]],
                  owned: Mapping[str, set[str]] | None) -> dict[str, Any]:
    """The fields of a change (or of a conflict entry) with the person's data blanked;
    `owned` None: the change is known to be about the person (a conflict entry: its row)."""
    out = dict(fields)
    if table != "sync_conflicts":
        for name in set(out) & set(blank.get(table, {})):
            out[name] = encode(blank[table][name])
        return out
    target, row, name = str(out.get("table_name")), out.get("row_id"), out.get("field")
    if (owned is None or row in owned.get(target, set())) and name in blank.get(target, {}):
        value = dumps(encode(blank[target][str(name)]))
        out["kept_value"] = out["lost_value"] = value
    return out


def _blank_exchange(connection: Connection, owned: Mapping[str, set[str]],
                    blank: Mapping[str, dict[str, Any]]) -> None:
    """Conflict entries, this PC's outbox and its quarantine hold values in full: blank
    those of the persons' rows."""
    conflicts = SyncConflictRow.__table__
    for table, rows in owned.items():
        for name in blank.get(table, {}) if rows else ():
            value = dumps(encode(blank[table][name]))
            connection.execute(update(conflicts).where(
                conflicts.c.table_name == table, conflicts.c.row_id.in_(rows),
                conflicts.c.field == name).values(kept_value=value, lost_value=value))
    outbox, refused = OutboxRow.__table__, QuarantineRow.__table__
    for seq, table, row, text in connection.execute(
            select(outbox.c.seq, outbox.c.table_name, outbox.c.row_id, outbox.c.fields)).all():
        fields = json.loads(text)
        if _about(table, row, fields, owned):
            new = _blank_fields(table, fields, blank, owned)
            if new != fields:
                connection.execute(update(outbox).where(outbox.c.seq == seq)
                                   .values(fields=dumps(new)))
    for entry, table, row, text in connection.execute(
            select(refused.c.id, refused.c.table_name, refused.c.row_id, refused.c.change)
    ).all():
        change = json.loads(text)
        if _about(table, row, change["fields"], owned):
            new = _blank_fields(table, change["fields"], blank, owned)
            if new != change["fields"]:
                connection.execute(update(refused).where(refused.c.id == entry)
                                   .values(change=dumps({**change, "fields": new})))


class Blanker:
    """Blanks, within one exchange round, what incoming changes say of anonymised persons."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.active = session.scalar(select(PersonRow.id).where(
            PersonRow.anonymised_at.is_not(None)).limit(1)) is not None

    def fact_applied(self) -> None:
        self.active = True

    def fields(self, table: str, row: str, fields: Mapping[str, Any]) -> dict[str, Any] | None:
        """The change's fields blanked when it is about an anonymised person, else None."""
        if not self.active or table not in _BLANKED_TABLES:
            return None
        target, target_row, target_fields = table, row, fields
        if table == "sync_conflicts":
            entry = self._value(table, row, fields, "table_name"), \
                self._value(table, row, fields, "row_id")
            if entry[0] not in _BLANKED_TABLES or entry[0] == "sync_conflicts":
                return None
            target, target_row, target_fields = str(entry[0]), str(entry[1]), {}
        person = self._anonymised_owner(target, target_row, target_fields)
        if person is None:
            return None
        new = _blank_fields(table, fields, pq.blanked_values((person.first_name,
                                                              person.last_name)), None)
        return None if new == dict(fields) else new

    def _value(self, table: str, row: str, fields: Mapping[str, Any], name: str) -> Any:
        if name in fields:
            return fields[name]
        obj = self.session.get(_CLASSES[table], row if table == "settings" else uuid.UUID(row))
        return None if obj is None else getattr(obj, name, None)

    def _anonymised_owner(self, table: str, row: str, fields: Mapping[str, Any]
                          ) -> PersonRow | None:
        owners: list[Any] = [row] if table == "persons" else [
            self._value(table, row, fields, "person_id")]
        if table in _LINKS:
            column, parent = _LINKS[table]
            link = self._value(table, row, fields, column)
            if link is not None:
                owner = self.session.get(parent, uuid.UUID(str(link)))
                owners.append(None if owner is None else owner.person_id)
        for owner in owners:
            if owner is None:
                continue
            person = self.session.get(PersonRow, uuid.UUID(str(owner)))
            if person is not None and person.anonymised_at is not None:
                return person
        return None


_BLANKED_TABLES = frozenset(pq.blanked_values(("", ""))) | {"sync_conflicts"}
_CLASSES: dict[str, type[Any]] = {
    m.local_table.name: m.class_ for m in PersonRow.registry.mappers}  # type: ignore[attr-defined]
