"""Which file an SQLite URL names, answered before SQLAlchemy is loaded.

The sign-in dialog of an encrypted office is the program's first window; it must know the
database file (to find its key slots) without paying for SQLAlchemy's import, which the
store needs only once the file is unlocked. The URLs the program writes itself
(config.database_url: "sqlite:///" and a path) are read here directly; any other URL is
read by SQLAlchemy's own parser, so both always agree (tests/storage/test_url.py).
"""

from __future__ import annotations

from pathlib import Path

_PLAIN_PREFIX = "sqlite:///"
# Characters SQLAlchemy's parser treats specially in the database part (a query string,
# percent-escapes); a URL holding any of them is left to that parser.
_SPECIAL = frozenset("?%")


def _quick_path(url: str) -> Path | None:
    """The file of a plain "sqlite:///<path>" URL; None when the URL is any other form."""
    if not url.startswith(_PLAIN_PREFIX):
        return None
    database = url[len(_PLAIN_PREFIX):]
    if not database or database == ":memory:" or _SPECIAL & set(database):
        return None
    return Path(database)


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL; None for a server or an in-memory store."""
    quick = _quick_path(url)
    if quick is not None:
        return quick
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        return Path(parsed.database)
    return None


def is_sqlite_url(url: str) -> bool:
    if _quick_path(url) is not None:
        return True
    from sqlalchemy.engine import make_url

    return make_url(url).get_backend_name() == "sqlite"
