"""Zażalenie on a postanowienie (KPA art. 141–144) through the appeal machinery, on a real
store: registered against an appealable postanowienie with the kind's 7 days from acts.json
(not the appeal's 14), refused against one the KPA gives no zażalenie on, forwarded to the
SKO with a cover letter that names a zażalenie and a postanowienie, and the SKO's quashing of
a suspension lets the proceedings go on."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from ops_desktop.domain.act_kinds import days_deadline
from ops_desktop.domain.appeals import SkoOutcome, Timeliness
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, ValidationError
from ops_desktop.domain.vocabulary import ApplicationStatus, BenefitForm, DecisionKind
from ops_desktop.services.appeals import AppealInput, ForwardInput, OutcomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from .test_benefits import application, grant, text_of
from .test_procedural_acts import order

TODAY = wall_today()
ISSUED = TODAY - dt.timedelta(days=25)
DELIVERED = TODAY - dt.timedelta(days=20)


def _suspended(services: Services, worker: Actor, signer: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    _, app = application(services, worker, BenefitForm.PERIODIC, Decimal("300"))
    draft = services.procedural_acts.prepare_order(worker, order(app.id))
    services.decisions.sign(signer, draft.id, on=ISSUED)
    return app.id, draft.id


def _zazalenie(act_id: uuid.UUID, lodged_on: dt.date) -> AppealInput:
    return AppealInput(act_id, lodged_on, lodged_on, "Jan Żółkiewski (strona)",
                       "Zawieszenie jest zbędne: sąd już orzekł.", DELIVERED)


def test_a_zazalenie_counts_the_postanowienie_s_seven_days(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    _app, act = _suspended(services, benefits_worker, signer)
    seventh = days_deadline(DELIVERED, 7)
    # A day after the 7th: late for a zażalenie, though well within an appeal's 14 days.
    late_day = seventh + dt.timedelta(days=1)
    assert late_day < days_deadline(DELIVERED, 14)
    view = services.appeals.register(benefits_worker, _zazalenie(act, late_day))
    assert view.remedy == "zażalenie" and view.party_deadline == seventh
    assert view.timeliness is Timeliness.LATE
    # The postanowienie is offered with the case's decisions to lodge it against.
    assert act in [d.id for d in services.appeals.appealable(benefits_worker, view.case_sign)]


def test_no_zazalenie_lies_on_a_resumption(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    app, _act = _suspended(services, benefits_worker, signer)
    resumed = services.procedural_acts.prepare_order(benefits_worker, order(
        app, DecisionKind.RESUMPTION, detail="sąd rozstrzygnął sprawę wyrokiem"))
    services.decisions.sign(signer, resumed.id, on=ISSUED + dt.timedelta(days=2))
    with pytest.raises(ConflictError, match="act_not_appealable"):
        services.appeals.register(benefits_worker, _zazalenie(resumed.id, TODAY))
    sign = services.decisions.get(benefits_worker, resumed.id).case_sign
    assert resumed.id not in [d.id for d in services.appeals.appealable(benefits_worker, sign)]


def test_forwarded_with_its_letter_and_the_quashed_suspension_lets_the_case_go_on(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    app, act = _suspended(services, benefits_worker, signer)
    view = services.appeals.register(benefits_worker, _zazalenie(act, DELIVERED))
    assert view.timeliness is Timeliness.IN_TIME
    # Granting it would need a new postanowienie: the change-decision way is refused.
    with pytest.raises(ConflictError, match="order_granted_by_order"):
        services.appeals.grant_in_full(benefits_worker, view.id, grant(
            app, Decimal("300.00"), corrects_id=act))
    documents = services.appeals.suggested_documents(benefits_worker, view.id)
    assert documents[0].startswith("Zażalenie z dnia")
    assert documents[1].startswith("Zaskarżone postanowienie z dnia")
    services.appeals.forward(benefits_worker, view.id, ForwardInput(TODAY, tuple(documents)))
    letter = text_of(services.appeals.cover_letter(benefits_worker, view.id))
    assert "Przekazanie zażalenia" in letter and "przekazuję zażalenie" in letter
    assert "od postanowienia z dnia" in letter and "zawieszenia postępowania" in letter
    assert "art. 141 § 2 k.p.a." in letter and "art. 144" in letter
    assert "odwołani" not in letter
    # The SKO's amount belongs to decisions on benefits, not to a postanowienie.
    with pytest.raises(ValidationError) as caught:
        services.appeals.record_outcome(benefits_worker, view.id, OutcomeInput(
            SkoOutcome.QUASHED_DECIDED, TODAY, "SKO.4101.3.2026", amount=Decimal("10"),
            period_from=TODAY))
    assert {e.code for e in caught.value.errors} == {"not_for_outcome"}
    assert services.applications.get(benefits_worker, app).status is ApplicationStatus.SUSPENDED
    services.appeals.record_outcome(benefits_worker, view.id, OutcomeInput(
        SkoOutcome.QUASHED_DECIDED, TODAY, "SKO.4101.3.2026"))
    assert services.applications.get(benefits_worker, app).status is ApplicationStatus.REGISTERED
