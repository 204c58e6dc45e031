"""One draft decision signed on two PCs while apart: which act the office keeps, and where the
other one goes.

Both acts were legally issued: either may have been printed and handed to the party. Every
PC keeps the act signed first (the smaller clock stamp of the signing change; equal wall
times are ordered by the PC's member id, as every stamp is) in the decision's row. The
other act is kept whole (every column of ACT_COLUMNS, its hash, who signed it, when and on
which PC) in a conflict entry of its own kind (`field` ACT_FIELD), which travels like any
entry, so the coordinator's inbox shows both acts and what the office must do about the
later one. Every PC that meets both signings writes the same entry (same id, same values,
created at the later act's signing), so the digests agree whichever PC wrote it first.

On a PC where the later act is in the row, the row is replaced by the first one. The
store's triggers refuse any UPDATE of a signed act except this one: the replaced act must
be kept in such an entry, named by its signing time (storage/triggers.py). The new act's signing entry is written as for any
signing, so `verify` finds the row matching it and the replaced act's signing entry matching
the kept copy (storage/acts.py).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from ops_desktop.domain.hlc import ZERO, Stamp
from ops_desktop.storage import acts
from ops_desktop.storage.change_feed import decode, dumps, encode, field_stamps, stamp_of
from ops_desktop.storage.models import DecisionRow, SyncConflictRow
from ops_desktop.storage.triggers import ACT_COLUMNS, ACT_FIELD

TABLE = "decisions"
_conflicts: Table = SyncConflictRow.__table__  # type: ignore[assignment]
# The same id on every PC for the same pair of acts.
_NS = uuid.UUID("0b7c3f7e-4f0e-4d7d-9f51-1d3c2b8e6a90")
# What the inbox shows of each act besides the copy itself.
SUMMARY = ("case_sign", "issued_on", "signed_at", "signed_by", "signatory_name",
           "signatory_position")


def act_values(values: Mapping[str, Any]) -> dict[str, Any]:
    return {c: values.get(c) for c in ACT_COLUMNS}


def _record(values: Mapping[str, Any], stamp: str) -> dict[str, Any]:
    """One act as the entry keeps it: JSON, dates ISO; the act whole, its hash, the PC."""
    act = act_values(values)
    return {"act": {c: encode(v) for c, v in act.items()}, "hash": acts.act_hash(act),
            "columns": len(ACT_COLUMNS), "stamp": stamp, "member": Stamp.parse(stamp).member}


def kept_copy(entry_value: str | None) -> dict[str, Any] | None:
    """The act an entry keeps (decoded to column values), or None for another kind of entry."""
    try:
        data = json.loads(entry_value) if entry_value is not None else None
        act = data["act"]
        return {c: decode(TABLE, c, act.get(c)) for c in ACT_COLUMNS}
    except (TypeError, ValueError, KeyError):
        return None


def copies(connection: Connection) -> dict[str, list[dict[str, Any]]]:
    """Per decision id: the later acts its entries keep, as column values (`verify` hashes
    them itself: a copy that differs from its act's signing entry must not pass)."""
    rows = connection.execute(
        select(_conflicts.c.row_id, _conflicts.c.lost_value)
        .where(_conflicts.c.table_name == TABLE, _conflicts.c.field == ACT_FIELD))
    out: dict[str, list[dict[str, Any]]] = {}
    for row_id, lost in rows:
        copy = kept_copy(lost)
        if copy is not None:
            out.setdefault(str(row_id), []).append(copy)
    return out


def _signed_day(values: Mapping[str, Any]) -> dt.datetime:
    signed_at = values.get("signed_at")
    return signed_at if isinstance(signed_at, dt.datetime) else dt.datetime(2000, 1, 1)


def keep_later_act(session: Session, row_id: str, later: Mapping[str, Any],
                   stamp: str) -> SyncConflictRow:
    """The entry keeping the later act (its values and its signing's stamp); written once,
    by whichever PC meets it beside an act signed before it. It names no kept act: that is
    the row, which after every exchange holds the first act on every PC – so three acts of
    one draft give the same two entries on every PC, in whatever order they arrive."""
    entry_id = uuid.uuid5(_NS, f"{row_id}|{stamp}")
    entry = session.get(SyncConflictRow, entry_id)
    if entry is not None:
        return entry
    session.info["actor_id"] = None  # the program writes it, not a colleague
    lost = _record(later, stamp)
    lost.update({c: lost["act"][c] for c in SUMMARY})
    entry = SyncConflictRow(
        id=entry_id, table_name=TABLE, row_id=row_id, field=ACT_FIELD,
        kept_value=None, kept_stamp=ZERO, kept_author=None,
        lost_value=dumps(lost), lost_stamp=stamp, lost_author=later.get("signed_by"),
        created_at=_signed_day(later))
    session.add(entry)
    session.flush()
    return entry


def first_act(session: Session, row_id: str) -> dict[str, Any] | None:
    """The act a decision's row holds (the first signed, once every PC has exchanged): what
    names it, with the stamp of its signing and the PC it was signed on."""
    row = session.get(DecisionRow, uuid.UUID(row_id))
    if row is None:
        return None
    stamp = stamp_of(field_stamps(session.connection(), TABLE, row_id), "status").stamp
    member = Stamp.parse(stamp).member if stamp != ZERO else None
    return {**{c: encode(getattr(row, c)) for c in SUMMARY}, "stamp": stamp, "member": member}


def settle(session: Session, row: DecisionRow, ours: str, incoming: Mapping[str, Any],
           stamp: str, author: uuid.UUID | None) -> tuple[bool, SyncConflictRow | None]:
    """A signing of `row` came from another PC while this PC holds it signed by the signing
    stamped `ours`. The first act stays or replaces the row; the later one is kept in an
    entry. (Whether the row was replaced – the caller records the new stamps –, the entry.)"""
    if stamp == ours:
        return False, None  # the same signing, read again
    here = acts.row_values(row)
    other = {**here, **incoming}
    row_id = str(row.id)
    if ours < stamp:  # the act here was signed first: the incoming one is the later act
        return False, keep_later_act(session, row_id, other, stamp)
    entry = keep_later_act(session, row_id, here, ours)
    session.info["actor_id"] = author
    for name, value in incoming.items():
        setattr(row, name, value)
    # The replacing act's own signing entry, as for any signing (the triggers want it and
    # `verify` checks the row against it).
    acts.record_signing(session, author, row)
    session.flush()
    return True, entry
