"""Every use case called as every role: the team separation is enforced by the services.

The expected table below is written out by hand from the issue and DOMAIN.md §10 – it is
the specification, not a copy of domain/permissions.py – so a change to the matrix that
opens a door shows up here as a failing pair.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import update

from ops_desktop.domain.adhoc_lists import ListDefinition
from ops_desktop.domain.calendar import add_months, next_working_day_if_needed
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.contracts import EndReason
from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.interviews import InterviewStatus
from ops_desktop.domain.packages import PackagePart, PartState, TargetGroup
from ops_desktop.domain.plans import ActionStatus
from ops_desktop.domain.social_work_log import LogKind
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    CareKind,
    CloseReason,
    DecisionKind,
    Ground,
    IdDocumentType,
    NoteKind,
    PaymentMethod,
    Role,
    Team,
    WithdrawalManner,
)
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.assignment import Work
from ops_desktop.services.applications import ApplicationFacts, ApplicationInput, IncomeInput
from ops_desktop.services.backups import BackupError
from ops_desktop.domain.care_decisions import HoursUnit
from ops_desktop.services.care_decisions import CareDecisionInput
from ops_desktop.domain.care_providers import ProviderKind, SupervisionKind
from ops_desktop.services.care_providers import ProviderInput
from ops_desktop.services.care_services import CareOrderInput
from ops_desktop.services.care_supervision import SupervisionInput
from ops_desktop.services.care_supervision_closing import ClosingInput
from ops_desktop.domain.supervision_closing import SupervisionOutcome
from ops_desktop.domain.appeals import SkoOutcome
from ops_desktop.services.context import Actor
from ops_desktop.services.contracts import AnnexInput, ContractView
from ops_desktop.services.deadlines import NoticeInput, PauseInput
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.services.interview_statements import Statement
from ops_desktop.services.interviews import InterviewView
from ops_desktop.services.payment_returns import ReturnInput
from ops_desktop.services.appeals import AppealInput, ForwardInput, OutcomeInput
from ops_desktop.services.payments import BankProfile
from ops_desktop.services.print_centre import QueueFilter
from ops_desktop.services.undue_claims import ClaimInput
from ops_desktop.domain.undue_benefits import MovementKind, ReturnReason, WaiverRequester
from ops_desktop.services.social_work_log import LogEntryInput
from ops_desktop.services.blue_card import FormAInput
from ops_desktop.services.blue_card_head import HeadFormAInput
from ops_desktop.services.procedural_acts import DefectCallInput, OrderInput
from ops_desktop.storage.models import ApplicationRow
from ops_desktop.services.withdrawal import WithdrawalInput
from ops_desktop.services.care_payments import PaymentInput

from .meal_cases import MEAL_CASES
from .placement_cases import PLACEMENT_CASES
from .helpers import START, actions, contract_a, interview_answers, person, referral_intake
from .programme_helpers import programme_input

if TYPE_CHECKING:
    from tests.server_db import ServerDatabases

FC, BEN, SW, SRV, HEAD = (Role.FIRST_CONTACT, Role.BENEFITS, Role.SOCIAL_WORK, Role.SERVICES,
                          Role.COORDINATOR)
ADMIN, AUDIT = Role.ADMINISTRATOR, Role.AUDITOR
TEAMS = {FC, BEN, SW, SRV, HEAD}
TEAM_OF = {Team.FIRST_CONTACT: FC, Team.BENEFITS: BEN, Team.SOCIAL_WORK: SW, Team.SERVICES: SRV}
IBAN = "PL61109010140000071219812874"


@dataclass
class World:
    """One office with something of everything, and a set-up actor who may do it all."""

    services: Services
    setup: Actor
    serial: Iterator[int]

    def new_person(self) -> uuid.UUID:
        n = next(self.serial)
        return self.services.persons.register_household(self.setup, person(
            "Jan", "Testowy" + _letters(n), None, id_document_type=IdDocumentType.ID_CARD,
            id_document_number=f"ABC{n:06d}", birth_date=dt.date(1970, 1, 1)), [])

    def referral(self, team: Team) -> uuid.UUID:
        result = self.services.intake.record(self.setup, referral_intake(self.new_person(), team))
        assert result.referral_id is not None
        return result.referral_id

    def application(self) -> uuid.UUID:
        pid = self.new_person()
        app = self.services.applications.register(self.setup, ApplicationInput(
            person_id=pid, received_on=wall_today(), form=BenefitForm.PERIODIC,
            requested_from=next_month()))
        self.services.applications.set_incomes(self.setup, app.id,
                                               [IncomeInput(pid, "praca dorywcza", Decimal("100"))])
        return app.id

    def intake(self) -> uuid.UUID:
        return self.services.intake.record(self.setup, referral_intake(self.new_person())).intake_id

    def package_part(self, team: Team) -> uuid.UUID:
        """A part delivered by `team` of an elderly package just given."""
        self.services.packages.give(self.setup, self.intake(), TargetGroup.ELDERLY)
        return next(p.id for p in self.services.packages.in_use(self.setup, TargetGroup.ELDERLY)[0].parts
                    if p.team is team)

    def package_version(self, group: TargetGroup) -> int | None:
        return next(p.version for p in self.services.packages.catalogue(self.setup)
                    if p.group is group)

    def social_case(self) -> uuid.UUID:
        return self.services.referrals.accept(self.setup, self.referral(Team.SOCIAL_WORK)).id

    def team_case(self, team: Team, closed: bool = False) -> uuid.UUID:
        case_id = self.services.referrals.accept(self.setup, self.referral(team)).id
        if closed:
            self.services.cases.close(self.setup, case_id, CloseReason.DECLINED)
        return case_id

    def contract(self, signed: bool = True) -> ContractView:
        made = self.services.contracts.draft(self.setup, self.social_case(), contract_a())
        return self.services.contracts.sign(self.setup, made.id, START) if signed else made

    def colleague(self) -> uuid.UUID:
        return self.services.accounts.create_account(self.setup, NewAccount(
            f"kolega{next(self.serial)}", "Jan Kolega", "", "tymczasowe-123",
            frozenset({Role.SERVICES})))

    def grant(self) -> uuid.UUID:
        """A grant of a team role waiting for a second person (asked by the set-up actor)."""
        user_id = self.colleague()
        return next(g.id for g in self.services.accounts.grants.pending(self.setup)
                    if g.user_id == user_id)

    def care_order(self, hours: bool = False, billed: bool = False) -> uuid.UUID:
        """An order of care services on a services case from last month, with that month's
        hours (and bill): a month is billed once it is over."""
        month = last_month()
        order = self.services.care_services.add_order(self.setup, CareOrderInput(
            self.team_case(Team.SERVICES), "OPS.8310.1.2026", "Pomoc w higienie.",
            Decimal("10"), month, add_months(month, 6), "Maria Kowal", "", Decimal("900"), 1))
        if hours or billed:
            self.services.care_services.record_hours(self.setup, order.id, month, Decimal("8"))
        if billed:
            self.services.care_services.issue_bill(self.setup, order.id, month)
        return order.id

    def care_decision(self) -> uuid.UUID:
        """A draft decision granting care on a services case."""
        return self.services.care_decisions.prepare(self.setup, _care_decision(
            self.team_case(Team.SERVICES))).id

    def care_provider(self) -> uuid.UUID:
        return self.services.care_providers.add_provider(self.setup, ProviderInput(
            ProviderKind.CONTRACTED, f"Firma {next(self.serial)}", "UM/1/2025",
            dt.date(2025, 1, 1), None, Decimal("30.00"))).id

    def care_carer(self) -> uuid.UUID:
        return self.services.care_providers.add_carer(self.setup, self.care_provider(),
                                                      "Maria Kowal").id

    def care_served(self) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
        """An order, a carer serving it from the order's first day, and that assignment."""
        order_id, carer_id = self.care_order(), self.care_carer()
        month = last_month()
        served = self.services.care_providers.assign(self.setup, order_id, carer_id, month)
        return order_id, carer_id, served.id

    def care_slot_args(self) -> tuple[uuid.UUID, int, int, int, uuid.UUID]:
        """A Monday visit 8:00–10:00 of a carer serving an order."""
        order_id, carer_id, _ = self.care_served()
        return order_id, 1, 480, 600, carer_id

    def care_slot(self) -> uuid.UUID:
        return self.services.care_providers.add_slot(self.setup, *self.care_slot_args()).id

    def care_hours_entry(self) -> uuid.UUID:
        order_id, carer_id, _ = self.care_served()
        month = last_month()
        self.services.care_hours.record_month(self.setup, order_id, carer_id, month,
                                              Decimal("4"))
        return self.services.care_hours.hours(self.setup, order_id)[0].id

    def care_bill(self) -> uuid.UUID:
        order_id = self.care_order(billed=True)
        return self.services.care_services.bills(self.setup, order_id)[0].id

    def called(self, days_ago: int = 0) -> uuid.UUID:
        """An application whose formal defects were called to be remedied and the call
        delivered `days_ago` (received and called a day before that)."""
        app_id = self.application()
        delivered = wall_today() - dt.timedelta(days=days_ago)
        if days_ago:
            with self.services.db.session() as s:
                s.execute(update(ApplicationRow).where(ApplicationRow.id == app_id)
                          .values(received_on=delivered - dt.timedelta(days=2)))
        self.services.procedural_acts.call_to_remedy(self.setup, DefectCallInput(
            app_id, "brak podpisu", delivered - dt.timedelta(days=1 if days_ago else 0)))
        self.services.procedural_acts.record_delivery(self.setup, app_id, delivered)
        return app_id

    def draft(self) -> uuid.UUID:
        app_id = self.application()
        return self.services.decisions.prepare(self.setup, decision(app_id)).id

    def signed_grant(self) -> None:
        """A signed grant paid by transfer from next month: something due for a list."""
        grant = dataclasses.replace(decision(self.application()), kind=DecisionKind.GRANT,
                                    amount=Decimal("600.00"),
                                    period_to=add_months(next_month(), 1) - dt.timedelta(1))
        signed = self.services.decisions.prepare(self.setup, grant).id
        self.services.decisions.sign(self.setup, signed)

    def payment_list(self, approved: bool = False) -> uuid.UUID:
        """A transfer list of next month (with a new signed grant on it), by the set-up."""
        self.signed_grant()
        self.services.payments.set_bank_profile(self.setup, BankProfile(10, IBAN, "cp1250"))
        made = next(v for v in self.services.payments.prepare(self.setup, next_month())
                    if v.method is PaymentMethod.BANK_TRANSFER)
        if approved:
            self.services.payments.approve(_actor(self, HEAD), made.id)
        return made.id

    def signed_refusal(self) -> uuid.UUID:
        """A refusal signed today by the set-up: something to appeal against."""
        signed = self.services.decisions.prepare(self.setup, decision(self.application())).id
        self.services.decisions.sign(self.setup, signed)
        return signed

    def appeal(self, forwarded: bool = False, other_parties: str = "") -> uuid.UUID:
        """An appeal lodged today against a new signed refusal; forwarded to the SKO if asked."""
        today = wall_today()
        made = self.services.appeals.register(self.setup, AppealInput(
            self.signed_refusal(), today, today, "strona", "Nie zgadzam się z odmową.",
            other_parties=other_parties))
        if forwarded:
            self.services.appeals.forward(self.setup, made.id, ForwardInput(today, ("Akta",)))
        return made.id


    def returnable_item(self) -> uuid.UUID:
        """An item of an approved transfer list of this month, paid on its 1st already."""
        this_month = wall_today().replace(day=1)
        grant = dataclasses.replace(decision(self.application()), kind=DecisionKind.GRANT,
                                    amount=Decimal("600.00"), period_from=this_month,
                                    period_to=add_months(this_month, 1) - dt.timedelta(1))
        self.services.decisions.sign(self.setup,
                                     self.services.decisions.prepare(self.setup, grant).id)
        self.services.payments.set_bank_profile(self.setup, BankProfile(1, IBAN, "cp1250"))
        made = next(v for v in self.services.payments.prepare(self.setup, this_month)
                    if v.method is PaymentMethod.BANK_TRANSFER)
        self.services.payments.approve(_actor(self, HEAD), made.id)
        line = self.services.payments.paper(self.setup, made.id).lines[0]
        assert line.item_id is not None
        return line.item_id

    def change_decision(self) -> tuple[uuid.UUID, uuid.UUID]:
        """(person, signed decision changing a signed grant): what a claim follows."""
        app_id = self.application()
        grant = dataclasses.replace(decision(app_id), kind=DecisionKind.GRANT,
                                    amount=Decimal("600.00"),
                                    period_to=add_months(next_month(), 1) - dt.timedelta(1))
        first = self.services.decisions.sign(
            self.setup, self.services.decisions.prepare(self.setup, grant).id)
        change = self.services.decisions.prepare(self.setup, dataclasses.replace(
            grant, corrects_id=first.id))
        return first.person_id, self.services.decisions.sign(self.setup, change.id).id

    def claim(self, signed: bool = False) -> uuid.UUID:
        pid, change = self.change_decision()
        today = wall_today()
        made = self.services.undue_claims.prepare(self.setup, ClaimInput(
            pid, change, Decimal("300.00"), today, today + dt.timedelta(30), 3,
            today + dt.timedelta(30)))
        return self.services.undue_claims.sign(self.setup, made.id).id if signed else made.id


def _letters(n: int) -> str:
    """A different surname suffix for each person (names take letters only)."""
    out = ""
    while True:
        n, r = divmod(n, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[r]
        if not n:
            return out


def next_month() -> dt.date:
    return add_months(wall_today().replace(day=1), 1)


def last_month() -> dt.date:
    return add_months(wall_today().replace(day=1), -1)


def decision(app_id: uuid.UUID) -> DecisionInput:
    return DecisionInput(application_id=app_id, kind=DecisionKind.REFUSAL, amount=None,
                         period_from=next_month(), period_to=None,
                         payment_method=PaymentMethod.BANK_TRANSFER, bank_account=IBAN,
                         reasoning="Dochód przekracza kryterium.")


UseCase = Callable[[World, Actor], object]


def _grant_appeal(world: World, actor: Actor) -> object:
    """Art. 132: the change decision granting an appeal against a refusal in full."""
    appeal = world.services.appeals.get(world.setup, world.appeal())
    granting = dataclasses.replace(decision(appeal.application_id), kind=DecisionKind.GRANT,
                                   amount=Decimal("600.00"),
                                   period_to=add_months(next_month(), 1) - dt.timedelta(1),
                                   corrects_id=appeal.decision_id)
    return world.services.appeals.grant_in_full(actor, appeal.id, granting)

# use case → (how to call it, the roles that may). Team-scoped use cases get one row per team.

def _review(world: World, actor: Actor, contract: ContractView) -> None:
    first = contract.actions[0].id
    assert first is not None
    world.services.contracts.review(actor, contract.id, wall_today(),
                                    {first: ActionStatus.DONE}, "")


def _interview(world: World, team: Team = Team.SOCIAL_WORK, completed: bool = False,
               person_id: uuid.UUID | None = None) -> InterviewView:
    """An interview on a new case of `team` (for `person_id` if given), made by the set-up."""
    pid = person_id or world.new_person()
    rid = world.services.intake.record(world.setup, referral_intake(pid, team)).referral_id
    assert rid is not None
    case_id = world.services.referrals.accept(world.setup, rid).id
    day = wall_today() - dt.timedelta(days=1)
    made = world.services.interviews.open(world.setup, case_id, day)
    if not completed:
        return made
    world.services.interviews.save(world.setup, made.id, interview_answers(), day, "dom")
    return world.services.interviews.complete(world.setup, made.id)


def _filled(world: World) -> uuid.UUID:
    """A draft interview with every compulsory segment filled, the day and the place."""
    made = _interview(world)
    world.services.interviews.save(world.setup, made.id, interview_answers(),
                                   wall_today(), "dom")
    return made.id


def _linked(world: World) -> tuple[uuid.UUID, uuid.UUID]:
    """(application, completed interview of its applicant)."""
    app_id = world.application()
    pid = world.services.applications.get(world.setup, app_id).person_id
    return app_id, _interview(world, completed=True, person_id=pid).id


def _programme(world: World, signed: bool = True) -> uuid.UUID:
    made = world.services.programmes.draft(world.setup, world.social_case(), programme_input())
    return world.services.programmes.sign(world.setup, made.id, START).id if signed else made.id


def _review_programme(world: World, actor: Actor, programme_id: uuid.UUID) -> None:
    first = world.services.programmes.programme(world.setup, programme_id).actions[0].id
    assert first is not None
    world.services.programmes.review(actor, programme_id, wall_today(),
                                     {first: ActionStatus.DONE}, "")


def _help_plan(world: World, team: Team) -> uuid.UUID:
    interview = _interview(world, team, completed=True).id
    return world.services.programmes.draft_help_plan(world.setup, interview,
                                                     programme_input("help_plan")).id


def _form_a(world: World) -> FormAInput:
    """Form A on a new social-work case: a victim and a person using violence, both new."""
    return FormAInput(world.social_case(), wall_today(), "Policja", (world.new_person(),),
                      (world.new_person(),))


def _blue_card(world: World) -> uuid.UUID:
    return world.services.blue_cards.start(world.setup, _form_a(world)).id


def _victim_card(world: World) -> tuple[uuid.UUID, str, uuid.UUID]:
    """A procedure, form "B" and its victim: what form B is printed for."""
    card = world.services.blue_cards.start(world.setup, _form_a(world))
    return card.id, "B", card.parties[0].person_id


def _backup_now(world: World, actor: Actor) -> None:
    """Done on a file; on a PostgreSQL server (OPS_TEST_DB_URL) past the permission check
    the program refuses, since the server's own pg_dump backs it up."""
    if world.services.db.file is not None:
        world.services.backups.backup_now(actor)
        return
    with pytest.raises(BackupError) as refused:
        world.services.backups.backup_now(actor)
    assert refused.value.code == "not_a_file_database"

def _notice_input(world: World, app_id: uuid.UUID) -> NoticeInput:
    running = world.services.applications.get(world.setup, app_id).kpa_deadline
    assert running is not None
    return NoticeInput(wall_today(), next_working_day_if_needed(running + dt.timedelta(14)),
                       "Oczekiwanie na dokumenty.")


def _notice(world: World) -> uuid.UUID:
    app_id = world.application()
    return world.services.deadlines.record_notice(world.setup, app_id,
                                                  _notice_input(world, app_id)).id


CASES: dict[str, tuple[UseCase, set[Role]]] = {
    "persons.search": (lambda w, a: w.services.persons.search(a, "Testowy"), TEAMS),
    "persons.count": (lambda w, a: w.services.persons.count(a, "Testowy"), TEAMS),
    "persons.register_household": (lambda w, a: w.services.persons.register_household(
        a, person("Ewa", "Nowa", None, id_document_type=IdDocumentType.PASSPORT,
                  id_document_number=f"P{next(w.serial):07d}", birth_date=dt.date(1980, 2, 2)),
        []), TEAMS),
    "persons.update_person": (lambda w, a: w.services.persons.update_person(
        a, w.new_person(), person("Jan", "Zmieniony", None,
                                           id_document_type=IdDocumentType.ID_CARD,
                                           id_document_number=f"ZZZ{next(w.serial):06d}",
                                           birth_date=dt.date(1970, 1, 1))), TEAMS),
    "persons.for_correction": (lambda w, a: w.services.persons.for_correction(
        a, w.new_person()), TEAMS),
    "persons.household": (lambda w, a: w.services.persons.household(a, w.new_person()), TEAMS),
    "persons.file": (lambda w, a: w.services.persons.file(a, w.new_person()), TEAMS),
    # Merging moves records of every team: the head, who oversees them all, and nobody else.
    "person_merge.compare": (lambda w, a: w.services.person_merge.compare(
        a, w.new_person(), w.new_person()), {HEAD}),
    "person_merge.merge": (lambda w, a: w.services.person_merge.merge(
        a, w.new_person(), w.new_person()), {HEAD}),
    "intake.record": (lambda w, a: w.services.intake.record(
        a, referral_intake(w.new_person(), Team.SOCIAL_WORK)), {FC, HEAD}),
    "intake.referral_slip": (lambda w, a: w.services.intake.referral_slip(
        a, w.referral(Team.BENEFITS)), TEAMS),
    "referrals.return_": (lambda w, a: w.services.referrals.return_(
        a, w.referral(Team.BENEFITS), "Brak wniosku."), {BEN, HEAD}),
    "referrals.returned_to[first_contact]": (lambda w, a: w.services.referrals.returned_to(
        a, Team.FIRST_CONTACT.value), {FC, HEAD}),
    "applications.register": (lambda w, a: w.services.applications.register(a, ApplicationInput(
        person_id=w.new_person(), received_on=wall_today(), form=BenefitForm.PERIODIC,
        requested_from=next_month())), {FC, BEN, HEAD}),
    "applications.page": (lambda w, a: w.services.applications.page(a), {BEN, HEAD}),
    "applications.count": (lambda w, a: w.services.applications.count(a), {BEN, HEAD}),
    "applications.get": (lambda w, a: w.services.applications.get(a, w.application()), {BEN, HEAD}),
    "applications.incomes": (lambda w, a: w.services.applications.incomes(
        a, w.application()), {BEN, HEAD}),
    "applications.set_incomes": (lambda w, a: w.services.applications.set_incomes(
        a, w.application(), []), {BEN, HEAD}),
    "applications.assess": (lambda w, a: w.services.applications.assess(
        a, w.application()), {BEN, HEAD}),
    "applications.set_facts": (lambda w, a: w.services.applications.set_facts(
        a, w.application(), ApplicationFacts((Ground.POVERTY,), "", None)), {BEN, HEAD}),
    "applications.intake_grounds": (lambda w, a: w.services.applications.intake_grounds(
        a, w.referral(Team.BENEFITS)), {BEN, HEAD}),
    "decisions.prepare": (lambda w, a: w.services.decisions.prepare(
        a, decision(w.application())), {BEN, HEAD}),
    "decisions.prepare_discontinuance": (lambda w, a: w.services.decisions.prepare_discontinuance(
        a, WithdrawalInput(w.application(), wall_today(), WithdrawalManner.IN_WRITING)),
        {BEN, HEAD}),
    # KPA deadlines: the benefits team (and the head) runs them; the head counts per worker.
    "deadlines.set_complicated": (lambda w, a: w.services.deadlines.set_complicated(
        a, w.application(), True), {BEN, HEAD}),
    "deadlines.record_pause": (lambda w, a: w.services.deadlines.record_pause(
        a, w.application(), PauseInput(wall_today(), wall_today(), "zawieszenie")),
        {BEN, HEAD}),
    "deadlines.record_notice": (lambda w, a: (lambda app: w.services.deadlines.record_notice(
        a, app, _notice_input(w, app)))(w.application()), {BEN, HEAD}),
    "deadlines.render_notice": (lambda w, a: w.services.deadlines.render_notice(
        a, _notice(w)), {BEN, HEAD}),
    "deadlines.overdue_applications_by_worker": (
        lambda w, a: w.services.deadlines.overdue_applications_by_worker(a), {HEAD}),
    "decisions.page": (lambda w, a: w.services.decisions.page(a), {BEN, HEAD}),
    "decisions.count": (lambda w, a: w.services.decisions.count(a), {BEN, HEAD}),
    "decisions.get": (lambda w, a: w.services.decisions.get(a, w.draft()), {BEN, HEAD}),
    "decisions.for_application": (lambda w, a: w.services.decisions.for_application(
        a, w.application()), {BEN, HEAD}),
    "decisions.sign": (lambda w, a: w.services.decisions.sign(a, w.draft()), {BEN, HEAD}),
    "decisions.discard_draft": (lambda w, a: w.services.decisions.discard_draft(
        a, w.draft()), {BEN, HEAD}),
    "decisions.document": (lambda w, a: w.services.decisions.document(a, w.draft()), {BEN, HEAD}),
    "decisions.signed_ids": (lambda w, a: w.services.decisions.signed_ids(a), {BEN, HEAD}),
    "procedural_acts.prepare_order": (lambda w, a: w.services.procedural_acts.prepare_order(
        a, OrderInput(w.application(), DecisionKind.SUSPENSION, "zagadnienie wstępne")),
        {BEN, HEAD}),
    "procedural_acts.orders": (lambda w, a: w.services.procedural_acts.orders(
        a, w.application()), {BEN, HEAD}),
    "procedural_acts.call_to_remedy": (lambda w, a: w.services.procedural_acts.call_to_remedy(
        a, DefectCallInput(w.application(), "brak podpisu", wall_today())), {BEN, HEAD}),
    "procedural_acts.record_delivery": (lambda w, a: w.services.procedural_acts.record_delivery(
        a, w.called(), wall_today()), {BEN, HEAD}),
    "procedural_acts.record_remedy": (lambda w, a: w.services.procedural_acts.record_remedy(
        a, w.called(), wall_today()), {BEN, HEAD}),
    "procedural_acts.leave_unexamined": (lambda w, a: w.services.procedural_acts.leave_unexamined(
        a, w.called(days_ago=30)), {BEN, HEAD}),
    "procedural_acts.render_defect_call": (
        lambda w, a: w.services.procedural_acts.render_defect_call(a, w.called()), {BEN, HEAD}),
    "office.update_settings": (lambda w, a: w.services.office.update_settings(a, SETTINGS),
                               {ADMIN}),
    "accounts.accounts": (lambda w, a: w.services.accounts.accounts(a), {ADMIN}),
    "accounts.create_account": (lambda w, a: w.services.accounts.create_account(a, NewAccount(
        f"kolega{next(w.serial)}", "Jan Kolega", "", "tymczasowe-123",
        frozenset({Role.SERVICES}))), {ADMIN}),
    "accounts.reset_password": (lambda w, a: w.services.accounts.reset_password(
        a, w.setup.user_id, "tymczasowe-123"), {ADMIN}),
    "accounts.set_idle_lock_minutes": (lambda w, a: w.services.accounts.set_idle_lock_minutes(
        a, 15), {ADMIN}),
    "accounts.update_account": (lambda w, a: w.services.accounts.update_account(
        a, w.colleague(), "Jan Kolega", "", frozenset({Role.BENEFITS}), True), {ADMIN}),
    # four eyes on privilege: the head or another administrator confirms (test_four_eyes.py)
    "accounts.grants.pending": (lambda w, a: w.services.accounts.grants.pending(a),
                                {HEAD, ADMIN}),
    "accounts.grants.confirm": (lambda w, a: w.services.accounts.grants.confirm(a, w.grant()),
                                {HEAD, ADMIN}),
    "accounts.grants.reject": (lambda w, a: w.services.accounts.grants.reject(a, w.grant()),
                               {HEAD, ADMIN}),
    "office.grant_authorisation_as": (lambda w, a: w.services.office.grant_authorisation_as(
        a, w.colleague(), "Zarządzenie nr 5/2026", dt.date(2026, 1, 2)), {ADMIN}),
    "office.authorisations": (lambda w, a: w.services.office.authorisations(
        a, w.setup.user_id), {ADMIN}),
    # social work: notes and Niebieska Karta only for the team and the head
    "social_work.add_note": (lambda w, a: w.services.social_work.add_note(
        a, w.social_case(), NoteKind.NIEBIESKA_KARTA, wall_today(), "Notatka."), {SW, HEAD}),
    "social_work.notes": (lambda w, a: w.services.social_work.notes(a, w.social_case()),
                          {SW, HEAD}),
    "social_work.count": (lambda w, a: w.services.social_work.count(a, w.social_case()),
                          {SW, HEAD}),
    "social_work.notes_for_person": (lambda w, a: w.services.social_work.notes_for_person(
        a, w.new_person()), {SW, HEAD}),
    # kontrakt socjalny: written by social work, read by it and the head; the benefits team
    # learns only that one was broken, and when
    "contracts.draft": (lambda w, a: w.services.contracts.draft(
        a, w.social_case(), contract_a()), {SW}),
    "contracts.update_draft": (lambda w, a: w.services.contracts.update_draft(
        a, w.contract(signed=False).id, contract_a()), {SW}),
    "contracts.sign": (lambda w, a: w.services.contracts.sign(
        a, w.contract(signed=False).id, START), {SW}),
    "contracts.annex": (lambda w, a: w.services.contracts.annex(
        a, w.contract().id, AnnexInput("Zmiana terminu.", actions(1), START, START + dt.timedelta(60))), {SW}),
    "contracts.update_annex": (lambda w, a: w.services.contracts.update_annex(
        a, w.services.contracts.annex(w.setup, w.contract().id, AnnexInput(
            "Zmiana.", actions(1), START, START + dt.timedelta(60))).id,
        AnnexInput("Zmiana terminu.", actions(1), START, START + dt.timedelta(60))), {SW}),
    "contracts.review": (lambda w, a: _review(w, a, w.contract()), {SW}),
    "contracts.end": (lambda w, a: w.services.contracts.end(
        a, w.contract().id, EndReason.BROKEN, wall_today()), {SW}),
    "contracts.contract": (lambda w, a: w.services.contracts.contract(a, w.contract().id),
                           {SW, HEAD}),
    "contracts.contracts_of_case": (lambda w, a: w.services.contracts.contracts_of_case(
        a, w.social_case()), {SW, HEAD}),
    "contracts.signed_ids": (lambda w, a: w.services.contracts.signed_ids(a), {SW, HEAD}),
    "contracts.broken_contracts": (lambda w, a: w.services.contracts.broken_contracts(
        a, w.new_person()), {BEN, HEAD}),
    # individual programmes: social work writes, the head reads; help plans after an
    # interview: also the services team on its own cases (DOMAIN.md §1)
    "programmes.kinds": (lambda w, a: w.services.programmes.kinds(a), {SW, SRV, HEAD}),
    "programmes.draft": (lambda w, a: w.services.programmes.draft(
        a, w.social_case(), programme_input()), {SW}),
    "programmes.update_draft": (lambda w, a: w.services.programmes.update_draft(
        a, _programme(w, signed=False), programme_input()), {SW}),
    "programmes.sign": (lambda w, a: w.services.programmes.sign(
        a, _programme(w, signed=False), START), {SW}),
    "programmes.review": (lambda w, a: _review_programme(w, a, _programme(w)), {SW}),
    "programmes.end": (lambda w, a: w.services.programmes.end(
        a, _programme(w), EndReason.ACHIEVED, wall_today()), {SW}),
    "programmes.programme": (lambda w, a: w.services.programmes.programme(
        a, _programme(w)), {SW, HEAD}),
    "programmes.programmes_of_case": (lambda w, a: w.services.programmes.programmes_of_case(
        a, w.social_case()), {SW, HEAD}),
    "programmes.render": (lambda w, a: w.services.programmes.render(a, _programme(w)),
                          {SW, HEAD}),
    "programmes.signed_ids": (lambda w, a: w.services.programmes.signed_ids(a),
                              {SW, SRV, HEAD}),
    "programmes.proposal": (lambda w, a: w.services.programmes.proposal(
        a, _interview(w, completed=True).id), {SW}),
    "programmes.proposal[services]": (lambda w, a: w.services.programmes.proposal(
        a, _interview(w, Team.SERVICES, completed=True).id), {SRV}),
    "programmes.draft_help_plan": (lambda w, a: w.services.programmes.draft_help_plan(
        a, _interview(w, completed=True).id, programme_input("help_plan")), {SW}),
    "programmes.draft_help_plan[services]": (
        lambda w, a: w.services.programmes.draft_help_plan(
            a, _interview(w, Team.SERVICES, completed=True).id, programme_input("help_plan")),
        {SRV}),
    "programmes.programme[services help plan]": (
        lambda w, a: w.services.programmes.programme(a, _help_plan(w, Team.SERVICES)),
        {SRV, HEAD}),
    "programmes.programmes_of_case[services help plans]": (
        lambda w, a: w.services.programmes.programmes_of_case(
            a, w.team_case(Team.SERVICES), help_plans=True), {SRV, HEAD}),
    # rodzinny wywiad środowiskowy: social work on its cases, services on theirs, the head;
    # the benefits team links an application and reads only the date and status
    "interviews.open": (lambda w, a: w.services.interviews.open(
        a, w.social_case(), wall_today()), {SW, HEAD}),
    "interviews.open[services]": (lambda w, a: w.services.interviews.open(
        a, w.team_case(Team.SERVICES), wall_today()), {SRV, HEAD}),
    "interviews.interviews": (lambda w, a: w.services.interviews.interviews(a), {SW, SRV, HEAD}),
    "interviews.interview": (lambda w, a: w.services.interviews.interview(
        a, _interview(w).id), {SW, HEAD}),
    "interviews.interview[services]": (lambda w, a: w.services.interviews.interview(
        a, _interview(w, Team.SERVICES).id), {SRV, HEAD}),
    "interviews.save": (lambda w, a: w.services.interviews.save(
        a, _interview(w).id, {"H": {"needs": "opał"}}), {SW, HEAD}),
    "interviews.complete": (lambda w, a: w.services.interviews.complete(
        a, _filled(w)), {SW, HEAD}),
    # the person refused the interview or the statement of assets (art. 107 ust. 4a/5)
    "interviews.refuse": (lambda w, a: w.services.interviews.refuse(
        a, _interview(w).id, InterviewStatus.REFUSED_INTERVIEW, wall_today(),
        "Lipowiec"), {SW, HEAD}),
    "interviews.carried_forward": (lambda w, a: w.services.interviews.carried_forward(
        a, _interview(w).id), {SW, HEAD}),
    "interviews.render": (lambda w, a: w.services.interviews.render(
        a, _interview(w, completed=True).id), {SW, HEAD}),
    # the statements signed at an interview: who reads the interview prints them
    "interview_statements.render": (lambda w, a: w.services.interview_statements.render(
        a, _interview(w, completed=True).id, Statement.ASSETS), {SW, HEAD}),
    "interview_statements.render[services]": (
        lambda w, a: w.services.interview_statements.render(
            a, _interview(w, Team.SERVICES).id, Statement.ELECTRONIC), {SRV, HEAD}),
    "interviews.link_application": (lambda w, a: w.services.interviews.link_application(
        a, *_linked(w)), {BEN, HEAD}),
    "interviews.linked": (lambda w, a: w.services.interviews.linked(a, w.application()),
                          {BEN, HEAD}),
    "interviews.linkable": (lambda w, a: w.services.interviews.linkable(a, w.application()),
                            {BEN, HEAD}),
    # payment lists: benefits prepare, the head approves; they name payees and their bank
    # accounts, so the desk, social work and services never see them (need to know)
    "payments.lists": (lambda w, a: w.services.payments.lists(a), {BEN, HEAD}),
    "payments.get": (lambda w, a: w.services.payments.get(a, w.payment_list()), {BEN, HEAD}),
    "payments.paper": (lambda w, a: w.services.payments.paper(a, w.payment_list()), {BEN, HEAD}),
    "payments.document": (lambda w, a: w.services.payments.document(a, w.payment_list()),
                          {BEN, HEAD}),
    "payments.prepare": (lambda w, a: (w.signed_grant(), w.services.payments.prepare(
        a, next_month())), {BEN, HEAD}),
    "payments.discard": (lambda w, a: w.services.payments.discard(a, w.payment_list()),
                         {BEN, HEAD}),
    "payments.approve": (lambda w, a: w.services.payments.approve(a, w.payment_list()),
                         {HEAD}),
    "payments.elixir": (lambda w, a: w.services.payments.elixir(
        a, w.payment_list(approved=True)), {BEN, HEAD}),
    "payments.bank_profile_of": (lambda w, a: w.services.payments.bank_profile_of(a), {ADMIN}),
    "payments.set_bank_profile": (lambda w, a: w.services.payments.set_bank_profile(
        a, BankProfile(10, IBAN, "cp1250")), {ADMIN}),
    # returned transfers, undue benefits and the payment register: the same need to know
    "payment_returns.record": (lambda w, a: w.services.payment_returns.record(a, ReturnInput(
        w.returnable_item(), wall_today(), ReturnReason.ACCOUNT_CLOSED, PaymentMethod.CASH)),
        {BEN, HEAD}),
    "undue_claims.prepare": (lambda w, a: w.services.undue_claims.prepare(a, ClaimInput(
        *w.change_decision(), Decimal("10.00"), wall_today(), wall_today())), {BEN, HEAD}),
    "undue_claims.sign": (lambda w, a: w.services.undue_claims.sign(a, w.claim()), {BEN, HEAD}),
    "undue_claims.record_payment": (lambda w, a: w.services.undue_claims.record_payment(
        a, w.claim(signed=True), MovementKind.CASHIER, wall_today(), Decimal("1.00")),
        {BEN, HEAD}),
    "undue_claims.waive": (lambda w, a: w.services.undue_claims.waive(
        a, w.claim(signed=True), wall_today(), WaiverRequester.SOCIAL_WORKER), {BEN, HEAD}),
    "undue_claims.of_person": (lambda w, a: w.services.undue_claims.of_person(
        a, w.new_person()), {BEN, HEAD}),
    "payment_register.of_person": (lambda w, a: w.services.payment_register.of_person(
        a, w.new_person()), {BEN, HEAD}),
    # appeals: the benefits team handles them (its decisions are appealed); the head sees them
    # and their 7 days and signs the granting decision; nobody else reads them (need to know)
    "appeals.appeals": (lambda w, a: w.services.appeals.appeals(a), {BEN, HEAD}),
    "appeals.pending": (lambda w, a: w.services.appeals.pending(a), {BEN, HEAD}),
    "appeals.get": (lambda w, a: w.services.appeals.get(a, w.appeal()), {BEN, HEAD}),
    "appeals.cover_letter": (lambda w, a: w.services.appeals.cover_letter(
        a, w.appeal(forwarded=True)), {BEN, HEAD}),
    "appeals.appealable": (lambda w, a: w.services.appeals.appealable(a, "OPS.8310.1.2026"),
                           {BEN}),
    "appeals.register": (lambda w, a: w.services.appeals.register(a, AppealInput(
        w.signed_refusal(), wall_today(), wall_today(), "strona", "Odwołanie.")), {BEN}),
    "appeals.suggested_documents": (lambda w, a: w.services.appeals.suggested_documents(
        a, w.appeal()), {BEN}),
    "appeals.grant_in_full": (lambda w, a: _grant_appeal(w, a), {BEN}),
    "appeals.record_consent": (lambda w, a: w.services.appeals.record_consent(
        a, w.appeal(other_parties="Maria Nowak"), wall_today()), {BEN}),
    "appeals.forward": (lambda w, a: w.services.appeals.forward(
        a, w.appeal(), ForwardInput(wall_today(), ("Akta",))), {BEN}),
    "appeals.record_outcome": (lambda w, a: w.services.appeals.record_outcome(
        a, w.appeal(forwarded=True), OutcomeInput(SkoOutcome.UPHELD, wall_today(),
                                                   "SKO.1.2026")), {BEN}),
    # the data-protection officer's log
    "audit.entries": (lambda w, a: w.services.audit.entries(a, limit=5), {AUDIT}),
    "audit.count": (lambda w, a: w.services.audit.count(a), {AUDIT}),
    "audit.verify": (lambda w, a: w.services.audit.verify(a), {AUDIT}),
    # the controller's duties
    "personal_data.export_json": (lambda w, a: w.services.personal_data.export_json(
        a, w.new_person()), {HEAD}),
    "personal_data.retention_preview": (lambda w, a: w.services.personal_data.retention_preview(
        a, wall_today()), {HEAD}),
    "personal_data.rules": (lambda w, a: w.services.personal_data.rules(a), {HEAD, ADMIN}),
    "personal_data.save_rules": (lambda w, a: w.services.personal_data.save_rules(
        a, w.services.personal_data.rules(w.setup)), {HEAD}),
    # dziennik pracy socjalnej: the social-work team and the head, nobody else
    "social_work_log.add": (lambda w, a: w.services.social_work_log.add(a, LogEntryInput(
        w.social_case(), wall_today(), LogKind.COUNSELLING, 30)), {SW, HEAD}),
    "social_work_log.entries": (lambda w, a: w.services.social_work_log.entries(a), {SW, HEAD}),
    "social_work_log.count": (lambda w, a: w.services.social_work_log.count(a), {SW, HEAD}),
    # usługi opiekuńcze: the services team and the head; the scope of care is a health fact,
    # so no other team reads orders or bills. The fee data: the head.
    "care_services.add_order": (lambda w, a: w.services.care_services.add_order(
        a, CareOrderInput(w.team_case(Team.SERVICES), "OPS.8310.2.2026", "Zakupy.",
                          Decimal("5"), wall_today(), wall_today(), "Ewa Nowak", "",
                          Decimal("800"), 2)), {SRV, HEAD}),
    "care_services.orders": (lambda w, a: w.services.care_services.orders(a), {SRV, HEAD}),
    "care_services.count_orders": (lambda w, a: w.services.care_services.count_orders(a),
                                   {SRV, HEAD}),
    "care_services.record_hours": (lambda w, a: w.services.care_services.record_hours(
        a, w.care_order(), wall_today(), Decimal("6")), {SRV, HEAD}),
    "care_services.deliveries": (lambda w, a: w.services.care_services.deliveries(
        a, w.care_order(hours=True)), {SRV, HEAD}),
    "care_services.preview_bill": (lambda w, a: w.services.care_services.preview_bill(
        a, w.care_order(hours=True), last_month()), {SRV, HEAD}),
    "care_services.issue_bill": (lambda w, a: w.services.care_services.issue_bill(
        a, w.care_order(hours=True), last_month()), {SRV, HEAD}),
    "care_services.month_billable_from": (
        lambda w, a: w.services.care_services.month_billable_from(a, wall_today()),
        {SRV, HEAD}),
    "care_services.bills": (lambda w, a: w.services.care_services.bills(
        a, w.care_order(billed=True)), {SRV, HEAD}),
    "care_services.bill_paper": (lambda w, a: w.services.care_services.bill_paper(
        a, w.care_bill()), {SRV, HEAD}),
    "care_services.render_bill": (lambda w, a: w.services.care_services.render_bill(
        a, w.care_bill()), {SRV, HEAD}),
    "care_services.fee_table": (lambda w, a: w.services.care_services.fee_table(
        a, wall_today()), {SRV, HEAD}),
    "care_services.fee_tables_json": (lambda w, a: w.services.care_services.fee_tables_json(a),
                                      {SRV, HEAD}),
    "care_services.set_fees": (lambda w, a: w.services.care_services.set_fees(
        a, Decimal("35.00"), w.services.care_services.fee_tables_json(w.setup)), {HEAD}),
    "care_services.set_hourly_cost": (lambda w, a: w.services.care_services.set_hourly_cost(
        a, Decimal("35.00")), {HEAD}),
    "care_services.set_fee_tables": (lambda w, a: w.services.care_services.set_fee_tables(
        a, w.services.care_services.fee_tables_json(w.setup)), {HEAD}),
    # decisions granting care: prepared by the services team (the head too, who signs them
    # with the others); benefits only where the office hands them over (the setting: head)
    "care_decisions.prepare": (lambda w, a: w.services.care_decisions.prepare(
        a, _care_decision(w.team_case(Team.SERVICES))), {SRV, HEAD}),
    "care_decisions.terms_for": (lambda w, a: w.services.care_decisions.terms_for(
        a, CareKind.CARE, Decimal("900"), 1, wall_today()), {SRV, HEAD}),
    "care_decisions.household_size": (lambda w, a: w.services.care_decisions.household_size(
        a, w.team_case(Team.SERVICES)), {SRV, HEAD}),
    "care_decisions.terms": (lambda w, a: w.services.care_decisions.terms(
        a, w.care_decision()), {SRV, HEAD}),
    "care_decisions.for_case": (lambda w, a: w.services.care_decisions.for_case(
        a, w.team_case(Team.SERVICES)), {SRV, HEAD}),
    "care_decisions.month_limit": (lambda w, a: w.services.care_decisions.month_limit(
        a, w.care_decision(), wall_today()), {SRV, HEAD}),
    "care_decisions.discard": (lambda w, a: w.services.care_decisions.discard(
        a, w.care_decision()), {SRV, HEAD}),
    "care_decisions.set_preparing_team": (
        lambda w, a: w.services.care_decisions.set_preparing_team(a, Team.SERVICES.value),
        {HEAD}),
    # posiłek, schronienie and DPS: the head chooses the preparing team per kind
    "meals.set_preparing_team": (
        lambda w, a: w.services.meals.set_preparing_team(a, Team.SERVICES.value), {HEAD}),
    "shelters.set_preparing_team": (
        lambda w, a: w.services.shelters.set_preparing_team(a, Team.SERVICES.value), {HEAD}),
    "placements.set_preparing_team": (
        lambda w, a: w.services.placements.set_preparing_team(a, Team.SERVICES.value), {HEAD}),
    # Providers, who serves whom, the weekly schedule, carers' hours and supervision: the
    # services team and the head (the order they hang on is the services team's).
    "care_providers.add_provider": (lambda w, a: w.services.care_providers.add_provider(
        a, ProviderInput(ProviderKind.OWN, "Opiekunki MGOPS", "", dt.date(2025, 1, 1), None,
                         Decimal("30.00"))), {SRV, HEAD}),
    "care_providers.change_provider": (lambda w, a: w.services.care_providers.change_provider(
        a, w.care_provider(), ProviderInput(ProviderKind.CONTRACTED, "Firma", "UM/2/2025",
                                            dt.date(2025, 1, 1), None, Decimal("31.00"))),
        {SRV, HEAD}),
    "care_providers.providers": (lambda w, a: w.services.care_providers.providers(a),
                                 {SRV, HEAD}),
    "care_providers.add_carer": (lambda w, a: w.services.care_providers.add_carer(
        a, w.care_provider(), "Ewa Nowak"), {SRV, HEAD}),
    "care_providers.set_carer_active": (lambda w, a: w.services.care_providers.set_carer_active(
        a, w.care_carer(), False), {SRV, HEAD}),
    "care_providers.carers": (lambda w, a: w.services.care_providers.carers(a), {SRV, HEAD}),
    "care_providers.assign": (lambda w, a: w.services.care_providers.assign(
        a, w.care_order(), w.care_carer(), wall_today().replace(day=1)), {SRV, HEAD}),
    "care_providers.end_assignment": (lambda w, a: w.services.care_providers.end_assignment(
        a, w.care_served()[2], wall_today()), {SRV, HEAD}),
    "care_providers.assignments": (lambda w, a: w.services.care_providers.assignments(
        a, w.care_served()[0]), {SRV, HEAD}),
    "care_providers.add_slot": (lambda w, a: w.services.care_providers.add_slot(
        a, *w.care_slot_args()), {SRV, HEAD}),
    "care_providers.remove_slot": (lambda w, a: w.services.care_providers.remove_slot(
        a, w.care_slot()), {SRV, HEAD}),
    "care_providers.schedule": (lambda w, a: w.services.care_providers.schedule(
        a, w.care_order()), {SRV, HEAD}),
    "care_hours.month_limit": (lambda w, a: w.services.care_hours.month_limit(
        a, w.care_order(), wall_today()), {SRV, HEAD}),
    "care_hours.month_hours": (lambda w, a: w.services.care_hours.month_hours(
        a, w.care_order(hours=True), last_month()), {SRV, HEAD}),
    "care_hours.record_month": (lambda w, a: w.services.care_hours.record_month(
        a, *w.care_served()[:2], wall_today(), Decimal("3")), {SRV, HEAD}),
    "care_hours.remove": (lambda w, a: w.services.care_hours.remove(a, w.care_hours_entry()),
                          {SRV, HEAD}),
    "care_hours.hours": (lambda w, a: w.services.care_hours.hours(a, w.care_order()),
                         {SRV, HEAD}),
    "care_hours.import_file": (lambda w, a: w.services.care_hours.import_file(
        a, w.care_provider(), "godziny.csv", b"klient;data;godziny;opiekun\n"), {SRV, HEAD}),
    "care_supervision.record": (lambda w, a: w.services.care_supervision.record(
        a, SupervisionInput(SupervisionKind.CHECK, wall_today(), "Ewa Opiekun",
                            "W porządku.", "", None, order_id=w.care_order())), {SRV, HEAD}),
    "care_supervision.of_client": (lambda w, a: w.services.care_supervision.of_client(
        a, w.care_order()), {SRV, HEAD}),
    "care_supervision.of_provider": (lambda w, a: w.services.care_supervision.of_provider(
        a, w.care_provider()), {SRV, HEAD}),
    # Closing a check or complaint and printing its protocol: the services team and the head.
    "care_supervision_closing.close": (
        lambda w, a: w.services.care_supervision_closing.close(a, _supervision(w), _CLOSING),
        {SRV, HEAD}),
    "care_supervision_closing.render_protocol": (
        lambda w, a: w.services.care_supervision_closing.render_protocol(
            a, _supervision(w, closed=True)), {SRV, HEAD}),
    # Niebieska Karta: the social-work team and the head, nobody else; overdue steps: the head
    "blue_cards.start": (lambda w, a: w.services.blue_cards.start(a, _form_a(w)), {SW, HEAD}),
    "blue_cards.record_step": (lambda w, a: w.services.blue_cards.record_step(
        a, _blue_card(w), "to_chair", wall_today()), {SW, HEAD}),
    "blue_cards.close": (lambda w, a: w.services.blue_cards.close(
        a, _blue_card(w), "no_grounds", wall_today()), {SW, HEAD}),
    "blue_cards.procedures": (lambda w, a: w.services.blue_cards.procedures(a), {SW, HEAD}),
    "blue_cards.procedure": (lambda w, a: w.services.blue_cards.procedure(
        a, _blue_card(w)), {SW, HEAD}),
    "blue_cards.household_of_case": (lambda w, a: w.services.blue_cards.household_of_case(
        a, w.social_case()), {SW, HEAD}),
    "blue_cards.overdue": (lambda w, a: w.services.blue_cards.overdue(a), {HEAD}),
    "blue_cards.render_letter": (lambda w, a: w.services.blue_cards.render_letter(
        a, _blue_card(w)), {SW, HEAD}),
    "blue_cards.start_for_persons": (lambda w, a: w.services.blue_cards.start_for_persons(
        a, HeadFormAInput(_actor(w, SW).user_id, wall_today(), "Policja", (w.new_person(),),
                          (w.new_person(),))), {HEAD}),
    # the forms A–D on paper: the same team and the head, checked in the service
    "blue_card_forms.render[A]": (lambda w, a: w.services.blue_card_forms.render(
        a, _blue_card(w), "A"), {SW, HEAD}),
    "blue_card_forms.render[B]": (lambda w, a: w.services.blue_card_forms.render(
        a, *_victim_card(w)), {SW, HEAD}),
    # caseload: a worker's own list; every worker's load and handing a case over: the head
    "caseload.my_cases": (lambda w, a: w.services.caseload.my_cases(a), {SW, HEAD}),
    "caseload.workers": (lambda w, a: w.services.caseload.workers(a), {HEAD}),
    "caseload.cases_of": (lambda w, a: w.services.caseload.cases_of(a, None), {HEAD}),
    "caseload.social_workers": (lambda w, a: w.services.caseload.social_workers(a), {HEAD}),
    "caseload.reassign": (lambda w, a: w.services.caseload.reassign(
        a, w.social_case(), _actor(w, SW).user_id), {HEAD}),
    # the head's dashboard and moving work between a team's workers: the head alone
    "dashboard.figures": (lambda w, a: w.services.dashboard.figures(a), {HEAD}),
    "dashboard.items": (lambda w, a: w.services.dashboard.items(
        a, "open_cases", Team.SOCIAL_WORK.value, None, True), {HEAD}),
    "assignment.workers": (lambda w, a: w.services.assignment.workers(a, Team.SOCIAL_WORK),
                           {HEAD}),
    "assignment.assign[case]": (lambda w, a: w.services.assignment.assign(
        a, Work.CASE, w.social_case(), _actor(w, SW).user_id), {HEAD}),
    "assignment.assign[referral]": (lambda w, a: w.services.assignment.assign(
        a, Work.REFERRAL, w.referral(Team.SOCIAL_WORK), _actor(w, SW).user_id), {HEAD}),
    "assignment.assign[interview]": (lambda w, a: w.services.assignment.assign(
        a, Work.INTERVIEW, _interview(w).id, _actor(w, SW).user_id), {HEAD}),
    # service packages: the desk reads the catalogue and gives a package; the head edits the
    # catalogue and sees the packages in use; the delivering team records its part's progress
    "packages.catalogue": (lambda w, a: w.services.packages.catalogue(a), {FC, HEAD}),
    "packages.save": (lambda w, a: w.services.packages.save(
        a, TargetGroup.HOMELESS, "Pakiet", (PackagePart("posiłek", Team.SERVICES),),
        w.package_version(TargetGroup.HOMELESS)), {HEAD}),
    "packages.give": (lambda w, a: w.services.packages.give(
        a, w.intake(), TargetGroup.ELDERLY), {FC, HEAD}),
    "packages.progress_of": (lambda w, a: w.services.packages.progress_of(
        a, w.new_person()), TEAMS),
    "packages.record_state": (lambda w, a: w.services.packages.record_state(
        a, w.package_part(Team.SERVICES), PartState.STARTED), {SRV, HEAD}),
    "packages.use_by_group": (lambda w, a: w.services.packages.use_by_group(a), {HEAD}),
    "packages.in_use": (lambda w, a: w.services.packages.in_use(a, TargetGroup.ELDERLY), {HEAD}),
    # the half-year statistics (MRPiPS-03): the head's alone
    "statistics.social_work_behind": (lambda w, a: w.services.statistics.social_work_behind(
        a, 2025, 1), {HEAD}),
    "statistics.half_year": (lambda w, a: w.services.statistics.half_year(a, 2025, 1), {HEAD}),
    "statistics.cases_behind": (lambda w, a: w.services.statistics.cases_behind(
        a, 2025, None, BenefitForm.PERIODIC, DecisionKind.GRANT), {HEAD}),
    "statistics.applications_behind": (lambda w, a: w.services.statistics.applications_behind(
        a, 2025, 1, None), {HEAD}),
    "statistics.render": (lambda w, a: w.services.statistics.render(
        a, w.services.statistics.half_year(w.setup, 2025, None)), {HEAD}),
    # the print centre: every team member gets the queue of what they may print (each kind
    # filtered by its own permission, tests/services/test_print_centre.py); the print log is
    # the head's
    "print_centre.queue": (lambda w, a: w.services.print_centre.queue(
        a, QueueFilter.day(wall_today())), TEAMS),
    "print_centre.kinds": (lambda w, a: w.services.print_centre.kinds(a), TEAMS),
    "print_centre.render": (lambda w, a: w.services.print_centre.render(a, []), TEAMS),
    "print_centre.record_printed": (lambda w, a: w.services.print_centre.record_printed(
        a, [], "Drukarka biura", 1), TEAMS),
    "print_centre.recent_prints": (lambda w, a: w.services.print_centre.recent_prints(a), {HEAD}),
    "adhoc_lists.fields": (lambda w, a: w.services.adhoc_lists.fields(a, "persons"), {HEAD}),
    "adhoc_lists.run": (lambda w, a: w.services.adhoc_lists.run(a, ListDefinition(
        "x", "cases", ("sign",))), {HEAD}),
    "adhoc_lists.saved": (lambda w, a: w.services.adhoc_lists.saved(a), {HEAD}),
    "mrpips03.report": (lambda w, a: w.services.mrpips03.report(a, 2025, 1), {HEAD}),
    "mrpips03.export": (lambda w, a: w.services.mrpips03.export(
        a, w.services.mrpips03.report(w.setup, 2025, None), "xlsx"), {HEAD}),
    # what the exchange between PCs could not decide: conflicts are the head's; refused
    # changes also the administrator's (taking and leaving: tests/exchange/test_coordinator_inbox.py)
    "exchange_inbox.conflicts": (lambda w, a: w.services.exchange_inbox.conflicts(a), {HEAD}),
    "exchange_inbox.conflict_count": (lambda w, a: w.services.exchange_inbox.conflict_count(a),
                                      {HEAD}),
    "exchange_inbox.refused_changes": (lambda w, a: w.services.exchange_inbox.refused_changes(a),
                                       {HEAD, ADMIN}),
    "exchange_inbox.refused_count": (lambda w, a: w.services.exchange_inbox.refused_count(a),
                                     {HEAD, ADMIN}),
    # backups: the administrator's
    "backups.config": (lambda w, a: w.services.backups.config(a), {ADMIN}),
    "backups.list": (lambda w, a: w.services.backups.list(a), {ADMIN}),
    "backups.backup_now": (lambda w, a: _backup_now(w, a), {ADMIN}),
    # fees paid on care bills: the services team and the head, as the bills themselves
    "care_payments.record_payment": (lambda w, a: w.services.care_payments.record_payment(
        a, PaymentInput(w.care_bill(), wall_today(), Decimal("5.00"), PaymentMethod.CASH)),
        {SRV, HEAD}),
    "care_payments.withdraw_payment": (lambda w, a: w.services.care_payments.withdraw_payment(
        a, w.services.care_payments.record_payment(w.setup, PaymentInput(
            w.care_bill(), wall_today(), Decimal("5.00"), PaymentMethod.CASH)).id,
        "zapisana u złej osoby"), {SRV, HEAD}),
    "care_payments.balances": (lambda w, a: w.services.care_payments.balances(
        a, wall_today()), {SRV, HEAD}),
    "care_payments.balance_of": (lambda w, a: w.services.care_payments.balance_of(
        a, w.new_person(), wall_today()), {SRV, HEAD}),
    "care_payments.payments": (lambda w, a: w.services.care_payments.payments(
        a, w.new_person()), {SRV, HEAD}),
    "care_payments.billed_months": (lambda w, a: w.services.care_payments.billed_months(a),
                                    {SRV, HEAD}),
    "care_payments.bills_to_print": (lambda w, a: w.services.care_payments.bills_to_print(
        a, wall_today()), {SRV, HEAD}),
}
for _team, _role in TEAM_OF.items():
    CASES[f"referrals.inbox[{_team}]"] = (
        lambda w, a, t=_team: w.services.referrals.inbox(a, t.value), {_role, HEAD})
    CASES[f"referrals.inbox_count[{_team}]"] = (
        lambda w, a, t=_team: w.services.referrals.inbox_count(a, t.value), {_role, HEAD})
    CASES[f"referrals.cases[{_team}]"] = (
        lambda w, a, t=_team: w.services.referrals.cases(a, t.value), {_role, HEAD})
    if _team is not Team.FIRST_CONTACT:  # the desk refers to the other teams
        CASES[f"referrals.accept[{_team}]"] = (
            lambda w, a, t=_team: w.services.referrals.accept(a, w.referral(t)), {_role, HEAD})
        # Forwarding to the team a referral is meant for: the holding team and the head.
        CASES[f"referrals.forward[{_team}]"] = (
            lambda w, a, t=_team: w.services.referrals.forward(
                a, w.referral(t), Team.SERVICES if t is not Team.SERVICES else Team.BENEFITS,
                "Sprawa dla innego zespołu."), {_role, HEAD})
        CASES[f"cases.get[{_team}]"] = (
            lambda w, a, t=_team: w.services.cases.get(a, w.team_case(t)), {_role, HEAD})
        # Closing and reopening a case: the team that carries it, and the head.
        CASES[f"cases.close[{_team}]"] = (
            lambda w, a, t=_team: w.services.cases.close(a, w.team_case(t), CloseReason.DEATH),
            {_role, HEAD})
        CASES[f"cases.reopen[{_team}]"] = (
            lambda w, a, t=_team: w.services.cases.reopen(a, w.team_case(t, closed=True),
                                                          "Osoba wróciła."), {_role, HEAD})

CASES.update(PLACEMENT_CASES)  # type: ignore[arg-type]
CASES.update(MEAL_CASES)  # type: ignore[arg-type]
PAIRS = list(itertools.product(sorted(CASES), list(Role)))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory,
          server_databases: ServerDatabases | None) -> Iterator[World]:
    path: Path = tmp_path_factory.mktemp("perm") / "ops.sqlite"
    with ExitStack() as stack:
        url = (f"sqlite:///{path}" if server_databases is None
               else stack.enter_context(server_databases.fresh()))
        yield from _world(Services.open(url), path)


def _world(services: Services, path: Path) -> Iterator[World]:
    services.office.save_settings(SETTINGS)
    everything = frozenset(Role)
    user_id = services.office.add_user("setup", "Ustawiający Wszystko", "", everything)
    services.office.grant_authorisation(user_id, "Zarządzenie nr 1/2025", dt.date(2025, 1, 2))
    setup = Actor(user_id, "Ustawiający Wszystko", "", everything)
    folder = path.parent / "kopie"
    folder.mkdir()
    services.backups.configure(setup, folder, "dlugie-haslo-kopii-1")
    yield World(services, setup, itertools.count(1))
    services.close()


def _actor(world: World, role: Role) -> Actor:
    """A user holding only `role`, with an authorisation so that signing tests the matrix."""
    login = f"only-{role.value}"
    users = {u.login: u for u in world.services.office.users()}
    if login not in users:
        user_id = world.services.office.add_user(login, f"Tylko {role.value}", "", frozenset({role}))
        world.services.office.grant_authorisation(user_id, "Zarządzenie nr 2/2025",
                                                  dt.date(2025, 1, 2))
    else:
        user_id = users[login].id
    return Actor(user_id, f"Tylko {role.value}", "", frozenset({role}))


_CLOSING = ClosingInput(SupervisionOutcome.NO_REMARKS, wall_today())


def _supervision(w: World, closed: bool = False) -> uuid.UUID:
    """A check of a client's care recorded (and closed) by the setting-up head."""
    seen = w.services.care_supervision.record(w.setup, SupervisionInput(
        SupervisionKind.CHECK, wall_today(), "Ewa Opiekun", "W porządku.", "", None,
        order_id=w.care_order()))
    if closed:
        w.services.care_supervision_closing.close(w.setup, seen.id, _CLOSING)
    return seen.id


def _care_decision(case_id: uuid.UUID) -> CareDecisionInput:
    month = wall_today().replace(day=1)
    return CareDecisionInput(case_id, CareKind.CARE, month, "Pomoc w higienie.", Decimal("10"),
                             HoursUnit.WEEK, month, add_months(month, 6), "mieszkanie Strony",
                             "opiekunki MGOPS", Decimal("900"), 1)


@pytest.mark.parametrize(("use_case", "role"), PAIRS, ids=[f"{u}-{r.value}" for u, r in PAIRS])
def test_role_may_or_may_not(world: World, use_case: str, role: Role) -> None:
    call, allowed = CASES[use_case]
    actor = _actor(world, role)
    if role in allowed:
        call(world, actor)  # allowed means done: no refusal, no other error
    else:
        with pytest.raises(PermissionDenied):
            call(world, actor)


def test_the_table_covers_every_role_and_many_use_cases() -> None:
    assert len(PAIRS) == len(CASES) * len(Role) >= 7 * 60


def test_several_roles_add_up() -> None:
    from ops_desktop.domain.permissions import Permission

    both = Actor(uuid.uuid4(), "X", "", frozenset({FC, BEN}))
    assert both.may(Permission.RECORD_INTAKE) and both.may(Permission.SIGN_DECISION)
    assert not both.may(Permission.READ_SOCIAL_WORK_NOTES)
    assert not Actor(uuid.uuid4(), "X", "", frozenset({ADMIN})).may(Permission.SEARCH_PERSONS)
    assert Actor(uuid.uuid4(), "X", "", frozenset({AUDIT})).may(Permission.READ_AUDIT_LOG)


def test_benefits_staff_see_that_an_intake_happened_but_not_the_desks_narrative(
        world: World) -> None:
    pid = world.new_person()
    world.services.intake.record(world.setup, referral_intake(pid, Team.SOCIAL_WORK))
    benefits = world.services.persons.file(_actor(world, BEN), pid)
    social = world.services.persons.file(_actor(world, SW), pid)
    assert len(benefits.intakes) == len(social.intakes) == 1
    assert benefits.intakes[0].narrative_hidden and benefits.intakes[0].problem == ""
    assert benefits.referrals[0].reason == ""  # a referral to social work, not to benefits
    assert social.intakes[0].problem.startswith("Brak środków")
    assert social.referrals[0].reason == "Wniosek o zasiłek okresowy."


def test_special_category_grounds_reach_only_the_roles_that_read_them() -> None:
    """Written out from the issue: violence, trafficking (pkt 7a) and addiction for the desk,
    social work and the head; health and disability also for services; benefits none
    unless shared."""
    from ops_desktop.domain.permissions import special_grounds_read
    from ops_desktop.domain.vocabulary import Ground

    every = {Ground.DISABILITY, Ground.LONG_ILLNESS, Ground.DOMESTIC_VIOLENCE,
             Ground.HUMAN_TRAFFICKING, Ground.ADDICTION}
    expected = {FC: every, SW: every, HEAD: every, SRV: {Ground.DISABILITY, Ground.LONG_ILLNESS},
                BEN: set(), ADMIN: set(), AUDIT: set()}
    assert {r: set(special_grounds_read({r})) for r in Role} == expected


# --- which fields each role gets filled (the reading side of the matrix) ------------------
#
# The expected sets are written out by hand from the issue and DOMAIN.md §10. A field counts
# as filled when it holds something (not None, "", (), False). Only the fields a rule withholds
# from some role are watched; names, dates and statuses reach every team.
WATCHED: dict[str, frozenset[str]] = {
    "decision": frozenset({"amount", "bank_account", "reasoning", "purpose"}),
    "application": frozenset({"purpose", "unable_to_work", "grounds", "other_ground"}),
    "intake": frozenset({"problem", "reported_by", "grounds"}),
    "referral": frozenset({"reason", "grounds"}),
    "case": frozenset({"close_note"}),
    "slip": frozenset({"reason", "grounds"}),
}
_PROCEDURE = {"decision": WATCHED["decision"], "application": WATCHED["application"]}
# Every team reads an application's ordinary art. 7 grounds (the special ones follow the
# grounds table above); its purpose and inability to work only with the procedure.
_STORY = {"intake": WATCHED["intake"], "application": frozenset({"grounds", "other_ground"})}
FILLED: dict[Role, dict[str, frozenset[str]]] = {
    # The desk: its own intake whole and the reason it wrote; of the benefits procedure
    # only that an application and a decision exist; no remark of a team's closed case.
    FC: {**_STORY, "referral": frozenset({"reason", "grounds"}),
         "slip": frozenset({"reason", "grounds"})},
    # Benefits: the procedure whole; of the desk's referral to social work only the
    # ordinary grounds, no narrative, no reason; its slip blank.
    BEN: {**_PROCEDURE, "intake": frozenset({"grounds"}), "referral": frozenset({"grounds"})},
    # Social work: the story and the referral written for it, and its case's remark; no
    # amounts, accounts, reasoning or purposes.
    SW: {**_STORY, "referral": frozenset({"reason", "grounds"}), "case": frozenset({"close_note"}),
         "slip": frozenset({"reason", "grounds"})},
    # Services: the narrative (they read it), nothing of the procedure, nothing of a
    # referral to social work.
    SRV: {**_STORY, "referral": frozenset({"grounds"})},
    HEAD: {**_STORY, **_PROCEDURE, "referral": frozenset({"reason", "grounds"}),
           "case": frozenset({"close_note"}), "slip": frozenset({"reason", "grounds"})},
}


def filled(view: object, kind: str) -> frozenset[str]:
    return frozenset(name for name in WATCHED[kind]
                     if getattr(view, name) not in (None, "", (), False))


@pytest.fixture(scope="module")
def full_file(world: World) -> tuple[uuid.UUID, uuid.UUID]:
    """A person with a bit of everything: the desk's story referred to social work (whose
    case closed with a remark), a purpose application with a prepared grant, and a
    permanent-benefit application of a person unable to work."""
    import dataclasses

    s, setup = world.services, world.setup
    pid = world.new_person()
    told = dataclasses.replace(referral_intake(pid, Team.SOCIAL_WORK), reported_by="sąsiadka")
    referral_id = s.intake.record(setup, told).referral_id
    assert referral_id is not None
    case_id = s.referrals.accept(setup, referral_id).id
    s.cases.close(setup, case_id, CloseReason.OTHER, "Rodzina wyjechała do córki.")
    for form, purpose in ((BenefitForm.PERMANENT, ""), (BenefitForm.PURPOSE, "na zakup opału")):
        app = s.applications.register(setup, ApplicationInput(
            person_id=pid, received_on=wall_today(), form=form, purpose=purpose,
            unable_to_work=form is BenefitForm.PERMANENT, requested_from=next_month(),
            grounds=(Ground.POVERTY, Ground.OTHER), other_ground="brak opału"))
        s.applications.set_incomes(setup, app.id, [IncomeInput(pid, "praca", Decimal("100"))])
    s.decisions.prepare(setup, DecisionInput(
        application_id=app.id, kind=DecisionKind.GRANT, amount=Decimal("300.00"),
        period_from=next_month(), period_to=None, payment_method=PaymentMethod.BANK_TRANSFER,
        bank_account=IBAN, reasoning="Wywiad potwierdził trudną sytuację."))
    return pid, referral_id


@pytest.mark.parametrize("role", sorted(FILLED, key=lambda r: r.value), ids=lambda r: r.value)
def test_each_role_gets_filled_only_the_fields_it_may_read(
        world: World, full_file: tuple[uuid.UUID, uuid.UUID], role: Role) -> None:
    pid, referral_id = full_file
    actor = _actor(world, role)
    file = world.services.persons.file(actor, pid)
    slip = world.services.intake.referral_slip(actor, referral_id, confidential=True)
    views = {"decision": file.decisions, "application": file.applications,
             "intake": file.intakes, "referral": file.referrals, "case": file.cases,
             "slip": (slip,)}
    got = {kind: frozenset().union(*(filled(v, kind) for v in found))
           for kind, found in views.items()}
    expected = {kind: FILLED[role].get(kind, frozenset()) for kind in WATCHED}
    assert got == expected
    assert len(file.decisions) == 1 and len(file.applications) == 2  # every role sees they exist
