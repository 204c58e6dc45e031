"""ops_desktop: the offline desktop program of a social-assistance centre (OPS) organised in teams.

The version lives in pyproject.toml only; `ops_desktop.config.version()` reads it.
"""
