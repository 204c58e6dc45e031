"""A signed decision is never edited: a change decision (art. 106 ust. 5 u.p.s.) refers to it."""

from __future__ import annotations

import dataclasses
import io
import uuid
from decimal import Decimal

import pytest
from pypdf import PdfReader

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.errors import ConflictError, ValidationError
from ops_desktop.domain.vocabulary import BenefitForm, DecisionStatus
from ops_desktop.services.applications import IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

from .helpers import PESEL_MAN_1944, person
from .test_benefits import application, grant, next_month

PESEL_MAN_OTHER = "60010112359"


def periodic(services: Services, actor: Actor, app_id: uuid.UUID, corrects: uuid.UUID | None = None):
    """A periodic benefit for three months at the amount the law gives today."""
    amount = services.applications.assess(actor, app_id).amount
    return dataclasses.replace(grant(app_id, amount, period_to=add_months(next_month(), 3)),
                               corrects_id=corrects)


def _signed_grant(services: Services, signer: Actor,
                  pesel: str = PESEL_MAN_1944) -> tuple[uuid.UUID, object]:
    who = person("Jan", "Żółkiewski" if pesel == PESEL_MAN_1944 else "Nowak", pesel)
    pid, app = application(services, signer, BenefitForm.PERIODIC, Decimal("300"), who)
    draft = services.decisions.prepare(signer, periodic(services, signer, app.id))
    signed = services.decisions.sign(signer, draft.id)
    return pid, signed


def test_a_change_decision_refers_to_the_signed_one_which_stays_as_it_was(
        services: Services, signer: Actor) -> None:
    pid, first = _signed_grant(services, signer)
    before = services.decisions.document(signer, first.id)
    # The household's income changed after the decision: the benefit is recomputed.
    services.applications.set_incomes(signer, first.application_id,
                                      [IncomeInput(pid, "praca dorywcza", Decimal("500"))])
    with pytest.raises(ConflictError, match="application_decided"):
        services.decisions.prepare(signer, periodic(services, signer, first.application_id))  # not a change
    change = services.decisions.prepare(
        signer, periodic(services, signer, first.application_id, first.id))
    assert change.corrects_id == first.id and change.status is DecisionStatus.DRAFT
    signed_change = services.decisions.sign(signer, change.id)
    assert signed_change.amount != first.amount
    # The first decision reprints exactly as signed.
    assert services.decisions.document(signer, first.id) == before
    pdf = services.decisions.render(signer, signed_change.id)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert f"zmieniająca decyzję nr {first.case_sign}" in " ".join(text.split())
    assert "art. 106 ust. 5" in text


def test_only_the_latest_signed_decision_of_the_application_can_be_changed(
        services: Services, signer: Actor) -> None:
    _pid, first = _signed_grant(services, signer)
    change = services.decisions.prepare(
        signer, periodic(services, signer, first.application_id, first.id))
    services.decisions.sign(signer, change.id)
    with pytest.raises(ConflictError, match="decision_outdated"):
        services.decisions.prepare(signer, periodic(services, signer, first.application_id, first.id))
    _other_pid, other = _signed_grant(services, signer, PESEL_MAN_OTHER)
    with pytest.raises(ValidationError) as wrong_app:
        services.decisions.prepare(signer, periodic(services, signer, first.application_id, other.id))
    assert wrong_app.value.codes_for("corrects_id") == ["invalid"]


def test_an_expired_authorisation_cannot_sign_by_dating_the_decision_back(
        services: Services, benefits_worker: Actor) -> None:
    import datetime as dt

    from ops_desktop.domain.errors import PermissionDenied

    services.office.grant_authorisation(benefits_worker.user_id, "Zarządzenie nr 3/2024",
                                        dt.date(2024, 1, 2), dt.date(2024, 12, 31))
    _pid, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    draft = services.decisions.prepare(benefits_worker, periodic(services, benefits_worker, app.id))
    with pytest.raises(PermissionDenied):
        services.decisions.sign(benefits_worker, draft.id, on=dt.date(2024, 6, 3))
