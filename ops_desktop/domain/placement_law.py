"""The dated rules and wording of DPS placements, their fees and shelters
(resources/law/placements.json): the resident's share of income, the relatives' threshold as
a multiple of the criterion, the legal bases and the ruling texts printed on the decisions."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.law import in_force


@dataclass(frozen=True)
class PlacementLaw:
    valid_from: dt.date
    source: str
    confirmed: str
    resident_share: Decimal  # art. 61 ust. 1 pkt 1: at most this share of the resident's income
    relative_threshold: Decimal  # art. 61 ust. 2 pkt 2: relatives pay only above this × criterion
    appeal_days: int
    texts: Mapping[str, Mapping[str, Any]]  # "placement", "fee", "shelter", "voivode_report"

    def text(self, part: str, key: str) -> str:
        return str(self.texts[part][key])

    @property
    def share_percent(self) -> str:
        return format((self.resident_share * 100).normalize(), "f")

    @property
    def threshold_percent(self) -> str:
        return format((self.relative_threshold * 100).normalize(), "f")


def _parse(raw: Mapping[str, Any]) -> PlacementLaw:
    try:
        share, threshold = Decimal(raw["resident_share"]), Decimal(raw["relative_threshold"])
        law = PlacementLaw(
            valid_from=dt.date.fromisoformat(raw["valid_from"]), source=str(raw["source"]),
            confirmed=str(raw["confirmed"]), resident_share=share, relative_threshold=threshold,
            appeal_days=int(raw["appeal_days"]),
            texts={k: dict(raw[k]) for k in ("placement", "fee", "shelter", "voivode_report")})
    except (KeyError, ValueError, ArithmeticError, TypeError) as exc:
        raise DomainError("placements_file_invalid", str(exc)) from exc
    if not (0 < share <= 1) or threshold <= 0:
        raise DomainError("placements_file_invalid", f"{law.valid_from}: shares out of range")
    return law


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[PlacementLaw, ...]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return tuple(sorted((_parse(s) for s in raw["sets"]), key=lambda s: s.valid_from))


def placement_law(on: dt.date) -> PlacementLaw:
    """The set in force on `on` (the decision's day)."""
    return in_force(_load(resource_path("law", "placements.json")), on)
