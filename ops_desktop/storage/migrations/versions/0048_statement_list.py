"""«brak dochodów» names the list it was said of

Revision ID: 0048_statement_list
Revises: 0047_pesel_live
Create Date: 2026-12-04 16:30:00

Why: the worker's statement that a household has no income (`no_income_declared_at`) and
the application's list of incomes (`incomes_version`) are two fields, each with its own
winner when two PCs saved them apart. A list emptied on one PC without the statement, later
than the statement made on the other, won as a list, yet the statement stayed beside it and
held (the list was empty): the application was assessed as having no income, which neither
worker said of that list. The statement now names the version of the list it was made with,
and holds only while that list is the application's (storage/list_versions.py). Nullable:
a statement from before this column holds as before, so no existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns

revision = '0048_statement_list'
down_revision = '0047_pesel_live'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('no_income_version', sa.Uuid(), nullable=True))


def downgrade() -> None:
    drop_columns('applications', 'no_income_version')
