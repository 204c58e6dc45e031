"""A field laptop away from the office exchanges through a USB stick; back at a PC that
reaches the share, `office relay` carries the files both ways."""

from __future__ import annotations

import shutil
from pathlib import Path

from ops_desktop.exchange.sync import membership
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from tests.exchange.conftest import sync_all
from tests.services.helpers import PESEL_WOMAN_1985, PESEL_WOMAN_2002, person


def test_a_laptop_working_through_a_stick_ends_with_the_same_office(
        desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    stick = tmp_path / "pendrive"
    stick.mkdir()
    office = ExchangeService(pc1.db)
    office.relay(stick)  # the stick takes the office's files before the laptop joins
    laptop = Services.over(ExchangeService.join(
        tmp_path / "zaproszenie.opsbak", (tmp_path / "code.txt").read_text(),
        tmp_path / "laptop.sqlite", "Teren", stick).db)
    try:
        # Weeks apart: the laptop registers a family in the field, the office another one.
        away = laptop.persons.register_household(desk, person("Ewa", "Kowalska",
                                                              PESEL_WOMAN_1985), [])
        ExchangeService(laptop.db).sync()
        home = pc2.persons.register_household(desk, person("Ola", "Nowak",
                                                           PESEL_WOMAN_2002), [])
        sync_all(pc2, pc1)
        assert not pc1.persons.search(desk, PESEL_WOMAN_1985)
        # Back in the office: the stick meets the share.
        sent, received = office.relay(stick)
        assert sent > 0 and received > 0
        sync_all(laptop, pc1, pc2)
        office.relay(stick)
        sync_all(laptop, pc1, pc2)
        assert pc1.persons.search(desk, PESEL_WOMAN_1985)[0].id == away
        assert laptop.persons.search(desk, PESEL_WOMAN_2002)[0].id == home
        digests = {ExchangeService(pc.db).digest() for pc in (pc1, pc2, laptop)}
        assert len(digests) == 1
        status = ExchangeService(laptop.db).status()
        assert status is not None and status.member_code == 3
    finally:
        laptop.close()


def test_a_relay_cut_off_halfway_is_made_good_by_the_next_one(
        desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    pc1, pc2 = two_pcs
    pid = pc1.persons.register_household(desk, person(), [])
    sync_all(pc1, pc2)
    pc2.persons.update_person(desk, pid, person(phone="601111111"))
    ExchangeService(pc2.db).sync()
    stick = tmp_path / "pendrive"
    stick.mkdir()
    ExchangeService(pc1.db).relay(stick)
    laptop = Services.over(ExchangeService.join(
        tmp_path / "zaproszenie.opsbak", (tmp_path / "code.txt").read_text(),
        tmp_path / "laptop.sqlite", "Teren", stick).db)
    try:
        # The stick was pulled out after PC 2's files and before PC 1's: PC 2's change of
        # a person the laptop has not yet heard of waits in the quarantine.
        first_pc = membership(pc1.db)
        assert first_pc is not None
        shutil.rmtree(stick / first_pc.member)
        first = ExchangeService(laptop.db).sync()
        assert first.quarantined == {"row_missing": 1}
        ExchangeService(pc1.db).relay(stick)
        again = ExchangeService(laptop.db).sync()
        assert again.quarantined == {}
        assert laptop.persons.file(desk, pid).phone == "601111111"
        status = ExchangeService(laptop.db).status()
        assert status is not None and status.quarantined == 0
    finally:
        laptop.close()
