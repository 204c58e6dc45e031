"""persons and cases: homeless persons and a delivery address; closing and reopening a case

Revision ID: 0006_persons_cases
Revises: 0004_list_indexes
Create Date: 2026-12-03 06:00:00

Why: a person must have an address of residence unless homeless (then the place of stay is
recorded, art. 101 u.p.s.), and may give an address for delivery (KPA art. 40–41). A case is
closed with a reason (and reopened with one); retention counts from the closing date. The
team's list of open cases is read from an index in its shown order, as the other lists are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns

revision = '0006_persons_cases'
down_revision = '0005_referral_privacy'
branch_labels = None
depends_on = None

DELIVERY = (("delivery_street", 120), ("delivery_building", 20), ("delivery_flat", 20),
            ("delivery_postal_code", 6), ("delivery_city", 120))


def upgrade() -> None:
    # Plain ADD COLUMN on both SQLite and PostgreSQL: a batch rebuild of `persons` would drop
    # the triggers that keep the name index current (storage/triggers.py).
    op.add_column('persons', sa.Column('homeless', sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    for name, length in DELIVERY:
        op.add_column('persons', sa.Column(name, sa.String(length=length), nullable=False,
                                           server_default=''))
    op.add_column('cases', sa.Column('close_reason', sa.String(length=30), nullable=True))
    op.add_column('cases', sa.Column('close_note', sa.String(length=300), nullable=False,
                                     server_default=''))
    op.add_column('cases', sa.Column('reopen_note', sa.String(length=300), nullable=False,
                                     server_default=''))
    # Party data of a decision (not an act column): the signed-decision trigger refuses any
    # later change to it but anonymisation's, as for the other party columns.
    op.add_column('decisions', sa.Column('party_delivery_address', sa.String(length=400),
                                         nullable=False, server_default=''))
    op.create_index('ix_cases_team_open', 'cases',
                    ['team_code', 'deleted_at', 'closed_on', 'opened_on', 'id'])


def downgrade() -> None:
    # Dropping columns rebuilds `persons` on SQLite, which may renumber rowids: the name
    # index goes first and is made and filled again after (storage/triggers.py).
    from ops_desktop.storage.triggers import (
        PERSON_SEARCH_CREATE_0003,
        PERSON_SEARCH_DROP,
        PERSON_SEARCH_FILL_0003,
    )

    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in PERSON_SEARCH_DROP if sqlite else ():
        op.execute(statement)
    op.drop_index('ix_cases_team_open', table_name='cases')
    from ops_desktop.storage.triggers import DROP_TRIGGERS, create_triggers_without

    for statement in DROP_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
    drop_columns('decisions', 'party_delivery_address')
    # The act columns of later revisions are not in this revision's schema yet.
    for statement in create_triggers_without(op.get_bind().dialect.name, '0007_application_facts',
                                             '0008_withdrawal'):
        op.execute(statement)
    drop_columns('cases', 'reopen_note', 'close_note', 'close_reason')
    drop_columns('persons', *(name for name, _length in reversed(DELIVERY)), 'homeless')
    for statement in PERSON_SEARCH_CREATE_0003 + PERSON_SEARCH_FILL_0003 if sqlite else ():
        op.execute(statement)
