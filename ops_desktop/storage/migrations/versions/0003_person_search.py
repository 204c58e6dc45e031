"""person search: a full-text index over persons' folded names (SQLite only)

Revision ID: 0003_person_search
Revises: 0002_security
Create Date: 2026-11-30 19:00:00
"""

from __future__ import annotations

from alembic import op

from ops_desktop.storage.triggers import (
    PERSON_SEARCH_CREATE_0003,
    PERSON_SEARCH_DROP,
    PERSON_SEARCH_FILL_0003,
)

revision = '0003_person_search'
down_revision = '0002_security'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Other databases keep searching by LIKE on persons.search_name (queries.py decides).
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in PERSON_SEARCH_CREATE_0003 + PERSON_SEARCH_FILL_0003:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in PERSON_SEARCH_DROP:
        op.execute(statement)
