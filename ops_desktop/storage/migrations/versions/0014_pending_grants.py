"""pending grants: roles that read case content, and the administrator's, wait for a second
person

Revision ID: 0014_pending_grants
Revises: 0012_anchors
Create Date: 2026-12-03 09:30:00

Why: an administrator could make a second administrator whose temporary password it knew
and use it to give itself the head's role. A grant of such a role is now a request that the
head or another administrator confirms; the request and its outcome are kept and travel
between the office's PCs.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014_pending_grants'
down_revision = '0012_anchors'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pending_grants',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('roles', sa.String(length=200), nullable=False),
    sa.Column('requested_by', sa.Uuid(), nullable=False),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('decided_by', sa.Uuid(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                            name=op.f('fk_pending_grants_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pending_grants'))
    )


def downgrade() -> None:
    op.drop_table('pending_grants')
