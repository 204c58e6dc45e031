"""Service packages for target groups (domain/packages.py): the coordinator's catalogue, the
desk giving a package after an intake, each part's progress, and the packages in use.

Giving a package makes, at once, one referral to every team the package names, each naming
only the parts that team delivers, through the desk's own register of referrals: they wait
in those teams' inboxes like any referral, accepted or returned there.

A package of a special-category group (violence, disability) is given only after an intake
that records the ground, so its intake and referrals stay in the person's own file
(services/persons.py); its referrals never name the group, its slip never carries the reason
(services/intake.py), and in the file a reader whose roles do not read the ground sees
neither the group nor any part but their own team's.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import INVALID, choice_errors, require_id, require_page
from ops_desktop.domain.ids import new_id
from ops_desktop.domain.packages import (
    SENSITIVE,
    Package,
    PackagePart,
    PartState,
    TargetGroup,
    default_catalogue,
    derived_state,
    package_errors,
    parts_from_json,
    parts_to_json,
)
from ops_desktop.domain.permissions import Permission, special_grounds_read
from ops_desktop.domain.vocabulary import ReferralStatus, Team
from ops_desktop.services import mapping
from ops_desktop.services.context import Actor, require, require_any, require_team
from ops_desktop.services.intake import referral_number
from ops_desktop.storage import package_queries as pk_q
from ops_desktop.storage import queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import (
    IntakeRow,
    PackageAssignmentRow,
    PackagePartRow,
    PersonRow,
    ReferralRow,
    ServicePackageRow,
    office_today,
)

# The package row of a group has the same id on every PC, so two PCs that each save the
# group's first package make one row (a conflict of its fields, never two packages).
_NS = uuid.UUID("5a1f3c1e-6c2b-4c55-9d0e-7a9b0f5e2d11")


def package_id(group: TargetGroup) -> uuid.UUID:
    return uuid.uuid5(_NS, group.value)


@dataclass(frozen=True)
class PackageView(Package):
    version: int | None = None  # None: the shipped example, not yet saved by the office


@dataclass(frozen=True)
class GivenPackage:
    assignment_id: uuid.UUID
    referrals: tuple[tuple[Team, uuid.UUID, str], ...]  # team, referral id, its number


@dataclass(frozen=True)
class PartProgress:
    id: uuid.UUID
    label: str
    team: Team
    state: PartState  # as shown: recorded, or derived from the referral (domain/packages.py)
    recorded: PartState  # as the team recorded it
    referral_number: str
    referral_status: ReferralStatus | None
    set_on: dt.date | None
    may_record: bool  # the reader's team delivers it


@dataclass(frozen=True)
class PackageProgress:
    id: uuid.UUID
    group: TargetGroup | None  # None: a group the reader may not learn
    name: str  # "" when the group is withheld
    assigned_at: dt.datetime
    parts: tuple[PartProgress, ...]  # only the reader's own team's, when the group is withheld

    @property
    def done(self) -> int:
        return sum(p.state is PartState.DONE for p in self.parts)


@dataclass(frozen=True)
class GroupUse:
    group: TargetGroup
    given: int
    completed: int  # every part recorded done

    @property
    def in_progress(self) -> int:
        return self.given - self.completed


@dataclass(frozen=True)
class PackageInUse:
    id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    assigned_at: dt.datetime
    parts: tuple[PartProgress, ...]

    @property
    def done(self) -> int:
        return sum(p.state is PartState.DONE for p in self.parts)


def _group_errors(group: object) -> list[FieldError]:
    return choice_errors("group", group, TargetGroup)


def _stored(row: ServicePackageRow) -> PackageView:
    return PackageView(TargetGroup(row.group_code), row.name, parts_from_json(row.parts),
                       example=False, version=row.version)


def _catalogue(s: Session) -> dict[TargetGroup, PackageView]:
    """Every group's package: the office's own, else the shipped example."""
    packages: dict[TargetGroup, PackageView] = {
        p.group: PackageView(p.group, p.name, p.parts, example=p.example)
        for p in default_catalogue().packages}
    for row in pk_q.catalogue(s):
        if row.group_code in {g.value for g in TargetGroup}:
            packages[TargetGroup(row.group_code)] = _stored(row)
    return {g: packages[g] for g in TargetGroup if g in packages}


def reason_for(package: Package, team: Team) -> str:
    """What the team's referral says: its own parts; the group only when it is no secret."""
    parts = "; ".join(p.label for p in package.parts_of(team))
    if package.sensitive:
        return f"Pakiet usług. Do realizacji przez zespół: {parts}."
    return f"{package.name}. Do realizacji przez zespół: {parts}."


def _part_view(actor: Actor, row: PackagePartRow) -> PartProgress:
    referral = row.referral
    status = ReferralStatus(referral.status) if referral is not None else None
    recorded = PartState(row.state)
    return PartProgress(
        id=row.id, label=row.label, team=Team(row.team_code),
        state=derived_state(recorded, status.value if status else None), recorded=recorded,
        referral_number=referral.number if referral is not None else "",
        referral_status=status, set_on=row.state_set_on,
        may_record=(actor.may(Permission.RECORD_PACKAGE_PROGRESS)
                    and row.team_code in {t.value for t in actor.teams()}))


def _knows_group(actor: Actor, group: TargetGroup) -> bool:
    ground = SENSITIVE.get(group)
    return ground is None or ground in special_grounds_read(actor.roles)


def _progress(actor: Actor, row: PackageAssignmentRow) -> PackageProgress | None:
    """The package as this reader may see it; None when nothing of it is theirs to see."""
    group = TargetGroup(row.group_code)
    parts = tuple(_part_view(actor, p) for p in row.parts if p.deleted_at is None)
    if _knows_group(actor, group):
        return PackageProgress(row.id, group, row.package_name,
                               mapping.local_time(row.created_at), parts)
    own = {t.value for t in actor.teams()}
    mine = tuple(p for p in parts if p.team.value in own)
    if not mine:
        return None
    return PackageProgress(row.id, None, "", mapping.local_time(row.created_at), mine)


class PackageService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the catalogue ---
    def catalogue(self, actor: Actor) -> list[PackageView]:
        """One package per target group, in the groups' order."""
        require_any(actor, Permission.READ_PACKAGES, Permission.MANAGE_PACKAGES)
        with self.db.session(actor.user_id) as s:
            return list(_catalogue(s).values())

    def save(self, actor: Actor, group: TargetGroup, name: str,
             parts: tuple[PackagePart, ...], version: int | None = None) -> PackageView:
        """The coordinator's package for a group; given packages keep the parts they had.
        `version` is the one the coordinator edited (None: the example): a colleague's save
        in between is refused rather than overwritten."""
        require(actor, Permission.MANAGE_PACKAGES)
        errors = package_errors(group, name, parts)
        if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
            errors.append(FieldError("version", INVALID))
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = pk_q.package(s, group.value)
            if (row.version if row is not None else None) != version:
                raise ConflictError("package_changed_meanwhile", group.value)
            if row is None:
                row = ServicePackageRow(id=package_id(group), group_code=group.value,
                                        name=name.strip(), parts=parts_to_json(tuple(parts)))
                s.add(row)
            else:
                row.name, row.parts = name.strip(), parts_to_json(tuple(parts))
                row.deleted_at = None
            s.flush()
            return _stored(row)

    # --- at the desk ---
    def give(self, actor: Actor, intake_id: uuid.UUID, group: TargetGroup) -> GivenPackage:
        """Give the intake's person the group's package: one referral per team it names."""
        require(actor, Permission.ASSIGN_PACKAGE)
        require(actor, Permission.RECORD_INTAKE)
        errors = _group_errors(group)
        require_id("intake_id", intake_id)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            intake = queries.get(s, IntakeRow, intake_id)
            if intake is None or intake.deleted_at is not None:
                raise NotFound("intake", intake_id)
            person = queries.get(s, PersonRow, intake.person_id)
            if person is None or person.deleted_at is not None or person.anonymised_at:
                raise NotFound("person", intake.person_id)
            ground = SENSITIVE.get(group)
            if ground is not None and ground not in mapping.grounds(intake.grounds):
                raise ValidationError([FieldError("group", f"package_needs_ground_{ground.value}")])
            if pk_q.given_for_intake(s, intake.id, group.value):
                raise ConflictError("package_already_given", group.value)
            package = _catalogue(s)[group]
            assignment = PackageAssignmentRow(
                id=new_id(), person_id=intake.person_id, intake_id=intake.id,
                group_code=group.value, package_name=package.name, assigned_by=actor.user_id)
            s.add(assignment)
            year = office_today().year
            made: list[tuple[Team, uuid.UUID, str]] = []
            referral_of: dict[Team, uuid.UUID] = {}
            for team in package.teams():
                referral = ReferralRow(
                    id=new_id(), person_id=intake.person_id, intake_id=intake.id,
                    number=referral_number(s, year), from_team=Team.FIRST_CONTACT.value,
                    to_team=team.value, reason=reason_for(package, team),
                    urgent=intake.urgent, status=ReferralStatus.PENDING.value,
                    shared_grounds="")
                s.add(referral)
                referral_of[team] = referral.id
                made.append((team, referral.id, referral.number))
            for position, part in enumerate(package.parts):
                s.add(PackagePartRow(assignment_id=assignment.id, position=position,
                                     label=part.label, team_code=part.team.value,
                                     referral_id=referral_of[part.team],
                                     state=PartState.NOT_STARTED.value))
            s.flush()
            return GivenPackage(assignment.id, tuple(made))

    # --- the person's file ---
    def progress_of(self, actor: Actor, person_id: uuid.UUID) -> list[PackageProgress]:
        """The person's own packages as the reader may see them (never another member's)."""
        require(actor, Permission.READ_PERSON_FILE)
        require_id("person_id", person_id)
        with self.db.session(actor.user_id) as s:
            shown = (_progress(actor, row) for row in pk_q.of_person(s, person_id))
            return [p for p in shown if p is not None]

    def record_state(self, actor: Actor, part_id: uuid.UUID, state: PartState) -> PartProgress:
        """The delivering team records how far its part has come."""
        require(actor, Permission.RECORD_PACKAGE_PROGRESS)
        errors = choice_errors("state", state, PartState)
        require_id("part_id", part_id)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = pk_q.part(s, part_id)
            if row is None:
                raise NotFound("package_part", part_id)
            require_team(actor, Permission.RECORD_PACKAGE_PROGRESS, row.team_code)
            if row.state != state.value:
                row.state = state.value
                row.state_set_on = office_today()
                row.state_set_by = actor.user_id
                s.flush()
            return _part_view(actor, row)

    # --- the coordinator ---
    def use_by_group(self, actor: Actor) -> list[GroupUse]:
        """Every target group with how many packages were given and how many are complete."""
        require(actor, Permission.OVERSEE_TEAMS)
        with self.db.session(actor.user_id) as s:
            counts = {g: (n, done) for g, n, done in pk_q.use_by_group(s)}
        return [GroupUse(g, *counts.get(g.value, (0, 0))) for g in TargetGroup]

    def in_use(self, actor: Actor, group: TargetGroup, limit: int = 200,
               offset: int = 0) -> list[PackageInUse]:
        """The packages given for a group, newest first: the list behind its count."""
        require(actor, Permission.OVERSEE_TEAMS)
        require_page(limit, offset)
        errors = _group_errors(group)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            return [PackageInUse(row.id, row.person_id, name, mapping.local_time(row.created_at),
                                 tuple(_part_view(actor, p) for p in row.parts
                                       if p.deleted_at is None))
                    for row, name in pk_q.in_group(s, group.value, limit, offset)]
