"""A fictional office to learn and demonstrate on: the Gmina Lipowiec OPS with its staff and clients.

Everything is made through the same services a worker uses, so the demo data passes every
rule the program enforces. Deterministic for a given seed; dates are relative to today.
"""

from __future__ import annotations

import datetime as dt
import random

from argon2.exceptions import InvalidHashError, VerificationError

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.context import Actor
from ops_desktop.services.demo_care import add_care_services
from ops_desktop.services.demo_care_payments import add_care_payments
from ops_desktop.services.demo_deadlines import add_deadline_story
from ops_desktop.services.demo_blue_card import start_one_blue_card
from ops_desktop.services.demo_log import hand_over_one_case
from ops_desktop.services.demo_appeals import appeal_story
from ops_desktop.services.demo_orders import suspend_one_application
from ops_desktop.services.demo_packages import give_packages
from ops_desktop.services.demo_meals import meal_story
from ops_desktop.services.demo_placements import placement_story
from ops_desktop.services.demo_payments import payment_story
from ops_desktop.services.demo_undue import undue_story
from ops_desktop.services.demo_story import YEAR_DAYS, DemoStory, make_pesel
from ops_desktop.services.hub import Services
from ops_desktop.services.office import OfficeSettings
from ops_desktop.storage import queries
from ops_desktop.storage.key_slots import KeySlotError, KeySlots
from ops_desktop.storage.models import replayed_at

__all__ = ["DEMO_PASSWORD", "SETTINGS", "STAFF", "create_demo_office", "make_pesel",
           "refresh_demo_passwords"]

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

DEMO_MARK = "demo_office"


def refresh_demo_passwords(services: Services, default_demo_file: bool = False) -> int:
    """A demo file made before sign-in existed: give its staff the documented demo password,
    and on an encrypted demo file a key slot it opens.

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
        given = [u.login for u in rows]
        known = {u.login: u.password_hash for u in queries.users(s)}
    for login, name, position, roles, _authorised in STAFF:
        if login not in known and roles & {Role.ADMINISTRATOR, Role.AUDITOR}:
            services.office.add_user(login, name, position, roles,
                                     password_hash=services.accounts.hasher.hash(DEMO_PASSWORD))
            given.append(login)
    _give_slots(services, given + _demo_logins_without_slot(services, known, given))
    return len(rows)


def _demo_logins_without_slot(services: Services, hashes: dict[str, str | None],
                              given: list[str]) -> list[str]:
    """Staff of an encrypted demo file whom the demo password signs in but opens no slot
    for (a file made before its staff had slots); a login whose password was changed is left
    alone: the published password must not open the file for it."""
    slots = _slots(services)
    if slots is None:
        return []
    have = slots.logins() | set(given)
    return [login for login, *_ in STAFF
            if login not in have and _is_demo_password(services, hashes.get(login))]


def _is_demo_password(services: Services, password_hash: str | None) -> bool:
    if not password_hash:
        return False
    try:
        return bool(services.accounts.hasher.verify(password_hash, DEMO_PASSWORD))
    except (VerificationError, InvalidHashError):
        return False


def _slots(services: Services) -> KeySlots | None:
    db = services.db
    if db.key is None or db.file is None:
        return None  # a plain test file or a server: no slots
    try:
        return KeySlots.load(db.file)
    except KeySlotError as exc:
        if exc.code != "missing":
            raise
        return KeySlots.new(db.file, db.key)


def _give_slots(services: Services, logins: list[str]) -> None:
    """The demo password opens an encrypted demo file for each of `logins`: the staff are
    made with their hash directly, past the accounts service that keeps the slots."""
    slots = _slots(services)
    if slots is None or not logins or services.db.key is None:
        return
    for login in logins:
        slots.add_password(services.db.key, login, DEMO_PASSWORD)
    slots.save()


def create_demo_office(services: Services, households: int = 80, seed: int = 2026,
                       today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty store with the demo office; returns counts of what was made.

    The office's last twelve months are replayed in the order they happened
    (services/demo_story.py): each household comes to the desk on its day, its referral is
    taken or returned days later, applications are decided weeks after, social workers visit
    for months. What would come after `today` has not happened yet.
    """
    rng = random.Random(seed)
    today = today or wall_today()
    office = services.office
    # The office was set up, and its staff came, before the year the demo replays.
    with replayed_at(dt.datetime.combine(today - dt.timedelta(days=YEAR_DAYS + 14),
                                         dt.time(7, 0))):
        office.save_settings(SETTINGS)
        office.put_setting(DEMO_MARK, "1")
        actors, signers = _add_staff(services, rng, today)
    _give_slots(services, [login for login, *_ in STAFF])
    story = DemoStory(services, today, actors, signers)
    story.replay([story.household(random.Random(rng.random()), waiting=i % 10 == 9)
                  for i in range(households)])
    # Before the rest of today's work: the log's last entries are not all signings.
    story.counts["postanowienia"] = suspend_one_application(services, actors, signers)
    story.counts["handed_over"] = hand_over_one_case(services, actors)
    story.counts["care_bills"] = add_care_services(services, actors, today)
    story.counts["care_payments"] = add_care_payments(services, actors, today)
    story.counts["blue_cards"] = start_one_blue_card(services, actors, today)
    story.counts["payment_lists"] = payment_story(services, actors, today)
    story.counts["delay_notices"] = add_deadline_story(services, actors, today)
    story.counts["appeals"] = appeal_story(services, actors, signers, today)
    story.counts["packages"] = give_packages(services, actors, today)
    story.counts["undue_claims"] = undue_story(services, actors, signers, today)
    story.counts.update(placement_story(services, actors, today))
    story.counts.update(meal_story(services, actors, today))
    return story.counts


def _add_staff(services: Services, rng: random.Random, today: dt.date
               ) -> tuple[dict[Role, list[Actor]], list[Actor]]:
    """The staff by role, and those authorised to sign decisions."""
    office = services.office
    actors: dict[Role, list[Actor]] = {}
    signers: list[Actor] = []
    # One Argon2id hash for all demo staff: hashing ten times would only slow the demo down.
    password_hash = services.accounts.hasher.hash(DEMO_PASSWORD)
    # The authorisation to sign holds from before the first replayed decision.
    year = (today - dt.timedelta(days=400)).year
    for login, name, position, roles, authorised in STAFF:
        user_id = office.add_user(login, name, position, roles, password_hash=password_hash)
        if authorised:
            office.grant_authorisation(user_id, f"Zarządzenie nr {rng.randrange(10, 99)}/{year} "
                                       "Burmistrza Miasta i Gminy Lipowiec",
                                       dt.date(year, 1, 2))
        actor = Actor(user_id, name, position, roles)
        for role in roles:
            actors.setdefault(role, []).append(actor)
        if authorised:
            signers.append(actor)
    return actors, signers
