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


def resource_path(*parts: str) -> Path:
    """A file under `resources/`, in a source checkout and in a PyInstaller bundle alike."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        base = Path(frozen_root) / "resources"
    else:
        base = Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)


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
