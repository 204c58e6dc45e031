"""social work log: dziennik pracy socjalnej, and the worker who carries a case

Revision ID: 0017_social_work_log
Revises: 0016_double_signing
Create Date: 2026-12-03 12:00:00

Why: social workers record the social work they do in quick entries (the MRPiPS-03 "praca
socjalna" row counts the persons and families from them), and each case names the worker
who carries it, so every worker sees their caseload and the head can hand a case to another.
An existing case is given the worker who accepted its referral, the same on every PC (the
referrals travel between them).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns, tracked_columns

revision = '0017_social_work_log'
down_revision = '0016_double_signing'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('social_work_log',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('with_family', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('worked_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=False),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                            name=op.f('fk_social_work_log_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                            name=op.f('fk_social_work_log_person_id_persons')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'],
                            name=op.f('fk_social_work_log_author_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_social_work_log'))
    )
    with op.batch_alter_table('social_work_log', schema=None) as batch_op:
        for column in ('case_id', 'person_id', 'worked_on'):
            batch_op.create_index(batch_op.f(f'ix_social_work_log_{column}'), [column],
                                  unique=False)
        batch_op.create_index('ix_social_work_log_author_day', ['author_id', 'worked_on'],
                              unique=False)
    # A plain column: SQLite adds it in place (a foreign key would copy the table).
    op.add_column('cases', sa.Column('worker_id', sa.Uuid(), nullable=True))
    op.create_index(op.f('ix_cases_worker_id'), 'cases', ['worker_id'], unique=False)
    # Each case's latest accepted referral, found in one pass: a subquery per case would read
    # every referral once per case (referrals.case_id has no index), minutes on a city's file.
    op.execute("UPDATE cases SET worker_id = w.decided_by FROM ("
               "SELECT case_id, decided_by, row_number() OVER ("
               "PARTITION BY case_id ORDER BY decided_at DESC) AS n "
               "FROM referrals WHERE status = 'accepted' AND case_id IS NOT NULL) AS w "
               "WHERE w.case_id = cases.id AND w.n = 1 AND cases.worker_id IS NULL")


def downgrade() -> None:
    op.drop_index(op.f('ix_cases_worker_id'), table_name='cases')
    drop_columns('cases', 'worker_id')
    op.drop_table('social_work_log')
