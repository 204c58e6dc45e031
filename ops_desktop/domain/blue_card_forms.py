"""The Niebieska Karta forms A–D on paper: their titles, the model each follows and the fixed
text of form B (the information handed to a person experiencing violence), as dated data
(resources/law/blue_card_forms.json). Wording the office has not had checked carries
confirmed=False and prints marked "do potwierdzenia"."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.law import in_force

FORMS = ("A", "B", "C", "D")
# The step (services/blue_card.py) that records forms C and D; A is the procedure's start and
# B is handed out with A, so neither has a step of its own.
FORM_STEPS = {"C": "form_c", "D": "form_d"}


@dataclass(frozen=True)
class FormTitle:
    code: str
    title: str
    model: str  # which official model the form follows
    confirmed: bool
    cite: str


@dataclass(frozen=True)
class Passage:
    """One paragraph of form B's fixed text."""

    text: str
    confirmed: bool
    cite: str


@dataclass(frozen=True)
class BlueCardForms:
    valid_from: dt.date
    source: str
    forms: tuple[FormTitle, ...]
    form_b_text: tuple[Passage, ...]

    def form(self, code: str) -> FormTitle:
        return next(f for f in self.forms if f.code == code)


def _set(raw: Any) -> BlueCardForms:
    try:
        forms = tuple(FormTitle(str(f["code"]), str(f["title"]), str(f["model"]),
                                bool(f["confirmed"]), str(f["cite"])) for f in raw["forms"])
        text = tuple(Passage(str(p["text"]), bool(p["confirmed"]), str(p["cite"]))
                     for p in raw["form_b_text"])
        found = BlueCardForms(dt.date.fromisoformat(raw["valid_from"]), str(raw["source"]),
                              forms, text)
    except (KeyError, TypeError, ValueError) as e:
        raise DomainError("law_file_invalid", f"blue_card_forms.json: {e!r}") from e
    if tuple(f.code for f in forms) != FORMS or not text:
        raise DomainError("law_file_invalid", "blue_card_forms.json: forms A–D and B's text")
    return found


@functools.cache
def _sets() -> tuple[BlueCardForms, ...]:
    document = json.loads(resource_path("law", "blue_card_forms.json").read_text("utf-8"))
    return tuple(sorted(map(_set, document["sets"]), key=lambda s: s.valid_from))


def blue_card_forms(on: dt.date) -> BlueCardForms:
    """The forms in force on `on` (the day form A was filled)."""
    return in_force(_sets(), on)
