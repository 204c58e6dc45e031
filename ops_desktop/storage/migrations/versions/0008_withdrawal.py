"""withdrawal and part months: a discontinuing decision names the withdrawal; a monthly
benefit's part months keep the grosze computed for them

Revision ID: 0008_withdrawal
Revises: 0004_list_indexes
Create Date: 2026-12-03 06:00:00

Why: an application can be withdrawn (KPA art. 105: the proceedings are discontinued), and a
decision granting a monthly benefit from mid-month pays that month pro rata (art. 106 ust. 3
u.p.s.). Both are parts of the signed act, so the signed-decision trigger is created again
with the new columns among those that never change.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns

from ops_desktop.storage.triggers import DROP_TRIGGERS, create_triggers_without

revision = '0008_withdrawal'
down_revision = '0007_application_facts'
branch_labels = None
depends_on = None

COLUMNS = ('first_month_grosze', 'last_month_grosze', 'withdrawn_on', 'withdrawal_manner',
           'discontinuance_requested')


def _recreate_triggers(*without: str) -> None:
    """The trigger lists the act's columns by name: created again from storage/triggers.py,
    leaving out the columns of the revisions `without` (a downgrade has dropped them)."""
    dialect = op.get_bind().dialect.name
    for statement in DROP_TRIGGERS.get(dialect, ()):
        op.execute(statement)
    for statement in create_triggers_without(dialect, *without):
        op.execute(statement)


def upgrade() -> None:
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_month_grosze', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('last_month_grosze', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('withdrawal_manner', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('discontinuance_requested', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    _recreate_triggers()


def downgrade() -> None:
    # The trigger names these columns: it goes first, and comes back without them.
    for statement in DROP_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
    drop_columns('decisions', *reversed(COLUMNS))
    _recreate_triggers('0008_withdrawal')
