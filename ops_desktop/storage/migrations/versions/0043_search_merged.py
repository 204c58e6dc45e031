"""person search: a record merged into another leaves the name index (SQLite)

Revision ID: 0043_search_merged
Revises: 0042_interview_paging
Create Date: 2026-12-04 05:20:00

Why: the desk's search left merged records out of the rows it shows, but its count and the
pages of a name search are read from the full-text index, which still held a merged
record's name: "Znaleziono 2" for one person, and a page one row short. The index's
triggers now index a merged record as '' (as a deleted one), and the records merged
before this revision leave the index here.
"""

from __future__ import annotations

from alembic import op

from ops_desktop.storage.triggers import (
    PERSON_SEARCH_CREATE,
    PERSON_SEARCH_CREATE_0003,
    PERSON_SEARCH_TABLE,
)

revision = '0043_search_merged'
down_revision = '0042_interview_paging'
branch_labels = None
depends_on = None

_TRIGGERS = ("persons_search_insert", "persons_search_update", "persons_search_delete")
_MERGED_LIVE = "FROM persons WHERE merged_into_id IS NOT NULL AND deleted_at IS NULL"


def _triggers(statements: tuple[str, ...]) -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in statements:
        op.execute(statement)  # the table's own statement is IF NOT EXISTS: kept as it is


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other databases search persons.search_name with merged records left out
    # A contentless index forgets a row only when told the exact tokens it was given.
    op.execute(f"INSERT INTO {PERSON_SEARCH_TABLE}({PERSON_SEARCH_TABLE}, rowid, search_name) "
               f"SELECT 'delete', rowid, search_name {_MERGED_LIVE}")
    op.execute(f"INSERT INTO {PERSON_SEARCH_TABLE}(rowid, search_name) "
               f"SELECT rowid, '' {_MERGED_LIVE}")
    _triggers(PERSON_SEARCH_CREATE)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"INSERT INTO {PERSON_SEARCH_TABLE}({PERSON_SEARCH_TABLE}, rowid, search_name) "
               f"SELECT 'delete', rowid, '' {_MERGED_LIVE}")
    op.execute(f"INSERT INTO {PERSON_SEARCH_TABLE}(rowid, search_name) "
               f"SELECT rowid, search_name {_MERGED_LIVE}")
    _triggers(PERSON_SEARCH_CREATE_0003)
