"""Half-year statistics (MRPiPS-03 core table) from known signed decisions on a real store."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from dataclasses import dataclass
from decimal import Decimal

import pytest
from pypdf import PdfReader

from ops_desktop.domain.errors import PermissionDenied, ValidationError
from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
    BenefitForm,
    DecisionKind,
    IdDocumentType,
    PaymentMethod,
    Relation,
    Role,
)
from ops_desktop.services.applications import ApplicationInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.services.statistics import StatisticsReport
from ops_desktop.storage import anchors

from .helpers import person

GRANT, REFUSAL = DecisionKind.GRANT, DecisionKind.REFUSAL
PURPOSE, PERIODIC = BenefitForm.PURPOSE, BenefitForm.PERIODIC


def someone(n: int, first: str = "Jan") -> object:
    return person(first, "Statystyczny", None, id_document_type=IdDocumentType.ID_CARD,
                  id_document_number=f"STA{n:06d}", birth_date=dt.date(1975, 1, 1))


@dataclass
class Office:
    services: Services
    worker: Actor
    signer: Actor

    def application(self, pid: uuid.UUID, form: BenefitForm, received: dt.date) -> uuid.UUID:
        return self.services.applications.register(self.worker, ApplicationInput(
            person_id=pid, received_on=received, form=form,
            purpose="opał na zimę" if form is PURPOSE else "",
            requested_from=received.replace(day=1))).id

    def decide(self, pid: uuid.UUID, form: BenefitForm, received: dt.date,
               issued: dt.date | None, kind: DecisionKind = GRANT,
               amount: str | None = None) -> str:
        """A decision on a new application; signed on `issued` (None: left as a draft)."""
        app_id = self.application(pid, form, received)
        # A decision rests on saved incomes or a saved "no income".
        self.services.applications.set_incomes(self.worker, app_id, [], no_income=True)
        start = received.replace(day=1)
        draft = self.services.decisions.prepare(self.worker, DecisionInput(
            application_id=app_id, kind=kind, amount=None if amount is None else Decimal(amount),
            period_from=start,
            period_to=dt.date(start.year, start.month + 2, 28) if form is PERIODIC else None,
            payment_method=PaymentMethod.CASH, bank_account=None,
            reasoning="Dochód przekracza kryterium." if kind is REFUSAL else ""))
        if issued is not None:
            self.services.decisions.sign(self.signer, draft.id, on=issued)
        return draft.case_sign


@dataclass
class Known:
    """What was put into the store, to compare the figures and lists with."""

    jan_march: str
    maria_june_30: str
    jan_july_1: str
    periodic: str
    refusal: str
    draft: str
    next_year: str


@pytest.fixture
def known(services: Services, benefits_worker: Actor, signer: Actor) -> Known:
    o = Office(services, benefits_worker, signer)
    w = benefits_worker
    # A family of two (Jan and Maria, one household) and three persons living alone.
    jan = services.persons.register_household(w, someone(1), [
        MemberInput(Relation.SPOUSE, someone(2, "Maria"))])
    maria = next(m.person_id for m in services.persons.household(w, jan) if m.person_id != jan)
    single, refused, waiting, later = (services.persons.register_household(w, someone(n), [])
                                       for n in (3, 4, 5, 6))
    return Known(
        jan_march=o.decide(jan, PURPOSE, dt.date(2025, 3, 3), dt.date(2025, 3, 10), amount="300"),
        maria_june_30=o.decide(maria, PURPOSE, dt.date(2025, 6, 20), dt.date(2025, 6, 30),
                               amount="200.50"),
        jan_july_1=o.decide(jan, PURPOSE, dt.date(2025, 6, 30), dt.date(2025, 7, 1), amount="100"),
        periodic=o.decide(single, PERIODIC, dt.date(2025, 1, 20), dt.date(2025, 2, 3),
                          amount="600"),
        refusal=o.decide(refused, PURPOSE, dt.date(2025, 4, 22), dt.date(2025, 5, 5),
                         kind=REFUSAL),
        draft=o.decide(waiting, PURPOSE, dt.date(2025, 4, 1), None, amount="150"),
        next_year=o.decide(later, PURPOSE, dt.date(2025, 12, 22), dt.date(2026, 1, 2),
                           amount="400"),
    )


def figures(report: StatisticsReport, form: BenefitForm | None,
            kind: DecisionKind) -> tuple[int, int, Decimal, int, int]:
    row = report.row(form, kind)
    return row.persons, row.decisions, row.amount, row.families, row.family_members


def test_first_half_counts_persons_decisions_amounts_and_families(
        services: Services, coordinator: Actor, known: Known) -> None:
    report = services.statistics.half_year(coordinator, 2025, 1)
    assert (report.period.start, report.period.end) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    # Jan (10 March) and Maria (30 June, the last day) share one household of two persons.
    assert figures(report, PURPOSE, GRANT) == (2, 2, Decimal("500.50"), 1, 2)
    assert figures(report, PERIODIC, GRANT) == (1, 1, Decimal("600.00"), 1, 1)
    assert figures(report, BenefitForm.PERMANENT, GRANT) == (0, 0, Decimal("0"), 0, 0)
    assert figures(report, None, GRANT) == (3, 3, Decimal("1100.50"), 2, 3)
    assert figures(report, PURPOSE, REFUSAL) == (1, 1, Decimal("0"), 1, 1)
    assert figures(report, None, REFUSAL) == (1, 1, Decimal("0"), 1, 1)


def test_the_whole_year_adds_1_july_and_keeps_persons_and_families_distinct(
        services: Services, coordinator: Actor, known: Known) -> None:
    report = services.statistics.half_year(coordinator, 2025, None)
    assert report.period.end == dt.date(2025, 12, 31)
    # Jan's second benefit (1 July) is one more decision, not one more person or family.
    assert figures(report, PURPOSE, GRANT) == (2, 3, Decimal("600.50"), 1, 2)
    assert figures(report, None, GRANT) == (3, 4, Decimal("1200.50"), 2, 3)


def test_drafts_and_decisions_signed_in_another_year_are_not_counted(
        services: Services, coordinator: Actor, known: Known) -> None:
    year = services.statistics.cases_behind(coordinator, 2025, None, None, None)
    assert known.draft not in {c.case_sign for c in year}
    assert known.next_year not in {c.case_sign for c in year}
    next_year = services.statistics.half_year(coordinator, 2026, 1)
    assert figures(next_year, PURPOSE, GRANT) == (1, 1, Decimal("400.00"), 1, 1)
    assert figures(services.statistics.half_year(coordinator, 2024, None), None, GRANT)[1] == 0


def test_applications_received_in_the_period_by_form_and_status(
        services: Services, coordinator: Actor, known: Known) -> None:
    report = services.statistics.half_year(coordinator, 2025, 1)
    purpose = next(a for a in report.applications if a.form is PURPOSE)
    # Received by 30 June: Jan's two, Maria's, the refused one, the one with a draft only.
    assert (purpose.received, purpose.pending, purpose.decided, purpose.withdrawn) == (5, 1, 4, 0)
    total = report.applications[-1]
    assert total.form is None and total.received == 6
    year = services.statistics.half_year(coordinator, 2025, None).applications[-1]
    assert year.received == 7  # received 22 December, decided in January
    behind = services.statistics.applications_behind(coordinator, 2025, 1, PURPOSE,
                                                     ApplicationStatus.REGISTERED)
    assert [a.case_sign for a in behind] == [known.draft]


def test_every_figure_traces_to_its_case_signs(
        services: Services, coordinator: Actor, known: Known) -> None:
    s = services.statistics
    behind = s.cases_behind(coordinator, 2025, 1, PURPOSE, GRANT)
    assert [c.case_sign for c in behind] == [known.jan_march, known.maria_june_30]
    assert [c.issued_on for c in behind] == [dt.date(2025, 3, 10), dt.date(2025, 6, 30)]
    assert sum(c.amount or 0 for c in behind) == s.half_year(coordinator, 2025, 1).row(
        PURPOSE, GRANT).amount
    year = s.cases_behind(coordinator, 2025, None, PURPOSE, GRANT)
    assert [c.case_sign for c in year][-1] == known.jan_july_1
    refusals = s.cases_behind(coordinator, 2025, 1, None, REFUSAL)
    assert [(c.case_sign, c.amount, c.kind) for c in refusals] == [(known.refusal, None, REFUSAL)]
    every = s.cases_behind(coordinator, 2025, None, None, None)
    report = s.half_year(coordinator, 2025, None)
    assert len(every) == report.row(None, GRANT).decisions + report.row(None, REFUSAL).decisions


def test_only_the_head_reads_the_statistics(
        services: Services, benefits_worker: Actor, known: Known) -> None:
    for roles in ({Role.BENEFITS}, {Role.SOCIAL_WORK}, {Role.AUDITOR}, {Role.ADMINISTRATOR}):
        actor = Actor(benefits_worker.user_id, "X", "", frozenset(roles))
        with pytest.raises(PermissionDenied):
            services.statistics.half_year(actor, 2025, 1)
        with pytest.raises(PermissionDenied):
            services.statistics.cases_behind(actor, 2025, 1, PURPOSE, GRANT)


@pytest.mark.parametrize(("year", "half", "field"), [
    (1999, 1, "year"), (2101, None, "year"), ("2025", 1, "year"), (True, 1, "year"),
    (2025, 2, "half"), (2025, 0, "half"), (2025, "1", "half"),
])
def test_a_period_outside_the_choice_is_refused_next_to_its_field(
        services: Services, coordinator: Actor, year: object, half: object, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.statistics.half_year(coordinator, year, half)  # type: ignore[arg-type]
    assert [e.field for e in caught.value.errors] == [field]


def test_the_pdf_shows_the_figures_and_says_it_is_not_the_official_form(
        services: Services, coordinator: Actor, known: Known) -> None:
    report = services.statistics.half_year(coordinator, 2025, 1)
    pdf = services.statistics.render(coordinator, report)
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).replace("\u00a0", " ").split())
    for expected in ("Zestawienie pomocnicze do sprawozdania MRPiPS-03",
                     "nie jest formularzem sprawozdania MRPiPS-03",
                     "I półrocze 2025 r. (01.01.2025–30.06.2025)",
                     "zasiłek celowy 2 2 500,50 zł 1 2", "zasiłek okresowy 1 1 600,00 zł 1 1",
                     "Ogółem 3 3 1 100,50 zł 2 3", "kwota miesięczna",
                     "Miejsko-Gminny Ośrodek Pomocy Społecznej"):
        assert expected in text, expected
    with pytest.raises(PermissionDenied):
        services.statistics.render(Actor(coordinator.user_id, "X", "", frozenset({Role.BENEFITS})),
                                   report)


def test_the_pdf_ends_with_the_audit_logs_head_as_an_anchor(
        services: Services, coordinator: Actor, known: Known) -> None:
    report = services.statistics.half_year(coordinator, 2025, 1)
    with services.db.session() as s:
        head = anchors.session_head(s)
    assert head is not None
    pdf = services.statistics.render(coordinator, report)
    text = "".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert f"ostatniwpis(numer:skrót):{head.seq}:{head.hash}." in text
