"""payment returns and undue benefits: returned transfers, claims, instalments, movements

Revision ID: 0022_payment_returns
Revises: 0021_payments
Create Date: 2026-12-03 15:20:00

Why: a transfer the bank returns is recorded beside the approved list (which never changes)
and re-issued on a later list; an undue benefit (art. 104 u.p.s.) becomes a claim with its
recovery terms, instalments, payments by the person and deductions from payment lists. A
deduction is final once its list is approved (storage/triggers.py DEDUCTION_TRIGGERS). New
tables only: no existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import tracked_columns
from ops_desktop.storage.triggers import DEDUCTION_TRIGGERS, DEDUCTION_TRIGGERS_DROP

revision = '0022_payment_returns'
down_revision = '0021_payments'
branch_labels = None
depends_on = None


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=op.f(f'fk_{table}_{column}_{target}'))


def upgrade() -> None:
    op.create_table('payment_returns',
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('note', sa.String(length=300), server_default='', nullable=False),
    sa.Column('reissue_method', sa.String(length=20), nullable=False),
    sa.Column('reissue_account', sa.String(length=34), nullable=True),
    sa.Column('reissue_item_id', sa.Uuid(), nullable=True),
    *tracked_columns(),
    _fk('payment_returns', 'item_id', 'payment_items'),
    _fk('payment_returns', 'person_id', 'persons'),
    _fk('payment_returns', 'reissue_item_id', 'payment_items'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_returns'))
    )
    _indexes('payment_returns', 'item_id', 'person_id')
    op.create_table('undue_claims',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('change_decision_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('amount_grosze', sa.Integer(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('repay_by', sa.Date(), nullable=False),
    sa.Column('deferred_to', sa.Date(), nullable=True),
    sa.Column('deduct', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('reasoning', sa.Text(), server_default='', nullable=False),
    sa.Column('waived_on', sa.Date(), nullable=True),
    sa.Column('waiver_requested_by', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=20), server_default='draft', nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('signed_by', sa.Uuid(), nullable=True),
    sa.Column('signatory_name', sa.String(length=160), server_default='', nullable=False),
    sa.Column('signatory_position', sa.String(length=160), server_default='', nullable=False),
    sa.Column('authorisation_number', sa.String(length=80), server_default='', nullable=False),
    *tracked_columns(),
    _fk('undue_claims', 'person_id', 'persons'),
    _fk('undue_claims', 'change_decision_id', 'decisions'),
    _fk('undue_claims', 'signed_by', 'users'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_undue_claims'))
    )
    _indexes('undue_claims', 'person_id')
    op.create_table('claim_instalments',
    sa.Column('claim_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('amount_grosze', sa.Integer(), nullable=False),
    *tracked_columns(),
    _fk('claim_instalments', 'claim_id', 'undue_claims'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_instalments'))
    )
    _indexes('claim_instalments', 'claim_id')
    op.create_table('claim_movements',
    sa.Column('claim_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('moved_on', sa.Date(), nullable=False),
    sa.Column('amount_grosze', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=True),
    *tracked_columns(),
    _fk('claim_movements', 'claim_id', 'undue_claims'),
    _fk('claim_movements', 'person_id', 'persons'),
    _fk('claim_movements', 'item_id', 'payment_items'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_movements'))
    )
    _indexes('claim_movements', 'claim_id', 'item_id', 'person_id')
    for statement in DEDUCTION_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def downgrade() -> None:
    for statement in DEDUCTION_TRIGGERS_DROP.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
    for table in ('claim_movements', 'claim_instalments', 'undue_claims', 'payment_returns'):
        op.drop_table(table)
