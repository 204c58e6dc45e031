"""One person registered on two PCs while apart: two rows with the same PESEL.

The store holds a PESEL once (uq_persons_pesel), so the second row used to be refused and
quarantined, and with it everything recorded about that person on the other PC. Now every
PC settles the meeting the same way, whichever row it held first: the row with the smaller
id keeps the PESEL, the other is kept whole but without it, and an entry in the exchange's
conflict list (the coordinator's "Konflikty wymiany") names it, with the PESEL it gave up.
Nothing of either is lost; the desk then sees two records of one person and the
coordinator knows which, until the office merges them by hand.

The entry's id and values follow from the two rows alone, so every PC that meets them
writes the same entry (as storage/double_signing.py does for one act signed twice), and
the PESEL's removal is not sent: each PC makes it by the same rule.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.domain.hlc import ZERO
from ops_desktop.storage.change_feed import APPLIED, dumps
from ops_desktop.storage.models import PersonRow, SyncConflictRow

TABLE, FIELD = "persons", "pesel"
_NS = uuid.UUID("5b1f0c52-8f0e-4d39-9d55-0f4f3c1d7a21")


def settle(session: Session, row_id: str, values: dict[str, Any]) -> SyncConflictRow | None:
    """Before another PC's person row (or its PESEL) is stored as `values`: when another
    person here holds that PESEL, the larger id gives it up – in `values`, or here. The
    entry naming it, when there is one."""
    pesel = values.get(FIELD)
    if not pesel:
        return None
    incoming = uuid.UUID(row_id)
    holder = session.scalar(select(PersonRow).where(PersonRow.pesel == pesel,
                                                    PersonRow.id != incoming))
    if holder is None:
        return None
    applied: dict[int, Any] = session.info.setdefault(APPLIED, {})
    author = session.info.get("actor_id")
    session.info["actor_id"] = None  # the program settles it, not a colleague
    try:
        if str(incoming) > str(holder.id):
            values[FIELD] = None
            loser_id, loser_created = incoming, values.get("created_at")
            registered_by = values.get("created_by")
        else:
            holder.pesel = None
            applied[id(holder)] = holder  # every PC makes this change itself: not sent
            session.flush()
            loser_id, loser_created = holder.id, holder.created_at
            registered_by = holder.created_by
        return _entry(session, loser_id, pesel, registered_by,
                      max(_moment(loser_created), _moment(holder.created_at)))
    finally:
        session.info["actor_id"] = author


def _moment(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime(2000, 1, 1)


def _entry(session: Session, loser_id: uuid.UUID, pesel: str, registered_by: Any,
           when: dt.datetime) -> SyncConflictRow:
    entry_id = uuid.uuid5(_NS, f"{loser_id}|{pesel}")
    entry = session.get(SyncConflictRow, entry_id)
    if entry is not None:
        return entry
    entry = SyncConflictRow(
        id=entry_id, table_name=TABLE, row_id=str(loser_id), field=FIELD,
        kept_value=dumps(None), kept_stamp=ZERO, kept_author=None,
        lost_value=dumps(pesel), lost_stamp=ZERO,
        lost_author=registered_by if isinstance(registered_by, uuid.UUID) else None,
        created_at=when)
    session.add(entry)
    session.flush()
    return entry
