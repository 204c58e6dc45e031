"""double signing: one draft signed on two PCs while apart

Revision ID: 0016_double_signing
Revises: 0015_social_contracts
Create Date: 2026-12-03 10:00:00

Why: a draft signed on two PCs while apart left each PC with its own act, for good. Every PC
now keeps the act signed first and the later one whole in a conflict entry for the
coordinator (storage/double_signing.py); the PC holding the later act replaces it, which the
protection triggers now allow for exactly this case (storage/triggers.py). No column
changes: the triggers are created again.
"""

from __future__ import annotations

from alembic import op

from ops_desktop.storage.triggers import CREATE_TRIGGERS_0015, CREATE_TRIGGERS_0016, DROP_TRIGGERS

revision = '0016_double_signing'
down_revision = '0015_social_contracts'
branch_labels = None
depends_on = None


def _recreate(created: dict[str, tuple[str, ...]]) -> None:
    dialect = op.get_bind().dialect.name
    for statement in (*DROP_TRIGGERS.get(dialect, ()), *created.get(dialect, ())):
        op.execute(statement)


def upgrade() -> None:
    _recreate(CREATE_TRIGGERS_0016)


def downgrade() -> None:
    _recreate(CREATE_TRIGGERS_0015)
