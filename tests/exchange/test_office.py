"""Two and three PCs of one office, each its own process on its own SQLite file, exchanging
through one folder with the real commands (`office share/join/digest`, `sync`)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PESEL = "44051401359"
OTHER_PESEL = "85121711202"


def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONPATH": os.pathsep.join(
                              filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))})
    if ok:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def pc(db: Path, *args: str) -> object:
    return json.loads(run("tests.exchange.pc", str(db), *args).stdout.splitlines()[-1])


def sync(db: Path) -> str:
    return run("ops_desktop", "sync", "--db", str(db)).stdout


def digest(db: Path) -> str:
    return run("ops_desktop", "office", "digest", "--db", str(db)).stdout.strip()


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, Path]:
    """PC 1 shares its office, PC 2 joins it: (pc1, pc2, exchange folder)."""
    folder = tmp_path / "wymiana"
    folder.mkdir()
    pc1, pc2 = tmp_path / "pc1.sqlite", tmp_path / "pc2.sqlite"
    pc(pc1, "setup")
    shared = run("ops_desktop", "office", "share", "--db", str(pc1), "--exchange", str(folder),
                 "--name", "Sekretariat", "--invitation", str(tmp_path / "zaproszenie.opsbak"))
    code = shared.stdout.strip().splitlines()[-1]
    joined = run("ops_desktop", "office", "join", "--db", str(pc2), "--invitation",
                 str(tmp_path / "zaproszenie.opsbak"), "--code", code, "--name", "Laptop")
    assert "nr 2" in joined.stdout
    return pc1, pc2, folder


def settle(*dbs: Path) -> None:
    for _ in range(2):
        for db in dbs:
            sync(db)


def test_a_referral_made_at_the_desk_reaches_the_benefits_inbox_on_another_pc(office) -> None:
    pc1, pc2, _ = office
    made = pc(pc1, "refer", PESEL)
    assert made["referral"] == "SK/1/2026" or made["referral"].startswith("SK/1/")
    sync(pc1)
    sync(pc2)
    seen = pc(pc2, "show", PESEL)
    assert seen["person"] == made["person"] and seen["inbox"] == [made["referral"]]
    sync(pc1)
    assert digest(pc1) == digest(pc2)
    # Each PC's audit log travelled with its changes: verify checks both chains on each PC.
    checked = run("ops_desktop", "verify", "--db", str(pc1)).stdout
    assert "Dziennik komputera nr 2 „Laptop”" in checked
    assert checked.count("Łańcuch nienaruszony") == 2
    checked = run("ops_desktop", "verify", "--db", str(pc2)).stdout
    assert "Dziennik komputera nr 1 „Sekretariat”" in checked
    status = run("ops_desktop", "office", "status", "--db", str(pc1)).stdout
    assert "Komputer nr 1 „Sekretariat”" in status and "nr 2 „Laptop”" in status
    assert "zmian czeka na wysłanie: 0" in status


def test_one_phone_edited_on_both_pcs_apart_ends_the_same_with_a_conflict_entry(office) -> None:
    pc1, pc2, _ = office
    pc(pc1, "refer", PESEL)
    settle(pc1, pc2)
    pc(pc1, "phone", PESEL, "601111111")
    pc(pc2, "phone", PESEL, "602222222")
    settle(pc1, pc2)
    one, two = pc(pc1, "show", PESEL), pc(pc2, "show", PESEL)
    assert one["phone"] == two["phone"] in ("601111111", "602222222")
    loser = "601111111" if one["phone"] == "602222222" else "602222222"
    for db in (pc1, pc2):
        with sqlite3.connect(db) as conn:
            rows = conn.execute("SELECT field, kept_value, lost_value, lost_author, "
                                "kept_author FROM sync_conflicts").fetchall()
        assert [(r[0], json.loads(r[1]), json.loads(r[2])) for r in rows] == [
            ("phone", one["phone"], loser)]
        assert rows[0][3] is not None and rows[0][4] is not None  # who, on both sides
    assert digest(pc1) == digest(pc2)


def test_no_case_sign_or_referral_number_twice_while_the_pcs_are_apart(office) -> None:
    pc1, pc2, _ = office
    first = pc(pc1, "refer", PESEL)
    second = pc(pc2, "refer", OTHER_PESEL)
    assert first["referral"] != second["referral"]
    settle(pc1, pc2)
    signs = pc(pc1, "accept-all") + pc(pc2, "accept-all")  # both accept while apart
    settle(pc1, pc2)
    cases = pc(pc1, "show", PESEL)["cases"]
    assert len(signs) == len(set(signs)) >= 2
    assert set(signs) <= set(cases) and len(cases) == len(set(cases))
    assert any(s.startswith("OPS.8310.") for s in signs)  # the first PC's numbers as before
    assert any(s.startswith("OPS-2.8310.") for s in signs)
    assert digest(pc1) == digest(pc2)


def _bundle(folder: Path) -> Path:
    # A PC's change files only (not its audit-log files nor its acknowledgements).
    found = [p for p in folder.rglob("*.opsx") if p.name[0].isdigit()]
    assert len(found) == 1
    return found[0]


def test_an_altered_bundle_is_refused_and_reported_not_applied(office) -> None:
    pc1, pc2, folder = office
    pc(pc1, "refer", PESEL)
    sync(pc1)
    bundle = _bundle(folder)
    data = bytearray(bundle.read_bytes())
    data[-20] ^= 0x01
    bundle.write_bytes(bytes(data))
    done = run("ops_desktop", "sync", "--db", str(pc2), ok=False)
    assert done.returncode == 1 and "zmieniony" in done.stdout
    with sqlite3.connect(pc2) as conn:
        assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 0


def test_a_file_of_a_newer_program_waits_for_the_update(office) -> None:
    pc1, pc2, folder = office
    pc(pc1, "refer", PESEL)
    sync(pc1)
    bundle = _bundle(folder)
    bundle.write_bytes(bundle.read_bytes().replace(b'"format": 2', b'"format": 9', 1))
    done = run("ops_desktop", "sync", "--db", str(pc2), ok=False)
    assert "zaktualizuj program" in done.stdout
    assert bundle.exists()  # kept for after the update


def test_sync_says_so_when_the_folder_cannot_be_reached(office) -> None:
    pc1, _, folder = office
    folder.rename(folder.with_name("gone"))
    done = run("ops_desktop", "sync", "--db", str(pc1), ok=False)
    assert done.returncode != 0 and "niedostępny" in done.stderr


def test_a_folder_that_serves_an_office_cannot_be_shared_again(office, tmp_path: Path) -> None:
    _, _, folder = office
    other = tmp_path / "inne.sqlite"
    pc(other, "setup")
    out = run("ops_desktop", "office", "share", "--db", str(other), "--exchange", str(folder),
              "--name", "Obce", "--invitation", str(tmp_path / "inne.opsbak"), ok=False)
    assert out.returncode == 2 and "inne biuro" in out.stderr


def test_office_relay_refuses_a_stick_of_another_office(office, tmp_path: Path) -> None:
    pc1, _, folder = office
    other, stick = tmp_path / "inne.sqlite", tmp_path / "obcy-pendrive"
    stick.mkdir()
    pc(other, "setup")
    run("ops_desktop", "office", "share", "--db", str(other), "--exchange", str(stick),
        "--name", "Obce", "--invitation", str(tmp_path / "inne.opsbak"))
    sync(other)
    share_before = sorted(folder.rglob("*"))
    out = run("ops_desktop", "office", "relay", "--db", str(pc1), "--with", str(stick), ok=False)
    assert out.returncode == 2 and "pliki innego biura" in out.stderr
    assert sorted(folder.rglob("*")) == share_before


def test_incomes_replaced_on_both_pcs_apart_are_one_list_on_both_never_summed(office) -> None:
    pc1, pc2, _ = office
    pc(pc1, "refer", PESEL)
    pc(pc1, "apply", PESEL)
    settle(pc1, pc2)
    pc(pc1, "incomes", PESEL, "emerytura", "600")
    pc(pc2, "incomes", PESEL, "renta", "450")
    settle(pc1, pc2)
    one, two = pc(pc1, "assess", PESEL), pc(pc2, "assess", PESEL)
    # One list on both PCs, assessed alike; 1050 zł (both summed) on neither.
    assert one == two
    assert one["incomes"] in ([["emerytura", "600.00"]], [["renta", "450.00"]])
    assert one["family_income"] == one["incomes"][0][1]
    lost = "450.00" if one["family_income"] == "600.00" else "600.00"
    for db in (pc1, pc2):
        [entry] = pc(db, "conflicts")
        assert entry["field"] == "incomes_version" and lost.replace(".", ",") in entry["lost_named"]
    assert digest(pc1) == digest(pc2)
    # The head takes the other list on the laptop: it is the list on both PCs.
    pc(pc2, "take", "incomes_version")
    settle(pc1, pc2)
    for db in (pc1, pc2):
        assert pc(db, "assess", PESEL)["family_income"] == lost
        assert pc(db, "conflicts") == []
    assert digest(pc1) == digest(pc2)


def test_drafts_prepared_on_both_pcs_apart_leave_one_to_sign(office) -> None:
    pc1, pc2, _ = office
    pc(pc1, "refer", PESEL)
    pc(pc1, "apply", PESEL)
    settle(pc1, pc2)
    here = pc(pc1, "draft", PESEL, "Projekt z sekretariatu.")
    there = pc(pc2, "draft", PESEL, "Projekt z laptopa.")
    settle(pc1, pc2)
    [current] = pc(pc1, "drafts")
    assert pc(pc2, "drafts") == [current] and current in (here, there)
    other = there if current == here else here
    for db in (pc1, pc2):
        assert pc(db, "sign", other) == "draft_replaced"
        assert [e["field"] for e in pc(db, "conflicts")] == ["current_draft_id"]
    # The current one passes that check (it waits for the family interview this office
    # never held: tests/exchange/test_lists_apart.py signs it).
    assert pc(pc2, "sign", current) == "decision_needs_interview"
    assert digest(pc1) == digest(pc2)
