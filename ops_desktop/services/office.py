"""The office itself: its settings (organ, SKO, case signs), teams, users and authorisations."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass, fields

from ops_desktop.documents.data import OfficeOnPaper
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import FieldError, NotFound, ValidationError
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.text import has_control_characters
from ops_desktop.domain.vocabulary import DEFAULT_TEAM_NAMES, Role
from ops_desktop.services import mapping
from ops_desktop.services.context import Actor, require
from ops_desktop.services.views import TeamView, UserView
from ops_desktop.storage import queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import AuthorisationRow, TeamRow, UserRow

DEFAULT_SCOPE = "wydawanie decyzji administracyjnych w sprawach z zakresu pomocy społecznej"


@dataclass(frozen=True)
class OfficeSettings:
    """What the coordinator sets once; printed on every decision."""

    office_name: str = "Ośrodek Pomocy Społecznej"
    office_address: str = ""  # lines separated by newlines
    office_place: str = ""
    office_phone: str = ""
    office_email: str = ""
    mayor_genitive: str = "Burmistrza"
    appeal_body: str = "Samorządowe Kolegium Odwoławcze"
    appeal_body_address: str = ""
    # Case sign "OPS.8310.127.2026": unit symbol, file-class symbol per team, number, year.
    # The class symbols come from the office's own filing list; these are only defaults.
    sign_unit: str = "OPS"
    class_first_contact: str = "8300"
    class_benefits: str = "8310"
    class_social_work: str = "8301"
    class_services: str = "8320"

    def class_for(self, team: str) -> str:
        return str(getattr(self, f"class_{team}", "8300"))

    def on_paper(self) -> OfficeOnPaper:
        return OfficeOnPaper(
            name=self.office_name,
            address_lines=tuple(line for line in self.office_address.splitlines() if line),
            place=self.office_place,
            mayor_genitive=self.mayor_genitive,
            appeal_body=self.appeal_body,
            appeal_body_address=self.appeal_body_address,
            phone=self.office_phone,
            email=self.office_email,
        )


def _add_authorisation(s: Session, user_id: uuid.UUID, order_number: str, valid_from: dt.date,
                       valid_to: dt.date | None, scope: str) -> uuid.UUID:
    row = AuthorisationRow(user_id=user_id, scope=scope, valid_from=valid_from,
                           valid_to=valid_to, order_number=order_number)
    queries.add(s, row)
    return row.id


def settings_problems(new: OfficeSettings, required: tuple[str, ...]) -> list[FieldError]:
    """Every problem of the office's data at once; addresses may span lines."""
    errors: list[FieldError] = []
    for f in fields(OfficeSettings):
        value = getattr(new, f.name)
        if not isinstance(value, str):
            errors.append(FieldError(f.name, "invalid"))
        elif len(value) > 400:
            errors.append(FieldError(f.name, "too_long"))
        elif has_control_characters(value.replace("\n", " ")):
            errors.append(FieldError(f.name, "invalid_characters"))
        elif f.name in required and not value.strip():
            errors.append(FieldError(f.name, "required"))
    return errors


@dataclass(frozen=True)
class AuthorisationView:
    """One upoważnienie as the administrator sees it: the mayor's order and its validity."""

    id: uuid.UUID
    user_id: uuid.UUID
    order_number: str
    scope: str
    valid_from: dt.date
    valid_to: dt.date | None

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def authorisation_problems(order_number: object, valid_from: object, valid_to: object,
                           scope: object) -> list[FieldError]:
    """The order's number and scope as the AuthorisationRow columns hold them, dates in order."""
    errors: list[FieldError] = []
    for field, value, limit in (("order_number", order_number, 80), ("scope", scope, 300)):
        if not isinstance(value, str) or not value.strip():
            errors.append(FieldError(field, "required"))
        elif len(value.strip()) > limit:
            errors.append(FieldError(field, "too_long"))
        elif has_control_characters(value):
            errors.append(FieldError(field, "invalid_characters"))
    if not isinstance(valid_from, dt.date):
        errors.append(FieldError("valid_from", "required"))
    elif valid_to is not None and not isinstance(valid_to, dt.date):
        errors.append(FieldError("valid_to", "invalid"))
    elif valid_to is not None and valid_to < valid_from:
        errors.append(FieldError("valid_to", "end_before_start"))
    return errors



class OfficeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- settings ---
    def settings(self) -> OfficeSettings:
        with self.db.session() as s:
            stored = queries.settings(s)
        known = {f.name for f in fields(OfficeSettings)}
        return OfficeSettings(**{k: v for k, v in stored.items() if k in known})

    def save_settings(self, new: OfficeSettings) -> None:
        """Store the settings as given: for the set-up wizard, the demo and tools, not the window."""
        with self.db.session() as s:
            for key, value in asdict(new).items():
                queries.put_setting(s, key, value)

    def update_settings(self, actor: Actor, new: OfficeSettings) -> None:
        """The administrator edits the office's data; every field is checked first."""
        require(actor, Permission.MANAGE_SETTINGS)
        errors = settings_problems(new, ("office_name", "mayor_genitive", "appeal_body"))
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            for key, value in asdict(new).items():
                queries.put_setting(s, key, value)

    def setting(self, key: str) -> str | None:
        """One value outside OfficeSettings (idle lock, backups, retention rules)."""
        with self.db.session() as s:
            return queries.settings(s).get(key)

    def put_setting(self, key: str, value: str) -> None:
        with self.db.session() as s:
            queries.put_setting(s, key, value)

    def ensure_teams(self) -> None:
        """The default four teams on a new store; an office may rename them later."""
        with self.db.session() as s:
            for team, name in DEFAULT_TEAM_NAMES.items():
                if queries.team_by_code(s, team.value) is None:
                    s.add(TeamRow(code=team.value, name=name))

    def teams(self) -> list[TeamView]:
        with self.db.session() as s:
            return [TeamView(code=t.code, name=t.name) for t in queries.teams(s)]

    def team_names(self) -> dict[str, str]:
        return {t.code: t.name for t in self.teams()}

    # --- users ---
    def users(self, today: dt.date | None = None) -> list[UserView]:
        today = today or wall_today()
        with self.db.session() as s:
            return [
                UserView(
                    id=u.id,
                    login=u.login,
                    full_name=u.full_name,
                    position=u.position,
                    roles=mapping.roles_of(u.roles),
                    can_sign_today=queries.valid_authorisation(s, u.id, today) is not None,
                )
                for u in queries.users(s)
            ]

    def user(self, user_id: uuid.UUID) -> UserView:
        for u in self.users():
            if u.id == user_id:
                return u
        raise NotFound("user", user_id)

    def add_user(
        self, login: str, full_name: str, position: str, roles: frozenset[Role],
        password_hash: str | None = None,
    ) -> uuid.UUID:
        """Store a user as given (demo, tests, tools); the window uses AccountService."""
        with self.db.session() as s:
            row = UserRow(
                login=login,
                full_name=full_name,
                position=position,
                roles=mapping.roles_text(roles),
                password_hash=password_hash,
            )
            queries.add(s, row)
            return row.id

    def grant_authorisation(
        self,
        user_id: uuid.UUID,
        order_number: str,
        valid_from: dt.date,
        valid_to: dt.date | None = None,
        scope: str = DEFAULT_SCOPE,
    ) -> uuid.UUID:
        """Record the mayor's order (art. 110 ust. 7–8 u.p.s.) that lets a user sign decisions.

        Unchecked, for the demo, tests and tools; the window uses `grant_authorisation_as`.
        """
        with self.db.session() as s:
            return _add_authorisation(s, user_id, order_number, valid_from, valid_to, scope)

    def grant_authorisation_as(
        self,
        actor: Actor,
        user_id: uuid.UUID,
        order_number: str,
        valid_from: dt.date,
        valid_to: dt.date | None = None,
        scope: str = DEFAULT_SCOPE,
    ) -> uuid.UUID:
        """The administrator records the mayor's order for a colleague; checked like any form."""
        require(actor, Permission.MANAGE_USERS)
        errors = authorisation_problems(order_number, valid_from, valid_to, scope)
        if user_id == actor.user_id:
            # Nobody records their own power to sign: a second administrator does.
            errors.append(FieldError("order_number", "own_account"))
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            if queries.get(s, UserRow, user_id) is None:
                raise NotFound("user", user_id)
            return _add_authorisation(s, user_id, order_number.strip(), valid_from, valid_to,
                                      scope.strip())

    def authorisations(self, actor: Actor, user_id: uuid.UUID) -> list[AuthorisationView]:
        """A colleague's orders, the newest first (also expired ones: the history matters)."""
        require(actor, Permission.MANAGE_USERS)
        with self.db.session(actor.user_id) as s:
            user = queries.get(s, UserRow, user_id)
            if user is None:
                raise NotFound("user", user_id)
            # Through the mapped relationship: a user has a handful of orders at most.
            rows = [a for a in user.authorisations if a.deleted_at is None]
            rows.sort(key=lambda a: (a.valid_from, a.created_at), reverse=True)
            return [AuthorisationView(a.id, a.user_id, a.order_number, a.scope, a.valid_from,
                                      a.valid_to) for a in rows]
