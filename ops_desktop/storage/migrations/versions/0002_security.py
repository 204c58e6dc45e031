"""security: sign-in columns, audit log, social-work notes, signed acts immutable

Revision ID: 0002_security
Revises: 0001_baseline
Create Date: 2026-11-30 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_security'
down_revision = '0001_baseline'
branch_labels = None
depends_on = None

# SQL run after the tables exist. A later migration that rebuilds `decisions` or
# `audit_log` in batch mode drops these triggers and must create them again
# (storage/triggers.py holds the statements).
from ops_desktop.storage.triggers import DROP_TRIGGERS, create_triggers_without  # noqa: E402


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=True),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('changes', sa.Text(), nullable=True),
    sa.Column('changes_digest', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('redacted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_person_id'), ['person_id'], unique=False)

    op.create_table('social_work_notes',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_social_work_notes_author_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_social_work_notes_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_social_work_notes_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_social_work_notes'))
    )
    with op.batch_alter_table('social_work_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_social_work_notes_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_social_work_notes_person_id'), ['person_id'], unique=False)

    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('corrects_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('anonymised_at', sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_decisions_corrects_id_decisions'), 'decisions', ['corrects_id'], ['id'])

    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('anonymised_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('password_hash', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('failed_sign_ins', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('last_sign_in_at', sa.DateTime(), nullable=True))

    # The act columns of later revisions are not in this revision's schema yet.
    for statement in create_triggers_without(op.get_bind().dialect.name, '0007_application_facts',
                                             '0008_withdrawal'):
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('last_sign_in_at')
        batch_op.drop_column('must_change_password')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_sign_ins')
        batch_op.drop_column('password_hash')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_column('anonymised_at')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_decisions_corrects_id_decisions'), type_='foreignkey')
        batch_op.drop_column('anonymised_at')
        batch_op.drop_column('corrects_id')
    op.drop_table('social_work_notes')
    op.drop_table('audit_log')
