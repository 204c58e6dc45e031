"""service packages: the catalogue of packages for target groups and the packages given

Revision ID: 0028_service_packages
Revises: 0027_programmes
Create Date: 2026-12-03 15:30:00

Why: the coordinator keeps one package of services per target group (its parts and the team
that delivers each), the desk gives a person a package after an intake (one referral per
team it names), and the person's file shows how far each part has come. New tables only: no
existing row changes; a store without a catalogue row reads the example shipped in
resources/packages.json.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import tracked_columns

revision = '0028_service_packages'
down_revision = '0027_programmes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('service_packages',
    sa.Column('group_code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('parts', sa.Text(), nullable=False),
    *tracked_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_packages')),
    sa.UniqueConstraint('group_code', name=op.f('uq_service_packages_group_code'))
    )
    op.create_table('package_assignments',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('intake_id', sa.Uuid(), nullable=False),
    sa.Column('group_code', sa.String(length=40), nullable=False),
    sa.Column('package_name', sa.String(length=200), nullable=False),
    sa.Column('assigned_by', sa.Uuid(), nullable=False),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                            name=op.f('fk_package_assignments_person_id_persons')),
    sa.ForeignKeyConstraint(['intake_id'], ['intakes.id'],
                            name=op.f('fk_package_assignments_intake_id_intakes')),
    sa.ForeignKeyConstraint(['assigned_by'], ['users.id'],
                            name=op.f('fk_package_assignments_assigned_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_package_assignments'))
    )
    with op.batch_alter_table('package_assignments', schema=None) as batch_op:
        for column in ('person_id', 'group_code'):
            batch_op.create_index(batch_op.f(f'ix_package_assignments_{column}'), [column],
                                  unique=False)
    op.create_table('package_parts',
    sa.Column('assignment_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('team_code', sa.String(length=40), nullable=False),
    sa.Column('referral_id', sa.Uuid(), nullable=True),
    sa.Column('state', sa.String(length=20), server_default='not_started', nullable=False),
    sa.Column('state_set_on', sa.Date(), nullable=True),
    sa.Column('state_set_by', sa.Uuid(), nullable=True),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['assignment_id'], ['package_assignments.id'],
                            name=op.f('fk_package_parts_assignment_id_package_assignments')),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'],
                            name=op.f('fk_package_parts_referral_id_referrals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_package_parts'))
    )
    with op.batch_alter_table('package_parts', schema=None) as batch_op:
        for column in ('assignment_id', 'referral_id'):
            batch_op.create_index(batch_op.f(f'ix_package_parts_{column}'), [column],
                                  unique=False)


def downgrade() -> None:
    op.drop_table('package_parts')
    op.drop_table('package_assignments')
    op.drop_table('service_packages')
