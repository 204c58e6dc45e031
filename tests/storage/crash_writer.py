"""A desk that never stops saving, for the crash tests: real use cases on a real file.

After each use case returns – that is, after its COMMIT – the writer reports one line:

    household <applicant id hex> <number of members>
    intake <intake id hex> <referral id hex>
    viewed <person id hex>              (only with `audit=True`: the person's file was read)

The test kills the writer with SIGKILL at a random moment and then requires every reported
record to be in the file, whole. A line is written only after the commit, so a record may be
in the file without having been reported (killed between COMMIT and the write), never the
other way round.

Run it on its own with `python -m tests.storage.crash_writer URL [FIRST_NUMBER]` (lines go
to stdout), or call `run` in a forked child with a pipe as the report.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
import uuid
from collections.abc import Callable

from ops_desktop.domain.person import PersonInput
from ops_desktop.domain.vocabulary import Relation, Role
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from tests.services.helpers import person, referral_intake

Report = Callable[[str], None]

READY = "ready"
LOGIN = "crash-desk"
NAME, POSITION = "Anna Nowicka", "pracownik socjalny"
ROLES = frozenset({Role.FIRST_CONTACT})
# Numbers a writer may use for PESELs; each run takes its own block (see `pesel_for`).
BLOCK = 100_000
MEMBER_RELATIONS = (Relation.SPOUSE, Relation.CHILD)
_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
_FIRST_BIRTH_DATE = dt.date(1960, 1, 1)


def pesel_for(number: int) -> str:
    """A valid PESEL, different for every `number` below 10 000 × 10 000 days."""
    birth = _FIRST_BIRTH_DATE + dt.timedelta(days=number // 10_000)
    if not 1900 <= birth.year < 2000:  # the month is written plainly only in the 1900s
        raise ValueError(f"number {number} gives a birth date outside the 1900s")
    digits = f"{birth.year % 100:02}{birth.month:02}{birth.day:02}{number % 10_000:04}"
    check = (10 - sum(w * int(d) for w, d in zip(_WEIGHTS, digits, strict=True)) % 10) % 10
    return digits + str(check)


def prepare(services: Services) -> uuid.UUID:
    """Office settings and the writer's desk worker; the id of that user (made once per file)."""
    for user in services.office.users():
        if user.login == LOGIN:
            return user.id
    services.office.save_settings(SETTINGS)
    return services.office.add_user(LOGIN, NAME, POSITION, ROLES)


def household(number: int, members: int | None = None) -> tuple[PersonInput, list[MemberInput]]:
    """Jadwiga Kowalska alone, with her husband, or with her husband and son.

    PESELs `number`, `number + 1`, `number + 2`; without `members`, `number` chooses how many.
    """
    applicant = person("Jadwiga", "Kowalska", pesel_for(number))
    family = [
        MemberInput(relation, person(first, "Kowalski", pesel_for(number + 1 + i)))
        for i, (relation, first) in enumerate(zip(MEMBER_RELATIONS, ("Jan", "Tomasz"), strict=True))
    ]
    return applicant, family[: number % 3 if members is None else members]


def run(url: str, report: Report, user_id: uuid.UUID, first_number: int = 0,
        audit: bool = False, seconds: float = 30.0) -> int:
    """Save households and intakes until killed (or `seconds` pass); returns how many saved.

    `first_number` must differ by at least BLOCK between runs on one file (PESELs repeat
    otherwise). With `audit` the person's file is also read after each save, the path that
    writes access entries to the audit log.
    """
    services = Services.open(url)
    actor = Actor(user_id, NAME, POSITION, ROLES)
    report(READY)
    deadline = time.monotonic() + seconds
    number, saved = first_number, 0
    try:
        while time.monotonic() < deadline:
            if number + 3 > first_number + BLOCK:
                raise RuntimeError("the writer ran out of PESELs in its block")
            applicant, members = household(number)
            number += 3
            person_id = services.persons.register_household(actor, applicant, members)
            report(f"household {person_id.hex} {1 + len(members)}")
            result = services.intake.record(actor, referral_intake(person_id))
            assert result.referral_id is not None  # a referred intake always has one
            report(f"intake {result.intake_id.hex} {result.referral_id.hex}")
            if audit:
                services.persons.file(actor, person_id)
                report(f"viewed {person_id.hex}")
            saved += 1
    finally:
        services.close()
    return saved


def pipe_report(fd: int) -> Report:
    """Lines written straight to a pipe: one write(2) each, nothing waits in a buffer."""
    def report(line: str) -> None:
        os.write(fd, (line + "\n").encode("ascii"))
    return report


def stdout_report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def child(url: str, fd: int, user_id: uuid.UUID, first_number: int, audit: bool) -> None:
    """Entry point of a forked child: report through the pipe `fd`."""
    run(url, pipe_report(fd), user_id, first_number, audit)


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        sys.stderr.write("usage: python -m tests.storage.crash_writer URL [FIRST_NUMBER]\n")
        return 2
    url = argv[0]
    first_number = int(argv[1]) if len(argv) == 2 else 0
    services = Services.open(url)
    try:
        user_id = prepare(services)
    finally:
        services.close()
    run(url, stdout_report, user_id, first_number)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
