"""One locale decision at start-up, applied to babel here and to Qt by the app (qt_locale.py)."""

from __future__ import annotations

import os

from ops_desktop.i18n import format as fmt

SUPPORTED = ("pl", "en")
DEFAULT = "pl"
LANG_ENV_VAR = "OPS_DESKTOP_LANG"


def choose(requested: str | None = None) -> str:
    """`--lang`, then OPS_DESKTOP_LANG, then Polish: the office's language, not the PC's."""
    value = (requested or os.environ.get(LANG_ENV_VAR) or DEFAULT).lower()[:2]
    return value if value in SUPPORTED else DEFAULT


def apply_to_values(language: str) -> None:
    """Money and dates on screen follow the UI language; paper is always Polish (documents pass pl_PL)."""
    fmt.set_locale("pl_PL" if language == "pl" else "en_GB")
