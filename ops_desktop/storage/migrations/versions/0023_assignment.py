"""assignment: the head gives a referral waiting in a team's inbox to one of the team's workers

Revision ID: 0023_assignment
Revises: 0022_payment_returns
Create Date: 2026-12-03 15:30:00

Why: the head moves work between the workers of a team (services/assignment.py): cases and
interviews already name their worker; a referral waiting in a team's inbox now may too. A
plain nullable column (no foreign key, so SQLite adds it in place); old rows stay unassigned.
The dashboard counts each team's open cases per worker: an index holding the open case's
team and worker lets that count read the index alone on a city's file.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0023_assignment'
down_revision = '0022_payment_returns'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('referrals', sa.Column('assigned_to', sa.Uuid(), nullable=True))
    op.create_index('ix_cases_open_worker', 'cases',
                    ['team_code', 'deleted_at', 'closed_on', 'worker_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_cases_open_worker', table_name='cases')
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_column('assigned_to')
