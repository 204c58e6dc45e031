"""payments: monthly payment lists and their items, protected once approved

Revision ID: 0021_payments
Revises: 0020_blue_card
Create Date: 2026-12-03 12:40:00

Why: signed money decisions are paid from monthly payment lists (per method and budget
chapter) that the benefits team prepares and the coordinator approves; the bank receives an
Elixir-O file of an approved transfer list. An approved list and its items are protected by
triggers as signed decisions are (storage/triggers.py). New tables only: no existing row
changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import tracked_columns
from ops_desktop.storage.triggers import PAYMENT_TRIGGERS_0021 as PAYMENT_TRIGGERS
from ops_desktop.storage.triggers import PAYMENT_TRIGGERS_DROP

revision = '0021_payments'
down_revision = '0020_blue_card'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('payment_lists',
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('benefit_month', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('chapter', sa.String(length=10), nullable=False),
    sa.Column('payment_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), server_default='draft', nullable=False),
    sa.Column('total_grosze', sa.Integer(), server_default='0', nullable=False),
    sa.Column('prepared_name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('approved_by', sa.Uuid(), nullable=True),
    sa.Column('approved_name', sa.String(length=200), server_default='', nullable=False),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['approved_by'], ['users.id'],
                            name=op.f('fk_payment_lists_approved_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_lists'))
    )
    with op.batch_alter_table('payment_lists', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_lists_benefit_month'), ['benefit_month'],
                              unique=False)
    op.create_table('payment_items',
    sa.Column('list_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('benefit_month', sa.Date(), nullable=False),
    sa.Column('case_sign', sa.String(length=60), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('form', sa.String(length=30), nullable=False),
    sa.Column('party_name', sa.String(length=170), server_default='', nullable=False),
    sa.Column('party_address', sa.String(length=400), server_default='', nullable=False),
    sa.Column('party_pesel', sa.String(length=11), nullable=True),
    sa.Column('bank_account', sa.String(length=34), nullable=True),
    sa.Column('days', sa.Integer(), nullable=True),
    sa.Column('month_days', sa.Integer(), nullable=True),
    sa.Column('amount_grosze', sa.Integer(), nullable=False),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['list_id'], ['payment_lists.id'],
                            name=op.f('fk_payment_items_list_id_payment_lists')),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'],
                            name=op.f('fk_payment_items_decision_id_decisions')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                            name=op.f('fk_payment_items_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_items'))
    )
    with op.batch_alter_table('payment_items', schema=None) as batch_op:
        for column in ('list_id', 'decision_id', 'person_id'):
            batch_op.create_index(batch_op.f(f'ix_payment_items_{column}'), [column],
                                  unique=False)
    for statement in PAYMENT_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def downgrade() -> None:
    for statement in PAYMENT_TRIGGERS_DROP.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
    op.drop_table('payment_items')
    op.drop_table('payment_lists')
