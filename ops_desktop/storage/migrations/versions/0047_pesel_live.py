"""each PESEL with whether the desk may find the person, as an index of its own

Revision ID: 0047_pesel_live
Revises: 0046_list_versions
Create Date: 2026-12-04 12:40:00

Why: typing the first digits of a PESEL at the desk ("850") shows the first page of the
persons whose PESEL starts so and counts them up to 501. Along the unique index of every
PESEL each of those 501 had its row read to learn whether it was removed or merged: on an
encrypted city of 500,000 persons about 5 ms with the pages in memory and 40–50 ms without,
against 0.04 ms for the count read from this index alone, which holds beside each PESEL the
two columns that say so. (Not an index of the live PESELs only: SQLite then still reads each
row to check the two columns.) SQLite's planner keeps to the unique index even with
statistics, so the SQLite query names this one (storage/queries.py).

SQLite only: PostgreSQL keeps no pages encrypted one by one, and its planner took such an
index for the two columns alone, leaving the name's trigram index.
"""

from __future__ import annotations

from alembic import op

revision = '0047_pesel_live'
down_revision = '0046_list_versions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # (A file analysed before gets it analysed at start-up: database._analyse_new_indexes.)
    op.create_index("ix_persons_pesel_live", "persons", ["pesel", "deleted_at", "merged_into_id"])


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.drop_index("ix_persons_pesel_live", table_name="persons")
