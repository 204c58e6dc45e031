"""anchors: signed acts and the audit chain anchored

Revision ID: 0012_anchors
Revises: 0011_member_keys
Create Date: 2026-12-03 09:00:00

Why: the store's protection could be passed with the triggers in place – retention's
exemption took a new bank account along with `anonymised_at`, a row could be inserted
already signed or a draft switched to signed, and any audit entry could be redacted. The
triggers are created again from storage/triggers.py, closing these; a signed act now needs
its signing entry in the log (storage/acts.py), found through a partial index. The acts
signed before are attested by one entry (how many, and a hash over them), so `verify`
counts them as signed before the protection and still sees any change to them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.acts import SIGNING_INDEX, attest_unsigned
from ops_desktop.storage.triggers import CREATE_TRIGGERS_0012, create_triggers_without
from ops_desktop.storage.triggers import DROP_TRIGGERS_0012 as DROP_TRIGGERS

revision = '0012_anchors'
down_revision = '0011_member_keys'
branch_labels = None
depends_on = None

_SIGNINGS = sa.text("action = 'sign'")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in DROP_TRIGGERS.get(dialect, ()):
        op.execute(statement)
    op.create_index(SIGNING_INDEX, 'audit_log', ['entity_id'], unique=False,
                    sqlite_where=_SIGNINGS, postgresql_where=_SIGNINGS)
    attest_unsigned(op.get_bind())
    for statement in CREATE_TRIGGERS_0012.get(dialect, ()):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in DROP_TRIGGERS.get(dialect, ()):
        op.execute(statement)
    op.drop_index(SIGNING_INDEX, table_name='audit_log')
    for statement in create_triggers_without(dialect):
        op.execute(statement)
