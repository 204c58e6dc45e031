"""An office's staff at work, simulated: `ops-desktop simulate --db FILE --actions N --seed S`.

Random staff of the office who hold the needed roles do realistic work through the same
services a worker uses: the desk registers households and records intakes, teams accept or
return referrals, benefits registers applications, records incomes (or «brak dochodów»),
prepares decisions and withdrawals, the head signs, social workers write notes, and the desk
corrects phones and addresses – of a few well-known clients, so that PCs of an office working
apart edit one field at once. It feeds the exchange's tests (tests/exchange/test_simulation.py)
and shows an administrator what an office's day does to a database.

Deterministic for a seed and the database's state: every choice comes from one generator,
and what it chooses from is read in a fixed order. A refusal a person would see (a typed
error of domain/errors.py or a storage problem) is counted by its code; anything else is a
bug and goes up. What was committed is reported action by action (`Committed`), with the
ids and values written, and for an edited field the clock stamp it got on an office's PC.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_now, wall_today
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import (
    BenefitForm,
    Channel,
    DecisionKind,
    DecisionStatus,
    IntakeOutcome,
    NoteKind,
    PaymentMethod,
    ReferralStatus,
    Relation,
    Role,
    Sex,
    Team,
    WithdrawalManner,
)
from ops_desktop.services.applications import ApplicationInput, IncomeInput
from ops_desktop.services.context import Actor
from ops_desktop.services.decisions import DecisionInput
from ops_desktop.services.demo_story import SURNAMES, born, make_pesel
from ops_desktop.services.hub import Services
from ops_desktop.services.intake import IntakeInput
from ops_desktop.services.persons import MemberInput
from ops_desktop.services.withdrawal import WithdrawalInput
from ops_desktop.storage import demo_names as names
from ops_desktop.storage.bulk_demo import GRANT_REASONING, NOTE_TEXTS, RETURN_REASONS
from ops_desktop.storage.change_feed import field_stamps
from ops_desktop.storage.errors import StorageEnvironmentError

# How often each kind of work comes, roughly as in an office's day.
WEIGHTS: dict[str, int] = {
    "register": 12, "intake": 12, "accept": 12, "return": 2, "application": 8, "incomes": 8,
    "draft": 7, "sign": 7, "note": 8, "edit_phone": 10, "edit_address": 5, "withdraw": 2,
}
# The clients whose data is corrected are the office's regulars: the first few persons of
# these surnames, so that PCs working apart often correct the same one.
def _stem(pair: tuple[str, str]) -> str:
    """What the desk types to find both forms of a surname: "Kowalsk" for Kowalski/-ska."""
    male, female = pair
    n = 0
    while n < min(len(male), len(female)) and male[n] == female[n]:
        n += 1
    return male[:n]


# The office's clients come from a few families, so the desk finds whom it searches for.
FAMILIES = SURNAMES[:8]
REGULAR_SURNAMES = tuple(_stem(s) for s in FAMILIES[:3])
REGULARS = 4
STREETS = ("Polna", "Leśna", "Słoneczna", "Krótka", "Szkolna", "Ogrodowa", "Lipowa")
PERSON_FIELDS = ("phone", "street", "building", "flat", "postal_code", "city")


@dataclass(frozen=True)
class Committed:
    """One action that was committed: what it wrote, for a later check on every PC.

    rows: {"table", "id", "values"} – rows that exist from now on with these values (facts
    that never change: a PESEL, a number, a note's text, a signed act);
    fields: {"table", "id", "field", "value", "stamp", "base"} – an edited field and its
    clock stamp (None on a standalone PC);
    replaces: an application whose incomes or draft this action replaced (the earlier
    ones then legitimately vanish)."""

    index: int
    kind: str
    login: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    fields: list[dict[str, Any]] = field(default_factory=list)
    replaces: str | None = None
    incomes: list[list[str]] | None = None

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class Outcome:
    done: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    idle: int = 0  # nothing to work on (an empty inbox) and no desk work on this PC


class _Nothing(Exception):
    """The chosen kind of work has nothing to work on now (an empty inbox)."""


def _row(table: str, row_id: object, **values: Any) -> dict[str, Any]:
    return {"table": table, "id": str(row_id), "values": values}


class Simulation:
    """N actions of an office's day on one database, through the services."""

    def __init__(self, services: Services, seed: int) -> None:
        self.services = services
        self.rng = random.Random(seed)
        self.today = wall_today()
        users = sorted(services.office.users(self.today), key=lambda u: u.login)
        self.staff: dict[Role, list[tuple[str, Actor]]] = {}
        for user in users:
            for role in user.roles:
                self.staff.setdefault(role, []).append((user.login, Actor.of(user)))
        self.signers = [(u.login, Actor.of(u)) for u in users
                        if u.can_sign_today and Role.COORDINATOR in u.roles]
        self.signers = self.signers or [(u.login, Actor.of(u)) for u in users
                                        if u.can_sign_today
                                        and Actor.of(u).may(Permission.SIGN_DECISION)]

    def run(self, actions: int, report: Callable[[Committed], None],
            work: frozenset[str] = frozenset(WEIGHTS)) -> Outcome:
        """`work`: the kinds of work done on this PC (the head signs at her own desk)."""
        outcome = Outcome()
        kinds = [k for k in WEIGHTS if k in work]
        weights = [WEIGHTS[k] for k in kinds]
        if not kinds:
            return outcome
        for index in range(actions):
            kind = self.rng.choices(kinds, weights)[0]
            try:
                committed = self._do(index, kind)
            except _Nothing:
                if "register" not in work:
                    outcome.idle += 1
                    continue
                kind = "register"  # a quiet inbox: the desk has someone new instead
                committed = self._guarded(index, kind, outcome)
            except (DomainError, StorageEnvironmentError) as exc:
                outcome.refused[_code(exc)] += 1
                continue
            if committed is None:
                continue
            outcome.done[kind] += 1
            report(committed)
        return outcome

    def _guarded(self, index: int, kind: str, outcome: Outcome) -> Committed | None:
        try:
            return self._do(index, kind)
        except _Nothing:  # nobody at the desk either
            outcome.idle += 1
            return None
        except (DomainError, StorageEnvironmentError) as exc:
            outcome.refused[_code(exc)] += 1
            return None

    def _do(self, index: int, kind: str) -> Committed:
        return getattr(self, "_" + kind)(index)

    # --- who ---
    def _someone(self, role: Role) -> tuple[str, Actor]:
        people = self.staff.get(role)
        if not people:
            raise _Nothing(role.value)
        return self.rng.choice(people)

    def _pick(self, items: list[Any]) -> Any:
        if not items:
            raise _Nothing()
        return self.rng.choice(items)

    # --- the desk ---
    def _new_person(self, relation: Relation, surname: tuple[str, str], address: Address
                    ) -> PersonInput:
        sex = self.rng.choice((Sex.FEMALE, Sex.MALE))
        age = self.rng.randint(1, 17) if relation is Relation.CHILD else self.rng.randint(19, 88)
        birth = born(self.rng, self.today, age)
        first = self.rng.choice(names.MALE if sex is Sex.MALE else names.FEMALE)
        return PersonInput(first_name=first,
                           last_name=surname[0] if sex is Sex.MALE else surname[1],
                           pesel=make_pesel(self.rng, birth, sex), id_document_type=None,
                           id_document_number=None, birth_date=birth, sex=sex,
                           address=address, phone=self._phone() if age >= 16 else "")

    def _phone(self) -> str:
        return f"{self.rng.choice('5678')}{self.rng.randrange(10**7, 10**8)}"

    def _address(self) -> Address:
        return Address(self.rng.choice(STREETS), str(self.rng.randrange(1, 60)),
                       str(self.rng.randrange(1, 30)) if self.rng.random() < 0.5 else "",
                       "66-999", "Lipowiec")

    def _register(self, index: int) -> Committed:
        login, desk = self._someone(Role.FIRST_CONTACT)
        surname = self.rng.choice(FAMILIES)
        address = self._address()
        relations = [Relation.APPLICANT] + self.rng.choice(
            ([], [Relation.SPOUSE], [Relation.CHILD], [Relation.SPOUSE, Relation.CHILD]))
        people = [self._new_person(r, surname, address) for r in relations]
        head = self.services.persons.register_household(
            desk, people[0], [MemberInput(r, p) for r, p in zip(relations[1:], people[1:],
                                                                  strict=True)])
        members = self.services.persons.household(desk, head)
        return Committed(index, "register", login,
                         rows=[_row("persons", m.person_id, pesel=m.pesel) for m in members])

    def _someone_known(self, actor: Actor) -> uuid.UUID:
        found = self.services.persons.search(actor, _stem(self.rng.choice(FAMILIES)), limit=20)
        return self._pick([p.id for p in found])

    def _intake(self, index: int) -> Committed:
        login, desk = self._someone(Role.FIRST_CONTACT)
        person_id = self._someone_known(desk)
        story = self.rng.choice(names.STORIES)
        referred = self.rng.random() < 0.85
        result = self.services.intake.record(desk, IntakeInput(
            person_id=person_id, received_at=wall_now().replace(microsecond=0),
            channel=self.rng.choice((Channel.IN_PERSON, Channel.PHONE)), problem=story.problem,
            grounds=story.grounds,
            outcome=IntakeOutcome.REFERRED if referred else IntakeOutcome.INFORMATION,
            refer_to=story.team if referred else None,
            referral_reason=names.REFERRAL_REASONS[story.team.value] if referred else "",
            advice_given="" if referred else "Poinformowano o zasadach przyznawania pomocy."))
        rows = [_row("intakes", result.intake_id)]
        if result.referral_id is not None:
            rows.append(_row("referrals", result.referral_id, number=result.referral_number))
        return Committed(index, "intake", login, rows=rows)

    def _correct(self, index: int, kind: str,
                 change: Callable[[PersonInput], PersonInput]) -> Committed:
        login, desk = self._someone(Role.FIRST_CONTACT)
        first = self.rng.choice(REGULAR_SURNAMES)
        regulars: list[Any] = []
        # The regulars first; an office without any yet corrects whoever it has.
        for stem in (first, *REGULAR_SURNAMES, *(_stem(f) for f in FAMILIES)):
            regulars = self.services.persons.search(desk, stem, limit=REGULARS)
            if regulars:
                break
        person_id = self._pick([p.id for p in regulars])
        record = self.services.persons.for_correction(desk, person_id)
        new = change(record.data)
        self.services.persons.update_person(desk, person_id, new, record.version)
        changed = [f for f in PERSON_FIELDS if _person_field(new, f) != _person_field(
            record.data, f)]
        return Committed(index, kind, login, fields=self._stamped("persons", person_id, {
            f: _person_field(new, f) for f in changed}))

    def _edit_phone(self, index: int) -> Committed:
        return self._correct(index, "edit_phone",
                             lambda p: dataclasses.replace(p, phone=self._phone()))

    def _edit_address(self, index: int) -> Committed:
        return self._correct(index, "edit_address",
                             lambda p: dataclasses.replace(p, address=self._address()))

    def _stamped(self, table: str, row_id: uuid.UUID, values: dict[str, Any]
                 ) -> list[dict[str, Any]]:
        """The fields as written, each with the clock stamp it got (None when standalone)."""
        with self.services.db.session() as s:
            stamps = field_stamps(s.connection(), table, str(row_id))
        return [{"table": table, "id": str(row_id), "field": name, "value": value,
                 "stamp": stamps[name].stamp if name in stamps else None,
                 "base": stamps[name].base if name in stamps else None}
                for name, value in values.items()]

    # --- every team's inbox ---
    def _decide(self, index: int, accept: bool) -> Committed:
        team = self.rng.choice((Team.BENEFITS, Team.SOCIAL_WORK, Team.SERVICES))
        login, worker = self._someone(Role(team.value))
        referral = self._pick(self.services.referrals.inbox(worker, team.value, limit=20))
        # Two PCs apart may decide one referral both: its status is an edit like any other.
        if not accept:
            self.services.referrals.return_(worker, referral.id, self.rng.choice(RETURN_REASONS))
            return Committed(index, "return", login,
                             rows=[_row("referrals", referral.id, number=referral.number)],
                             fields=self._stamped("referrals", referral.id,
                                                  {"status": ReferralStatus.RETURNED.value}))
        case = self.services.referrals.accept(worker, referral.id)
        return Committed(index, "accept", login,
                         rows=[_row("referrals", referral.id, number=referral.number),
                               _row("cases", case.id, sign=case.sign)],
                         fields=self._stamped("referrals", referral.id,
                                              {"status": ReferralStatus.ACCEPTED.value}))

    def _accept(self, index: int) -> Committed:
        return self._decide(index, True)

    def _return(self, index: int) -> Committed:
        return self._decide(index, False)

    # --- benefits ---
    def _application(self, index: int) -> Committed:
        login, worker = self._someone(Role.BENEFITS)
        cases = self.services.referrals.cases(worker, Team.BENEFITS.value, limit=50)
        case = self._pick([c for c in cases if c.closed_on is None])
        story = self.rng.choice([s for s in names.STORIES if s.team is Team.BENEFITS])
        form = story.form or BenefitForm.PURPOSE
        app = self.services.applications.register(worker, ApplicationInput(
            person_id=case.person_id, received_on=self.today, form=form,
            purpose=story.purpose, unable_to_work=form is BenefitForm.PERMANENT,
            requested_from=add_months(self.today.replace(day=1), 1), grounds=story.grounds))
        return Committed(index, "application", login,
                         rows=[_row("applications", app.id), _row("cases", app.case_id,
                                                                  sign=app.case_sign)])

    def _open_application(self, worker: Actor) -> Any:
        return self._pick(self.services.applications.page(worker, open_only=True, limit=30))

    def _incomes(self, index: int) -> Committed:
        login, worker = self._someone(Role.BENEFITS)
        app = self._open_application(worker)
        if self.rng.random() < 0.2:
            self.services.applications.set_incomes(worker, app.id, [], no_income=True)
            return Committed(index, "incomes", login, replaces=str(app.id), incomes=[])
        members = self.services.persons.household(worker, app.person_id)
        lines = [IncomeInput(m.person_id, self.rng.choice(("wynagrodzenie", "emerytura",
                                                           "praca dorywcza", "renta")),
                             Decimal(self.rng.randrange(200, 2600, 10)))
                 for m in members if m.relation is not Relation.CHILD]
        self.services.applications.set_incomes(worker, app.id, lines)
        return Committed(index, "incomes", login, replaces=str(app.id),
                         incomes=[[str(i.person_id), i.source, str(i.amount)] for i in lines])

    def _draft(self, index: int) -> Committed:
        login, worker = self._someone(Role.BENEFITS)
        app = self._open_application(worker)
        a = self.services.applications.assess(worker, app.id)
        start = add_months(self.today.replace(day=1), 1)
        amount = a.amount if a.amount is not None else min(a.maximum or Decimal(300),
                                                            Decimal(300))
        grant = a.eligible
        data = DecisionInput(
            application_id=app.id, kind=DecisionKind.GRANT if grant else DecisionKind.REFUSAL,
            amount=amount if grant else None,
            period_from=start if grant and app.form is not BenefitForm.PURPOSE else None,
            period_to=(add_months(start, 3) - dt.timedelta(days=1)
                       if grant and app.form is BenefitForm.PERIODIC else None),
            payment_method=PaymentMethod.CASH, bank_account=None,
            reasoning=GRANT_REASONING if grant else
            "Dochód na osobę w rodzinie przekracza kryterium dochodowe.")
        draft = self.services.decisions.prepare(worker, data)
        return Committed(index, "draft", login, replaces=str(app.id),
                         rows=[_row("decisions", draft.id)])

    def _withdraw(self, index: int) -> Committed:
        login, worker = self._someone(Role.BENEFITS)
        app = self._open_application(worker)
        draft = self.services.decisions.prepare_discontinuance(worker, WithdrawalInput(
            app.id, self.today, self.rng.choice(tuple(WithdrawalManner))))
        return Committed(index, "withdraw", login, replaces=str(app.id),
                         rows=[_row("decisions", draft.id)])

    def _sign(self, index: int) -> Committed:
        if not self.signers:
            raise _Nothing("signer")
        login, head = self.rng.choice(self.signers)
        drafts = self.services.decisions.page(head, status=DecisionStatus.DRAFT, limit=30)
        signed = self.services.decisions.sign(head, self._pick(drafts).id)
        return Committed(index, "sign", login, rows=[_row(
            "decisions", signed.id, status=DecisionStatus.SIGNED.value,
            issued_on=signed.issued_on.isoformat() if signed.issued_on else None)])

    # --- social work ---
    def _note(self, index: int) -> Committed:
        login, worker = self._someone(Role.SOCIAL_WORK)
        cases = self.services.referrals.cases(worker, Team.SOCIAL_WORK.value, limit=50)
        case = self._pick([c for c in cases if c.closed_on is None])
        kind = self.rng.choice((NoteKind.INTERVIEW, NoteKind.HOME_VISIT, NoteKind.FAMILY_WORK,
                                NoteKind.NOTE))
        text = self.rng.choice(NOTE_TEXTS[kind])
        note = self.services.social_work.add_note(worker, case.id, kind, self.today, text)
        return Committed(index, "note", login, rows=[_row("social_work_notes", note.id,
                                                          text=note.text)])


def _person_field(p: PersonInput, name: str) -> str:
    return p.phone if name == "phone" else getattr(p.address, name)


def _code(exc: BaseException) -> str:
    if isinstance(exc, StorageEnvironmentError):
        return f"storage_{exc.problem.value}"
    code = exc.code  # type: ignore[attr-defined]
    errors = getattr(exc, "errors", None)
    if code == "validation" and errors:
        return "validation:" + ",".join(sorted({e.code for e in errors}))
    return str(code)


def committed_lines(outcome: Outcome) -> Iterator[str]:
    """What the command prints: per kind of work how many were done, and the refusals."""
    for kind in WEIGHTS:
        yield f"{kind}: {outcome.done.get(kind, 0)}"
    if outcome.idle:
        yield f"Bez pracy (puste skrzynki): {outcome.idle}"
    refused = ", ".join(f"{c}={n}" for c, n in sorted(outcome.refused.items())) or "brak"
    yield f"Odmowy ({sum(outcome.refused.values())}): {refused}"


__all__ = ["WEIGHTS", "Committed", "Outcome", "Simulation", "committed_lines"]
