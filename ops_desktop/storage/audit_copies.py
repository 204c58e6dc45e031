"""The other PCs' audit logs, as they sent them: stored apart and checked link by link.

Each PC keeps its own hash-chained log (storage/audit.py). Its entries travel with its
changes, in the stored forms the hashes are computed over, and every other PC keeps them in
`exchange_member_audit`, so `ops-desktop verify` checks every member's chain on any PC. All
chains begin with the log copied in the invitation; the first entry a PC sent must link to
that shared beginning, so a deleted first file of entries shows as a break too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, insert, select

from ops_desktop.storage.audit import GENESIS, ChainReport, _check, _when
from ops_desktop.storage.models import AuditRow, MemberAuditRow

_own = AuditRow.__table__
_copies = MemberAuditRow.__table__
FIELDS = ("seq", "at", "actor_id", "action", "entity", "entity_id", "person_id", "changes",
          "changes_digest", "prev_hash", "hash", "redacted_at")


def _text(value: Any) -> Any:
    if value is None or isinstance(value, int | str):
        return value
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def own_entries_after(connection: Connection, after: int, limit: int) -> list[dict[str, Any]]:
    """This PC's log entries after `after`, oldest first, as text the hashes read the same."""
    rows = connection.execute(select(*(_own.c[f] for f in FIELDS))
                              .where(_own.c.seq > after).order_by(_own.c.seq).limit(limit))
    return [{f: _text(v) for f, v in zip(FIELDS, row, strict=True)} for row in rows]


def last_own_seq(connection: Connection) -> int:
    value = connection.execute(select(_own.c.seq).order_by(_own.c.seq.desc()).limit(1)
                               ).scalar_one_or_none()
    return int(value or 0)


def store(connection: Connection, member: str, entries: Iterable[Mapping[str, Any]]) -> int:
    """Keep another PC's entries (those already kept are passed over); how many were new."""
    have = set(connection.execute(select(_copies.c.seq).where(_copies.c.member_id == member))
               .scalars())
    rows = [{"member_id": member, **{f: e.get(f) for f in FIELDS}} for e in entries
            if int(e["seq"]) not in have]
    if rows:
        connection.execute(insert(_copies), rows)
    return len(rows)


def verify_copies(connection: Connection) -> dict[str, ChainReport]:
    """Every other PC's chain as this PC holds it, by member id."""
    members = connection.execute(select(_copies.c.member_id).distinct()).scalars().all()
    return {member: _verify_member(connection, member) for member in members}


def _anchor(connection: Connection, seq: int, member: str, links_to: str) -> str | None:
    """The hash a chain's first entry held here must link to at `seq`: the one every chain
    shares from the invitation's copy of the log (this PC's own entry). A PC that carries on
    from its former self (restored from its own backup, exchange/restored.py) begins where
    that former self's chain had reached: its link is right when another chain held here
    has that very entry."""
    if seq == 0:
        return GENESIS
    own = connection.execute(select(_own.c.hash).where(_own.c.seq == seq)).scalar_one_or_none()
    if own == links_to:
        return own
    other = connection.execute(select(_copies.c.hash).where(
        _copies.c.seq == seq, _copies.c.member_id != member, _copies.c.hash == links_to)
    ).scalars().first()
    return other if other is not None else own


def _verify_member(connection: Connection, member: str) -> ChainReport:
    rows = connection.execute(select(*(_copies.c[f] for f in FIELDS))
                              .where(_copies.c.member_id == member).order_by(_copies.c.seq))
    checked = redacted = 0
    last_seq: int | None = None
    prev: str | None = None
    expected = 0
    for row in rows:
        if prev is None:
            expected = int(row[0])
            prev = _anchor(connection, expected - 1, member, str(row[9]))
            if prev is None:
                prev = str(row[9])  # this PC never held that beginning: start from the entry
        problem = _check(tuple(row), expected, prev)
        if problem is not None:
            return ChainReport(checked=checked, redacted=redacted, broken_seq=int(row[0]),
                               broken_at=_when(row[1]), reason=problem, expected_seq=expected,
                               last_seq=last_seq, last_hash=prev)
        checked += 1
        redacted += row[11] is not None
        last_seq, prev, expected = int(row[0]), str(row[10]), int(row[0]) + 1
    return ChainReport(checked=checked, redacted=redacted, last_seq=last_seq, last_hash=prev)
