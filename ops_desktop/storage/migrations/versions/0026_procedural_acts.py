"""procedural acts: a postanowienie's own words in its ruling; the call to remedy formal
defects (KPA art. 64 § 2) on the application

Revision ID: 0026_procedural_acts
Revises: 0025_appeals
Create Date: 2026-12-03 15:30:00

Why: postanowienia (refusal to open, suspension, resumption, rectification) are signed acts
kept with the decisions (kind = the postanowienie); the words the worker writes into their
ruling are part of the signed act and of the party's data that retention blanks, so the
signed-decision trigger is created again with the column among the party's. The call to
remedy formal defects and its outcome are facts of the application.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns
from ops_desktop.storage.triggers import (
    CREATE_TRIGGERS_0026,
    DROP_TRIGGERS,
    triggers_without_party,
)

revision = '0026_procedural_acts'
down_revision = '0025_appeals'
branch_labels = None
depends_on = None

APPLICATION_COLUMNS = ('defects', 'defects_called_on', 'defects_signatory',
                       'defects_delivered_on', 'defects_remedied_on', 'left_unexamined_on')


def _drop_triggers() -> None:
    for statement in DROP_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def upgrade() -> None:
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ruling_detail', sa.Text(), server_default='',
                                      nullable=False))
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('defects', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('defects_called_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('defects_signatory', sa.String(length=330),
                                      server_default='', nullable=False))
        batch_op.add_column(sa.Column('defects_delivered_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('defects_remedied_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('left_unexamined_on', sa.Date(), nullable=True))
    _drop_triggers()
    for statement in CREATE_TRIGGERS_0026.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def downgrade() -> None:
    # The trigger names the column: it goes first, and comes back without it.
    _drop_triggers()
    drop_columns('applications', *reversed(APPLICATION_COLUMNS))
    drop_columns('decisions', 'ruling_detail')
    for statement in triggers_without_party(
            CREATE_TRIGGERS_0026.get(op.get_bind().dialect.name, ()), '0026_procedural_acts'):
        op.execute(statement)
