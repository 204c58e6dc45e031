"""What the program is: its version and the newest period of the law data it carries.

Shown by `ops-desktop --version` and in "Pomoc → O programie". The version is pyproject.toml's
(read from the package metadata); the law's period is the newest parameter set in
resources/law/parameters.json.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ops_desktop import config
from ops_desktop.domain.law import default_lawbook


@dataclass(frozen=True)
class About:
    version: str
    law_valid_from: dt.date  # valid_from of the newest parameter set
    law_source: str  # its citation
    resources: Path  # where the fonts, law data and translations were found


def about() -> About:
    newest = default_lawbook().periods[-1]
    return About(config.version(), newest.valid_from, newest.source, config.resources_root())


def version_text() -> str:
    """`ops-desktop --version`: the version, then the law data's newest period and source."""
    info = about()
    return (f"ops-desktop {info.version}\n"
            f"Parametry ustawy od {info.law_valid_from:%d.%m.%Y}: {info.law_source}")
