"""Two PCs each remove a different PC while they do not exchange: both make a new office
key of the same generation. Each must still read what the other wrote, nothing may stay
unread, and once they have exchanged, neither removed PC may read what the office writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.bundle import BundleError, open_bundle
from ops_desktop.exchange.sync import Membership, membership
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from tests.exchange.conftest import sync_all
from tests.services.helpers import (
    PESEL_MAN_1944,
    PESEL_WOMAN_1985,
    PESEL_WOMAN_2002,
    person,
    referral_intake,
)


@pytest.fixture
def five_pcs(two_pcs: tuple[Services, Services], tmp_path: Path
             ) -> Iterator[tuple[Services, ...]]:
    code = (tmp_path / "code.txt").read_text()
    joined = [Services.over(ExchangeService.join(
        tmp_path / "zaproszenie.opsbak", code, tmp_path / f"pc{n}.sqlite", f"PC {n}").db)
        for n in (3, 4, 5)]
    pcs = (*two_pcs, *joined)
    sync_all(*pcs)
    yield pcs
    for pc in joined:
        pc.close()


def _me(pc: Services) -> Membership:
    me = membership(pc.db)
    assert me is not None
    return me


def _refer(pc: Services, desk: Actor, pesel: str) -> str:
    pid = pc.persons.register_household(desk, person(pesel=pesel), [])
    return pc.intake.record(desk, referral_intake(pid)).referral_number


def _numbers(pc: Services) -> set[str]:
    with pc.db.session() as s:
        return set(s.connection().exec_driver_sql("SELECT number FROM referrals").scalars())


def _opens(data: bytes, holder: Membership) -> bool:
    """Whether a PC holding `holder`'s keys (every one it ever held) opens the file."""
    try:
        open_bundle(data, holder.opening_keys, holder.office)
    except BundleError:
        return False
    return True


def test_two_removals_made_apart_leave_both_pcs_reading_and_both_removed_pcs_out(
        desk: Actor, five_pcs: tuple[Services, ...]) -> None:
    pc1, pc2, pc3, pc4, pc5 = five_pcs
    kept3, kept4 = _me(pc3), _me(pc4)  # what the two retired laptops still hold

    # Apart: PC 1 removes PC 3, PC 2 removes PC 4; each makes generation 2 of its own.
    assert ExchangeService(pc1.db).remove_member(3) == 2
    assert ExchangeService(pc2.db).remove_member(4) == 2
    assert _me(pc1).key != _me(pc2).key
    made_on_pc1 = _refer(pc1, desk, PESEL_MAN_1944)
    made_on_pc2 = _refer(pc2, desk, PESEL_WOMAN_1985)
    ExchangeService(pc1.db).sync()
    ExchangeService(pc2.db).sync()

    # They meet: each reads the other's files sealed with the other's generation-2 key.
    sync_all(pc1, pc2)
    for pc in (pc1, pc2):
        assert ExchangeService(pc.db).sync().problems == []
        assert {made_on_pc1, made_on_pc2} <= _numbers(pc)
    assert ExchangeService(pc1.db).digest() == ExchangeService(pc2.db).digest()
    # PC 5 was away throughout: it finds two keys of generation 2 and reads with both.
    assert ExchangeService(pc5.db).sync().problems == []
    assert {made_on_pc1, made_on_pc2} <= _numbers(pc5)

    # Each key of generation 2 was handed to the PC the other one removed. Having learnt
    # of both removals, the office moved to keys neither removed PC was given.
    later = _refer(pc1, desk, PESEL_WOMAN_2002)
    sync_all(pc1, pc2, pc5)
    assert later in _numbers(pc2) and later in _numbers(pc5)
    assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2, pc5)}) == 1
    for pc in (pc1, pc2, pc5):
        me = _me(pc)
        assert me.generation > 2
        newest = exchange_folder.bundles(exchange_folder.member_folder(me.root, me.member))
        data = newest[-1][2].read_bytes()
        assert all(_opens(data, _me(reader)) for reader in (pc1, pc2, pc5))
        # What the retired laptops hold, with whatever they could pick up from the folder
        # while they still exchanged, opens nothing written now.
        for retired, kept in ((pc3, kept3), (pc4, kept4)):
            try:
                ExchangeService(retired.db).sync()
            except BundleError:
                pass
            assert not _opens(data, _me(retired)), retired
            assert not _opens(data, kept)


def test_a_rival_key_not_yet_handed_to_a_pc_is_waited_for_not_taken_for_an_altered_file(
        desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    """PC 2 removes PC 4 and writes its files; PC 1, apart from it, removes PC 3 and invites
    PC 6, which PC 2 does not know, so PC 2's key of generation 2 is not wrapped for it.
    PC 6 holds PC 1's key of that generation: PC 2's files must wait for PC 2's key, not be
    reported as altered (the header names which PC made the key a file is sealed with)."""
    pc1, pc2 = two_pcs
    code = (tmp_path / "code.txt").read_text()
    pc3, pc4 = (Services.over(ExchangeService.join(
        tmp_path / "zaproszenie.opsbak", code, tmp_path / f"pc{n}.sqlite", f"PC {n}").db)
        for n in (3, 4))
    sync_all(pc1, pc2, pc3, pc4)
    assert ExchangeService(pc2.db).remove_member(4) == 2
    made_on_pc2 = _refer(pc2, desk, PESEL_WOMAN_1985)
    ExchangeService(pc2.db).sync()
    # PC 1 has not exchanged since: it removes PC 3 and invites PC 6 from its own copy.
    assert ExchangeService(pc1.db).remove_member(3) == 2
    later = tmp_path / "zaproszenie-6.opsbak"
    pc6 = Services.over(ExchangeService.join(
        later, ExchangeService(pc1.db).invite(later), tmp_path / "pc6.sqlite", "PC 6").db)
    try:
        assert _me(pc6).generation == 2
        codes = {p.code for p in ExchangeService(pc6.db).sync().problems}
        assert "altered" not in codes and "key_missing" in codes
        assert made_on_pc2 not in _numbers(pc6)

        # PC 2 learns of PC 6 and hands it its key; everything is read, nothing alarmed.
        # Both keys of generation 2 went to a PC removed since, so the office moves on to
        # generation 3; PC 2's files of generation 2 are still read with PC 2's older key.
        sync_all(pc1, pc2, pc6)
        assert _me(pc6).generation == 3
        assert ExchangeService(pc6.db).sync().problems == []
        assert made_on_pc2 in _numbers(pc6)
        assert len({ExchangeService(pc.db).digest() for pc in (pc1, pc2, pc6)}) == 1
    finally:
        for pc in (pc3, pc4, pc6):
            pc.close()
