"""member keys: each PC of an office publishes its public keys

Revision ID: 0011_member_keys
Revises: 0010_exchange
Create Date: 2026-12-03 08:50:00

Why: when a PC is removed, the administrator's PC makes a new office key and hands it to
every remaining PC wrapped to that PC's own X25519 public key, and signs the hand-over with
its Ed25519 key (ops_desktop/exchange/keys.py). The public keys travel in the replicated
office_members row; the private keys stay in this PC's exchange_state.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011_member_keys'
down_revision = '0010_exchange'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('office_members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('exchange_key', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('signing_key', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('office_members', schema=None) as batch_op:
        batch_op.drop_column('signing_key')
        batch_op.drop_column('exchange_key')
