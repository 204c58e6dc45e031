"""Sign-in, lock-out, password changes and the administrator's account work, on a real store."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from ops_desktop.domain.errors import (
    ConflictError,
    PermissionDenied,
    SignInRefused,
    ValidationError,
)
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import DEMO_PASSWORD, SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import UserRow

NOON = dt.datetime(2026, 11, 30, 12, 0)
ADMIN = NewAccount("admin", "Robert Krawczyk", "informatyk", "Kasztanowa-7-aleja")


@pytest.fixture
def empty(db_url: str) -> Services:
    svc = Services.open(db_url)
    yield svc
    svc.close()


@pytest.fixture
def admin(empty: Services) -> Actor:
    return empty.accounts.set_up_office(SETTINGS, ADMIN).actor


def test_a_new_store_needs_setup_and_setup_makes_the_first_administrator(empty: Services) -> None:
    assert empty.accounts.needs_setup()
    signed = empty.accounts.set_up_office(SETTINGS, ADMIN)
    assert Role.ADMINISTRATOR in signed.actor.roles and not signed.must_change_password
    assert not empty.accounts.needs_setup()
    assert empty.office.settings().office_name == SETTINGS.office_name
    with pytest.raises(ConflictError):
        empty.accounts.set_up_office(SETTINGS, NewAccount("second", "X Y", "", "Kasztanowa-7-aleja"))


def test_setup_checks_every_field_at_once(empty: Services) -> None:
    blank = type(SETTINGS)(office_name="", appeal_body_address="")
    with pytest.raises(ValidationError) as err:
        empty.accounts.set_up_office(blank, NewAccount("A B", "", "", "short"))
    fields = {e.field for e in err.value.errors}
    assert {"office_name", "office_address", "appeal_body_address", "login", "full_name",
            "password"} <= fields
    assert empty.accounts.needs_setup()  # nothing half-saved


def test_no_password_is_stored_in_clear(empty: Services, admin: Actor) -> None:
    with empty.db.session() as s:
        stored = s.get(UserRow, admin.user_id).password_hash
    assert stored.startswith("$argon2id$") and ADMIN.password not in stored


def test_sign_in_with_the_right_password_only(empty: Services, admin: Actor) -> None:
    assert empty.accounts.sign_in("ADMIN", ADMIN.password, NOON).actor.user_id == admin.user_id
    with pytest.raises(SignInRefused) as err:
        empty.accounts.sign_in("admin", "wrong password", NOON)
    assert err.value.code == "bad_credentials"
    with pytest.raises(SignInRefused) as unknown:
        empty.accounts.sign_in("nobody", "wrong password", NOON)
    assert unknown.value.code == "bad_credentials"  # the same answer: logins are not revealed


def test_five_failures_lock_for_five_minutes(empty: Services, admin: Actor) -> None:
    answers = {}
    for login in ("admin", "nobody"):
        answers[login] = []
        for _ in range(5):
            with pytest.raises(SignInRefused) as refused:
                empty.accounts.sign_in(login, "nope-nope-nope", NOON)
            answers[login].append((refused.value.code, refused.value.until))
    # The fifth wrong password locks the account but says no more than to a login that does
    # not exist: whether "admin" is a login is not revealed by the lock.
    assert answers["admin"] == answers["nobody"] == [("bad_credentials", None)] * 5
    # Locked: even the right password is refused until the five minutes are over.
    with pytest.raises(SignInRefused, match="account_locked"):
        empty.accounts.sign_in("admin", ADMIN.password, NOON + dt.timedelta(minutes=4))
    later = empty.accounts.sign_in("admin", ADMIN.password, NOON + dt.timedelta(minutes=5, seconds=1))
    assert later.actor.user_id == admin.user_id


def test_administrator_creates_a_colleague_who_must_change_the_temporary_password(
        empty: Services, admin: Actor) -> None:
    new = NewAccount("anowicka", "Anna Nowicka", "pracownik socjalny", "tymczasowe-123",
                     frozenset({Role.FIRST_CONTACT}))
    user_id = empty.accounts.create_account(admin, new)
    signed = empty.accounts.sign_in("anowicka", "tymczasowe-123", NOON)
    # The desk's role reads case content: it waits for the head (tests/services/test_four_eyes.py).
    assert signed.must_change_password and signed.actor.roles == frozenset()
    with pytest.raises(ValidationError) as same:
        empty.accounts.change_password(signed.actor, "tymczasowe-123", "tymczasowe-123")
    assert same.value.codes_for("new_password") == ["password_not_changed"]
    with pytest.raises(ValidationError) as wrong_old:
        empty.accounts.change_password(signed.actor, "not-the-old-one", "Jesienne-liscie-9")
    assert wrong_old.value.codes_for("old_password") == ["wrong_password"]
    empty.accounts.change_password(signed.actor, "tymczasowe-123", "Jesienne-liscie-9")
    again = empty.accounts.sign_in("anowicka", "Jesienne-liscie-9", NOON)
    assert not again.must_change_password and again.actor.user_id == user_id
    with pytest.raises(ValidationError) as taken:
        empty.accounts.create_account(admin, new)
    assert taken.value.codes_for("login") == ["login_taken"]


def test_reset_password_unlocks_and_forces_a_change(empty: Services, admin: Actor) -> None:
    user_id = empty.accounts.create_account(admin, NewAccount(
        "pzielinski", "Piotr Zieliński", "", "tymczasowe-123", frozenset({Role.BENEFITS})))
    for _ in range(5):
        with pytest.raises(SignInRefused):
            empty.accounts.sign_in("pzielinski", "zle-haslo-zle", NOON)
    empty.accounts.reset_password(admin, user_id, "nowe-tymczasowe-1")
    assert empty.accounts.sign_in("pzielinski", "nowe-tymczasowe-1", NOON).must_change_password


def test_the_last_administrator_cannot_lose_the_role_or_switch_off_own_account(
        empty: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="last_administrator"):
        empty.accounts.update_account(admin, admin.user_id, "Robert Krawczyk", "informatyk",
                                      frozenset({Role.BENEFITS}), True)
    with pytest.raises(ValidationError, match="own_account"):
        empty.accounts.update_account(admin, admin.user_id, "Robert Krawczyk", "informatyk",
                                      frozenset({Role.ADMINISTRATOR}), False)


def test_an_inactive_account_cannot_sign_in(empty: Services, admin: Actor) -> None:
    user_id = empty.accounts.create_account(admin, NewAccount(
        "tlewandowski", "Tomasz Lewandowski", "", "tymczasowe-123", frozenset({Role.SOCIAL_WORK})))
    empty.accounts.update_account(admin, user_id, "Tomasz Lewandowski", "",
                                  frozenset({Role.SOCIAL_WORK}), False)
    with pytest.raises(SignInRefused, match="account_inactive"):
        empty.accounts.sign_in("tlewandowski", "tymczasowe-123", NOON)


@pytest.mark.parametrize("role", [r for r in Role if r != Role.ADMINISTRATOR])
def test_only_the_administrator_manages_accounts(services: Services, role: Role) -> None:
    user_id = services.office.add_user("x", "X Y", "", frozenset({role}))
    actor = Actor(user_id, "X Y", "", frozenset({role}))
    with pytest.raises(PermissionDenied):
        services.accounts.accounts(actor)
    with pytest.raises(PermissionDenied):
        services.accounts.create_account(actor, NewAccount(
            "kolega", "Jan Kolega", "", "tymczasowe-123", frozenset({Role.BENEFITS})))
    with pytest.raises(PermissionDenied):
        services.accounts.reset_password(actor, user_id, "tymczasowe-123")


def test_demo_staff_sign_in_with_the_documented_password(services: Services) -> None:
    from ops_desktop.services.demo import create_demo_office

    create_demo_office(services, households=2)
    signed = services.accounts.sign_in("kwisniewska", DEMO_PASSWORD, NOON)
    assert Role.BENEFITS in signed.actor.roles and not signed.must_change_password


def test_unlocking_an_idle_session_needs_the_same_users_password(empty: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="wrong_password"):
        empty.accounts.unlock_session(admin, "wrong-wrong-wrong", NOON)
    empty.accounts.unlock_session(admin, ADMIN.password, NOON)
    assert empty.accounts.idle_lock_minutes() == 10
    empty.accounts.set_idle_lock_minutes(admin, 3)
    assert empty.accounts.idle_lock_minutes() == 3


def test_sign_ins_and_failures_are_in_the_audit_log_without_any_password(
        empty: Services, admin: Actor) -> None:
    from sqlalchemy import select

    from ops_desktop.storage.models import AuditRow

    with pytest.raises(SignInRefused):
        empty.accounts.sign_in("admin", "zle-haslo-zle", NOON)
    with pytest.raises(SignInRefused):
        empty.accounts.sign_in("nieznany", "zle-haslo-zle", NOON)
    empty.accounts.sign_in("admin", ADMIN.password, NOON)
    with empty.db.session() as s:
        rows = s.scalars(select(AuditRow).where(AuditRow.entity == "user")
                         .order_by(AuditRow.seq)).all()
        logged = [(r.action, r.actor_id) for r in rows]
        text = " ".join(str(r.changes) for r in s.scalars(select(AuditRow)))
    assert logged == [("sign_in_failed", admin.user_id), ("sign_in_failed", None),
                      ("sign_in", admin.user_id)]
    assert ADMIN.password not in text and "zle-haslo-zle" not in text and "nieznany" not in text


def test_demo_passwords_never_reach_a_real_office_opened_with_demo(
        empty: Services, admin: Actor) -> None:
    from ops_desktop.app import ensure_demo

    assert not ensure_demo(empty)  # it holds users: no demo office is made on top
    for login in ("rkrawczyk", "iszymanska", "admin"):
        with pytest.raises(SignInRefused):
            empty.accounts.sign_in(login, DEMO_PASSWORD, NOON)


def test_an_administrator_cannot_give_themselves_case_rights(empty: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="own_account_roles"):
        empty.accounts.update_account(admin, admin.user_id, "Robert Krawczyk", "informatyk",
                                      frozenset({Role.ADMINISTRATOR, Role.COORDINATOR}), True)
    with pytest.raises(ValidationError, match="own_account"):
        empty.office.grant_authorisation_as(admin, admin.user_id, "Zarządzenie 1/2026",
                                            dt.date(2026, 1, 2))


def test_a_locked_or_switched_off_account_looks_like_a_wrong_login_without_the_password(
        empty: Services, admin: Actor) -> None:
    for _ in range(5):
        with pytest.raises(SignInRefused):
            empty.accounts.sign_in("admin", "zle-haslo-zle", NOON)
    with pytest.raises(SignInRefused) as guess:
        empty.accounts.sign_in("admin", "inne-zle-haslo", NOON + dt.timedelta(minutes=1))
    assert guess.value.code == "bad_credentials"


def test_guessing_the_old_password_in_an_open_window_locks_the_account(
        empty: Services, admin: Actor) -> None:
    for _ in range(5):
        with pytest.raises(ValidationError, match="wrong_password"):
            empty.accounts.change_password(admin, "zgadywane-haslo", "Nowe-haslo-12345")
    with pytest.raises(SignInRefused, match="account_locked"):
        empty.accounts.sign_in("admin", ADMIN.password)


def test_a_switched_off_colleague_stops_working_at_once(empty: Services, admin: Actor) -> None:
    from ops_desktop.domain.errors import PermissionDenied

    # Stored by the program (no second person needed), with a password of her own.
    user_id = empty.office.add_user("mkowalczyk", "Magdalena Kowalczyk", "",
                                    frozenset({Role.SOCIAL_WORK}),
                                    password_hash=empty.accounts.hasher.hash("Jesienne-liscie-9"))
    worker = empty.accounts.sign_in("mkowalczyk", "Jesienne-liscie-9", NOON).actor
    assert empty.referrals.cases(worker, "social_work") == []
    empty.accounts.update_account(admin, user_id, "Magdalena Kowalczyk", "",
                                  frozenset({Role.SOCIAL_WORK}), False)
    with pytest.raises(PermissionDenied):
        empty.referrals.cases(worker, "social_work")


def test_every_sign_out_is_in_the_log_with_how_and_what_was_dropped(
        empty: Services, admin: Actor) -> None:
    from sqlalchemy import select

    from ops_desktop.services.accounts import SignOutWay
    from ops_desktop.storage.models import AuditRow

    empty.accounts.sign_out(admin, SignOutWay.MENU)
    with pytest.raises(ValidationError):  # someone else cannot drop the locked user's forms
        empty.accounts.discard_locked_work(admin, "zle-haslo-zle", 2)
    empty.accounts.discard_locked_work(admin, ADMIN.password, 2)
    empty.accounts.sign_out(admin, SignOutWay.QUIT)
    with empty.db.session() as s:
        rows = s.scalars(select(AuditRow).where(AuditRow.action == "sign_out")
                         .order_by(AuditRow.seq)).all()
        logged = [(r.actor_id, r.changes) for r in rows]
    assert [actor for actor, _ in logged] == [admin.user_id] * 3
    assert [json.loads(changes) for _, changes in logged] == [
        {"way": "menu", "discarded_forms": 0},
        {"way": "lock_screen", "discarded_forms": 2},  # after the wrong password, nothing
        {"way": "quit", "discarded_forms": 0},
    ]
