"""Alembic environment and revisions, shipped inside the package and run at start-up."""
