"""Hostile checks of the special-category rule on read paths the screens do not show first:
the grounds preset for the benefits team, the household members' applications in a person's
file, and the trafficking ground (art. 7 pkt 7a) on the slip and in other teams' inboxes."""

from __future__ import annotations

import uuid

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import BenefitForm, Ground, Team
from ops_desktop.services.applications import ApplicationInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from .test_referral_privacy import NARRATIVE, couple, pdf_text, violence_intake  # noqa: F401


def test_benefits_preset_carries_no_ground_the_desk_did_not_share(
        services: Services, desk: Actor, benefits_worker: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:  # noqa: F811
    victim, _ = couple
    result = services.intake.record(desk, violence_intake(victim))
    assert result.referral_id is not None
    services.referrals.accept(benefits_worker, result.referral_id)
    grounds, _ = services.applications.intake_grounds(benefits_worker, result.referral_id)
    assert grounds == (Ground.POVERTY,)  # the inbox showed no violence: neither does the preset

    shared = services.intake.record(desk, violence_intake(
        victim, grounds=(Ground.POVERTY, Ground.DISABILITY, Ground.ADDICTION),
        shared_grounds=(Ground.DISABILITY,)))
    assert shared.referral_id is not None
    services.referrals.accept(benefits_worker, shared.referral_id)
    assert services.applications.intake_grounds(benefits_worker, shared.referral_id) == (
        (Ground.POVERTY, Ground.DISABILITY), "")


def test_a_members_application_grounds_stay_out_of_the_partners_file(
        services: Services, desk: Actor, benefits_worker: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:  # noqa: F811
    victim, partner = couple
    services.applications.register(benefits_worker, ApplicationInput(
        person_id=victim, received_on=wall_today(), form=BenefitForm.PURPOSE,
        purpose="zakup opału", grounds=(Ground.POVERTY, Ground.DOMESTIC_VIOLENCE, Ground.OTHER),
        other_ground="grożenie nożem"))
    for reader in (desk, benefits_worker):
        partners = services.persons.file(reader, partner)
        assert [(a.grounds, a.other_ground) for a in partners.applications] == [
            ((Ground.POVERTY,), "")]
    # The victim's own file keeps the ground for the team that recorded it.
    own = services.persons.file(benefits_worker, victim)
    assert own.applications[0].grounds == (Ground.POVERTY, Ground.DOMESTIC_VIOLENCE, Ground.OTHER)


def test_trafficking_is_a_special_category_ground(
        services: Services, desk: Actor, benefits_worker: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:  # noqa: F811
    victim, partner = couple
    result = services.intake.record(desk, violence_intake(
        victim, grounds=(Ground.POVERTY, Ground.HUMAN_TRAFFICKING)))
    assert result.referral_id is not None
    slip = pdf_text(services.intake.render_referral_slip(desk, result.referral_id))
    assert "handlu" not in slip and "7a" not in slip
    inbox = services.referrals.inbox(benefits_worker, Team.BENEFITS.value)
    assert inbox[0].grounds == (Ground.POVERTY,)
    own = services.persons.file(benefits_worker, victim)
    assert own.intakes[0].problem == "" and own.intakes[0].narrative_hidden
    partners = services.persons.file(desk, partner)
    assert partners.intakes == () and NARRATIVE not in repr(partners)


def test_a_teams_closing_remarks_stay_with_the_team(
        services: Services, desk: Actor, benefits_worker: Actor, social_worker: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:  # noqa: F811
    from ops_desktop.domain.vocabulary import CloseReason

    victim, partner = couple
    result = services.intake.record(desk, violence_intake(victim, refer_to=Team.SOCIAL_WORK))
    assert result.referral_id is not None
    case = services.referrals.accept(social_worker, result.referral_id)
    remark = "Niebieska Karta zamknięta, partner opuścił mieszkanie."
    services.cases.close(social_worker, case.id, CloseReason.OTHER, remark)
    for reader, whose in ((desk, partner), (benefits_worker, partner), (desk, victim),
                          (benefits_worker, victim)):
        file = services.persons.file(reader, whose)
        closed = [c for c in file.cases if c.id == case.id]
        assert closed and closed[0].closed_on is not None  # that it closed, and why in a word
        assert closed[0].close_reason is CloseReason.OTHER
        assert remark not in repr(file)
    own_team = services.persons.file(social_worker, victim)
    assert [c.close_note for c in own_team.cases if c.id == case.id] == [remark]


def _violence_and_other(services: Services, desk: Actor, victim: uuid.UUID) -> uuid.UUID:
    """A violence report with "other" in the desk's words referred to benefits."""
    result = services.intake.record(desk, violence_intake(
        victim, grounds=(Ground.POVERTY, Ground.DOMESTIC_VIOLENCE, Ground.OTHER),
        other_ground="partner grozi jej nożem"))
    assert result.referral_id is not None
    return result.referral_id


def test_the_desks_other_circumstance_of_a_withheld_report_is_not_preset(
        services: Services, desk: Actor, benefits_worker: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:  # noqa: F811
    """"Other" in the desk's words sits beside the violence ground the inbox did not show."""
    referral_id = _violence_and_other(services, desk, couple[0])
    services.referrals.accept(benefits_worker, referral_id)
    assert services.applications.intake_grounds(benefits_worker, referral_id) == (
        (Ground.POVERTY,), "")


def test_the_partners_copy_of_his_data_holds_nothing_of_the_victims_report(
        services: Services, desk: Actor, benefits_worker: Actor, social_worker: Actor,
        coordinator: Actor, couple: tuple[uuid.UUID, uuid.UUID]) -> None:  # noqa: F811
    from decimal import Decimal

    from ops_desktop.domain.vocabulary import CloseReason
    from ops_desktop.services.applications import IncomeInput

    victim, partner = couple
    to_sw = services.intake.record(desk, violence_intake(victim, refer_to=Team.SOCIAL_WORK))
    assert to_sw.referral_id is not None
    case = services.referrals.accept(social_worker, to_sw.referral_id)
    services.cases.close(social_worker, case.id, CloseReason.OTHER, "przemoc – sprawa w sądzie")
    app = services.applications.register(benefits_worker, ApplicationInput(
        person_id=victim, received_on=wall_today(), form=BenefitForm.PURPOSE,
        purpose="zakup opału", grounds=(Ground.POVERTY, Ground.DOMESTIC_VIOLENCE)))
    services.applications.set_incomes(benefits_worker, app.id, [
        IncomeInput(partner, "wynagrodzenie", Decimal("900"))])
    pdf, json_bytes = services.personal_data.export_files(coordinator, partner)
    for text in (json_bytes.decode("utf-8"), pdf_text(pdf)):
        for word in ("przemoc", "Przemoc", NARRATIVE[:20], "sądzie", "boi się"):
            assert word not in text


def test_a_referral_forwarded_twice_tells_each_team_only_its_part(
        services: Services, desk: Actor, benefits_worker: Actor, social_worker: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:  # noqa: F811
    from ops_desktop.domain.vocabulary import Role

    from .test_referral_privacy import FOR_BENEFITS, _worker

    carer = _worker(services, "uslugi", Role.SERVICES)
    victim, _ = couple
    result = services.intake.record(desk, violence_intake(
        victim, grounds=(Ground.POVERTY, Ground.DOMESTIC_VIOLENCE, Ground.DISABILITY),
        shared_grounds=(Ground.DISABILITY,)))
    assert result.referral_id is not None
    services.referrals.forward(benefits_worker, result.referral_id, Team.SERVICES,
                               "Potrzebne usługi opiekuńcze.")
    services.referrals.forward(carer, result.referral_id, Team.SOCIAL_WORK,
                               "Sprawa dla pracownika socjalnego.")
    seen = services.referrals.inbox(social_worker, Team.SOCIAL_WORK.value)[0]
    assert seen.reason == ""  # the desk wrote for benefits
    assert [f.reason for f in seen.forwards] == ["", "Sprawa dla pracownika socjalnego."]
    # Back in the carer's view of the person's file: no violence, no desk reason, no narrative.
    file = services.persons.file(carer, victim)
    assert file.referrals[0].grounds == (Ground.POVERTY, Ground.DISABILITY)
    assert FOR_BENEFITS not in repr(file) and NARRATIVE not in repr(file)
    assert services.referrals.inbox(carer, Team.SERVICES.value) == []


def test_a_confidential_slip_printed_by_another_team_tells_no_more_than_its_inbox(
        services: Services, desk: Actor, benefits_worker: Actor,
        couple: tuple[uuid.UUID, uuid.UUID]) -> None:  # noqa: F811
    referral_id = _violence_and_other(services, desk, couple[0])
    slip = pdf_text(services.intake.render_referral_slip(benefits_worker, referral_id,
                                                         confidential=True))
    assert "ubóstwo" in slip
    assert "nożem" not in slip and "przemoc" not in slip
    # The desk, which reads the whole report, may still choose to print it.
    desk_slip = pdf_text(services.intake.render_referral_slip(desk, referral_id,
                                                              confidential=True))
    assert "nożem" in desk_slip
