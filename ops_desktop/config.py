"""Paths: where the database, backups and logs live, and where bundled resources are found.

Standard library and platformdirs only, so every layer may import it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ops_desktop"
APP_AUTHOR = "ops_desktop"
DB_ENV_VAR = "OPS_DESKTOP_DB"


def _root() -> Path:
    """The folder holding `resources/` and `translations/`: the bundle or the source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    return Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under `resources/`, in a source checkout and in a PyInstaller bundle alike."""
    return _root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return _root() / "translations"


def data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "ops.sqlite"


def database_url(db: str | None = None) -> str:
    """`--db` or `OPS_DESKTOP_DB` may be a file path or any SQLAlchemy URL."""
    value = db or os.environ.get(DB_ENV_VAR) or str(default_db_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())
