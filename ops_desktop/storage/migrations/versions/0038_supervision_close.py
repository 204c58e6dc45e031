"""supervision close: a check of care or a complaint is closed with its outcome

Revision ID: 0038_supervision_close
Revises: 0036_care_decisions
Create Date: 2026-12-03 22:05:00

Why: a check or complaint recorded by the services team is closed with its outcome (a check
without remarks or with deficiencies; a complaint justified, in part, or not), the day it
was closed, the recommendations and the day by which they are to be carried out, and who
closed it (the name printed on the protocol). Every record so far stays open: the dates,
the outcome and the name are NULL or blank.

No trigger: the record is the office's internal supervision, not an act addressed to a
party; the service refuses any change of a closed record (services/care_supervision_closing.py)
and the exchange takes the closing from any colleague once (exchange/rules.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns

revision = '0038_supervision_close'
down_revision = '0036_care_decisions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('care_supervisions', sa.Column('closed_on', sa.Date(), nullable=True))
    op.add_column('care_supervisions', sa.Column('outcome', sa.String(20), nullable=True))
    op.add_column('care_supervisions', sa.Column('recommendations', sa.Text(),
                                                 server_default='', nullable=False))
    op.add_column('care_supervisions', sa.Column('fix_by', sa.Date(), nullable=True))
    op.add_column('care_supervisions', sa.Column('closed_by_name', sa.String(200),
                                                 server_default='', nullable=False))


def downgrade() -> None:
    drop_columns('care_supervisions', 'closed_on', 'outcome', 'recommendations', 'fix_by',
                 'closed_by_name')
