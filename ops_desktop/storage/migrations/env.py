"""Alembic environment: always run programmatically with a connection handed over by the program."""

from __future__ import annotations

from alembic import context

from ops_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the program always passes its connection
    raise RuntimeError("migrations run through ops_desktop.storage.database.migrate()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
