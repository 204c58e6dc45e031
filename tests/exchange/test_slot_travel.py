"""Key slots travel between the PCs of an office encrypted at rest: two PCs, each its own
process on its own file, exchanging with the real `sync` command. A person created, or whose
password changed, on PC 1 unlocks PC 2 after a round (the old password no longer does); an
account switched off on PC 1 no longer unlocks PC 2; a slot written by a non-administrator
for another person, or asking Argon2 for 4 GiB, is refused on arrival."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ops_desktop.services import store_access
from ops_desktop.storage.key_slots import PASSWORD, KeySlots
from tests.server_db import sqlite_file

pytestmark = sqlite_file("key slots are those of an encrypted SQLite file")

ROOT = Path(__file__).resolve().parents[2]
ADMIN_PASSWORD = "Kasztanowa-7-aleja"
HEAD_PASSWORD = "Kierownicze-haslo-5"
TEMPORARY = "Tymczasowe-haslo-31"
NEW_PASSWORD = "Jesienne-liscie-42"


def run(*args: str, login: str = "admin", password: str = ADMIN_PASSWORD,
        ok: bool = True) -> str:
    env = {k: v for k, v in os.environ.items() if k != "OPS_DESKTOP_PLAIN_TEST_DB"}
    # ROOT in front of the run's own path (tests/clock.py: the run's day for its processes)
    env |= {"PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
            "OPS_DESKTOP_LOGIN": login,
            "OPS_DESKTOP_PASSWORD": password}
    done = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=180, env=env)
    assert done.returncode == 0 or not ok, done.stdout + done.stderr
    return done.stdout


def pc(db: Path, *args: str) -> object:
    return json.loads(run("tests.exchange.slot_pc", str(db), *args).splitlines()[-1])


def as_(db: Path, login: str, password: str, *args: str) -> object:
    return pc(db, login, password, *args)


def sync(*dbs: Path, passes: int = 1, refusing: bool = False) -> None:
    """A round on each PC in turn, `passes` times: one pass brings what the first PC made
    to the others. `refusing`: a round that quarantines a change ends with exit code 1."""
    for _ in range(passes):
        for db in dbs:
            run("ops_desktop", "sync", "--db", str(db), ok=not refusing)


def unlocks(db: Path, login: str, password: str) -> bool:
    try:
        store_access.unlock_with_password(f"sqlite:///{db}", login, password)
    except store_access.UnlockRefused as refused:
        assert refused.code == "bad_credentials", refused.code
        return False
    return True


def other_slots(db: Path) -> list[dict]:
    """The slots that never travel: the recovery key's and the PCs' system accounts'."""
    return [s for s in KeySlots.load(db).slots if s.get("kind") != PASSWORD]


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path]:
    """PC 1 sets up an encrypted office and shares it; PC 2 joins: (pc1, pc2)."""
    folder = tmp_path / "wymiana"
    folder.mkdir()
    pc1, pc2 = tmp_path / "pc1" / "ops.sqlite", tmp_path / "pc2" / "ops.sqlite"
    pc1.parent.mkdir()
    pc2.parent.mkdir()
    pc(pc1, "setup", ADMIN_PASSWORD, HEAD_PASSWORD)
    invitation = tmp_path / "zaproszenie.opsbak"
    shared = run("ops_desktop", "office", "share", "--db", str(pc1), "--exchange", str(folder),
                 "--name", "Sekretariat", "--invitation", str(invitation))
    code = shared.strip().splitlines()[-1]
    run("ops_desktop", "office", "join", "--db", str(pc2), "--invitation", str(invitation),
        "--code", code, "--name", "Laptop")
    return pc1, pc2


def test_a_person_created_then_changing_the_password_then_switched_off_on_one_pc(
        office: tuple[Path, Path]) -> None:
    pc1, pc2 = office
    kept = other_slots(pc2)
    as_(pc1, "admin", ADMIN_PASSWORD, "create", "desk", TEMPORARY)
    assert not unlocks(pc2, "desk", TEMPORARY)  # nothing has travelled yet
    sync(pc1, pc2)
    assert unlocks(pc2, "desk", TEMPORARY)  # created on PC 1, unlocks PC 2

    as_(pc1, "desk", TEMPORARY, "change", NEW_PASSWORD)
    sync(pc1, pc2)
    assert unlocks(pc2, "desk", NEW_PASSWORD)
    assert not unlocks(pc2, "desk", TEMPORARY)  # the old password opens nothing any more
    # ...and the store behind the file takes the new one too.
    assert as_(pc2, "desk", NEW_PASSWORD, "refused") == []

    as_(pc1, "admin", ADMIN_PASSWORD, "switch-off", "desk")
    sync(pc1, pc2)
    assert not unlocks(pc2, "desk", NEW_PASSWORD)
    assert not unlocks(pc1, "desk", NEW_PASSWORD)
    assert "desk" not in KeySlots.load(pc2).logins()
    assert unlocks(pc2, "admin", ADMIN_PASSWORD)
    assert other_slots(pc2) == kept  # the recovery and system slots stay PC 2's own


def test_the_later_of_two_password_changes_made_apart_wins_on_both_pcs(
        office: tuple[Path, Path]) -> None:
    pc1, pc2 = office
    as_(pc1, "admin", ADMIN_PASSWORD, "create", "desk", TEMPORARY)
    sync(pc1, pc2)
    earlier, later = "Wiosenne-deszcze-17", "Letnie-burze-2026"
    as_(pc1, "desk", TEMPORARY, "change", earlier)  # apart: neither has seen the other's
    as_(pc2, "desk", TEMPORARY, "change", later)
    sync(pc1, pc2, passes=2)
    for db in (pc1, pc2):
        assert unlocks(db, "desk", later)
        assert not unlocks(db, "desk", earlier)
    as_(pc1, "desk", later, "refused")  # PC 1's store signs the later password in as well


def test_a_slot_written_by_a_non_administrator_for_another_person_is_refused(
        office: tuple[Path, Path]) -> None:
    """The head writes accounts too (confirming a grant writes their roles), but never
    another person's key slot: PC 2 quarantines it and its file stays as it was."""
    pc1, pc2 = office
    taken = "Przejete-haslo-99"
    as_(pc1, "head", HEAD_PASSWORD, "forge-slot", "admin", taken)
    sync(pc1, pc2, refusing=True)
    assert ["users", "not_permitted"] in as_(pc2, "admin", ADMIN_PASSWORD, "refused")
    assert not unlocks(pc2, "admin", taken)
    assert unlocks(pc2, "admin", ADMIN_PASSWORD)


def test_a_slot_asking_argon2_for_4_gib_is_refused_on_arrival(
        office: tuple[Path, Path]) -> None:
    pc1, pc2 = office
    before = KeySlots.load(pc2).slots
    as_(pc1, "admin", ADMIN_PASSWORD, "greedy-slot")
    sync(pc1, pc2, refusing=True)
    assert ["users", "bad_key_slot"] in as_(pc2, "admin", ADMIN_PASSWORD, "refused")
    assert KeySlots.load(pc2).slots == before
    assert all(s["kdf"].get("m", 0) <= 256 * 1024 for s in KeySlots.load(pc2).slots)
