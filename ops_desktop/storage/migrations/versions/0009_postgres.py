"""postgres: on PostgreSQL, person search by any word of the folded name reads a trigram index

Revision ID: 0009_postgres
Revises: 0008_withdrawal
Create Date: 2026-12-03 06:10:00

Why: SQLite finds a name by its FTS5 index (0003). PostgreSQL searches persons.search_name
itself with one regular expression per typed word (storage/queries.py); a GIN trigram index
(pg_trgm) serves those, so "jan kow" among 500,000 persons reads a few hundred rows, not all.
Nothing on SQLite. The index is PostgreSQL's alone, so models.py does not declare it.
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy import text

revision = '0009_postgres'
down_revision = '0008_withdrawal'
branch_labels = None
depends_on = None

INDEX = "ix_persons_search_name_trgm"
log = logging.getLogger(__name__)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    available = bind.execute(text(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar()
    if not available:  # search still works, reading every row; the server lacks contrib
        log.warning("pg_trgm is not installed on the server: person search reads every row")
        return
    # A trusted extension since PostgreSQL 13: the database's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON persons USING gin (search_name gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
