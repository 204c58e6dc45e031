"""The statements printed from a family interview for the person's signature (Dz.U. 2021
poz. 893): the statement of assets (oświadczenie o stanie majątkowym) and the statement after
an interview taken by electronic means (annex 2, art. 107 ust. 5g u.p.s.).

Their wording and rubrics are dated data (resources/law/interview_statements.json). A rubric
names the interview answer it takes (per kind of interview, "segment.field"); a rubric with
no source, or whose answer is empty, prints as lines to fill by hand – the paper carries only
what the interview recorded.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.interviews import Answers, InterviewKind
from ops_desktop.domain.law import in_force


@dataclass(frozen=True)
class Rubric:
    title: str
    sources: tuple[tuple[str, str], ...]  # (interview kind, "segment.field")

    def answer(self, kind: InterviewKind, answers: Answers) -> str:
        """What the interview recorded for this rubric ("" when nothing)."""
        source = dict(self.sources).get(kind.value)
        if source is None:
            return ""
        segment, field = source.split(".", 1)
        return str(answers.get(segment, {}).get(field, "") or "").strip()


@dataclass(frozen=True)
class AssetsWording:
    title: str
    model: str
    confirmed: bool
    cite: str
    household: str
    rubrics: tuple[Rubric, ...]
    closing: str


@dataclass(frozen=True)
class ElectronicWording:
    title: str
    subtitle: str
    model: str
    confirmed: bool
    cite: str
    text: str  # with {conducted_on} and {worker}


@dataclass(frozen=True)
class InterviewStatements:
    valid_from: dt.date
    source: str
    documents: tuple[tuple[str, str], ...]  # identity document code → its Polish name
    assets: AssetsWording
    electronic: ElectronicWording

    def document_name(self, code: str | None) -> str:
        return dict(self.documents).get(code or "", "")


def _set(raw: Any) -> InterviewStatements:
    try:
        a, e = raw["assets"], raw["electronic"]
        assets = AssetsWording(
            str(a["title"]), str(a["model"]), bool(a["confirmed"]), str(a["cite"]),
            str(a["household"]),
            tuple(Rubric(str(r["title"]), tuple((str(k), str(v)) for k, v in r["from"].items()))
                  for r in a["sections"]),
            str(a["closing"]))
        electronic = ElectronicWording(str(e["title"]), str(e["subtitle"]), str(e["model"]),
                                       bool(e["confirmed"]), str(e["cite"]), str(e["text"]))
        return InterviewStatements(dt.date.fromisoformat(raw["valid_from"]), str(raw["source"]),
                                   tuple((str(k), str(v)) for k, v in raw["documents"].items()),
                                   assets, electronic)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DomainError("law_file_invalid", f"interview_statements.json: {exc!r}") from exc


@functools.cache
def _sets() -> tuple[InterviewStatements, ...]:
    document = json.loads(resource_path("law", "interview_statements.json").read_text("utf-8"))
    return tuple(sorted(map(_set, document["sets"]), key=lambda s: s.valid_from))


def interview_statements(on: dt.date) -> InterviewStatements:
    """The statements of the questionnaire in force on `on` (the interview's form date)."""
    return in_force(_sets(), on)
