"""One PC of the office at work, run as its own process by the exchange tests.

    python -m tests.exchange.pc DB setup              an office with a desk and benefits user
    python -m tests.exchange.pc DB refer PESEL         register a person, refer to benefits
    python -m tests.exchange.pc DB phone PESEL NUMBER  change the person's phone
    python -m tests.exchange.pc DB accept-all          benefits accepts every waiting referral
    python -m tests.exchange.pc DB show PESEL          JSON: the person, the inbox, the cases
    python -m tests.exchange.pc DB add-head            a head (merges persons) in the office
    python -m tests.exchange.pc DB person PESEL|DOC    register (a passport number: no PESEL)
    python -m tests.exchange.pc DB intake PERSON_ID    the desk records an intake of the person
    python -m tests.exchange.pc DB merge SURVIVOR DUP  the head merges DUP into SURVIVOR
    python -m tests.exchange.pc DB persons ID…         JSON: merged_into_id of each, the ids
                                                      each table's references name, the
                                                      desk's search, the conflict entries

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
        if action == "add-head":
            services.office.add_user("head", "Barbara Żółkiewska", "Kierownik Ośrodka",
                                     frozenset({Role.COORDINATOR}))
            return "ok"
        desk, benefits = _actor(services, "desk"), _actor(services, "benefits")
        if action in ("person", "intake", "merge", "persons"):
            return _merging(services, desk, action, *args)
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


def _merging(services: Services, desk: Actor, action: str, *args: str) -> object:
    """The actions of two records of one person and their merge (storage/person_merge.py)."""
    import datetime as dt
    import uuid

    from sqlalchemy import select

    from ops_desktop.domain.vocabulary import IdDocumentType
    from ops_desktop.storage import person_merge
    from ops_desktop.storage.models import PersonRow, SyncConflictRow

    if action == "person":
        data = person(pesel=args[0]) if args[0].isdigit() else person(
            pesel=None, id_document_type=IdDocumentType.PASSPORT, id_document_number=args[0],
            birth_date=dt.date(1944, 5, 14))
        return str(services.persons.register_household(desk, data, []))
    if action == "intake":
        return str(services.intake.record(desk, referral_intake(uuid.UUID(args[0]))).intake_id)
    if action == "merge":
        head = _actor(services, "head")
        return str(services.person_merge.merge(head, uuid.UUID(args[0]), uuid.UUID(args[1]))
                   .survivor_id)
    ids = [uuid.UUID(a) for a in args]
    with services.db.session() as s:
        tables: dict[str, list[str]] = {}
        for table, column in person_merge.references():
            cls = person_merge._classes()[table]
            named = s.scalars(select(getattr(cls, column)).where(getattr(cls, column).in_(ids)))
            if found := sorted(str(n) for n in named):
                tables[f"{table}.{column}"] = found
        merged = {str(i): str(s.get(PersonRow, i).merged_into_id)  # type: ignore[union-attr]
                  for i in ids}
        entries = sorted((e.row_id, e.field, e.kept_value, e.lost_value)
                         for e in s.scalars(select(SyncConflictRow)))
    found = [str(p.id) for p in services.persons.search(desk, "Żółkiewski Jan")]
    return {"merged_into": merged, "tables": tables, "found": found, "entries": entries}


def _phone(services: Services, actor: Actor, person_id: object) -> str:
    return services.persons.file(actor, person_id).phone  # type: ignore[arg-type]


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:]), ensure_ascii=False, default=str))
