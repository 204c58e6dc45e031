"""Art. 107 ust. 4a/5 u.p.s.: the social worker records that the person refused the family
interview (or the statement of assets) instead of completing it; the benefits team links the
application to it, and a refusal on that ground is signed without a completed interview and
says so on paper, while a grant still needs the interview."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, ValidationError
from ops_desktop.domain.interview_rules import interview_rules
from ops_desktop.domain.interviews import InterviewStatus
from ops_desktop.domain.vocabulary import DecisionKind, DecisionStatus, PaymentMethod
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from .test_benefits import grant, text_of
from .test_interview_rules import _application, _draft, _family
from .test_interviews import _case

TODAY = wall_today()
PLACE = "Lipowiec, ul. Polna 3"


def _refused(services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor,
             ground: InterviewStatus) -> tuple[object, object]:
    """(the application, the interview the person refused on `ground`), linked."""
    pid = _family(services, desk)
    case_id = _case(services, desk, social_worker, pid=pid)
    interview = services.interviews.open(social_worker, case_id, TODAY)
    refused = services.interviews.refuse(social_worker, interview.id, ground, TODAY, PLACE)
    assert refused.status is ground
    app_id = _application(services, benefits_worker, pid)
    services.interviews.link_application(benefits_worker, app_id, interview.id)
    return app_id, interview.id


def _refusal(services: Services, worker: Actor, app_id: object) -> uuid.UUID:
    return services.decisions.prepare(worker, grant(
        app_id, None, kind=DecisionKind.REFUSAL, reasoning="Strona odmówiła w dniu wizyty.",
        period_from=None, payment_method=PaymentMethod.CASH, bank_account=None)).id


@pytest.mark.without_interview
@pytest.mark.parametrize("ground", [InterviewStatus.REFUSED_INTERVIEW,
                                    InterviewStatus.REFUSED_STATEMENT])
def test_a_refusal_on_a_refused_interview_is_signed_and_a_grant_still_is_not(
        services: Services, desk: Actor, social_worker: Actor, benefits_worker: Actor,
        coordinator: Actor, ground: InterviewStatus) -> None:
    app_id, _interview_id = _refused(services, desk, social_worker, benefits_worker, ground)
    grant_id = _draft(services, benefits_worker, app_id)  # type: ignore[arg-type]
    with pytest.raises(ConflictError) as refused:
        services.decisions.sign(coordinator, grant_id)
    assert refused.value.code == "decision_needs_interview"

    refusal_id = _refusal(services, benefits_worker, app_id)
    listed = {d.id: d for d in services.decisions.page(coordinator, DecisionStatus.DRAFT)}
    assert not listed[refusal_id].interview_missing
    signed = services.decisions.sign(coordinator, refusal_id)
    assert signed.status is DecisionStatus.SIGNED

    text = " ".join(text_of(services.decisions.render(coordinator, signed.id)).split())
    wording = interview_rules(TODAY).exemption("refusal", ground.value)
    assert wording is not None and not wording.confirmed  # DO POTWIERDZENIA, as in DOMAIN
    assert " ".join(wording.wording.split()) in text
    assert ("oświadczenia o stanie majątkowym" in text) is (
        ground is InterviewStatus.REFUSED_STATEMENT)
    # the interview was not conducted: the paper cites no interview date
    assert "po przeprowadzeniu w dniu" not in text


@pytest.mark.without_interview
def test_a_refusal_without_any_interview_still_waits_for_one(
        services: Services, desk: Actor, benefits_worker: Actor, coordinator: Actor) -> None:
    app_id = _application(services, benefits_worker, _family(services, desk))
    refusal_id = _refusal(services, benefits_worker, app_id)
    with pytest.raises(ConflictError):
        services.decisions.sign(coordinator, refusal_id)


def test_only_a_draft_interview_is_refused_on_a_known_ground(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    case_id = _case(services, desk, social_worker)
    interview = services.interviews.open(social_worker, case_id, TODAY)
    with pytest.raises(ValidationError):
        services.interviews.refuse(social_worker, interview.id, InterviewStatus.COMPLETED,
                                   TODAY, PLACE)
    with pytest.raises(ValidationError) as late:
        services.interviews.refuse(social_worker, interview.id,
                                   InterviewStatus.REFUSED_INTERVIEW,
                                   TODAY + dt.timedelta(days=1), PLACE)
    assert late.value.codes_for("conducted_on") == ["future_date"]
    services.interviews.refuse(social_worker, interview.id, InterviewStatus.REFUSED_INTERVIEW,
                               TODAY, PLACE)
    with pytest.raises(ConflictError):
        services.interviews.refuse(social_worker, interview.id,
                                   InterviewStatus.REFUSED_STATEMENT, TODAY, PLACE)
