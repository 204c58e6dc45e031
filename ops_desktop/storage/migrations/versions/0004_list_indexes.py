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

# As created by this revision; models.LIST_INDEXES names the same for the live models, and
# a later change to the indexes is a new revision, never an edit of this list.
LIST_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_cases_team_list", "cases", ("team_code", "deleted_at", "opened_on", "id")),
    ("ix_applications_status_list", "applications", ("status", "deleted_at", "received_on", "id")),
    ("ix_applications_list", "applications", ("deleted_at", "received_on", "id")),
    ("ix_decisions_status_list", "decisions", ("status", "deleted_at", "created_at", "id")),
    ("ix_decisions_issued", "decisions", ("status", "deleted_at", "issued_on", "id")),
)

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
