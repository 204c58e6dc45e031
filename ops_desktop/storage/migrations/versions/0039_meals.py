"""Posiłek: decisions granting meals and the meals given a month

Revision ID: 0039_meals
Revises: 0038_supervision_close
Create Date: 2026-12-03 22:10:00

Why: the services team prepares decisions granting meals (art. 48b u.p.s., the programme
"Posiłek w szkole i w domu"), the head signs them, and the meals actually given each month
are recorded, so MRPiPS-03 counts posiłek (1B.11) from the program's own records. New tables
only: no existing row changes. Signed decisions are protected by their own triggers
(MEAL_TRIGGERS).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import id_foreign_key, id_indexes, tracked_columns
from ops_desktop.storage.triggers import MEAL_TRIGGERS, MEAL_TRIGGERS_DROP

revision = '0039_meals'
down_revision = '0038_supervision_close'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meal_decisions',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('beneficiary_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('interview_id', sa.Uuid(), nullable=True),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('per_day', sa.Integer(), nullable=False),
    sa.Column('price_grosze', sa.Integer(), nullable=False),
    sa.Column('income_grosze', sa.Integer(), nullable=False),
    sa.Column('household_size', sa.Integer(), nullable=False),
    sa.Column('threshold_grosze', sa.Integer(), nullable=False),
    sa.Column('free', sa.Boolean(), nullable=False),
    sa.Column('reasoning', sa.Text(), server_default='', nullable=False),
    sa.Column('status', sa.String(length=20), server_default='draft', nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('signed_by', sa.Uuid(), nullable=True),
    sa.Column('signatory_name', sa.String(length=160), server_default='', nullable=False),
    sa.Column('signatory_position', sa.String(length=160), server_default='', nullable=False),
    sa.Column('authorisation_number', sa.String(length=80), server_default='',
              nullable=False),
    *tracked_columns(),
    id_foreign_key('meal_decisions', 'person_id', 'persons'),
    id_foreign_key('meal_decisions', 'beneficiary_id', 'persons'),
    id_foreign_key('meal_decisions', 'case_id', 'cases'),
    id_foreign_key('meal_decisions', 'interview_id', 'interviews'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meal_decisions'))
    )
    id_indexes('meal_decisions', 'beneficiary_id', 'case_id', 'person_id')
    op.create_table('meal_months',
    sa.Column('decision_id', sa.Uuid(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('meals', sa.Integer(), nullable=False),
    *tracked_columns(),
    id_foreign_key('meal_months', 'decision_id', 'meal_decisions'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meal_months'))
    )
    id_indexes('meal_months', 'decision_id')
    # A signed decision never changes (anonymisation may blank its reasons and place once).
    for statement in MEAL_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def downgrade() -> None:
    for statement in MEAL_TRIGGERS_DROP.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
    for table in ('meal_months', 'meal_decisions'):
        op.drop_table(table)
