"""Which team prepares the decisions of services: the head's choice, one per kind of act.

The issue's model office gives these decisions to the services team, and lets the office hand
them to the benefits team. Offices split them differently: posiłek is an income-tested benefit
in kind that many offices leave with the benefits team, while care, a shelter place and a DPS
placement need the services team's interview and arrangements. So the head chooses per kind
(care; posiłek; schronienie; DPS with its art. 61 fee decision) rather than once for all. Each
choice is an office setting (audited, it travels to every PC); care keeps the key it always
had, so an office that chose before reads the same choice now.

A worker of the other team is refused with the error that names the team that prepares the
kind ("meal_decisions_by_benefits"); the case must be the preparing team's own.
"""

from __future__ import annotations

from enum import StrEnum

from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, PermissionDenied, \
    ValidationError
from ops_desktop.domain.fields import INVALID
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor, require
from ops_desktop.storage import queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import CaseRow

TEAMS = (Team.SERVICES.value, Team.BENEFITS.value)


class ActKind(StrEnum):
    CARE = "care"  # usługi opiekuńcze, specjalistyczne, sąsiedzkie
    MEAL = "meal"  # posiłek
    SHELTER = "shelter"  # schronienie
    DPS = "dps"  # skierowanie do DPS and its art. 61 fee decision


# The office setting of each kind; care's is the key it was stored under before the others.
SETTING_KEYS = {kind: f"{kind.value}_decisions_team" for kind in ActKind}
# Who may prepare each kind at all (the team decides whether they do).
PREPARING = {ActKind.CARE: Permission.PREPARE_CARE_DECISION,
             ActKind.MEAL: Permission.PREPARE_SERVICE_DECISION,
             ActKind.SHELTER: Permission.PREPARE_SERVICE_DECISION,
             ActKind.DPS: Permission.PREPARE_SERVICE_DECISION}


class PreparedByOtherTeam(PermissionDenied):
    """The worker may prepare such decisions, but the office gave them to the other team: the
    refusal names the team that prepares them ("care_decisions_by_benefits"), not just "no"."""

    def __init__(self, team: str, kind: ActKind = ActKind.CARE) -> None:
        super().__init__(PREPARING[kind].value)
        self.code = f"{kind.value}_decisions_by_{team}"


def team_in(settings: dict[str, str], kind: ActKind) -> str:
    team = settings.get(SETTING_KEYS[kind])
    return team if team in TEAMS else Team.SERVICES.value


def preparing_team(db: Database, kind: ActKind) -> str:
    with db.session(None) as s:
        return team_in(queries.settings(s), kind)


def preparing_teams(db: Database) -> dict[ActKind, str]:
    with db.session(None) as s:
        found = queries.settings(s)
    return {kind: team_in(found, kind) for kind in ActKind}


def set_preparing_team(db: Database, actor: Actor, kind: ActKind, team: str) -> None:
    """The head hands a kind of decisions to the benefits team, or back (audited setting)."""
    require(actor, Permission.OVERSEE_TEAMS)
    if not isinstance(kind, ActKind):
        raise ValidationError([FieldError("kind", INVALID)])
    if team not in TEAMS:
        raise ValidationError([FieldError("team", INVALID)])
    with db.session(actor.user_id) as s:
        queries.put_setting(s, SETTING_KEYS[kind], team)


def require_preparer(db: Database, actor: Actor, kind: ActKind) -> str:
    """The team that prepares `kind`, when the actor may prepare it and works in that team."""
    team = preparing_team(db, kind)
    require(actor, PREPARING[kind])
    if team not in {t.value for t in actor.teams()}:
        raise PreparedByOtherTeam(team, kind)
    return team


def require_reader(db: Database, actor: Actor, kind: ActKind) -> None:
    """The services team reads these acts; the benefits team only the kinds it prepares."""
    if not actor.may(Permission.READ_PLACEMENTS):
        require_preparer(db, actor, kind)


def preparing_case(s: Session, case_id: object, team: str) -> CaseRow:
    """An open case of the team that prepares the decision: it is that team's work."""
    case = queries.get(s, CaseRow, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("case", case_id)
    if case.team_code != team:
        raise ConflictError(f"not_{team}_case", case.sign)
    if case.closed_on is not None:
        raise ConflictError("case_closed", case.sign)
    return case
