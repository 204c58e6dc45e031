"""kpa rest: the SKO's new content of a changed decision

Revision ID: 0034_kpa_rest
Revises: 0033_care_providers
Create Date: 2026-12-03 18:20:00

Why: when the SKO quashes the appealed decision and decides the case itself (KPA art. 138
§ 1 pkt 2), its new content – the monthly amount and the period – is what the office pays
from then on; the appeal keeps it (`sko_amount_grosze`, `sko_period_from`, `sko_period_to`;
NULL for every appeal so far and for every other outcome). The office grants an appeal
itself (art. 132) only when every party appealed, or the others consented (§ 2): the appeal
records the other parties who did not appeal (`other_parties`, none for every appeal so far:
a benefit decision has one party) and the day they consented (`others_consented_on`).

Anonymising a person now blanks the payee on their payment lists' items too, approved ones
included, once: payment_items gain `anonymised_at` (NULL for every row so far) and the
payment lists' protection is replaced by the set that allows that one change (same names;
storage/triggers.py PAYMENT_TRIGGERS, the old text PAYMENT_TRIGGERS_0021 for the downgrade).
Only the payment triggers are dropped and re-created.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns
from ops_desktop.storage.triggers import (
    PAYMENT_TRIGGERS,
    PAYMENT_TRIGGERS_0021,
    PAYMENT_TRIGGERS_DROP,
)

revision = '0034_kpa_rest'
down_revision = '0033_care_providers'
branch_labels = None
depends_on = None

SKO_COLUMNS = ('sko_amount_grosze', 'sko_period_from', 'sko_period_to')
PARTY_COLUMNS = ('other_parties', 'others_consented_on')


def upgrade() -> None:
    op.add_column('appeals', sa.Column('sko_amount_grosze', sa.Integer(), nullable=True))
    op.add_column('appeals', sa.Column('sko_period_from', sa.Date(), nullable=True))
    op.add_column('appeals', sa.Column('sko_period_to', sa.Date(), nullable=True))
    op.add_column('appeals', sa.Column('other_parties', sa.Text(), server_default='',
                                       nullable=False))
    op.add_column('appeals', sa.Column('others_consented_on', sa.Date(), nullable=True))
    dialect = op.get_bind().dialect.name
    for statement in PAYMENT_TRIGGERS_DROP.get(dialect, ()):
        op.execute(statement)
    op.add_column('payment_items', sa.Column('anonymised_at', sa.DateTime(), nullable=True))
    for statement in PAYMENT_TRIGGERS.get(dialect, ()):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in PAYMENT_TRIGGERS_DROP.get(dialect, ()):
        op.execute(statement)
    drop_columns('payment_items', 'anonymised_at')
    for statement in PAYMENT_TRIGGERS_0021.get(dialect, ()):
        op.execute(statement)
    drop_columns('appeals', *PARTY_COLUMNS, *SKO_COLUMNS)
