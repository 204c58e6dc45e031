"""The audit chain's head, noted outside the file, proves later that the chain extends it.

A hash chain alone cannot tell a log cut off at its end, or recomputed from the first entry
on, from an honest one. The head (the last entry's number and hash) is therefore written
where the file cannot reach it: into every backup's header, onto the coordinator's
statistics and every daily print run, and into every other PC of the office (their copies
of this PC's chain, storage/audit_copies.py). `ops-desktop verify --anchor` checks that the
chain still holds that entry unchanged: a truncated tail lacks it, a recomputed chain has
another hash at its number.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from ops_desktop.storage.models import AuditRow, DecisionRow, PersonRow


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str

    def __str__(self) -> str:
        """How the head is written down: `nr:skrót`, e.g. on paper or in a backup's header."""
        return f"{self.seq}:{self.hash}"


_HEAD = re.compile(r"^\s*(?:nr\s*)?(\d+)\s*[:,;/ ]\s*(?:skrót\s*)?([0-9a-fA-F]{64})\s*$")


def parse_head(text: str) -> Head | None:
    """A head as written down (`123:abcd…`, also `nr 123, skrót abcd…`); None otherwise."""
    match = _HEAD.match(text)
    return Head(int(match.group(1)), match.group(2).lower()) if match else None


def chain_head(connection: Connection) -> Head | None:
    """The newest entry's number and hash; None for an empty log."""
    row = connection.execute(select(AuditRow.seq, AuditRow.hash)
                             .order_by(AuditRow.seq.desc()).limit(1)).first()
    return Head(int(row[0]), str(row[1])) if row is not None else None


def session_head(session: Session) -> Head | None:
    """The head as a service reads it, in its unit of work (for paper)."""
    return chain_head(session.connection())


class AnchorBreak(enum.StrEnum):
    MISSING = "missing"  # the chain no longer reaches the anchor: its tail was cut off
    DIFFERENT = "different"  # the entry at the anchor's number has another hash: recomputed


def check_anchor(connection: Connection, head: Head) -> AnchorBreak | None:
    """None when the log holds the anchor's entry unchanged. Together with an unbroken chain
    (storage/audit.py verify_chain) that proves the chain extends the anchor."""
    stored = connection.execute(select(AuditRow.hash).where(AuditRow.seq == head.seq)).scalar()
    if stored is None:
        return AnchorBreak.MISSING
    return None if str(stored) == head.hash else AnchorBreak.DIFFERENT


def holds_data(connection: Connection) -> bool:
    """Whether the store holds persons or decisions: then its log cannot be empty."""
    return any(connection.execute(select(func.count()).select_from(
        select(model.id).limit(1).subquery())).scalar() for model in (PersonRow, DecisionRow))
