"""One PC of the office at work, run as its own process by the exchange tests.

    python -m tests.exchange.pc DB setup              an office: a desk, benefits, an admin and the head
    python -m tests.exchange.pc DB refer PESEL         register a person, refer to benefits
    python -m tests.exchange.pc DB phone PESEL NUMBER  change the person's phone
    python -m tests.exchange.pc DB accept-all          benefits accepts every waiting referral
    python -m tests.exchange.pc DB show PESEL          JSON: the person, the inbox, the cases
    python -m tests.exchange.pc DB person PESEL|DOC    register (a passport number: no PESEL)
    python -m tests.exchange.pc DB intake PERSON_ID    the desk records an intake of the person
    python -m tests.exchange.pc DB merge SURVIVOR DUP  the head merges DUP into SURVIVOR
    python -m tests.exchange.pc DB persons ID…         JSON: merged_into_id of each, the ids
                                                      each table's references name, the
                                                      desk's search, the conflict entries
    python -m tests.exchange.pc DB apply PESEL         benefits registers an application
    python -m tests.exchange.pc DB incomes PESEL SOURCE AMOUNT   replace its incomes whole
    python -m tests.exchange.pc DB assess PESEL        JSON: its incomes and the family income
    python -m tests.exchange.pc DB draft PESEL TEXT    prepare its draft grant
    python -m tests.exchange.pc DB drafts              the drafts the head may sign
    python -m tests.exchange.pc DB sign ID             the head signs: "signed" or the refusal
    python -m tests.exchange.pc DB conflicts           JSON: the head's open conflict entries
    python -m tests.exchange.pc DB take FIELD          the head takes that entry's other value

Prints JSON on its last line.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    DecisionKind,
    DecisionStatus,
    PaymentMethod,
    Role,
    Team,
)
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
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
            head = services.office.add_user("head", "Barbara Żółkiewska", "Kierownik Ośrodka",
                                            frozenset({Role.COORDINATOR}))
            services.office.grant_authorisation(head, "Zarządzenie nr 12/2025",
                                                dt.date(2025, 1, 2))
            return "ok"
        desk, benefits = _actor(services, "desk"), _actor(services, "benefits")
        if action in ("person", "intake", "merge", "persons"):
            return _merging(services, desk, action, *args)
        if action in _BENEFITS:
            return _BENEFITS[action](services, benefits, _actor(services, "head"), *args)
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
def _application(services: Services, benefits: Actor, pesel: str) -> object:
    person_id = services.persons.search(benefits, pesel)[0].id
    return next(a.id for a in services.applications.page(benefits)
                if a.person_id == person_id)


def _apply(services: Services, benefits: Actor, _head: Actor, pesel: str) -> object:
    person_id = services.persons.search(benefits, pesel)[0].id
    app = services.applications.register(benefits, ApplicationInput(
        person_id=person_id, received_on=wall_today(), form=BenefitForm.PERMANENT,
        unable_to_work=True, requested_from=_next_month()))
    services.applications.set_incomes(benefits, app.id,
                                      [IncomeInput(person_id, "emerytura", Decimal("500"))])
    return str(app.id)


def _next_month() -> dt.date:
    return add_months(wall_today().replace(day=1), 1)


def _incomes(services: Services, benefits: Actor, _head: Actor, pesel: str, source: str,
             amount: str) -> object:
    person_id = services.persons.search(benefits, pesel)[0].id
    services.applications.set_incomes(benefits, _application(services, benefits, pesel),
                                      [IncomeInput(person_id, source, Decimal(amount))])
    return "ok"


def _assess(services: Services, benefits: Actor, _head: Actor, pesel: str) -> object:
    app_id = _application(services, benefits, pesel)
    return {"incomes": [[i.source, str(i.amount)]
                        for i in services.applications.incomes(benefits, app_id)],
            "family_income": str(services.applications.assess(benefits, app_id).family_income)}


def _draft(services: Services, benefits: Actor, _head: Actor, pesel: str, text: str) -> object:
    return str(services.decisions.prepare(benefits, DecisionInput(
        application_id=_application(services, benefits, pesel), kind=DecisionKind.GRANT,
        amount=Decimal("813.00"), period_from=_next_month(), period_to=None,
        payment_method=PaymentMethod.CASH, bank_account=None, reasoning=text)).id)


def _drafts(services: Services, _benefits: Actor, head: Actor) -> object:
    return [str(d.id) for d in services.decisions.page(head, DecisionStatus.DRAFT)]


def _sign(services: Services, _benefits: Actor, head: Actor, decision_id: str) -> object:
    import uuid

    try:
        services.decisions.sign(head, uuid.UUID(decision_id))
    except DomainError as exc:
        return exc.code
    return "signed"


def _conflicts(services: Services, _benefits: Actor, head: Actor) -> object:
    return [{"field": c.field, "kept": c.kept_value, "lost": c.lost_value,
             "kept_named": c.name_of(c.kept_value), "lost_named": c.name_of(c.lost_value)}
            for c in services.exchange_inbox.conflicts(head)]


def _take(services: Services, _benefits: Actor, head: Actor, field: str) -> object:
    entry = next(c for c in services.exchange_inbox.conflicts(head) if c.field == field)
    services.exchange_inbox.take_lost_value(head, entry.id)
    return "ok"


_BENEFITS = {"apply": _apply, "incomes": _incomes, "assess": _assess, "draft": _draft,
             "drafts": _drafts, "sign": _sign, "conflicts": _conflicts, "take": _take}


def _phone(services: Services, actor: Actor, person_id: object) -> str:
    return services.persons.file(actor, person_id).phone  # type: ignore[arg-type]


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:]), ensure_ascii=False, default=str))
