"""care providers: providers and carers, who serves whom, the weekly schedule, each carer's
hours, supervision; issued care bills protected by triggers

Revision ID: 0033_care_providers
Revises: 0032_dps_shelter
Create Date: 2026-12-03 18:30:00

Why: the services team keeps the providers of care (its own carers and contracted firms),
assigns carers to care orders, plans each client's week, records the hours each carer
delivered (typed or imported from a provider's file) and the checks and complaints about
the care. An issued care bill was refused changes only by the service; the store now
refuses them too (storage/triggers.py, CARE_BILL_TRIGGERS). New tables only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import id_foreign_key, id_indexes, tracked_columns
from ops_desktop.storage.triggers import CARE_BILL_TRIGGERS, CARE_BILL_TRIGGERS_DROP

revision = '0033_care_providers'
down_revision = '0032_dps_shelter'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('care_providers',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('contract_number', sa.String(length=80), server_default='', nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('hourly_price_grosze', sa.Integer(), nullable=False),
    *tracked_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_providers'))
    )
    op.create_table('care_carers',
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=40), server_default='', nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    *tracked_columns(),
    id_foreign_key('care_carers', 'provider_id', 'care_providers'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_carers'))
    )
    id_indexes('care_carers', 'provider_id')
    op.create_table('care_assignments',
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('carer_id', sa.Uuid(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    *tracked_columns(),
    id_foreign_key('care_assignments', 'order_id', 'care_orders'),
    id_foreign_key('care_assignments', 'carer_id', 'care_carers'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_assignments'))
    )
    id_indexes('care_assignments', 'order_id', 'carer_id')
    op.create_table('care_schedule',
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('carer_id', sa.Uuid(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('starts_min', sa.Integer(), nullable=False),
    sa.Column('ends_min', sa.Integer(), nullable=False),
    *tracked_columns(),
    id_foreign_key('care_schedule', 'order_id', 'care_orders'),
    id_foreign_key('care_schedule', 'carer_id', 'care_carers'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_schedule'))
    )
    id_indexes('care_schedule', 'order_id')
    op.create_table('care_hours',
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('carer_id', sa.Uuid(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('worked_on', sa.Date(), nullable=True),
    sa.Column('starts_min', sa.Integer(), nullable=True),
    sa.Column('ends_min', sa.Integer(), nullable=True),
    sa.Column('hours_x100', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), server_default='manual', nullable=False),
    sa.Column('source_file', sa.String(length=200), server_default='', nullable=False),
    sa.Column('source_line', sa.Integer(), nullable=True),
    *tracked_columns(),
    id_foreign_key('care_hours', 'order_id', 'care_orders'),
    id_foreign_key('care_hours', 'carer_id', 'care_carers'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_hours'))
    )
    with op.batch_alter_table('care_hours', schema=None) as batch_op:
        batch_op.create_index('ix_care_hours_order_month', ['order_id', 'month'], unique=False)
    id_indexes('care_hours', 'carer_id')
    op.create_table('care_supervisions',
    sa.Column('order_id', sa.Uuid(), nullable=True),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('provider_id', sa.Uuid(), nullable=True),
    sa.Column('carer_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('conducted_by', sa.String(length=200), nullable=False),
    sa.Column('findings', sa.Text(), server_default='', nullable=False),
    sa.Column('follow_up', sa.Text(), server_default='', nullable=False),
    sa.Column('follow_up_by', sa.Date(), nullable=True),
    *tracked_columns(),
    id_foreign_key('care_supervisions', 'order_id', 'care_orders'),
    id_foreign_key('care_supervisions', 'person_id', 'persons'),
    id_foreign_key('care_supervisions', 'provider_id', 'care_providers'),
    id_foreign_key('care_supervisions', 'carer_id', 'care_carers'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_supervisions'))
    )
    id_indexes('care_supervisions', 'order_id', 'person_id', 'provider_id')
    for statement in CARE_BILL_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def downgrade() -> None:
    for statement in CARE_BILL_TRIGGERS_DROP.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
    for table in ('care_supervisions', 'care_hours', 'care_schedule', 'care_assignments',
                  'care_carers', 'care_providers'):
        op.drop_table(table)
