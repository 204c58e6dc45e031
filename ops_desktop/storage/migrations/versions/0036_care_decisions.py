"""care decisions: the terms of a decision granting care, and the order's link to it

Revision ID: 0036_care_decisions
Revises: 0035_interview_rules
Create Date: 2026-12-03 18:40:00

Why: the services team prepares decisions granting usługi opiekuńcze, specjalistyczne usługi
opiekuńcze (also for persons with mental disorders) and usługi sąsiedzkie, signed by the
head like any decision. What such a decision states beyond any decision – scope, hours,
place, provider, hourly cost and fee % – is kept in care_decision_terms, protected by its own
triggers once the decision is signed; a care order names the decision it carries out
(care_orders.decision_id, nullable: older orders name theirs only in words).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns, tracked_columns
from ops_desktop.storage.triggers import CARE_DECISION_TRIGGERS, CARE_DECISION_TRIGGERS_DROP

revision = '0036_care_decisions'
down_revision = '0035_interview_rules'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('care_decision_terms',
    sa.Column('decision_id', sa.Uuid(), nullable=False),
    sa.Column('care_kind', sa.String(length=30), nullable=False),
    sa.Column('scope', sa.Text(), server_default='', nullable=False),
    sa.Column('hours_x100', sa.Integer(), nullable=False),
    sa.Column('hours_unit', sa.String(length=10), nullable=False),
    sa.Column('place', sa.String(length=300), server_default='', nullable=False),
    sa.Column('provider', sa.String(length=200), server_default='', nullable=False),
    sa.Column('hourly_cost_grosze', sa.Integer(), nullable=False),
    sa.Column('fee_percent', sa.String(length=12), nullable=False),
    sa.Column('income_grosze', sa.Integer(), nullable=False),
    sa.Column('income_share', sa.String(length=20), nullable=False),
    sa.Column('fee_source', sa.String(length=500), server_default='', nullable=False),
    sa.Column('fee_unconfirmed', sa.Boolean(), server_default=sa.false(), nullable=False),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'],
                            name=op.f('fk_care_decision_terms_decision_id_decisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_decision_terms')),
    sa.UniqueConstraint('decision_id', name=op.f('uq_care_decision_terms_decision_id'))
    )
    # No foreign key: adding one on SQLite rebuilds care_orders, which the hours and bills
    # refer to; the service checks the decision exists when it links an order.
    with op.batch_alter_table('care_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decision_id', sa.Uuid(), nullable=True))
    for statement in CARE_DECISION_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def downgrade() -> None:
    for statement in CARE_DECISION_TRIGGERS_DROP.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
    drop_columns('care_orders', 'decision_id')
    op.drop_table('care_decision_terms')
