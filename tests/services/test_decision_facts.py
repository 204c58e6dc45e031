"""A decision states only facts the program holds: incomes or a saved "no income", the
family interview's date, the art. 7 grounds; the party named as the decision was signed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import (
    ConflictError,
    NotAssessedError,
    NotFound,
    ValidationError,
)
from ops_desktop.domain.vocabulary import BenefitForm, CareKind, DecisionKind, Ground, Role, Sex
from ops_desktop.services.applications import ApplicationFacts, ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import create_demo_office
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import DecisionRow

from .helpers import foreigner, person, referral_intake
from .test_benefits import grant, next_month, text_of


def register(services: Services, worker: Actor, form: BenefitForm = BenefitForm.PURPOSE,
             **changes: object) -> tuple:
    pid = services.persons.register_household(worker, person(sex=Sex.MALE), [])
    data: dict[str, object] = dict(
        person_id=pid, received_on=wall_today(), form=form,
        purpose="zakup opału" if form is BenefitForm.PURPOSE else "",
        requested_from=next_month())
    data.update(changes)
    return pid, services.applications.register(worker, ApplicationInput(**data))  # type: ignore[arg-type]


def one_off(app_id: object) -> object:
    return grant(app_id, Decimal("500"), period_from=None)


def drafted(services: Services, worker: Actor, **changes: object) -> tuple:
    """A zasiłek celowy for a man with 600 zł of income, prepared as a draft."""
    pid, app = register(services, worker, **changes)
    services.applications.set_incomes(worker, app.id, [IncomeInput(pid, "renta", Decimal("600"))])
    draft = services.decisions.prepare(worker, one_off(app.id))  # type: ignore[arg-type]
    return pid, app, draft


# --- item 1: no decision on no facts ---

def test_an_application_without_incomes_is_not_assessed(services: Services,
                                                         benefits_worker: Actor) -> None:
    _, app = register(services, benefits_worker)
    a = services.applications.assess(benefits_worker, app.id)
    assert not a.assessed and not a.eligible
    assert a.reasons == ("not_assessed",) and a.maximum is None


def test_no_draft_is_prepared_on_an_application_not_assessed(services: Services,
                                                             benefits_worker: Actor) -> None:
    _, app = register(services, benefits_worker)
    for data in (one_off(app.id), grant(app.id, None, kind=DecisionKind.REFUSAL,
                                        reasoning="Brak podstaw.")):
        with pytest.raises(NotAssessedError) as caught:
            services.decisions.prepare(benefits_worker, data)  # type: ignore[arg-type]
        assert caught.value.codes_for("incomes") == ["not_assessed"]
    assert services.decisions.for_application(benefits_worker, app.id) == []


def test_a_saved_no_income_is_a_fact_the_decision_can_rest_on(
        services: Services, benefits_worker: Actor, signer: Actor, auditor: Actor) -> None:
    pid, app = register(services, benefits_worker)
    services.applications.set_incomes(benefits_worker, app.id, [], no_income=True)
    view = services.applications.get(benefits_worker, app.id)
    assert view.no_income_declared
    a = services.applications.assess(benefits_worker, app.id)
    assert a.assessed and a.eligible and a.family_income == 0
    draft = services.decisions.prepare(benefits_worker, one_off(app.id))  # type: ignore[arg-type]
    services.decisions.sign(signer, draft.id)
    # The statement is audited as a change of the application, by whom and when.
    changes = [c for e in services.audit.entries(auditor, person_id=pid, action="update")
               if e.entity == "applications" for c in e.changes]
    assert any(c.field == "no_income_declared_at" and c.before in (None, "") for c in changes)


def test_no_income_and_income_lines_together_are_refused(services: Services,
                                                         benefits_worker: Actor) -> None:
    pid, app = register(services, benefits_worker)
    with pytest.raises(ValidationError) as caught:
        services.applications.set_incomes(
            benefits_worker, app.id, [IncomeInput(pid, "renta", Decimal("100"))], no_income=True)
    assert caught.value.codes_for("no_income") == ["no_income_with_lines"]
    assert not services.applications.get(benefits_worker, app.id).no_income_declared


def test_clearing_the_no_income_statement_makes_the_application_unassessed_again(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    _, app = register(services, benefits_worker)
    services.applications.set_incomes(benefits_worker, app.id, [], no_income=True)
    draft = services.decisions.prepare(benefits_worker, one_off(app.id))  # type: ignore[arg-type]
    services.applications.set_incomes(benefits_worker, app.id, [])  # "not entered" again
    assert not services.applications.assess(benefits_worker, app.id).assessed
    # The draft made on the statement went with it; a draft cannot be signed on nothing.
    assert services.decisions.for_application(benefits_worker, app.id) == []
    with pytest.raises(NotFound):
        services.decisions.sign(signer, draft.id)


def test_signing_refuses_a_draft_whose_application_lost_its_incomes(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    """Signing checks the store again: a draft left on an unassessed application is refused."""
    _, app = register(services, benefits_worker)
    services.applications.set_incomes(benefits_worker, app.id, [], no_income=True)
    draft = services.decisions.prepare(benefits_worker, one_off(app.id))  # type: ignore[arg-type]
    with services.db.session(benefits_worker.user_id) as s:
        from ops_desktop.storage.models import ApplicationRow
        s.get(ApplicationRow, app.id).no_income_declared_at = None  # type: ignore[union-attr]
    with pytest.raises(NotAssessedError) as caught:
        services.decisions.sign(signer, draft.id)
    # Where no field can show it (the head signing a batch) it is still said in words.
    assert caught.value.code == "not_assessed"


# --- item 2: the family interview as entered ---

@pytest.mark.without_interview
def test_a_typed_interview_date_is_not_cited_none_is_invented(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    """The reasoning cites an interview only when one is linked to the application and
    recorded in the program (tests/services/test_interviews.py); a date typed on the
    application is not one."""
    _, app, draft = drafted(services, benefits_worker)
    assert "wywiadu środowiskowego" not in text_of(services.decisions.render(signer, draft.id))

    held = wall_today() - dt.timedelta(days=1)
    services.applications.set_facts(benefits_worker, app.id,
                                    ApplicationFacts((Ground.POVERTY,), "", held))
    draft = services.decisions.prepare(benefits_worker, one_off(app.id))  # type: ignore[arg-type]
    # Nor is it enough to sign on (art. 106 ust. 4): the application has no interview linked.
    with pytest.raises(ConflictError) as refused:
        services.decisions.sign(signer, draft.id)
    assert refused.value.code == "decision_needs_interview"
    text = text_of(services.decisions.render(signer, draft.id))
    assert "wywiadu środowiskowego" not in text
    assert "ubóstwo (art. 7 pkt 1)" in text


def test_an_interview_in_the_future_is_refused_next_to_its_field(
        services: Services, benefits_worker: Actor) -> None:
    _, app = register(services, benefits_worker)
    with pytest.raises(ValidationError) as caught:
        services.applications.set_facts(benefits_worker, app.id, ApplicationFacts(
            (), "", wall_today() + dt.timedelta(days=1)))
    assert caught.value.codes_for("interview_on") == ["future_date"]
    with pytest.raises(ValidationError) as caught:
        services.applications.set_facts(benefits_worker, app.id,
                                        ApplicationFacts((Ground.OTHER,), "  ", None))
    assert caught.value.codes_for("other_ground") == ["required"]


def test_facts_of_a_decided_application_are_not_rewritten(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    pid, app, draft = drafted(services, benefits_worker)
    services.decisions.sign(signer, draft.id)
    with pytest.raises(ConflictError):
        services.applications.set_facts(benefits_worker, app.id,
                                        ApplicationFacts((Ground.POVERTY,), "", None))


# --- item 12: grounds, the party in the dative, frozen at signing ---

def test_grounds_default_from_the_intake_behind_the_referral(
        services: Services, desk: Actor, benefits_worker: Actor) -> None:
    pid = services.persons.register_household(desk, person(sex=Sex.MALE), [])
    result = services.intake.record(desk, referral_intake(pid))  # ubóstwo, bezrobocie
    assert result.referral_id is not None
    # Not before the team took the referral: the inbox carries no grounds.
    assert services.applications.intake_grounds(benefits_worker, result.referral_id) == ((), "")
    services.referrals.accept(benefits_worker, result.referral_id)
    assert services.applications.intake_grounds(benefits_worker, result.referral_id) == (
        (Ground.POVERTY, Ground.UNEMPLOYMENT), "")


def test_periodic_benefit_names_its_art_7_grounds(services: Services, benefits_worker: Actor,
                                                  signer: Actor) -> None:
    pid, app = register(services, benefits_worker, BenefitForm.PERIODIC,
                        grounds=(Ground.UNEMPLOYMENT, Ground.LONG_ILLNESS))
    services.applications.set_incomes(benefits_worker, app.id,
                                      [IncomeInput(pid, "zasiłek", Decimal("300"))])
    draft = services.decisions.prepare(benefits_worker, grant(
        app.id, Decimal("600"), period_to=next_month() + dt.timedelta(days=60)))
    text = text_of(services.decisions.render(signer, draft.id))
    assert ("ustalono: bezrobocie (art. 7 pkt 4), długotrwała lub ciężka choroba "
            "(art. 7 pkt 6).") in text


def test_the_ruling_addresses_the_party_and_reprints_as_signed(
        services: Services, desk: Actor, benefits_worker: Actor, signer: Actor) -> None:
    pid, _, draft = drafted(services, benefits_worker)
    assert "Przyznać Panu Janowi Żółkiewskiemu zasiłek celowy" in text_of(
        services.decisions.render(signer, draft.id))
    services.decisions.sign(signer, draft.id)
    # The file is corrected later (the name); the signed ruling reprints as signed.
    services.persons.update_person(desk, pid, person("Janusz", "Nowak", sex=Sex.MALE))
    text = text_of(services.decisions.render(signer, draft.id))
    assert "Przyznać Panu Janowi Żółkiewskiemu zasiłek celowy" in text
    with services.db.session(signer.user_id) as s:
        row = s.get(DecisionRow, draft.id)
        assert row is not None and (row.party_sex, row.party_dative) == (
            "M", "Panu Janowi Żółkiewskiemu")


def test_a_decision_signed_before_the_snapshot_prints_the_neutral_wording(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    pid, app, draft = drafted(services, benefits_worker)
    services.decisions.sign(signer, draft.id)
    # As an older decision stands in the store: signed, with no dative kept.
    with services.db.engine.begin() as conn:
        from sqlalchemy import text
        on = " ON decisions" if conn.dialect.name == "postgresql" else ""
        conn.execute(text("DROP TRIGGER decisions_signed_immutable" + on))
        conn.execute(text("UPDATE decisions SET party_dative = '', party_sex = NULL"))
    text_ = text_of(services.decisions.render(signer, draft.id))
    assert "Przyznać Stronie – Jan Żółkiewski – zasiłek celowy" in text_
    assert "Panu" not in text_


def test_a_party_of_unknown_sex_is_named_without_declension(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    # No PESEL to read the sex from and none entered.
    pid = services.persons.register_household(benefits_worker, foreigner(), [])
    app = services.applications.register(benefits_worker, ApplicationInput(
        person_id=pid, received_on=wall_today(), form=BenefitForm.PURPOSE,
        purpose="zakup opału"))
    services.applications.set_incomes(benefits_worker, app.id, [], no_income=True)
    draft = services.decisions.prepare(benefits_worker, one_off(app.id))  # type: ignore[arg-type]
    services.decisions.sign(signer, draft.id)
    text = text_of(services.decisions.render(signer, draft.id))
    assert "Przyznać Stronie – Olena Kovalenko – zasiłek celowy w kwocie 500,00 zł" in text


def test_changed_grounds_drop_the_draft(services: Services, benefits_worker: Actor) -> None:
    pid, app = register(services, benefits_worker)
    services.applications.set_incomes(benefits_worker, app.id, [], no_income=True)
    services.decisions.prepare(benefits_worker, one_off(app.id))  # type: ignore[arg-type]
    services.applications.set_facts(benefits_worker, app.id,
                                    ApplicationFacts((Ground.HOMELESSNESS,), "", None))
    assert services.decisions.for_application(benefits_worker, app.id) == []
    assert services.applications.get(benefits_worker, app.id).grounds == (Ground.HOMELESSNESS,)


def test_the_demo_office_decides_only_on_saved_facts(services: Services) -> None:
    create_demo_office(services, households=25)
    head = Actor.of(next(u for u in services.office.users() if Role.COORDINATOR in u.roles))
    # Benefit decisions; one granting care states its income in its own terms (and its
    # application is not assessed for a benefit: test_care_decisions.py).
    decided = {d.application_id for d in services.decisions.page(head, limit=1000)
               if not isinstance(d.form, CareKind)}
    assert decided
    for app_id in decided:
        assert services.applications.assess(head, app_id).assessed
    # Every signed benefit decision rests on the interview linked to its application, and
    # cites it (art. 106 ust. 4); a discontinuance or a postanowienie decides no benefit.
    signed = services.decisions.signed_ids(head)
    citing = {i for i in signed
              if "rodzinnego wywiadu środowiskowego" in text_of(services.decisions.render(head, i))}
    by_id = {d.id: d for d in services.decisions.page(head, limit=1000)}
    # A decision granting care is not among the forms the interview rule names (domain/
    # interview_rules.py: benefit forms), so it is not held to citing one here.
    benefit = {i for i in signed if by_id[i].kind in (DecisionKind.GRANT, DecisionKind.REFUSAL)
               and not isinstance(by_id[i].form, CareKind)}
    assert benefit and citing == benefit


def test_violence_and_addiction_are_not_named_on_the_decision(
        services: Services, benefits_worker: Actor, signer: Actor) -> None:
    """The decision goes to the household's address: those grounds stay in the file."""
    _, app, draft = drafted(services, benefits_worker, grounds=(
        Ground.POVERTY, Ground.DOMESTIC_VIOLENCE, Ground.ADDICTION))
    text = text_of(services.decisions.render(signer, draft.id))
    assert ("ustalono: ubóstwo (art. 7 pkt 1), inne okoliczności odnotowane w aktach "
            "sprawy.") in text
    assert "przemoc" not in text and "alkohol" not in text and "pkt 7)" not in text
    assert "pkt 13" not in text
    assert services.applications.get(benefits_worker, app.id).grounds == (
        Ground.POVERTY, Ground.DOMESTIC_VIOLENCE, Ground.ADDICTION)
