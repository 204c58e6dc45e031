"""Alembic environment and revisions, shipped inside the package and run at start-up."""

# The newest revision. A store already at it opens without loading Alembic at all;
# tests/storage/test_database.py checks that this is what Alembic finds in versions/.
HEAD = "0048_statement_list"
