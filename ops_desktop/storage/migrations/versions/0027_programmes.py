"""programmes: individual programmes and help plans, protected once signed

Revision ID: 0027_programmes
Revises: 0026_procedural_acts
Create Date: 2026-12-03 15:30:00

Why: the social-work team draws up, signs, reviews and ends individual programmes (leaving
homelessness and the others) and help plans that follow a family interview's part J. Their
actions and reviews share plan_actions / plan_reviews with the kontrakt socjalny (plan_id
names the programme). A signed programme and its actions are protected by triggers as a
signed contract is (storage/triggers.py). Anonymisation may blank a signed programme, and
now a signed contract, once: social_contracts gains its anonymised_at (NULL for every row
so far) and its triggers are replaced by the set that allows that one change.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns, tracked_columns
from ops_desktop.storage.triggers import (
    CONTRACT_TRIGGERS,
    CONTRACT_TRIGGERS_0015,
    CONTRACT_TRIGGERS_DROP,
    PROGRAMME_TRIGGERS,
    PROGRAMME_TRIGGERS_DROP,
)

revision = '0027_programmes'
down_revision = '0026_procedural_acts'
branch_labels = None
depends_on = None


def _texts(*names: str, default: str = '') -> list[sa.Column]:
    return [sa.Column(n, sa.Text(), server_default=default, nullable=False) for n in names]


def upgrade() -> None:
    op.create_table('programmes',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('kinds_valid_from', sa.Date(), nullable=False),
    sa.Column('interview_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=20), server_default='draft', nullable=False),
    sa.Column('parties', sa.Text(), server_default='[]', nullable=False),
    sa.Column('worker_name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('worker_phone', sa.String(length=40), server_default='', nullable=False),
    *_texts('diagnosis', 'main_goal'),
    sa.Column('specific_goals', sa.Text(), server_default='[]', nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('signed_by', sa.Uuid(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=20), nullable=True),
    *_texts('end_note'),
    sa.Column('anonymised_at', sa.DateTime(), nullable=True),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                            name=op.f('fk_programmes_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                            name=op.f('fk_programmes_person_id_persons')),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'],
                            name=op.f('fk_programmes_interview_id_interviews')),
    sa.ForeignKeyConstraint(['signed_by'], ['users.id'],
                            name=op.f('fk_programmes_signed_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programmes'))
    )
    with op.batch_alter_table('programmes', schema=None) as batch_op:
        for column in ('case_id', 'person_id', 'interview_id'):
            batch_op.create_index(batch_op.f(f'ix_programmes_{column}'), [column], unique=False)
    # A signed contract may now be anonymised once, as a signed programme may: its mark,
    # and its protection replaced by the set that allows that one change (same names).
    dialect = op.get_bind().dialect.name
    for statement in CONTRACT_TRIGGERS_DROP.get(dialect, ()):
        op.execute(statement)
    with op.batch_alter_table('social_contracts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('anonymised_at', sa.DateTime(), nullable=True))
    for statement in (*CONTRACT_TRIGGERS.get(dialect, ()), *PROGRAMME_TRIGGERS.get(dialect, ())):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in (*PROGRAMME_TRIGGERS_DROP.get(dialect, ()),
                      *CONTRACT_TRIGGERS_DROP.get(dialect, ())):
        op.execute(statement)
    drop_columns('social_contracts', 'anonymised_at')
    for statement in CONTRACT_TRIGGERS_0015.get(dialect, ()):
        op.execute(statement)
    op.drop_table('programmes')
