"""care services: orders of usługi opiekuńcze, the hours delivered each month, the bills

Revision ID: 0019_care_services
Revises: 0018_interviews
Create Date: 2026-12-03 12:30:00

Why: the services team records the care services ordered for a person (by the decision it
names), the hours delivered each month, and bills the person's fee by the council
resolution's table; an issued bill is kept exactly as issued. New tables only: no existing
row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import tracked_columns

revision = '0019_care_services'
down_revision = '0018_interviews'
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=op.f(f'fk_{table}_{column}_{target}'))


def upgrade() -> None:
    op.create_table('care_orders',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('decision_ref', sa.String(length=120), nullable=False),
    sa.Column('scope', sa.Text(), server_default='', nullable=False),
    sa.Column('hours_per_week_x100', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('carer_name', sa.String(length=120), nullable=False),
    sa.Column('provider', sa.String(length=200), server_default='', nullable=False),
    sa.Column('income_grosze', sa.Integer(), nullable=False),
    sa.Column('household_size', sa.Integer(), nullable=False),
    *tracked_columns(),
    _fk('care_orders', 'case_id', 'cases'),
    _fk('care_orders', 'person_id', 'persons'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_orders'))
    )
    with op.batch_alter_table('care_orders', schema=None) as batch_op:
        for column in ('case_id', 'person_id'):
            batch_op.create_index(batch_op.f(f'ix_care_orders_{column}'), [column], unique=False)
    op.create_table('care_deliveries',
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('hours_x100', sa.Integer(), nullable=False),
    *tracked_columns(),
    _fk('care_deliveries', 'order_id', 'care_orders'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_deliveries'))
    )
    with op.batch_alter_table('care_deliveries', schema=None) as batch_op:
        batch_op.create_index('ix_care_deliveries_order_month', ['order_id', 'month'],
                              unique=False)
    op.create_table('care_bills',
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('number', sa.String(length=80), nullable=False),
    sa.Column('hours_x100', sa.Integer(), nullable=False),
    sa.Column('hourly_cost_grosze', sa.Integer(), nullable=False),
    sa.Column('fee_percent', sa.String(length=12), nullable=False),
    sa.Column('income_grosze', sa.Integer(), nullable=False),
    sa.Column('household_size', sa.Integer(), nullable=False),
    sa.Column('criterion_grosze', sa.Integer(), nullable=False),
    sa.Column('income_share', sa.String(length=12), nullable=False),
    sa.Column('amount_grosze', sa.Integer(), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_by', sa.Uuid(), nullable=False),
    sa.Column('corrects_id', sa.Uuid(), nullable=True),
    *tracked_columns(),
    _fk('care_bills', 'order_id', 'care_orders'),
    _fk('care_bills', 'person_id', 'persons'),
    _fk('care_bills', 'issued_by', 'users'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_bills'))
    )
    with op.batch_alter_table('care_bills', schema=None) as batch_op:
        batch_op.create_index('ix_care_bills_order_month', ['order_id', 'month'], unique=False)
        batch_op.create_index(batch_op.f('ix_care_bills_person_id'), ['person_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('care_bills')
    op.drop_table('care_deliveries')
    op.drop_table('care_orders')
