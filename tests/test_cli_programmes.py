"""`ops-desktop print contracts` prints every signed individual programme and help plan
beside the contracts, headless."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from ops_desktop.__main__ import main


def test_print_contracts_also_prints_the_signed_programmes_and_help_plans(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--households", "20"]) == 0
    out = tmp_path / "pdf"
    assert main(["print", "contracts", "--db", str(db), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "programów indywidualnych i planów pomocy" in said
    programmes, plans = sorted(out.glob("program_*.pdf")), sorted(out.glob("plan_pomocy_*.pdf"))
    assert programmes and plans and sorted(out.glob("kontrakt_*.pdf"))

    def text(path: Path) -> str:
        return " ".join(PdfReader(io.BytesIO(path.read_bytes())).pages[0].extract_text().split())

    assert "INDYWIDUALNY PROGRAM WYCHODZENIA Z BEZDOMNOŚCI" in text(programmes[0])
    assert "PLAN POMOCY" in text(plans[0]) and "PROJEKT" not in text(plans[0])
