"""Columns shared by migrations: the bookkeeping columns of a new table, and dropping
columns in a downgrade without rebuilding the table.

Alembic's batch mode drops a column on SQLite by copying the table and dropping the old one;
with foreign keys on, dropping a table that other rows refer to (a person, an application)
fails. SQLite has dropped plain columns in place since 3.35 (Python 3.11 ships newer), so a
downgrade does that; other engines drop columns natively anyway. A column still named by an
index or a trigger must be freed of it first.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def tracked_columns() -> list[sa.Column]:
    """The columns every tracked row has (storage/models.py, `Tracked`), for a new table."""
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.Uuid(), nullable=True),
        sa.Column('updated_by', sa.Uuid(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
    ]


def drop_columns(table: str, *names: str) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name in names:
        if sqlite:
            op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{name}"')
        else:
            op.drop_column(table, name)


def id_foreign_key(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    """`column` of a new `table` referring to `target`'s id, named as the models name it."""
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def id_indexes(table: str, *columns: str) -> None:
    """A plain index on each of a new table's reference columns, named as the models name it."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)
