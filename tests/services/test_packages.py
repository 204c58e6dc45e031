"""Service packages for target groups: the desk gives a package after an intake and the
referrals to every team it names are made at once, one per team with that team's parts; a
violence package never tells the group to another team, to the slip or to another member's
file; the file shows each part's progress; the coordinator edits the catalogue and counts."""

from __future__ import annotations

import uuid

import pytest

from ops_desktop.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ops_desktop.domain.packages import PackagePart, PartState, TargetGroup
from ops_desktop.domain.vocabulary import Ground, ReferralStatus, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from .helpers import referral_intake
from .test_personal_data import World, world  # noqa: F401 (fixture)
from .test_referral_privacy import _worker, couple, pdf_text, violence_intake  # noqa: F401
from .test_review_ntk import _anonymised_cells


def _intake(services: Services, desk: Actor, person_id: uuid.UUID,
            grounds: tuple[Ground, ...] = (Ground.POVERTY,)) -> uuid.UUID:
    import dataclasses
    data = dataclasses.replace(referral_intake(person_id), grounds=grounds)
    return services.intake.record(desk, data).intake_id


@pytest.fixture
def services_worker(services: Services) -> Actor:
    return _worker(services, "uslugi", Role.SERVICES)


def test_the_elderly_package_makes_one_referral_per_team_each_with_its_own_parts(
        services: Services, desk: Actor, couple: tuple[uuid.UUID, uuid.UUID],
        services_worker: Actor, social_worker: Actor) -> None:
    victim, _partner = couple
    intake_id = _intake(services, desk, victim)
    given = services.packages.give(desk, intake_id, TargetGroup.ELDERLY)
    assert sorted(t for t, _i, _n in given.referrals) == [Team.SERVICES, Team.SOCIAL_WORK]
    inbox = services.referrals.inbox(services_worker, Team.SERVICES.value)
    mine = [r for r in inbox if r.id in {i for _t, i, _n in given.referrals}]
    assert len(mine) == 1
    assert "usługi opiekuńcze" in mine[0].reason and "posiłek" in mine[0].reason
    assert "praca socjalna" not in mine[0].reason
    social = [r for r in services.referrals.inbox(social_worker, Team.SOCIAL_WORK.value)
              if r.id in {i for _t, i, _n in given.referrals}]
    assert len(social) == 1 and "praca socjalna" in social[0].reason
    assert "usługi opiekuńcze" not in social[0].reason
    # Twice for one intake is a mistake, not a second package.
    with pytest.raises(ConflictError):
        services.packages.give(desk, intake_id, TargetGroup.ELDERLY)


def test_violence_package_needs_the_ground_and_tells_other_teams_nothing(
        services: Services, desk: Actor, couple: tuple[uuid.UUID, uuid.UUID],
        benefits_worker: Actor, services_worker: Actor, social_worker: Actor) -> None:
    victim, partner = couple
    plain = _intake(services, desk, victim)
    with pytest.raises(ValidationError) as refused:
        services.packages.give(desk, plain, TargetGroup.VIOLENCE)
    assert refused.value.errors[0].code == "package_needs_ground_7"
    intake_id = services.intake.record(desk, violence_intake(victim)).intake_id
    given = services.packages.give(desk, intake_id, TargetGroup.VIOLENCE)
    ids = {t: i for t, i, _n in given.referrals}
    assert set(ids) == {Team.SOCIAL_WORK, Team.BENEFITS, Team.SERVICES}
    for actor, team in ((benefits_worker, Team.BENEFITS), (services_worker, Team.SERVICES)):
        rows = [r for r in services.referrals.inbox(actor, team.value) if r.id == ids[team]]
        words = repr(rows).lower()
        assert rows and "przemoc" not in words and "niebiesk" not in words
        assert Ground.DOMESTIC_VIOLENCE not in rows[0].grounds
        # The file: the group is withheld and only the team's own parts are shown.
        progress = services.packages.progress_of(actor, victim)
        assert len(progress) == 1 and progress[0].group is None and progress[0].name == ""
        assert {p.team for p in progress[0].parts} == {team}
        assert "przemoc" not in repr(progress).lower()
    # Social work learns the whole package.
    full = services.packages.progress_of(social_worker, victim)
    assert full[0].group is TargetGroup.VIOLENCE and len(full[0].parts) == 4
    # Another household member's file carries none of it.
    assert services.packages.progress_of(social_worker, partner) == []
    partner_file = services.persons.file(social_worker, partner)
    assert not {r.id for r in partner_file.referrals} & set(ids.values())
    # The slip handed to the person, even asked for as confidential, never names the group.
    for referral_id in ids.values():
        text = pdf_text(services.intake.render_referral_slip(desk, referral_id, confidential=True))
        assert "przemoc" not in text.lower() and "niebiesk" not in text.lower()
        assert "Pakiet" not in text


def test_progress_is_derived_from_acceptance_and_recorded_by_the_delivering_team(
        services: Services, desk: Actor, couple: tuple[uuid.UUID, uuid.UUID],
        services_worker: Actor, social_worker: Actor) -> None:
    victim, _partner = couple
    given = services.packages.give(desk, _intake(services, desk, victim), TargetGroup.HOMELESS)
    ids = {t: i for t, i, _n in given.referrals}
    parts = services.packages.progress_of(desk, victim)[0].parts
    assert {p.state for p in parts} == {PartState.NOT_STARTED}
    services.referrals.accept(services_worker, ids[Team.SERVICES])
    parts = services.packages.progress_of(desk, victim)[0].parts
    assert [p.state for p in parts if p.team is Team.SERVICES] == [PartState.STARTED] * 2
    assert [p.state for p in parts if p.team is Team.SOCIAL_WORK] == [PartState.NOT_STARTED] * 2
    shelter = next(p for p in parts if p.label == "schronienie")
    # Another team does not record the services team's part.
    with pytest.raises(PermissionDenied):
        services.packages.record_state(social_worker, shelter.id, PartState.DONE)
    with pytest.raises(PermissionDenied):
        services.packages.record_state(desk, shelter.id, PartState.DONE)
    done = services.packages.record_state(services_worker, shelter.id, PartState.DONE)
    assert done.state is PartState.DONE and done.set_on is not None
    assert ReferralStatus.ACCEPTED is done.referral_status


def test_the_coordinator_edits_the_catalogue_and_sees_packages_in_use(
        services: Services, desk: Actor, coordinator: Actor,
        couple: tuple[uuid.UUID, uuid.UUID], services_worker: Actor) -> None:
    victim, _partner = couple
    elderly = next(p for p in services.packages.catalogue(coordinator)
                   if p.group is TargetGroup.ELDERLY)
    assert elderly.example and elderly.version is None
    parts = (PackagePart("usługi sąsiedzkie", Team.SERVICES),
             PackagePart("praca socjalna", Team.SOCIAL_WORK))
    saved = services.packages.save(coordinator, TargetGroup.ELDERLY, "Seniorzy", parts)
    assert not saved.example and saved.parts == parts
    # A second save from the example (a colleague's stale screen) is refused.
    with pytest.raises(ConflictError):
        services.packages.save(coordinator, TargetGroup.ELDERLY, "Inny", parts)
    given = services.packages.give(desk, _intake(services, desk, victim), TargetGroup.ELDERLY)
    inbox = services.referrals.inbox(services_worker, Team.SERVICES.value)
    assert any("usługi sąsiedzkie" in r.reason for r in inbox)
    use = {u.group: u for u in services.packages.use_by_group(coordinator)}
    assert use[TargetGroup.ELDERLY].given == 1 and use[TargetGroup.ELDERLY].completed == 0
    assert use[TargetGroup.HOMELESS].given == 0
    behind = services.packages.in_use(coordinator, TargetGroup.ELDERLY)
    assert [b.id for b in behind] == [given.assignment_id]
    assert behind[0].person_name == "Nowak Maria"
    part = next(p for p in behind[0].parts if p.team is Team.SERVICES)
    services.packages.record_state(services_worker, part.id, PartState.DONE)
    social = next(p for p in behind[0].parts if p.team is Team.SOCIAL_WORK)
    services.packages.record_state(coordinator, social.id, PartState.DONE)
    use = {u.group: u for u in services.packages.use_by_group(coordinator)}
    assert use[TargetGroup.ELDERLY].completed == 1 and use[TargetGroup.ELDERLY].in_progress == 0
    # The package given keeps the parts it had when the catalogue changes again.
    services.packages.save(coordinator, TargetGroup.ELDERLY, "Seniorzy",
                           (PackagePart("posiłek", Team.SERVICES),), version=saved.version)
    assert [p.label for p in services.packages.progress_of(coordinator, victim)[0].parts] == [
        "usługi sąsiedzkie", "praca socjalna"]


@pytest.mark.parametrize(("name", "parts", "field", "code"), [
    ("", (PackagePart("posiłek", Team.SERVICES),), "name", "required"),
    ("x" * 201, (PackagePart("posiłek", Team.SERVICES),), "name", "too_long"),
    ("Pakiet\x00", (PackagePart("posiłek", Team.SERVICES),), "name", "invalid_characters"),
    ("Pakiet", (), "parts", "package_without_parts"),
    ("Pakiet", "posiłek", "parts", "invalid"),
    ("Pakiet", (PackagePart(" ", Team.SERVICES),), "parts.0.label", "required"),
    ("Pakiet", (PackagePart("a\x1b[2J", Team.SERVICES),), "parts.0.label", "invalid_characters"),
    ("Pakiet", (PackagePart("posiłek", Team.FIRST_CONTACT),), "parts.0.team", "part_team_invalid"),
    ("Pakiet", (PackagePart("posiłek", "services"),), "parts.0.team", "part_team_invalid"),  # type: ignore[arg-type]
    ("Pakiet", (PackagePart("posiłek", Team.SERVICES),) * 2, "parts.1.label", "part_repeated"),
    ("Pakiet", (PackagePart("p", Team.SERVICES),) * 13, "parts", "too_many_parts"),
])
def test_hostile_catalogue_input_is_refused_next_to_its_field(
        services: Services, coordinator: Actor, name: str, parts: object, field: str,
        code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        services.packages.save(coordinator, TargetGroup.HOMELESS, name, parts)  # type: ignore[arg-type]
    assert (field, code) in {(e.field, e.code) for e in refused.value.errors}
    assert services.packages.catalogue(coordinator)[-1].example  # nothing was saved


def test_a_violence_part_for_another_team_must_read_neutrally(
        services: Services, coordinator: Actor) -> None:
    with pytest.raises(ValidationError) as refused:
        services.packages.save(coordinator, TargetGroup.VIOLENCE, "Pakiet", (
            PackagePart("posiłek dla ofiary przemocy", Team.SERVICES),))
    assert refused.value.errors[0].code == "part_label_reveals"
    saved = services.packages.save(coordinator, TargetGroup.VIOLENCE, "Pakiet", (
        PackagePart("procedura Niebieskiej Karty", Team.SOCIAL_WORK),
        PackagePart("posiłek", Team.SERVICES)))
    assert len(saved.parts) == 2


@pytest.mark.parametrize("bad", [None, "violence", 7, 1.5])
def test_hostile_desk_input(services: Services, desk: Actor, bad: object,
                            services_worker: Actor, couple: tuple[uuid.UUID, uuid.UUID]) -> None:
    intake_id = _intake(services, desk, couple[0])
    with pytest.raises(ValidationError):
        services.packages.give(desk, intake_id, bad)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.packages.give(desk, bad, TargetGroup.ELDERLY)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.packages.record_state(services_worker, uuid.uuid4(), bad)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.packages.record_state(services_worker, bad, PartState.DONE)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        services.packages.give(desk, uuid.uuid4(), TargetGroup.ELDERLY)
    with pytest.raises(NotFound):
        services.packages.record_state(services_worker, uuid.uuid4(), PartState.DONE)
    assert services.packages.progress_of(desk, couple[0]) == []


def test_anonymisation_leaves_the_package_without_the_person(
        services: Services, coordinator: Actor, world: World) -> None:  # noqa: F811
    """A package holds no narrative: once the person is anonymised, the coordinator's list
    behind the count shows the name put in place of theirs, the referrals' reasons are
    blanked with the person's other referrals, and the counts keep the package."""
    intake_id = next(i.id for i in services.persons.file(coordinator, world.jan).intakes
                     if i.person_id == world.jan)
    given = services.packages.give(coordinator, intake_id, TargetGroup.HOMELESS)
    cells = _anonymised_cells(services, coordinator, world)
    behind = services.packages.in_use(coordinator, TargetGroup.HOMELESS)
    assert [b.id for b in behind] == [given.assignment_id]
    assert "Żółkiewski" not in behind[0].person_name
    assert not [c for c in cells if "Do realizacji przez zespół" in c]
    assert {u.group: u.given for u in services.packages.use_by_group(coordinator)}[
        TargetGroup.HOMELESS] == 1


def test_the_audit_log_records_a_given_package_without_its_group(
        services: Services, desk: Actor, auditor: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:  # noqa: F811
    """The data-protection officer reads that a package was given and its parts changed,
    never which group (violence) nor the parts' words that would tell it."""
    intake_id = services.intake.record(desk, violence_intake(couple[0])).intake_id
    services.packages.give(desk, intake_id, TargetGroup.VIOLENCE)
    logged = [e for e in services.audit.entries(auditor, limit=500)
              if e.entity in ("package_assignments", "package_parts")]
    assert {e.entity for e in logged} == {"package_assignments", "package_parts"}
    words = repr(logged).lower()
    assert "violence" not in words and "przemoc" not in words and "niebiesk" not in words
    assert "[treść poufna" in words
