"""The store's side of pruning the exchange (exchange/pruning.py): the office's PCs, and
the outbox entries every PC has taken."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, func, select, update

from ops_desktop.storage.models import ExchangeStateRow, OfficeMemberRow, OutboxRow

_outbox = OutboxRow.__table__


def office_member_ids(connection: Connection) -> set[str]:
    """Every PC of the office this store knows of, removed ones too."""
    return {str(m) for m in connection.execute(select(OfficeMemberRow.id)).scalars()}


def drop_outbox_until(connection: Connection, seq: int) -> int:
    """Delete this PC's outbox entries up to `seq`, all but the newest entry: on SQLite the
    next change's number is the largest one plus one, and a number given twice would pass
    for a change the others already have. How many went."""
    newest = connection.execute(select(func.max(_outbox.c.seq))).scalar_one_or_none()
    if newest is None:
        return 0
    done = connection.execute(delete(_outbox).where(_outbox.c.seq <= min(seq, newest - 1)))
    return int(done.rowcount or 0)


def drop_state(connection: Connection, keys: Iterable[str]) -> None:
    """Forget values of this PC's exchange state (a copy of the store for another PC)."""
    state = ExchangeStateRow.__table__
    connection.execute(delete(state).where(state.c.key.in_(list(keys))))


# --- a PC restored from its own backup (exchange/restored.py) ------------------------------

def outbox_stamps_after(connection: Connection, after: int) -> list[tuple[int, str]]:
    """(number, stamp) of this PC's outbox entries after `after`, in order."""
    return [(int(seq), str(stamp)) for seq, stamp in connection.execute(
        select(_outbox.c.seq, _outbox.c.stamp).where(_outbox.c.seq > after)
        .order_by(_outbox.c.seq))]


def restart_outbox(connection: Connection, sent: int) -> None:
    """Drop the entries up to `sent` (they went into the folder under the former member id)
    and number the rest from 1, as a joining PC's first changes are."""
    connection.execute(delete(_outbox).where(_outbox.c.seq <= sent))
    # Through negative numbers: one UPDATE may visit the rows in any order.
    connection.execute(update(_outbox).values(seq=-(_outbox.c.seq - sent)))
    connection.execute(update(_outbox).values(seq=-_outbox.c.seq))
