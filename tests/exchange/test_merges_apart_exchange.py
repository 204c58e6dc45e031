"""Two heads merge the same duplicate into different records while their PCs are apart; each
PC is its own process with the real commands (`office share/join`, `sync`, `verify`). Every PC
ends with one survivor and the same references, whatever order the merges reached it in
(storage/merges_apart.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest

from tests.exchange.test_office import PESEL, digest, pc, run, sync
from tests.services.helpers import PESEL_WOMAN_1985


@pytest.fixture
def three_pcs(tmp_path: Path) -> tuple[Path, Path, Path]:
    """PC 1 shares an office with a desk and a head; PCs 2 and 3 join it."""
    folder = tmp_path / "wymiana"
    folder.mkdir()
    dbs = tuple(tmp_path / f"pc{n}.sqlite" for n in (1, 2, 3))
    pc(dbs[0], "setup")  # the office's head among its staff
    invitation = tmp_path / "zaproszenie.opsbak"
    shared = run("ops_desktop", "office", "share", "--db", str(dbs[0]), "--exchange",
                 str(folder), "--name", "Sekretariat", "--invitation", str(invitation))
    code = shared.stdout.strip().splitlines()[-1]
    for db, name in ((dbs[1], "Laptop"), (dbs[2], "Teren")):
        run("ops_desktop", "office", "join", "--db", str(db), "--invitation", str(invitation),
            "--code", code, "--name", name)
    return dbs  # type: ignore[return-value]


def _apart(pcs: tuple[Path, Path, Path], second: str) -> tuple[str, str, str]:
    """S1 (with its PESEL), S2 (`second`: a passport number or another PESEL) and the
    duplicate D, registered on PC 1 and known to all; then, apart, the desk at PCs 1 and 2
    each records a new intake of D and the head there merges D – into S1 on PC 1, a little
    later into S2 on PC 2. PC 3 learns of the later merge first, PC 1 of the earlier (its
    own), PC 2 the reverse; then all exchange until everything is everywhere. The ids."""
    pc1, pc2, pc3 = pcs
    s1 = str(pc(pc1, "person", PESEL))
    s2 = str(pc(pc1, "person", second))
    dup = str(pc(pc1, "person", "ZZ1234567"))  # the man again, with a passport
    for pid in (s1, s2, dup):
        pc(pc1, "intake", pid)
    for db in pcs:
        sync(db)
    pc(pc1, "intake", dup)
    assert pc(pc1, "merge", s1, dup) == s1
    pc(pc2, "intake", dup)
    assert pc(pc2, "merge", s2, dup) == s2
    for db in (pc2, pc3, pc1, pc3, pc2, pc1, pc3, pc2, pc1, pc3):
        sync(db)
    return s1, s2, dup


def _same_everywhere(pcs: tuple[Path, Path, Path], *ids: str) -> dict[str, Any]:
    states = [pc(db, "persons", *ids) for db in pcs]
    assert states[0] == states[1] == states[2]
    assert len({digest(db) for db in pcs}) == 1
    for db in pcs:
        checked = run("ops_desktop", "verify", "--db", str(db)).stdout
        assert checked.count("Łańcuch nienaruszony") == 3, checked
    return cast(dict[str, Any], states[0])


def test_two_heads_merging_one_duplicate_apart_end_with_one_survivor_on_every_pc(
        three_pcs: tuple[Path, Path, Path]) -> None:
    s1, s2, dup = _apart(three_pcs, "AB1111111")  # S2: the man again, another passport
    state = _same_everywhere(three_pcs, s1, s2, dup)
    # Both heads said the duplicate is their record: all three are one, the earlier
    # merge's survivor stays, and everything recorded lands on it.
    assert state["merged_into"] == {s1: "None", s2: s1, dup: s1}
    assert state["tables"]["intakes.person_id"] == [s1] * 5
    assert state["tables"]["referrals.person_id"] == [s1] * 5
    assert state["found"] == [s1]
    assert state["entries"] == []


def test_a_duplicate_merged_apart_into_two_people_stays_with_the_first_on_every_pc(
        three_pcs: tuple[Path, Path, Path]) -> None:
    """S2 has a PESEL of its own: the survivors cannot be one person. The earlier merge
    holds everywhere, what the later one moved on PC 2 and PC 3 goes back, and the
    coordinator sees the later merge on every PC."""
    s1, s2, dup = _apart(three_pcs, PESEL_WOMAN_1985)
    state = _same_everywhere(three_pcs, s1, s2, dup)
    assert state["merged_into"] == {s1: "None", s2: "None", dup: s1}
    assert state["tables"]["intakes.person_id"] == sorted([s1] * 4 + [s2])
    assert sorted(state["found"]) == sorted([s1, s2])
    assert state["entries"] == [[dup, "merged_into_id", f'"{s1}"', f'"{s2}"']]
