"""dashboard indexes: the head's counts read an index alone, a few thousand entries each

Revision ID: 0030_dashboard_indexes
Revises: 0029_key_slot_exchange
Create Date: 2026-12-03 18:20:00

Why: at 500,000 persons the dashboard's figures took about 300 ms against a 300 ms target.
The waiting referrals were counted by scanning the inbox index of all 245,000 referrals, the
drafts to sign by fetching each draft's row for its author, and the waiting applications
(counted against their KPA deadline in SQL since this change) by fetching each
application's row. With the status first and the grouped columns after it, each count is a
range of one index, read without touching the table.

Not here: an index on cases led by `deleted_at` served the open-case count, but the planner
then drove the interviews' join from it (every live case, seconds); the open-case count
names the teams instead and reads ix_cases_open_worker by key (dashboard_queries.open_cases).
"""

from __future__ import annotations

from alembic import op

revision = '0030_dashboard_indexes'
down_revision = '0029_key_slot_exchange'
branch_labels = None
depends_on = None

# As created by this revision; models.DASHBOARD_INDEXES names the same for the live models,
# and a later change to the indexes is a new revision, never an edit of this list.
DASHBOARD_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_referrals_waiting_count", "referrals", ("status", "deleted_at", "to_team",
                                                 "assigned_to")),
    ("ix_decisions_draft_count", "decisions", ("status", "deleted_at", "created_by")),
    ("ix_applications_deadline_count", "applications",
     ("status", "deleted_at", "case_id", "received_on", "particularly_complicated",
      "created_by", "id")),
)


def upgrade() -> None:
    # (A file analysed before gets these analysed at start-up: database._analyse_new_indexes.)
    for name, table, columns in DASHBOARD_INDEXES:
        op.create_index(name, table, list(columns))


def downgrade() -> None:
    for name, table, _columns in DASHBOARD_INDEXES:
        op.drop_index(name, table_name=table)
