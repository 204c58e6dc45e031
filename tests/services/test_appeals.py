"""Appeals on a real store: registered against a signed decision with the 14 days judged at
once, the organ's 7 days, granted in full by a signed change decision or forwarded to the SKO
with a cover letter, and the SKO's outcome – a remittal reopening the application."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest

from ops_desktop.domain.appeals import AppealState, SkoOutcome, Timeliness, organ_deadline
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import ConflictError, NotFound, ValidationError
from ops_desktop.domain.vocabulary import ApplicationStatus, BenefitForm, DecisionKind
from ops_desktop.services.appeals import AppealInput, ForwardInput, OutcomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import PersonInput

from .helpers import PESEL_WOMAN_1985, person
from .test_benefits import application, grant, text_of

TODAY = wall_today()


def _signed(services: Services, worker: Actor, signer: Actor, days_ago: int = 0,
            who: PersonInput | None = None) -> uuid.UUID:
    _, app = application(services, worker, BenefitForm.PERIODIC, Decimal("100"), who=who)
    draft = services.decisions.prepare(worker, grant(app.id, Decimal("600.00"),
                                                     period_to=TODAY + dt.timedelta(days=90)))
    services.decisions.sign(signer, draft.id, on=TODAY - dt.timedelta(days=days_ago))
    return draft.id


def _woman() -> PersonInput:
    return person("Anna", "Nowak", PESEL_WOMAN_1985)


def _appeal(decision_id: uuid.UUID, **changes: object) -> AppealInput:
    data: dict[str, object] = dict(decision_id=decision_id, lodged_on=TODAY, received_on=TODAY,
                                   lodged_by="Jan Żółkiewski (strona)",
                                   summary="Kwota zasiłku jest za niska.", delivered_on=TODAY)
    data.update(changes)
    return AppealInput(**data)  # type: ignore[arg-type]


def test_registering_says_at_once_whether_it_came_in_time(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    decision = _signed(services, benefits_worker, signer, days_ago=40)
    late = services.appeals.register(benefits_worker, _appeal(
        decision, delivered_on=TODAY - dt.timedelta(days=30), lodged_on=TODAY - dt.timedelta(days=2),
        received_on=TODAY - dt.timedelta(days=1)))
    assert late.timeliness is Timeliness.LATE and late.state is AppealState.REGISTERED
    assert late.organ_deadline == organ_deadline(TODAY - dt.timedelta(days=1))
    assert late.party_name == "Jan Żółkiewski" and late.decision_kind is DecisionKind.GRANT
    # One open appeal per decision; another decision, delivery unknown: said, not guessed.
    with pytest.raises(ConflictError, match="appeal_exists"):
        services.appeals.register(benefits_worker, _appeal(decision))
    other = _signed(services, benefits_worker, signer, who=_woman())
    unknown = services.appeals.register(benefits_worker, _appeal(other, delivered_on=None))
    assert unknown.timeliness is Timeliness.UNKNOWN and unknown.party_deadline is None
    # The head sees both, the soonest organ's deadline first.
    pending = services.appeals.pending(coordinator)
    assert [v.id for v in pending] == [late.id, unknown.id]
    assert not pending[0].overdue_on(TODAY)
    assert pending[0].overdue_on(late.organ_deadline + dt.timedelta(days=1))


def test_days_out_of_order_are_refused_next_to_their_fields(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    decision = _signed(services, benefits_worker, signer, days_ago=5)
    with pytest.raises(ValidationError) as caught:
        services.appeals.register(benefits_worker, _appeal(
            decision, lodged_on=TODAY - dt.timedelta(days=6), received_on=TODAY + dt.timedelta(1),
            delivered_on=TODAY - dt.timedelta(days=9), lodged_by="  ", summary=""))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("lodged_on", "before_decision"), ("received_on", "future_date"),
        ("delivered_on", "before_decision"), ("lodged_by", "required"), ("summary", "required")}
    with pytest.raises(ValidationError) as caught:
        services.appeals.register(benefits_worker, _appeal(
            decision, lodged_on=TODAY, received_on=TODAY - dt.timedelta(days=1)))
    assert [(e.field, e.code) for e in caught.value.errors] == [("received_on", "before_lodged")]
    # A draft is no act to appeal against.
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("100"),
                         who=_woman())
    draft = services.decisions.prepare(benefits_worker, grant(
        app.id, Decimal("600.00"), period_to=TODAY + dt.timedelta(days=90)))
    with pytest.raises(ConflictError, match="decision_not_signed"):
        services.appeals.register(benefits_worker, _appeal(draft.id))
    with pytest.raises(NotFound):
        services.appeals.register(benefits_worker, _appeal(uuid.uuid4()))
    assert services.appeals.appeals(benefits_worker) == []


def test_granted_in_full_by_a_change_decision_signed_by_the_head(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    decision = _signed(services, benefits_worker, signer)
    before = services.decisions.get(benefits_worker, decision)
    appeal = services.appeals.register(benefits_worker, _appeal(decision))
    change = grant(before.application_id, Decimal("800.00"), period_to=TODAY + dt.timedelta(90),
                   reasoning="Odwołanie uwzględniono w całości (art. 132 § 1 k.p.a.).")
    # The new decision must name the appealed one.
    with pytest.raises(ValidationError):
        services.appeals.grant_in_full(benefits_worker, appeal.id, change)
    draft = services.appeals.grant_in_full(
        benefits_worker, appeal.id, dataclasses.replace(change, corrects_id=decision))
    granting = services.appeals.get(coordinator, appeal.id)
    assert granting.state is AppealState.GRANTING and granting.granting_decision_id == draft.id
    assert [v.id for v in services.appeals.pending(coordinator)] == [appeal.id]  # 7 days run
    services.decisions.sign(coordinator, draft.id)  # the existing signing, nothing else
    granted = services.appeals.get(benefits_worker, appeal.id)
    assert granted.state is AppealState.GRANTED and granted.granted_on == TODAY
    assert services.appeals.pending(coordinator) == []
    # Settled: not forwarded any more; the appealed decision is as it was signed.
    with pytest.raises(ConflictError, match="appeal_closed"):
        services.appeals.forward(benefits_worker, appeal.id, ForwardInput(TODAY, ("Akta",)))
    assert services.decisions.get(benefits_worker, decision) == before


def test_forwarded_with_a_cover_letter_then_remitted_reopens_the_application(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    decision = _signed(services, benefits_worker, signer)
    before = services.decisions.get(benefits_worker, decision)
    appeal = services.appeals.register(benefits_worker, _appeal(decision))
    documents = services.appeals.suggested_documents(benefits_worker, appeal.id)
    assert documents[0].startswith("Odwołanie z dnia") and "Zaskarżona decyzja" in documents[1]
    assert any(d.startswith("Wniosek z dnia") for d in documents)
    with pytest.raises(ConflictError, match="appeal_not_forwarded"):
        services.appeals.cover_letter(benefits_worker, appeal.id)
    with pytest.raises(ValidationError) as caught:
        services.appeals.forward(benefits_worker, appeal.id, ForwardInput(
            TODAY - dt.timedelta(days=1), ("", "  ")))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("forwarded_on", "before_received"), ("documents", "required")}
    edited = (*documents, "Pełnomocnictwo strony")
    forwarded = services.appeals.forward(benefits_worker, appeal.id, ForwardInput(TODAY, edited))
    assert forwarded.state is AppealState.FORWARDED and forwarded.documents == edited
    assert not forwarded.forwarded_late and services.appeals.pending(coordinator) == []
    text = text_of(services.appeals.cover_letter(coordinator, appeal.id))
    assert "Samorządowe Kolegium Odwoławcze" in text and "Przekazanie odwołania" in text
    assert "art. 133 Kodeksu postępowania administracyjnego" in text
    assert f"znak {before.case_sign}" in text and "Jan Żółkiewski (strona)" in text
    assert "odwołanie wniesiono w terminie" in text and "zasiłku okresowego" in text
    assert f"{len(edited)}. Pełnomocnictwo strony" in text
    assert benefits_worker.full_name in text
    with pytest.raises(ValidationError) as caught:
        services.appeals.record_outcome(benefits_worker, appeal.id, OutcomeInput(
            SkoOutcome.QUASHED_REMITTED, TODAY - dt.timedelta(days=1), ""))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("decided_on", "before_forwarded"), ("sko_sign", "required")}
    app = services.applications.get(benefits_worker, before.application_id)
    assert app.status is ApplicationStatus.DECIDED
    done = services.appeals.record_outcome(benefits_worker, appeal.id, OutcomeInput(
        SkoOutcome.QUASHED_REMITTED, TODAY, "SKO.4101.77.2026"))
    assert done.state is AppealState.SKO_DECIDED and done.sko_sign == "SKO.4101.77.2026"
    # Back on the benefits worker's open list, the change audited; the decision unchanged.
    app = services.applications.get(benefits_worker, before.application_id)
    assert app.status is ApplicationStatus.REGISTERED
    assert app.id in {a.id for a in services.applications.page(benefits_worker, open_only=True)}
    assert services.decisions.get(benefits_worker, decision) == before
    with pytest.raises(ConflictError, match="appeal_closed"):
        services.appeals.record_outcome(benefits_worker, appeal.id, OutcomeInput(
            SkoOutcome.UPHELD, TODAY, "SKO.4101.77.2026"))


def test_an_upheld_decision_leaves_the_application_decided(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    decision = _signed(services, benefits_worker, signer)
    appeal = services.appeals.register(benefits_worker, _appeal(decision))
    services.appeals.forward(benefits_worker, appeal.id, ForwardInput(TODAY, ("Akta sprawy",)))
    services.appeals.record_outcome(benefits_worker, appeal.id, OutcomeInput(
        SkoOutcome.UPHELD, TODAY, "SKO.4101.78.2026"))
    view = services.appeals.get(benefits_worker, appeal.id)
    assert view.sko_outcome is SkoOutcome.UPHELD
    app = services.applications.get(benefits_worker, view.application_id)
    assert app.status is ApplicationStatus.DECIDED


def test_a_decision_the_sko_quashed_pays_nothing_more(
        services: Services, benefits_worker: Actor, signer: Actor, admin: Actor) -> None:
    from ops_desktop.domain.calendar import add_months
    from ops_desktop.services.payments import BankProfile

    services.payments.set_bank_profile(admin, BankProfile(10, "PL61109010140000071219812874",
                                                          "cp1250"))
    next_month = add_months(TODAY.replace(day=1), 1)
    upheld = _signed(services, benefits_worker, signer)
    quashed = _signed(services, benefits_worker, signer, who=_woman())
    for decision, outcome in ((upheld, SkoOutcome.UPHELD), (quashed, SkoOutcome.QUASHED_DECIDED)):
        appeal = services.appeals.register(benefits_worker, _appeal(decision))
        services.appeals.forward(benefits_worker, appeal.id, ForwardInput(TODAY, ("Akta",)))
        services.appeals.record_outcome(benefits_worker, appeal.id, OutcomeInput(
            outcome, TODAY, "SKO.4101.9.2026"))
    [made] = services.payments.prepare(benefits_worker, next_month)
    paid = {line.case_sign for line in services.payments.paper(benefits_worker, made.id).lines}
    assert paid == {services.decisions.get(benefits_worker, upheld).case_sign}


def test_the_appealed_decision_stays_protected_by_the_store(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    from tests.server_db import RawSQL

    decision = _signed(services, benefits_worker, signer)
    appeal = services.appeals.register(benefits_worker, _appeal(decision))
    services.appeals.forward(benefits_worker, appeal.id, ForwardInput(TODAY, ("Akta",)))
    services.appeals.record_outcome(benefits_worker, appeal.id, OutcomeInput(
        SkoOutcome.QUASHED_REMITTED, TODAY, "SKO.4101.5.2026"))
    # Quashed by the SKO, the decision is still the act that was signed: the store refuses.
    with RawSQL(services.db) as conn:
        with pytest.raises(conn.IntegrityError, match="signed decision is immutable"):
            conn.execute("UPDATE decisions SET status = 'draft' WHERE id = ?", (decision.hex,))


def test_anonymising_the_party_blanks_who_lodged_the_appeal_and_what_it_said(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    from ops_desktop.storage import personal_data_queries as pdq
    from ops_desktop.storage.models import AppealRow, utcnow

    decision = _signed(services, benefits_worker, signer)
    appeal = services.appeals.register(benefits_worker, _appeal(decision))
    services.appeals.forward(benefits_worker, appeal.id, ForwardInput(
        TODAY, tuple(services.appeals.suggested_documents(benefits_worker, appeal.id))))
    with services.db.session() as s:
        assert str(appeal.id) in pdq.blanked_rows(s, [appeal.person_id])["appeals"]
        pdq.anonymise(s, [appeal.person_id], None, ("Osoba", "Zanonimizowana"), utcnow())
    with services.db.session() as s:
        row = s.get(AppealRow, appeal.id)
        assert row is not None and (row.lodged_by, row.summary, row.forwarded_documents) == (
            "", "", "")
        assert row.lodged_on == TODAY and row.case_sign == appeal.case_sign  # the register stays
