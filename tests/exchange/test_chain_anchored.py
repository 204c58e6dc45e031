"""Every other PC of the office anchors a PC's audit chain: the copies it keeps of that
chain (exchange/audit_trail.py) no longer fit once the chain is cut or recomputed."""

from __future__ import annotations

from pathlib import Path

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.audit import Break
from ops_desktop.storage.audit_copies import verify_copies
from tests.exchange.conftest import sync_all
from tests.services.helpers import PESEL_WOMAN_1985, person
from tests.test_cli_verify_tamper import _recompute_chain, query, tamper


def _copy_of_pc2(pc1: Services) -> tuple[bool, Break | None]:
    with pc1.db.engine.connect() as conn:
        [report] = verify_copies(conn).values()
    return report.ok, report.reason


def test_a_recomputed_chain_no_longer_fits_the_copies_other_pcs_keep(
        desk: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pc2.persons.register_household(desk, person(), [])
    sync_all(pc1, pc2)
    assert _copy_of_pc2(pc1) == (True, None)
    path = pc2.db.file
    assert isinstance(path, Path)
    _recompute_chain(path)  # pc2's own chain verifies again after the rewrite ...
    pc2.persons.register_household(desk, person("Maria", "Żółkiewska", PESEL_WOMAN_1985), [])
    sync_all(pc1, pc2)
    assert _copy_of_pc2(pc1) == (False, Break.LINK)  # ... but not against pc1's copy


def test_a_cut_tail_no_longer_fits_the_copies_other_pcs_keep(
        desk: Actor, two_pcs: tuple[Services, Services]) -> None:
    pc1, pc2 = two_pcs
    pc2.persons.register_household(desk, person(), [])
    sync_all(pc1, pc2)
    path = pc2.db.file
    assert isinstance(path, Path)
    (last,) = query(path, "SELECT max(seq) FROM audit_log")[0]
    tamper(path, f"DELETE FROM audit_log WHERE seq > {int(last) - 3}")
    # Entries that take the cut numbers again do not travel (they count as sent already):
    # the cut shows once the log grows past where it ended, at the next exchange.
    maria = pc2.persons.register_household(
        desk, person("Maria", "Żółkiewska", PESEL_WOMAN_1985), [])
    pc2.persons.update_person(desk, maria, person("Maria", "Żółkiewska", PESEL_WOMAN_1985,
                                                  phone="600100200"))
    assert int(query(path, "SELECT max(seq) FROM audit_log")[0][0]) > int(last)
    sync_all(pc1, pc2)
    assert _copy_of_pc2(pc1) == (False, Break.LINK)
