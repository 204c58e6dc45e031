"""A domestic-violence report stays with those who may read it: the slip handed to the client,
other teams' inboxes and another household member's file carry neither the narrative nor a
special-category ground. Also: forwarding a referral to the team it is meant for.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import uuid

import pytest
from pypdf import PdfReader

from ops_desktop.domain.clock import wall_now
from ops_desktop.domain.errors import PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import (
    Channel,
    Ground,
    IntakeOutcome,
    ReferralStatus,
    Relation,
    Role,
    Team,
)
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.intake import IntakeInput
from ops_desktop.services.persons import MemberInput
from ops_desktop.services.views import PersonFile, ReferralView

from .helpers import PESEL_MAN_1944, PESEL_WOMAN_1985, person

NARRATIVE = "Zgłasza przemoc ze strony partnera, boi się wrócić do domu."
FOR_BENEFITS = "Proszę o rozpatrzenie prawa do zasiłku okresowego."


def violence_intake(victim: uuid.UUID, reason: str = FOR_BENEFITS,
                    grounds: tuple[Ground, ...] = (Ground.POVERTY, Ground.DOMESTIC_VIOLENCE),
                    **changes: object) -> IntakeInput:
    """The issue's scenario: a woman reports violence, art. 7 pkt 7, referred to benefits."""
    data = IntakeInput(
        person_id=victim, received_at=wall_now().replace(microsecond=0) - dt.timedelta(hours=1),
        channel=Channel.IN_PERSON, problem=NARRATIVE, grounds=grounds,
        outcome=IntakeOutcome.REFERRED, refer_to=Team.BENEFITS, referral_reason=reason)
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


@pytest.fixture
def couple(services: Services, desk: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    """Maria (the applicant) and her partner Jan in one household: (victim, partner)."""
    victim = services.persons.register_household(desk, person("Maria", "Nowak", PESEL_WOMAN_1985), [
        MemberInput(Relation.PARTNER, person("Jan", "Kowal", PESEL_MAN_1944))])
    partner = next(m.person_id for m in services.persons.household(desk, victim)
                   if m.person_id != victim)
    return victim, partner


def _worker(services: Services, login: str, role: Role) -> Actor:
    user_id = services.office.add_user(login, f"Pracownik {login}", "", frozenset({role}))
    return Actor(user_id, f"Pracownik {login}", "", frozenset({role}))


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def file_words(file: PersonFile) -> str:
    """Everything a person's file hands to the screen about the history, as one text."""
    return repr((file.intakes, file.referrals))


def inbox_words(rows: list[ReferralView]) -> str:
    return repr(rows)


def test_a_referral_needs_its_own_reason_never_the_problem_text(
        services: Services, desk: Actor, couple: tuple[uuid.UUID, uuid.UUID]) -> None:
    victim, _ = couple
    for reason in ("", "  \n "):
        with pytest.raises(ValidationError) as refused:
            services.intake.record(desk, violence_intake(victim, reason=reason))
        assert [(e.field, e.code) for e in refused.value.errors] == [
            ("referral_reason", "referral_reason_required")]
    lodged = violence_intake(victim, reason="", outcome=IntakeOutcome.APPLICATION)
    with pytest.raises(ValidationError):
        services.intake.record(desk, lodged)
    # Information only: no referral, so no reason asked for.
    services.intake.record(desk, violence_intake(victim, reason="", refer_to=None,
                                                 outcome=IntakeOutcome.INFORMATION))


def test_the_violence_report_reaches_neither_the_slip_the_benefits_inbox_nor_the_partners_file(
        services: Services, desk: Actor, benefits_worker: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:
    victim, partner = couple
    result = services.intake.record(desk, violence_intake(victim))
    assert result.referral_id is not None

    slip = pdf_text(services.intake.render_referral_slip(desk, result.referral_id))
    assert "Maria Nowak" in slip and "ubóstwo" in slip
    for word in ("przemoc", "partnera", "pkt 7", "Powód przekazania", FOR_BENEFITS[:20]):
        assert word not in slip

    inbox = services.referrals.inbox(benefits_worker, Team.BENEFITS.value)
    assert [r.id for r in inbox] == [result.referral_id]
    assert inbox[0].reason == FOR_BENEFITS  # written for the team, so the team reads it
    assert inbox[0].grounds == (Ground.POVERTY,)
    assert "przemoc" not in inbox_words(inbox) and "partnera" not in inbox_words(inbox)

    for reader in (desk, benefits_worker):
        partners = services.persons.file(reader, partner)
        assert partners.intakes == () and partners.referrals == ()
        assert "przemoc" not in file_words(partners)
        assert Ground.DOMESTIC_VIOLENCE.value not in {
            g.value for i in partners.intakes for g in i.grounds}
    benefits_view = services.persons.file(benefits_worker, victim)
    assert benefits_view.intakes[0].narrative_hidden
    assert benefits_view.intakes[0].grounds == (Ground.POVERTY,)
    assert "przemoc" not in file_words(benefits_view)


def test_the_desk_and_social_work_still_read_what_they_may(
        services: Services, desk: Actor, social_worker: Actor, coordinator: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:
    victim, _ = couple
    referral_id = services.intake.record(
        desk, violence_intake(victim, refer_to=Team.SOCIAL_WORK)).referral_id
    own = services.persons.file(desk, victim)
    assert own.intakes[0].problem == NARRATIVE and own.intakes[0].person_name == "Maria Nowak"
    inbox = services.referrals.inbox(social_worker, Team.SOCIAL_WORK.value)
    assert inbox[0].grounds == (Ground.POVERTY, Ground.DOMESTIC_VIOLENCE)
    assert services.persons.file(coordinator, victim).intakes[0].problem == NARRATIVE
    # The services team reads health grounds (care services), not violence.
    services_worker = _worker(services, "uslugi", Role.SERVICES)
    seen = services.persons.file(services_worker, victim).intakes[0]
    assert seen.narrative_hidden and seen.grounds == (Ground.POVERTY,)
    assert referral_id is not None


def test_the_worker_chooses_at_printing_to_add_the_reason_and_every_ground(
        services: Services, desk: Actor, benefits_worker: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:
    victim, _ = couple
    referral_id = services.intake.record(desk, violence_intake(victim)).referral_id
    assert referral_id is not None
    full = pdf_text(services.intake.render_referral_slip(desk, referral_id, confidential=True))
    assert "art. 7 pkt 7 – przemoc domowa" in full and "Powód przekazania" in full
    assert FOR_BENEFITS in full
    # Whoever prints, only what that worker may read reaches the paper.
    theirs = pdf_text(services.intake.render_referral_slip(benefits_worker, referral_id, True))
    assert "przemoc" not in theirs and FOR_BENEFITS in theirs


def test_the_desk_shares_a_legal_basis_with_benefits_on_that_referral_only(
        services: Services, desk: Actor, benefits_worker: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:
    victim, _ = couple
    grounds = (Ground.DISABILITY, Ground.DOMESTIC_VIOLENCE)
    with pytest.raises(ValidationError) as refused:  # only a ticked special ground is shared
        services.intake.record(desk, violence_intake(victim, grounds=grounds,
                                                     shared_grounds=(Ground.ADDICTION,)))
    assert [e.field for e in refused.value.errors] == ["shared_grounds"]
    services.intake.record(desk, violence_intake(victim, grounds=grounds,
                                                 shared_grounds=(Ground.DISABILITY,)))
    services.intake.record(desk, violence_intake(victim, grounds=grounds))
    seen = {r.grounds for r in services.referrals.inbox(benefits_worker, Team.BENEFITS.value)}
    assert seen == {(Ground.DISABILITY,), ()}


def test_another_members_ordinary_entries_show_whose_they_are(
        services: Services, desk: Actor, couple: tuple[uuid.UUID, uuid.UUID]) -> None:
    victim, partner = couple
    services.intake.record(desk, violence_intake(victim, grounds=(Ground.POVERTY,),
                                                 problem="Brak środków na opał."))
    services.intake.record(desk, violence_intake(victim))
    partners = services.persons.file(desk, partner)
    assert [(i.person_id, i.person_name, i.problem) for i in partners.intakes] == [
        (victim, "Maria Nowak", "Brak środków na opał.")]
    assert [(r.person_id, r.person_name) for r in partners.referrals] == [(victim, "Maria Nowak")]
    assert len(services.persons.file(desk, victim).intakes) == 2


def test_a_team_forwards_a_referral_meant_for_another_team_with_a_reason(
        services: Services, desk: Actor, benefits_worker: Actor, social_worker: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:
    victim, _ = couple
    referral_id = services.intake.record(desk, violence_intake(victim)).referral_id
    assert referral_id is not None
    why = "Sprawa dotyczy przede wszystkim pracy socjalnej z rodziną."
    for to, reason, field in ((Team.FIRST_CONTACT, why, "forward_to"),
                              (Team.BENEFITS, why, "forward_to"),
                              (Team.SOCIAL_WORK, " ", "forward_reason")):
        with pytest.raises(ValidationError) as refused:
            services.referrals.forward(benefits_worker, referral_id, to, reason)
        assert [e.field for e in refused.value.errors] == [field]
    with pytest.raises(PermissionDenied):  # only the team holding it forwards it
        services.referrals.forward(social_worker, referral_id, Team.SERVICES, why)

    services.referrals.forward(benefits_worker, referral_id, Team.SOCIAL_WORK, why)

    assert services.referrals.inbox(benefits_worker, Team.BENEFITS.value) == []
    [waiting] = services.referrals.inbox(social_worker, Team.SOCIAL_WORK.value)
    assert waiting.id == referral_id and waiting.status is ReferralStatus.PENDING
    [hop] = waiting.forwards
    assert (hop.from_team, hop.to_team, hop.reason, hop.forwarded_by) == (
        Team.BENEFITS.value, Team.SOCIAL_WORK.value, why, benefits_worker.full_name)
    assert waiting.reason_for_receiver == why and waiting.sent_by_team == Team.BENEFITS.value
    # The desk wrote its reason for benefits: social work is told the forwarding's reason.
    assert waiting.reason == ""
    assert waiting.grounds == (Ground.POVERTY, Ground.DOMESTIC_VIOLENCE)

    history = services.persons.file(desk, victim).referrals
    assert [(r.to_team, [f.reason for f in r.forwards]) for r in history] == [
        (Team.SOCIAL_WORK.value, [why])]

    # Returned after forwarding, it still comes back to the desk.
    services.referrals.return_(social_worker, referral_id, "Osoba odmawia kontaktu.")
    assert [r.id for r in services.referrals.returned_to(desk, Team.FIRST_CONTACT.value)] == [
        referral_id]


def test_the_partners_data_subject_copy_holds_nothing_of_the_victims_report(
        services: Services, desk: Actor, coordinator: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:
    victim, partner = couple
    services.intake.record(desk, violence_intake(victim))
    copy = services.personal_data.export_json(coordinator, partner).decode("utf-8")
    assert "przemoc" not in copy and "partnera" not in copy and FOR_BENEFITS not in copy
    assert NARRATIVE in services.personal_data.export_json(coordinator, victim).decode("utf-8")
