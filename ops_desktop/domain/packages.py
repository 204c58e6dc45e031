"""Service packages for target groups: what a package is, what may be written into one, and
how far a person's package has come.

A package is one per target group (the groups the separation model names); its parts are
forms of help or actions, each delivered by one team. The catalogue's contents are the
office's own choice: resources/packages.json holds an example the coordinator edits.

Two groups tell a fact of a special category: a family affected by domestic violence (art. 7
pkt 7 u.p.s.) and a person with a disability (pkt 5). Their package is given only after an
intake that records that ground, so the intake and its referrals stay in the person's own
file and the ground reaches only the roles that read it (domain/permissions.py); the other
teams learn only their own parts, in the words of the catalogue, which for violence
therefore must not tell of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from ops_desktop.config import resource_path
from ops_desktop.domain.errors import FieldError
from ops_desktop.domain.fields import INVALID, text_errors
from ops_desktop.domain.vocabulary import Ground, Team


class TargetGroup(StrEnum):
    UNEMPLOYED = "unemployed"
    ELDERLY = "elderly"
    DISABLED = "disabled"
    FAMILIES_WITH_CHILDREN = "families_with_children"
    VIOLENCE = "violence"
    HOMELESS = "homeless"


class PartState(StrEnum):
    """Ordered: a part only moves forward by what the program learns on its own."""

    NOT_STARTED = "not_started"
    STARTED = "started"
    DONE = "done"


_ORDER = (PartState.NOT_STARTED, PartState.STARTED, PartState.DONE)

# The groups whose package tells a special-category fact (art. 9 RODO), and the ground its
# intake must carry: a reader learns the group only where their roles read that ground.
SENSITIVE: dict[TargetGroup, Ground] = {TargetGroup.VIOLENCE: Ground.DOMESTIC_VIOLENCE,
                                        TargetGroup.DISABLED: Ground.DISABILITY}
# The one team that may learn of violence from its parts (its social workers run the
# Niebieska Karta procedure); the others' parts must read neutrally.
KNOWING_TEAM = Team.SOCIAL_WORK
# Teams that deliver parts; the desk routes and carries nothing.
DELIVERING = (Team.BENEFITS, Team.SOCIAL_WORK, Team.SERVICES)

MAX_NAME = 200
MAX_LABEL = 200
MAX_PARTS = 12
# Words that tell of violence: never in a part another team than social work receives.
REVEALING = ("przemoc", "niebiesk", "sprawc", "ofiar", "znęca", "zneca")


@dataclass(frozen=True)
class PackagePart:
    label: str  # a form of help or an action, in the office's words
    team: Team


@dataclass(frozen=True)
class Package:
    group: TargetGroup
    name: str
    parts: tuple[PackagePart, ...]
    # True while the parts are the program's example, not yet the office's own choice.
    example: bool = False

    @property
    def sensitive(self) -> bool:
        return self.group in SENSITIVE

    def teams(self) -> tuple[Team, ...]:
        """The teams the package names, each once, in the order of their first part."""
        return tuple(dict.fromkeys(p.team for p in self.parts))

    def parts_of(self, team: Team) -> tuple[PackagePart, ...]:
        return tuple(p for p in self.parts if p.team is team)


def is_sensitive(group: str) -> bool:
    return group in {g.value for g in SENSITIVE}


def package_errors(group: object, name: object, parts: object) -> list[FieldError]:
    """What is wrong with a package as the coordinator wrote it; fields `name`, `parts`,
    `parts.N.label`, `parts.N.team`."""
    errors = text_errors("name", name, MAX_NAME, required=True)
    if not isinstance(group, TargetGroup):
        errors.append(FieldError("group", INVALID))
    if not isinstance(parts, (tuple, list)) or not all(isinstance(p, PackagePart) for p in parts):
        return errors + [FieldError("parts", INVALID)]
    if not parts:
        errors.append(FieldError("parts", "package_without_parts"))
    elif len(parts) > MAX_PARTS:
        errors.append(FieldError("parts", "too_many_parts"))
    seen: set[tuple[str, str]] = set()
    for i, part in enumerate(parts):
        label_errors = text_errors(f"parts.{i}.label", part.label, MAX_LABEL, required=True)
        errors += label_errors
        if not isinstance(part.team, Team) or part.team not in DELIVERING:
            errors.append(FieldError(f"parts.{i}.team", "part_team_invalid"))
            continue
        if label_errors:
            continue
        key = (" ".join(part.label.lower().split()), part.team.value)
        if key in seen:
            errors.append(FieldError(f"parts.{i}.label", "part_repeated"))
        seen.add(key)
        if (group is TargetGroup.VIOLENCE and part.team is not KNOWING_TEAM
                and any(w in part.label.lower() for w in REVEALING)):
            errors.append(FieldError(f"parts.{i}.label", "part_label_reveals"))
    return errors


def derived_state(recorded: PartState, referral_status: str | None) -> PartState:
    """The state shown: what the delivering team recorded, moved on to "started" once its
    team accepted the referral (the team carries the case). Nothing else is derived: whether
    a part is done only the team knows."""
    derived = PartState.STARTED if referral_status == "accepted" else PartState.NOT_STARTED
    return max(recorded, derived, key=_ORDER.index)


def parts_to_json(parts: tuple[PackagePart, ...]) -> str:
    return json.dumps([{"label": p.label.strip(), "team": p.team.value} for p in parts],
                      ensure_ascii=False)


def parts_from_json(text: str) -> tuple[PackagePart, ...]:
    return tuple(PackagePart(str(p["label"]), Team(p["team"])) for p in json.loads(text))


@dataclass(frozen=True)
class DefaultCatalogue:
    packages: tuple[Package, ...]
    valid_from: str
    sources: tuple[str, ...]


def default_catalogue() -> DefaultCatalogue:
    """The example shipped with the program (resources/packages.json)."""
    document = json.loads(resource_path("packages.json").read_text("utf-8"))
    packages = tuple(
        Package(TargetGroup(p["group"]), p["name"],
                tuple(PackagePart(x["label"], Team(x["team"])) for x in p["parts"]),
                example=bool(document.get("example", False)))
        for p in document["packages"])
    return DefaultCatalogue(packages, document["valid_from"], tuple(document["sources"]))
