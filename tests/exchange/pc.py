"""One PC of the office at work, run as its own process by the exchange tests.

    python -m tests.exchange.pc DB setup              an office with a desk and benefits user
    python -m tests.exchange.pc DB refer PESEL         register a person, refer to benefits
    python -m tests.exchange.pc DB phone PESEL NUMBER  change the person's phone
    python -m tests.exchange.pc DB accept-all          benefits accepts every waiting referral
    python -m tests.exchange.pc DB show PESEL          JSON: the person, the inbox, the cases

Prints JSON on its last line.
"""

from __future__ import annotations

import json
import sys

from ops_desktop.domain.vocabulary import Role, Team
from ops_desktop.services.context import Actor
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from tests.services.helpers import person, referral_intake


def _actor(services: Services, login: str) -> Actor:
    user = next(u for u in services.office.users() if u.login == login)
    return Actor.of(user)


def _person_id(services: Services, actor: Actor, pesel: str) -> object:
    return services.persons.search(actor, pesel)[0].id


def main(db: str, action: str, *args: str) -> object:
    services = Services.open(f"sqlite:///{db}")
    try:
        if action == "setup":
            services.office.save_settings(SETTINGS)
            services.office.add_user("desk", "Anna Nowicka", "pracownik socjalny",
                                     frozenset({Role.FIRST_CONTACT}))
            services.office.add_user("benefits", "Piotr Zieliński", "specjalista",
                                     frozenset({Role.BENEFITS}))
            services.office.add_user("admin", "Robert Krawczyk", "informatyk",
                                     frozenset({Role.ADMINISTRATOR}))
            return "ok"
        desk, benefits = _actor(services, "desk"), _actor(services, "benefits")
        if action == "refer":
            pid = services.persons.register_household(desk, person(pesel=args[0]), [])
            result = services.intake.record(desk, referral_intake(pid, Team.BENEFITS))
            return {"person": str(pid), "referral": result.referral_number}
        if action == "phone":
            pid = _person_id(services, desk, args[0])
            services.persons.update_person(desk, pid, person(pesel=args[0], phone=args[1]))
            return "ok"
        if action == "accept-all":
            inbox = services.referrals.inbox(benefits, Team.BENEFITS.value)
            return [services.referrals.accept(benefits, r.id).sign for r in inbox]
        if action == "show":
            pid = _person_id(services, desk, args[0])
            file = services.persons.search(desk, args[0])[0]
            inbox = services.referrals.inbox(benefits, Team.BENEFITS.value)
            cases = services.referrals.cases(benefits, Team.BENEFITS.value)
            return {"person": str(pid), "phone": _phone(services, desk, pid),
                    "found": file.last_name,
                    "inbox": [r.number for r in inbox], "cases": [c.sign for c in cases]}
        raise SystemExit(f"unknown action {action}")
    finally:
        services.close()


def _phone(services: Services, actor: Actor, person_id: object) -> str:
    return services.persons.file(actor, person_id).phone  # type: ignore[arg-type]


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:]), ensure_ascii=False, default=str))
