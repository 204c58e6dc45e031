"""signed DPS, shelter and meal decisions read a page at a time, the latest signed first

Revision ID: 0044_signed_acts_paging
Revises: 0043_search_merged
Create Date: 2026-12-04 05:30:00

Why: the head's list "Decyzje podpisane" read every DPS, shelter and meal decision (drafts and
signed) at every reload and showed all the signed ones on top of the first page, whatever
their date – a year of meal decisions is hundreds of rows. It now reads each kind a page at
a time in its place among the benefit decisions, newest signed first (keyset paging on
signed_at, id), counts them, and "Drukuj wydane dziś" reads one day's; along these indexes a
page deep in the list costs what the first does and the count reads the index alone.
"""

from __future__ import annotations

from alembic import op

revision = '0044_signed_acts_paging'
down_revision = '0043_search_merged'
branch_labels = None
depends_on = None

TABLES = ("dps_decisions", "shelter_decisions", "meal_decisions")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_signed", table, ["status", "deleted_at", "signed_at", "id"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_signed", table_name=table)
