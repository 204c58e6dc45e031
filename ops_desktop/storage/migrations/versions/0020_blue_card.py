"""blue card: the Niebieska Karta procedure, its parties and its steps

Revision ID: 0020_blue_card
Revises: 0018_interviews
Create Date: 2026-12-03 12:40:00

Why: the social-work team runs the Niebieska Karta procedure (Dz.U. 2023 poz. 1870) in the
program: form A with every victim and every person using violence, each step's date against
its working-day deadline, forms C and D, and the closing with its reason. New tables only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import tracked_columns

revision = '0020_blue_card'
down_revision = '0019_care_services'
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=op.f(f'fk_{table}_{column}_{target}'))


def upgrade() -> None:
    op.create_table('blue_cards',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('law_valid_from', sa.Date(), nullable=False),
    sa.Column('form_a_on', sa.Date(), nullable=False),
    sa.Column('filled_by', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('someone_absent', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('close_reason', sa.String(length=40), nullable=True),
    sa.Column('recorded_by', sa.Uuid(), nullable=False),
    *tracked_columns(),
    _fk('blue_cards', 'case_id', 'cases'),
    _fk('blue_cards', 'recorded_by', 'users'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_blue_cards'))
    )
    op.create_index(op.f('ix_blue_cards_case_id'), 'blue_cards', ['case_id'], unique=False)
    op.create_table('blue_card_parties',
    sa.Column('blue_card_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    *tracked_columns(),
    _fk('blue_card_parties', 'blue_card_id', 'blue_cards'),
    _fk('blue_card_parties', 'person_id', 'persons'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_blue_card_parties'))
    )
    for column in ('blue_card_id', 'person_id'):
        op.create_index(op.f(f'ix_blue_card_parties_{column}'), 'blue_card_parties', [column],
                        unique=False)
    op.create_table('blue_card_steps',
    sa.Column('blue_card_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('recorded_by', sa.Uuid(), nullable=False),
    *tracked_columns(),
    _fk('blue_card_steps', 'blue_card_id', 'blue_cards'),
    _fk('blue_card_steps', 'recorded_by', 'users'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_blue_card_steps'))
    )
    op.create_index(op.f('ix_blue_card_steps_blue_card_id'), 'blue_card_steps',
                    ['blue_card_id'], unique=False)


def downgrade() -> None:
    op.drop_table('blue_card_steps')
    op.drop_table('blue_card_parties')
    op.drop_table('blue_cards')
