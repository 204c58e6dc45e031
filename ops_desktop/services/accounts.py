"""Sign-in, passwords and the administrator's work on accounts.

Passwords are kept only as Argon2id hashes (argon2-cffi, RFC 9106 parameters). A wrong
login and a wrong password give the same answer, and an unknown login still costs one
hash check, so the sign-in screen does not tell which logins exist.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ops_desktop.domain.errors import (
    ConflictError,
    FieldError,
    NotFound,
    SignInRefused,
    ValidationError,
)
from ops_desktop.domain.fields import INVALID
from ops_desktop.domain.passwords import (
    DEFAULT_IDLE_LOCK_MINUTES,
    lock_after_failure,
    password_problems,
)
from ops_desktop.domain.permissions import NEEDS_SECOND_PERSON, Permission
from ops_desktop.domain.text import has_control_characters
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services import grants, mapping
from ops_desktop.services.context import Actor, Standing, require
from ops_desktop.services.key_upkeep import KeyUpkeep
from ops_desktop.services.grants import GrantService
from ops_desktop.services.office import OfficeService, OfficeSettings, settings_problems
from ops_desktop.storage import account_queries, audit, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import UserRow, utcnow

LOGIN = re.compile(r"^[a-z0-9._-]{3,60}$")

# Office data the wizard asks for: without them no decision can be printed correctly.
REQUIRED_SETTINGS = ("office_name", "office_address", "office_place", "mayor_genitive",
                     "appeal_body", "appeal_body_address")


@dataclass(frozen=True)
class NewAccount:
    login: str
    full_name: str
    position: str
    password: str
    roles: frozenset[Role] = frozenset()


@dataclass(frozen=True)
class AccountView:
    id: uuid.UUID
    login: str
    full_name: str
    position: str
    roles: frozenset[Role]
    active: bool
    locked_until: dt.datetime | None
    must_change_password: bool
    last_sign_in_at: dt.datetime | None
    has_password: bool


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    must_change_password: bool


class SignOutWay(StrEnum):
    """How a session ended; kept in the audit entry of the sign-out."""

    MENU = "menu"  # Konto → Wyloguj / Zmień użytkownika, by the person themselves
    LOCK_SCREEN = "lock_screen"  # "Zmień użytkownika" on the lock screen, by whoever sat down
    QUIT = "quit"  # the program was closed
    ROLES_CHANGED = "roles_changed"  # unlocked with other roles: the window opens again



def _account_view(u: UserRow) -> AccountView:
    return AccountView(u.id, u.login, u.full_name, u.position, mapping.roles_of(u.roles), u.active,
                       u.locked_until, u.must_change_password, u.last_sign_in_at,
                       u.password_hash is not None)


def _roles_problems(roles: object, required: bool) -> list[FieldError]:
    """A set of the office's roles: a text such as "coordinator" is not one (its letters
    would be read as roles), nor is anything else."""
    if not isinstance(roles, (frozenset, set)) or not all(isinstance(r, Role) for r in roles):
        return [FieldError("roles", INVALID)]
    return [FieldError("roles", "roles_required")] if required and not roles else []


def _text_problems(field: str, value: object, limit: int) -> list[FieldError]:
    if not isinstance(value, str) or not value.strip():
        return [FieldError(field, "required")]
    if len(value) > limit:
        return [FieldError(field, "too_long")]
    if has_control_characters(value):
        return [FieldError(field, "invalid_characters")]
    return []


def _suspend_content_roles(s: Session, row: UserRow, asked_by: uuid.UUID | None) -> None:
    """After a password reset by someone else, the roles that read case content (and the
    administrator's) wait for a second person again, as a new grant does: whoever set the
    temporary password knows it, and must not be able to sign in with it as the head or a
    social worker. The head or another administrator confirms them (services/grants.py); the
    account keeps its other roles meanwhile. `asked_by` None: the command line, recorded as
    asked by the account itself, so the account cannot confirm it and everyone else can."""
    held = mapping.roles_of(row.roles)
    suspended = frozenset(r for r in held if r in NEEDS_SECOND_PERSON)
    others = [a for a in account_queries.active_holders_of(s, Role.ADMINISTRATOR.value)
              if a.id != row.id]
    if not others:
        # The only administrator keeps the role: without one, the next start would offer
        # the set-up wizard over the office's data.
        suspended -= {Role.ADMINISTRATOR}
    if not suspended:
        return
    row.roles = mapping.roles_text(held - suspended)
    grants.request(s, row.id, suspended, asked_by or row.id)


class AccountService:
    def __init__(self, db: Database, office: OfficeService,
                 hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.office = office
        self.hasher = hasher or PasswordHasher()
        self._dummy_hash: str | None = None
        self.grants = GrantService(db)
        self.keys = KeyUpkeep(db)

    # --- first start ---
    def needs_setup(self) -> bool:
        """No administrator who can sign in: a new store, or one from before sign-in existed.

        The first start then runs the set-up wizard, which creates that administrator.
        """
        with self.db.session() as s:
            return not any(u.password_hash for u in
                           account_queries.active_holders_of(s, Role.ADMINISTRATOR.value))

    def set_up_office(self, settings: OfficeSettings, admin: NewAccount,
                      head: NewAccount | None = None) -> SignedIn:
        """Save the office's data, its first administrator and, if given, the head's account
        (a temporary password); only on an empty store. The office's initial set-up is the
        one place where roles are given without a second person (services/grants.py): the
        head made here is that second person for every later grant."""
        errors = settings_problems(settings, REQUIRED_SETTINGS)
        errors += self._account_problems(admin, require_roles=False)
        if head is not None:
            errors += [FieldError("head_" + e.field, e.code)
                       for e in self._account_problems(head, require_roles=False)]
            if head.login.strip().lower() == admin.login.strip().lower():
                errors.append(FieldError("head_login", "login_taken"))
        if errors:
            raise ValidationError(errors)
        if not self.needs_setup():
            raise ConflictError("office_already_set_up")
        admin_slot = self.keys.offer(admin.login, admin.password)
        head_slot = None if head is None else self.keys.offer(head.login, head.password)
        with self.db.session() as s:
            if account_queries.user_by_login(s, admin.login) is not None:
                raise ValidationError([FieldError("login", "login_taken")])
            if head is not None and account_queries.user_by_login(s, head.login) is not None:
                raise ValidationError([FieldError("head_login", "login_taken")])
            for key, value in dataclasses.asdict(settings).items():
                queries.put_setting(s, key, value)
            row = self._new_row(admin, frozenset({Role.ADMINISTRATOR}) | admin.roles)
            row.must_change_password = False  # chose it just now
            row.password_slot = admin_slot
            s.add(row)
            if head is not None:
                head_row = self._new_row(head, frozenset({Role.COORDINATOR}) | head.roles)
                head_row.password_slot = head_slot
                s.add(head_row)
            s.flush()
            actor = self._actor(row)
        self.keys.settle(admin.login, admin.password)
        if head is not None:
            self.keys.settle(head.login, head.password)
        return SignedIn(actor, False)

    # --- signing in ---
    def sign_in(self, login: str, password: str, now: dt.datetime | None = None) -> SignedIn:
        now = now or utcnow()
        refused: SignInRefused | None = None
        unpublished = False
        with self.db.session() as s:
            row = account_queries.user_by_login(s, login) if isinstance(login, str) else None
            if row is not None:
                s.info["actor_id"] = row.id  # the counters changed below are this user's doing
            if row is None or row.password_hash is None:
                self._burn_time(password)
                # Which login was typed is not kept: people type passwords into it by mistake.
                audit.record(s, None, "sign_in_failed", "user")
                refused = SignInRefused("bad_credentials")
            elif not row.active or (row.locked_until is not None and row.locked_until > now):
                # Said only to whoever knows the password: to anyone else a switched-off or
                # locked account looks like any wrong login, so logins are not revealed.
                reason = "account_inactive" if not row.active else "account_locked"
                audit.record(s, row.id, "sign_in_failed", "user", str(row.id),
                             details={"reason": reason})
                if not self._matches(row.password_hash, password):
                    refused = SignInRefused("bad_credentials")
                else:
                    refused = SignInRefused(reason, row.locked_until if row.active else None)
            elif not self._matches(row.password_hash, password):
                audit.record(s, row.id, "sign_in_failed", "user", str(row.id),
                             details={"reason": "bad_credentials"})
                row.failed_sign_ins += 1
                until = lock_after_failure(row.failed_sign_ins, now)
                if until is not None:
                    row.locked_until, row.failed_sign_ins = until, 0
                # The lock is said only to whoever then types the right password (above): a
                # "locked" answer to the fifth wrong one would tell that the login exists.
                refused = SignInRefused("bad_credentials")
            else:
                audit.record(s, row.id, "sign_in", "user", str(row.id))
                row.failed_sign_ins = 0
                row.locked_until = None
                row.last_sign_in_at = now
                if self.hasher.check_needs_rehash(row.password_hash):
                    row.password_hash = self.hasher.hash(password)
                signed = SignedIn(self._actor(row), row.must_change_password)
                unpublished = row.password_slot is None
        # The failure count and the audit entry are committed before the refusal is raised.
        if refused is not None:
            raise refused
        self.keys.settle_quietly(login, password)
        if unpublished:
            self._publish_slot(signed.actor.user_id, login, password)
        return signed

    def _publish_slot(self, user_id: uuid.UUID, login: str, password: str) -> None:
        """An account whose password was set before slots travelled: the slot this sign-in
        just settled here goes onto the account (the person's own change of it), so the
        office's other PCs get it too (services/key_upkeep.py)."""
        travelling = self.keys.travelling(login, password)
        if travelling is None:
            return
        with self.db.session(user_id) as s:
            row = queries.get(s, UserRow, user_id)
            if row is not None and row.active and row.password_slot is None:
                row.password_slot = travelling

    def unlock_session(self, actor: Actor, password: str, now: dt.datetime | None = None) -> Actor:
        """Unlock an idle-locked window: the same user's password, counted like a sign-in.
        Gives the user as they are now: roles changed meanwhile come with it."""
        with self.db.session() as s:
            row = queries.get(s, UserRow, actor.user_id)
            if row is None:
                raise NotFound("user", actor.user_id)
            login = row.login
        try:
            return self.sign_in(login, password, now).actor
        except SignInRefused as exc:
            if exc.code == "bad_credentials":
                raise ValidationError([FieldError("password", "wrong_password")]) from exc
            raise

    def sign_out(self, actor: Actor, way: SignOutWay, discarded_forms: int = 0) -> None:
        """End the session in the log: how, and how many open forms were dropped with it."""
        with self.db.session(actor.user_id) as s:
            audit.record(s, actor.user_id, "sign_out", "user", str(actor.user_id),
                         details={"way": way.value, "discarded_forms": discarded_forms})

    def discard_locked_work(self, actor: Actor, password: str, discarded_forms: int) -> None:
        """Sign out a locked session whose open forms are dropped: only with that user's
        password (checked and counted like an unlock), so nobody else throws their work away."""
        self.unlock_session(actor, password)
        self.sign_out(actor, SignOutWay.LOCK_SCREEN, discarded_forms)

    def change_password(self, actor: Actor, old: str, new: str) -> None:
        wrong = False
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, UserRow, actor.user_id)
            if row is None:
                raise NotFound("user", actor.user_id)
            if row.password_hash is None or not self._matches(row.password_hash, old):
                # Counted like a failed sign-in, so an unlocked window is no place to guess.
                row.failed_sign_ins += 1
                until = lock_after_failure(row.failed_sign_ins, utcnow())
                if until is not None:
                    row.locked_until, row.failed_sign_ins = until, 0
                wrong = True
        if wrong:
            raise ValidationError([FieldError("old_password", "wrong_password")])
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, UserRow, actor.user_id)
            assert row is not None
            problems = password_problems(new, row.login, "new_password")
            if not problems and new == old:
                problems = [FieldError("new_password", "password_not_changed")]
            if problems:
                raise ValidationError(problems)
            # The slot travels with the hash, in one change (services/key_upkeep.py).
            row.password_slot = self.keys.offer(row.login, new)
            row.password_hash = self.hasher.hash(new)
            row.must_change_password = False
            row.failed_sign_ins = 0
            login = row.login
        self.keys.settle(login, new)

    def idle_lock_minutes(self) -> int:
        value = self.office.setting("idle_lock_minutes")
        try:
            minutes = int(value) if value else DEFAULT_IDLE_LOCK_MINUTES
        except ValueError:
            minutes = DEFAULT_IDLE_LOCK_MINUTES
        return max(1, min(minutes, 240))

    # --- the administrator ---
    def accounts(self, actor: Actor) -> list[AccountView]:
        require(actor, Permission.MANAGE_USERS)
        with self.db.session(actor.user_id) as s:
            return [_account_view(u) for u in account_queries.all_users(s)]

    def create_account(self, actor: Actor, new: NewAccount) -> uuid.UUID:
        """A new colleague with a temporary password they must change at first sign-in. Roles
        that read case content, and the administrator's, wait for a second person
        (services/grants.py); the account holds the others at once."""
        require(actor, Permission.MANAGE_USERS)
        errors = self._account_problems(new, require_roles=True)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            if account_queries.user_by_login(s, new.login) is not None:
                raise ValidationError([FieldError("login", "login_taken")])
            at_once, waiting = grants.split(new.roles, frozenset())
            row = self._new_row(new, at_once)
            row.password_slot = self.keys.offer(new.login, new.password)
            s.add(row)
            s.flush()
            grants.request(s, row.id, waiting, actor.user_id)
            created = row.id
        self.keys.settle(new.login, new.password)
        return created

    def update_account(self, actor: Actor, user_id: uuid.UUID, full_name: str, position: str,
                       roles: frozenset[Role], active: bool) -> None:
        require(actor, Permission.MANAGE_USERS)
        errors = _text_problems("full_name", full_name, 160)
        if position:
            errors += _text_problems("position", position, 160)
        errors += _roles_problems(roles, required=True)
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            row = self._row(s, user_id)
            if not active and user_id == actor.user_id:
                raise ValidationError([FieldError("active", "own_account")])
            admins = account_queries.active_holders_of(s, Role.ADMINISTRATOR.value)
            losing_admin = Role.ADMINISTRATOR not in roles or not active
            if losing_admin and [a.id for a in admins] == [row.id]:
                raise ValidationError([FieldError("roles", "last_administrator")])
            held = mapping.roles_of(row.roles)
            if user_id == actor.user_id and roles != held:
                # An administrator reads no case content; giving oneself a team role would
                # undo that, so another administrator must do it.
                raise ValidationError([FieldError("roles", "own_account_roles")])
            at_once, waiting = grants.split(roles, held)
            row.full_name = full_name.strip()
            row.position = position.strip()
            row.roles = mapping.roles_text(at_once)
            row.active = active
            if not active:
                # Its slot leaves every PC's file: this one's below, the others' when the
                # change arrives (services/key_upkeep.py reconcile).
                row.password_slot = None
            grants.request(s, row.id, waiting, actor.user_id)
            login = row.login
        if not active:
            self.keys.forget(login)

    def reset_password(self, actor: Actor, user_id: uuid.UUID, temporary: str) -> None:
        """Set a temporary password (the colleague must change it) and lift any lock."""
        require(actor, Permission.MANAGE_USERS)
        with self.db.session(actor.user_id) as s:
            row = self._row(s, user_id)
            self._set_temporary(row, temporary)
            if user_id != actor.user_id:
                _suspend_content_roles(s, row, actor.user_id)
            login = row.login
        self.keys.settle(login, temporary)

    def reset_from_command_line(self, login: str, temporary: str,
                                with_recovery_key: bool = False) -> None:
        """The way back in when the only administrator forgot the password: whoever can open
        the database file on the office PC sets a temporary password (audited, and the
        account is switched on again). Opened by the recovery key from the office's safe, the
        account keeps its roles; opened by someone's own password or the PC's keyring slot,
        the roles that read case content wait for a second person, as after an
        administrator's reset (`_suspend_content_roles`)."""
        with self.db.session() as s:
            row = account_queries.user_by_login(s, login)
            if row is None:
                raise NotFound("user", login)
            self._set_temporary(row, temporary)
            row.active = True
            by = "recovery key" if with_recovery_key else "command line"
            audit.record(s, None, "reset_password", "user", str(row.id), details={"by": by})
            if not with_recovery_key:
                _suspend_content_roles(s, row, None)
            login = row.login
        self.keys.settle(login, temporary)

    def _set_temporary(self, row: UserRow, temporary: str) -> None:
        """A temporary password the user must change; it also lifts any lock."""
        problems = password_problems(temporary, row.login)
        if problems:
            raise ValidationError(problems)
        row.password_slot = self.keys.offer(row.login, temporary)
        row.password_hash = self.hasher.hash(temporary)
        row.must_change_password = True
        row.failed_sign_ins = 0
        row.locked_until = None

    def set_idle_lock_minutes(self, actor: Actor, minutes: int) -> None:
        require(actor, Permission.MANAGE_SETTINGS)
        if not isinstance(minutes, int) or not 1 <= minutes <= 240:
            raise ValidationError([FieldError("idle_lock_minutes", "out_of_range")])
        self.office.put_setting("idle_lock_minutes", str(minutes))

    # --- inside ---
    def password_opens(self, login: str, password: str) -> bool:
        """Whether `password` is that of `login`'s active account, only read: for an office's
        copy that is not yet this PC's store (a join checks it before it claims a member
        number in the exchange folder; the sign-in itself follows on the store in place)."""
        with self.db.session() as s:
            row = account_queries.user_by_login(s, login) if isinstance(login, str) else None
            stored = row.password_hash if row is not None and row.active else None
        if stored is None:
            self._burn_time(password)
            return False
        return self._matches(stored, password)

    def _actor(self, row: UserRow) -> Actor:
        """The signed-in user, whose account is read again at every use case (`require`)."""
        user_id = row.id

        def standing() -> Standing:
            with self.db.session() as s:
                now = self._row(s, user_id)
                return Standing(now.active, mapping.roles_of(now.roles), now.must_change_password)

        return Actor(row.id, row.full_name, row.position, mapping.roles_of(row.roles), standing)

    def _row(self, s: object, user_id: uuid.UUID) -> UserRow:
        row = queries.get(s, UserRow, user_id)  # type: ignore[arg-type]
        if row is None:
            raise NotFound("user", user_id)
        return row

    def _new_row(self, new: NewAccount, roles: frozenset[Role]) -> UserRow:
        return UserRow(
            login=new.login.strip().lower(),
            full_name=new.full_name.strip(),
            position=new.position.strip(),
            roles=mapping.roles_text(roles),
            password_hash=self.hasher.hash(new.password),
            must_change_password=True,
        )

    @staticmethod
    def _account_problems(new: NewAccount, require_roles: bool) -> list[FieldError]:
        errors: list[FieldError] = []
        login = new.login.strip().lower() if isinstance(new.login, str) else ""
        if not LOGIN.match(login):
            errors.append(FieldError("login", "required" if not login else "login_format"))
        errors += _text_problems("full_name", new.full_name, 160)
        if new.position:
            errors += _text_problems("position", new.position, 160)
        errors += password_problems(new.password, login)
        errors += _roles_problems(new.roles, required=require_roles)
        return errors

    def _matches(self, stored: str, password: object) -> bool:
        if not isinstance(password, str):
            return False
        try:
            return bool(self.hasher.verify(stored, password))
        except (VerificationError, InvalidHashError):
            return False

    def _burn_time(self, password: object) -> None:
        if self._dummy_hash is None:
            self._dummy_hash = self.hasher.hash("not a password of anyone")
        self._matches(self._dummy_hash, password)
