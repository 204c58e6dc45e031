"""Paths: where the database, backups and logs live, and where bundled resources are found.

Standard library and platformdirs only, so every layer may import it.
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "ops_desktop"
APP_AUTHOR = "ops_desktop"
DB_ENV_VAR = "OPS_DESKTOP_DB"
DISTRIBUTION = "ops-desktop"  # the project's name in pyproject.toml


@functools.cache
def resources_root() -> Path:
    """The folder holding `resources/` and `translations/`, found through the package.

    An installed wheel and the PyInstaller bundle carry them inside the package
    (`ops_desktop/resources`, mapped there by setup.py and build.spec); in a source checkout
    and an editable install they are the top-level folders beside the package. Looked up
    once: the package does not move while the program runs, and the lookup costs a tenth of
    a millisecond, paid per decision when a stack is printed.
    """
    package = Path(str(resources.files("ops_desktop")))
    return package if (package / "resources").is_dir() else package.parent


def resource_path(*parts: str) -> Path:
    """A file under `resources/`: checkout, editable install, wheel and bundle alike."""
    return resources_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return resources_root() / "translations"


def version() -> str:
    """The program's version: pyproject.toml's, read from the installed package's metadata."""
    from importlib import metadata  # tens of milliseconds, wanted only by "O programie"

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        import tomllib

        with open(resources_root() / "pyproject.toml", "rb") as project:
            return str(tomllib.load(project)["project"]["version"])


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
