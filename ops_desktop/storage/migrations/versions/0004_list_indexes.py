"""list indexes: each long list is read in its shown order straight from an index, and the
statistics read a period's decisions by issue date

Revision ID: 0004_list_indexes
Revises: 0003_person_search
Create Date: 2026-11-30 20:10:00

Why: at 500,000 persons a team's case list sorted 164,000 cases for every page (a temporary
B-tree, about 250 ms). With the filter columns first and the order columns after them, a page
is the next few entries of the index, found by key (keyset paging), whatever its depth.
"""

from __future__ import annotations

from alembic import op

from ops_desktop.storage.models import LIST_INDEXES

revision = '0004_list_indexes'
down_revision = '0003_person_search'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for name, table, columns in LIST_INDEXES:
        op.create_index(name, table, list(columns))
    # The planner chooses between these and the older one-column indexes by statistics.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ANALYZE")


def downgrade() -> None:
    for name, table, _columns in LIST_INDEXES:
        op.drop_index(name, table_name=table)
