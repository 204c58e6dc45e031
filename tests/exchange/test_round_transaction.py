"""A round applies the other PCs' changes all together or not at all, many at a time, and a
change the store refuses is quarantined alone."""

from __future__ import annotations

import pytest

from ops_desktop.exchange import sync as exchange_sync
from ops_desktop.exchange.folder import ExchangeFolderError
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage.replica import quarantined
from tests.server_db import RawSQL, sqlite_file
from tests.services.helpers import PESEL_MAN_1944, PESEL_WOMAN_1985, PESEL_WOMAN_2002, person

PESELS = (PESEL_MAN_1944, PESEL_WOMAN_1985, PESEL_WOMAN_2002)


def _found(pc: Services, actor: Actor, pesel: str) -> bool:
    return bool(pc.persons.search(actor, pesel))


def test_a_round_cut_off_halfway_leaves_nothing_of_it_applied(
        desk: Actor, two_pcs: tuple[Services, Services], monkeypatch: pytest.MonkeyPatch
        ) -> None:
    pc1, pc2 = two_pcs
    for pesel in PESELS:
        pc1.persons.register_household(desk, person(pesel=pesel), [])
    ExchangeService(pc1.db).sync()

    def share_gone(*_args: object) -> None:
        raise OSError("the share went away")

    # Every change has been applied in the round's transaction when the share goes away.
    monkeypatch.setattr(exchange_sync, "merge_clock", share_gone)
    with pytest.raises(ExchangeFolderError):
        ExchangeService(pc2.db).sync()
    assert not any(_found(pc2, desk, pesel) for pesel in PESELS)
    monkeypatch.undo()
    assert ExchangeService(pc2.db).sync().applied > len(PESELS)
    assert all(_found(pc2, desk, pesel) for pesel in PESELS)


@sqlite_file("the refusing trigger is written in SQLite's syntax")
def test_a_change_the_store_refuses_is_quarantined_and_the_rest_of_its_batch_applied(
        desk: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    for pesel in PESELS:
        pc1.persons.register_household(desk, person(pesel=pesel), [])
    # PC 2's store refuses the second person (here a trigger of its own says so; the same
    # PESEL registered on two PCs apart is settled, not refused: test_same_pesel_apart.py).
    with RawSQL(pc2.db) as conn:
        conn.execute("CREATE TRIGGER refuse_one BEFORE INSERT ON persons "
                     f"WHEN NEW.pesel = '{PESEL_WOMAN_1985}' "
                     "BEGIN SELECT RAISE(ABORT, 'refused here'); END")
    ExchangeService(pc1.db).sync()
    report = ExchangeService(pc2.db).sync()
    assert report.quarantined.get("refused_by_store", 0) >= 1
    assert _found(pc2, desk, PESEL_MAN_1944) and _found(pc2, desk, PESEL_WOMAN_2002)
    assert not _found(pc2, desk, PESEL_WOMAN_1985)
    with pc2.db.session() as s:
        refused = [(q.table_name, q.reason) for q in quarantined(s)]
    assert ("persons", "refused_by_store") in refused
