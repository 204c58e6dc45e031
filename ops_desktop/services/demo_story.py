"""The demo office's last year, replayed in the order it happened (services/demo.py uses it).

Each household's story is a generator that yields the office's wall-clock moment of its next
step: it comes to the desk, days later the team takes or returns the referral, weeks later
the application is decided, social workers visit for months. `DemoStory.replay` runs the
steps of all households in time order with the store's clock set to each moment
(storage.models.replayed_at), so every row's times and the audit log tell the same story.
A step after now has not happened yet: the story stops there, which leaves referrals
waiting, drafts unsigned and applications undecided, as in a real office.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
import uuid
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from decimal import Decimal

from stdnum import iban as stdnum_iban

from ops_desktop.domain import pesel as pesel_rules
from ops_desktop.domain.calendar import add_months, add_working_days, is_working_day
from ops_desktop.domain.clock import utc_of_office, wall_now
from ops_desktop.domain.contracts import Variant
from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    Channel,
    DecisionKind,
    Ground,
    IntakeOutcome,
    NoteKind,
    PaymentMethod,
    Relation,
    Role,
    Sex,
    Team,
    WithdrawalManner,
)
from ops_desktop.i18n.format import money
from ops_desktop.services.applications import ApplicationFacts, ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.demo_contracts import contract_story
from ops_desktop.services.demo_benefit_interviews import conduct_interview, request_interview
from ops_desktop.services.demo_interviews import interview_story
from ops_desktop.services.demo_programmes import programme_story
from ops_desktop.services.demo_log import log_work
from ops_desktop.services.hub import Services
from ops_desktop.services.intake import IntakeInput
from ops_desktop.services.persons import MemberInput
from ops_desktop.services.views import MemberView
from ops_desktop.services.withdrawal import WithdrawalInput
from ops_desktop.storage import demo_names as names
from ops_desktop.storage.bulk_demo import ADVICE, GRANT_REASONING, NOTE_TEXTS, RETURN_REASONS
from ops_desktop.storage.models import replayed_at

Step = Iterator[dt.datetime]  # a household's story: the moment of each next step

# The small demo takes the beginning of the shared lists (the city-sized one takes all).
FEMALE = names.FEMALE[:16]
MALE = names.MALE[:16]
# Names given since the 1990s, for children and grandchildren.
YOUNG_FEMALE = ("Aleksandra", "Natalia", "Julia", "Zuzanna", "Wiktoria", "Alicja", "Oliwia",
                "Hanna", "Lena", "Weronika", "Karolina", "Paulina")
YOUNG_MALE = ("Łukasz", "Michał", "Mateusz", "Jakub", "Kacper", "Szymon", "Antoni", "Filip",
              "Bartosz", "Dawid", "Kamil", "Adam")
SURNAMES = names.SURNAMES[:30]
STREETS = ("Polna", "Leśna", "Słoneczna", "Krótka", "Szkolna", "Ogrodowa", "Lipowa", "Kościuszki",
           "Mickiewicza", "Żeromskiego", "Łąkowa", "Kolejowa")
VILLAGES = ("Zagórze", "Dębina", "Stara Wieś", "Łęgi")
YEAR_DAYS = 365
# Where the desk's stories go: most of an office's work is benefits.
TEAM_SHARES = {Team.BENEFITS: 55, Team.SOCIAL_WORK: 30, Team.SERVICES: 15}
OPENS, CLOSES = dt.time(7, 30), dt.time(15, 0)  # the office's hours for clients


def make_pesel(rng: random.Random, birth: dt.date, sex: Sex) -> str:
    serial = rng.randrange(0, 1000)
    sex_digit = rng.choice((1, 3, 5, 7, 9) if sex is Sex.MALE else (0, 2, 4, 6, 8))
    return pesel_rules.encode(birth, serial, sex_digit)


# Polish banks' three-digit numbers for the demo's accounts (a payee's bank is their own, not
# the office's: the bank file's fields 7 and 11 then differ from the payer's 6 and 4).
_DEMO_BANKS = ("102", "105", "109", "114", "116", "124", "132", "175", "187", "249")


def demo_account(seed: uuid.UUID) -> str:
    """A valid, made-up NRB as an IBAN: a bank's sort code with its check digit (weights
    3, 9, 7, 1, 3, 9, 7), a 16-digit account, and the IBAN check digits – drawn from `seed`
    alone, so the demo's other random draws stay as they were."""
    rng = random.Random(seed.int)
    sort = rng.choice(_DEMO_BANKS) + f"{rng.randrange(10000):04d}"
    check = (10 - sum(int(d) * w for d, w in zip(sort, (3, 9, 7, 1, 3, 9, 7))) % 10) % 10
    bban = f"{sort}{check}{rng.randrange(10 ** 16):016d}"
    return f"PL{stdnum_iban.calc_check_digits('PL00' + bban)}{bban}"


# --- who lives together -------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    relation: Relation
    sex: Sex
    age: int  # full years on the demo's today


def _other(sex: Sex) -> Sex:
    return Sex.MALE if sex is Sex.FEMALE else Sex.FEMALE


def _children(rng: random.Random, younger_parent_age: int, n: int) -> list[Member]:
    """Born when the younger parent was 18 to 42, and at most 25 now (still at home)."""
    low, high = max(0, younger_parent_age - 42), min(25, younger_parent_age - 18)
    return [Member(Relation.CHILD, rng.choice((Sex.FEMALE, Sex.MALE)), rng.randint(low, high))
            for _ in range(n)]


def compose(rng: random.Random, kind: str) -> list[Member]:
    """A plausible household for a story, the applicant first: a spouse of about the same
    age and the other sex, children 18–42 years younger than the younger parent, a parent
    of the applicant 20–32 years older, a grandchild at least 45 years younger."""
    if kind == "any":
        kind = rng.choice(("elderly", "family", "single_parent", "adult", "adult"))
    sex = rng.choice((Sex.FEMALE, Sex.MALE))
    if kind == "elderly":
        age = rng.randint(66, 88)
        members = [Member(Relation.APPLICANT, sex, age)]
        if rng.random() < 0.45:
            members.append(Member(Relation.SPOUSE, _other(sex),
                                  min(95, max(62, age + rng.randint(-4, 4)))))
        elif rng.random() < 0.25:
            members.append(Member(Relation.GRANDCHILD, rng.choice((Sex.FEMALE, Sex.MALE)),
                                  rng.randint(12, min(25, age - 45))))
        return members
    if kind == "single_parent":
        sex = Sex.FEMALE if rng.random() < 0.85 else Sex.MALE
        age = rng.randint(22, 49)
        return [Member(Relation.APPLICANT, sex, age), *_children(rng, age, rng.randint(1, 3))]
    if kind == "family":
        age = rng.randint(24, 52)
        spouse_age = max(20, age + rng.randint(-5, 5))
        members = [Member(Relation.APPLICANT, sex, age),
                   Member(Relation.SPOUSE, _other(sex), spouse_age),
                   *_children(rng, min(age, spouse_age), rng.randint(1, 4))]
        if rng.random() < 0.15:
            members.append(Member(Relation.PARENT, rng.choice((Sex.FEMALE, Sex.MALE)),
                                  min(92, age + rng.randint(20, 32))))
        return members
    age = rng.randint(22, 63)  # an adult alone, with a spouse, or with a brother or sister
    members = [Member(Relation.APPLICANT, sex, age)]
    roll = rng.random()
    if roll < 0.4:
        members.append(Member(Relation.SPOUSE, _other(sex), max(20, age + rng.randint(-5, 5))))
    elif roll < 0.5:
        members.append(Member(Relation.SIBLING, rng.choice((Sex.FEMALE, Sex.MALE)),
                              max(18, age + rng.randint(-8, 8))))
    return members


def born(rng: random.Random, today: dt.date, age: int) -> dt.date:
    """A birth date of someone `age` full years old on `today`."""
    try:
        birthday = today.replace(year=today.year - age)
    except ValueError:  # 29 February
        birthday = today.replace(year=today.year - age, day=28)
    return birthday - dt.timedelta(days=rng.randrange(0, 365))


def _address(rng: random.Random) -> Address:
    if rng.random() < 0.75:
        return Address(rng.choice(STREETS), str(rng.randrange(1, 60)),
                       str(rng.randrange(1, 30)) if rng.random() < 0.5 else "",
                       "66-999", "Lipowiec")
    return Address("", str(rng.randrange(1, 90)), "", "66-998", rng.choice(VILLAGES))


# --- when things happen ---------------------------------------------------------------------


def _working_day(day: dt.date, latest: dt.date) -> dt.date:
    """`day`, or the next working day; the one before when that is after `latest`."""
    forward = day
    while not is_working_day(forward):
        forward += dt.timedelta(days=1)
    if forward <= latest:
        return forward
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def _during_hours(rng: random.Random, day: dt.date) -> dt.datetime:
    minutes = rng.randrange(0, (CLOSES.hour - OPENS.hour) * 60 - OPENS.minute)
    return dt.datetime.combine(day, OPENS) + dt.timedelta(minutes=minutes)


def _later(rng: random.Random, after: dt.datetime, low: int, high: int) -> dt.datetime:
    """A moment `low`–`high` working days after `after` (0: later the same day)."""
    moment = _during_hours(rng, add_working_days(after.date(), rng.randint(low, high)))
    if moment <= after:
        moment = after + dt.timedelta(minutes=rng.randrange(15, 120))
    return moment


def _utc(local: dt.datetime) -> dt.datetime:
    return utc_of_office(local)


# --- the office at work ---------------------------------------------------------------------


class DemoStory:
    """The demo office's staff working through their households' stories."""

    def __init__(self, services: Services, today: dt.date, actors: dict[Role, list[Actor]],
                 signers: list[Actor]) -> None:
        self.services, self.today, self.actors, self.signers = services, today, actors, signers
        # Nothing happens after now (or after the end of `today`, for a demo of a past day).
        self.now = min(wall_now().replace(second=0, microsecond=0),
                       dt.datetime.combine(today, CLOSES))
        self.desk = actors[Role.FIRST_CONTACT][0]
        self.contract_turn = 0  # social-work cases that were offered a contract
        self.interviewed = False  # the one interview held in the program, with its update
        self.used: set[str] = set()
        self.counts = {"persons": 0, "households": 0, "intakes": 0, "referrals": 0,
                       "returned": 0, "applications": 0, "decisions": 0, "signed": 0,
                       "notes": 0, "contracts": 0, "log_entries": 0,
                       "interviews": 0}

    def replay(self, stories: list[Step]) -> None:
        """Run every story's steps in the order of their moments, on the replayed clock."""
        queue: list[tuple[dt.datetime, int, Step]] = []
        for index, story in enumerate(stories):
            self._next(queue, index, story)  # only plans: the first step has not happened
        while queue:
            moment, index, story = heapq.heappop(queue)
            with replayed_at(_utc(moment)):
                self._next(queue, index, story)

    def _next(self, queue: list[tuple[dt.datetime, int, Step]], index: int, story: Step) -> None:
        try:
            moment = next(story)
        except StopIteration:
            return
        if moment <= self.now:
            heapq.heappush(queue, (moment, index, story))

    def household(self, rng: random.Random, waiting: bool = False) -> Step:
        """One household: registered at its intake, then what the team it went to did.

        `waiting`: a benefits matter whose decision was prepared lately and waits for the
        head's signature (every office has a few; the coordinator's tab shows them)."""
        team = Team.BENEFITS if waiting else rng.choices(
            tuple(TEAM_SHARES), weights=tuple(TEAM_SHARES.values()))[0]
        story = rng.choice([s for s in names.STORIES if s.team is team])
        members = compose(rng, story.household)
        # A quarter came in the last six weeks: their matters are still in hand today.
        if waiting:
            back = rng.randrange(45, 60)  # time for the steps up to the draft, holidays too
        elif rng.random() < 0.25:
            back = rng.randrange(0, 42)
        else:
            back = rng.randrange(0, YEAR_DAYS)
        came = _during_hours(rng, _working_day(self.today - dt.timedelta(days=back), self.today))
        if came > self.now:  # today, later than now: yesterday's, then
            came = _during_hours(rng, _working_day(self.today - dt.timedelta(days=3),
                                                   self.today - dt.timedelta(days=1)))
        yield came
        person_id = self._register(rng, members)
        violence = Ground.DOMESTIC_VIOLENCE in story.grounds
        referred = violence or waiting or rng.random() < 0.9
        channel = (Channel.LETTER if story.reported_by else
                   rng.choices(list(Channel)[:4], weights=(70, 18, 6, 6))[0])
        result = self.services.intake.record(self.desk, IntakeInput(
            person_id=person_id, received_at=came, channel=channel,
            reported_by=story.reported_by, problem=story.problem, grounds=story.grounds,
            outcome=IntakeOutcome.REFERRED if referred else IntakeOutcome.INFORMATION,
            urgent=violence or rng.random() < 0.08,
            refer_to=story.team if referred else None,
            referral_reason=names.REFERRAL_REASONS[story.team.value] if referred else "",
            advice_given="" if referred else rng.choice(ADVICE)))
        self.counts["intakes"] += 1
        if result.referral_id is None:
            return
        self.counts["referrals"] += 1
        decided = _later(rng, came, 0 if violence else 1, 2 if violence else 7)
        yield decided
        worker = rng.choice(self.actors[Role(story.team.value)])
        if not (violence or waiting) and rng.random() < 0.06:
            self.services.referrals.return_(worker, result.referral_id, rng.choice(RETURN_REASONS))
            self.counts["returned"] += 1
            return
        case = self.services.referrals.accept(worker, result.referral_id)
        if story.team is Team.BENEFITS:
            yield from self._benefits(rng, story, person_id, decided, waiting)
        elif story.team is Team.SOCIAL_WORK:
            yield from self._social_work(rng, worker, case.id, decided, violence)

    def _register(self, rng: random.Random, members: list[Member]) -> uuid.UUID:
        surname = rng.choice(SURNAMES)
        address = _address(rng)
        people = [self._person(rng, m, surname, address) for m in members]
        person_id = self.services.persons.register_household(
            self.desk, people[0],
            [MemberInput(m.relation, p) for m, p in zip(members[1:], people[1:], strict=True)])
        self.counts["persons"] += len(members)
        self.counts["households"] += 1
        return person_id

    def _person(self, rng: random.Random, member: Member, surname: tuple[str, str],
                address: Address) -> PersonInput:
        birth = born(rng, self.today, member.age)
        if member.sex is Sex.MALE:
            first = rng.choice(YOUNG_MALE if member.age < 30 else MALE)
        else:
            first = rng.choice(YOUNG_FEMALE if member.age < 30 else FEMALE)
        number = make_pesel(rng, birth, member.sex)
        while number in self.used:
            number = make_pesel(rng, birth, member.sex)
        self.used.add(number)
        return PersonInput(first_name=first,
                           last_name=surname[0] if member.sex is Sex.MALE else surname[1],
                           pesel=number, id_document_type=None, id_document_number=None,
                           birth_date=birth, sex=member.sex, address=address,
                           phone=f"5{rng.randrange(10**7, 10**8)}" if member.age >= 16 else "")

    # --- the benefits team ---
    def _benefits(self, rng: random.Random, story: names.Story, person_id: uuid.UUID,
                  accepted: dt.datetime, waiting: bool) -> Step:
        """The application lodged when the referral is taken, decided after the interview."""
        worker = rng.choice(self.actors[Role.BENEFITS])
        lodged = _later(rng, accepted, 0, 0)
        yield lodged
        form = story.form or BenefitForm.PURPOSE
        start = add_months(lodged.date().replace(day=1), 1)
        app = self.services.applications.register(worker, ApplicationInput(
            person_id=person_id, received_on=lodged.date(), form=form, purpose=story.purpose,
            unable_to_work=form is BenefitForm.PERMANENT, requested_from=start,
            grounds=story.grounds))  # the grounds the desk recorded
        self.counts["applications"] += 1
        members = self.services.persons.household(worker, person_id)
        self.services.applications.set_incomes(worker, app.id, self._incomes(rng, story, members))
        if rng.random() < 0.05:
            # The party withdrew it, orally to the record: the proceedings are discontinued.
            withdrawn = _later(rng, lodged, 1, 10)
            yield withdrawn
            draft = self.services.decisions.prepare_discontinuance(worker, WithdrawalInput(
                app.id, withdrawn.date(), WithdrawalManner.ORALLY_RECORDED)).id
            self.counts["decisions"] += 1
            signed = _later(rng, withdrawn, 1, 10)
            yield signed
            self.services.decisions.sign(rng.choice(self.signers), draft, on=signed.date())
            self.counts["signed"] += 1
            return
        # Art. 106 ust. 4: a social worker conducts the family interview the decision needs.
        requested = _later(rng, lodged, 0, 2)
        yield requested
        referral = request_interview(self.services, self.desk, person_id, requested,
                                     story.problem, story.grounds)
        interviewed = _later(rng, requested, 1, 8)
        yield interviewed
        conduct_interview(self.services, rng.choice(self.actors[Role.SOCIAL_WORK]), worker,
                          referral, person_id, app.id, lodged.date(), interviewed,
                          story.problem, story.purpose)
        self.counts["interviews"] += 1
        prepared = _later(rng, interviewed, 1, 6)
        yield prepared
        self.services.applications.set_facts(worker, app.id, ApplicationFacts(
            grounds=story.grounds, other_ground="", interview_on=interviewed.date()))
        draft = self._prepare(rng, worker, app.id, form, start)
        self.counts["decisions"] += 1
        if waiting:
            return
        signed = _later(rng, prepared, 1, 10)  # the head reads and signs in batches
        yield signed
        self.services.decisions.sign(rng.choice(self.signers), draft, on=signed.date())
        self.counts["signed"] += 1

    def _incomes(self, rng: random.Random, story: names.Story,
                 members: list[MemberView]) -> list[IncomeInput]:
        """Every adult's income in the month before; a decision is never made without them."""
        lines = []
        for m in members:
            age = (self.today - m.birth_date).days // 365 if m.birth_date else 30
            if age < 18:
                continue
            if age >= 65:
                source, low, high = rng.choice(("emerytura", "renta")), 900, 1900
            elif Ground.UNEMPLOYMENT in story.grounds and m.relation is Relation.APPLICANT:
                source, low, high = "zasiłek dla bezrobotnych", 300, 1300
            elif Ground.DISABILITY in story.grounds and m.relation is Relation.APPLICANT:
                source, low, high = "renta z tytułu niezdolności do pracy", 400, 1200
            else:
                source, low, high = rng.choice(("wynagrodzenie", "praca dorywcza", "alimenty")), \
                    200, 2600
            if story.form is BenefitForm.PERMANENT and m.relation is Relation.APPLICANT:
                source, low, high = "dodatek mieszkaniowy", 0, 400
            lines.append(IncomeInput(m.person_id, source,
                                     Decimal(rng.randrange(low, high + 1, 10))))
        if any(m.relation is Relation.CHILD for m in members):
            lines.append(IncomeInput(members[0].person_id, "zasiłek rodzinny",
                                     Decimal(rng.randrange(95, 500, 5))))
        return lines

    def _prepare(self, rng: random.Random, worker: Actor, app_id: uuid.UUID, form: BenefitForm,
                 start: dt.date) -> uuid.UUID:
        a = self.services.applications.assess(worker, app_id)
        by_bank = rng.random() < 0.7
        common = dict(application_id=app_id, payment_method=PaymentMethod.BANK_TRANSFER
                      if by_bank else PaymentMethod.CASH,
                      bank_account=demo_account(app_id) if by_bank else None)
        if a.eligible and (a.amount is not None or a.maximum is not None):
            amount = a.amount if a.amount is not None else min(a.maximum or Decimal(300),
                                                                 Decimal(300))
            data = DecisionInput(
                kind=DecisionKind.GRANT, amount=amount, period_from=start,
                period_to=None if form is not BenefitForm.PERIODIC else add_months(start, 3)
                - dt.timedelta(days=1), reasoning=GRANT_REASONING, **common)  # type: ignore[arg-type]
        elif a.eligible:
            data = DecisionInput(
                kind=DecisionKind.GRANT, amount=Decimal("300.00"), period_from=None,
                period_to=None, reasoning=GRANT_REASONING, **common)  # type: ignore[arg-type]
        else:
            data = DecisionInput(
                kind=DecisionKind.REFUSAL, amount=None, period_from=None, period_to=None,
                reasoning=f"Dochód na osobę w rodzinie ({money(a.income_per_person, 'pl_PL')}) "
                          f"nie mieści się w kryterium dochodowym "
                          f"({money(a.criterion, 'pl_PL')}).", **common)  # type: ignore[arg-type]
        return self.services.decisions.prepare(worker, data).id

    # --- the social-work team ---
    def _social_work(self, rng: random.Random, worker: Actor, case_id: uuid.UUID,
                     accepted: dt.datetime, violence: bool) -> Step:
        """The community interview first (and the Niebieska Karta group where there is
        violence), then visits, work with the family and notes every few weeks."""
        first = [NoteKind.INTERVIEW] + ([NoteKind.NIEBIESKA_KARTA] if violence else [])
        moment = _later(rng, accepted, 1, 8)
        for number in range(rng.randint(3, 7)):
            kind = first[number] if number < len(first) else rng.choice(
                (NoteKind.HOME_VISIT, NoteKind.HOME_VISIT, NoteKind.FAMILY_WORK, NoteKind.NOTE))
            yield moment
            self.services.social_work.add_note(worker, case_id, kind, moment.date(),
                                               rng.choice(NOTE_TEXTS[kind]))
            self.counts["notes"] += 1
            self.counts["log_entries"] += log_work(self.services, rng, worker, case_id, kind,
                                                   moment.date())
            if number == 0 and not self.interviewed and not violence \
                    and accepted + dt.timedelta(days=60) <= self.now:
                self.interviewed = True
                moment = yield from interview_story(
                    self.services, rng, worker, rng.choice(self.actors[Role.BENEFITS]),
                    rng.choice(self.signers), case_id, accepted,
                    lambda clerk, app_id, form, start: self._prepare(rng, clerk, app_id, form,
                                                                     start))
                for counted in ("interviews", "interviews", "applications", "decisions",
                                "signed"):
                    self.counts[counted] += 1
                # the help plan from this interview, and an IPWzB
                moment = yield from programme_story(self.services, rng, worker, case_id,
                                                    moment)
            if number == 0 and self._contract_due(accepted):
                moment = yield from self._contract(rng, worker, case_id, moment)
            moment = _later(rng, moment, 5, 25)

    def _contract_due(self, accepted: dt.datetime) -> bool:
        """The first social-work cases old enough for a review get a contract: A, then B,
        then every third case (the first one is changed by an annex)."""
        if accepted + dt.timedelta(days=50) > self.now:
            return False
        self.contract_turn += 1
        return self.contract_turn <= 2 or self.contract_turn % 3 == 0

    def _contract(self, rng: random.Random, worker: Actor, case_id: uuid.UUID,
                  after: dt.datetime) -> Generator[dt.datetime, None, dt.datetime]:
        variant = Variant.B if self.contract_turn % 2 == 0 else Variant.A
        case = self.services.cases.get(worker, case_id)
        members = tuple(m.person_id for m in self.services.persons.file(
            worker, case.person_id).household if m.person_id != case.person_id)
        self.counts["contracts"] += 1
        return (yield from contract_story(self.services, rng, worker, case_id, after, variant,
                                          members, annex=self.contract_turn == 1))
