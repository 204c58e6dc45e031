"""The demo office looks like a real one: a year's work in order, real families, stories sent
to the team that handles them, social workers' notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from ops_desktop.domain import pesel as pesel_rules
from ops_desktop.domain.clock import office_time, wall_now, wall_today
from ops_desktop.domain.vocabulary import Ground, Relation, Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import STAFF, create_demo_office
from ops_desktop.services.demo_benefit_interviews import INTERVIEW_REASON
from ops_desktop.services.hub import Services
from ops_desktop.storage import demo_names
from tests.services.test_benefits import text_of
from ops_desktop.storage.models import (
    ApplicationRow,
    CaseRow,
    DecisionRow,
    HouseholdMemberRow,
    IncomeRow,
    IntakeRow,
    PackagePartRow,
    PersonRow,
    ReferralRow,
    SocialWorkNoteRow,
    UserRow,
)


@dataclass
class Office:
    services: Services
    counts: dict[str, int]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    path = Path(tmp_path_factory.mktemp("demo")) / "demo.sqlite"
    services = Services.open(f"sqlite:///{path}")
    counts = create_demo_office(services)
    yield Office(services, counts)
    services.close()


def rows(office: Office, model: type) -> list:  # type: ignore[type-arg]
    with office.services.db.session() as s:
        found = list(s.scalars(select(model)))
        s.expunge_all()
        return found


def package_referrals(office: Office) -> set[object]:
    """Referrals a service package made (demo_packages.py): one per team it names, from an
    intake of their own; a team already carrying the person takes it into the open case."""
    return {p.referral_id for p in rows(office, PackagePartRow)}


def local(utc: dt.datetime) -> dt.datetime:
    return office_time(utc).replace(tzinfo=None)


def years(older: dt.date, younger: dt.date) -> float:
    return (younger - older).days / 365.25


def test_about_two_hundred_persons_in_eighty_households(office: Office) -> None:
    assert office.counts["households"] == 80
    assert 160 <= office.counts["persons"] <= 260


def test_a_year_of_work_in_the_order_it_happened(office: Office) -> None:
    now = wall_now()
    intakes = {i.id: i for i in rows(office, IntakeRow)}
    cases = {c.id: c for c in rows(office, CaseRow)}
    referrals = rows(office, ReferralRow)
    packaged = package_referrals(office)
    received = [i.received_at for i in intakes.values()]
    assert max(received) <= now and min(received) >= now - dt.timedelta(days=380)
    assert len({(d.year, d.month) for d in received}) >= 10  # spread over the year
    waited = []
    for r in referrals:
        intake = intakes[r.intake_id]
        assert local(r.created_at) >= intake.received_at - dt.timedelta(minutes=1)
        if r.decided_at is not None:
            assert local(r.created_at) < local(r.decided_at) <= now
            waited.append((local(r.decided_at) - intake.received_at).days)
        if r.case_id is not None and r.id not in packaged:
            assert cases[r.case_id].opened_on == local(r.decided_at).date()
    assert max(waited) >= 3 and len(set(waited)) >= 4  # taken days later, not all at once
    decisions = {d.application_id: d for d in rows(office, DecisionRow)}
    signed_later = 0
    for app in rows(office, ApplicationRow):
        assert app.received_on <= now.date()
        assert app.received_on >= cases[app.case_id].opened_on
        decision = decisions.get(app.id)
        if decision is not None and decision.issued_on is not None:
            assert decision.signed_at is not None
            assert app.received_on < decision.issued_on == local(decision.signed_at).date()
            assert local(decision.signed_at) <= now
            assert local(decision.created_at) <= local(decision.signed_at)
            signed_later += (decision.issued_on - app.received_on).days >= 7
    assert signed_later >= 10


def test_families_of_plausible_ages_with_pesel_matching_birth_and_sex(office: Office) -> None:
    persons = {p.id: p for p in rows(office, PersonRow)}
    households: dict[object, list[HouseholdMemberRow]] = {}
    for m in rows(office, HouseholdMemberRow):
        households.setdefault(m.household_id, []).append(m)
    seen: set[str] = set()
    assert persons
    for p in persons.values():
        info = pesel_rules.decode(p.pesel)
        assert (info.birth_date, info.sex.value) == (p.birth_date, p.sex)
    for members in households.values():
        head = next(persons[m.person_id] for m in members if m.relation == Relation.APPLICANT)
        for m in members:
            p = persons[m.person_id]
            seen.add(m.relation)
            if m.relation == Relation.SPOUSE:
                assert p.sex != head.sex and abs(years(head.birth_date, p.birth_date)) <= 10
            elif m.relation == Relation.CHILD:
                age = years(p.birth_date, wall_today())
                assert 0 <= age < 26
                for parent in [head] + [persons[x.person_id] for x in members
                                        if x.relation == Relation.SPOUSE]:
                    assert years(parent.birth_date, p.birth_date) >= 17
            elif m.relation in (Relation.PARENT, Relation.GRANDPARENT):
                assert years(p.birth_date, head.birth_date) >= 17
            elif m.relation == Relation.GRANDCHILD:
                assert years(head.birth_date, p.birth_date) >= 35
    assert {Relation.SPOUSE, Relation.CHILD} <= seen


def test_stories_go_to_the_team_that_handles_them_violence_to_social_work(
        office: Office) -> None:
    table = {s.problem: s for s in demo_names.STORIES}
    intakes = {i.id: i for i in rows(office, IntakeRow)}
    packaged = package_referrals(office)
    # The benefits team's requests for a family interview go to social work (art. 106 ust. 4);
    # the school meal's family is the demo's own story (services/demo_meals.py), not a random one.
    from ops_desktop.services.demo_meals import MEAL_REASON

    referrals = [r for r in rows(office, ReferralRow)
                 if r.id not in packaged and r.reason not in (INTERVIEW_REASON, MEAL_REASON)]
    assert len(referrals) < len(rows(office, ReferralRow))
    violence = 0
    for r in referrals:
        intake = intakes[r.intake_id]
        assert r.to_team == table[intake.problem].team
        assert intake.grounds == ",".join(g.value for g in table[intake.problem].grounds)
        if Ground.DOMESTIC_VIOLENCE.value in intake.grounds.split(","):
            violence += 1
            assert r.to_team == Team.SOCIAL_WORK
    assert violence >= 1
    assert {r.to_team for r in referrals} == {Team.BENEFITS, Team.SOCIAL_WORK, Team.SERVICES}
    for story in demo_names.STORIES:
        if Ground.DOMESTIC_VIOLENCE in story.grounds:
            assert story.team is Team.SOCIAL_WORK


def test_social_work_cases_have_notes_by_social_workers_after_the_case_opened(
        office: Office) -> None:
    social_workers = {u.id for u in rows(office, UserRow)
                      if Role.SOCIAL_WORK.value in u.roles.split(",")}
    assert len(social_workers) == sum(Role.SOCIAL_WORK in s[3] for s in STAFF)
    cases = {c.id: c for c in rows(office, CaseRow) if c.team_code == Team.SOCIAL_WORK}
    notes = rows(office, SocialWorkNoteRow)
    assert {n.case_id for n in notes} <= set(cases)
    with_notes = {n.case_id for n in notes}
    assert len(with_notes) >= len(cases) * 0.7
    assert len({n.kind for n in notes}) >= 4
    for n in notes:
        assert n.author_id in social_workers
        assert cases[n.case_id].opened_on <= n.noted_on <= wall_today()
        assert local(n.created_at).date() == n.noted_on


def test_every_decided_application_has_incomes(office: Office) -> None:
    from ops_desktop.domain.vocabulary import CARE_FORM_CODES

    # A decision granting care states the household's income in its own terms.
    decided = {d.application_id for d in rows(office, DecisionRow)
               if d.form not in CARE_FORM_CODES}
    with_incomes = {i.application_id for i in rows(office, IncomeRow)}
    assert decided and decided <= with_incomes


def test_the_demo_is_the_same_for_the_same_seed(tmp_path: Path, office: Office) -> None:
    again = Services.open(f"sqlite:///{tmp_path / 'again.sqlite'}")
    try:
        assert create_demo_office(again) == office.counts
        assert sorted(p.pesel for p in rows(Office(again, {}), PersonRow)) == sorted(
            p.pesel for p in rows(office, PersonRow))
    finally:
        again.close()


def test_matters_still_in_hand_today(office: Office) -> None:
    """Referrals waiting in inboxes, drafts for the head to sign, applications not yet decided."""
    assert any(r.status == "pending" for r in rows(office, ReferralRow))
    assert sum(d.status == "draft" for d in rows(office, DecisionRow)) >= 3
    decided = {d.application_id for d in rows(office, DecisionRow)}
    assert any(a.id not in decided for a in rows(office, ApplicationRow))


def test_the_social_work_log_holds_the_workers_entries_and_one_case_was_handed_over(
        office: Office) -> None:
    services = office.services
    staff = [Actor(u.id, u.full_name, u.position, u.roles) for u in services.office.users()]
    workers = [a for a in staff if a.roles == {Role.SOCIAL_WORK}]
    head = next(a for a in staff if Role.COORDINATOR in a.roles)
    assert office.counts["log_entries"] >= office.counts["notes"] > 0
    assert sum(services.social_work_log.count(w) for w in workers) == office.counts["log_entries"]
    assert office.counts["handed_over"] == 1
    loads = services.caseload.workers(head)
    assert {w.worker_name for w in loads} >= {w.full_name for w in workers}
    assert sum(w.open_cases for w in loads) > 0


def test_two_care_orders_with_three_months_billed(office: Office) -> None:
    from decimal import Decimal

    services = office.services
    staff = [Actor(u.id, u.full_name, u.position, u.roles) for u in services.office.users()]
    carer = next(a for a in staff if a.roles == {Role.SERVICES})
    orders = services.care_services.orders(carer)
    assert len(orders) == 2 and office.counts["care_bills"] == 6
    bills = {o.household_size: services.care_services.bills(carer, o.id) for o in orders}
    assert [len(b) for b in bills.values()] == [3, 3]
    # single, 1600 zł: 158,42 % of 1010 zł → 15 % of 35 zł = 5,25 zł an hour; the office's
    # own carer's months typed: 40 h → 210 zł, 38,5 h → 202,125 → 202,13 zł, 39 h → 204,75 zł
    assert [b.amount for b in bills[1]] == [Decimal("210.00"), Decimal("202.13"),
                                            Decimal("204.75")]
    # a couple, 750 zł each: under 823 zł → free
    assert all(b.amount == 0 and b.fee_percent == 0 for b in bills[2])
    months = [b.month for b in bills[1]]
    assert months == sorted(months) and all(b.issued_on > b.month for b in bills[1])
    # The couple's firm sent a file each month: its carer's Tuesday and Thursday visits of
    # 3 h, every one of them kept, and the month's bill counts them.
    couple = next(o for o in orders if o.household_size == 2)
    for bill in bills[2]:
        visits = [e for e in services.care_hours.hours(carer, couple.id, bill.month)]
        assert visits and all(e.source == "import" and e.worked_on is not None
                              and e.worked_on.isoweekday() in (2, 4) for e in visits)
        assert bill.hours == 3 * len(visits)
    assert [p.carers for p in services.care_providers.providers(carer)] == [2, 2]
    week = services.care_providers.schedule(carer, couple.id)
    assert [(s.weekday, s.carer_name) for s in week] == [(2, "Halina Wójcik"),
                                                         (4, "Halina Wójcik")]
    kinds = [s.kind.value for o in orders for s in services.care_supervision.of_client(
        carer, o.id)]
    assert sorted(kinds) == ["check", "complaint"]


def test_care_fees_paid_with_an_arrear(office: Office) -> None:
    from decimal import Decimal

    services = office.services
    staff = [Actor(u.id, u.full_name, u.position, u.roles) for u in services.office.users()]
    carer = next(a for a in staff if a.roles == {Role.SERVICES})
    assert office.counts["care_payments"] == 2
    latest = services.care_payments.billed_months(carer)[0]
    balances = {c.months[0].amount > 0: c for c in services.care_payments.balances(carer, latest)}
    paying, free = balances[True], balances[False]
    # 40 h, 38,5 h and 39 h × 35,00 zł × 15%: 210,00 paid in full, 100,00 of 202,13 (202,125
    # rounded half up) paid: 102,13 owed from before; 204,75 this month
    assert [(m.amount, m.paid) for m in paying.months] == [
        (Decimal("210.00"), Decimal("210.00")), (Decimal("202.13"), Decimal("100.00")),
        (Decimal("204.75"), Decimal("0.00"))]
    assert (paying.arrears, paying.outstanding, paying.due) == (
        Decimal("102.13"), Decimal("204.75"), Decimal("306.88"))
    assert free.due == 0 and services.care_payments.payments(carer, free.person_id) == []
    ways = [p.way.value for p in services.care_payments.payments(carer, paying.person_id)]
    assert ways == ["cash", "bank_transfer"]


def test_care_granted_by_signed_decisions_one_carried_out_by_an_order(office: Office) -> None:
    from decimal import Decimal

    from ops_desktop.domain.vocabulary import CareKind, DecisionStatus

    services = office.services
    staff = [Actor(u.id, u.full_name, u.position, u.roles) for u in services.office.users()]
    head = next(a for a in staff if a.roles == {Role.COORDINATOR})
    carer = next(a for a in staff if a.roles == {Role.SERVICES})
    signed = [d for d in services.decisions.page(head, DecisionStatus.SIGNED, limit=2000)
              if isinstance(d.form, CareKind)]
    assert sorted(d.form for d in signed) == [CareKind.CARE, CareKind.SPECIALIST_MENTAL]
    suo = next(d for d in signed if d.form is CareKind.SPECIALIST_MENTAL)
    terms = services.care_decisions.terms(carer, suo.id)
    # 1450 zł of a single person is 143,56 % of 1010 zł → 1,5 % (from 1.05.2023) of 48 zł
    assert (terms.fee_percent, terms.hourly_cost) == (Decimal("1.5"), Decimal("48.00"))
    linked = [o for o in services.care_services.orders(carer) if o.household_size == 1]
    care = next(d for d in signed if d.form is CareKind.CARE)
    assert len(linked) == 1 and care.case_sign in linked[0].decision_ref
    # The order carrying it out keeps within its hours: the carer's months typed as 40 h,
    # 38,5 h and 39 h (the care-providers demo), each no more than the 11 h a week granted
    # for the month's days (11 × 28/7 = 44 h in February, 11 × 30/7 = 47,15 h, 11 × 31/7 =
    # 48,72 h) and billed at the decision's 35 zł and 15 %.
    bills = services.care_services.bills(carer, linked[0].id)
    assert [b.hours for b in bills] == [Decimal("40.00"), Decimal("38.50"), Decimal("39.00")]
    assert all(b.hours <= services.care_decisions.month_limit(carer, care.id, b.month)
               and (b.hourly_cost, b.fee_percent) == (Decimal("35.00"), Decimal("15"))
               for b in bills)
    for d in signed:
        text = services.decisions.render(head, d.id)
        assert text.startswith(b"%PDF")


def test_one_niebieska_karta_in_progress_with_one_overdue_step(office: Office) -> None:
    services = office.services
    staff = [Actor(u.id, u.full_name, u.position, u.roles) for u in services.office.users()]
    head = next(a for a in staff if Role.COORDINATOR in a.roles)
    assert office.counts["blue_cards"] == 1
    [card] = services.blue_cards.procedures(head)
    assert [d.code for d in card.done] == ["to_chair"]
    assert len(card.parties) == 2 and card.next_step is not None
    [(late, step)] = services.blue_cards.overdue(head)
    assert late.id == card.id and step.code == "group_appointed"


def test_the_demo_office_pays_three_months_and_this_months_lists_wait(office: Office) -> None:
    from ops_desktop.domain.calendar import add_months

    head = next(Actor(u.id, u.full_name, u.position, u.roles) for u in office.services.office.users()
                if Role.COORDINATOR in u.roles)
    lists = office.services.payments.lists(head)
    this_month = wall_today().replace(day=1)
    approved = {v.benefit_month for v in lists if v.approved}
    assert approved == {add_months(this_month, -n) for n in (1, 2, 3)}
    assert {v.benefit_month for v in lists if not v.approved} == {this_month}
    assert all(v.items > 0 and v.total_grosze > 0 for v in lists)
    assert office.counts["payment_lists"] == len(lists)


def test_the_demo_office_holds_a_returned_transfer_re_issued_in_cash(office: Office) -> None:
    head = next(Actor(u.id, u.full_name, u.position, u.roles) for u in office.services.office.users()
                if Role.COORDINATOR in u.roles)
    corrections = [v for v in office.services.payments.lists(head) if v.correction]
    assert len(corrections) == 1 and not corrections[0].approved
    line = office.services.payments.paper(head, corrections[0].id).lines[0]
    assert line.reissue and line.bank_account is None and line.person_id is not None
    kinds = [e.kind.value for e in office.services.payment_register.of_person(
        head, line.person_id).entries]
    assert "return" in kinds and "reissue" in kinds


def test_the_demo_office_has_a_notice_of_delay_and_applications_near_and_past_their_deadline(
        office: Office) -> None:
    from tests.services.test_benefits import text_of

    services = office.services
    staff = [Actor(u.id, u.full_name, u.position, u.roles) for u in services.office.users()]
    head = next(a for a in staff if Role.COORDINATOR in a.roles)
    today = wall_today()
    assert office.counts["delay_notices"] == 1
    waiting = services.applications.page(head, open_only=True, limit=500)
    noticed = [a for a in waiting if a.notices]
    assert len(noticed) == 1 and not noticed[0].overdue_on(today)
    [notice] = noticed[0].notices
    assert notice.notified_on <= notice.previous_deadline < notice.new_deadline
    assert "ponaglenia" in text_of(services.deadlines.render_notice(head, notice.id))
    assert any(a.overdue_on(today) for a in waiting)
    assert any(a.due_soon_on(today) for a in waiting)
    assert any(a.particularly_complicated and not a.overdue_on(today) for a in waiting)
    counts = services.deadlines.overdue_applications_by_worker(head)
    assert sum(c.overdue for c in counts) >= 1 and sum(c.due_soon for c in counts) >= 1


def test_packages_in_use_for_every_target_group(office: Office) -> None:
    from ops_desktop.domain.packages import PartState, TargetGroup

    services = office.services
    staff = [Actor(u.id, u.full_name, u.position, u.roles) for u in services.office.users()]
    head = next(a for a in staff if Role.COORDINATOR in a.roles)
    assert office.counts["packages"] == len(TargetGroup)
    use = services.packages.use_by_group(head)
    assert [u.group for u in use if u.given == 1] == list(TargetGroup)
    states = {p.state for g in TargetGroup for x in services.packages.in_use(head, g)
              for p in x.parts}
    assert states == set(PartState)


def test_the_demo_office_granted_one_appeal_itself_and_forwarded_one_to_the_sko(
        office: Office) -> None:
    from ops_desktop.domain.appeals import AppealState

    head = next(Actor(u.id, u.full_name, u.position, u.roles) for u in office.services.office.users()
                if Role.COORDINATOR in u.roles)
    appeals = office.services.appeals.appeals(head)
    assert office.counts["appeals"] == len(appeals) == 2
    by_state = {v.state: v for v in appeals}
    assert set(by_state) == {AppealState.GRANTED, AppealState.FORWARDED}
    granted = by_state[AppealState.GRANTED]
    change = office.services.decisions.get(head, granted.granting_decision_id)  # type: ignore[arg-type]
    assert change.corrects_id == granted.decision_id and change.signatory_name
    forwarded = by_state[AppealState.FORWARDED]
    assert forwarded.documents and not forwarded.forwarded_late
    assert "Przekazanie odwołania" in text_of(office.services.appeals.cover_letter(head, forwarded.id))


def test_the_demo_office_claims_back_an_undue_benefit_in_instalments(office: Office) -> None:
    from ops_desktop.services.payment_register import EntryKind

    services = office.services
    head = next(Actor(u.id, u.full_name, u.position, u.roles) for u in services.office.users()
                if Role.COORDINATOR in u.roles)
    (listed,) = services.recovery_decisions.claims(head)
    claim = listed.claim
    assert office.counts["undue_claims"] == 1 and claim.signed and len(claim.instalments) == 3
    # It follows a signed change of the person's grant, issued no later than itself.
    change = services.decisions.get(head, claim.change_decision_id)
    assert change.corrects_id is not None and change.signatory_name
    assert change.issued_on is not None and change.issued_on <= claim.decided_on
    # The first instalment is paid at the cashier; the rest is owed.
    assert claim.paid_grosze == claim.instalments[0].amount_grosze
    assert claim.balance_grosze == claim.amount_grosze - claim.paid_grosze > 0
    kinds = [e.kind for e in services.payment_register.of_person(head, claim.person_id).entries]
    assert EntryKind.CLAIM in kinds and EntryKind.CASHIER in kinds
    printed = text_of(services.recovery_decisions.document(head, claim.id))
    assert claim.number in printed and "raty miesięczne w liczbie 3" in printed


def test_the_demo_office_holds_one_signed_suspension(office: Office) -> None:
    import io

    from pypdf import PdfReader

    from ops_desktop.domain.vocabulary import ApplicationStatus, DecisionKind, DecisionStatus

    head = next(Actor(u.id, u.full_name, u.position, u.roles) for u in office.services.office.users()
                if Role.COORDINATOR in u.roles)
    signed = office.services.decisions.page(head, DecisionStatus.SIGNED, limit=1000)
    [order] = [d for d in signed if d.kind is DecisionKind.SUSPENSION]
    assert office.counts["postanowienia"] == 1 and "III RC 41/26" in order.ruling_detail
    app = office.services.applications.get(head, order.application_id)
    assert app.status is ApplicationStatus.SUSPENDED
    text = " ".join(PdfReader(io.BytesIO(office.services.decisions.render(head, order.id)))
                    .pages[0].extract_text().split())
    assert "POSTANOWIENIE" in text and "zawiesić postępowanie" in text


def test_the_demo_office_has_a_dps_case_with_its_fee_and_a_shelter_case(office: Office) -> None:
    from decimal import Decimal

    services = office.services
    head = next(Actor(u.id, u.full_name, u.position, u.roles) for u in services.office.users()
                if Role.COORDINATOR in u.roles)
    assert (office.counts["dps_decisions"], office.counts["shelter_decisions"]) == (2, 1)
    placement, fee = sorted(services.placements.decisions(head),
                            key=lambda d: d.kind != "placement")
    assert placement.signed and fee.signed and fee.placement_id == placement.id
    # 2150,40 × 70% = 1505,28; the son's family of 3 may pay 9100 − 3 × 823 × 3 = 1693 zł,
    # agreed 600; the gmina 6480 − 1505,28 − 600 = 4374,72.
    assert (fee.resident, fee.relatives, fee.gmina) == (
        Decimal("1505.28"), Decimal("600.00"), Decimal("4374.72"))
    printed = text_of(services.placements.document(head, fee.id))
    assert "1 505,28" in printed and "4 374,72" in printed and "Marek Zalewski" in printed
    (shelter,) = services.shelters.decisions(head)
    assert shelter.signed and shelter.interview_on is not None
    assert shelter.interview_on <= shelter.decided_on
    register = {v.entry.institution: v for v in services.shelters.register(head)}
    assert len(register) == 2
    taken = register[shelter.shelter]
    assert taken.entry.places == 28
    assert taken.occupied == (1 if shelter.starts_on <= wall_today() <= shelter.ends_on else 0)
    changes = services.shelters.changes(head, wall_today() - dt.timedelta(days=200),
                                        wall_today())
    assert [c.field for c in changes] == ["added", "added", "places"]


def test_the_demo_offices_shelter_and_dps_fee_fill_their_statistics_rows(office: Office) -> None:
    """MRPiPS-03 1B.10 and 1B.19 count the demo's signed shelter and fee decisions: the days
    of the stay and the gmina's part for each month of it in the period, up to today."""
    from decimal import Decimal

    from tests.services.test_mrpips03 import cells

    services = office.services
    head = next(Actor(u.id, u.full_name, u.position, u.roles) for u in services.office.users()
                if Role.COORDINATOR in u.roles)
    today = wall_today()
    start = dt.date(today.year, 1, 1)  # the first half-year, or the whole year after June
    report = services.mrpips03.report(head, today.year, 1 if today.month <= 6 else None)
    fee = next(d for d in services.placements.decisions(head) if d.kind == "fee")
    first = max(fee.starts_on, start)
    months = (today.year - first.year) * 12 + today.month - first.month + 1
    persons, units, amount, _families, _members = cells(report, "1B.19")
    assert (persons, units, amount) == (1, Decimal(months), Decimal("4374.72") * months)
    (shelter,) = services.shelters.decisions(head)
    days = (min(shelter.ends_on, today) - max(shelter.starts_on, start)).days + 1
    persons, units, amount, _families, _members = cells(report, "1B.10")
    assert (persons, units, amount) == ((1, Decimal(days), None) if days > 0 else
                                        (0, Decimal("0.00"), Decimal("0.00")))


def test_the_demo_payees_have_accounts_of_their_own(office: Office) -> None:
    """A bank file whose every line pays the office's own account checks nothing by hand:
    each payee's account is a valid NRB of its own bank."""
    from ops_desktop.domain.person import validate_iban
    from ops_desktop.services.demo_payments import DEMO_PAYER_ACCOUNT
    from ops_desktop.storage.models import DecisionRow

    accounts = {d.bank_account for d in rows(office, DecisionRow) if d.bank_account}
    assert len(accounts) > 5 and DEMO_PAYER_ACCOUNT not in accounts
    assert all(validate_iban(a) == a for a in accounts)
    assert len({a[4:7] for a in accounts}) > 1  # more than one bank


def test_the_demo_offices_school_meal_fills_row_1b11(office: Office) -> None:
    """MRPiPS-03 1B.11 counts the demo's school child once, the meals the school reported for
    the months of the period (21 and 19), and their cost at 6,50 zł a meal (free: the office
    pays); the row leads to the decision's case."""
    from decimal import Decimal

    from tests.services.test_mrpips03 import cells

    services = office.services
    head = next(Actor(u.id, u.full_name, u.position, u.roles) for u in services.office.users()
                if Role.COORDINATOR in u.roles)
    assert (office.counts["meal_decisions"], office.counts["meal_months"]) == (1, 2)
    (decision,) = services.meals.decisions(head)
    assert decision.signed and decision.free and decision.given == 40
    today = wall_today()
    half = 1 if today.month <= 6 else None
    report = services.mrpips03.report(head, today.year, half)
    end = dt.date(today.year, 6 if half else 12, 1)
    given = [m.meals for m in services.meals.months(head, decision.id)
             if m.month.year == today.year and m.month <= end]
    persons, units, amount, _families, _members = cells(report, "1B.11")
    assert (persons, units, amount) == ((1 if given else 0), Decimal(sum(given)),
                                        Decimal("6.50") * sum(given))
    assert {line.case_sign for line in report.row("1B.11").behind} == (
        {decision.case_sign} if given else set())
    # the decision names the boy who eats at school, not his mother who is the party
    import io

    from pypdf import PdfReader

    paper = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(
        io.BytesIO(services.meals.document(head, decision.id))).pages)
    assert decision.beneficiary_name != decision.person_name
    assert f"posiłek dla dziecka w szkole, dla: {decision.beneficiary_name}" in paper
