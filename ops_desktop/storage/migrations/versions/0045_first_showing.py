"""first showing indexes: the desk's returned referrals and the count of every application

Revision ID: 0045_first_showing
Revises: 0044_signed_acts_paging
Create Date: 2026-12-04 05:50:00

Why: the first-contact tab lists the referrals it sent that came back in the last 30 days.
At 500,000 persons the list read every returned referral of the office (about 17,000, by
the status alone) and sorted them: 170 ms of the tab's first showing, a stall the worker
sees. Along (from_team, status, decided_at) the newest 200 are read in order and nothing
else.

The benefits tab's "wszystkie" counted every application by reading every row (190,000,
200–350 ms, a stall at each choice of the filter); (form, deleted_at) lets it count them
from the index alone (about 20 ms). Not (deleted_at, form): the planner then read the list's
page along it too, sorting every application for 50 rows (180 ms).
"""

from __future__ import annotations

from alembic import op

revision = '0045_first_showing'
down_revision = '0044_signed_acts_paging'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # (A file analysed before gets it analysed at start-up: database._analyse_new_indexes.)
    op.create_index("ix_referrals_returned", "referrals", ["from_team", "status", "decided_at"])
    op.create_index("ix_applications_form_count", "applications", ["form", "deleted_at"])


def downgrade() -> None:
    op.drop_index("ix_applications_form_count", table_name="applications")
    op.drop_index("ix_referrals_returned", table_name="referrals")
