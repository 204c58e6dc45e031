"""The record of two records of one person merged by hand (storage/person_merge.py).

Kept out of storage/models.py as one idea; models.py imports this module last. A merge is a
fact that travels between the office's PCs and is never changed: each PC that receives it
moves the duplicate's references itself (the same rule on every PC).
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from ops_desktop.storage.models import Base, Tracked


class PersonMergeRow(Tracked, Base):
    """The duplicate merged into the survivor: who did it and when are its bookkeeping."""

    __tablename__ = "person_merges"
    duplicate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    survivor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
