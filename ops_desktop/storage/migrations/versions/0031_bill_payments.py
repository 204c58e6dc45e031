"""bill payments: fees paid against issued care-services bills

Revision ID: 0031_bill_payments
Revises: 0030_dashboard_indexes
Create Date: 2026-12-03 18:30:00

Why: the services team records what a client paid on a bill for usługi opiekuńcze (the day,
the amount, in cash or by transfer), so each client's balance – paid, outstanding, arrears
from earlier months – follows from the store. A payment is a row of its own: the bill it is
paid against never changes, and neither does a payment: one recorded by mistake is
withdrawn by a reversing row naming it (cancels_id, the amount negative). A new table only:
no existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import tracked_columns

revision = '0031_bill_payments'
down_revision = '0030_dashboard_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('care_bill_payments',
    sa.Column('bill_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount_grosze', sa.Integer(), nullable=False),
    sa.Column('way', sa.String(length=20), nullable=False),
    sa.Column('reference', sa.String(length=120), server_default='', nullable=False),
    sa.Column('recorded_by', sa.Uuid(), nullable=False),
    sa.Column('cancels_id', sa.Uuid(), nullable=True),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['bill_id'], ['care_bills.id'],
                            name=op.f('fk_care_bill_payments_bill_id_care_bills')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                            name=op.f('fk_care_bill_payments_person_id_persons')),
    sa.ForeignKeyConstraint(['recorded_by'], ['users.id'],
                            name=op.f('fk_care_bill_payments_recorded_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_bill_payments'))
    )
    with op.batch_alter_table('care_bill_payments', schema=None) as batch_op:
        for column in ('bill_id', 'person_id'):
            batch_op.create_index(batch_op.f(f'ix_care_bill_payments_{column}'), [column],
                                  unique=False)


def downgrade() -> None:
    op.drop_table('care_bill_payments')
