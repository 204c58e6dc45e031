"""The office's rules in plain Python: no Qt, no SQLAlchemy."""
