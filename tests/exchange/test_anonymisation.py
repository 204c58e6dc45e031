"""Retention anonymisation done on one PC of an office anonymises the person on every PC.

Three PCs: the head anonymises Jan on PC 1; PC 2 exchanges at once; PC 3 (a laptop) was away
and had changed Jan's phone and recorded an intake about him meanwhile. Afterwards no PC
holds Jan's name, PESEL, address, phone or narratives anywhere in its file – rows, conflict
entries, outbox, quarantine, the audit logs – the digests are equal and `verify` is ok.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from sqlalchemy import select

from ops_desktop.domain.clock import wall_now
from ops_desktop.domain.vocabulary import Channel, Ground, IntakeOutcome
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.services.intake import IntakeInput
from ops_desktop.storage.models import CaseRow, PersonRow, SyncConflictRow
from ops_desktop.storage.replica import Incoming, quarantine
from tests.exchange.conftest import sync_all
from tests.exchange.test_office import run
from tests.services.helpers import PESEL_MAN_1944, person
from tests.services.test_personal_data import (  # noqa: F401 (the fixture)
    CLOSED,
    IBAN,
    JAN_NOTE,
    JAN_PROBLEM,
    World,
    world,
)

PHONE_PC1, PHONE_PC2, PHONE_AWAY = "600100201", "600100202", "600100203"
PHONE_REFUSED = "600100204"
AWAY_PROBLEM = "Zgłasza nawrót choroby alkoholowej syna."
TODAY = dt.date(2025, 1, 1)


def _close_cases(pc: Services, coordinator: Actor, world: World) -> None:
    """Closed as the head closes them (through the ORM, so it travels)."""
    with pc.db.session(coordinator.user_id) as s:
        for case in s.scalars(select(CaseRow).where(
                CaseRow.sign.in_([world.benefits_sign, world.social_sign]))):
            case.closed_on = CLOSED


def _file_bytes(pc: Services) -> bytes:
    """The whole SQLite file after VACUUM, as a thief of the disk would read it."""
    pc.db.checkpoint()
    file = Path(str(pc.db.engine.url.database))
    with sqlite3.connect(file) as conn:
        conn.execute("VACUUM")
    return file.read_bytes()


def _gone_everywhere(pc: Services) -> None:
    data = _file_bytes(pc)
    # (The address stays: Maria, of his household, lives there and keeps her data.)
    for gone in (PESEL_MAN_1944, "Żółkiewski", PHONE_PC1, PHONE_PC2, PHONE_AWAY, PHONE_REFUSED,
                 JAN_PROBLEM, JAN_NOTE, AWAY_PROBLEM, IBAN):
        for form in {gone.encode(), json.dumps(gone).encode()}:
            assert form not in data, (gone, pc.db.engine.url.database)


def _phone(pc: Services, actor: Actor, world: World) -> str:
    return pc.persons.file(actor, world.jan).phone


def test_anonymised_on_one_pc_is_anonymised_on_every_pc(
        coordinator: Actor, desk: Actor, two_pcs: tuple[Services, Services], world: World,
        tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    pc3 = Services.over(ExchangeService.join(
        tmp_path / "zaproszenie.opsbak", (tmp_path / "code.txt").read_text(),
        tmp_path / "pc3.sqlite", "Laptop terenowy").db)
    try:
        _close_cases(pc1, coordinator, world)
        sync_all(pc1, pc2, pc3)
        # PC 1 and PC 2 change Jan's phone while apart: a conflict entry with both numbers.
        pc1.persons.update_person(desk, world.jan, person(phone=PHONE_PC1))
        pc2.persons.update_person(desk, world.jan, person(phone=PHONE_PC2))
        sync_all(pc1, pc2, pc3)
        with pc1.db.session() as s:
            [conflict] = s.scalars(select(SyncConflictRow)).all()
            assert {PHONE_PC1, PHONE_PC2} <= {json.loads(conflict.kept_value),
                                              json.loads(conflict.lost_value)}
        # The laptop goes away and keeps working on Jan.
        pc3.persons.update_person(desk, world.jan, person(phone=PHONE_AWAY))
        pc3.intake.record(desk, IntakeInput(
            person_id=world.jan, received_at=wall_now().replace(microsecond=0),
            channel=Channel.PHONE, problem=AWAY_PROBLEM, grounds=(Ground.ADDICTION,),
            outcome=IntakeOutcome.INFORMATION, advice_given="Podano adres poradni."))

        # PC 2 holds a change about Jan it refused (its quarantine keeps it in full).
        with pc2.db.session() as s:
            quarantine(s, Incoming("0" * 32, 1, "0" * 20, "persons", str(world.jan), "update",
                                   {"phone": PHONE_REFUSED}, author=str(desk.user_id)),
                       "not_permitted")

        pc1.personal_data.anonymise(coordinator, [world.jan], "ANONIMIZUJ 1", TODAY)
        ExchangeService(pc1.db).sync()
        report = ExchangeService(pc2.db).sync()
        assert report.anonymised == 1
        shown = pc2.persons.file(coordinator, world.jan)
        assert (shown.person.full_name, shown.person.pesel, shown.phone) == (
            "Osoba zanonimizowana", None, "")
        _gone_everywhere(pc2)

        # The laptop comes back: what it wrote about Jan meanwhile does not bring him back.
        sync_all(pc3, pc1, pc2)
        for pc in (pc1, pc2, pc3):
            assert _phone(pc, coordinator, world) == ""
            with pc.db.session() as s:
                row = s.get(PersonRow, world.jan)
                assert row is not None and row.anonymised_at is not None and row.pesel is None
                [conflict] = s.scalars(select(SyncConflictRow)).all()
                assert (conflict.kept_value, conflict.lost_value) == ('""', '""')
            _gone_everywhere(pc)
        digests = {ExchangeService(pc.db).digest() for pc in (pc1, pc2, pc3)}
        assert len(digests) == 1
        for pc in (pc1, pc2, pc3):
            checked = run("ops_desktop", "verify", "--db", str(pc.db.engine.url.database))
            assert checked.stdout.count("Łańcuch nienaruszony") == 3, checked.stdout
        # Maria, of Jan's household, keeps her data everywhere.
        assert pc3.persons.file(coordinator, world.maria).person.pesel is not None
    finally:
        pc3.close()


def test_a_pc_applies_the_anonymisation_only_from_someone_who_may_anonymise(
        coordinator: Actor, desk: Actor, two_pcs: tuple[Services, Services], world: World
) -> None:
    """The fact is checked like any change: the desk's account may not anonymise."""
    from ops_desktop.storage.anonymisation import record_fact

    pc1, pc2 = two_pcs
    sync_all(pc1, pc2)
    with pc1.db.session(desk.user_id) as s:
        record_fact(s, [world.jan], desk.user_id, ("Osoba", "zanonimizowana"),
                    dt.datetime(2025, 1, 1))
    ExchangeService(pc1.db).sync()
    report = ExchangeService(pc2.db).sync()
    assert report.quarantined == {"not_permitted": 1} and report.anonymised == 0
    assert pc2.persons.file(coordinator, world.jan).person.pesel == PESEL_MAN_1944


def test_one_person_anonymised_on_two_pcs_apart_leaves_their_contents_equal(
        coordinator: Actor, two_pcs: tuple[Services, Services], world: World) -> None:
    """Both PCs anonymise Jan while apart, each at its own moment: the data is blanked the
    same on both, and the digest (which says whether a row is anonymised, not when each PC
    did it) is equal once they exchange."""
    pc1, pc2 = two_pcs
    _close_cases(pc1, coordinator, world)
    sync_all(pc1, pc2)
    before = {ExchangeService(pc.db).digest() for pc in (pc1, pc2)}
    assert len(before) == 1
    pc1.personal_data.anonymise(coordinator, [world.jan], "ANONIMIZUJ 1", TODAY)
    # one anonymised, the other not yet: the contents differ, and the digest says so
    assert ExchangeService(pc1.db).digest() != ExchangeService(pc2.db).digest()
    pc2.personal_data.anonymise(coordinator, [world.jan], "ANONIMIZUJ 1", TODAY)
    moments = set()
    for pc in (pc1, pc2):
        with pc.db.session() as s:
            row = s.get(PersonRow, world.jan)
            assert row is not None and row.anonymised_at is not None
            moments.add(row.anonymised_at)
    assert len(moments) == 2  # each PC's own moment
    sync_all(pc1, pc2)
    assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2)}) == 1
    for pc in (pc1, pc2):
        _gone_everywhere(pc)
