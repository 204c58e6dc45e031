"""Values of the wrong type from the command line, the demo or a tool come back as field
errors, not TypeError or AttributeError deep in a service (issue 11, item 6)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.errors import ValidationError
from ops_desktop.domain.vocabulary import BenefitForm, NoteKind, Role, Team
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.labels import ERRORS

from .helpers import person, referral_intake
from .test_benefits import application, grant


def refused(call: object) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as info:
        call()  # type: ignore[operator]
    assert {e.code for e in info.value.errors} <= ERRORS.keys()
    return {e.field: info.value.codes_for(e.field) for e in info.value.errors}


def test_a_note_dated_with_a_time_or_not_a_date_is_a_field_error(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [])
    referral_id = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert referral_id is not None
    case_id = services.referrals.accept(social_worker, referral_id).id
    for when in (wall_now(), "2026-01-01", None):
        assert refused(lambda w=when: services.social_work.add_note(
            social_worker, case_id, NoteKind.NOTE, w, "Notatka.")) == {
            "noted_on": ["invalid" if when is not None else "required"]}
    assert refused(lambda: services.social_work.add_note(
        social_worker, case_id, NoteKind.NOTE, wall_today(), None)) == {
        "text": ["invalid"]}
    assert services.social_work.notes(social_worker, case_id) == []


def test_roles_given_as_text_are_a_field_error(services: Services, admin: Actor) -> None:
    for roles in ("coordinator", ["coordinator"], {"coordinator"}, None):
        assert refused(lambda r=roles: services.accounts.create_account(admin, NewAccount(
            "kolega", "Jan Kolega", "", "tymczasowe-123", r))) == {"roles": ["invalid"]}
    # The auditor's role is given at once (case roles wait for a second person).
    colleague = services.accounts.create_account(admin, NewAccount(
        "kolega", "Jan Kolega", "", "tymczasowe-123", frozenset({Role.AUDITOR})))
    assert refused(lambda: services.accounts.update_account(
        admin, colleague, "Jan Kolega", "", "benefits", True)) == {"roles": ["invalid"]}
    [view] = [a for a in services.accounts.accounts(admin) if a.login == "kolega"]
    assert view.roles == frozenset({Role.AUDITOR})


def test_an_account_number_with_digits_outside_ascii_is_refused_next_to_its_field(
        services: Services, benefits_worker: Actor) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    arabic = "PL\u0666\u0661109010140000071219812874"
    assert refused(lambda: services.decisions.prepare(
        benefits_worker, grant(app.id, Decimal("813.00"), bank_account=arabic))) == {
        "bank_account": ["iban_invalid"]}
