"""Withdrawing an application: a discontinuance (KPA art. 105), signed, printed, not a benefit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, ValidationError
from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
    BenefitForm,
    DecisionKind,
    DecisionStatus,
    IdDocumentType,
    WithdrawalManner,
)
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.withdrawal import WithdrawalInput

from tests.server_db import RawSQL
from .helpers import person
from .test_benefits import application, grant, text_of

ORAL = WithdrawalManner.ORALLY_RECORDED


def withdrawal(app_id: object, on: dt.date | None = None, **changes: object) -> WithdrawalInput:
    data: dict[str, object] = dict(application_id=app_id, withdrawn_on=on or wall_today(),
                                   manner=ORAL)
    data.update(changes)
    return WithdrawalInput(**data)  # type: ignore[arg-type]


def field_codes(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.code for e in exc.value.errors}


def test_a_withdrawn_application_is_discontinued_and_leaves_the_open_list(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    draft = services.decisions.prepare_discontinuance(benefits_worker, withdrawal(app.id))
    assert draft.kind is DecisionKind.DISCONTINUANCE and draft.status is DecisionStatus.DRAFT
    assert draft.withdrawal is not None and draft.withdrawal.manner is ORAL
    # Until the discontinuance is signed the proceedings are pending.
    open_ids = [a.id for a in services.applications.page(benefits_worker)]
    assert app.id in open_ids
    signed = services.decisions.sign(signer, draft.id)
    assert signed.status is DecisionStatus.SIGNED
    assert services.applications.get(benefits_worker, app.id).status is ApplicationStatus.WITHDRAWN
    assert app.id not in [a.id for a in services.applications.page(benefits_worker)]
    assert app.id in [a.id for a in services.applications.page(benefits_worker, open_only=False)]
    # Nothing more is decided or recorded on it.
    with pytest.raises(ConflictError):
        services.decisions.prepare(benefits_worker, grant(app.id, Decimal("300.00")))
    with pytest.raises(ConflictError):
        services.decisions.prepare_discontinuance(benefits_worker, withdrawal(app.id))
    with pytest.raises(ConflictError):
        services.applications.set_incomes(benefits_worker, app.id, [])
    text = text_of(services.decisions.render(benefits_worker, signed.id))
    today = services.decisions.document(benefits_worker, signed.id).issued_on
    assert "Umorzyć postępowanie administracyjne w sprawie przyznania Stronie" in text
    assert "art. 105 § 1" in text and "ustnie do protokołu" in text
    assert "Katarzyna Wiśniewska" in text and "PROJEKT" not in text
    assert today == wall_today()


def test_an_application_without_incomes_can_be_withdrawn(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    pid = services.persons.register_household(benefits_worker, person(), [])
    app = services.applications.register(benefits_worker, ApplicationInput(
        person_id=pid, received_on=wall_today(), form=BenefitForm.PURPOSE, purpose="opał"))
    draft = services.decisions.prepare_discontinuance(
        benefits_worker, withdrawal(app.id, manner=WithdrawalManner.IN_WRITING,
                                    requested_discontinuance=True))
    services.decisions.sign(signer, draft.id)
    text = text_of(services.decisions.render(benefits_worker, draft.id))
    assert "art. 105 § 2" in text and "wycofała ten wniosek na piśmie" in text


def test_the_withdrawal_day_and_manner_are_checked_next_to_their_fields(
    services: Services, benefits_worker: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    with pytest.raises(ValidationError) as exc:
        services.decisions.prepare_discontinuance(
            benefits_worker, withdrawal(app.id, wall_today() + dt.timedelta(days=1)))
    assert field_codes(exc) == {"withdrawn_on": "future_date"}
    with pytest.raises(ValidationError) as exc:
        services.decisions.prepare_discontinuance(
            benefits_worker, withdrawal(app.id, app.received_on - dt.timedelta(days=1)))
    assert field_codes(exc) == {"withdrawn_on": "before_application"}
    with pytest.raises(ValidationError) as exc:
        services.decisions.prepare_discontinuance(benefits_worker, withdrawal(app.id, manner=None))
    assert field_codes(exc) == {"manner": "required"}
    with pytest.raises(ValidationError) as exc:
        services.decisions.prepare_discontinuance(benefits_worker, withdrawal(app.id, manner="oral"))
    assert field_codes(exc) == {"manner": "invalid"}
    assert services.decisions.for_application(benefits_worker, app.id) == []
    # A discontinuance is not typed as a kind of benefit decision: it rests on a withdrawal.
    with pytest.raises(ValidationError) as exc:
        services.decisions.prepare(benefits_worker, grant(
            app.id, None, kind=DecisionKind.DISCONTINUANCE))
    assert field_codes(exc)["kind"] == "invalid"


def test_a_withdrawal_replaces_a_draft_but_not_a_signed_decision(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    services.decisions.prepare_discontinuance(benefits_worker, withdrawal(app.id))
    kinds = [d.kind for d in services.decisions.for_application(benefits_worker, app.id)]
    assert kinds == [DecisionKind.DISCONTINUANCE]
    # The party changed their mind again: a grant replaces the discontinuance draft...
    granted = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    services.decisions.sign(signer, granted.id)
    # ...and once decided, the application can no longer be withdrawn.
    with pytest.raises(ConflictError):
        services.decisions.prepare_discontinuance(benefits_worker, withdrawal(app.id))


def test_the_signed_withdrawal_cannot_be_rewritten_in_the_store(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    draft = services.decisions.prepare_discontinuance(benefits_worker, withdrawal(app.id))
    services.decisions.sign(signer, draft.id)
    with RawSQL(services.db) as conn:
        for statement in ("UPDATE decisions SET withdrawn_on = '2020-01-01' WHERE id = ?",
                          "UPDATE decisions SET withdrawal_manner = 'in_writing' WHERE id = ?",
                          "UPDATE decisions SET discontinuance_requested = TRUE WHERE id = ?"):
            with pytest.raises(conn.IntegrityError, match="signed decision is immutable"):
                conn.execute(statement, (draft.id.hex,))


def test_a_discontinuance_is_not_a_benefit_in_the_statistics(
    services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor
) -> None:
    w = benefits_worker
    pid = services.persons.register_household(w, person(
        "Jan", "Statystyczny", None, id_document_type=IdDocumentType.ID_CARD,
        id_document_number="WDR000001", birth_date=dt.date(1975, 1, 1)), [])
    app = services.applications.register(w, ApplicationInput(
        person_id=pid, received_on=dt.date(2025, 3, 3), form=BenefitForm.PERIODIC))
    services.applications.set_incomes(w, app.id, [IncomeInput(pid, "praca", Decimal("100"))])
    draft = services.decisions.prepare_discontinuance(w, withdrawal(app.id, dt.date(2025, 3, 10)))
    services.decisions.sign(signer, draft.id, on=dt.date(2025, 3, 12))
    report = services.statistics.half_year(coordinator, 2025, 1)
    assert {b.kind for b in report.benefits} == {DecisionKind.GRANT, DecisionKind.REFUSAL}
    assert all(b.decisions == 0 and b.persons == 0 for b in report.benefits)
    assert services.statistics.cases_behind(coordinator, 2025, 1, None, None) == []
    periodic = next(a for a in report.applications if a.form is BenefitForm.PERIODIC)
    assert (periodic.received, periodic.withdrawn, periodic.pending) == (1, 1, 0)


def test_a_discontinuance_is_not_changed_by_a_later_granting_decision(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    """Art. 106 ust. 5 changes a benefit granted; a withdrawn application has none: the draft
    is refused when prepared, not left for the signer with a message about changed incomes."""
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    draft = services.decisions.prepare_discontinuance(benefits_worker, withdrawal(app.id))
    services.decisions.sign(signer, draft.id)
    start = wall_today().replace(day=1)
    with pytest.raises(ConflictError) as refused:
        services.decisions.prepare(benefits_worker, grant(
            app.id, Decimal("600.00"), corrects_id=draft.id, period_from=start,
            period_to=start + dt.timedelta(days=60)))
    assert refused.value.code == "application_decided"
    assert [d.status for d in services.decisions.for_application(benefits_worker, app.id)] == [
        DecisionStatus.SIGNED]
