"""Two records of one person merged by hand

Revision ID: 0041_person_merge
Revises: 0039_meals
Create Date: 2026-12-04 02:00:00

Why: PCs apart may register one person twice; the head merges the two records. The
duplicate is kept with a pointer to the survivor (persons.merged_into_id), and the merge
itself is a record that travels (person_merges). A nullable column and a new table: no
existing row changes, and the bulk demo's raw inserts need not name the column.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ops_desktop.storage.migrations.columns import (
    drop_columns,
    id_foreign_key,
    id_indexes,
    tracked_columns,
)

revision = '0041_person_merge'
down_revision = '0039_meals'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into_id', sa.Uuid(), nullable=True))
        # Partial: only the merged records (models.PersonRow says why).
        batch_op.create_index(batch_op.f('ix_persons_merged_into_id'), ['merged_into_id'],
                              unique=False,
                              sqlite_where=sa.text('merged_into_id IS NOT NULL'),
                              postgresql_where=sa.text('merged_into_id IS NOT NULL'))
    op.create_table('person_merges',
    sa.Column('duplicate_id', sa.Uuid(), nullable=False),
    sa.Column('survivor_id', sa.Uuid(), nullable=False),
    *tracked_columns(),
    id_foreign_key('person_merges', 'duplicate_id', 'persons'),
    id_foreign_key('person_merges', 'survivor_id', 'persons'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_merges'))
    )
    id_indexes('person_merges', 'duplicate_id', 'survivor_id')


def downgrade() -> None:
    op.drop_table('person_merges')
    op.drop_index(op.f('ix_persons_merged_into_id'), table_name='persons')
    drop_columns('persons', 'merged_into_id')
