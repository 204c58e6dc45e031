"""Application → incomes → assessment → decision → signature → PDF, through the services."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal

import pytest
from pypdf import PdfReader

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
    BenefitForm,
    DecisionKind,
    DecisionStatus,
    PaymentMethod,
    Relation,
)
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.storage import anchors
from ops_desktop.services.persons import MemberInput

from .helpers import PESEL_WOMAN_1985, person

IBAN = "PL61109010140000071219812874"


def next_month() -> dt.date:
    return add_months(wall_today().replace(day=1), 1)


def application(services: Services, worker: Actor, form: BenefitForm, income: Decimal,
                who: PersonInput | None = None) -> tuple:
    pid = services.persons.register_household(worker, who or person(), [])
    app = services.applications.register(worker, ApplicationInput(
        person_id=pid, received_on=wall_today(), form=form,
        unable_to_work=form is BenefitForm.PERMANENT, requested_from=next_month()))
    services.applications.set_incomes(worker, app.id, [IncomeInput(pid, "emerytura", income)])
    return pid, app


def grant(app_id: object, amount: Decimal | None, **changes: object) -> DecisionInput:
    data: dict[str, object] = dict(
        application_id=app_id, kind=DecisionKind.GRANT, amount=amount,
        period_from=next_month(), period_to=None, payment_method=PaymentMethod.BANK_TRANSFER,
        bank_account=IBAN, reasoning="Wywiad potwierdził trudną sytuację.")
    data.update(changes)
    return DecisionInput(**data)  # type: ignore[arg-type]


def signed_grants(services: Services, worker: Actor, signer: Actor,
                  people: Sequence[PersonInput], incomes: Sequence[str] | None = None) -> list:
    """A granting zasiłek stały for each of `people` (with these incomes, 0 by default),
    prepared by `worker` and signed by `signer`; the signed decisions' ids in that order."""
    ids = []
    for who, income in zip(people, incomes or ["0"] * len(people), strict=True):
        _, app = application(services, worker, BenefitForm.PERMANENT, Decimal(income), who)
        a = services.applications.assess(worker, app.id)
        draft = services.decisions.prepare(worker, grant(app.id, a.amount))
        ids.append(services.decisions.sign(signer, draft.id).id)
    return ids


def three_people() -> list[PersonInput]:
    return [person(), person("Adam", "Nowak", "90090515836"), person("Ewa", "Wróbel", "02070803628")]


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text() for p in pages).replace("\u00a0", " ").split())


def test_permanent_benefit_for_a_single_person_end_to_end(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    assert app.case_sign.startswith("OPS.8310.")
    a = services.applications.assess(benefits_worker, app.id)
    assert a.eligible and a.amount == Decimal("813.00") and a.criterion == Decimal("1010")
    assert a.law_valid_from == dt.date(2025, 1, 1)
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    assert draft.status is DecisionStatus.DRAFT
    with pytest.raises(PermissionDenied):
        services.decisions.sign(benefits_worker, draft.id)  # no authorisation
    signed = services.decisions.sign(signer, draft.id)
    assert signed.status is DecisionStatus.SIGNED and signed.signatory_name == signer.full_name
    assert services.applications.get(signer, app.id).status is ApplicationStatus.DECIDED
    text = text_of(services.decisions.render(signer, draft.id))
    for expected in ("DECYZJA", "813,00 zł", "Jan Żółkiewski", app.case_sign, "Lipowiec",
                     "z upoważnienia Burmistrza Miasta i Gminy Lipowiec", signer.full_name,
                     "Samorządowego Kolegium Odwoławczego w Gorzowie Wielkopolskim"):
        assert expected in text, expected


def test_a_signed_decision_cannot_be_changed_or_discarded(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("0"))
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("1229.00")))
    services.decisions.sign(signer, draft.id)
    with pytest.raises(ConflictError):
        services.decisions.sign(signer, draft.id)
    with pytest.raises(ConflictError):
        services.decisions.discard_draft(benefits_worker, draft.id)
    with pytest.raises(ConflictError):
        services.decisions.prepare(benefits_worker, grant(app.id, Decimal("1229.00")))


def test_family_incomes_are_summed_per_person(services: Services, benefits_worker: Actor) -> None:
    pid = services.persons.register_household(benefits_worker, person(), [
        MemberInput(Relation.SPOUSE, person("Maria", "Żółkiewska", PESEL_WOMAN_1985))])
    members = services.persons.household(benefits_worker, pid)
    app = services.applications.register(benefits_worker, ApplicationInput(
        person_id=pid, received_on=wall_today(), form=BenefitForm.PERIODIC,
        requested_from=next_month()))
    services.applications.set_incomes(benefits_worker, app.id, [
        IncomeInput(members[0].person_id, "renta", Decimal("700")),
        IncomeInput(members[1].person_id, "wynagrodzenie", Decimal("500"))])
    a = services.applications.assess(benefits_worker, app.id)
    assert (a.household_size, a.family_income, a.income_per_person) == (2, Decimal("1200"), Decimal("600.00"))
    assert a.eligible and a.maximum == Decimal("446.00")  # 823 × 2 − 1200


def test_amount_outside_the_law_is_refused_next_to_the_field(
    services: Services, benefits_worker: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("600"))
    with pytest.raises(ValidationError) as info:
        services.decisions.prepare(benefits_worker, grant(app.id, Decimal("900.00"),
                                                          period_to=add_months(next_month(), 3)))
    assert info.value.codes_for("amount") == ["above_maximum"]
    with pytest.raises(ValidationError) as info:
        services.decisions.prepare(benefits_worker, grant(app.id, Decimal("100.00"),
                                                          bank_account="PL00123"))
    assert "bank_account" in {e.field for e in info.value.errors}
    assert "period_to" in {e.field for e in info.value.errors}  # okresowy needs an end


def test_refusal_requires_reasoning_and_prints(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("1010"))
    assert not services.applications.assess(benefits_worker, app.id).eligible
    refusal = grant(app.id, None, kind=DecisionKind.REFUSAL, reasoning="", period_from=None,
                    payment_method=PaymentMethod.CASH, bank_account=None)
    with pytest.raises(ValidationError) as info:
        services.decisions.prepare(benefits_worker, refusal)
    assert info.value.codes_for("reasoning") == ["required"]
    from dataclasses import replace

    draft = services.decisions.prepare(benefits_worker, replace(
        refusal, reasoning="Dochód 1 010,00 zł nie jest niższy od kryterium 1 010,00 zł."))
    services.decisions.sign(signer, draft.id)
    text = text_of(services.decisions.render(signer, draft.id))
    assert "Odmówić" in text and "UZASADNIENIE" in text


def test_granting_when_not_eligible_is_refused(services: Services, benefits_worker: Actor) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("1010"))
    with pytest.raises(ValidationError) as info:
        services.decisions.prepare(benefits_worker, grant(app.id, Decimal("100.00")))
    assert "not_eligible" in info.value.codes_for("kind")


def test_incomes_validation_keeps_the_old_lines(services: Services, benefits_worker: Actor) -> None:
    pid, app = application(services, benefits_worker, BenefitForm.PERIODIC, Decimal("300"))
    with pytest.raises(ValidationError) as info:
        services.applications.set_incomes(benefits_worker, app.id, [
            IncomeInput(pid, "renta", Decimal("-1")), IncomeInput(pid, "", Decimal("1.005"))])
    assert {e.field for e in info.value.errors} == {"income.0.amount", "income.1.source",
                                                     "income.1.amount"}
    assert [i.amount for i in services.applications.incomes(benefits_worker, app.id)] == [Decimal("300.00")]


def test_batch_of_signed_decisions_and_cancel(
    services: Services, benefits_worker: Actor, coordinator: Actor
) -> None:
    ids = signed_grants(services, benefits_worker, coordinator, three_people(), ["0", "200", "500"])
    assert sorted(services.decisions.signed_ids(coordinator)) == sorted(ids)
    seen: list[tuple[int, int]] = []
    pdf = services.decisions.render_batch(coordinator, ids, progress=lambda i, n: seen.append((i, n)))
    assert pdf is not None and text_of(pdf).count("DECYZJA") == 3
    assert seen[-1] == (3, 3)
    # The run's last page: how many, and the audit log's head as an anchor kept on paper.
    with services.db.session() as s:
        head = anchors.session_head(s)
    assert head is not None
    last = "".join(PdfReader(io.BytesIO(pdf)).pages[-1].extract_text().split())
    assert "Zamknięciewydrukudecyzji" in last and "Wydrukowanodecyzji:3" in last
    assert f"(numer:skrót):{head.seq}:{head.hash}." in last
    assert services.decisions.render_batch(coordinator, ids, is_cancelled=lambda: True) is None


def test_acts_of_other_services_printed_in_the_run_come_before_its_closing_page(
    services: Services, benefits_worker: Actor, coordinator: Actor
) -> None:
    """The head's "Drukuj zaznaczone" with a meal or DPS decision among the selected: those
    acts follow the decisions in the same run, and the closing page comes last and counts
    them (it used to stand between the two, counting the decisions alone)."""
    ids = signed_grants(services, benefits_worker, coordinator, three_people())
    other = services.decisions.render(coordinator, ids[2])  # stands for another service's act
    seen: list[tuple[int, int]] = []
    pdf = services.decisions.render_batch(coordinator, ids[:2], lambda i, n: seen.append((i, n)),
                                          others=[lambda: other])
    assert pdf is not None
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert "Zamknięcie wydruku decyzji" in pages[-1] and "Wydrukowano decyzji: 3" in pages[-1]
    assert not any("Zamknięcie wydruku decyzji" in page for page in pages[:-1])
    assert "Ewa Wróbel" in " ".join(pages[:-1]) and seen[-1] == (3, 3)
    alone = services.decisions.render_batch(coordinator, [], others=[lambda: other])
    assert alone is not None
    last = " ".join(PdfReader(io.BytesIO(alone)).pages[-1].extract_text().split())
    assert "Wydrukowano decyzji: 1" in last


def test_a_street_typed_with_its_kind_is_printed_once_on_the_decision(
    services: Services, benefits_worker: Actor, coordinator: Actor
) -> None:
    """"al. Wojska Polskiego" or "ul. Szkolna" typed at the desk: the decision's party line
    and its address block say it once, not "ul. al. Wojska Polskiego"."""
    people = [person(name, "Nowak", pesel, address=Address(street, "7", "", "66-999", "Lipowiec"))
              for street, name, pesel in (("al. Wojska Polskiego", "Adam", "90090515836"),
                                          ("ul. Szkolna", "Ewa", "02070803628"))]
    texts = [text_of(services.decisions.render(coordinator, signed))
             for signed in signed_grants(services, benefits_worker, coordinator, people)]
    assert "al. Wojska Polskiego 7" in texts[0] and "ul. al." not in texts[0]
    assert "ul. Szkolna 7" in texts[1] and "ul. ul." not in texts[1]


def test_a_stack_of_decisions_is_read_in_statements_that_do_not_grow_with_it(
    services: Services, benefits_worker: Actor, coordinator: Actor
) -> None:
    """The rows a decision's paper needs (the application, the party, a corrected act, a
    refused interview) are read for the whole slice at once, not decision by decision."""
    from sqlalchemy import event

    ids = signed_grants(services, benefits_worker, coordinator, three_people())
    reads: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT") and "audit" not in statement:
            reads.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", note)
    try:
        services.decisions.render_batch(coordinator, ids[:1])
        one = len(reads)
        reads.clear()
        pdf = services.decisions.render_batch(coordinator, ids)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", note)
    assert pdf is not None and text_of(pdf).count("DECYZJA") == 3
    assert one > 0 and len(reads) == one


def test_new_incomes_drop_the_draft_computed_from_the_old_ones(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    pid, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    services.applications.set_incomes(benefits_worker, app.id, [IncomeInput(pid, "renta", Decimal("2000"))])
    assert services.decisions.for_application(benefits_worker, app.id) == []
    with pytest.raises(NotFound):
        services.decisions.sign(signer, draft.id)


def test_a_draft_made_stale_by_a_new_household_member_is_not_signed(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    pid, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    other = services.persons.register_household(benefits_worker, person("Maria", "Żółkiewska", PESEL_WOMAN_1985), [])
    services.persons.register_household(benefits_worker, person("Adam", "Nowak", "90090515836"), [
        MemberInput(Relation.PARTNER, existing_person_id=pid),
        MemberInput(Relation.SIBLING, existing_person_id=other)])
    with pytest.raises(ConflictError) as info:
        services.decisions.sign(signer, draft.id)
    assert info.value.code == "decision_outdated"


def test_the_law_in_force_when_the_benefit_starts_applies(
    services: Services, benefits_worker: Actor
) -> None:
    """Received in December 2024 for a benefit from January 2025: the 2025 criteria."""
    pid = services.persons.register_household(benefits_worker, person(), [])
    app = services.applications.register(benefits_worker, ApplicationInput(
        person_id=pid, received_on=dt.date(2024, 12, 20), form=BenefitForm.PERMANENT,
        unable_to_work=True))
    services.applications.set_incomes(benefits_worker, app.id, [IncomeInput(pid, "renta", Decimal("500"))])
    assert services.applications.assess(benefits_worker, app.id).amount == Decimal("508.80")
    a2025 = services.applications.assess(benefits_worker, app.id, on=dt.date(2025, 1, 1))
    assert a2025.amount == Decimal("813.00")
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00"),
                                                              period_from=dt.date(2025, 1, 1)))
    assert draft.amount == Decimal("813.00")


def test_a_signed_decision_reprints_as_signed_after_the_file_changes(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    from dataclasses import replace

    pid, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    services.decisions.sign(signer, draft.id)
    before = text_of(services.decisions.render(signer, draft.id))
    services.persons.update_person(benefits_worker, pid, person("Janusz", "Nowy", address=replace(
        person().address, street="Inna", building="1", flat="")))
    services.office.save_settings(replace(services.office.settings(), office_name="Inny Ośrodek",
                                          appeal_body="Samorządowe Kolegium Odwoławcze w Zielonej Górze"))
    after = text_of(services.decisions.render(signer, draft.id))
    assert after == before
    assert "Jan Żółkiewski" in after and "Janusz Nowy" not in after and "Zielonej Górze" not in after


def test_each_application_is_its_own_case(services: Services, benefits_worker: Actor) -> None:
    pid = services.persons.register_household(benefits_worker, person(), [])
    first = services.applications.register(benefits_worker, ApplicationInput(
        person_id=pid, received_on=dt.date(2025, 11, 3), form=BenefitForm.PURPOSE, purpose="opał"))
    second = services.applications.register(benefits_worker, ApplicationInput(
        person_id=pid, received_on=wall_today(), form=BenefitForm.PERIODIC))
    assert first.case_sign == "OPS.8310.1.2025"
    assert second.case_sign == f"OPS.8310.1.{wall_today().year}"


def test_only_the_benefits_team_or_coordinator_signs(
    services: Services, benefits_worker: Actor, social_worker: Actor
) -> None:
    _, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"))
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    services.office.grant_authorisation(social_worker.user_id, "Zarządzenie 7/2025", dt.date(2025, 1, 1))
    with pytest.raises(PermissionDenied):
        services.decisions.sign(social_worker, draft.id)


def test_a_decision_is_addressed_to_the_delivery_address_and_names_the_residence(
    services: Services, benefits_worker: Actor, signer: Actor
) -> None:
    from dataclasses import replace

    from ops_desktop.domain.person import Address

    box = Address("Leśna", "7", "", "66-530", "Drezdenko")
    pid, app = application(services, benefits_worker, BenefitForm.PERMANENT, Decimal("500"),
                           person(delivery_address=box))
    draft = services.decisions.prepare(benefits_worker, grant(app.id, Decimal("813.00")))
    services.decisions.sign(signer, draft.id)
    text = text_of(services.decisions.render(signer, draft.id))
    # Addressed to the delivery address; the description still says where the party lives.
    assert "Jan Żółkiewski ul. Leśna 7 66-530 Drezdenko" in text
    assert "zam. ul. Polna 3/5, 66-999 Lipowiec" in text
    # As signed, even once the delivery address is given up.
    record = services.persons.for_correction(benefits_worker, pid)
    services.persons.update_person(benefits_worker, pid, replace(record.data, delivery_address=None),
                                   record.version)
    assert text_of(services.decisions.render(signer, draft.id)) == text
