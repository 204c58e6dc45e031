"""The office's work for benchmarks/sync.py: the demo office's staff writing through the
services, and one PC's poll loop run as its own process.

    python benchmarks/sync_work.py writer DB LOG --start T --changes N --seconds-apart S [--send]
    python benchmarks/sync_work.py reader DB LOG --start T --changes N --until EPOCH

The writer registers a person and refers them to benefits at random moments, appending
`pesel committed-at` to LOG; both run a round every POLL_SECONDS (as the window's timer
will), the writer with `--send` also sends its changes right after each write. The reader
looks, after each round, for every person in LOG it has not seen yet and prints one RESULT
line: the seconds from each commit to the end of the round that made it visible here, and
the duration of its rounds. Rounds start at T (the reader's later by the phase its parent
chose), then every POLL_SECONDS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import uuid
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.kit import emit  # noqa: E402
from ops_desktop.domain.calendar import add_months  # noqa: E402
from ops_desktop.domain.clock import office_now, office_today  # noqa: E402
from ops_desktop.domain.person import Address, PersonInput  # noqa: E402
from ops_desktop.domain.vocabulary import (  # noqa: E402
    BenefitForm,
    Channel,
    Ground,
    IntakeOutcome,
    NoteKind,
    Relation,
    Sex,
    Team,
)
from ops_desktop.services.applications import ApplicationInput, IncomeInput  # noqa: E402
from ops_desktop.services.context import Actor  # noqa: E402
from ops_desktop.services.demo import make_pesel  # noqa: E402
from ops_desktop.services.exchange import POLL_SECONDS, ExchangeService  # noqa: E402
from ops_desktop.services.hub import Services  # noqa: E402
from ops_desktop.services.intake import IntakeInput  # noqa: E402
from ops_desktop.services.persons import MemberInput  # noqa: E402


class Staff:
    """The demo office's desk, benefits and social workers on one PC, and new clients whose
    PESELs are unique across every PC of the run (`used` is shared)."""

    def __init__(self, services: Services, seed: int, used: set[str]) -> None:
        self.services = services
        self.rng = random.Random(seed)
        self.used = used
        users = {u.login: u for u in services.office.users()}
        self.desk = Actor.of(users["anowicka"])
        self.benefits = Actor.of(users["kwisniewska"])
        self.social_worker = Actor.of(users["mkowalczyk"])

    def client(self, sex: Sex, age: int) -> PersonInput:
        birth = office_today() - dt.timedelta(days=age * 365 + self.rng.randrange(1, 300))
        while (number := make_pesel(self.rng, birth, sex)) in self.used:
            pass
        self.used.add(number)
        female = sex is Sex.FEMALE
        return PersonInput(
            first_name="Anna" if female else "Jan",
            last_name="Pomiarowa" if female else "Pomiarowy", pesel=number,
            id_document_type=None, id_document_number=None, birth_date=None, sex=None,
            address=Address("Polna", str(self.rng.randrange(1, 90)), "", "66-999", "Lipowiec"),
            phone="")

    def refer(self, person_id: uuid.UUID, team: Team, reason: str) -> uuid.UUID:
        """The desk's intake with a referral; the receiving team accepts it: the case id."""
        received = dt.datetime.combine(office_today() - dt.timedelta(days=2), dt.time(10))
        result = self.services.intake.record(self.desk, IntakeInput(
            person_id=person_id, received_at=received, channel=Channel.IN_PERSON,
            problem="Utrata pracy, brak środków na opał.", grounds=(Ground.POVERTY,),
            outcome=IntakeOutcome.REFERRED, refer_to=team, referral_reason=reason))
        taker = self.benefits if team is Team.BENEFITS else self.social_worker
        assert result.referral_id is not None
        return self.services.referrals.accept(taker, result.referral_id).id

    def household(self) -> None:
        """A household's way through the office: registered at the desk (three persons),
        referred to benefits (accepted, an application with two incomes) and to social work
        (accepted, an interview and a note)."""
        s = self.services
        head = self.client(Sex.FEMALE, 40)
        members = [MemberInput(Relation.SPOUSE, self.client(Sex.MALE, 42)),
                   MemberInput(Relation.CHILD, self.client(Sex.FEMALE, 10))]
        person_id = s.persons.register_household(self.desk, head, members)
        self.refer(person_id, Team.BENEFITS, "Wniosek o zasiłek celowy.")
        start = office_today() - dt.timedelta(days=2)
        app = s.applications.register(self.benefits, ApplicationInput(
            person_id=person_id, received_on=start, form=BenefitForm.PURPOSE,
            purpose="zakup opału na okres zimowy",
            requested_from=add_months(start.replace(day=1), 1)))
        s.applications.set_incomes(self.benefits, app.id, [
            IncomeInput(person_id, "wynagrodzenie", Decimal("900.00")),
            IncomeInput(person_id, "zasiłek rodzinny", Decimal("215.00"))])
        case_id = self.refer(person_id, Team.SOCIAL_WORK, "Praca socjalna z rodziną.")
        s.social_work.add_note(self.social_worker, case_id, NoteKind.INTERVIEW, office_today(),
                               "Wywiad środowiskowy w miejscu zamieszkania. " * 8)
        s.social_work.add_note(self.social_worker, case_id, NoteKind.NOTE, office_today(),
                               "Ustalono plan pracy z rodziną na najbliższy miesiąc.")

    def referral(self) -> str:
        """The desk registers one person and refers them to benefits: their PESEL."""
        person = self.client(Sex.MALE, 35)
        person_id = self.services.persons.register_household(self.desk, person, [])
        received = office_now().replace(microsecond=0) - dt.timedelta(minutes=5)
        self.services.intake.record(self.desk, IntakeInput(
            person_id=person_id, received_at=received, channel=Channel.IN_PERSON,
            problem="Brak środków na leki.", grounds=(Ground.POVERTY,),
            outcome=IntakeOutcome.REFERRED, refer_to=Team.BENEFITS,
            referral_reason="Wniosek o zasiłek celowy."))
        return person.pesel or ""


def writer(db: Path, log: Path, changes: int, apart: float, send: bool, seed: int,
           start: float) -> None:
    services = Services.open(f"sqlite:///{db}")
    exchange = ExchangeService(services.db)
    staff = Staff(services, seed, set())
    rng = random.Random(seed)
    next_round = start
    next_write = time.time() + rng.uniform(0.2, 2 * apart)
    written = 0
    while written < changes:
        if next_round <= next_write:
            time.sleep(max(0.0, next_round - time.time()))
            exchange.sync()
            next_round += POLL_SECONDS
            continue
        time.sleep(max(0.0, next_write - time.time()))
        pesel = staff.referral()
        committed = time.time()
        if send:
            exchange.send()
        with log.open("a") as out:
            out.write(f"{pesel} {committed}\n")
        written += 1
        next_write = time.time() + rng.uniform(0.2, 2 * apart)
    # Keep polling long enough for the last change to go out.
    time.sleep(max(0.0, next_round - time.time()))
    exchange.sync()
    services.close()


def reader(db: Path, log: Path, start: float, expect: int, until: float) -> None:
    services = Services.open(f"sqlite:///{db}")
    exchange = ExchangeService(services.db)
    desk = Actor.of(next(u for u in services.office.users() if u.login == "anowicka"))
    seen: dict[str, float] = {}
    rounds: list[float] = []
    next_round = start
    while time.time() < until and len(seen) < expect:
        time.sleep(max(0.0, next_round - time.time()))
        start = time.time()
        exchange.sync()
        done = time.time()
        rounds.append(done - start)
        next_round += POLL_SECONDS
        if not log.exists():
            continue
        for line in log.read_text().splitlines():
            pesel, committed = line.split()
            if pesel not in seen and services.persons.search(desk, pesel):
                seen[pesel] = done - float(committed)
    services.close()
    emit({"latency": list(seen.values()), "rounds": rounds})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("role", choices=("writer", "reader"))
    parser.add_argument("db", type=Path)
    parser.add_argument("log", type=Path)
    parser.add_argument("--changes", type=int, default=30)
    parser.add_argument("--seconds-apart", type=float, default=3.0)
    parser.add_argument("--send", action="store_true")
    parser.add_argument("--start", type=float, required=True, help="epoch of the first round")
    parser.add_argument("--until", type=float, default=0.0, help="the reader gives up then")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    if args.role == "writer":
        writer(args.db, args.log, args.changes, args.seconds_apart, args.send, args.seed,
               args.start)
    else:
        reader(args.db, args.log, args.start, args.changes, args.until)
    return 0


if __name__ == "__main__":
    sys.exit(main())
