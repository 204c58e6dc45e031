"""application facts: the "no income" declaration, the family interview's date and the art. 7
grounds on the application; what a decision's reasoning and ruling print about them

Revision ID: 0007_application_facts
Revises: 0004_list_indexes
Create Date: 2026-12-03 06:00:00

Why: a decision was signed on an application with no incomes saved ("dochód 0,00 zł"), and
every decision said it was issued after a family interview that nothing recorded. Old rows
get no declaration, no interview and no grounds: nothing is assumed that nobody said.
The signed-decision trigger is created again, since it names the columns of the act.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns

from ops_desktop.storage.triggers import DROP_TRIGGERS, create_triggers_without

revision = '0007_application_facts'
down_revision = '0006_persons_cases'
branch_labels = None
depends_on = None


def _facts() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column('interview_on', sa.Date(), nullable=True),
        sa.Column('grounds', sa.String(length=120), server_default='', nullable=False),
        sa.Column('other_ground', sa.String(length=200), server_default='', nullable=False),
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in DROP_TRIGGERS.get(dialect, ()):
        op.execute(statement)
    with op.batch_alter_table('applications') as batch:
        batch.add_column(sa.Column('no_income_declared_at', sa.DateTime(), nullable=True))
        for column in _facts():
            batch.add_column(column)
    with op.batch_alter_table('decisions') as batch:
        for column in _facts():
            batch.add_column(column)
        batch.add_column(sa.Column('party_sex', sa.String(length=1), nullable=True))
        batch.add_column(sa.Column('party_dative', sa.String(length=170), server_default='',
                                   nullable=False))
    for statement in create_triggers_without(dialect, '0008_withdrawal'):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in DROP_TRIGGERS.get(dialect, ()):
        op.execute(statement)
    drop_columns('decisions', 'party_dative', 'party_sex', 'other_ground', 'grounds',
                 'interview_on')
    drop_columns('applications', 'other_ground', 'grounds', 'interview_on',
                 'no_income_declared_at')
    # The trigger of the older schema names only the columns it still has.
    for statement in create_triggers_without(
            dialect, '0007_application_facts', '0008_withdrawal'):
        op.execute(statement)
