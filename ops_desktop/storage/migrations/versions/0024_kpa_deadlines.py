"""kpa deadlines: particularly complicated cases, periods that do not count, notices of delay

Revision ID: 0024_kpa_deadlines
Revises: 0023_assignment
Create Date: 2026-12-03 15:10:00

Why: each application's KPA art. 35 deadline is two months when the worker marks the case
particularly complicated, moves by the periods that do not count (art. 35 § 5), and runs to
the new date of a notice of delay (art. 36). One nullable-free column with a server default
(old rows and the bulk demo keep working: an ordinary case) and two new tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns, tracked_columns

revision = '0024_kpa_deadlines'
down_revision = '0023_assignment'
branch_labels = None
depends_on = None


def _foreign_keys(table: str) -> list[sa.ForeignKeyConstraint]:
    return [sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                                    name=op.f(f'fk_{table}_application_id_applications')),
            sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                                    name=op.f(f'fk_{table}_person_id_persons'))]


def upgrade() -> None:
    with op.batch_alter_table('applications') as batch:
        batch.add_column(sa.Column('particularly_complicated', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.create_table('deadline_pauses',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    *tracked_columns(),
    *_foreign_keys('deadline_pauses'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline_pauses'))
    )
    op.create_table('delay_notices',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('notified_on', sa.Date(), nullable=False),
    sa.Column('previous_deadline', sa.Date(), nullable=False),
    sa.Column('new_deadline', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('worker_name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('worker_position', sa.String(length=200), server_default='', nullable=False),
    *tracked_columns(),
    *_foreign_keys('delay_notices'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delay_notices'))
    )
    for table in ('deadline_pauses', 'delay_notices'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f'ix_{table}_application_id'), ['application_id'],
                                  unique=False)


def downgrade() -> None:
    op.drop_table('delay_notices')
    op.drop_table('deadline_pauses')
    drop_columns('applications', 'particularly_complicated')
