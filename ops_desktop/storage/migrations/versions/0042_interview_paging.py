"""interviews list index: "Wywiady" is read a window at a time, latest learned of first

Revision ID: 0042_interview_paging
Revises: 0041_person_merge
Create Date: 2026-12-04 02:10:00

Why: the social-work tab's list of interviews was read whole when opened, about 180,000
rows and 28 s at 500,000 persons. It is now read a window of 50 rows at a time as the
worker scrolls (keyset paging). Without an index in the list's order every window sorted
every interview of the teams again (about 270 ms each, a stall at every scroll); along this
one a window deep in the list costs what the first does. The title's total and overdue
count read a second, narrow index alone instead of every row with its answers.
"""

from __future__ import annotations

from alembic import op

revision = '0042_interview_paging'
down_revision = '0041_person_merge'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_interviews_learned", "interviews", ["learned_on", "created_at", "id"])
    op.create_index("ix_interviews_count", "interviews",
                    ["status", "urgent", "learned_on", "deleted_at", "case_id"])


def downgrade() -> None:
    op.drop_index("ix_interviews_count", table_name="interviews")
    op.drop_index("ix_interviews_learned", table_name="interviews")
