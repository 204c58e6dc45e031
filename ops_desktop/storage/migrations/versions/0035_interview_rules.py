"""interview rules: a frozen family interview's answers are refused by the store

Revision ID: 0035_interview_rules
Revises: 0034_kpa_rest
Create Date: 2026-12-03 18:50:00

Why: an interview a signed decision relies on (its application is linked to it) is frozen;
the service already refused changing it, now the store does too (storage/triggers.py
INTERVIEW_TRIGGERS), except anonymisation's blanking of its answers and place. No column.
"""

from __future__ import annotations

from alembic import op

from ops_desktop.storage.triggers import INTERVIEW_TRIGGERS, INTERVIEW_TRIGGERS_DROP

revision = '0035_interview_rules'
down_revision = '0034_kpa_rest'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in INTERVIEW_TRIGGERS.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def downgrade() -> None:
    for statement in INTERVIEW_TRIGGERS_DROP.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
