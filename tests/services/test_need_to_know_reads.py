"""Need-to-know in the reads themselves: slips of another team's referral, audited slips,
and pages that cannot be asked for with a negative offset or limit (issue 11, item 4)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ValidationError
from ops_desktop.domain.vocabulary import Ground, NoteKind, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from .helpers import person, referral_intake


def _violence_referral(services: Services, desk: Actor) -> tuple[object, object]:
    pid = services.persons.register_household(desk, person(), [])
    told = referral_intake(pid, Team.SOCIAL_WORK)
    import dataclasses

    told = dataclasses.replace(told, grounds=(Ground.POVERTY, Ground.DOMESTIC_VIOLENCE))
    result = services.intake.record(desk, told)
    assert result.referral_id is not None
    return pid, result.referral_id


def test_a_team_the_referral_never_went_through_gets_its_slip_without_reason_or_grounds(
        services: Services, desk: Actor, benefits_worker: Actor, social_worker: Actor) -> None:
    _, referral_id = _violence_referral(services, desk)
    for plain in (False, True):
        slip = services.intake.referral_slip(benefits_worker, referral_id, confidential=plain)
        assert (slip.reason, slip.grounds, slip.grounds_left_out) == ("", (), True)
    theirs = services.intake.referral_slip(social_worker, referral_id, confidential=True)
    assert theirs.reason == "Wniosek o zasiłek okresowy."
    assert any("pkt 7" in g for g in theirs.grounds)


def test_every_reading_and_printing_of_a_slip_is_in_the_audit_log(
        services: Services, desk: Actor, benefits_worker: Actor, auditor: Actor) -> None:
    pid, referral_id = _violence_referral(services, desk)
    services.intake.referral_slip(benefits_worker, referral_id)
    services.intake.render_referral_slip(desk, referral_id)
    entries = [e for e in services.audit.entries(auditor, person_id=pid)
               if e.entity == "referral_slip"]
    assert sorted((e.action, e.actor_id, dict(e.details)["confidential"]) for e in entries) == sorted([
        ("view", benefits_worker.user_id, False), ("print", desk.user_id, False)])


def _paged_reads(services: Services, head: Actor, case_id: object,
                 pid: object) -> dict[str, Callable[[int, int], object]]:
    """Every paged read of the services, called with a limit and an offset."""
    return {
        "notes": lambda lim, off: services.social_work.notes(head, case_id, lim, off),
        "notes_for_person": lambda lim, off: services.social_work.notes_for_person(
            head, pid, lim, off),
        "search": lambda lim, off: services.persons.search(head, "Żółk", lim, off),
        "inbox": lambda lim, off: services.referrals.inbox(head, Team.BENEFITS.value, lim, off),
        "find": lambda lim, _: services.persons.find(head, "Żółk", lim, 10),
        "returned_to": lambda lim, _: services.referrals.returned_to(
            head, Team.FIRST_CONTACT.value, 30, lim),
        "cases": lambda lim, _: services.referrals.cases(head, Team.SOCIAL_WORK.value, lim),
        "applications": lambda lim, _: services.applications.page(head, limit=lim),
        "decisions": lambda lim, _: services.decisions.page(head, limit=lim),
    }


WITH_OFFSET = {"notes", "notes_for_person", "search", "inbox"}


def test_a_negative_offset_or_limit_is_refused_and_shows_no_note(
        services: Services, desk: Actor, coordinator: Actor, auditor: Actor) -> None:
    pid, referral_id = _violence_referral(services, desk)
    case_id = services.referrals.accept(coordinator, referral_id).id  # type: ignore[arg-type]
    services.social_work.add_note(coordinator, case_id, NoteKind.NIEBIESKA_KARTA,
                                  wall_today(), "Niebieska Karta – procedura wszczęta.")
    before = services.audit.count(auditor)
    reads = _paged_reads(services, coordinator, case_id, pid)
    for name, read in reads.items():
        for limit, offset in ((10, -1), (-1, 0)):
            if offset < 0 and name not in WITH_OFFSET:
                continue  # paged by the last row shown, not by an offset
            with pytest.raises(ValidationError) as refused:
                read(limit, offset)
            assert refused.value.errors[0].code == "invalid", name
    with pytest.raises(ValidationError):
        services.audit.entries(auditor, limit=-1)
    with pytest.raises(ValidationError):
        services.persons.find(coordinator, "Żółk", 10, -5)  # a negative "count up to"
    assert services.audit.count(auditor) == before  # nothing read, nothing to log
    assert len(reads["notes"](10, 0)) == 1

