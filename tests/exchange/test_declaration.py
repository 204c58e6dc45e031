"""Every table is declared replicated or local: a new table must be thought about."""

from __future__ import annotations

from sqlalchemy import Column, Integer, Table

from ops_desktop.storage.models import Base
from ops_desktop.storage.replication import LOCAL, REPLICATED, replicated_columns, undeclared


def test_every_table_of_the_store_is_declared() -> None:
    assert undeclared() == set()
    assert not set(REPLICATED) & set(LOCAL)
    assert set(REPLICATED) | set(LOCAL) == set(Base.metadata.tables)


def test_a_new_table_that_is_neither_is_caught() -> None:
    table = Table("new_undeclared_register", Base.metadata, Column("id", Integer, primary_key=True))
    try:
        assert undeclared() == {"new_undeclared_register"}
    finally:
        Base.metadata.remove(table)


def test_per_pc_columns_and_bookkeeping_do_not_travel() -> None:
    users = replicated_columns("users")
    assert "password_hash" in users and "roles" in users
    assert not {"failed_sign_ins", "locked_until", "last_sign_in_at", "version",
                "updated_at"} & set(users)
