"""First contact and team inboxes through the services, on a real SQLite file."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pypdf import PdfReader
from stdnum.pl import pesel as stdnum_pesel

from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from ops_desktop.domain.person import Address
from ops_desktop.domain.vocabulary import IntakeOutcome, ReferralStatus, Relation, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput

from tests.query_plans import plans_of

from .helpers import (
    PESEL_MAN_1944,
    PESEL_WOMAN_1985,
    PESEL_WOMAN_2002,
    foreigner,
    person,
    referral_intake,
)

HOME_WITHOUT_POSTCODE = Address("Polna", "3", "", "66999", "Lipowiec")


def test_helper_pesels_are_valid() -> None:
    for number in (PESEL_MAN_1944, PESEL_WOMAN_1985, PESEL_WOMAN_2002):
        assert stdnum_pesel.is_valid(number), number


def test_register_household_and_find_by_folded_surname_and_pesel(services: Services, desk: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985)),
        MemberInput(Relation.CHILD, person("Zofia", "Żółkiewska", PESEL_WOMAN_2002)),
    ])
    found = services.persons.search(desk, "zolkiewsk")
    assert {p.full_name for p in found} == {"Jan Żółkiewski", "Maria Żółkiewska", "Zofia Żółkiewska"}
    assert [p.id for p in services.persons.search(desk, "4405")] == [pid]
    assert services.persons.count(desk, "ŻÓŁK") == 3
    file = services.persons.file(desk, pid)
    assert file.person.birth_date == dt.date(1944, 5, 14)  # derived from the PESEL
    assert [m.relation for m in file.household] == [Relation.APPLICANT, Relation.SPOUSE, Relation.CHILD]


def test_wildcards_typed_in_search_match_literally(services: Services, desk: Actor) -> None:
    services.persons.register_household(desk, person(), [])
    assert services.persons.search(desk, "%") == []
    assert services.persons.search(desk, "_olk") == []


def test_person_without_pesel_is_registered_by_document(services: Services, desk: Actor) -> None:
    pid = services.persons.register_household(desk, foreigner(), [])
    file = services.persons.file(desk, pid)
    assert file.person.pesel is None and "FX123456" in file.id_document


def test_bad_pesel_is_refused_and_nothing_is_saved(services: Services, desk: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        services.persons.register_household(desk, person(pesel="44051401358"), [])
    assert info.value.codes_for("pesel") == ["pesel_invalid"]
    assert services.persons.count(desk, "zolk") == 0


def test_member_errors_point_at_the_member(services: Services, desk: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        services.persons.register_household(desk, person(), [
            MemberInput(Relation.CHILD, person("", "Żółkiewska", PESEL_WOMAN_2002))])
    assert info.value.codes_for("member.0.first_name") == ["required"]
    assert services.persons.count(desk, "zolk") == 0


def test_same_pesel_twice_is_refused(services: Services, desk: Actor) -> None:
    services.persons.register_household(desk, person(), [])
    with pytest.raises(ValidationError) as info:
        services.persons.register_household(desk, person("Janusz"), [])
    assert info.value.codes_for("pesel") == ["pesel_already_registered"]


def test_intake_with_referral_lands_in_the_team_inbox(
    services: Services, desk: Actor, benefits_worker: Actor
) -> None:
    pid = services.persons.register_household(desk, person(), [])
    result = services.intake.record(desk, referral_intake(pid, urgent=True))
    assert result.referral_id is not None
    inbox = services.referrals.inbox(benefits_worker, Team.BENEFITS.value)
    assert [r.id for r in inbox] == [result.referral_id]
    assert inbox[0].urgent and inbox[0].status is ReferralStatus.PENDING
    assert inbox[0].number == f"SK/1/{wall_today().year}"
    history = services.persons.file(desk, pid)
    assert history.intakes[0].outcome is IntakeOutcome.REFERRED


def test_accepting_opens_a_case_with_a_sign_and_empties_the_inbox(
    services: Services, desk: Actor, benefits_worker: Actor
) -> None:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid)).referral_id
    assert rid is not None
    case = services.referrals.accept(benefits_worker, rid)
    year = wall_today().year
    assert case.sign == f"OPS.8310.1.{year}"
    assert services.referrals.inbox_count(benefits_worker, "benefits") == 0
    assert services.referrals.cases_count(benefits_worker, "benefits") == 1
    with pytest.raises(ConflictError):
        services.referrals.accept(benefits_worker, rid)


def test_returning_needs_a_reason_and_goes_back_to_the_desk(
    services: Services, desk: Actor, social_worker: Actor
) -> None:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    with pytest.raises(ValidationError):
        services.referrals.return_(social_worker, rid, "   ")
    services.referrals.return_(social_worker, rid, "To sprawa dla zespołu usług.")
    back = services.referrals.returned_to(desk, Team.FIRST_CONTACT.value)
    assert [(r.id, r.return_reason) for r in back] == [(rid, "To sprawa dla zespołu usług.")]


def test_the_returned_list_is_read_along_its_index(
    services: Services, desk: Actor, social_worker: Actor
) -> None:
    """A city's office holds thousands of returned referrals: the desk's list reads its
    newest 200 in order along (from_team, status, decided_at), never all of them sorted."""
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.SOCIAL_WORK)).referral_id
    assert rid is not None
    services.referrals.return_(social_worker, rid, "To sprawa dla zespołu usług.")
    back: list[object] = []
    plans = plans_of(services, lambda sql: "FROM referrals" in sql and "decided_at" in sql,
                     lambda: back.extend(services.referrals.returned_to(
                         desk, Team.FIRST_CONTACT.value)))
    assert len(back) == 1
    for plan in plans:  # none on PostgreSQL: its planner chooses by its own statistics
        assert "ix_referrals_returned" in plan and "TEMP B-TREE" not in plan, plan


def test_another_team_cannot_touch_the_inbox(
    services: Services, desk: Actor, social_worker: Actor
) -> None:
    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid, Team.BENEFITS)).referral_id
    assert rid is not None
    with pytest.raises(PermissionDenied):
        services.referrals.inbox(social_worker, "benefits")
    with pytest.raises(PermissionDenied):
        services.referrals.accept(social_worker, rid)


def test_intake_validation(services: Services, desk: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [])
    data = referral_intake(pid)
    from dataclasses import replace

    with pytest.raises(ValidationError) as info:
        services.intake.record(desk, replace(data, problem=" ", refer_to=None,
                                             received_at=wall_now() + dt.timedelta(days=1)))
    fields = {e.field for e in info.value.errors}
    assert fields == {"problem", "refer_to", "received_at"}


def test_referral_slip_pdf_names_the_person_and_team(services: Services, desk: Actor) -> None:
    import io

    pid = services.persons.register_household(desk, person(), [])
    rid = services.intake.record(desk, referral_intake(pid)).referral_id
    assert rid is not None
    pdf = services.intake.render_referral_slip(desk, rid)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Jan Żółkiewski" in text
    assert "świadczeń" in text


def test_every_problem_of_the_household_form_is_reported_at_once(services: Services, desk: Actor) -> None:
    services.persons.register_household(desk, person("Adam", "Nowak", "90090515836"), [])
    with pytest.raises(ValidationError) as info:
        services.persons.register_household(desk, person(first="", pesel="90090515836"), [
            MemberInput(Relation.CHILD, person("Zofia", "Żółkiewska", PESEL_WOMAN_2002,
                                               address=HOME_WITHOUT_POSTCODE)),
            MemberInput(Relation.CHILD, person("Ola", "Żółkiewska", PESEL_WOMAN_2002)),
        ])
    found = {(e.field, e.code) for e in info.value.errors}
    assert found == {
        ("first_name", "required"),
        ("pesel", "pesel_already_registered"),
        ("member.0.postal_code", "postal_code_format"),
        ("member.1.pesel", "pesel_repeated_in_household"),
    }
    assert services.persons.count(desk, "zolk") == 0


def test_intake_result_carries_the_referral_number(services: Services, desk: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [])
    result = services.intake.record(desk, referral_intake(pid))
    assert result.referral_number == f"SK/1/{wall_today().year}"


def test_a_members_file_shows_the_households_history(services: Services, desk: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [
        MemberInput(Relation.CHILD, person("Zofia", "Żółkiewska", PESEL_WOMAN_2002))])
    services.intake.record(desk, referral_intake(pid))
    child = services.persons.household(desk, pid)[1].person_id
    child_file = services.persons.file(desk, child)
    assert len(child_file.intakes) == 1 and len(child_file.referrals) == 1
    other = services.persons.register_household(desk, person("Adam", "Nowak", "90090515836"), [])
    assert services.persons.file(desk, other).intakes == ()


def test_times_are_shown_on_the_office_clock_not_utc(
    services: Services, desk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    try:
        pid = services.persons.register_household(desk, person(), [])
        rid = services.intake.record(desk, referral_intake(pid)).referral_id
        assert rid is not None
        shown = services.persons.file(desk, pid).referrals[0].created_at
        assert abs((shown - wall_now()).total_seconds()) < 120
        assert services.intake.referral_slip(desk, rid).created_at == shown
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_person_moving_to_a_new_household_leaves_the_old_one(services: Services, desk: Actor) -> None:
    parent = services.persons.register_household(desk, person(), [
        MemberInput(Relation.CHILD, person("Zofia", "Żółkiewska", PESEL_WOMAN_2002))])
    daughter = services.persons.household(desk, parent)[1].person_id
    services.persons.register_household(desk, person("Adam", "Nowak", "90090515836"), [
        MemberInput(Relation.SPOUSE, existing_person_id=daughter)])
    assert [m.person_id for m in services.persons.household(desk, parent)] == [parent]
    assert len(services.persons.household(desk, daughter)) == 2


def test_an_application_lodged_at_the_desk_waits_in_the_benefits_inbox(
    services: Services, desk: Actor, benefits_worker: Actor
) -> None:
    from dataclasses import replace

    pid = services.persons.register_household(desk, person(), [])
    lodged = replace(referral_intake(pid), outcome=IntakeOutcome.APPLICATION)
    with pytest.raises(ValidationError):
        services.intake.record(desk, replace(lodged, refer_to=None))
    result = services.intake.record(desk, lodged)
    inbox = services.referrals.inbox(benefits_worker, "benefits")
    assert [r.id for r in inbox] == [result.referral_id]
    assert inbox[0].application_lodged
    assert inbox[0].intake_received_at == lodged.received_at


# --- correcting a person's data ---------------------------------------------------------

MOVED = Address("Leśna", "12", "", "66-530", "Drezdenko")
POST_BOX = Address("", "1", "", "66-999", "Lipowiec")


def test_a_correction_is_saved_and_audited_field_by_field(
        services: Services, desk: Actor, auditor: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [])
    record = services.persons.for_correction(desk, pid)
    assert record.data.address == Address("Polna", "3", "5", "66-999", "Lipowiec")
    changed = dataclasses.replace(record.data, address=MOVED, phone="600100200",
                                  delivery_address=POST_BOX)
    version = services.persons.update_person(desk, pid, changed, record.version)
    assert version == record.version + 1
    again = services.persons.for_correction(desk, pid)
    assert again.data.address == MOVED and again.data.delivery_address == POST_BOX
    assert services.persons.file(desk, pid).person.address == "ul. Leśna 12, 66-530 Drezdenko"
    [entry] = [e for e in services.audit.entries(auditor, person_id=pid)
               if e.action == "update" and e.entity == "persons"]
    fields = {c.field: (c.before, c.after) for c in entry.changes}
    assert fields["street"] == ("Polna", "Leśna") and fields["phone"] == ("", "600100200")
    assert fields["delivery_city"] == ("", "Lipowiec")
    assert "first_name" not in fields


def test_a_colleagues_change_meanwhile_is_not_overwritten(services: Services, desk: Actor) -> None:
    pid = services.persons.register_household(desk, person(), [])
    mine = services.persons.for_correction(desk, pid)
    theirs = services.persons.for_correction(desk, pid)
    services.persons.update_person(desk, pid, dataclasses.replace(theirs.data, phone="600100200"),
                                   theirs.version)
    with pytest.raises(ConflictError) as info:
        services.persons.update_person(desk, pid, dataclasses.replace(mine.data, address=MOVED),
                                       mine.version)
    assert info.value.code == "person_changed"
    kept = services.persons.for_correction(desk, pid).data
    assert kept.phone == "600100200" and kept.address != MOVED


def test_a_homeless_person_is_kept_by_the_place_of_stay(services: Services, desk: Actor) -> None:
    stay = Address("", "", "", "", "Lipowiec")
    with pytest.raises(ValidationError) as info:
        services.persons.register_household(desk, person(address=stay), [])
    assert info.value.codes_for("building") == ["required"]
    pid = services.persons.register_household(desk, person(address=stay, homeless=True), [])
    record = services.persons.for_correction(desk, pid)
    assert record.data.homeless and record.data.address == stay



def test_a_save_racing_another_between_read_and_write_is_refused_not_lost(
        services: Services, desk: Actor) -> None:
    from ops_desktop.storage.models import PersonRow

    pid = services.persons.register_household(desk, person(), [])
    with pytest.raises(ConflictError) as info:
        with services.db.session(desk.user_id) as mine:
            row = mine.get(PersonRow, pid)
            assert row is not None
            row.phone = "600100200"
            # A colleague's correction commits after this desk read the row.
            services.persons.update_person(desk, pid, person(phone="700800900"))
    assert info.value.code == "record_changed"
    assert services.persons.for_correction(desk, pid).data.phone == "700800900"
