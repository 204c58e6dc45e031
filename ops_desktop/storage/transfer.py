"""Copying a whole store into an empty one: an office's file moving onto a database server.

Every table is copied row by row through the models' own column types, parents before
children, in one transaction on the target, so the server holds exactly what the file held –
signed decisions, the audit log with its hash chain, the register counters – or, if anything
fails, nothing. Both stores must be at the same schema revision (open_database migrates both).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, insert, select, text

from ops_desktop.domain.errors import DomainError
from ops_desktop.storage.audit import verify_chain
from ops_desktop.storage.database import Database, current_revision
from ops_desktop.storage.models import Base

BATCH = 5000


def copy_store(source: Database, target: Database,
               progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty `target`; the rows copied per table.

    Refuses a target that holds any row (`store_not_empty`) or another schema revision
    (`revision_differs`), and checks afterwards that every table holds as many rows as the
    source and that the target's audit log chain is unbroken (`copy_incomplete`).
    """
    if current_revision(source) != current_revision(target):
        raise DomainError("revision_differs", "database")
    # Parents first: foreign keys hold at every insert. The log before all: the target's
    # triggers take a signed decision only with its signing entry there (storage/acts.py).
    tables = sorted(Base.metadata.sorted_tables, key=lambda t: t.name != "audit_log")
    counts: dict[str, int] = {}
    with source.engine.connect() as src, target.engine.begin() as dst:
        for table in tables:
            if dst.scalar(select(func.count()).select_from(table)):
                raise DomainError("store_not_empty", table.name)
        for table in tables:
            copied = 0
            rows = src.execution_options(yield_per=BATCH).execute(select(table)).mappings()
            for batch in rows.partitions():
                dst.execute(insert(table), [dict(r) for r in batch])
                copied += len(batch)
                if progress is not None:
                    progress(table.name, copied)
            counts[table.name] = copied
        if dst.dialect.name == "postgresql":
            # The log's numbers are the program's own, but keep the column's sequence past them.
            dst.execute(text("SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), "
                             "COALESCE((SELECT max(seq) FROM audit_log), 0) + 1, false)"))
        for table in tables:
            if dst.scalar(select(func.count()).select_from(table)) != counts[table.name]:
                raise DomainError("copy_incomplete", table.name)
        if not verify_chain(dst).ok:
            raise DomainError("copy_incomplete", "audit_log")
    return counts
