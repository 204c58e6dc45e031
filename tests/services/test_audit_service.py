"""The audit log through the service: only the auditor reads it; filters; file openings logged."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.vocabulary import Relation, Team
from ops_desktop.i18n.format import office_time
from ops_desktop.services.audit import FieldChange
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput

from .helpers import PESEL_MAN_1944, PESEL_WOMAN_1985, PESEL_WOMAN_2002, person, referral_intake


def household(services: Services, desk: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    """Jan with his wife Maria; returns both ids."""
    jan = services.persons.register_household(desk, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985))])
    maria = next(m.person_id for m in services.persons.household(desk, jan)
                 if m.person_id != jan)
    return jan, maria


def test_only_the_auditor_reads_the_log(services: Services, auditor: Actor, desk: Actor,
                                        coordinator: Actor, admin: Actor) -> None:
    assert services.audit.count(auditor) > 0
    assert services.audit.verify(auditor).ok
    for other in (desk, coordinator, admin):
        with pytest.raises(PermissionDenied):
            services.audit.entries(other)
        with pytest.raises(PermissionDenied):
            services.audit.count(other)
        with pytest.raises(PermissionDenied):
            services.audit.verify(other)


def test_opening_a_person_file_writes_a_view_entry(services: Services, desk: Actor,
                                                   auditor: Actor) -> None:
    jan, _ = household(services, desk)
    assert services.audit.count(auditor, action="view") == 0
    services.persons.file(desk, jan)
    services.persons.file(desk, jan)
    views = services.audit.entries(auditor, action="view")
    assert len(views) == 2
    latest = views[0]
    assert (latest.actor_id, latest.actor_name, latest.person_id) == (
        desk.user_id, "Anna Nowicka", jan)
    assert (latest.entity, latest.entity_id, latest.is_change) == ("person_file", str(jan), False)
    assert views[0].seq > views[1].seq  # newest first


def test_a_refused_file_opening_is_not_logged_as_a_view(services: Services, desk: Actor,
                                                        auditor: Actor) -> None:
    jan, _ = household(services, desk)
    with pytest.raises(PermissionDenied):
        services.persons.file(auditor, jan)  # the auditor reads the log, not files
    assert services.audit.count(auditor, action="view") == 0


def test_entries_carry_field_level_changes(services: Services, desk: Actor, auditor: Actor) -> None:
    jan, _ = household(services, desk)
    services.persons.update_person(desk, jan, person(phone="600100200"))
    [change] = services.audit.entries(auditor, person_id=jan, action="update")
    assert change.is_change and change.entity == "persons" and change.redacted_at is None
    assert FieldChange("phone", "", "600100200") in change.changes
    [first] = services.audit.entries(auditor, person_id=jan, action="insert", limit=1)
    [insert] = services.audit.entries(auditor, person_id=jan, action="insert", limit=1, after=first)
    assert insert.seq < first.seq
    assert insert.entity in {"persons", "household_members"}


def test_filter_by_pesel_finds_the_persons_entries_only(services: Services, desk: Actor,
                                                        auditor: Actor) -> None:
    jan, maria = household(services, desk)
    services.persons.file(desk, maria)
    hers = services.audit.entries(auditor, pesel=PESEL_WOMAN_1985)
    assert hers and {e.person_id for e in hers} == {maria}
    assert {"insert", "view"} <= {e.action for e in hers}
    assert services.audit.count(auditor, pesel=" 8512 1711 202 ") == len(hers)  # typed loosely
    assert services.audit.count(auditor, pesel=PESEL_MAN_1944) == services.audit.count(
        auditor, person_id=jan)
    assert services.audit.count(auditor, pesel=PESEL_WOMAN_2002) == 0  # nobody: nothing, not all


def test_filter_by_user_and_action(services: Services, desk: Actor, benefits_worker: Actor,
                                   auditor: Actor) -> None:
    jan, _ = household(services, desk)
    services.persons.file(benefits_worker, jan)
    by_desk = services.audit.entries(auditor, user_id=desk.user_id)
    by_benefits = services.audit.entries(auditor, user_id=benefits_worker.user_id)
    assert by_desk and all(e.actor_id == desk.user_id for e in by_desk)
    assert [(e.action, e.person_id) for e in by_benefits] == [("view", jan)]
    assert services.audit.count(auditor, user_id=desk.user_id, action="view") == 0
    assert services.audit.count(auditor, user_id=uuid.uuid4()) == 0


def test_filter_by_office_days(services: Services, desk: Actor, auditor: Actor) -> None:
    household(services, desk)
    today = office_time(dt.datetime.now(dt.UTC)).date()  # the office's day, in Warsaw
    everything = services.audit.count(auditor)
    assert services.audit.count(auditor, since=today, until=today) == everything
    assert services.audit.count(auditor, until=today - dt.timedelta(days=1)) == 0
    assert services.audit.count(auditor, since=today + dt.timedelta(days=1)) == 0
    page = services.audit.entries(auditor, since=today, limit=3)
    assert len(page) == 3 and all(e.at.date() == today for e in page)


def test_paging_walks_the_whole_log_once(services: Services, desk: Actor, auditor: Actor) -> None:
    household(services, desk)
    total = services.audit.count(auditor)
    seen: list[int] = []
    page = services.audit.entries(auditor, limit=4)
    while page:
        seen += [e.seq for e in page]
        page = services.audit.entries(auditor, limit=4, after=page[-1])
    assert total > 8 and seen == sorted(seen, reverse=True) and len(set(seen)) == total


def test_an_event_recorded_through_the_service(services: Services, coordinator: Actor,
                                               auditor: Actor) -> None:
    services.audit.record(coordinator, "print", "decisions", details={"count": 12})
    [entry] = services.audit.entries(auditor, action="print")
    assert (entry.actor_id, entry.details, entry.changes) == (
        coordinator.user_id, (("count", 12),), ())


def test_entries_name_the_persons_users_and_cases_they_hold(
        services: Services, desk: Actor, social_worker: Actor, auditor: Actor) -> None:
    jan, maria = household(services, desk)
    result = services.intake.record(desk, referral_intake(jan, Team.SOCIAL_WORK))
    assert result.referral_id is not None
    case = services.referrals.accept(social_worker, result.referral_id)
    [taken] = [e for e in services.audit.entries(auditor, person_id=jan, action="update")
               if e.entity == "referrals"]
    assert taken.person_name == f"Jan Żółkiewski, PESEL {PESEL_MAN_1944}"
    assert FieldChange("status", "pending", "accepted") in taken.changes  # the screen words it
    assert taken.name_of(str(social_worker.user_id)) == "Magdalena Kowalczyk"
    assert taken.name_of(str(case.id)) == case.sign
    assert taken.at.utcoffset() in {dt.timedelta(hours=1), dt.timedelta(hours=2)}  # Warsaw
    [hers] = services.audit.entries(auditor, person_id=maria, action="insert", limit=1)
    assert hers.person_name == f"Maria Żółkiewska, PESEL {PESEL_WOMAN_1985}"
    # The intake's narrative is never read back: the log holds only its length.
    [intake] = [e for e in services.audit.entries(auditor, person_id=jan, action="insert")
                if e.entity == "intakes"]
    problem = next(c.after for c in intake.changes if c.field == "problem")
    assert problem.startswith("[treść poufna, długość ") and "opał" not in problem
    assert set(intake.names.values()) == {taken.person_name, "Anna Nowicka"}
