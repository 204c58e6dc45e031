"""lists replaced as a whole: one version of an application's incomes and one current draft

Revision ID: 0046_list_versions
Revises: 0045_first_showing
Create Date: 2026-12-04 06:00:00

Why: an application's incomes, or its draft decision, replaced on two PCs while apart ended
as both new lists on every PC (doubled incomes in the assessment, two signable drafts). The
application now names its list's version and its current draft (ordinary fields: one
winner on every PC), each income line the version it belongs to (storage/list_versions.py).
Nullable columns: a NULL version means every live row, as before, so no existing row
changes, and the bulk demo's raw inserts need not name them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns

revision = '0046_list_versions'
down_revision = '0045_first_showing'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('incomes_version', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('current_draft_id', sa.Uuid(), nullable=True))
    with op.batch_alter_table('incomes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('list_version', sa.Uuid(), nullable=True))


def downgrade() -> None:
    drop_columns('incomes', 'list_version')
    drop_columns('applications', 'incomes_version', 'current_draft_id')
