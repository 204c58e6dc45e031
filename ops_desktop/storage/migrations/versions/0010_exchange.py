"""exchange: an office of several PCs without a server

Revision ID: 0010_exchange
Revises: 0005_referral_privacy
Create Date: 2026-12-03 06:30:00

Why: every PC keeps its own database and changes travel through a folder
(ops_desktop/exchange). The office's members and the conflicts between their edits are
replicated; the clock, the outbox of this PC's changes, the stamps of each field's value
and what was refused are this PC's own.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import tracked_columns

revision = '0010_exchange'
down_revision = '0009_postgres'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('office_members',
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('code', sa.Integer(), nullable=False),
    sa.Column('removed_at', sa.DateTime(), nullable=True),
    *tracked_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_members')),
    sa.UniqueConstraint('code', name=op.f('uq_office_members_code'))
    )
    op.create_table('sync_conflicts',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=80), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('kept_value', sa.Text(), nullable=True),
    sa.Column('kept_stamp', sa.String(length=80), nullable=False),
    sa.Column('kept_author', sa.Uuid(), nullable=True),
    sa.Column('lost_value', sa.Text(), nullable=True),
    sa.Column('lost_stamp', sa.String(length=80), nullable=False),
    sa.Column('lost_author', sa.Uuid(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.Uuid(), nullable=True),
    *tracked_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    op.create_table('exchange_state',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_exchange_state'))
    )
    op.create_table('exchange_outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('stamp', sa.String(length=80), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=80), nullable=False),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('bases', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_exchange_outbox'))
    )
    op.create_table('exchange_field_stamps',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=80), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('stamp', sa.String(length=80), nullable=False),
    sa.Column('base', sa.String(length=80), nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('table_name', 'row_id', 'field',
                            name=op.f('pk_exchange_field_stamps'))
    )
    op.create_table('exchange_quarantine',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('member_id', sa.String(length=40), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=80), nullable=False),
    sa.Column('reason', sa.String(length=60), nullable=False),
    sa.Column('change', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_quarantine'))
    )


    # Another PC's audit-log entries in the text forms their hashes were computed over.
    copied = (('at', 40, False), ('actor_id', 40, True), ('action', 30, False),
              ('entity', 60, False), ('entity_id', 40, True), ('person_id', 40, True))
    hashes = ('changes_digest', 'prev_hash', 'hash')
    op.create_table('exchange_member_audit',
    sa.Column('member_id', sa.String(length=40), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    *(sa.Column(name, sa.String(length=size), nullable=empty) for name, size, empty in copied),
    sa.Column('changes', sa.Text(), nullable=True),
    *(sa.Column(name, sa.String(length=64), nullable=False) for name in hashes),
    sa.Column('redacted_at', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('member_id', 'seq', name=op.f('pk_exchange_member_audit'))
    )


def downgrade() -> None:
    for table in ('exchange_member_audit', 'exchange_quarantine', 'exchange_field_stamps', 'exchange_outbox',
                  'exchange_state', 'sync_conflicts', 'office_members'):
        op.drop_table(table)
