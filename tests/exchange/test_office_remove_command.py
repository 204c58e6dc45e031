"""`office remove` from the command line: a PC the office does not have is named in the
refusal (exit 2), and a removal says what happens next (exit 0); the store is closed either
way, so the next command opens it."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.test_office import office, run, sync  # noqa: F401 (the fixture)


def test_office_remove_refuses_an_unknown_pc_and_removes_a_member(
        office: tuple[Path, Path, Path]) -> None:  # noqa: F811
    pc1, pc2, _ = office
    sync(pc2)
    sync(pc1)  # PC 1 has heard of PC 2
    out = run("ops_desktop", "office", "remove", "--db", str(pc1), "--member", "9", ok=False)
    assert out.returncode == 2 and "nie ma komputera nr 9" in out.stderr
    out = run("ops_desktop", "office", "remove", "--db", str(pc1), "--member", "2")
    assert "Komputer nr 2 odłączono od biura" in out.stdout
    assert "Nowy klucz biura (nr 2)" in out.stdout
    assert "Komputer nr 1 „Sekretariat”" in run("ops_desktop", "office", "status", "--db",
                                                 str(pc1)).stdout
