"""Closing and reopening a case through the services, on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import update

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import BenefitForm, CloseReason, NoteKind, Team
from ops_desktop.services.applications import ApplicationInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import CaseRow

from .helpers import person, referral_intake

TODAY = wall_today()


def social_case(services: Services, desk: Actor, social_worker: Actor) -> uuid.UUID:
    pid = services.persons.register_household(desk, person(), [])
    referral = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert referral is not None
    return services.referrals.accept(social_worker, referral).id


def test_a_closed_case_is_listed_as_closed_and_takes_no_notes(
        services: Services, desk: Actor, social_worker: Actor, auditor: Actor) -> None:
    case_id = social_case(services, desk, social_worker)
    closed = services.cases.close(social_worker, case_id, CloseReason.GOAL_ACHIEVED)
    assert closed.closed_on == TODAY and closed.close_reason is CloseReason.GOAL_ACHIEVED
    team = Team.SOCIAL_WORK.value
    assert services.referrals.cases_count(social_worker, team, open_only=True) == 0
    [listed] = services.referrals.cases(social_worker, team)
    assert listed.closed and listed.id == case_id
    with pytest.raises(ConflictError) as info:
        services.social_work.add_note(social_worker, case_id, NoteKind.NOTE, TODAY, "Wizyta.")
    assert info.value.code == "case_closed"
    [entry] = [e for e in services.audit.entries(auditor) if e.entity == "cases"
               and e.action == "update"]
    fields = {c.field: (c.before, c.after) for c in entry.changes}
    assert fields["closed_on"] == (None, TODAY.isoformat())
    assert fields["close_reason"] == (None, "goal_achieved")
    assert entry.actor_id == social_worker.user_id


def test_other_needs_the_reason_in_words_and_the_date_is_checked(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    case_id = social_case(services, desk, social_worker)
    with pytest.raises(ValidationError) as info:
        services.cases.close(social_worker, case_id, CloseReason.OTHER, "  ",
                             TODAY + dt.timedelta(days=1))
    assert info.value.codes_for("note") == ["required"]
    assert info.value.codes_for("closed_on") == ["future_date"]
    with pytest.raises(ValidationError) as info:
        services.cases.close(social_worker, case_id, CloseReason.DEATH, "",
                             TODAY - dt.timedelta(days=1))
    assert info.value.codes_for("closed_on") == ["before_case_opened"]
    assert services.referrals.cases_count(social_worker, Team.SOCIAL_WORK.value, True) == 1
    done = services.cases.close(social_worker, case_id, CloseReason.OTHER, "Przejęta przez PCPR.")
    assert done.close_note == "Przejęta przez PCPR."


def test_only_the_team_carrying_the_case_and_the_head_close_it(
        services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor,
        coordinator: Actor) -> None:
    case_id = social_case(services, desk, social_worker)
    for outsider in (benefits_worker, desk):
        with pytest.raises(PermissionDenied):
            services.cases.close(outsider, case_id, CloseReason.DECLINED)
    services.cases.close(coordinator, case_id, CloseReason.DECLINED)
    with pytest.raises(PermissionDenied):
        services.cases.reopen(benefits_worker, case_id, "Osoba wróciła.")


def test_a_reopened_case_takes_notes_again_and_the_reason_is_required(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    case_id = social_case(services, desk, social_worker)
    with pytest.raises(ConflictError):
        services.cases.reopen(social_worker, case_id, "Nie była zamknięta.")
    services.cases.close(social_worker, case_id, CloseReason.NO_COOPERATION)
    with pytest.raises(ValidationError) as info:
        services.cases.reopen(social_worker, case_id, "")
    assert info.value.codes_for("reopen_note") == ["required"]
    with pytest.raises(ConflictError) as conflict:
        services.cases.close(social_worker, case_id, CloseReason.DEATH)
    assert conflict.value.code == "case_already_closed"
    opened = services.cases.reopen(social_worker, case_id, "Osoba podjęła współpracę.")
    assert not opened.closed and opened.close_reason is None
    services.social_work.add_note(social_worker, case_id, NoteKind.NOTE, TODAY, "Wizyta.")


def test_a_case_with_an_application_awaiting_decision_stays_open(
        services: Services, desk: Actor, benefits_worker: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [])
    app = services.applications.register(benefits_worker, ApplicationInput(
        person_id=pid, received_on=TODAY, form=BenefitForm.PURPOSE, purpose="opał"))
    [case] = services.referrals.cases(benefits_worker, Team.BENEFITS.value)
    with pytest.raises(ConflictError) as info:
        services.cases.close(benefits_worker, case.id, CloseReason.MATTER_DECIDED)
    assert info.value.code == "case_has_pending_application"
    assert services.applications.get(benefits_worker, app.id).case_sign == case.sign


def test_reopening_is_refused_while_another_case_of_the_team_is_open(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    case_id = social_case(services, desk, social_worker)
    services.cases.close(social_worker, case_id, CloseReason.GOAL_ACHIEVED)
    pid = services.referrals.cases(social_worker, Team.SOCIAL_WORK.value)[0].person_id
    referral = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert referral is not None
    newer = services.referrals.accept(social_worker, referral)
    assert newer.id != case_id  # a closed case is not reused by a new referral
    with pytest.raises(ConflictError) as info:
        services.cases.reopen(social_worker, case_id, "Pomyłka przy zamykaniu.")
    assert info.value.code == "open_case_exists"


def test_closing_a_case_long_ago_makes_its_person_due_for_retention(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor) -> None:
    case_id = social_case(services, desk, social_worker)
    # The case was opened in 2013 (a file older than the program's data); closed through
    # the service on the day it really ended.
    with services.db.session() as s:
        s.execute(update(CaseRow).where(CaseRow.id == case_id)
                  .values(opened_on=dt.date(2013, 3, 1)))
    assert services.personal_data.retention_preview(coordinator, TODAY) == []
    services.cases.close(social_worker, case_id, CloseReason.MOVED_AWAY, "",
                         dt.date(2014, 5, 10))
    [due] = services.personal_data.retention_preview(coordinator, TODAY)
    assert due.last_closed_on == dt.date(2014, 5, 10)
    assert due.past_retention_since == dt.date(2025, 1, 1)  # B10 from 1 January 2015
    services.cases.reopen(social_worker, case_id, "Osoba wróciła do gminy.")
    assert services.personal_data.retention_preview(coordinator, TODAY) == []


def test_anonymisation_removes_the_delivery_address_and_the_closing_words(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor) -> None:
    from ops_desktop.domain.person import Address
    from ops_desktop.domain.retention import confirmation_phrase
    from ops_desktop.storage.models import PersonRow

    pid = services.persons.register_household(desk, person(
        delivery_address=Address("Leśna", "7", "", "66-530", "Drezdenko")), [])
    referral = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert referral is not None
    case_id = services.referrals.accept(social_worker, referral).id
    with services.db.session() as s:
        s.execute(update(CaseRow).where(CaseRow.id == case_id)
                  .values(opened_on=dt.date(2013, 3, 1)))
    services.cases.close(social_worker, case_id, CloseReason.OTHER,
                         "Wyjechał do córki w Drezdenku.", dt.date(2014, 5, 10))
    services.personal_data.anonymise(coordinator, [pid], confirmation_phrase(1), TODAY)
    with services.db.session() as s:
        row = s.get(PersonRow, pid)
        case = s.get(CaseRow, case_id)
        assert row is not None and case is not None
        assert (row.delivery_street, row.delivery_city, row.delivery_postal_code) == ("", "", "")
        assert case.close_note == "" and case.closed_on == dt.date(2014, 5, 10)
