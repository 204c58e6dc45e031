"""DPS placements with their fee decisions; the register of shelter places and shelter decisions

Revision ID: 0032_dps_shelter
Revises: 0031_bill_payments
Create Date: 2026-12-03 18:30:00

Why: the services team prepares the decision directing a person to a DPS and the art. 61 fee
decision (the figures it printed are kept with it), keeps the office's register of shelter
places with what changed and when (the change report to the voivode), and prepares decisions
granting a shelter place after a completed interview. New tables only: no existing row
changes. Signed decisions are protected by their own triggers (PLACEMENT_TRIGGERS).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import id_foreign_key, id_indexes, tracked_columns
from ops_desktop.storage.triggers import PLACEMENT_TRIGGERS, PLACEMENT_TRIGGERS_DROP

revision = '0032_dps_shelter'
down_revision = '0031_bill_payments'
branch_labels = None
depends_on = None


def _signed_columns() -> list[sa.Column]:
    return [
        sa.Column('status', sa.String(length=20), server_default='draft', nullable=False),
        sa.Column('signed_at', sa.DateTime(), nullable=True),
        sa.Column('signed_by', sa.Uuid(), nullable=True),
        sa.Column('signatory_name', sa.String(length=160), server_default='', nullable=False),
        sa.Column('signatory_position', sa.String(length=160), server_default='',
                  nullable=False),
        sa.Column('authorisation_number', sa.String(length=80), server_default='',
                  nullable=False),
    ]


def upgrade() -> None:
    op.create_table('dps_homes',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    *tracked_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dps_homes'))
    )
    op.create_table('dps_costs',
    sa.Column('home_id', sa.Uuid(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('monthly_cost_grosze', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=200), server_default='', nullable=False),
    *tracked_columns(),
    id_foreign_key('dps_costs', 'home_id', 'dps_homes'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dps_costs'))
    )
    id_indexes('dps_costs', 'home_id')
    op.create_table('dps_decisions',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('home_id', sa.Uuid(), nullable=False),
    sa.Column('placement_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('reasoning', sa.Text(), server_default='', nullable=False),
    sa.Column('cost_grosze', sa.Integer(), nullable=True),
    sa.Column('cost_from', sa.Date(), nullable=True),
    sa.Column('resident_income_grosze', sa.Integer(), nullable=True),
    sa.Column('resident_grosze', sa.Integer(), nullable=True),
    sa.Column('relatives', sa.Text(), server_default='[]', nullable=False),
    sa.Column('gmina_grosze', sa.Integer(), nullable=True),
    *_signed_columns(),
    *tracked_columns(),
    id_foreign_key('dps_decisions', 'person_id', 'persons'),
    id_foreign_key('dps_decisions', 'case_id', 'cases'),
    id_foreign_key('dps_decisions', 'home_id', 'dps_homes'),
    id_foreign_key('dps_decisions', 'placement_id', 'dps_decisions'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dps_decisions'))
    )
    id_indexes('dps_decisions', 'case_id', 'person_id', 'placement_id')
    op.create_table('shelters',
    sa.Column('institution', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    *tracked_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shelters'))
    )
    op.create_table('shelter_changes',
    sa.Column('shelter_id', sa.Uuid(), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('old_value', sa.String(length=200), server_default='', nullable=False),
    sa.Column('new_value', sa.String(length=200), server_default='', nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=True),
    *tracked_columns(),
    id_foreign_key('shelter_changes', 'shelter_id', 'shelters'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shelter_changes'))
    )
    id_indexes('shelter_changes', 'shelter_id')
    op.create_table('shelter_decisions',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('shelter_id', sa.Uuid(), nullable=False),
    sa.Column('interview_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('reasoning', sa.Text(), server_default='', nullable=False),
    *_signed_columns(),
    *tracked_columns(),
    id_foreign_key('shelter_decisions', 'person_id', 'persons'),
    id_foreign_key('shelter_decisions', 'case_id', 'cases'),
    id_foreign_key('shelter_decisions', 'shelter_id', 'shelters'),
    id_foreign_key('shelter_decisions', 'interview_id', 'interviews'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shelter_decisions'))
    )
    id_indexes('shelter_decisions', 'case_id', 'person_id', 'shelter_id')
    # A signed decision never changes (anonymisation may blank its reasons once).
    for statement in PLACEMENT_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def downgrade() -> None:
    for statement in PLACEMENT_TRIGGERS_DROP.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
    for table in ('shelter_decisions', 'shelter_changes', 'shelters', 'dps_decisions',
                  'dps_costs', 'dps_homes'):
        op.drop_table(table)
