"""The store: SQLAlchemy models, Alembic migrations, repositories. Only this package imports SQLAlchemy."""
