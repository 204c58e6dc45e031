"""Files every PC has taken leave the exchange folder, and changes every PC has taken leave
the outbox; a PC away holds back everything it still needs, and so does the office's
newest invitation. Three and four PCs, each its own process, with the real commands."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from tests.exchange.test_office import digest, pc, run, settle, sync

PESELS = ("44051401359", "85121711202", "72031501234", "66110204565")


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, Path]:
    """PC 1 shares its office, PC 2 joins it: (pc1, pc2, exchange folder); the first
    invitation's code is left in tmp_path/code.txt."""
    folder = tmp_path / "wymiana"
    folder.mkdir()
    pc1, pc2 = tmp_path / "pc1.sqlite", tmp_path / "pc2.sqlite"
    pc(pc1, "setup")
    shared = run("ops_desktop", "office", "share", "--db", str(pc1), "--exchange", str(folder),
                 "--name", "Sekretariat", "--invitation", str(tmp_path / "zaproszenie.opsbak"))
    code = shared.stdout.strip().splitlines()[-1]
    (tmp_path / "code.txt").write_text(code)
    _join(folder, tmp_path / "zaproszenie.opsbak", code, pc2, "Laptop")
    return pc1, pc2, folder


def _join(folder: Path, invitation: Path, code: str, db: Path, name: str) -> None:
    run("ops_desktop", "office", "join", "--db", str(db), "--invitation", str(invitation),
        "--code", code, "--name", name)


def _invite(db: Path, invitation: Path) -> str:
    done = run("ops_desktop", "office", "invite", "--db", str(db), "--invitation",
               str(invitation))
    return done.stdout.strip().splitlines()[-1]


def _member(db: Path) -> str:
    with sqlite3.connect(db) as c:
        return str(c.execute("SELECT value FROM exchange_state WHERE key = 'member_id'")
                   .fetchone()[0])


def _change_files(folder: Path, db: Path) -> set[str]:
    return {p.name for p in (folder / _member(db)).glob("0*.opsx")}


def _written_weeks_ago(db: Path) -> None:
    """The newest invitation was written three weeks ago (past the time it keeps files)."""
    with sqlite3.connect(db) as c:
        (text,) = c.execute("SELECT value FROM exchange_state WHERE key = 'invitation_floor'"
                            ).fetchone()
        floor = json.loads(text)
        floor["made"] = (dt.datetime.fromisoformat(floor["made"])
                         - dt.timedelta(days=21)).isoformat()
        c.execute("UPDATE exchange_state SET value = ? WHERE key = 'invitation_floor'",
                  (json.dumps(floor, sort_keys=True),))


def _outbox(db: Path) -> int:
    with sqlite3.connect(db) as c:
        return int(c.execute("SELECT count(*) FROM exchange_outbox").fetchone()[0])


def test_a_pc_away_keeps_what_it_needs_and_after_its_return_the_files_go(
        office: tuple[Path, Path, Path], tmp_path: Path) -> None:
    pc1, pc2, folder = office
    pc3 = tmp_path / "pc3.sqlite"
    # The invitation of the day the office was shared would need every file since: a new
    # one, made once all three PCs are in, lets the office prune.
    shared = _invite(pc1, tmp_path / "nowe.opsbak")
    _join(folder, tmp_path / "nowe.opsbak", shared, pc3, "Pokój 12")
    settle(pc1, pc2, pc3)
    for db in (pc1, pc2, pc3):
        _written_weeks_ago(db)

    # PC 3 is away; the desk on PC 1 refers two persons, each sent in its own file.
    before = _change_files(folder, pc1)
    for pesel in PESELS[:2]:
        pc(pc1, "refer", pesel)
        sync(pc1)
    made = _change_files(folder, pc1) - before
    assert len(made) == 2
    for _ in range(3):
        sync(pc2)
        out = sync(pc1)
    assert "Usunięto" not in out
    assert made <= _change_files(folder, pc1), "a file PC 3 has not taken was deleted"
    outbox_held = _outbox(pc1)

    # PC 3 comes back: it takes everything, says so, and then the files go.
    sync(pc3)
    assert pc(pc3, "show", PESELS[1])["found"]
    out = sync(pc1)
    assert "Usunięto plików przyjętych przez wszystkie komputery" in out, out
    left = _change_files(folder, pc1)
    assert not made & (left - {max(left)}), "files every PC took are still there"
    assert len(left) == 1  # the newest stays: it says when PC 1 was last heard from
    assert _outbox(pc1) < outbox_held
    assert _outbox(pc1) >= 1

    # PC 1 goes on numbering its changes after the deleted ones: the others take them.
    pc(pc1, "refer", PESELS[2])
    settle(pc1, pc2, pc3)
    assert pc(pc2, "show", PESELS[2])["found"]
    assert digest(pc1) == digest(pc2) == digest(pc3)

    # The three weeks old invitation no longer has what it needs: refused, no partial copy.
    stale = run("ops_desktop", "office", "join", "--db", str(tmp_path / "pc5.sqlite"),
                "--invitation", str(tmp_path / "nowe.opsbak"), "--code", shared,
                "--name", "Za późno", ok=False)
    assert stale.returncode != 0 and "nieaktualne" in stale.stdout + stale.stderr

    # A PC joining now with a new invitation still gets a full copy.
    pc4 = tmp_path / "pc4.sqlite"
    fresh = _invite(pc2, tmp_path / "czwarty.opsbak")
    _join(folder, tmp_path / "czwarty.opsbak", fresh, pc4, "Laptop 2")
    settle(pc1, pc2, pc3, pc4)
    assert digest(pc4) == digest(pc1)
    assert pc(pc4, "show", PESELS[0])["found"]


def test_the_invitation_of_the_day_of_sharing_keeps_its_files_until_a_new_one(
        office: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """Until a new invitation is made, a PC may still join with the first one months later:
    nothing it needs is deleted, however many rounds every PC has exchanged."""
    pc1, pc2, folder = office
    for pesel in PESELS[:2]:
        pc(pc1, "refer", pesel)
        settle(pc1, pc2)
    settle(pc1, pc2)
    assert len(_change_files(folder, pc1)) >= 2
    pc3 = tmp_path / "pc3.sqlite"
    _join(folder, tmp_path / "zaproszenie.opsbak", (tmp_path / "code.txt").read_text(),
          pc3, "Pokój 12")
    settle(pc1, pc2, pc3)
    assert digest(pc3) == digest(pc1)
    assert pc(pc3, "show", PESELS[1])["found"]
