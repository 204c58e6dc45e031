"""referral privacy: special-category grounds the desk shares with the receiving team, and
referrals forwarded from one team to another

Revision ID: 0005_referral_privacy
Revises: 0004_list_indexes
Create Date: 2026-12-03 06:00:00

Why: art. 7 pkt 5, 6, 7 and 13 grounds reach only the teams that may read them
(domain/permissions.py); the desk may mark some of them for the team that decides on their
basis (`referrals.shared_grounds`). A team that receives a referral meant for another team
forwards it there with a reason; each forwarding is kept (`referral_forwards`), so the
person's history shows every hop.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns

revision = '0005_referral_privacy'
down_revision = '0004_list_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shared_grounds', sa.String(length=120),
                                      server_default='', nullable=False))
    op.create_table('referral_forwards',
    sa.Column('referral_id', sa.Uuid(), nullable=False),
    sa.Column('from_team', sa.String(length=40), nullable=False),
    sa.Column('to_team', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('forwarded_by', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['forwarded_by'], ['users.id'],
                            name=op.f('fk_referral_forwards_forwarded_by_users')),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'],
                            name=op.f('fk_referral_forwards_referral_id_referrals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_forwards'))
    )
    with op.batch_alter_table('referral_forwards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_forwards_referral_id'), ['referral_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('referral_forwards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_forwards_referral_id'))
    op.drop_table('referral_forwards')
    drop_columns('referrals', 'shared_grounds')
