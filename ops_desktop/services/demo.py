"""A fictional office to learn and demonstrate on: the Gmina Lipowiec OPS with its staff and clients.

Everything is made through the same services a worker uses, so the demo data passes every
rule the program enforces. Deterministic for a given seed; dates are relative to today.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from ops_desktop.domain import pesel as pesel_rules
from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    Channel,
    DecisionKind,
    IntakeOutcome,
    PaymentMethod,
    Relation,
    Role,
    Sex,
    Team,
    WithdrawalManner,
)
from ops_desktop.i18n.format import money
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.hub import Services
from ops_desktop.services.intake import IntakeInput
from ops_desktop.services.office import OfficeSettings
from ops_desktop.services.persons import MemberInput
from ops_desktop.services.withdrawal import WithdrawalInput
from ops_desktop.storage import demo_names as names
from ops_desktop.storage import queries

# The demo office's one documented password (README); a real office has no default password:
# its administrator is created by the set-up wizard and creates everyone else.
DEMO_PASSWORD = "lipowiec-demo"

STAFF: tuple[tuple[str, str, str, frozenset[Role], bool], ...] = (
    ("anowicka", "Anna Nowicka", "pracownik socjalny – pierwszy kontakt",
     frozenset({Role.FIRST_CONTACT}), False),
    ("kwisniewska", "Katarzyna Wiśniewska", "starszy specjalista ds. świadczeń",
     frozenset({Role.BENEFITS}), True),
    ("pzielinski", "Piotr Zieliński", "specjalista ds. świadczeń", frozenset({Role.BENEFITS}), False),
    ("mkowalczyk", "Magdalena Kowalczyk", "starszy pracownik socjalny",
     frozenset({Role.SOCIAL_WORK}), False),
    ("tlewandowski", "Tomasz Lewandowski", "pracownik socjalny", frozenset({Role.SOCIAL_WORK}), False),
    ("edabrowska", "Ewa Dąbrowska", "koordynator usług opiekuńczych", frozenset({Role.SERVICES}), False),
    ("jmazur", "Joanna Mazur", "asystent ds. usług", frozenset({Role.SERVICES}), False),
    ("bzolkiewska", "Barbara Żółkiewska", "Kierownik Ośrodka", frozenset({Role.COORDINATOR}), True),
    ("rkrawczyk", "Robert Krawczyk", "informatyk", frozenset({Role.ADMINISTRATOR}), False),
    ("iszymanska", "Irena Szymańska", "Inspektor Ochrony Danych", frozenset({Role.AUDITOR}), False),
)

SETTINGS = OfficeSettings(
    office_name="Miejsko-Gminny Ośrodek Pomocy Społecznej w Lipowcu",
    office_address="ul. Rynek 7\n66-999 Lipowiec",
    office_place="Lipowiec",
    office_phone="95 700 00 00",
    office_email="sekretariat@mgops.lipowiec.example",
    mayor_genitive="Burmistrza Miasta i Gminy Lipowiec",
    appeal_body="Samorządowe Kolegium Odwoławcze w Gorzowie Wielkopolskim",
    appeal_body_address="ul. Jagiellończyka 10, 66-400 Gorzów Wielkopolski",
)

# The small demo takes the beginning of the shared lists (the city-sized one takes all).
FEMALE = names.FEMALE[:16]
MALE = names.MALE[:16]
SURNAMES = names.SURNAMES[:30]
STREETS = ("Polna", "Leśna", "Słoneczna", "Krótka", "Szkolna", "Ogrodowa", "Lipowa", "Kościuszki",
           "Mickiewicza", "Żeromskiego", "Łąkowa", "Kolejowa")
VILLAGES = ("Zagórze", "Dębina", "Stara Wieś", "Łęgi")
PROBLEMS = names.PROBLEMS[:7]


def make_pesel(rng: random.Random, birth: dt.date, sex: Sex) -> str:
    serial = rng.randrange(0, 1000)
    sex_digit = rng.choice((1, 3, 5, 7, 9) if sex is Sex.MALE else (0, 2, 4, 6, 8))
    return pesel_rules.encode(birth, serial, sex_digit)


def _person(rng: random.Random, surname: tuple[str, str], sex: Sex, birth: dt.date,
            address: Address, used: set[str]) -> PersonInput:
    first = rng.choice(MALE if sex is Sex.MALE else FEMALE)
    last = surname[0] if sex is Sex.MALE else surname[1]
    while True:
        number = make_pesel(rng, birth, sex)
        if number not in used:
            used.add(number)
            break
    return PersonInput(first_name=first, last_name=last, pesel=number, id_document_type=None,
                       id_document_number=None, birth_date=None, sex=None, address=address,
                       phone=f"5{rng.randrange(10**7, 10**8)}")


def _birth(rng: random.Random, today: dt.date, min_age: int, max_age: int) -> dt.date:
    return today - dt.timedelta(days=rng.randrange(min_age * 365 + 1, max_age * 365))


DEMO_MARK = "demo_office"


def refresh_demo_passwords(services: Services, default_demo_file: bool = False) -> int:
    """A demo file made before sign-in existed: give its staff the documented demo password.

    Only on a file known to be the demo office (marked when it was made, or the program's
    own demo.sqlite): never on an office's real database opened with --demo by mistake,
    where it would open a door with a published password.
    """
    if services.office.setting(DEMO_MARK) != "1" and not default_demo_file:
        return 0
    with services.db.session() as s:
        rows = [u for u in queries.users(s)
                if u.password_hash is None and u.login in {st[0] for st in STAFF}]
        if rows:
            password_hash = services.accounts.hasher.hash(DEMO_PASSWORD)
            for row in rows:
                row.password_hash = password_hash
        known = {u.login for u in queries.users(s)}
    for login, name, position, roles, _authorised in STAFF:
        if login not in known and roles & {Role.ADMINISTRATOR, Role.AUDITOR}:
            services.office.add_user(login, name, position, roles,
                                     password_hash=services.accounts.hasher.hash(DEMO_PASSWORD))
    return len(rows)


def create_demo_office(services: Services, households: int = 80, seed: int = 2026,
                       today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty store with the demo office; returns counts of what was made."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    office = services.office
    office.save_settings(SETTINGS)
    office.put_setting(DEMO_MARK, "1")
    actors: dict[Role, list[Actor]] = {}
    # One Argon2id hash for all demo staff: hashing ten times would only slow the demo down.
    password_hash = services.accounts.hasher.hash(DEMO_PASSWORD)
    for login, name, position, roles, authorised in STAFF:
        user_id = office.add_user(login, name, position, roles, password_hash=password_hash)
        if authorised:
            office.grant_authorisation(user_id, f"Zarządzenie nr {rng.randrange(10, 99)}/2025 "
                                       "Burmistrza Miasta i Gminy Lipowiec", dt.date(2025, 1, 2))
        for role in roles:
            actors.setdefault(role, []).append(Actor(user_id, name, position, roles))
    desk = actors[Role.FIRST_CONTACT][0]
    benefits = actors[Role.BENEFITS]
    signer = benefits[0]
    counts = {"persons": 0, "households": 0, "intakes": 0, "referrals": 0, "applications": 0,
              "decisions": 0, "signed": 0}
    used: set[str] = set()
    for h in range(households):
        surname = rng.choice(SURNAMES)
        if rng.random() < 0.75:
            address = Address(rng.choice(STREETS), str(rng.randrange(1, 60)),
                              str(rng.randrange(1, 30)) if rng.random() < 0.5 else "",
                              "66-999", "Lipowiec")
        else:
            address = Address("", str(rng.randrange(1, 90)), "", "66-998", rng.choice(VILLAGES))
        size = rng.choice((1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6))
        head_sex = rng.choice((Sex.FEMALE, Sex.MALE))
        elderly = size <= 2 and rng.random() < 0.4
        head = _person(rng, surname, head_sex, _birth(rng, today, 66 if elderly else 20,
                                                     90 if elderly else 64), address, used)
        members: list[MemberInput] = []
        if size >= 2:
            spouse_sex = Sex.MALE if head_sex is Sex.FEMALE else Sex.FEMALE
            members.append(MemberInput(Relation.SPOUSE, _person(
                rng, surname, spouse_sex, _birth(rng, today, 20, 64), address, used)))
        for _ in range(size - 2):
            members.append(MemberInput(Relation.CHILD, _person(
                rng, surname, rng.choice((Sex.FEMALE, Sex.MALE)), _birth(rng, today, 1, 17),
                address, used)))
        person_id = services.persons.register_household(desk, head, members)
        counts["persons"] += size
        counts["households"] += 1
        problem, grounds = rng.choice(PROBLEMS)
        team = (Team.BENEFITS if rng.random() < 0.6
                else rng.choice((Team.SOCIAL_WORK, Team.SERVICES)))
        received = dt.datetime.combine(today - dt.timedelta(days=rng.randrange(1, 120)),
                                       dt.time(rng.randrange(7, 15), rng.randrange(0, 60)))
        outcome = IntakeOutcome.REFERRED if rng.random() < 0.85 else IntakeOutcome.INFORMATION
        result = services.intake.record(desk, IntakeInput(
            person_id=person_id, received_at=received, channel=rng.choice(list(Channel)),
            problem=problem, grounds=grounds, outcome=outcome, urgent=rng.random() < 0.1,
            refer_to=team if outcome is IntakeOutcome.REFERRED else None,
            advice_given="" if outcome is IntakeOutcome.REFERRED else "Poinformowano o zasadach."))
        counts["intakes"] += 1
        if result.referral_id is None:
            continue
        counts["referrals"] += 1
        roll = rng.random()
        if roll < 0.25:
            continue  # still waiting in the team's inbox
        team_actor = actors[Role(team.value)][0]
        if roll < 0.3:
            services.referrals.return_(team_actor, result.referral_id,
                                       "Sprawa nie należy do właściwości zespołu – proszę o "
                                       "ponowną rozmowę diagnostyczną.")
            continue
        services.referrals.accept(team_actor, result.referral_id)
        if team is not Team.BENEFITS:
            continue
        worker = rng.choice(benefits)
        # Zasiłek stały is for those unable to work by age or disability: the elderly here.
        form = (BenefitForm.PERMANENT if elderly and rng.random() < 0.7
                else rng.choice((BenefitForm.PERIODIC, BenefitForm.PERIODIC, BenefitForm.PURPOSE)))
        start = add_months(received.date().replace(day=1), 1)
        app = services.applications.register(worker, ApplicationInput(
            person_id=person_id, received_on=received.date(), form=form,
            purpose="zakup opału na okres zimowy" if form is BenefitForm.PURPOSE else "",
            unable_to_work=form is BenefitForm.PERMANENT, requested_from=start))
        counts["applications"] += 1
        lines = [IncomeInput(person_id, rng.choice(("wynagrodzenie", "renta", "emerytura",
                                                    "zasiłek rodzinny")),
                             Decimal(rng.randrange(0, 1400 * size, 10)))]
        services.applications.set_incomes(worker, app.id, lines)
        waiting = rng.random()
        if waiting < 0.05:
            # The party withdrew it, orally to the record: the proceedings are discontinued.
            services.decisions.sign(signer, services.decisions.prepare_discontinuance(
                worker, WithdrawalInput(app.id, received.date(),
                                        WithdrawalManner.ORALLY_RECORDED)).id)
            counts["decisions"] += 1
            counts["signed"] += 1
            continue
        if waiting < 0.3:
            continue  # incomes recorded, no decision yet
        a = services.applications.assess(worker, app.id)
        by_bank = rng.random() < 0.7
        common = dict(application_id=app.id, payment_method=PaymentMethod.BANK_TRANSFER
                      if by_bank else PaymentMethod.CASH,
                      bank_account="PL61109010140000071219812874" if by_bank else None)
        if a.eligible and (a.amount is not None or a.maximum is not None):
            amount = a.amount if a.amount is not None else min(a.maximum or Decimal(300),
                                                                 Decimal(300))
            draft = services.decisions.prepare(worker, DecisionInput(
                kind=DecisionKind.GRANT, amount=amount, period_from=start,
                period_to=None if form is not BenefitForm.PERIODIC else add_months(start, 3)
                - dt.timedelta(days=1),
                reasoning="Przeprowadzony rodzinny wywiad środowiskowy potwierdził trudną "
                          "sytuację bytową rodziny.", **common))  # type: ignore[arg-type]
        elif a.eligible:
            draft = services.decisions.prepare(worker, DecisionInput(
                kind=DecisionKind.GRANT, amount=Decimal("300.00"), period_from=None,
                period_to=None, reasoning="Pomoc na zakup opału.", **common))  # type: ignore[arg-type]
        else:
            draft = services.decisions.prepare(worker, DecisionInput(
                kind=DecisionKind.REFUSAL, amount=None, period_from=None, period_to=None,
                reasoning=f"Dochód na osobę w rodzinie ({money(a.income_per_person, 'pl_PL')}) "
                          f"nie mieści się w kryterium dochodowym "
                          f"({money(a.criterion, 'pl_PL')}).", **common))  # type: ignore[arg-type]
        counts["decisions"] += 1
        if rng.random() < 0.6:
            services.decisions.sign(signer, draft.id)
            counts["signed"] += 1
    return counts
