"""interviews: rodzinny wywiad środowiskowy, its Part IV updates, and the applications' links

Revision ID: 0018_interviews
Revises: 0017_social_work_log
Create Date: 2026-12-03 12:10:00

Why: the social-work team (and the services team for its clients) conducts family
interviews in the program (Dz.U. 2021 poz. 893); the benefits team links an application to
the interview its decision relies on, and the decision's reasoning cites that interview's
date. New tables only: no existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import tracked_columns

revision = '0018_interviews'
down_revision = '0017_social_work_log'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('interviews',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('form_valid_from', sa.Date(), nullable=False),
    sa.Column('learned_on', sa.Date(), nullable=False),
    sa.Column('urgent', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('conducted_on', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=200), server_default='', nullable=False),
    sa.Column('worker_id', sa.Uuid(), nullable=True),
    sa.Column('worker_name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('answers', sa.Text(), server_default='{}', nullable=False),
    sa.Column('status', sa.String(length=20), server_default='draft', nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_interviews_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                            name=op.f('fk_interviews_person_id_persons')),
    sa.ForeignKeyConstraint(['parent_id'], ['interviews.id'],
                            name=op.f('fk_interviews_parent_id_interviews')),
    sa.ForeignKeyConstraint(['worker_id'], ['users.id'],
                            name=op.f('fk_interviews_worker_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interviews'))
    )
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        for column in ('case_id', 'person_id', 'parent_id'):
            batch_op.create_index(batch_op.f(f'ix_interviews_{column}'), [column], unique=False)
    op.create_table('interview_links',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('interview_id', sa.Uuid(), nullable=False),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                            name=op.f('fk_interview_links_application_id_applications')),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'],
                            name=op.f('fk_interview_links_interview_id_interviews')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interview_links')),
    sa.UniqueConstraint('application_id', name=op.f('uq_interview_links_application_id'))
    )
    with op.batch_alter_table('interview_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_links_interview_id'), ['interview_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('interview_links')
    op.drop_table('interviews')
