"""Roles and accounts (issue 11 item 5) on a real store: a second person confirms a grant of
privilege, role changes take effect at the user's next action, and a temporary password
allows nothing but changing it."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import (
    ConflictError,
    PasswordChangeRequired,
    PermissionDenied,
    RolesChanged,
    SecondPersonRequired,
)
from ops_desktop.domain.vocabulary import NoteKind, Role, Team
from ops_desktop.exchange.rules import refusal
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import AuditRow
from ops_desktop.storage.replica import Incoming, Target

from .helpers import person, referral_intake

NOON = dt.datetime(2026, 11, 30, 12, 0)
ADMIN = NewAccount("admin", "Robert Krawczyk", "informatyk", "Kasztanowa-7-aleja")
HEAD = NewAccount("kierownik", "Barbara Żółkiewska", "kierownik", "tymczasowe-456")
TEMPORARY = "tymczasowe-123"


def own_password(login: str) -> str:
    return f"Wlasne-haslo-{len(login)}-Jesien"


@pytest.fixture
def office(db_url: str) -> Services:
    svc = Services.open(db_url)
    yield svc
    svc.close()


@pytest.fixture
def admin(office: Services) -> Actor:
    """The set-up wizard's two accounts: the administrator and the head (made at once)."""
    return office.accounts.set_up_office(SETTINGS, ADMIN, HEAD).actor


@pytest.fixture
def head(office: Services, admin: Actor) -> Actor:
    return signed_in(office, HEAD.login, HEAD.password)


def signed_in(office: Services, login: str, temporary: str) -> Actor:
    """Sign in with a temporary password and change it, as the window forces."""
    signed = office.accounts.sign_in(login, temporary)
    if signed.must_change_password:
        office.accounts.change_password(signed.actor, temporary, own_password(login))
    return signed.actor


def colleague(office: Services, admin: Actor, login: str, roles: set[Role]) -> uuid.UUID:
    return office.accounts.create_account(admin, NewAccount(
        login, f"Kolega {login}", "", TEMPORARY, frozenset(roles)))


def stored_roles(office: Services, user_id: uuid.UUID) -> frozenset[Role]:
    return next(a.roles for a in office.office.users() if a.id == user_id)


def niebieska_karta_case(office: Services) -> uuid.UUID:
    """A social-work case holding a Niebieska Karta note, made by the program's own actor."""
    everything = frozenset(Role)
    setup = Actor(office.office.add_user("setup", "Ustawiający", "", everything),
                  "Ustawiający", "", everything)
    pid = office.persons.register_household(setup, person(), [])
    rid = office.intake.record(setup, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    case_id = office.referrals.accept(setup, rid).id
    office.social_work.add_note(setup, case_id, NoteKind.NIEBIESKA_KARTA, wall_today(),
                                "Procedura Niebieskiej Karty wszczęta.")
    return case_id


# --- four eyes on privilege --------------------------------------------------------------

def test_an_administrator_cannot_make_itself_head_through_a_second_administrator(
        office: Services, admin: Actor) -> None:
    case_id = niebieska_karta_case(office)
    second = colleague(office, admin, "admin2", {Role.ADMINISTRATOR})
    # It knows the temporary password, so it signs in as the second administrator …
    puppet = signed_in(office, "admin2", TEMPORARY)
    # … which is no administrator yet: the grant waits for the head.
    assert puppet.roles == frozenset() and stored_roles(office, second) == frozenset()
    with pytest.raises(PermissionDenied):
        office.accounts.update_account(puppet, admin.user_id, ADMIN.full_name, "",
                                       frozenset({Role.ADMINISTRATOR, Role.COORDINATOR}), True)
    with pytest.raises(PermissionDenied):
        office.accounts.grants.confirm(puppet, office.accounts.grants.pending(admin)[0].id)
    # Nor can the asker confirm its own request.
    [grant] = office.accounts.grants.pending(admin)
    with pytest.raises(SecondPersonRequired) as own:
        office.accounts.grants.confirm(admin, grant.id)
    assert own.value.code == "own_grant_request"
    with pytest.raises(SecondPersonRequired):
        office.accounts.grants.reject(admin, grant.id)
    again = office.accounts.sign_in(ADMIN.login, ADMIN.password).actor
    assert again.roles == {Role.ADMINISTRATOR}
    with pytest.raises(PermissionDenied):
        office.social_work.notes(again, case_id)


def test_whoever_would_receive_the_role_cannot_confirm_it(
        office: Services, admin: Actor, head: Actor) -> None:
    second = colleague(office, admin, "admin2", {Role.ADMINISTRATOR})
    office.accounts.grants.confirm(head, office.accounts.grants.pending(head)[0].id)
    other_admin = signed_in(office, "admin2", TEMPORARY)
    assert other_admin.roles == {Role.ADMINISTRATOR} == stored_roles(office, second)
    # The second administrator asks the head's role for the first: the first cannot say yes.
    office.accounts.update_account(other_admin, admin.user_id, ADMIN.full_name, "",
                                   frozenset({Role.ADMINISTRATOR, Role.COORDINATOR}), True)
    [grant] = office.accounts.grants.pending(admin)
    with pytest.raises(SecondPersonRequired) as own:
        office.accounts.grants.confirm(admin, grant.id)
    assert own.value.code == "grant_for_self"
    assert stored_roles(office, admin.user_id) == {Role.ADMINISTRATOR}


def test_a_grant_waits_visible_to_both_and_the_head_confirms_it_audited(
        office: Services, admin: Actor, head: Actor) -> None:
    worker_id = colleague(office, admin, "anowicka", {Role.FIRST_CONTACT, Role.AUDITOR})
    # The auditor's role reads no case content: at once. The desk's waits.
    assert stored_roles(office, worker_id) == {Role.AUDITOR}
    seen_by_admin = office.accounts.grants.pending(admin)
    assert seen_by_admin == office.accounts.grants.pending(head)
    assert [(g.login, g.roles, g.requested_by) for g in seen_by_admin] == [
        ("anowicka", {Role.FIRST_CONTACT}, ADMIN.full_name)]
    worker = signed_in(office, "anowicka", TEMPORARY)
    with pytest.raises(PermissionDenied):  # a pending grant gives no access
        office.persons.search(worker, "Kowalski")
    office.accounts.grants.confirm(head, seen_by_admin[0].id)
    assert stored_roles(office, worker_id) == {Role.AUDITOR, Role.FIRST_CONTACT}
    assert office.accounts.grants.pending(admin) == []
    with pytest.raises(ConflictError, match="grant_decided"):
        office.accounts.grants.reject(head, seen_by_admin[0].id)
    with office.db.session() as s:
        logged = [(r.actor_id, r.action) for r in s.scalars(
            select(AuditRow).where(AuditRow.entity == "pending_grants").order_by(AuditRow.seq))]
    assert logged == [(admin.user_id, "insert"), (head.user_id, "update")]


def test_a_rejected_grant_gives_nothing(office: Services, admin: Actor, head: Actor) -> None:
    worker_id = colleague(office, admin, "pzielinski", {Role.BENEFITS})
    office.accounts.grants.reject(head, office.accounts.grants.pending(head)[0].id)
    assert stored_roles(office, worker_id) == frozenset()
    assert office.accounts.grants.pending(admin) == []


def test_taking_a_role_away_needs_nobody_else(office: Services, admin: Actor,
                                              head: Actor) -> None:
    worker_id = colleague(office, admin, "tlewandowski", {Role.SOCIAL_WORK})
    office.accounts.grants.confirm(head, office.accounts.grants.pending(head)[0].id)
    office.accounts.update_account(admin, worker_id, "Kolega tlewandowski", "",
                                   frozenset({Role.AUDITOR}), True)
    assert stored_roles(office, worker_id) == {Role.AUDITOR}
    assert office.accounts.grants.pending(head) == []


def test_a_grant_confirmed_on_the_heads_pc_is_accepted_on_the_others() -> None:
    head_pc = "01a23a84-0000-7000-8000-000000000001"
    for table in ("pending_grants", "users"):
        change = Incoming(member="m", seq=1, stamp="000000000000001.000000.m", table=table,
                          row="01a23a84-f36d-78c6-b887-c975e634e6a2", op="update",
                          fields={"roles": "first_contact"}, author=head_pc)
        assert refusal(change, Target(exists=True), True, "coordinator") is None
        assert refusal(change, Target(exists=True), True, "benefits") == "not_permitted"


# --- role changes at the next action -----------------------------------------------------

def test_a_removed_role_is_refused_at_the_next_action_and_unlocking_refreshes_it(
        office: Services, admin: Actor, head: Actor) -> None:
    worker_id = colleague(office, admin, "mkowalczyk", {Role.FIRST_CONTACT, Role.BENEFITS})
    office.accounts.grants.confirm(head, office.accounts.grants.pending(head)[0].id)
    worker = signed_in(office, "mkowalczyk", TEMPORARY)
    assert office.applications.count(worker) == 0  # benefits' list, while held
    office.accounts.update_account(admin, worker_id, "Kolega mkowalczyk", "",
                                   frozenset({Role.FIRST_CONTACT}), True)
    with pytest.raises(RolesChanged):
        office.applications.count(worker)
    with pytest.raises(RolesChanged):  # even what the remaining role allows: the window
        office.persons.search(worker, "Kowalski")  # was built for the old roles
    fresh = office.accounts.unlock_session(worker, own_password("mkowalczyk"))
    assert fresh.roles == {Role.FIRST_CONTACT}
    office.persons.search(fresh, "Kowalski")
    with pytest.raises(PermissionDenied):
        office.applications.count(fresh)


def test_a_confirmed_grant_reaches_a_signed_in_worker_at_the_next_action(
        office: Services, admin: Actor, head: Actor) -> None:
    worker_id = colleague(office, admin, "ezajac", {Role.FIRST_CONTACT})
    office.accounts.grants.confirm(head, office.accounts.grants.pending(head)[0].id)
    worker = signed_in(office, "ezajac", TEMPORARY)
    office.persons.search(worker, "Kowalski")
    office.accounts.update_account(admin, worker_id, "Kolega ezajac", "",
                                   frozenset({Role.FIRST_CONTACT, Role.BENEFITS}), True)
    office.persons.search(worker, "Kowalski")  # pending: nothing changed yet
    office.accounts.grants.confirm(head, office.accounts.grants.pending(head)[0].id)
    with pytest.raises(RolesChanged):
        office.persons.search(worker, "Kowalski")
    fresh = office.accounts.unlock_session(worker, own_password("ezajac"))
    assert fresh.roles == {Role.FIRST_CONTACT, Role.BENEFITS}
    office.applications.count(fresh)


# --- a temporary password ----------------------------------------------------------------

def test_until_the_temporary_password_is_changed_nothing_else_is_done(
        office: Services, admin: Actor, head: Actor) -> None:
    worker_id = colleague(office, admin, "jnowak", {Role.FIRST_CONTACT})
    office.accounts.grants.confirm(head, office.accounts.grants.pending(head)[0].id)
    signed = office.accounts.sign_in("jnowak", TEMPORARY)
    assert signed.must_change_password
    with pytest.raises(PasswordChangeRequired):
        office.persons.search(signed.actor, "Kowalski")
    office.accounts.reset_password(admin, worker_id, "inne-tymczasowe-7")
    office.accounts.grants.confirm(head, office.accounts.grants.pending(head)[0].id)
    office.accounts.change_password(signed.actor, "inne-tymczasowe-7", own_password("jnowak"))
    office.persons.search(signed.actor, "Kowalski")
    # A reset by the administrator stops the open session too, until the new one is changed.
    office.accounts.reset_password(admin, worker_id, "trzecie-tymczasowe-7")
    office.accounts.grants.confirm(head, office.accounts.grants.pending(head)[0].id)
    with pytest.raises(PasswordChangeRequired) as refused:
        office.persons.search(signed.actor, "Kowalski")
    assert refused.value.code == "password_change_required"
    # The administrator's own temporary password (a reset from the command line) too.
    office.accounts.reset_from_command_line(ADMIN.login, "zapomniane-haslo-1")
    with pytest.raises(PasswordChangeRequired):
        office.accounts.accounts(admin)


# --- a password reset by someone else --------------------------------------------------

def test_an_administrator_cannot_reset_the_heads_password_and_work_as_the_head(
        office: Services, admin: Actor, head: Actor) -> None:
    """The administrator sets the head's temporary password, so it knows it: signed in with
    it, the account has no case-reading role until a second person confirms it again."""
    office.accounts.reset_password(admin, head.user_id, "znane-adminowi-1")
    posing = office.accounts.sign_in(HEAD.login, "znane-adminowi-1")
    office.accounts.change_password(posing.actor, "znane-adminowi-1", "teraz-moje-haslo-1")
    assert Role.COORDINATOR not in posing.actor.roles
    with pytest.raises(PermissionDenied):
        office.persons.search(posing.actor, "Kowalski")
    waiting = office.accounts.grants.pending(admin)
    assert [(g.login, g.roles) for g in waiting] == [(HEAD.login, frozenset({Role.COORDINATOR}))]
    # Neither the one who reset it nor the account itself (no longer the head) may confirm it.
    with pytest.raises(SecondPersonRequired):
        office.accounts.grants.confirm(admin, waiting[0].id)
    with pytest.raises(PermissionDenied):
        office.accounts.grants.confirm(posing.actor, waiting[0].id)


def test_a_reset_of_a_workers_password_waits_for_the_head_and_then_gives_the_roles_back(
        office: Services, admin: Actor, head: Actor) -> None:
    worker_id = colleague(office, admin, "mlis", {Role.SOCIAL_WORK})
    office.accounts.grants.confirm(head, office.accounts.grants.pending(head)[0].id)
    office.accounts.reset_password(admin, worker_id, "zapomniala-hasla-1")
    back = office.accounts.sign_in("mlis", "zapomniala-hasla-1").actor
    assert Role.SOCIAL_WORK not in back.roles
    office.accounts.grants.confirm(head, office.accounts.grants.pending(head)[0].id)
    again = office.accounts.sign_in("mlis", "zapomniala-hasla-1").actor
    assert Role.SOCIAL_WORK in again.roles


def test_a_command_line_reset_keeps_roles_only_with_the_recovery_key(
        office: Services, admin: Actor, head: Actor) -> None:
    office.accounts.reset_from_command_line(HEAD.login, "z-wiersza-polecen-1")
    assert Role.COORDINATOR not in office.accounts.sign_in(HEAD.login, "z-wiersza-polecen-1").actor.roles
    office.accounts.grants.confirm(admin, office.accounts.grants.pending(admin)[0].id)
    office.accounts.reset_from_command_line(HEAD.login, "z-sejfu-kluczem-1", with_recovery_key=True)
    assert Role.COORDINATOR in office.accounts.sign_in(HEAD.login, "z-sejfu-kluczem-1").actor.roles
    # The only administrator keeps the administrator's role: the office is never left
    # without one (the set-up wizard would then run over its data).
    office.accounts.reset_from_command_line(ADMIN.login, "jedyny-zarzadca-1")
    assert not office.accounts.needs_setup()
    assert Role.ADMINISTRATOR in office.accounts.sign_in(ADMIN.login, "jedyny-zarzadca-1").actor.roles
