"""Ten years of a whole city's office history, generated at SQL level for demonstration and load.

`generate_history` fills a store that has the demo office's settings and staff (and no
persons yet) with households, intakes, referrals, cases, applications, incomes, decisions
and social-work notes from January 2016 to today, deterministic for a seed and a day.

It writes with SQLAlchemy Core `insert()` statements compiled once and executed many rows
at a time, values already in their stored form (UUID hex, ISO dates): the ORM, and with it
the audit log's flush listener, is bypassed on purpose – generated history is not office
activity, and logging millions of invented changes would only bury the log. One audit
event at the end says that the history was generated, so the chain stays sound.

Signed decisions go in as drafts with their frozen party and office, and are then signed
in bulk, each with its signing entry carrying the act's hash (storage/acts.py): the store
takes no signed act without one, and `ops-desktop verify` checks every act against it.
"""

from __future__ import annotations

import datetime as dt
import json
import functools
import random
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.dialects import sqlite as sqlite_dialect

from ops_desktop.domain import benefits
from ops_desktop.domain import pesel as pesel_rules
from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.law import LawBook, LawParameters, default_lawbook
from ops_desktop.domain.money import to_grosze
from ops_desktop.domain.text import fold
from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
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
    Team,
)
from ops_desktop.storage import acts, audit
from ops_desktop.storage.database import Database
from ops_desktop.storage.demo_names import FEMALE, MALE, PROBLEMS, REFERRAL_REASONS, SURNAMES
from ops_desktop.storage.models import (
    ApplicationRow,
    AuthorisationRow,
    CaseRow,
    DecisionRow,
    HouseholdMemberRow,
    HouseholdRow,
    IncomeRow,
    IntakeRow,
    InterviewLinkRow,
    InterviewRow,
    PersonRow,
    ReferralRow,
    Setting,
    SignCounterRow,
    SocialWorkNoteRow,
    UserRow,
)

HISTORY_START = dt.date(2016, 1, 4)
BATCH = 20_000
TRACKED = ("id", "created_at", "updated_at", "created_by", "updated_by", "version", "deleted_at")

# Town or village, postal code, streets (a village without streets numbers its houses).
PLACES: tuple[tuple[str, str, tuple[str, ...], int], ...] = (
    ("Lipowiec", "66-999", ("Polna", "Leśna", "Słoneczna", "Krótka", "Szkolna", "Ogrodowa",
                            "Lipowa", "Kościuszki", "Mickiewicza", "Żeromskiego", "Łąkowa",
                            "Kolejowa", "Rynek", "Ogrodowa", "Sienkiewicza", "Chopina",
                            "Kwiatowa", "Parkowa", "Wojska Polskiego", "Armii Krajowej"), 62),
    ("Lipowiec-Osiedle", "66-997", ("Osiedle Słoneczne", "Osiedle Młodych", "Brzozowa",
                                    "Sosnowa", "Jaśminowa"), 14),
    ("Zagórze", "66-998", (), 6), ("Dębina", "66-998", (), 5), ("Stara Wieś", "66-996", (), 5),
    ("Łęgi", "66-996", (), 4), ("Wólka Lipowska", "66-995", (), 4),
)
PLACE_WEIGHTS = tuple(p[3] for p in PLACES)
SIZE_WEIGHTS = ((1, 38), (2, 24), (3, 15), (4, 11), (5, 6), (6, 3.5), (7, 1.6), (8, 0.9))
CHANNEL_WEIGHTS = ((Channel.IN_PERSON, 60), (Channel.PHONE, 18), (Channel.LETTER, 7),
                   (Channel.ELECTRONIC, 9), (Channel.EX_OFFICIO, 6))
PURPOSES = ("zakup opału na okres zimowy", "zakup leków", "zakup żywności",
            "opłacenie zaległego czynszu", "zakup odzieży i obuwia dla dzieci",
            "zakup podręczników i wyprawki szkolnej", "pokrycie kosztów leczenia",
            "opłacenie rachunku za energię elektryczną")
INCOME_SOURCES = ("wynagrodzenie", "renta", "emerytura", "zasiłek rodzinny", "alimenty",
                  "zasiłek dla bezrobotnych", "praca dorywcza", "dodatek mieszkaniowy")
NOTE_TEXTS: dict[NoteKind, tuple[str, ...]] = {
    NoteKind.INTERVIEW: (
        "Przeprowadzono rodzinny wywiad środowiskowy w miejscu zamieszkania. Warunki "
        "mieszkaniowe skromne, mieszkanie ogrzewane piecem kaflowym.",
        "Wywiad środowiskowy: rodzina utrzymuje się z niskich dochodów, zgłasza zadłużenie "
        "w opłatach za media.",
        "Aktualizacja wywiadu środowiskowego. Sytuacja bez istotnych zmian, utrzymuje się "
        "potrzeba wsparcia finansowego."),
    NoteKind.HOME_VISIT: (
        "Wizyta w miejscu zamieszkania. Osoba w dobrym kontakcie, porządek zachowany.",
        "Monitoring sytuacji rodziny: dzieci uczęszczają do szkoły, zapasy opału wystarczające.",
        "Wizyta niezapowiedziana, nie zastano nikogo w domu. Pozostawiono wezwanie."),
    NoteKind.FAMILY_WORK: (
        "Rozmowa motywująca do podjęcia pracy, omówiono oferty z urzędu pracy.",
        "Ustalono plan pomocy: uregulowanie zaległości czynszowych w ratach.",
        "Pomoc w sporządzeniu wniosku o orzeczenie o stopniu niepełnosprawności."),
    NoteKind.NOTE: (
        "Kontakt telefoniczny, osoba poinformowana o terminie wizyty.",
        "Notatka służbowa: przekazano informację o możliwości skorzystania z pomocy żywnościowej.",
        "Osoba zgłosiła się osobiście, dostarczyła zaświadczenie o dochodach."),
    NoteKind.NIEBIESKA_KARTA: (
        "Posiedzenie grupy diagnostyczno-pomocowej w ramach procedury Niebieska Karta. "
        "Ustalono plan pomocy i termin kolejnego spotkania.",),
}
ADVICE = ("Poinformowano o zasadach przyznawania pomocy.",
          "Wskazano punkt nieodpłatnej pomocy prawnej.",
          "Przekazano informację o programie pomocy żywnościowej.")
RETURN_REASONS = ("Sprawa nie należy do właściwości zespołu – proszę o ponowną rozmowę "
                  "diagnostyczną.", "Brak kompletu informacji o sytuacji rodziny.")
GRANT_REASONING = ("Przeprowadzony rodzinny wywiad środowiskowy potwierdził trudną sytuację "
                   "bytową rodziny.")
HISTORIC_ORDER = "Zarządzenie nr 14/2016 Burmistrza Miasta i Gminy Lipowiec"

_ODD = (1, 3, 5, 7, 9)
_EVEN = (0, 2, 4, 6, 8)


def _ts(value: dt.datetime) -> str:
    """A timestamp as SQLAlchemy stores it in SQLite (microseconds always written)."""
    return value.isoformat(" ", "microseconds")


@functools.cache
def _search_name(last_name: str, first_name: str) -> str:
    """The folded search key; a city has few distinct name pairs, so each is folded once."""
    return fold(f"{last_name} {first_name}")


def _zl(grosze: int) -> str:
    """'1 234,56 zł' as the office writes money (no i18n import in the storage layer)."""
    whole, part = divmod(grosze, 100)
    return f"{whole:,}".replace(",", "\u00a0") + f",{part:02d} zł"


def _iban(rng: random.Random) -> str:
    bban = f"{rng.randrange(10**7, 10**8)}{rng.randrange(10**15, 10**16)}"  # bank + account
    check = 98 - int(bban + "252100") % 97
    return f"PL{check:02d}{bban}"


@dataclass
class Staff:
    """The users the history is written by, found by role in the store."""

    desk: list[str]
    by_team: dict[str, list[str]]
    benefits: list[str]
    social: list[str]
    signers: list[tuple[str, str, str]]  # id hex, full name, position
    current_orders: dict[str, tuple[dt.date, str]]  # signer id → (valid_from, order number)
    names: tuple[tuple[str, str], ...] = ()  # id hex, full name of everyone


@dataclass
class _Case:
    id: str
    person: str
    team: str
    klass: str
    opened: dt.date
    created: dt.datetime
    author: str
    closed: dt.date | None = None
    sign: str = ""
    last_activity: dt.date = field(default=dt.date.min)


@dataclass
class _Referral:
    row: list[Any]
    received: dt.datetime


@dataclass
class _Decision:
    row: list[Any]
    case: _Case


class _Tables:
    """Compiled INSERT statements and row buffers, flushed in big executemany batches."""

    def __init__(self, conn: Connection, tables: dict[str, tuple[Table, tuple[str, ...]]]) -> None:
        self.conn = conn
        dialect = sqlite_dialect.dialect(paramstyle="qmark")
        self.sql: dict[str, str] = {}
        for name, (table, cols) in tables.items():
            compiled = insert(table).compile(dialect=dialect, column_keys=list(cols))
            # Rows are plain tuples: their order must be the statement's.
            assert list(compiled.positiontup or ()) == list(cols), name
            self.sql[name] = str(compiled)
        self.rows: dict[str, list[Sequence[Any]]] = {name: [] for name in tables}
        self.counts: dict[str, int] = dict.fromkeys(tables, 0)

    def add(self, name: str, row: Sequence[Any]) -> None:
        buffer = self.rows[name]
        buffer.append(row)
        if len(buffer) >= BATCH:
            self.flush(name)

    def flush(self, name: str | None = None) -> None:
        for key in ([name] if name else list(self.rows)):
            buffer = self.rows[key]
            if buffer:
                self.conn.exec_driver_sql(self.sql[key], buffer)  # type: ignore[arg-type]
                self.counts[key] += len(buffer)
                buffer.clear()


def _cols(*own: str) -> tuple[str, ...]:
    return own + TRACKED


TABLES: dict[str, tuple[Table, tuple[str, ...]]] = {
    "households": (HouseholdRow.__table__, _cols()),  # type: ignore[dict-item]
    "persons": (PersonRow.__table__, _cols(  # type: ignore[dict-item]
        "first_name", "last_name", "search_name", "pesel", "birth_date", "sex", "street",
        "building", "flat", "postal_code", "city", "phone", "household_id")),
    "household_members": (HouseholdMemberRow.__table__, _cols(  # type: ignore[dict-item]
        "household_id", "person_id", "relation", "position")),
    "intakes": (IntakeRow.__table__, _cols(  # type: ignore[dict-item]
        "person_id", "received_at", "channel", "reported_by", "problem", "grounds",
        "other_ground", "urgent", "outcome", "advice_given", "worker_id")),
    "cases": (CaseRow.__table__, _cols(  # type: ignore[dict-item]
        "person_id", "team_code", "sign", "opened_on", "closed_on")),
    "referrals": (ReferralRow.__table__, _cols(  # type: ignore[dict-item]
        "person_id", "intake_id", "number", "from_team", "to_team", "reason", "urgent",
        "status", "decided_at", "decided_by", "return_reason", "case_id")),
    "applications": (ApplicationRow.__table__, _cols(  # type: ignore[dict-item]
        "person_id", "case_id", "received_on", "form", "status", "purpose", "unable_to_work",
        "requested_from", "requested_to", "no_income_declared_at")),
    "incomes": (IncomeRow.__table__, _cols(  # type: ignore[dict-item]
        "application_id", "person_id", "source", "amount_grosze")),
    "decisions": (DecisionRow.__table__, _cols(  # type: ignore[dict-item]
        "application_id", "person_id", "case_sign", "kind", "form", "amount_grosze",
        "period_from", "period_to", "payment_method", "bank_account", "purpose", "reasoning",
        "household_size", "income_per_person_grosze", "criterion_grosze", "law_valid_from",
        "status", "issued_on", "signed_at", "signed_by", "signatory_name",
        "signatory_position", "authorisation_number", "party_name", "party_address",
        "party_pesel", "office_snapshot", "law_source")),
    "social_work_notes": (SocialWorkNoteRow.__table__, _cols(  # type: ignore[dict-item]
        "case_id", "person_id", "kind", "noted_on", "text", "author_id")),
    # The family interview each decision rests on (art. 106 ust. 4), on the social-work case,
    # and its link to the application: written late, after the cases.
    "interviews": (InterviewRow.__table__, _cols(  # type: ignore[dict-item]
        "case_id", "person_id", "kind", "form_valid_from", "learned_on", "urgent",
        "conducted_on", "place", "worker_id", "worker_name", "answers", "status",
        "completed_at")),
    "interview_links": (InterviewLinkRow.__table__, _cols(  # type: ignore[dict-item]
        "application_id", "interview_id")),
}
# What a bulk interview says: the compulsory segments (resources/law/interview_form.json).
INTERVIEW_ANSWERS = json.dumps({
    "A": {"address": "w miejscu zamieszkania", "family": "wg rejestru ośrodka",
          "family_size": "1"},
    "H": {"needs": "Pomoc pieniężna.", "expectations": "Zasiłek."},
    "I": {"diagnosis": "Niewystarczające dochody.", "conclusions": "Zasadne rozpatrzenie wniosku."},
    "J": {"plan": "Rozpatrzenie wniosku; praca socjalna."},
}, ensure_ascii=False, sort_keys=True)
INTERVIEW_FORM = dt.date(2021, 11, 11)  # the one questionnaire the program knows


def _staff(conn: Connection, today: dt.date) -> Staff:
    users = conn.execute(select(UserRow.__table__.c.id, UserRow.__table__.c.full_name,
                                UserRow.__table__.c.position, UserRow.__table__.c.roles)
                         .where(UserRow.__table__.c.active.is_(True))).all()
    by_role: dict[str, list[tuple[str, str, str]]] = {}
    for uid, name, position, roles in users:
        for role in filter(None, str(roles).split(",")):
            by_role.setdefault(role, []).append((uid.hex, name, position))
    a = AuthorisationRow.__table__.c
    orders: dict[str, tuple[dt.date, str]] = {}
    for uid, valid_from, order in conn.execute(
            select(a.user_id, a.valid_from, a.order_number)
            .where(a.deleted_at.is_(None), a.valid_from <= today)
            .where((a.valid_to.is_(None)) | (a.valid_to >= today))):
        orders[uid.hex] = (valid_from, order)
    missing = [r for r in (Role.FIRST_CONTACT, Role.BENEFITS, Role.SOCIAL_WORK, Role.SERVICES)
               if r.value not in by_role]
    if missing or not orders:
        raise DomainError("demo_staff_missing", ", ".join(m.value for m in missing) or "signer")
    everyone = {u[0]: u for members in by_role.values() for u in members}
    return Staff(
        desk=[u[0] for u in by_role[Role.FIRST_CONTACT.value]],
        by_team={t.value: [u[0] for u in by_role[t.value]]
                 for t in (Team.BENEFITS, Team.SOCIAL_WORK, Team.SERVICES)},
        benefits=[u[0] for u in by_role[Role.BENEFITS.value]],
        social=[u[0] for u in by_role[Role.SOCIAL_WORK.value]],
        signers=[everyone[uid] for uid in sorted(orders)],
        current_orders=orders,
        names=tuple((uid, u[1]) for uid, u in everyone.items()),
    )


class _Generator:
    def __init__(self, conn: Connection, rng: random.Random, today: dt.date, staff: Staff,
                 classes: dict[str, str], sign_unit: str, office_snapshot: str,
                 lawbook: LawBook) -> None:
        self.t = _Tables(conn, TABLES)
        self.rng = rng
        self.today = today
        self.staff = staff
        self.classes = classes
        self.sign_unit = sign_unit
        self.office_snapshot = office_snapshot
        self.lawbook = lawbook
        self.law_start = lawbook.periods[0].valid_from
        # Time-ordered ids in the UUIDv7 layout: today's milliseconds and a counter, so
        # ids are unique, deterministic, and append to the end of every primary-key index.
        millis = int(dt.datetime.combine(today, dt.time()).replace(tzinfo=dt.UTC).timestamp()
                     * 1000)
        self._id_prefix = (millis << 80) | (0x7 << 76) | (0x2 << 62)
        self._id_count = 0
        self.pesel_used: dict[tuple[int, bool], int] = {}
        self.cases: list[_Case] = []
        self.referrals: list[_Referral] = []
        self.decisions: list[_Decision] = []
        # (application, person, social-work case, learned on, conducted on) of each decision
        self.interviewed: list[tuple[str, str, _Case, dt.date, dt.date]] = []
        self.signed = 0
        self.start_ord = HISTORY_START.toordinal()
        self.last_ord = today.toordinal() - 1

    def new_id(self) -> str:
        self._id_count += 1
        return f"{self._id_prefix | self._id_count:032x}"

    def tracked(self, created: dt.datetime, author: str | None,
                updated: dt.datetime | None = None, updated_by: str | None = None,
                row_id: str | None = None) -> tuple[Any, ...]:
        ts = _ts(created)
        return (row_id or self.new_id(), ts, _ts(updated) if updated else ts, author,
                updated_by or author, 1, None)

    # --- people ---
    def pesel(self, birth: dt.date, male: bool) -> str:
        """Unique by construction: the n-th person born that day of that sex gets serial n."""
        while True:
            key = (birth.toordinal(), male)
            n = self.pesel_used.get(key, 0)
            if n < 5000:
                self.pesel_used[key] = n + 1
                break
            birth += dt.timedelta(days=1)
        serial = (n % 1000 * 389 + key[0]) % 1000
        sex_digit = (_ODD if male else _EVEN)[(n // 1000 + key[0]) % 5]
        return pesel_rules.encode(birth, serial, sex_digit)

    def birth(self, age_from: float, age_to: float) -> dt.date:
        days = int(self.rng.uniform(age_from, age_to) * 365.25)
        return self.today - dt.timedelta(days=max(days, 1))

    def household(self, at_most: int) -> tuple[str, str, int]:
        """One household: persons, members, address; returns (household id, applicant id, size)."""
        rng = self.rng
        size = min(at_most, rng.choices([s for s, _ in SIZE_WEIGHTS],
                                        [w for _, w in SIZE_WEIGHTS])[0])
        surname = rng.choice(SURNAMES)
        place = rng.choices(PLACES, PLACE_WEIGHTS)[0]
        city, postal, streets, _ = place
        if streets:
            street, building = rng.choice(streets), str(rng.randrange(1, 120))
            flat = str(rng.randrange(1, 40)) if rng.random() < 0.55 else ""
        else:
            street, building, flat = "", str(rng.randrange(1, 160)), ""
        # (relation, male, birth, surname pair)
        people: list[tuple[Relation, bool, dt.date, tuple[str, str]]] = []
        if size == 1:
            head_age = rng.uniform(66, 95) if rng.random() < 0.4 else rng.uniform(19, 66)
            people.append((Relation.APPLICANT, rng.random() < 0.5, self.birth(head_age, head_age),
                           surname))
        else:
            elderly = size == 2 and rng.random() < 0.3
            head_age = rng.uniform(62, 90) if elderly else rng.uniform(22, 58)
            couple = elderly or rng.random() < 0.72
            head_male = rng.random() < 0.5 if couple else rng.random() < 0.2
            people.append((Relation.APPLICANT, head_male, self.birth(head_age, head_age), surname))
            if couple:
                spouse_age = max(19.0, head_age + rng.uniform(-6, 6))
                relation = Relation.SPOUSE if rng.random() < 0.78 else Relation.PARTNER
                own = surname if relation is Relation.SPOUSE and rng.random() < 0.9 \
                    else rng.choice(SURNAMES)
                people.append((relation, not head_male, self.birth(spouse_age, spouse_age), own))
            if size >= 5 and rng.random() < 0.3 and head_age < 65:
                age = min(95.0, head_age + rng.uniform(20, 32))
                people.append((Relation.PARENT, rng.random() < 0.35, self.birth(age, age),
                               surname if rng.random() < 0.6 else rng.choice(SURNAMES)))
            oldest_child = max(0.5, min(head_age - 18, 26))
            while len(people) < size:
                age = rng.uniform(0.1, oldest_child)
                people.append((Relation.CHILD if age < 25 or rng.random() < 0.5
                               else Relation.GRANDCHILD, rng.random() < 0.51,
                               self.birth(age, age), surname))
        household_id = self.new_id()
        created = self.first_contact(people[0][2])
        author = self.rng.choice(self.staff.desk)
        self.t.add("households", (household_id, _ts(created), _ts(created), author, author, 1,
                                  None))
        applicant = ""
        self.members: list[tuple[str, bool, dt.date, str, str, str, str]] = []
        for position, (relation, male, born, pair) in enumerate(people):
            first = rng.choice(MALE if male else FEMALE)
            last = pair[0] if male else pair[1]
            pesel = self.pesel(born, male)
            person_id = self.new_id()
            phone = f"{rng.choice('5678')}{rng.randrange(10**7, 10**8)}" \
                if position == 0 or (rng.random() < 0.4 and born.year < self.today.year - 16) else ""
            self.t.add("persons", (first, last, _search_name(last, first), pesel, born.isoformat(),
                                   "M" if male else "F", street, building, flat, postal, city,
                                   phone, household_id, person_id, _ts(created), _ts(created),
                                   author, author, 1, None))
            self.t.add("household_members", (household_id, person_id, relation.value, position)
                       + self.tracked(created, author))
            self.members.append((person_id, male, born, first, last, relation.value, pesel))
            if position == 0:
                applicant = person_id
        self.address = (street, building, flat, postal, city)
        self.created = created
        return household_id, applicant, size

    def first_contact(self, head_birth: dt.date) -> dt.datetime:
        adult = head_birth.replace(year=head_birth.year + 18) if not (
            head_birth.month == 2 and head_birth.day == 29) else dt.date(head_birth.year + 18, 3, 1)
        first = max(self.start_ord, adult.toordinal())
        # Newer years bring more first contacts (the office grew): skewed towards today.
        span = max(self.last_ord - first, 0)
        day = dt.date.fromordinal(first + int(span * self.rng.random() ** 0.8))
        return self.moment(day)

    def moment(self, day: dt.date) -> dt.datetime:
        if day.weekday() >= 5:  # the office is closed at weekends
            day -= dt.timedelta(days=day.weekday() - 4)
        day = max(day, HISTORY_START)
        return dt.datetime.combine(day, dt.time(self.rng.randrange(7, 15),
                                                self.rng.randrange(0, 60),
                                                self.rng.randrange(0, 60)))

    # --- the history of one household ---
    def history(self, applicant: str, size: int) -> None:
        rng = self.rng
        at = self.created
        open_cases: dict[str, _Case] = {}
        contacts = 1
        while contacts < 6 and rng.random() < 0.35:
            contacts += 1
        for n in range(contacts):
            if n:
                later = at.date() + dt.timedelta(days=rng.randrange(60, 900))
                if later.toordinal() > self.last_ord:
                    break
                at = self.moment(later)
            self.intake(applicant, size, at, open_cases)
        for case in open_cases.values():
            # Many cases end some months after the last work on them.
            end = case.last_activity + dt.timedelta(days=rng.randrange(90, 540))
            if end < self.today and rng.random() < 0.7:
                case.closed = end

    def intake(self, applicant: str, size: int, at: dt.datetime,
               open_cases: dict[str, _Case]) -> None:
        rng, staff = self.rng, self.staff
        problem, grounds = rng.choice(PROBLEMS)
        worker = rng.choice(staff.desk)
        referred = rng.random() < 0.85
        urgent = rng.random() < 0.08
        channel = rng.choices([c for c, _ in CHANNEL_WEIGHTS], [w for _, w in CHANNEL_WEIGHTS])[0]
        intake_id = self.new_id()
        self.t.add("intakes", (
            applicant, _ts(at), channel.value,
            "Dzielnicowy" if channel is Channel.EX_OFFICIO else "", problem,
            ",".join(g.value for g in grounds), "", urgent,
            (IntakeOutcome.REFERRED if referred else IntakeOutcome.INFORMATION).value,
            "" if referred else rng.choice(ADVICE), worker,
            intake_id, _ts(at), _ts(at), worker, worker, 1, None))
        if not referred:
            return
        roll = rng.random()
        team = (Team.BENEFITS if roll < 0.55 else Team.SOCIAL_WORK if roll < 0.85
                else Team.SERVICES).value
        recent = at.toordinal() > self.last_ord - 30
        roll = rng.random()
        status = (ReferralStatus.PENDING if recent and roll < 0.4
                  else ReferralStatus.RETURNED if roll > 0.93 else ReferralStatus.ACCEPTED)
        referral = [applicant, intake_id, "", Team.FIRST_CONTACT.value, team,
                    REFERRAL_REASONS[team], urgent,
                    status.value, None, None, "", None, self.new_id(), _ts(at), _ts(at), worker,
                    worker, 1, None]
        self.referrals.append(_Referral(referral, at))
        if status is ReferralStatus.PENDING:
            return
        decided = at + dt.timedelta(days=rng.randrange(0, 8), hours=rng.randrange(0, 3))
        if decided.date().toordinal() > self.last_ord:
            decided = dt.datetime.combine(self.today - dt.timedelta(days=1), decided.time())
        team_worker = rng.choice(staff.by_team[team])
        referral[8], referral[9] = _ts(decided), team_worker
        referral[14], referral[16], referral[17] = _ts(decided), team_worker, 2
        if status is ReferralStatus.RETURNED:
            referral[10] = rng.choice(RETURN_REASONS)
            return
        case = self.case_for(applicant, team, decided, team_worker, open_cases)
        referral[11] = case.id
        if team == Team.BENEFITS.value:
            self.benefits_work(applicant, size, case, decided, open_cases)
        else:
            social = self.case_for(applicant, Team.SOCIAL_WORK.value, decided,
                                   rng.choice(staff.social), open_cases)
            self.notes(applicant, social, decided.date(), team == Team.SOCIAL_WORK.value)

    def case_for(self, person: str, team: str, at: dt.datetime, author: str,
                 open_cases: dict[str, _Case]) -> _Case:
        case = open_cases.get(team)
        if case is None or (case.closed is not None):
            case = _Case(self.new_id(), person, team, self.classes[team], at.date(), at, author,
                         last_activity=at.date())
            open_cases[team] = case
            self.cases.append(case)
        return case

    def notes(self, person: str, case: _Case, start: dt.date, ongoing: bool) -> None:
        """A community interview first; for the social-work team's own cases, further work."""
        rng = self.rng
        author = rng.choice(self.staff.social)
        day = start + dt.timedelta(days=rng.randrange(1, 14))
        kinds = [NoteKind.INTERVIEW]
        if ongoing:
            kinds += rng.choices((NoteKind.HOME_VISIT, NoteKind.FAMILY_WORK, NoteKind.NOTE,
                                  NoteKind.NIEBIESKA_KARTA), (40, 30, 27, 3),
                                 k=rng.randrange(0, 7))
        for kind in kinds:
            if day.toordinal() > self.last_ord:
                break
            at = self.moment(day)
            self.t.add("social_work_notes", (case.id, person, kind.value, day.isoformat(),
                                             rng.choice(NOTE_TEXTS[kind]), author)
                       + self.tracked(at, author))
            case.last_activity = max(case.last_activity, day)
            day += dt.timedelta(days=rng.randrange(14, 120))

    # --- benefits ---
    def benefits_work(self, person: str, size: int, case: _Case, accepted: dt.datetime,
                      open_cases: dict[str, _Case]) -> None:
        rng = self.rng
        received = accepted.date()
        count = 1 + (rng.random() < 0.45) + (rng.random() < 0.25) + (rng.random() < 0.1)
        head = self.members[0]
        for _ in range(count):
            if received.toordinal() > self.last_ord:
                break
            start = add_months(received.replace(day=1), 1)
            try:
                params = self.lawbook.in_force(start)
            except DomainError:
                params = None  # before the first period of the law the program knows
            if params is not None:
                social = self.case_for(person, Team.SOCIAL_WORK.value, accepted,
                                       rng.choice(self.staff.social), open_cases)
                self.notes(person, social, received - dt.timedelta(days=rng.randrange(0, 10)),
                           False)
                self.application(person, size, case, received, start, params, head, social)
                case.last_activity = max(case.last_activity, received)
            received = received + dt.timedelta(days=rng.randrange(90, 400))

    def application(self, person: str, size: int, case: _Case, received: dt.date,
                    start: dt.date, params: LawParameters,
                    head: tuple[str, bool, dt.date, str, str, str, str],
                    social: _Case) -> None:
        rng = self.rng
        worker = rng.choice(self.staff.benefits)
        age = (start - head[2]).days / 365.25
        retired = age >= (params.retirement_age_men if head[1] else params.retirement_age_women)
        unable = retired or rng.random() < 0.12
        if unable and rng.random() < 0.6:
            form = BenefitForm.PERMANENT
        else:
            form = rng.choices((BenefitForm.PERIODIC, BenefitForm.PURPOSE,
                                BenefitForm.SPECIAL_PURPOSE), (45, 42, 13))[0]
        purpose = rng.choice(PURPOSES) if form in (BenefitForm.PURPOSE,
                                                   BenefitForm.SPECIAL_PURPOSE) else ""
        criterion = params.single_criterion if size == 1 else params.family_criterion
        # Per-person income mostly below the criterion, so most applications are granted.
        family = int(to_grosze(criterion) * size * rng.uniform(0.0, 1.25) ** 1.3) // 1000 * 1000
        earners = [m for m in self.members if (start - m[2]).days > 18 * 365] or self.members[:1]
        shares = [rng.random() for _ in earners] if size > 1 else [1.0]
        total = sum(shares) or 1.0
        lines = [(m[0], int(family * s / total) // 100 * 100) for m, s in zip(earners, shares,
                                                                            strict=True)]
        lines = [line for line in lines if line[1] > 0]
        created = self.moment(received)
        app_id = self.new_id()
        for person_id, amount in lines:
            self.t.add("incomes", (app_id, person_id, rng.choice(INCOME_SOURCES), amount)
                       + self.tracked(created, worker))
        family_total = sum(a for _, a in lines)
        own = sum(a for p, a in lines if p == person)
        household = benefits.HouseholdIncome(size, Decimal(family_total) / 100, Decimal(own) / 100)
        a = benefits.assess(form, params, household, unable_to_work=unable)
        # What happened to it: old applications were decided (or withdrawn); recent ones may
        # still wait for a decision or have a draft.
        recent = received.toordinal() > self.last_ord - 45
        roll = rng.random()
        if recent:
            state = "none" if roll < 0.35 else "draft" if roll < 0.7 else "signed"
        else:
            state = "withdrawn" if roll < 0.04 else "draft" if roll < 0.045 else "signed"
        issued = received + dt.timedelta(days=rng.randrange(3, 30))
        if issued.toordinal() > self.last_ord:
            issued = self.today - dt.timedelta(days=1)
        if issued.weekday() >= 5:
            issued -= dt.timedelta(days=issued.weekday() - 4)
        issued = max(issued, received)
        status = (ApplicationStatus.DECIDED if state == "signed"
                  else ApplicationStatus.WITHDRAWN if state == "withdrawn"
                  else ApplicationStatus.REGISTERED)
        decided_at = self.moment(issued)
        self.t.add("applications", (
            person, case.id, received.isoformat(), form.value, status.value, purpose, unable,
            start.isoformat(), None,
            # A household with no income line was declared to have none (a saved fact).
            None if lines else _ts(created))
            + self.tracked(created, worker, decided_at if state == "signed" else None,
                           row_id=app_id))
        if state in ("none", "withdrawn"):
            return
        self.interviewed.append((app_id, person, social, received, min(issued, received
                                 + dt.timedelta(days=rng.randrange(1, 10)))))
        self.decision(app_id, person, case, form, a, start, household, purpose, worker,
                      created, issued if state == "signed" else None)

    def decision(self, app_id: str, person: str, case: _Case, form: BenefitForm,
                 a: benefits.Assessment, start: dt.date, household: benefits.HouseholdIncome,
                 purpose: str, worker: str, created: dt.datetime, issued: dt.date | None) -> None:
        rng = self.rng
        amount: int | None = None
        period_from = period_to = None
        if a.eligible:
            kind = DecisionKind.GRANT
            reasoning = GRANT_REASONING
            if form is BenefitForm.PERMANENT:
                assert a.amount is not None
                amount, period_from = to_grosze(a.amount), start
            elif form is BenefitForm.PERIODIC:
                assert a.minimum is not None and a.maximum is not None
                low, high = to_grosze(a.minimum), to_grosze(a.maximum)
                amount = max(low, min(high, (low + int((high - low) * rng.random())) // 100 * 100))
                period_from = start
                period_to = add_months(start, rng.choice((3, 3, 4, 6))) - dt.timedelta(days=1)
            elif form is BenefitForm.SPECIAL_PURPOSE:
                assert a.maximum is not None
                amount = min(to_grosze(a.maximum), rng.randrange(20, 150) * 1000)
            else:
                amount = rng.randrange(10, 100) * 1000
        else:
            kind = DecisionKind.REFUSAL
            reasoning = (f"Dochód na osobę w rodzinie ({_zl(to_grosze(household.per_person_rounded))})"
                         f" nie mieści się w kryterium dochodowym ({_zl(to_grosze(a.criterion))}).")
        by_bank = kind is DecisionKind.GRANT and rng.random() < 0.65
        row: list[Any] = [
            app_id, person, "", kind.value, form.value, amount,
            period_from.isoformat() if period_from else None,
            period_to.isoformat() if period_to else None,
            (PaymentMethod.BANK_TRANSFER if by_bank else PaymentMethod.CASH).value,
            _iban(rng) if by_bank else None, purpose, reasoning, household.members,
            to_grosze(household.per_person_rounded), to_grosze(a.criterion),
            a.params.valid_from.isoformat(),
            DecisionStatus.DRAFT.value, None, None, None, "", "", "", "", "", None, "",
            a.params.source,
        ] + list(self.tracked(created, worker))
        if issued is not None:
            signer_id, name, position = rng.choice(self.staff.signers)
            valid_from, order = self.staff.current_orders[signer_id]
            if issued < valid_from:
                order = HISTORIC_ORDER
            signed_at = self.moment(issued)
            street, building, flat, postal, city = self.address
            number = building + (f"/{flat}" if flat else "")
            first_line = f"ul. {street} {number}" if street else f"{city} {number}"
            head = self.members[0]
            row[16:27] = [DecisionStatus.SIGNED.value, issued.isoformat(), _ts(signed_at),
                          signer_id, name, position, order, f"{head[3]} {head[4]}",
                          f"{first_line}\n{postal} {city}", head[6], self.office_snapshot]
            row[30], row[32] = _ts(signed_at), signer_id
            self.signed += 1
        self.decisions.append(_Decision(row, case))

    # --- numbering and the last tables ---
    def number(self) -> dict[tuple[str, int], int]:
        """Case signs and referral numbers in order of date within each register and year."""
        last: dict[tuple[str, int], int] = {}
        self.cases.sort(key=lambda c: (c.opened, c.created, c.id))
        for case in self.cases:
            key = (f"case.{case.klass}", case.opened.year)
            last[key] = last.get(key, 0) + 1
            case.sign = f"{self.sign_unit}.{case.klass}.{last[key]}.{case.opened.year}"
        self.referrals.sort(key=lambda r: (r.received, r.row[12]))
        for referral in self.referrals:
            key = ("referral", referral.received.year)
            last[key] = last.get(key, 0) + 1
            referral.row[2] = f"SK/{last[key]}/{referral.received.year}"
        return last

    def write_late_tables(self) -> None:
        """Cases, referrals and decisions: written once their signs and numbers are known."""
        for case in self.cases:
            created = _ts(case.created)
            self.t.add("cases", (case.person, case.team, case.sign, case.opened.isoformat(),
                                 case.closed.isoformat() if case.closed else None, case.id,
                                 created, created, case.author, case.author, 1, None))
        self.t.flush("cases")
        for referral in self.referrals:
            self.t.add("referrals", tuple(referral.row))
        signed: list[uuid.UUID] = []
        for decision in self.decisions:
            decision.row[2] = decision.case.sign
            if decision.row[16] == DecisionStatus.SIGNED.value:
                # Written as a draft and signed below with its signing entry, as the store
                # requires of every signed act (storage/acts.py).
                decision.row[16] = DecisionStatus.DRAFT.value
                signed.append(_uuid(decision.row[len(TABLES["decisions"][1]) - len(TRACKED)]))
            self.t.add("decisions", tuple(decision.row))
        self.t.flush()
        self.write_interviews()
        acts.sign_drafts(self.t.conn, signed)

    def write_interviews(self) -> None:
        """The completed interview each decision rests on, linked to its application."""
        names = dict(self.staff.names)
        for app_id, person, case, learned, conducted in self.interviewed:
            worker = case.author
            done = self.moment(conducted)
            interview_id = self.new_id()
            self.t.add("interviews", (
                case.id, person, "interview", INTERVIEW_FORM.isoformat(), learned.isoformat(),
                False, conducted.isoformat(), "w miejscu zamieszkania", worker,
                names.get(worker, ""), INTERVIEW_ANSWERS, "completed", _ts(done))
                + self.tracked(done, worker, row_id=interview_id))
            self.t.add("interview_links", (app_id, interview_id)
                       + self.tracked(done, worker, row_id=app_id))
        self.t.flush("interviews")
        self.t.flush("interview_links")


def _write_counters(conn: Connection, last: dict[tuple[str, int], int]) -> None:
    """Counters at least as high as the last number used, so the next sign follows on."""
    c = SignCounterRow.__table__.c
    for (register, year), number in sorted(last.items()):
        current = conn.execute(select(c.last_number).where(c.register == register,
                                                           c.year == year)).scalar()
        if current is None:
            conn.execute(insert(SignCounterRow).values(register=register, year=year,
                                                       last_number=number))
        elif current < number:
            conn.execute(update(SignCounterRow)
                         .where(c.register == register, c.year == year)
                         .values(last_number=number))


def _settings(conn: Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute(select(Setting.__table__.c.key,
                                                 Setting.__table__.c.value))}


def generate_history(db: Database, persons: int, office_snapshot: str, seed: int = 2026,
                     today: dt.date | None = None, lawbook: LawBook | None = None,
                     progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Generate exactly `persons` persons in households (the last one cut to fit) and their
    history into the store; returns the rows written per table, "signed" and "seconds".

    `office_snapshot` is the office's letterhead as JSON, as the decisions service freezes
    it into a decision when it is signed. The store must hold staff (first contact, benefits,
    social work, services, someone authorised to sign) and no persons.
    """
    begun = time.perf_counter()
    today = today or wall_today()
    lawbook = lawbook or default_lawbook()
    rng = random.Random(seed)
    # Other pooled connections would keep the file in WAL mode; generation wants it alone.
    db.engine.dispose()
    with db.engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(PersonRow.__table__)).scalar():
            raise DomainError("store_not_empty", "persons")
        staff = _staff(conn, today)
        settings = _settings(conn)
        conn.rollback()
        classes = {t.value: settings.get(f"class_{t.value}", default)
                   for t, default in ((Team.FIRST_CONTACT, "8300"), (Team.BENEFITS, "8310"),
                                      (Team.SOCIAL_WORK, "8301"), (Team.SERVICES, "8320"))}
        # Bulk-load settings on this connection only: nothing else uses the file meanwhile,
        # and a crash mid-way leaves a demo file to delete, not an office's data.
        for pragma in ("PRAGMA foreign_keys=OFF", "PRAGMA journal_mode=OFF",
                       "PRAGMA synchronous=OFF", "PRAGMA secure_delete=OFF",
                       "PRAGMA cache_size=-200000", "PRAGMA temp_store=MEMORY"):
            conn.exec_driver_sql(pragma)
        conn.commit()
        try:
            with conn.begin():
                g = _Generator(conn, rng, today, staff, classes, settings.get("sign_unit", "OPS"),
                               office_snapshot, lawbook)
                _historic_authorisations(g, conn)
                made = households = 0
                while made < persons:
                    # The last household is cut to fit: exactly `persons` persons.
                    _hid, applicant, size = g.household(persons - made)
                    g.history(applicant, size)
                    made += size
                    households += 1
                    if progress is not None and households % 10_000 == 0:
                        progress(made)
                g.t.flush()
                last = g.number()
                g.write_late_tables()
                _write_counters(conn, last)
        finally:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            conn.exec_driver_sql("PRAGMA synchronous=FULL")
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    counts = dict(g.t.counts)
    counts["signed"] = g.signed
    with db.session() as s:
        audit.record(s, None, "import", "demo_history", details={
            "persons": counts["persons"], "households": counts["households"], "seed": seed,
            "from": HISTORY_START.isoformat(), "to": today.isoformat()})
    counts["seconds"] = round(time.perf_counter() - begun)
    return counts


def _historic_authorisations(g: _Generator, conn: Connection) -> None:
    """Signers held an earlier authorisation since 2016: decisions of those years name it."""
    for signer_id, _name, _position in g.staff.signers:
        valid_from, _order = g.staff.current_orders[signer_id]
        if valid_from <= HISTORY_START:
            continue
        at = dt.datetime.combine(HISTORY_START, dt.time(9))
        conn.execute(insert(AuthorisationRow).values(
            id=_uuid(g.new_id()), user_id=_uuid(signer_id),
            scope="wydawanie decyzji administracyjnych w sprawach z zakresu pomocy społecznej",
            valid_from=HISTORY_START, valid_to=valid_from - dt.timedelta(days=1),
            order_number=HISTORIC_ORDER, created_at=at, updated_at=at, version=1))


def _uuid(hex_id: str) -> uuid.UUID:
    return uuid.UUID(hex=hex_id)
