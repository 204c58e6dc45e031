"""The store's side of pruning the exchange (exchange/pruning.py): the office's PCs, and
the outbox entries every PC has taken."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, func, select

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
