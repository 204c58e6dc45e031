"""key slot exchange: a person's password slot travels with their account

Revision ID: 0029_key_slot_exchange
Revises: 0028_service_packages
Create Date: 2026-12-03 15:10:00

Why: every PC of an office is encrypted with the same database key, but each PC's key-slot
file (`<db>.keys`) only learnt a person's password when they signed in on that PC. The slot
written with a password (the same bytes as in the slot file: the key wrapped by Argon2id of
the password, never the password or the key) is now kept on the person's account, so it
travels with the password's hash and every PC writes it into its own slot file. Nullable:
accounts from before, and a plain or server store, have none (their slot files stay as
they are).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import drop_columns

revision = '0029_key_slot_exchange'
down_revision = '0028_service_packages'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('users', sa.Column('password_slot', sa.Text(), nullable=True))


def downgrade() -> None:
    # In place, not by copying `users` (its rows are referenced by many tables' keys).
    drop_columns('users', 'password_slot')
