"""social contracts: kontrakt socjalny with its annexes, actions and reviews

Revision ID: 0015_social_contracts
Revises: 0014_pending_grants
Create Date: 2026-12-03 09:40:00

Why: the social-work team draws up, signs, reviews and ends kontrakty socjalne (art. 108
u.p.s.) in the program. The goals, actions and reviews tables are shared with the
individual programmes to come (plan_id names the plan). A signed contract and its actions
are protected by triggers as signed decisions are (storage/triggers.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import tracked_columns
from ops_desktop.storage.triggers import CONTRACT_TRIGGERS_0015 as CONTRACT_TRIGGERS
from ops_desktop.storage.triggers import CONTRACT_TRIGGERS_DROP

revision = '0015_social_contracts'
down_revision = '0014_pending_grants'
branch_labels = None
depends_on = None


def _texts(*names: str, default: str = '') -> list[sa.Column]:
    return [sa.Column(n, sa.Text(), server_default=default, nullable=False) for n in names]


def upgrade() -> None:
    op.create_table('social_contracts',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('annex_of_id', sa.Uuid(), nullable=True),
    sa.Column('variant', sa.String(length=1), nullable=False),
    sa.Column('status', sa.String(length=20), server_default='draft', nullable=False),
    sa.Column('parties', sa.Text(), server_default='[]', nullable=False),
    sa.Column('worker_name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('worker_phone', sa.String(length=40), server_default='', nullable=False),
    sa.Column('labour_office_referral', sa.String(length=200), server_default='',
              nullable=False),
    *_texts('causes', 'strengths', 'limitations', 'unemployment_causes', 'qualifications',
            'earlier_activation', 'main_goal'),
    sa.Column('specific_goals', sa.Text(), server_default='[]', nullable=False),
    *_texts('annex_text'),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    *_texts('clause', 'clause_source'),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('signed_by', sa.Uuid(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=20), nullable=True),
    *_texts('end_note'),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                            name=op.f('fk_social_contracts_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                            name=op.f('fk_social_contracts_person_id_persons')),
    sa.ForeignKeyConstraint(['annex_of_id'], ['social_contracts.id'],
                            name=op.f('fk_social_contracts_annex_of_id_social_contracts')),
    sa.ForeignKeyConstraint(['signed_by'], ['users.id'],
                            name=op.f('fk_social_contracts_signed_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_social_contracts'))
    )
    with op.batch_alter_table('social_contracts', schema=None) as batch_op:
        for column in ('case_id', 'person_id', 'annex_of_id'):
            batch_op.create_index(batch_op.f(f'ix_social_contracts_{column}'), [column],
                                  unique=False)
    op.create_table('plan_actions',
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('performer', sa.String(length=20), nullable=False),
    sa.Column('performer_name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    *_texts('assessed_by'),
    *tracked_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_actions'))
    )
    op.create_table('plan_reviews',
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.Column('statuses', sa.Text(), server_default='{}', nullable=False),
    *_texts('note'),
    *tracked_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_reviews'))
    )
    for table in ('plan_actions', 'plan_reviews'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f'ix_{table}_plan_id'), ['plan_id'], unique=False)
    for statement in CONTRACT_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def downgrade() -> None:
    for statement in CONTRACT_TRIGGERS_DROP.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
    op.drop_table('plan_reviews')
    op.drop_table('plan_actions')
    op.drop_table('social_contracts')
