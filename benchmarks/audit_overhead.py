"""What the audit log costs on the write paths: the same work with the log on and off.

    python benchmarks/audit_overhead.py [--households N] [--cases K] [--warmup W]

On a demo office of N households, K cases per mode end to end – register a household, record
an intake referred to benefits, (accept, register the application, record incomes: untimed),
prepare a decision, sign it, open the person's file – with the audit log switched on and off
case by case in turn (`audit.ENABLED`), so a busy machine slows both alike; W cases per mode
run first, untimed. Prints per operation the median and 95th percentile with the log off
and on, the overhead of the medians in per cent, and the median time spent inside the audit
code itself during that operation (the rest of the overhead is SQLite's: the entries' rows
and indexes, and the commit). The file uses the program's own pragmas (WAL,
synchronous=FULL), so the figures include the commit the desk waits for.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from ops_desktop.domain.calendar import add_months  # noqa: E402
from ops_desktop.domain.clock import office_today  # noqa: E402
from ops_desktop.domain.person import Address, PersonInput  # noqa: E402
from ops_desktop.domain.vocabulary import (  # noqa: E402
    BenefitForm,
    Channel,
    DecisionKind,
    Ground,
    IntakeOutcome,
    PaymentMethod,
    Relation,
    Role,
    Sex,
    Team,
)
from ops_desktop.services.applications import ApplicationInput, IncomeInput  # noqa: E402
from ops_desktop.services.context import Actor  # noqa: E402
from ops_desktop.services.decisions import DecisionInput  # noqa: E402
from ops_desktop.services.demo import create_demo_office, make_pesel  # noqa: E402
from ops_desktop.services.hub import Services  # noqa: E402
from ops_desktop.services.intake import IntakeInput  # noqa: E402
from ops_desktop.services.persons import MemberInput  # noqa: E402
from ops_desktop.storage import audit  # noqa: E402

OPERATIONS = ("register household (3 persons)", "record intake + referral",
              "prepare decision", "sign decision", "open person's file (+ view entry)")


class Office:
    """The demo office's staff and a source of new, valid clients."""

    def __init__(self, services: Services, seed: int) -> None:
        self.services = services
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        users = services.office.users()

        def staff(login: str) -> Actor:
            return Actor.of(next(u for u in users if u.login == login))

        self.desk = staff("anowicka")
        self.signer = staff("kwisniewska")
        self.auditor = staff("iszymanska")
        assert Role.BENEFITS in self.signer.roles

    def client(self, sex: Sex, age: int) -> PersonInput:
        birth = office_today() - dt.timedelta(days=age * 365 + self.rng.randrange(1, 300))
        while True:
            number = make_pesel(self.rng, birth, sex)
            if number not in self.used:
                self.used.add(number)
                break
        return PersonInput(
            first_name="Anna" if sex is Sex.FEMALE else "Jan", last_name="Pomiarowa"
            if sex is Sex.FEMALE else "Pomiarowy", pesel=number, id_document_type=None,
            id_document_number=None, birth_date=None, sex=None,
            address=Address("Polna", str(self.rng.randrange(1, 90)), "", "66-999", "Lipowiec"),
            phone="")


def one_case(office: Office, times: dict[str, list[float]],
             inside: dict[str, list[float]] | None = None,
             clock: AuditClock | None = None) -> None:
    """A household from the desk to a signed decision; the timed steps go into `times`
    (and the share of each spent in the audit code into `inside`, given a clock)."""
    s = office.services

    def timed(name: str, action: Callable[[], object]) -> object:
        audit_before = clock.seconds if clock is not None else 0.0
        start = time.perf_counter()
        result = action()
        times[name].append((time.perf_counter() - start) * 1000)
        if inside is not None and clock is not None:
            inside[name].append((clock.seconds - audit_before) * 1000)
        return result

    head = office.client(Sex.FEMALE, 40)
    members = [MemberInput(Relation.SPOUSE, office.client(Sex.MALE, 42)),
               MemberInput(Relation.CHILD, office.client(Sex.FEMALE, 10))]
    person_id = timed(OPERATIONS[0], lambda: s.persons.register_household(office.desk, head, members))
    received = dt.datetime.combine(office_today() - dt.timedelta(days=2), dt.time(10, 0))
    result = timed(OPERATIONS[1], lambda: s.intake.record(office.desk, IntakeInput(
        person_id=person_id, received_at=received, channel=Channel.IN_PERSON,  # type: ignore[arg-type]
        problem="Utrata pracy, brak środków na opał.", grounds=(Ground.POVERTY,),
        outcome=IntakeOutcome.REFERRED, refer_to=Team.BENEFITS,
        referral_reason="Wniosek o zasiłek celowy.")))
    s.referrals.accept(office.signer, result.referral_id)  # type: ignore[attr-defined]
    start = received.date()
    app = s.applications.register(office.signer, ApplicationInput(
        person_id=person_id, received_on=start, form=BenefitForm.PURPOSE,  # type: ignore[arg-type]
        purpose="zakup opału na okres zimowy", requested_from=add_months(start.replace(day=1), 1)))
    s.applications.set_incomes(office.signer, app.id, [
        IncomeInput(person_id, "wynagrodzenie", Decimal("900.00"))])  # type: ignore[arg-type]
    draft = timed(OPERATIONS[2], lambda: s.decisions.prepare(office.signer, DecisionInput(
        application_id=app.id, kind=DecisionKind.GRANT, amount=Decimal("300.00"),
        period_from=None, period_to=None, payment_method=PaymentMethod.CASH, bank_account=None,
        reasoning="Pomoc na zakup opału.")))
    timed(OPERATIONS[3], lambda: s.decisions.sign(office.signer, draft.id))  # type: ignore[attr-defined]
    timed(OPERATIONS[4], lambda: s.persons.file(office.desk, person_id))  # type: ignore[arg-type]


class AuditClock:
    """Time spent inside the audit code itself (the flush listener and `record`).

    Wall-clock medians on a busy machine move by more than the log costs; this share does
    not depend on the disk, so it says what the code adds whatever the fsync costs.
    """

    def __init__(self) -> None:
        self.seconds = 0.0
        self._listener = audit._log_flush
        self._record = audit.record

    def install(self) -> None:
        def listener(session: Session, context: object) -> None:
            start = time.perf_counter()
            self._listener(session, context)  # type: ignore[arg-type]
            self.seconds += time.perf_counter() - start

        def record(*args: object, **kwargs: object) -> None:
            start = time.perf_counter()
            self._record(*args, **kwargs)  # type: ignore[arg-type]
            self.seconds += time.perf_counter() - start

        event.remove(Session, "after_flush", self._listener)
        event.listen(Session, "after_flush", listener)
        audit.record = record  # type: ignore[assignment]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--households", type=int, default=60, help="demo office to start from")
    parser.add_argument("--cases", type=int, default=60, help="cases per mode")
    parser.add_argument("--warmup", type=int, default=10, help="untimed cases per mode first")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    services = Services.open(f"sqlite:///{Path(tmp.name) / 'bench.sqlite'}")
    create_demo_office(services, households=args.households)
    office = Office(services, seed=7)
    for i in range(2 * max(args.warmup, 1)):  # caches, imports, the file's first pages
        audit.ENABLED = i % 2 == 0
        one_case(office, {name: [] for name in OPERATIONS})
    clock = AuditClock()
    clock.install()
    times: dict[bool, dict[str, list[float]]] = {
        mode: {name: [] for name in OPERATIONS} for mode in (True, False)}
    inside: dict[str, list[float]] = {name: [] for name in OPERATIONS}
    case_seconds = {True: 0.0, False: 0.0}
    clock.seconds = 0.0
    for i in range(2 * args.cases):
        # Case by case in turn (on, off, off, on, …) so a busy machine slows both modes alike.
        enabled = (i % 4) in (0, 3)
        audit.ENABLED = enabled
        start = time.perf_counter()
        one_case(office, times[enabled], inside if enabled else None, clock)
        case_seconds[enabled] += time.perf_counter() - start
    audit.ENABLED = True
    print(f"\naudit log overhead – {args.cases} cases per mode, ms "
          f"(median, 95th percentile; 'audit code': median inside audit.py)")
    print(f"{'operation':36} {'off med':>8} {'off p95':>8} {'on med':>8} {'on p95':>8} "
          f"{'overhead':>9} {'audit code':>11}")
    for name in OPERATIONS:
        off, on = times[False][name], times[True][name]
        off_median, on_median = statistics.median(off), statistics.median(on)
        print(f"{name:36} {off_median:8.2f} {p95(off):8.2f} {on_median:8.2f} {p95(on):8.2f} "
              f"{100 * (on_median - off_median) / off_median:8.1f}% "
              f"{statistics.median(inside[name]):11.3f}")
    write_off = sum(statistics.median(times[False][n]) for n in OPERATIONS[:4])
    write_on = sum(statistics.median(times[True][n]) for n in OPERATIONS[:4])
    write_inside = sum(statistics.median(inside[n]) for n in OPERATIONS[:4])
    print(f"{'write path, desk to signed decision':36} {write_off:8.2f} {'':8} {write_on:8.2f} "
          f"{'':8} {100 * (write_on - write_off) / write_off:8.1f}% {write_inside:11.3f}")
    inside_share = clock.seconds / case_seconds[True]
    print(f"\ntime inside the audit code: {1000 * clock.seconds / args.cases:.2f} ms per case, "
          f"{100 * inside_share:.1f}% of a case's wall time with the log on")
    start = time.perf_counter()
    report = services.audit.verify(office.auditor)
    took = time.perf_counter() - start
    print(f"chain check: {report.checked} entries in {took:.2f} s "
          f"({report.checked / took:,.0f} per second), intact: {report.ok}")
    services.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
