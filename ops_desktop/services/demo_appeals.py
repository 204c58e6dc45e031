"""Appeals of the demo office: one the office granted in full itself (art. 132 § 1 KPA: a
decision raising the amount, signed by the head) and one forwarded to the SKO (art. 133) with
its cover letter's list of documents, waiting for the SKO's outcome."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.vocabulary import BenefitForm, DecisionKind, DecisionStatus, Role
from ops_desktop.services.appeals import AppealInput, AppealView, ForwardInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.services.views import DecisionView

# The party's letter reaches the office a few days after the decision was delivered.
RAISABLE = (BenefitForm.PERIODIC, BenefitForm.PURPOSE)
DELIVERED_AFTER, LODGED_AFTER, RECEIVED_AFTER, FORWARDED_AFTER = 3, 9, 10, 5


def appeal_story(services: Services, actors: dict[Role, list[Actor]], signers: list[Actor],
                 today: dt.date) -> int:
    """The demo's two appeals; returns how many were registered."""
    clerk, head = actors[Role.BENEFITS][0], actors[Role.COORDINATOR][0]
    signer = head if head in signers else signers[0]
    earliest = today - dt.timedelta(days=RECEIVED_AFTER + FORWARDED_AFTER + 5)
    # The latest signed decision of each application, old enough for the story's days.
    latest: dict[object, DecisionView] = {}
    for d in services.decisions.page(head, DecisionStatus.SIGNED, limit=1000):
        if d.issued_on is not None and d.application_id not in latest:
            latest[d.application_id] = d
    candidates = [d for d in latest.values() if d.issued_on and d.issued_on <= earliest
                  and d.kind is not DecisionKind.DISCONTINUANCE]
    made = 0
    granted = next((d for d in candidates if _grant_in_full(services, clerk, signer, d)), None)
    made += granted is not None
    forwarded = next((d for d in candidates if d is not granted
                      and _forward(services, clerk, d)), None)
    return made + (forwarded is not None)


def _register(services: Services, clerk: Actor, d: DecisionView, summary: str) -> AppealView:
    assert d.issued_on is not None
    return services.appeals.register(clerk, AppealInput(
        decision_id=d.id, lodged_on=d.issued_on + dt.timedelta(days=LODGED_AFTER),
        received_on=d.issued_on + dt.timedelta(days=RECEIVED_AFTER),
        lodged_by=f"{d.person_name} (strona)", summary=summary,
        delivered_on=d.issued_on + dt.timedelta(days=DELIVERED_AFTER)))


def _grant_in_full(services: Services, clerk: Actor, signer: Actor, d: DecisionView) -> bool:
    """An appeal against a periodic or purpose benefit the party finds too low: the office
    raises it (to the most the law allows, or twice a purpose benefit) by a change decision."""
    if d.kind is not DecisionKind.GRANT or d.form not in RAISABLE or d.amount is None:
        return False
    try:
        a = services.applications.assess(clerk, d.application_id, on=d.period_from)
        raised = a.maximum if a.maximum is not None else d.amount * 2
        if not a.eligible or raised <= d.amount:
            return False
        appeal = _register(services, clerk, d, "Strona wnosi o przyznanie świadczenia w wyższej "
                           "kwocie – wydatki na leki i opał nie zostały uwzględnione.")
        change = DecisionInput(
            application_id=d.application_id, kind=DecisionKind.GRANT, amount=raised,
            period_from=d.period_from, period_to=d.period_to, payment_method=d.payment_method,
            bank_account=d.bank_account, corrects_id=d.id,
            reasoning="Odwołanie zasługuje na uwzględnienie w całości (art. 132 § 1 k.p.a.).")
        draft = services.appeals.grant_in_full(clerk, appeal.id, change)
        services.decisions.sign(signer, draft.id)
    except DomainError:
        return False
    return True


def _forward(services: Services, clerk: Actor, d: DecisionView) -> bool:
    try:
        appeal = _register(services, clerk, d, "Strona nie zgadza się z decyzją i wnosi o jej "
                           "uchylenie.")
        documents = services.appeals.suggested_documents(clerk, appeal.id)
        assert d.issued_on is not None
        services.appeals.forward(clerk, appeal.id, ForwardInput(
            d.issued_on + dt.timedelta(days=RECEIVED_AFTER + FORWARDED_AFTER), tuple(documents)))
    except DomainError:
        return False
    return True

