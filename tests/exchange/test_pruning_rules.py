"""Who holds back a PC's files: every current member until it has taken them – a removed
PC does not count – and the newest invitation for the time it keeps them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ops_desktop.exchange.pruning import INVITATION_FLOOR, INVITATION_KEEPS
from ops_desktop.exchange.sync import membership, remember, state
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from tests.exchange.test_office_keys import three_pcs
from tests.services.helpers import PESEL_MAN_1944, PESEL_WOMAN_1985, person

__all__ = ["three_pcs"]  # the fixture, used by name


def _age_invitations(*pcs: Services) -> None:
    """Every invitation these PCs know of was written longer ago than it keeps files."""
    for pc in pcs:
        floor = json.loads(state(pc.db)[INVITATION_FLOOR])
        made = dt.datetime.fromisoformat(floor["made"]) - INVITATION_KEEPS - dt.timedelta(days=1)
        remember(pc.db, {INVITATION_FLOOR: json.dumps(floor | {"made": made.isoformat()})})


def _own_files(pc: Services) -> list[Path]:
    me = membership(pc.db)
    assert me is not None
    return sorted((me.root / me.member).glob("0*.opsx"))


def _rounds(*pcs: Services) -> int:
    """Two rounds on each PC in turn; how many files they pruned in all."""
    pruned = 0
    for _ in range(2):
        for pc in pcs:
            report = ExchangeService(pc.db).sync()
            assert not report.problems  # never a file missing that a PC still needed
            pruned += report.pruned_files
    return pruned


def test_a_pc_away_holds_the_files_back_until_it_is_removed(
        desk: Actor, three_pcs: tuple[Services, Services, Services]) -> None:
    pc1, pc2, pc3 = three_pcs
    _age_invitations(pc1, pc2, pc3)
    _rounds(pc1, pc2, pc3)
    # PC 3 is away: two files of PC 1's that it has not taken stay, however many rounds.
    for pesel in (PESEL_MAN_1944, PESEL_WOMAN_1985):
        pc1.persons.register_household(desk, person(pesel=pesel), [])
        ExchangeService(pc1.db).sync()
    held = _own_files(pc1)
    assert len(held) >= 2
    _rounds(pc1, pc2)
    assert set(held) <= set(_own_files(pc1))

    # Removed, it no longer counts: what PC 2 has taken of PC 1's goes.
    assert ExchangeService(pc1.db).remove_member(3) == 2
    assert _rounds(pc1, pc2) > 0
    assert len(_own_files(pc1)) == 1  # the newest: when PC 1 was last heard from
    for pesel in (PESEL_MAN_1944, PESEL_WOMAN_1985):
        assert pc2.persons.search(desk, pesel)


def test_the_newest_invitation_holds_the_files_back_while_in_its_time(
        desk: Actor, three_pcs: tuple[Services, Services, Services]) -> None:
    pc1, pc2, pc3 = three_pcs
    pc1.persons.register_household(desk, person(pesel=PESEL_MAN_1944), [])
    _rounds(pc1, pc2, pc3)
    pc1.persons.register_household(desk, person(pesel=PESEL_WOMAN_1985), [])
    _rounds(pc1, pc2, pc3)
    held = _own_files(pc1)
    # Every PC took everything, but a PC may still join with the invitation of the day of
    # sharing: nothing it needs goes.
    assert len(held) >= 2
    _rounds(pc1, pc2, pc3)
    assert set(held) <= set(_own_files(pc1))
    _age_invitations(pc1, pc2, pc3)
    assert _rounds(pc1, pc2, pc3) > 0
    assert len(_own_files(pc1)) == 1
