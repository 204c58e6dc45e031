"""appeals: odwołania against signed decisions, the office's 7 days and the SKO's outcome

Revision ID: 0025_appeals
Revises: 0024_kpa_deadlines
Create Date: 2026-12-03 15:20:00

Why: an appeal against a decision is lodged through the office (KPA art. 129), which either
grants it in full by a new decision (art. 132, a decision naming the appealed one through
`decisions.corrects_id`) or forwards it with the file to the SKO within 7 days (art. 133);
the SKO's outcome (art. 138) is recorded and a remittal reopens the application. A new table
only: no existing row changes, and the appealed decision stays protected by its triggers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import tracked_columns

revision = '0025_appeals'
down_revision = '0024_kpa_deadlines'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('appeals',
    sa.Column('decision_id', sa.Uuid(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('case_sign', sa.String(length=60), nullable=False),
    sa.Column('lodged_on', sa.Date(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('lodged_by', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), server_default='', nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('state', sa.String(length=20), server_default='registered', nullable=False),
    sa.Column('forwarded_on', sa.Date(), nullable=True),
    sa.Column('forwarded_name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('forwarded_documents', sa.Text(), server_default='', nullable=False),
    sa.Column('sko_outcome', sa.String(length=30), nullable=True),
    sa.Column('sko_decided_on', sa.Date(), nullable=True),
    sa.Column('sko_sign', sa.String(length=60), server_default='', nullable=False),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'],
                            name=op.f('fk_appeals_decision_id_decisions')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                            name=op.f('fk_appeals_application_id_applications')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                            name=op.f('fk_appeals_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appeals'))
    )
    with op.batch_alter_table('appeals', schema=None) as batch_op:
        for column in ('decision_id', 'application_id', 'person_id', 'state'):
            batch_op.create_index(batch_op.f(f'ix_appeals_{column}'), [column], unique=False)


def downgrade() -> None:
    op.drop_table('appeals')
