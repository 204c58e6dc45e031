"""MRPiPS-03 by the form's rows: each cell's counting rule on a small office built by hand."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

import pytest

from ops_desktop.documents.mrpips03_data import Mrpips03Report
from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    DecisionKind,
    Ground,
    PaymentMethod,
    Relation,
    Role,
)
from ops_desktop.services.applications import ApplicationInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput

from .test_statistics import someone

PURPOSE, PERIODIC = BenefitForm.PURPOSE, BenefitForm.PERIODIC


@dataclass
class Office:
    services: Services
    worker: Actor
    signer: Actor

    def grant(self, pid: uuid.UUID, form: BenefitForm, issued: dt.date, amount: str,
              until: dt.date | None = None, grounds: tuple[Ground, ...] = (Ground.POVERTY,),
              kind: DecisionKind = DecisionKind.GRANT) -> str:
        start = issued.replace(day=1)
        app = self.services.applications.register(self.worker, ApplicationInput(
            person_id=pid, received_on=issued - dt.timedelta(days=3), form=form,
            purpose="opał" if form is PURPOSE else "", requested_from=start, grounds=grounds))
        self.services.applications.set_incomes(self.worker, app.id, [], no_income=True)
        draft = self.services.decisions.prepare(self.worker, DecisionInput(
            application_id=app.id, kind=kind,
            amount=None if kind is DecisionKind.REFUSAL else Decimal(amount),
            period_from=start, period_to=until, payment_method=PaymentMethod.CASH,
            bank_account=None, reasoning="Dochód przekracza kryterium."
            if kind is DecisionKind.REFUSAL else ""))
        self.services.decisions.sign(self.signer, draft.id, on=issued)
        return draft.case_sign


@dataclass
class Known:
    jan_march: str
    jan_may: str
    maria: str
    periodic: str
    refused: str


@pytest.fixture
def known(services: Services, benefits_worker: Actor, signer: Actor) -> Known:
    o, w = Office(services, benefits_worker, signer), benefits_worker
    # Jan, Maria and their child live together (a family of three); Ewa lives alone.
    jan = services.persons.register_household(w, someone(1), [
        MemberInput(Relation.SPOUSE, someone(2, "Maria")),
        MemberInput(Relation.CHILD, someone(3, "Kasia"))])
    maria = next(m.person_id for m in services.persons.household(w, jan)
                 if m.relation is Relation.SPOUSE)
    ewa, refused = (services.persons.register_household(w, someone(n, "Ewa"), [])
                    for n in (4, 5))
    return Known(
        jan_march=o.grant(jan, PURPOSE, dt.date(2025, 3, 10), "300"),
        jan_may=o.grant(jan, PURPOSE, dt.date(2025, 5, 5), "100"),
        maria=o.grant(maria, PURPOSE, dt.date(2025, 6, 30), "200.50"),
        # three whole months, February to April, for want of work
        periodic=o.grant(ewa, PERIODIC, dt.date(2025, 2, 1), "600", until=dt.date(2025, 4, 30),
                         grounds=(Ground.UNEMPLOYMENT,)),
        refused=o.grant(refused, PURPOSE, dt.date(2025, 4, 2), "0",
                        kind=DecisionKind.REFUSAL),
    )


def cells(report: Mrpips03Report, code: str) -> list[object]:
    division = next(d for d in report.divisions if any(r.form_row.code == code for r in d.rows))
    return list(division.row(code).cells)


def test_a_person_with_two_decisions_is_counted_once_and_the_family_once(
        services: Services, coordinator: Actor, known: Known) -> None:
    report = services.mrpips03.report(coordinator, 2025, 1)
    # zasiłek celowy: Jan twice and Maria once – two persons, three benefits, one family of 3
    assert cells(report, "1B.15") == [2, 3, Decimal("600.50"), 1, 3]
    behind = [c.case_sign for c in report.row("1B.15").behind]
    assert behind == [known.jan_march, known.jan_may, known.maria]
    assert known.refused not in {c.case_sign for r in report.divisions[0].rows for c in r.behind}


def test_monthly_benefits_count_the_months_in_the_period_from_the_decision(
        services: Services, coordinator: Actor, known: Known) -> None:
    report = services.mrpips03.report(coordinator, 2025, 1)
    # no payment list paid it: three months at 600 zł, counted from the decision, and said so
    assert cells(report, "1B.04") == [1, 3, Decimal("1800.00"), 1, 1]
    assert report.row("1B.04").estimated == 1
    # each decision once, though the periodic one counts in two rows
    assert [n for n in report.notes if "Decyzje bez listy wypłat" in n] == [
        "Decyzje bez listy wypłat (sprzed prowadzenia list w programie): 4 – liczba świadczeń "
        "i kwota według decyzji."]
    # its reason (art. 7 pkt 4) puts it in the unemployment row, not the illness one
    assert cells(report, "1B.05") == [1, 3, Decimal("1800.00"), 1, 1]
    assert cells(report, "1B.06") == [0, 0, Decimal("0.00"), 0, 0]
    # zasiłek stały: the office granted none – an available row shows 0
    assert cells(report, "1B.01") == [0, 0, Decimal("0.00"), 0, 0]


def test_totals_are_de_duplicated_not_summed(
        services: Services, coordinator: Actor, known: Known) -> None:
    report = services.mrpips03.report(coordinator, 2025, 1)
    assert cells(report, "1B.99") == [3, "x", Decimal("2400.50"), 2, 4]
    # grounds: the family of three for poverty, Ewa for unemployment; rural is not recorded
    assert cells(report, "2.01") == [1, None, 3, None]
    assert cells(report, "2.04") == [1, None, 1, None]
    assert cells(report, "2.99") == [2, None, 4, None]
    # family types: one of one person, one of three with a child
    assert cells(report, "3.01")[0] == 1 and cells(report, "3.03")[0] == 1
    assert cells(report, "3.07") == [1, None, 3, None]
    assert cells(report, "3.99") == [2, None, 4, None]


def test_rows_the_program_cannot_fill_are_not_available_not_zero(
        services: Services, coordinator: Actor, known: Known) -> None:
    report = services.mrpips03.report(coordinator, 2025, 1)
    for code in ("1B.12", "3.08", "3.09"):  # shelter, DPS fees and posiłek have readers
        assert set(cells(report, code)) == {None}, code
        assert not report.row(code).available
    # shelter days, meals given, the gmina's DPS fees and specialist care are read from their
    # records: none here, so counted as none – not brak danych
    for code in ("1B.10", "1B.11", "1B.14", "1B.19"):
        assert report.row(code).available and report.row(code).behind == (), code


def test_the_whole_year_and_another_year(
        services: Services, coordinator: Actor, known: Known) -> None:
    year = services.mrpips03.report(coordinator, 2025, None)
    assert year.period.end == dt.date(2025, 12, 31)
    assert cells(year, "1B.15")[:2] == [2, 3]
    assert cells(services.mrpips03.report(coordinator, 2024, None), "1B.99")[0] == 0


def test_only_the_head_makes_it_and_making_it_is_audited(
        services: Services, benefits_worker: Actor, coordinator: Actor, auditor: Actor,
        known: Known) -> None:
    for roles in ({Role.BENEFITS}, {Role.SOCIAL_WORK}, {Role.AUDITOR}, {Role.ADMINISTRATOR}):
        actor = Actor(benefits_worker.user_id, "X", "", frozenset(roles))
        with pytest.raises(PermissionDenied):
            services.mrpips03.report(actor, 2025, 1)
    report = services.mrpips03.report(coordinator, 2025, 1)
    services.mrpips03.export(coordinator, report, "csv")
    logged = [(e.action, e.entity) for e in services.audit.entries(auditor, user_id=coordinator.user_id, limit=50)
              if e.entity == "mrpips03"]
    assert logged == [("export", "mrpips03"), ("view", "mrpips03")]


def test_column_3_is_what_approved_payment_lists_paid(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    o = Office(services, benefits_worker, signer)
    ewa = services.persons.register_household(benefits_worker, someone(7, "Ewa"), [])
    o.grant(ewa, PERIODIC, dt.date(2025, 2, 1), "600", until=dt.date(2025, 4, 30))
    for month in (dt.date(2025, 2, 1), dt.date(2025, 3, 1)):  # April's list never made
        for made in services.payments.prepare(benefits_worker, month):
            services.payments.approve(coordinator, made.id)
    report = services.mrpips03.report(coordinator, 2025, 1)
    assert cells(report, "1B.04") == [1, 2, Decimal("1200.00"), 1, 1]
    assert report.row("1B.04").estimated == 0
    assert not any("Decyzje bez listy wypłat" in n for n in report.notes)


def test_a_changed_decision_leaves_its_later_months_to_the_change(
        services: Services, benefits_worker: Actor, signer: Actor, coordinator: Actor) -> None:
    ewa = services.persons.register_household(benefits_worker, someone(8, "Ewa"), [])
    app = services.applications.register(benefits_worker, ApplicationInput(
        person_id=ewa, received_on=dt.date(2025, 1, 27), form=PERIODIC,
        requested_from=dt.date(2025, 2, 1), grounds=(Ground.POVERTY,)))
    services.applications.set_incomes(benefits_worker, app.id, [], no_income=True)

    def decided(amount: str, start: dt.date, changes: uuid.UUID | None) -> uuid.UUID:
        draft = services.decisions.prepare(benefits_worker, DecisionInput(
            application_id=app.id, kind=DecisionKind.GRANT, amount=Decimal(amount),
            period_from=start, period_to=dt.date(2025, 4, 30), payment_method=PaymentMethod.CASH,
            bank_account=None, reasoning="", corrects_id=changes))
        services.decisions.sign(signer, draft.id, on=start)
        return draft.id

    first = decided("600", dt.date(2025, 2, 1), None)
    decided("800", dt.date(2025, 3, 1), first)  # from March, 800 zł instead of 600 zł
    report = services.mrpips03.report(coordinator, 2025, 1)
    # February at 600 zł, March and April at 800 zł: three months, never five
    assert cells(report, "1B.04") == [1, 3, Decimal("2200.00"), 1, 1]
